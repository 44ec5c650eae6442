//! `bilat list`: the datasets bilat can find, one line each, with what they cover. The
//! figures come from the summaries' cache (`library::cache`), so a library of a thousand
//! folders lists without reading the folders whose files did not change.

use crate::data::Dataset;
use crate::library::Library;
use crate::library::cache::Cache;
use crate::library::overview::{Row, rows};
use crate::text::fit;

/// Every dataset of the library, summarised (from `cache` where its files are unchanged;
/// one that does not load keeps its first problem).
pub fn found(library: &Library, cache: &mut Cache) -> Vec<Row> {
    rows(library, cache, &|_, _| {})
}

/// The years `data` covers, as the dashboard's header and switcher give them.
pub fn years(data: &Dataset) -> Option<(i32, i32)> {
    data.years().map(|s| (s.first, s.last))
}

/// One aligned line per dataset under a header; a dataset that does not load shows its
/// first problem instead of its figures.
pub fn report(found: &[Row], dash: &str) -> String {
    let rows: Vec<[String; 8]> = found
        .iter()
        .map(|f| match (&f.summary.problem, &f.summary.counts) {
            (None, Some(counts)) => {
                let years = f
                    .summary
                    .years
                    .map(|y| format!("{}{dash}{}", y.first, y.last))
                    .unwrap_or_default();
                [
                    f.name.clone(),
                    f.summary.pair(dash),
                    years,
                    count(counts.trade),
                    count(counts.meetings),
                    count(counts.exercises),
                    count(counts.events),
                    f.place.clone(),
                ]
            }
            (problem, _) => {
                let first = problem.clone().unwrap_or_default();
                [
                    f.name.clone(),
                    format!("does not load: {first}"),
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

/// A table's row count; `-` for a table the dataset does not have (absent, not empty).
fn count(rows: Option<usize>) -> String {
    rows.map_or_else(|| "-".to_string(), |n| n.to_string())
}
