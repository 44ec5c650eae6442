//! What every indicator chart draws, the single dataset's (`indicator_svg`) and the
//! comparison's (`compare_indicator_svg`), which has a line per pair: each value a marker
//! over its year, joined to the next year's by a line; a year without a value (a row whose
//! value is empty, or no row at all) breaks the line and draws nothing, never a zero; a
//! ring round a marked value, an arrow over a lower bound; and the footer's words for them.

use plotters::prelude::*;

use super::chart::{Area, draw_empty, draw_markers, year_mesh};
use super::svg::year_chart;
use crate::data::{IndicatorRow, IndicatorSeries, Quality, indicator_label, indicator_scale};
use crate::text::palette::Shape;

/// What the chart draws: each stretch of consecutive years with a value, as (year, value).
/// A row without a value, or a year without a row, ends a stretch.
fn runs(s: &IndicatorSeries<'_>) -> Vec<Vec<(i32, f64)>> {
    let mut out: Vec<Vec<(i32, f64)>> = Vec::new();
    let mut current: Vec<(i32, f64)> = Vec::new();
    for p in s.points {
        let follows = current.last().is_some_and(|&(year, _)| p.year == year + 1);
        if !follows && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if let Some(v) = p.value {
            current.push((p.year, v.value));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The years the axis spans (from the first row to the last) that have no value.
fn gap_years(s: &IndicatorSeries<'_>) -> Vec<i32> {
    let (Some(first), Some(last)) = (s.points.first(), s.points.last()) else {
        return Vec::new();
    };
    (first.year..=last.year)
        .filter(|&y| s.at(y).is_none_or(|r| r.value.is_none()))
        .collect()
}

/// `1964, 1990–1992`: years, a run of three or more as its ends; past twelve, how many more.
fn years_text(years: &[i32]) -> String {
    let mut groups: Vec<(i32, i32)> = Vec::new();
    for &y in years {
        match groups.last_mut() {
            Some((_, end)) if *end + 1 == y => *end = y,
            _ => groups.push((y, y)),
        }
    }
    let shown = groups.iter().take(12).map(|&(a, b)| match b - a {
        0 => a.to_string(),
        1 => format!("{a}, {b}"),
        _ => format!("{a}–{b}"),
    });
    let mut text = shown.collect::<Vec<_>>().join(", ");
    if groups.len() > 12 {
        let rest: i32 = groups[12..].iter().map(|&(a, b)| b - a + 1).sum();
        text.push_str(&format!(" and {rest} more"));
    }
    text
}

/// One line of an indicator chart: a series in its colour and marker, and how the footer
/// names it (empty on a chart of one line).
pub(super) struct Line<'a> {
    pub series: IndicatorSeries<'a>,
    pub color: RGBColor,
    pub shape: Shape,
    pub label: String,
}

/// A value the source gives as a lower bound.
fn is_bound(p: &IndicatorRow) -> bool {
    p.value.is_some_and(|v| v.is_lower_bound())
}

/// What the footer says of the lines' marks: the years without a value (each line's own,
/// between its first row and its last), what a ring and an arrow mean where any is drawn.
pub(super) fn notes(lines: &[Line<'_>]) -> Vec<String> {
    let mut out = Vec::new();
    let one = lines.len() == 1;
    let gaps: Vec<String> = lines
        .iter()
        .filter(|l| l.series.points.iter().any(|p| p.value.is_some()))
        .filter_map(|l| {
            let gaps = gap_years(&l.series);
            let years = (!gaps.is_empty()).then(|| years_text(&gaps))?;
            Some(if one {
                years
            } else {
                format!("{} {years}", l.label)
            })
        })
        .collect();
    if !gaps.is_empty() {
        let a_line = if one { "the line" } else { "a line" };
        out.push(format!(
            "A break in {a_line} is a year without a value, not a zero: {}.",
            gaps.join("; ")
        ));
    }
    let mut marked: Vec<Quality> = Vec::new();
    for l in lines {
        for p in l.series.points.iter().filter(|p| p.value.is_some()) {
            if p.quality != Quality::Firm && !marked.contains(&p.quality) {
                marked.push(p.quality);
            }
        }
    }
    if !marked.is_empty() {
        let words: Vec<&str> = marked.iter().map(|q| q.label()).collect();
        let dataset = if one { "the dataset" } else { "its dataset" };
        out.push(format!(
            "A ring round a marker: a value marked {} in {dataset}.",
            or_list(&words)
        ));
    }
    if lines.iter().any(|l| l.series.points.iter().any(is_bound)) {
        out.push("An arrow above a marker: a lower bound (the source says \"more than\").".into());
    }
    out
}

/// The plot of `lines` on one year axis (from the first row of any to the last) and one
/// scale (the widest of `ranges` where given, else round numbers around every value), the
/// axis described in `unit`; `empty` in its place when no line has a value.
pub(super) fn plot(
    area: &Area<'_>,
    unit: &str,
    ranges: &[[f64; 2]],
    lines: &[Line<'_>],
    empty: &str,
) -> Result<(), String> {
    let values: Vec<f64> = lines
        .iter()
        .flat_map(|l| {
            l.series
                .points
                .iter()
                .filter_map(|p| p.value.map(|v| v.value))
        })
        .collect();
    let rows = lines.iter().flat_map(|l| l.series.points);
    let (Some(first), Some(last)) = (
        rows.clone().map(|p| p.year).min(),
        rows.map(|p| p.year).max(),
    ) else {
        return draw_empty(area, empty);
    };
    if values.is_empty() {
        return draw_empty(area, empty);
    }
    let (first, last) = (f64::from(first), f64::from(last));
    let [bottom, top] = indicator_scale(&values, ranges);
    let mut chart = year_chart(area)
        .build_cartesian_2d(first - 0.5..last + 0.5, bottom..top)
        .map_err(|e| e.to_string())?;
    let span = (last - first) as usize + 1;
    year_mesh(&mut chart, span.min(12))
        .y_labels(6)
        .y_label_formatter(&|v| indicator_label(*v))
        .y_desc(unit)
        .draw()
        .map_err(|e| e.to_string())?;
    let at = |year: i32, value: f64| (f64::from(year), value);
    for line in lines {
        let (s, color) = (&line.series, line.color);
        for run in runs(s) {
            let points: Vec<(f64, f64)> = run.iter().map(|&(y, v)| at(y, v)).collect();
            // A lone year is a marker only: a line needs two values side by side.
            if points.len() > 1 {
                chart
                    .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
                    .map_err(|e| e.to_string())?;
            }
            draw_markers(&mut chart, points, line.shape, color)?;
        }
        // A marked value: a ring round its marker.
        let rings = s
            .points
            .iter()
            .filter(|p| p.quality != Quality::Firm)
            .filter_map(|p| Some(at(p.year, p.value?.value)))
            .map(|xy| EmptyElement::at(xy) + Circle::new((0, 0), 10, color.stroke_width(1)));
        chart.draw_series(rings).map_err(|e| e.to_string())?;
        // A lower bound: an arrow up from above its marker, as on the trade chart.
        let arrows = s.points.iter().filter(|p| is_bound(p)).filter_map(|p| {
            let xy = at(p.year, p.value?.value);
            Some(
                EmptyElement::at(xy)
                    + PathElement::new([(0, -9), (0, -19)], color.stroke_width(2))
                    + Polygon::new([(0, -22), (-4, -16), (4, -16)], color.filled()),
            )
        });
        chart.draw_series(arrows).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `approximate`, `approximate or preliminary`, `a, b or c`.
fn or_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::data::{Citation, Figure, Indicator};

    pub(in crate::report::export) fn row(year: i32, value: Option<f64>) -> IndicatorRow {
        IndicatorRow {
            year,
            indicator: 0,
            value: value.map(|v| Figure::exact(v, 2)),
            quality: Quality::Firm,
            note: String::new(),
            citation: Citation::default(),
        }
    }

    pub(in crate::report::export) fn indicator() -> Indicator {
        Indicator {
            id: "agree".to_string(),
            name: "Agreement".to_string(),
            unit: "share 0-1".to_string(),
            range: Some([0.0, 1.0]),
            higher: "closer alignment".to_string(),
            source: "none".to_string(),
        }
    }

    #[test]
    fn a_missing_year_and_an_empty_value_both_break_the_line() {
        let def = indicator();
        let rows = [
            row(2000, Some(0.5)),
            row(2001, Some(0.6)),
            row(2002, None),
            row(2003, Some(0.7)),
            row(2005, Some(0.8)),
            row(2006, Some(0.9)),
        ];
        let s = IndicatorSeries {
            indicator: &def,
            points: &rows,
        };
        assert_eq!(
            runs(&s),
            vec![
                vec![(2000, 0.5), (2001, 0.6)],
                vec![(2003, 0.7)],
                vec![(2005, 0.8), (2006, 0.9)],
            ]
        );
        assert_eq!(gap_years(&s), vec![2002, 2004]);
    }

    #[test]
    fn gap_years_are_listed_short() {
        assert_eq!(years_text(&[1964]), "1964");
        assert_eq!(
            years_text(&[1964, 1990, 1991, 1992, 2001, 2002]),
            "1964, 1990–1992, 2001, 2002"
        );
        let many: Vec<i32> = (0..14).map(|i| 1900 + 2 * i).collect();
        assert!(
            years_text(&many).ends_with("1922 and 2 more"),
            "{}",
            years_text(&many)
        );
        assert_eq!(
            or_list(&["approximate", "preliminary", "low"]),
            "approximate, preliminary or low"
        );
    }
}
