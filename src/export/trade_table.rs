//! The trade figures as tables, one per series, for the HTML and Markdown briefings: every
//! period with its figure, change, mark, note and source, so they can be cited and read
//! aloud rather than only seen in a chart.

use std::fmt::Write;

use super::md::{data_table, figures, text, words};
use crate::data::{Dataset, Quality};
use crate::fit::percent;

/// One series' rows.
pub struct TradeTable {
    /// `China customs`, `India, Ministry of Commerce (DGCI&S)`.
    pub series: String,
    /// What the figures count, where the dataset says; may be empty.
    pub basis: String,
    pub rows: Vec<TradeTableRow>,
}

/// One period. Empty strings are figures nobody published.
pub struct TradeTableRow {
    /// `2018` or `FY2021-22 (Apr–Mar)`.
    pub period: String,
    pub value: String,
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
            let rows: Vec<TradeTableRow> = data.derived.trade[i]
                .iter()
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
                        value: p.value_usd_bn.map_or(String::new(), |v| format!("{v:.1}")),
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
            (!rows.is_empty()).then(|| TradeTable {
                series: series.name.clone(),
                basis: series.basis.clone(),
                rows,
            })
        })
        .collect()
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
        let columns = [
            words("Period"),
            figures("Value"),
            figures("Change"),
            words("Mark"),
            words("Note"),
            words("Source"),
        ];
        let rows = t.rows.iter().map(|r| {
            [
                r.period.clone(),
                r.value.clone(),
                r.change.clone(),
                r.quality.to_string(),
                r.note.clone(),
                r.source.clone(),
            ]
        });
        data_table(out, columns, rows);
    }
}
