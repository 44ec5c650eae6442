//! The trade figures as tables, one per series, for the HTML and Markdown briefings: every
//! period with its figure, change, mark, note and source, so they can be cited and read
//! aloud rather than only seen in a chart.

use std::fmt::Write;

use super::md::{row, text};
use crate::data::{Dataset, Figure, Flow, Quality, TradePoint, flow_words};
use crate::text::fit::percent;

/// One series' rows.
pub struct TradeTable {
    /// `China customs`, `India, Ministry of Commerce (DGCI&S)`.
    pub series: String,
    /// What the figures count, where the dataset says; may be empty.
    pub basis: String,
    /// The flows' headings, by direction: `CHN exports to PAK`, `CHN imports from PAK`.
    pub flows: [String; 2],
    /// Whether any row gives a flow: without one, the flow columns are left out.
    pub has_flows: bool,
    pub rows: Vec<TradeTableRow>,
}

/// One period. Empty strings are figures nobody published.
pub struct TradeTableRow {
    /// `2018` or `FY2021-22 (Apr–Mar)`.
    pub period: String,
    /// Each figure at its printed decimals, a lower bound marked `≥`.
    pub value: String,
    pub exports: String,
    pub imports: String,
    /// `+27.1%`, `+4.7% (calc.)`, or empty.
    pub change: String,
    pub quality: &'static str,
    /// The note, and who reported the figure where the series' name does not say.
    pub note: String,
    pub source: String,
}

/// Every declared series with its recorded rows (gaps included), in the manifest's order.
pub fn tables(data: &Dataset) -> Vec<TradeTable> {
    let manifest = &data.manifest;
    manifest
        .trade_series
        .iter()
        .enumerate()
        .filter_map(|(i, series)| {
            // The years, then each figure for part of a year in its place among them.
            let mut points: Vec<&TradePoint> = data.derived.trade[i].iter().collect();
            points.extend(&data.derived.partial[i]);
            points.sort_by_key(|p| p.period.month_span());
            let rows: Vec<TradeTableRow> = points
                .into_iter()
                .filter_map(|p| {
                    let row = &data.trade[p.row?];
                    let change = p.yoy.map_or(String::new(), |y| {
                        let calc = if y.reported { "" } else { " (calc.)" };
                        format!("{}{calc}", percent(y.pct))
                    });
                    let mut note = row.note.clone();
                    if !row.reported_by.is_empty() {
                        let by = format!("Reported by {}.", row.reported_by);
                        note = if note.is_empty() {
                            by
                        } else {
                            format!("{note} {by}")
                        };
                    }
                    Some(TradeTableRow {
                        period: p.period.label("–"),
                        value: shown(p.value_usd_bn),
                        exports: shown(p.exports_usd_bn),
                        imports: shown(p.imports_usd_bn),
                        change,
                        quality: if row.quality == Quality::Firm {
                            ""
                        } else {
                            row.quality.label()
                        },
                        note,
                        source: row.citation.render(manifest),
                    })
                })
                .collect();
            let codes = manifest.flow_codes(i);
            (!rows.is_empty()).then(|| TradeTable {
                series: series.name.clone(),
                basis: series.basis.clone(),
                flows: [Flow::Exports, Flow::Imports].map(|f| flow_words(codes, f)),
                has_flows: data.derived.has_flows(i),
                rows,
            })
        })
        .collect()
}

/// A figure as printed (`3.06`, `≥2.17`); empty for one nobody published.
fn shown(figure: Option<Figure>) -> String {
    figure.map_or(String::new(), |f| f.shown(false))
}

/// The tables as Markdown, each under its series' name.
pub fn markdown(out: &mut String, unit: &str, tables: &[TradeTable]) {
    if tables.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## Trade figures\n\nIn {}; a blank is a figure nobody published.\n",
        text(unit)
    );
    for t in tables {
        let _ = writeln!(out, "### {}\n", text(&t.series));
        if !t.basis.is_empty() {
            let _ = writeln!(out, "{}\n", text(&t.basis));
        }
        // The flows' columns are named by direction, so the table is built here rather
        // than with fixed titles.
        let mut columns = vec![("Period", false), ("Value", true)];
        if t.has_flows {
            columns.extend(t.flows.iter().map(|f| (f.as_str(), true)));
        }
        columns.extend([
            ("Change", true),
            ("Mark", false),
            ("Note", false),
            ("Source", false),
        ]);
        let titles: Vec<String> = columns.iter().map(|(c, _)| text(c)).collect();
        let rule: Vec<String> = columns
            .iter()
            .map(|&(_, figures)| if figures { "--:" } else { "---" }.to_string())
            .collect();
        let _ = writeln!(out, "{}\n{}", row(&titles), row(&rule));
        for r in &t.rows {
            let mut cells = vec![r.period.clone(), r.value.clone()];
            if t.has_flows {
                cells.extend([r.exports.clone(), r.imports.clone()]);
            }
            cells.extend([
                r.change.clone(),
                r.quality.to_string(),
                r.note.clone(),
                r.source.clone(),
            ]);
            let cells: Vec<String> = cells.iter().map(|c| text(c)).collect();
            let _ = writeln!(out, "{}", row(&cells));
        }
        out.push('\n');
    }
}
