//! `bilat overview`: the library's summaries, read from the cache where a dataset's files
//! are unchanged, filtered, sorted and printed in the format asked for.

use std::io::IsTerminal;
use std::process::ExitCode;

use bilat::library::Library;
use bilat::text::symbols::Symbols;

use crate::{print, usage_error};

/// `bilat overview`: the library's summaries, from the cache where unchanged.
pub fn overview(
    library: &Library,
    format: bilat::report::overview::OverviewFormat,
    country: Option<String>,
    text: Option<String>,
    (sort, reverse): (bilat::library::overview::Column, bool),
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    use bilat::library::overview::{Filter, rows};
    let mut cache = bilat::library::cache::Cache::from_process();
    let tell = std::io::stderr().is_terminal();
    let progress = move |done: usize, total: usize| {
        if tell && (done == total || done.is_multiple_of(16)) {
            let end = if done == total { "\r\x1b[K" } else { "" };
            eprint!("\rreading datasets: {done} of {total}{end}");
        }
    };
    let all = rows(library, &mut cache, &progress);
    // A cache that cannot be written costs the next run time, not this one its output.
    let _ = cache.save();
    let total = all.len();
    if let bilat::library::overview::Column::Indicator(id) = &sort {
        // Any dataset's indicator sorts, shown as a column or not.
        let mut ids: Vec<&str> = all
            .iter()
            .flat_map(|r| r.summary.indicators.iter().map(|i| i.id.as_str()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if !ids.contains(&id.as_str()) {
            let known = if ids.is_empty() {
                "no dataset has indicators".to_string()
            } else {
                format!("the indicators are {}", ids.join(", "))
            };
            let columns: Vec<&str> = bilat::library::overview::Column::ALL
                .iter()
                .map(|c| c.key())
                .collect();
            usage_error(
                "overview",
                format!(
                    "no column {id:?}; the columns are {}; {known}",
                    columns.join(", ")
                ),
            );
        }
    }
    let mut shown = Filter { country, text }.apply(all);
    bilat::library::overview::sort(&mut shown, &sort, reverse);
    let width = if std::io::stdout().is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
            .filter(|&w| w > 0)
    } else {
        std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
    };
    let text = bilat::report::overview::render(
        &shown,
        format,
        bilat::report::overview::Shown {
            total,
            sort: &sort,
            reverse,
            symbols,
            width,
        },
    );
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
