//! How one CSV row becomes a record, table by table (the columns are declared in
//! [`super::tables::TABLES`]).

use super::events::{Events, NewEvent};
use super::figure::Figure;
use super::manifest::Manifest;
use super::period::{Period, PeriodKind};
use super::problem::quoted;
use super::records::{Citation, Exercise, Meeting, MeetingKind, Quality, TradeRow, YesNo};
use super::row::Row;

/// Reads `quality`, `note`, `source_ids` and `source_text`, which every table shares.
pub(super) fn read_citation(row: &mut Row<'_>, manifest: &Manifest) -> (Quality, String, Citation) {
    let quality = row.choice::<Quality>("quality").unwrap_or_default();
    let note = row.text("note");
    let source_text = row.text("source_text");
    let source_indices = read_source_ids(row, manifest, !source_text.is_empty());
    let citation = Citation {
        source_indices,
        source_text,
    };
    (quality, note, citation)
}

/// The manifest sources `source_ids` names; every row needs one, or source text.
fn read_source_ids(row: &mut Row<'_>, manifest: &Manifest, has_text: bool) -> Vec<u16> {
    let ids = row.field("source_ids");
    let mut found = Vec::new();
    let mut any = false;
    for id in ids.split(';').map(str::trim).filter(|id| !id.is_empty()) {
        any = true;
        match manifest.source_index(id) {
            Some(i) => found.push(i as u16),
            None => row.fail(
                "source_ids",
                format!(
                    "unknown source id {}: dataset.toml lists no [[sources]] with that id",
                    quoted(id)
                ),
            ),
        }
    }
    if !any && !has_text {
        row.fail(
            "source_ids",
            "every row cites a source: fill source_ids or source_text".to_string(),
        );
    }
    found
}

pub fn read_trade(row: &mut Row<'_>, manifest: &Manifest) -> TradeRow {
    let id = row.field("series").to_string();
    let series = match manifest.series_index(&id) {
        Some(i) => i,
        None => {
            let ids: Vec<&str> = manifest
                .trade_series
                .iter()
                .map(|s| s.id.as_str())
                .collect();
            let msg = if id.is_empty() {
                "required, but empty".to_string()
            } else if manifest.declares_series {
                format!(
                    "expected a series id from dataset.toml's [[trade_series]] ({}), found {}",
                    ids.join(", "),
                    quoted(&id)
                )
            } else {
                format!(
                    "expected a country code from dataset.toml ({}) or a series declared in \
                     [[trade_series]], found {}",
                    ids.join(" or "),
                    quoted(&id)
                )
            };
            row.fail("series", msg);
            usize::MAX
        }
    };
    let period_text = row.text("period");
    // An unknown series (or the stand-in's) leaves the period checked for its form only.
    let kind = manifest.trade_series.get(series).map(|s| s.period);
    let period = read_period(row, &period_text, kind);
    let mut value_usd_bn = row.figure("value_usd_bn");
    let mut exports_usd_bn = row.figure("exports_usd_bn");
    let mut imports_usd_bn = row.figure("imports_usd_bn");
    let derived = read_derived(
        row,
        [&mut value_usd_bn, &mut exports_usd_bn, &mut imports_usd_bn],
    );
    let yoy_pct = row.number("yoy_pct");
    if let Some(pct) = yoy_pct
        && pct <= -100.0
    {
        let msg = format!(
            "a fall of 100% or more is impossible, found {}",
            quoted(row.field("yoy_pct"))
        );
        row.fail("yoy_pct", msg);
    }
    let reported_by = row.text("reported_by");
    let (quality, note, citation) = read_citation(row, manifest);
    if derived && note.is_empty() {
        row.fail(
            "note",
            "required with derived: say how the derived figures were worked out".to_string(),
        );
    }
    if let (Some(total), Some(x), Some(m)) = (value_usd_bn, exports_usd_bn, imports_usd_bn)
        && !parts_agree(total, x, m)
        // A source's own disagreeing figures are kept when marked and explained.
        && (quality != Quality::Disputed || note.is_empty())
    {
        let msg = format!(
            "exports and imports ({} + {}) should add up to the total within rounding (half \
             a unit of each figure's last decimal), found {}; if the source prints figures \
             that disagree, set quality to disputed and say so in the note",
            x.cell(),
            m.cell(),
            quoted(row.field("value_usd_bn"))
        );
        row.fail("value_usd_bn", msg);
    }
    TradeRow {
        period,
        period_text,
        series,
        value_usd_bn,
        exports_usd_bn,
        imports_usd_bn,
        yoy_pct,
        quality,
        note,
        reported_by,
        citation,
    }
}

/// The figures the `derived` column names (`value;exports`), marked as derived; whether it
/// named any. Naming an empty figure, or a word that is not a figure's, is a problem.
fn read_derived(row: &mut Row<'_>, figures: [&mut Option<Figure>; 3]) -> bool {
    const NAMES: [&str; 3] = ["value", "exports", "imports"];
    let text = row.field("derived");

    let mut any = false;
    for word in text.split(';').map(str::trim).filter(|w| !w.is_empty()) {
        any = true;
        let Some(i) = NAMES.iter().position(|n| *n == word) else {
            let msg = format!(
                "expected figures from value, exports, imports joined by ';', found {}",
                quoted(word)
            );
            row.fail("derived", msg);
            continue;
        };
        match figures[i].as_mut() {
            Some(figure) => figure.derived = true,
            None => {
                let msg = format!("names {word}, but {word}_usd_bn is empty");
                row.fail("derived", msg);
            }
        }
    }
    any
}

/// Whether exports plus imports can be the total once each figure's rounding (half a unit
/// of its last printed decimal) is allowed for: the ranges each side may stand for meet. A
/// lower bound reaches up without end.
fn parts_agree(total: Figure, exports: Figure, imports: Figure) -> bool {
    let range = |f: Figure| {
        let high = if f.is_lower_bound() {
            f64::INFINITY
        } else {
            f.value + f.rounding()
        };
        (f.value - f.rounding(), high)
    };
    let (x, m, t) = (range(exports), range(imports), range(total));
    // A hair of slack for binary fractions: 0.005 is not exactly 0.005 in an f64.
    let slack = 1e-9 * (1.0 + total.value.abs());
    x.0 + m.0 <= t.1 + slack && t.0 <= x.1 + m.1 + slack
}

/// The period against its series' kind; any kind when the manifest is the stand-in.
fn read_period(row: &mut Row<'_>, text: &str, kind: Option<PeriodKind>) -> Period {
    if text.is_empty() {
        row.fail("period", "required, but empty".to_string());
        return Period::calendar(2000);
    }
    let any_fiscal = PeriodKind::Fiscal {
        start_month: 4,
        named_by_end: true,
    };
    let parsed = match kind {
        Some(kind) => Period::parse(text, kind),
        None => {
            Period::parse(text, PeriodKind::Calendar).or_else(|_| Period::parse(text, any_fiscal))
        }
    };
    match parsed {
        Ok(period) => period,
        Err(err) => {
            let series = row.field("series");
            row.fail(
                "period",
                format!("{err}, found {} in series {}", quoted(text), quoted(series)),
            );
            Period::calendar(2000)
        }
    }
}

pub fn read_meeting(row: &mut Row<'_>, manifest: &Manifest) -> Meeting {
    let date = row.required_date("date");
    let kind = row
        .required_choice::<MeetingKind>("kind")
        .unwrap_or(MeetingKind::InPerson);
    let bilateral = row.choice::<YesNo>("bilateral").map(|b| b == YesNo::Yes);
    let place = row.text("place");
    let occasion = row.required_text("occasion");
    let leaders = row
        .text("leaders")
        .split(';')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect();
    let (quality, note, citation) = read_citation(row, manifest);
    Meeting {
        date,
        kind,
        bilateral,
        place,
        occasion,
        leaders,
        quality,
        note,
        citation,
    }
}

pub fn read_exercise(row: &mut Row<'_>, manifest: &Manifest) -> Exercise {
    let name = row.required_text("name");
    let start = row.required_date("start_date");
    let end = row.date("end_date");
    // Compare what each date may mean: an end of `2023-09` is not before a start of
    // `2023-09-15`.
    if let Some(end_date) = end
        && end_date.bounds().1 < start.bounds().0
    {
        let msg = format!(
            "ends before it starts ({start}), found {}",
            quoted(row.field("end_date"))
        );
        row.fail("end_date", msg);
    }
    let location = row.text("location");
    let host = row.text("host");
    let domain = row.required_text("domain");
    let known = |w: &str| manifest.exercise_domains.iter().any(|d| d == w);
    if !domain.is_empty() && manifest.checks_references() && !domain.split('/').all(known) {
        let msg = format!(
            "expected words from {} joined by '/' (dataset.toml's exercise_domains may add \
             more), found {}",
            manifest.exercise_domains.join(", "),
            quoted(&domain)
        );
        row.fail("domain", msg);
    }
    let total_personnel = row.count("total_personnel");
    let personnel = [
        row.count("first_country_personnel"),
        row.count("second_country_personnel"),
    ];
    let basis = row.field("size_basis").to_string();
    let any_size = total_personnel.is_some() || personnel.iter().any(Option::is_some);
    let size_basis = if basis.is_empty() {
        if any_size {
            let msg = format!(
                "required when a personnel figure is given: one of {}",
                manifest.size_bases.join(", ")
            );
            row.fail("size_basis", msg);
        }
        None
    } else if manifest.size_bases.contains(&basis) || !manifest.checks_references() {
        Some(basis)
    } else {
        let msg = format!(
            "expected one of {} (dataset.toml's size_bases may add more), found {}",
            manifest.size_bases.join(", "),
            quoted(&basis)
        );
        row.fail("size_basis", msg);
        None
    };
    if let (Some(total), [first, second]) = (total_personnel, personnel) {
        let sides = u64::from(first.unwrap_or(0)) + u64::from(second.unwrap_or(0));
        if sides > u64::from(total) {
            let msg = format!(
                "the two sides' personnel ({sides}) exceed the total, found {}",
                quoted(row.field("total_personnel"))
            );
            row.fail("total_personnel", msg);
        }
    }
    let alt_total_personnel = row.count("alt_total_personnel");
    let alt_source_text = row.text("alt_source_text");
    if alt_total_personnel.is_some() && alt_source_text.is_empty() {
        row.fail(
            "alt_source_text",
            "required with alt_total_personnel: name the source of the other figure".to_string(),
        );
    }
    let (quality, note, citation) = read_citation(row, manifest);
    Exercise {
        name,
        start,
        end,
        location,
        host,
        domain,
        total_personnel,
        personnel,
        size_basis,
        alt_total_personnel,
        alt_source_text,
        quality,
        note,
        citation,
    }
}

/// Reads one event straight into the store, keeping no per-row allocation.
pub fn read_event(row: &mut Row<'_>, manifest: &Manifest, events: &mut Events) {
    if events.is_empty() {
        events
            .locate_texts(["title", "description", "note", "source_text"].map(|c| row.position(c)));
    }
    let date = row.required_date("date");
    let name = row.field("category");
    let category = match manifest.category_index(name) {
        Some(i) => i as u16,
        None => {
            let msg = if name.is_empty() {
                "required, but empty".to_string()
            } else {
                format!(
                    "expected one of {}, found {}",
                    manifest.event_categories.join(", "),
                    quoted(name)
                )
            };
            row.fail("category", msg);
            0
        }
    };
    // Sanitizing never empties a field, nor fills an empty one: the raw field tells.
    if row.field("title").is_empty() {
        row.fail("title", "required, but empty".to_string());
    }
    let quality = row.choice::<Quality>("quality").unwrap_or_default();
    let has_source_text = !row.field("source_text").is_empty();
    let source_ids = read_source_ids(row, manifest, has_source_text);
    if row.is_bad() {
        return;
    }
    // Text read on demand stays in the file.
    let text = |column| match events.file() {
        Some(_) => std::borrow::Cow::Borrowed(""),
        None => row.text_ref(column),
    };
    let (title, description) = (text("title"), text("description"));
    let (note, source_text) = (text("note"), text("source_text"));
    let pushed = events.push(NewEvent {
        date,
        category,
        quality,
        title: &title,
        description: &description,
        note: &note,
        source_text: &source_text,
        source_ids: &source_ids,
        record: row.start(),
    });
    if pushed.is_err() {
        row.fail(
            "title",
            "too much text: the events hold at most 4 GiB".to_string(),
        );
    }
}
