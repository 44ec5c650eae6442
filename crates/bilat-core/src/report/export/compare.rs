//! `bilat export --compare A B`: two pairs in one page (HTML or Markdown, their charts on
//! shared axes) or one JSON file holding both documents. The page's content is built here
//! once, as plain text, and marked up by `compare_html` and `compare_md`.

use std::path::{Path, PathBuf};

use super::briefing::{Briefing, EventRow, LEADER_MEETINGS, NEWER_FIGURE, SourceRow};
use super::{ExportError, ExportFormat, compare_html, compare_md, json, write_all};
use crate::data::{Dataset, TableId};
use crate::report::brief::{BriefOptions, Comparison, no_table};

/// What `--format` may be with `--compare`: the forms that hold two pairs in one place.
/// CSV and SVG alone write one dataset's folder or one dataset's charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareFormat {
    Json,
    Html,
    Md,
}

/// `--format csv` or `svg` asked of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "--compare writes html, md or json; {} writes one dataset (export each pair on its own)",
    format_name(.0)
)]
pub struct NotComparable(pub ExportFormat);

fn format_name(format: &ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
        ExportFormat::Svg => "svg",
        ExportFormat::Html => "html",
        ExportFormat::Md => "md",
    }
}

impl TryFrom<ExportFormat> for CompareFormat {
    type Error = NotComparable;

    fn try_from(format: ExportFormat) -> Result<CompareFormat, NotComparable> {
        match format {
            ExportFormat::Json => Ok(CompareFormat::Json),
            ExportFormat::Html => Ok(CompareFormat::Html),
            ExportFormat::Md => Ok(CompareFormat::Md),
            other => Err(NotComparable(other)),
        }
    }
}

/// Writes the two pairs as `format` to the file `out` (md also writes its two charts
/// beside it) and returns the files written, in the order written. Refuses, like
/// [`super::export`], before writing anything if a file is in the way and `force` is not
/// given.
pub fn export_compare(
    pair: [&Dataset; 2],
    format: CompareFormat,
    out: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let [a, b] = pair;
    let files = match format {
        CompareFormat::Json => vec![(out.to_path_buf(), json::compare_document(a, b).into_bytes())],
        CompareFormat::Html => vec![(out.to_path_buf(), compare_html::page(a, b)?.into_bytes())],
        CompareFormat::Md => compare_md::files(a, b, out)?,
    };
    write_all(files, out, false, force)
}

/// Latest events each pair lists on the page, newest first.
const EVENTS_SHOWN: usize = 5;

/// One row of the key-figures table: a label and each pair's figure, where it has one.
pub struct FigureRow {
    pub label: &'static str,
    pub cells: [Option<Cell>; 2],
}

/// A figure in words, and where it comes from.
pub struct Cell {
    pub text: String,
    pub source: Option<String>,
}

impl Cell {
    fn plain(text: &str) -> Option<Cell> {
        Some(Cell {
            text: text.to_string(),
            source: None,
        })
    }
}

/// The comparison page before markup.
pub struct ComparePage {
    /// `Russia–China and India–Russia: bilateral briefings side by side`.
    pub heading: String,
    /// The pairs' titles, `Russia–China`, as the page heads their columns.
    pub titles: [String; 2],
    /// The shared terms: the shared country, the trade unit, the common years, the dates.
    pub terms: Vec<String>,
    /// Each pair's meetings over the common years: the one figure only a comparison has.
    pub common_meetings: [String; 2],
    pub briefings: [Briefing; 2],
    pub chart_titles: [String; 2],
}

impl ComparePage {
    pub fn new(a: &Dataset, b: &Dataset) -> ComparePage {
        let options = BriefOptions {
            since: None,
            events: 0,
        };
        let comparison = Comparison::new(a, b, options);
        let titles = [a, b].map(|d| d.manifest.title.clone());
        let pairs = format!("{} and {}", titles[0], titles[1]);
        ComparePage {
            heading: format!("{pairs}: bilateral briefings side by side"),
            terms: vec![
                comparison.shared_line(),
                comparison.unit_line(),
                comparison.years_line("–"),
                format!(
                    "Figures as of {} ({}) and {} ({})",
                    a.manifest.as_of, titles[0], b.manifest.as_of, titles[1]
                ),
            ],
            common_meetings: [0, 1].map(|i| comparison.meetings_line(i, "–")),
            titles,
            briefings: [Briefing::new(a), Briefing::new(b)],
            chart_titles: [
                format!("{pairs}: goods trade"),
                format!("{pairs}: leader meetings"),
            ],
        }
    }

    /// The countries, then every figure label either briefing has (the first's order, then
    /// the second's), each with both pairs' figures side by side; the meetings over the
    /// common years follow the pairs' own meeting counts.
    ///
    /// A pair without the figure's table says so (`no arms table`), where a pair whose
    /// table gives no such figure has no cell.
    pub fn figure_rows(&self) -> Vec<FigureRow> {
        let mut labels: Vec<(&'static str, TableId)> = Vec::new();
        for b in &self.briefings {
            for f in &b.figures {
                if !labels.iter().any(|&(label, _)| label == f.label) {
                    labels.push((f.label, f.table));
                }
            }
        }
        let mut rows = vec![FigureRow {
            label: "Countries",
            cells: self.briefings.each_ref().map(|b| Cell::plain(&b.countries)),
        }];
        for (label, table) in labels {
            rows.push(FigureRow {
                label,
                cells: self.briefings.each_ref().map(|b| {
                    if !b.has(table) {
                        return Cell::plain(&no_table(table));
                    }
                    let Some(f) = b.figures.iter().find(|f| f.label == label) else {
                        // Its latest figure is its newest: nothing is missing.
                        let newest = "none: the latest figure is the newest";
                        return (label == NEWER_FIGURE).then(|| Cell::plain(newest))?;
                    };
                    Some(Cell {
                        text: f.text.clone(),
                        source: f.source.clone().filter(|s| !s.is_empty()),
                    })
                }),
            });
            if label == LEADER_MEETINGS {
                rows.push(FigureRow {
                    label: "Leader meetings, common years",
                    cells: self.common_meetings.each_ref().map(|m| Cell::plain(m)),
                });
            }
        }
        rows
    }

    /// Each pair's latest events, newest first.
    pub fn latest_events(&self, pair: usize) -> impl Iterator<Item = &EventRow> {
        self.briefings[pair].events.iter().rev().take(EVENTS_SHOWN)
    }

    pub fn sources(&self, pair: usize) -> &[SourceRow] {
        &self.briefings[pair].sources
    }
}
