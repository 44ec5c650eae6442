//! How one CSV row becomes a record, table by table (the columns are declared in
//! [`super::tables::TABLES`]); trade rows have their own file, `trade_read`.

use super::events::{Events, NewEvent};
use super::manifest::Manifest;
use super::problem::quoted;
use super::records::{Citation, Exercise, Meeting, MeetingKind, Quality, YesNo};
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
