//! `export --compare --format md`: the comparison page in Markdown, a column per pair in its
//! table, with its charts (every pair on shared axes) as SVG files beside it, named as the
//! single-pair export names them: `compare.md` links `compare-trade.svg`,
//! `compare-meetings.svg` and a `compare-indicator-<id>.svg` for each indicator two or more
//! pairs declare on one unit.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::compare::ComparePage;
use super::md::{chart_names, indicator_name, link, paragraph, row, text};
use super::{ExportError, compare_indicator_svg, compare_svg};
use crate::data::Dataset;
use crate::report::compare::and_list;

/// The charts (trade, meetings, then the indicators'), then the Markdown file, so the file
/// never links a chart not yet there.
pub fn files(pairs: &[&Dataset], out: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    let names = chart_names(out);
    let charts = [compare_svg::trade(pairs)?, compare_svg::meetings(pairs)?];
    let mut files: Vec<(PathBuf, Vec<u8>)> = names
        .iter()
        .zip(charts)
        .map(|(name, chart)| (out.with_file_name(name), chart.into_bytes()))
        .collect();
    let mut indicators = Vec::new();
    for chart in compare_indicator_svg::charts(pairs)? {
        let name = indicator_name(out, &chart.id);
        files.push((out.with_file_name(&name), chart.svg.into_bytes()));
        indicators.push((name, chart.title));
    }
    let page = ComparePage::new(pairs);
    files.push((
        out.to_path_buf(),
        document(&page, &names, &indicators).into_bytes(),
    ));
    Ok(files)
}

/// The page; `indicators` are the indicator charts' file names and titles.
fn document(page: &ComparePage, charts: &[String; 2], indicators: &[(String, String)]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", text(&page.heading));
    for term in &page.terms {
        let _ = writeln!(out, "- {}", text(term));
    }

    out.push_str("\n## Key figures\n\n");
    let titles: Vec<String> = page.titles.iter().map(|t| text(t)).collect();
    let head: Vec<String> = std::iter::once(String::new())
        .chain(titles.iter().cloned())
        .collect();
    let _ = writeln!(out, "{}", row(&head));
    let _ = writeln!(out, "{}", row(&vec!["---".to_string(); head.len()]));
    for figure_row in page.figure_rows() {
        let cells = figure_row.cells.into_iter().map(|cell| match cell {
            None => "none recorded".to_string(),
            Some(cell) => match cell.source {
                Some(source) => format!("{} (source: {})", text(&cell.text), text(&source)),
                None => text(&cell.text),
            },
        });
        let label = match &figure_row.note {
            Some(note) => format!("**{}** ({})", text(&figure_row.label), text(note)),
            None => format!("**{}**", text(&figure_row.label)),
        };
        let cells: Vec<String> = std::iter::once(label).chain(cells).collect();
        let _ = writeln!(out, "{}", row(&cells));
    }
    out.push_str("\n## Trade and meetings on shared axes\n\n");
    for (name, title) in charts.iter().zip(&page.chart_titles) {
        let _ = writeln!(out, "![{}]({})\n", text(title), link(name));
    }
    if !indicators.is_empty() {
        out.push_str("## Indicators\n\n");
        for (name, title) in indicators {
            let _ = writeln!(out, "![{}]({})\n", text(title), link(name));
        }
    }

    out.push_str("## Latest events\n");
    for (i, title) in titles.iter().enumerate() {
        let _ = writeln!(out, "\n### {title}\n");
        let mut any = false;
        for e in page.latest_events(i) {
            any = true;
            let _ = writeln!(
                out,
                "- {} ({}): **{}**. Source: {}",
                e.date,
                text(&e.category),
                text(&e.title),
                text(&e.source)
            );
        }
        if !any {
            out.push_str("No events in this dataset.\n");
        }
    }

    out.push_str("\n## Sources\n");
    for (i, title) in titles.iter().enumerate() {
        let _ = writeln!(out, "\n### {title}\n");
        let sources = page.sources(i);
        if sources.is_empty() {
            out.push_str("Every row cites its source in its own words.\n");
        }
        for (n, s) in sources.iter().enumerate() {
            let url = s
                .url
                .as_deref()
                .map(|u| format!(" {}", text(u)))
                .unwrap_or_default();
            let _ = writeln!(out, "{}. `{}`: {}{url}", n + 1, s.id, text(&s.citation));
        }
    }
    let quoted: Vec<String> = page.titles.iter().map(|t| format!("“{t}”")).collect();
    let _ = write!(
        out,
        "\n---\n\n{}\n",
        paragraph(&format!(
            "Exported by bilat {} from the datasets {}. Each pair's own export has its full \
             exercise and event tables.",
            env!("CARGO_PKG_VERSION"),
            and_list(&quoted),
        ))
    );
    out
}
