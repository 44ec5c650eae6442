//! `bilat export --compare A B [C [D]]`: two to four pairs in one page (HTML or Markdown,
//! their charts on shared axes) or one JSON file holding every pair's document. The page's
//! content is built here once, as plain text, and marked up by `compare_html` and
//! `compare_md`.

use std::path::{Path, PathBuf};

use super::briefing::{Briefing, EventRow, INDICATOR, LEADER_MEETINGS, NEWER_FIGURE, SourceRow};
use super::{ExportError, ExportFormat, compare_html, compare_md, json, write_all};
use crate::data::{Dataset, TableId};
use crate::report::brief::{BriefOptions, Comparison, no_table};
use crate::report::compare::{PAIRS, and_list, indicators_compared};

/// What `--format` may be with `--compare`: the forms that hold several pairs in one place.
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

/// Writes the pairs (two to four, in the order given) as `format` to the file `out` (md
/// also writes its charts beside it: trade, meetings and the indicators pairs share) and
/// returns the files written, in the order written. Refuses, like [`super::export`],
/// before writing anything if a file is in the way and `force` is not given, or if the
/// pairs are fewer than two or more than four.
pub fn export_compare(
    pairs: &[&Dataset],
    format: CompareFormat,
    out: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    if !PAIRS.contains(&pairs.len()) {
        return Err(ExportError::PairCount(pairs.len()));
    }
    let files = match format {
        CompareFormat::Json => vec![(
            out.to_path_buf(),
            json::compare_document(pairs).into_bytes(),
        )],
        CompareFormat::Html => vec![(out.to_path_buf(), compare_html::page(pairs)?.into_bytes())],
        CompareFormat::Md => compare_md::files(pairs, out)?,
    };
    write_all(files, out, false, force)
}

/// Latest events each pair lists on the page, newest first.
const EVENTS_SHOWN: usize = 5;

/// One row of the key-figures table: a label and each pair's figure, where it has one.
#[derive(Debug, Clone)]
pub struct FigureRow {
    pub label: String,
    /// What the row's label cell says under the label: `units differ: not drawn on one
    /// scale` on an indicator's row.
    pub note: Option<String>,
    /// One per pair, in order.
    pub cells: Vec<Option<Cell>>,
}

impl FigureRow {
    fn new(label: &str, cells: Vec<Option<Cell>>) -> FigureRow {
        FigureRow {
            label: label.to_string(),
            note: None,
            cells,
        }
    }
}

/// A figure in words, and where it comes from.
#[derive(Debug, Clone)]
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
    pub titles: Vec<String>,
    /// The shared terms: the shared countries, the trade unit, the common years, the dates.
    pub terms: Vec<String>,
    /// Each pair's meetings over the common years: the one figure only a comparison has.
    pub common_meetings: Vec<String>,
    pub briefings: Vec<Briefing>,
    pub chart_titles: [String; 2],
    /// A row per indicator id any pair declares, in [`indicators_compared`]'s order: each
    /// pair's latest value as its brief prints it.
    pub indicators: Vec<FigureRow>,
}

impl ComparePage {
    pub fn new(pairs: &[&Dataset]) -> ComparePage {
        let options = BriefOptions {
            since: None,
            events: 0,
        };
        let comparison = Comparison::new(pairs, options);
        let titles: Vec<String> = pairs.iter().map(|d| d.manifest.title.clone()).collect();
        let named = and_list(&titles);
        let mut terms = comparison.shared_lines();
        terms.push(comparison.unit_line());
        terms.push(comparison.years_line("–"));
        terms.push(comparison.dates_line());
        ComparePage {
            heading: format!("{named}: bilateral briefings side by side"),
            terms,
            common_meetings: (0..pairs.len())
                .map(|i| comparison.meetings_line(i, "–"))
                .collect(),
            titles,
            indicators: indicator_rows(pairs, &comparison),
            briefings: pairs.iter().map(|d| Briefing::new(d)).collect(),
            chart_titles: [
                format!("{named}: goods trade"),
                format!("{named}: leader meetings"),
            ],
        }
    }

    /// The countries, then every figure label any briefing has (the first's order, then
    /// the labels only the second has, and so on), each with every pair's figure side by
    /// side; the meetings over the common years follow the pairs' own meeting counts, and
    /// each indicator has its own row where the briefings have their indicator lines.
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
        let countries = self.briefings.iter();
        let countries = countries.map(|b| Cell::plain(&b.countries)).collect();
        let mut rows = vec![FigureRow::new("Countries", countries)];
        for (label, table) in labels {
            if label == INDICATOR {
                rows.extend(self.indicators.iter().cloned());
                continue;
            }
            rows.push(FigureRow::new(
                label,
                self.briefings
                    .iter()
                    .map(|b| {
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
                    })
                    .collect(),
            ));
            if label == LEADER_MEETINGS {
                let common = self.common_meetings.iter().map(|m| Cell::plain(m));
                rows.push(FigureRow::new(
                    "Leader meetings, common years",
                    common.collect(),
                ));
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

/// A row per indicator id any pair declares, labelled with its name: each pair's latest
/// value as its brief prints it (the value as the file has it, its year, mark and unit), with
/// its source; `no indicators table` for a pair without the table, a blank for one that
/// declares no such indicator. Where the pairs' units differ, the label says so.
fn indicator_rows(pairs: &[&Dataset], comparison: &Comparison) -> Vec<FigureRow> {
    indicators_compared(pairs)
        .iter()
        .map(|compared| {
            let cells = comparison.compare.iter().map(|brief| {
                let Some(ours) = &brief.indicators else {
                    return Cell::plain(&no_table(TableId::Indicators));
                };
                let Some(ind) = ours.iter().find(|i| i.id == compared.id) else {
                    return Cell::plain("");
                };
                Some(Cell {
                    text: ind.value_line(false, true),
                    source: (!ind.source.is_empty()).then(|| ind.source.clone()),
                })
            });
            let note = (!compared.one_unit()).then(|| {
                let mut words = UNITS_DIFFER.to_string();
                for group in compared.drawn_together() {
                    let titles: Vec<&str> = group
                        .iter()
                        .map(|&p| pairs[p].manifest.title.as_str())
                        .collect();
                    words.push_str(&format!(
                        "; {}, on one unit, share a chart",
                        and_list(&titles)
                    ));
                }
                words
            });
            FigureRow {
                label: compared.name().to_string(),
                note,
                cells: cells.collect(),
            }
        })
        .collect()
}

/// What an indicator's row says where the pairs declare it on different units.
pub const UNITS_DIFFER: &str = "units differ: not drawn on one scale";
