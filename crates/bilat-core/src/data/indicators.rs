//! The optional indicators table: any yearly measure of the pair that is not trade (the UN
//! voting ideal-point distance, an alliance obligation), one row per indicator and year, each
//! declared in `dataset.toml` under `[[indicators]]` with its unit, range and source.
//!
//! A value keeps the decimals its source printed ([`Figure`]), so no output rounds it or
//! shows float noise; an empty value is a gap (unknown), which the note may explain.

use serde::Serialize;

use super::figure::Figure;
use super::manifest::Manifest;
use super::problem::{Location, Problem, quoted};
use super::records::{Citation, Quality};
use super::row::Row;
use super::rows::read_citation;

/// One `[[indicators]]` table of the manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// What rows name in the `indicator` column: `unga-ip-distance`.
    pub id: String,
    /// `UN voting: ideal-point distance`.
    pub name: String,
    /// `ideal-point scale units`, `share 0-1`, `0/1 obligation`.
    pub unit: String,
    /// The values a bounded indicator can take, lowest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// What a higher value means: `further apart in UN votes`.
    pub higher: String,
    /// The id of the manifest source the indicator comes from.
    pub source: String,
}

impl Indicator {
    /// Whether two indicators can share an axis: the same unit, word for word.
    pub fn same_unit(&self, other: &Indicator) -> bool {
        same_unit(&self.unit, &other.unit)
    }
}

/// Whether two units are one: word for word, whatever the case and the spaces around them.
/// Every comparison of indicators (the brief's words, the export's table and charts) asks it.
pub fn same_unit(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// One row of `indicators.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    /// A calendar year.
    pub year: i32,
    /// Index into [`Manifest::indicators`].
    pub indicator: usize,
    /// As printed; `None` is a gap.
    pub value: Option<Figure>,
    pub quality: Quality,
    pub note: String,
    pub citation: Citation,
}

/// One indicator with its rows in year order: what a chart, a brief line or an export reads.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorSeries<'d> {
    pub indicator: &'d Indicator,
    /// Sorted by year; a year without a row is no data, a row without a value a gap.
    pub points: &'d [IndicatorRow],
}

impl<'d> IndicatorSeries<'d> {
    /// The row for `year`, if any.
    pub fn at(&self, year: i32) -> Option<&'d IndicatorRow> {
        self.points
            .binary_search_by_key(&year, |p| p.year)
            .ok()
            .map(|i| &self.points[i])
    }

    /// The latest row with a value.
    pub fn latest(&self) -> Option<&'d IndicatorRow> {
        self.points.iter().rev().find(|p| p.value.is_some())
    }

    /// The first and last years with a value.
    pub fn span(&self) -> Option<(i32, i32)> {
        let mut known = self.points.iter().filter(|p| p.value.is_some());
        let first = known.next()?.year;
        let last = known.next_back().map_or(first, |p| p.year);
        Some((first, last))
    }
}

/// The values a chart of indicators spans, `[bottom, top]`: the widest of the `ranges` of
/// bounded indicators where any is given; else from zero (or a round number below the lowest
/// value) to a round number above the highest. The dashboard's pane and the exported charts
/// both scale by it.
pub fn indicator_scale(values: &[f64], ranges: &[[f64; 2]]) -> [f64; 2] {
    if !ranges.is_empty() {
        let [bottom, top] = ranges
            .iter()
            .fold([f64::INFINITY, f64::NEG_INFINITY], |[a, b], [lo, hi]| {
                [a.min(*lo), b.max(*hi)]
            });
        if top > bottom {
            return [bottom, top];
        }
    }
    let highest = values.iter().copied().fold(0.0, f64::max);
    let lowest = values.iter().copied().fold(0.0, f64::min);
    let top = if highest > 0.0 {
        round_up(highest)
    } else {
        0.0
    };
    let bottom = if lowest < 0.0 {
        -round_up(-lowest)
    } else {
        0.0
    };
    if top == bottom {
        [0.0, 1.0]
    } else {
        [bottom, top]
    }
}

/// The next multiple of half a power of ten at or above `value` (> 0): 2.76 gives 3, 0.43
/// gives 0.45. Finer than the trade scale's steps: an index's spread, not a total, fills
/// the plot.
fn round_up(value: f64) -> f64 {
    let step = 10f64.powf(value.log10().floor()) / 2.0;
    (value / step - 1e-9).ceil() * step
}

/// A value of an indicator's scale with the fewest decimals (up to three) that print it
/// exactly: `-2.5`, `2`.
pub fn indicator_label(value: f64) -> String {
    let decimals = (0..=3)
        .find(|&d| {
            let scaled = value * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-9
        })
        .unwrap_or(3);
    format!("{value:.*}", decimals as usize)
}

pub fn read_indicator(row: &mut Row<'_>, manifest: &Manifest) -> IndicatorRow {
    let period = row.field("period");
    let year = if period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit()) {
        period.parse().unwrap_or(2000)
    } else {
        let msg = if period.is_empty() {
            "required, but empty".to_string()
        } else {
            format!("expected a calendar year as YYYY, found {}", quoted(period))
        };
        row.fail("period", msg);
        2000
    };
    let id = row.field("indicator");
    let indicator = match manifest.indicator_index(id) {
        Some(i) => i,
        None => {
            let ids: Vec<&str> = manifest.indicators.iter().map(|i| i.id.as_str()).collect();
            let msg = if id.is_empty() {
                "required, but empty".to_string()
            } else if ids.is_empty() {
                format!(
                    "dataset.toml declares no [[indicators]], found {}",
                    quoted(id)
                )
            } else {
                format!(
                    "expected an indicator id from dataset.toml's [[indicators]] ({}), found {}",
                    ids.join(", "),
                    quoted(id)
                )
            };
            row.fail("indicator", msg);
            usize::MAX
        }
    };
    let value = row.printed_number("value");
    if let (Some(v), Some(def)) = (value, manifest.indicators.get(indicator))
        && let Some([low, high]) = def.range
        && !(low..=high).contains(&v.value)
    {
        let msg = format!(
            "outside the range {low} to {high} dataset.toml gives {}, found {}",
            quoted(&def.id),
            quoted(row.field("value"))
        );
        row.fail("value", msg);
    }
    let (quality, note, citation) = read_citation(row, manifest);
    if value.is_none() && note.is_empty() && !row.is_bad() {
        row.fail(
            "note",
            "required when value is empty: say why the year has no figure".to_string(),
        );
    }
    IndicatorRow {
        year,
        indicator,
        value,
        quality,
        note,
        citation,
    }
}

/// Two rows for one indicator and year are an error naming both lines; the rows come back
/// sorted by indicator (manifest order), then year.
pub(super) fn check_duplicates(
    label: &str,
    manifest: &Manifest,
    mut rows: Vec<(u64, IndicatorRow)>,
    problems: &mut Vec<Problem>,
) -> Vec<IndicatorRow> {
    rows.sort_by_key(|(line, r)| (r.indicator, r.year, *line));
    // The stand-in for a broken manifest reads every id as the first: no duplicates then.
    let windows = if manifest.checks_references() {
        rows.len()
    } else {
        0
    };
    for pair in rows[..windows].windows(2) {
        let (first_line, first) = &pair[0];
        let (line, row) = &pair[1];
        if first.indicator == row.indicator && first.year == row.year {
            let id = manifest
                .indicators
                .get(row.indicator)
                .map_or("?", |i| i.id.as_str());
            problems.push(Problem {
                file: label.to_string(),
                location: Location::Line(*line),
                field: None,
                message: format!(
                    "duplicate row: year {} of indicator {} is already on line {first_line}",
                    row.year,
                    quoted(id)
                ),
            });
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

impl super::Dataset {
    /// The declared indicator `id` with its rows by year; `None` when none is declared so.
    pub fn indicator_series_of(&self, id: &str) -> Option<IndicatorSeries<'_>> {
        let i = self.manifest.indicators.iter().position(|d| d.id == id)?;
        Some(self.indicator_series().swap_remove(i))
    }

    /// Each declared indicator with its rows by year, in manifest order: what a chart of one
    /// indicator at a time reads (gaps are rows without a value; marks are each row's
    /// quality and note).
    pub fn indicator_series(&self) -> Vec<IndicatorSeries<'_>> {
        self.manifest
            .indicators
            .iter()
            .enumerate()
            .map(|(i, indicator)| {
                let start = self.indicators.partition_point(|r| r.indicator < i);
                let end = self.indicators.partition_point(|r| r.indicator <= i);
                IndicatorSeries {
                    indicator,
                    points: &self.indicators[start..end],
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_round_up_by_half_powers_of_ten() {
        assert_eq!(round_up(2.76), 3.0);
        assert_eq!(round_up(0.43), 0.45);
        assert_eq!(round_up(3.0), 3.0);
        assert_eq!(indicator_scale(&[0.4], &[[0.0, 1.0]]), [0.0, 1.0]);
        assert_eq!(indicator_scale(&[-2.35, 1.2], &[]), [-2.5, 1.5]);
        assert_eq!(indicator_scale(&[], &[]), [0.0, 1.0]);
    }
}
