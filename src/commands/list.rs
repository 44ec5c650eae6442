//! `bilat list`: the datasets bilat can find, one line each, with what they cover.

use crate::data::{Dataset, Problems};
use crate::library::Library;
use crate::text::fit;

/// A dataset found, loaded or not.
pub struct Found {
    /// What `--data` takes to open it.
    pub name: String,
    /// Where it comes from: `bundled (data/india-russia)` or a folder.
    pub place: String,
    pub result: Result<Dataset, Problems>,
}

/// Every dataset of the library, loaded in turn (one that does not load keeps its problems).
pub fn found(library: &Library) -> Vec<Found> {
    library
        .entries()
        .iter()
        .map(|entry| Found {
            name: entry.name.clone(),
            place: entry.place(),
            result: entry.load(),
        })
        .collect()
}

/// The years `data` covers, as the dashboard's header and switcher give them.
pub fn years(data: &Dataset) -> Option<(i32, i32)> {
    crate::tui::app::charts::dataset_years(data).map(|s| (s.first, s.last))
}

/// One aligned line per dataset under a header; a dataset that does not load shows its
/// first problem instead of its figures.
pub fn report(found: &[Found], dash: &str) -> String {
    let rows: Vec<[String; 8]> = found
        .iter()
        .map(|f| match &f.result {
            Ok(data) => {
                let [a, b] = data.manifest.countries.each_ref();
                let years = years(data)
                    .map(|(first, last)| format!("{first}{dash}{last}"))
                    .unwrap_or_default();
                [
                    f.name.clone(),
                    format!("{} ({}) {dash} {} ({})", a.name, a.code, b.name, b.code),
                    years,
                    data.trade.len().to_string(),
                    // Counted as every other count of meetings is.
                    data.meetings
                        .iter()
                        .filter(|m| m.is_counted())
                        .count()
                        .to_string(),
                    data.exercises.len().to_string(),
                    data.events.len().to_string(),
                    f.place.clone(),
                ]
            }
            Err(problems) => {
                let first = problems.0.first().map(ToString::to_string);
                [
                    f.name.clone(),
                    format!("does not load: {}", first.unwrap_or_default()),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    f.place.clone(),
                ]
            }
        })
        .collect();
    let header = [
        "NAME",
        "PAIR",
        "YEARS",
        "TRADE",
        "MEETINGS",
        "EXERCISES",
        "EVENTS",
        "FROM",
    ]
    .map(str::to_string);
    let mut widths = header.clone().map(|h| fit::width(&h));
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            // A broken dataset's message runs long: it does not widen the column for others.
            if !cell.starts_with("does not load") {
                *w = (*w).max(fit::width(cell));
            }
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let numeric = (3..7).contains(&i);
            let pad = w.saturating_sub(fit::width(cell));
            if cell.starts_with("does not load") {
                line.push_str(cell);
                line.push_str("  ");
                continue;
            }
            if numeric {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.push_str(&" ".repeat(pad));
                }
            }
            if i + 1 < row.len() {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
