//! The cooperation table: one row a month of machine-coded news events between the pair
//! (GDELT), counted by CAMEO quad class, with the month's mean Goldstein scale and tone.

use std::fmt;

use super::manifest::Manifest;
use super::problem::quoted;
use super::records::{Citation, Quality};
use super::row::Row;
use super::rows::read_citation;

/// A calendar month, written `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u8,
}

impl Month {
    /// `2019-03`; nothing else (no day, no year alone).
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) || !digits(month, 2) {
            return None;
        }
        let month: u8 = month.parse().ok()?;
        let year: i32 = year.parse().ok()?;
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    /// The month after this one.
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// Months since year 0, for spacing months on an axis.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One month of events between the pair, in either direction.
#[derive(Debug, Clone, PartialEq)]
pub struct CooperationMonth {
    pub month: Month,
    /// Events between the pair.
    pub events: u32,
    /// Events by CAMEO quad class: verbal cooperation, material cooperation, verbal
    /// conflict, material conflict.
    pub quad: [u32; 4],
    /// Mean Goldstein scale (−10 conflict … +10 cooperation); `None` without events.
    pub goldstein_mean: Option<f64>,
    /// Mean article tone (−100 … +100); `None` without events.
    pub tone_mean: Option<f64>,
    /// Every event of the month in the files read, the pair's or not, to normalise counts
    /// by; `None` when unknown.
    pub all_events: Option<u32>,
    pub quality: Quality,
    pub note: String,
    pub citation: Citation,
}

impl CooperationMonth {
    /// Net cooperation: the share of quad classes 1 and 2 minus the share of 3 and 4, from
    /// −1 (all conflict) to +1 (all cooperation); `None` for a month without events.
    pub fn net_cooperation(&self) -> Option<f64> {
        if self.events == 0 {
            return None;
        }
        let [q1, q2, q3, q4] = self.quad.map(f64::from);
        Some((q1 + q2 - q3 - q4) / f64::from(self.events))
    }
}

/// What the quad classes are, in class order, for the legend, the details and the record.
pub const QUAD_NAMES: [&str; 4] = [
    "verbal coop.",
    "material coop.",
    "verbal conflict",
    "material conflict",
];

/// The four quad-class columns, in class order.
pub const QUAD_COLUMNS: [&str; 4] = ["quad1", "quad2", "quad3", "quad4"];

pub fn read_cooperation(row: &mut Row<'_>, manifest: &Manifest) -> CooperationMonth {
    let month_text = row.field("month");
    let month = Month::parse(month_text).unwrap_or_else(|| {
        let msg = if month_text.is_empty() {
            "required, but empty".to_string()
        } else {
            format!("expected a month as YYYY-MM, found {}", quoted(month_text))
        };
        row.fail("month", msg);
        Month {
            year: 2000,
            month: 1,
        }
    });
    let counted = required_count(row, "events");
    let events = counted.unwrap_or(0);
    let quad = QUAD_COLUMNS.map(|c| required_count(row, c).unwrap_or(0));
    let sum: u64 = quad.iter().map(|&q| u64::from(q)).sum();
    if !row.is_bad() && sum != u64::from(events) {
        let msg = format!(
            "the quad classes add up to {sum}, not the month's events ({events}), found {}",
            quoted(row.field("events"))
        );
        row.fail("events", msg);
    }
    let goldstein_mean = bounded(row, "goldstein_mean", 10.0, counted);
    let tone_mean = bounded(row, "tone_mean", 100.0, counted);
    let all_events = row.count("all_events");
    if let Some(all) = all_events
        && all < events
    {
        let msg = format!(
            "fewer than the pair's events ({events}), found {}",
            quoted(row.field("all_events"))
        );
        row.fail("all_events", msg);
    }
    let (quality, note, citation) = read_citation(row, manifest);
    CooperationMonth {
        month,
        events,
        quad,
        goldstein_mean,
        tone_mean,
        all_events,
        quality,
        note,
        citation,
    }
}

/// A count that must be there: a month's row says how many events it had.
fn required_count(row: &mut Row<'_>, column: &'static str) -> Option<u32> {
    if row.field(column).is_empty() {
        row.fail(column, "required, but empty".to_string());
        return None;
    }
    row.count(column)
}

/// A mean within ±`limit`, and empty when the month had no events (`events`, if read).
fn bounded(
    row: &mut Row<'_>,
    column: &'static str,
    limit: f64,
    events: Option<u32>,
) -> Option<f64> {
    let value = row.number(column);
    match value {
        Some(v) if v.abs() > limit => {
            let msg = format!(
                "expected a mean from -{limit} to {limit}, found {}",
                quoted(row.field(column))
            );
            row.fail(column, msg);
            None
        }
        Some(_) if events == Some(0) => {
            let msg = format!(
                "a month without events has no mean: leave it empty, found {}",
                quoted(row.field(column))
            );
            row.fail(column, msg);
            None
        }
        _ => value,
    }
}

/// Reads rows in the cooperation table's columns from a file that is not part of a dataset
/// (an import's input), by the same rules as loading, sorted by month. Source ids are not
/// checked: there is no manifest.
pub fn read_cooperation_rows(
    label: &str,
    input: impl std::io::Read,
) -> Result<Vec<CooperationMonth>, super::Problems> {
    let mut problems = Vec::new();
    let lenient = Manifest::lenient();
    let spec = super::TableId::Cooperation.spec();
    let rows = super::table::read_table(label, input, &spec.columns, &mut problems, |row| {
        (row.line(), read_cooperation(row, &lenient))
    });
    let rows = super::duplicates::check_duplicate_months(label, rows, &mut problems);
    if problems.is_empty() {
        Ok(rows)
    } else {
        super::sort_in_file_order(&mut problems);
        Err(super::Problems(problems))
    }
}
