//! How one row of `trade.csv` becomes a [`TradeRow`]: its series and period, its figures as
//! printed, which of them were derived, and whether the parts meet the total.

use super::figure::Figure;
use super::manifest::Manifest;
use super::period::{Period, PeriodKind};
use super::problem::quoted;
use super::records::{Quality, TradeRow};
use super::row::Row;
use super::rows::read_citation;

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
    let mut figure = |column: &'static str| {
        let value = row.figure(column)?;
        if let Some(why) = implausible_usd_bn(value.value) {
            let msg = format!("{} bn: {why}", quoted(row.field(column)));
            row.fail(column, msg);
        }
        Some(value)
    };
    let mut value_usd_bn = figure("value_usd_bn");
    let mut exports_usd_bn = figure("exports_usd_bn");
    let mut imports_usd_bn = figure("imports_usd_bn");
    let derived = read_derived(
        row,
        [&mut value_usd_bn, &mut exports_usd_bn, &mut imports_usd_bn],
    );
    let yoy_pct = row.printed_number("yoy_pct");
    if let Some(pct) = yoy_pct
        && pct.value <= -100.0
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
    const COLUMNS: [&str; 3] = ["value_usd_bn", "exports_usd_bn", "imports_usd_bn"];
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
            // A figure that failed to read has its own problem already.
            None if !row.field(COLUMNS[i]).is_empty() => {}
            None => {
                let msg = format!("names {word}, but {} is empty", COLUMNS[i]);
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

/// USD billions above which no two countries' goods trade in a year can be: about half
/// of world merchandise trade (some USD 24,000 bn a year in the 2020s); the largest pair's
/// is under USD 1,000 bn.
pub const MAX_BILATERAL_USD_BN: f64 = 10_000.0;

/// Why `usd_bn` cannot be a bilateral yearly figure, if it cannot: above
/// [`MAX_BILATERAL_USD_BN`], which a figure in whole dollars or in thousands read as
/// millions gives.
pub fn implausible_usd_bn(usd_bn: f64) -> Option<String> {
    (usd_bn > MAX_BILATERAL_USD_BN).then(|| {
        "above 10,000 bn, more than any two countries trade in a year: most likely a scale \
         error, whole US dollars or thousands read as millions"
            .to_string()
    })
}
