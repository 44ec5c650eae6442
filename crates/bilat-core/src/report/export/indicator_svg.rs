//! One chart per declared indicator (the UN voting ideal-point distance, each country's ideal
//! point), as standalone SVG beside the trade and meetings charts: `--format svg`, the HTML
//! page and the Markdown export carry them. Each value is a marker over its year, joined to
//! the next year's by a line; a year without a value (a row whose value is empty, or no row
//! at all) breaks the line and draws nothing, never a zero. The legend names the indicator,
//! what a higher value means and the range when the manifest bounds it; the y axis its unit;
//! the footer its source, the years without a value and what any mark means.

use plotters::prelude::*;

use super::chart::{
    FOOTER_CHARS, Frame, GRID, INK, MUTED, Swatch, draw, draw_empty, draw_markers, font,
    series_color, source_lines, year_label,
};
use super::svg::year_chart;
use super::{ExportError, sources};
use crate::data::{
    Citation, Dataset, IndicatorSeries, Manifest, Quality, TableId, indicator_label,
    indicator_scale,
};
use crate::text::palette;

/// One indicator's chart, with what names it.
#[derive(Debug, Clone)]
pub struct IndicatorChart {
    /// The indicator's id, as a file name takes it: `unga-ip-distance`.
    pub id: String,
    /// `Russia–China: UN voting: ideal-point distance`, the SVG's own title.
    pub title: String,
    pub svg: String,
}

/// Every declared indicator's chart, in the manifest's order, for a dataset with the
/// indicators table (none without it: nothing to draw).
pub fn charts(data: &Dataset) -> Result<Vec<IndicatorChart>, ExportError> {
    if !data.has(TableId::Indicators) {
        return Ok(Vec::new());
    }
    data.indicator_series()
        .iter()
        .map(|s| {
            Ok(IndicatorChart {
                id: file_part(&s.indicator.id),
                title: title(&data.manifest, s),
                svg: chart(&data.manifest, s)?,
            })
        })
        .collect()
}

/// An id as part of a file name: the manifest allows lowercase letters, digits and `-`,
/// and anything else becomes `-`, so no id can name another folder.
fn file_part(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn title(manifest: &Manifest, s: &IndicatorSeries<'_>) -> String {
    format!("{}: {}", manifest.title, s.indicator.name)
}

/// What the chart draws: each stretch of consecutive years with a value, as (year, value).
/// A row without a value, or a year without a row, ends a stretch.
pub fn runs(s: &IndicatorSeries<'_>) -> Vec<Vec<(i32, f64)>> {
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
pub fn gap_years(s: &IndicatorSeries<'_>) -> Vec<i32> {
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

/// The source line: the source the manifest declares for the indicator, in full, and the
/// publishers of any other source a year cites.
fn source_footer(manifest: &Manifest, s: &IndicatorSeries<'_>) -> Vec<String> {
    let tail = "see the dataset for each value's source";
    let valued = s.points.iter().filter(|p| p.value.is_some());
    let found = manifest.source_index(&s.indicator.source);
    let Some((declared, source)) = found.and_then(|i| Some((i, manifest.sources.get(i)?))) else {
        let names = sources::publishers(valued.map(|p| &p.citation), manifest);
        return source_lines("Source:", &names, tail);
    };
    // Years citing anything beyond the declared source: its publisher is named already.
    let others = valued.filter(|p| {
        let c = &p.citation;
        !c.source_text.is_empty() || c.source_indices.iter().any(|&i| usize::from(i) != declared)
    });
    let own = Citation {
        source_indices: u16::try_from(declared).into_iter().collect(),
        source_text: String::new(),
    };
    let own = sources::publishers([&own], manifest);
    let mut names = sources::publishers(others.map(|p| &p.citation), manifest);
    names.retain(|n| !own.contains(n));
    let cite = source.cite();
    if names.is_empty() {
        vec![format!("Source: {cite}; {tail}.")]
    } else {
        let also = sources::line("", &names, tail, 2 * FOOTER_CHARS);
        vec![format!("Source: {cite}, and for some years{also}.")]
    }
}

/// One indicator's chart.
pub fn chart(manifest: &Manifest, s: &IndicatorSeries<'_>) -> Result<String, ExportError> {
    let def = s.indicator;
    let color = series_color(0);
    let shape = palette::series(0).shape;
    let mut legend = vec![(Swatch::Line(color, shape), def.name.clone())];
    if !def.higher.trim().is_empty() {
        legend.push((Swatch::Words, format!("higher = {}", def.higher.trim())));
    }
    if let Some([low, high]) = def.range {
        let (low, high) = (indicator_label(low), indicator_label(high));
        legend.push((Swatch::Words, format!("range {low} to {high}")));
    }

    let mut footer = source_footer(manifest, s);
    let has_values = s.points.iter().any(|p| p.value.is_some());
    let gaps = gap_years(s);
    if has_values && !gaps.is_empty() {
        footer.push(format!(
            "A break in the line is a year without a value, not a zero: {}.",
            years_text(&gaps)
        ));
    }
    let marked: Vec<Quality> = {
        let mut found: Vec<Quality> = Vec::new();
        for p in s.points.iter().filter(|p| p.value.is_some()) {
            if p.quality != Quality::Firm && !found.contains(&p.quality) {
                found.push(p.quality);
            }
        }
        found
    };
    if !marked.is_empty() {
        let words: Vec<&str> = marked.iter().map(|q| q.label()).collect();
        footer.push(format!(
            "A ring round a marker: a value marked {} in the dataset.",
            or_list(&words)
        ));
    }
    let bound = |p: &&crate::data::IndicatorRow| p.value.is_some_and(|v| v.is_lower_bound());
    if s.points.iter().any(|p| bound(&p)) {
        footer
            .push("An arrow above a marker: a lower bound (the source says \"more than\").".into());
    }

    let frame = Frame {
        title: title(manifest, s),
        legend,
        footer,
    };
    draw("indicator", &frame, |area| {
        let values: Vec<f64> = s
            .points
            .iter()
            .filter_map(|p| p.value.map(|v| v.value))
            .collect();
        let (Some(first), Some(last)) = (s.points.first(), s.points.last()) else {
            return draw_empty(area, "No values of this indicator in this dataset.");
        };
        if values.is_empty() {
            return draw_empty(area, "No values of this indicator in this dataset.");
        }
        let (first, last) = (f64::from(first.year), f64::from(last.year));
        let ranges: Vec<[f64; 2]> = def.range.into_iter().collect();
        let [bottom, top] = indicator_scale(&values, &ranges);
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, bottom..top)
            .map_err(|e| e.to_string())?;
        let span = (last - first) as usize + 1;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(span.min(12))
            .x_label_formatter(&year_label)
            .y_labels(6)
            .y_label_formatter(&|v| indicator_label(*v))
            .y_desc(def.unit.as_str())
            .label_style(font(12.0).color(&INK))
            .axis_desc_style(font(13.0).color(&INK))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .draw()
            .map_err(|e| e.to_string())?;
        let at = |year: i32, value: f64| (f64::from(year), value);
        for run in runs(s) {
            let points: Vec<(f64, f64)> = run.iter().map(|&(y, v)| at(y, v)).collect();
            // A lone year is a marker only: a line needs two values side by side.
            if points.len() > 1 {
                chart
                    .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
                    .map_err(|e| e.to_string())?;
            }
            draw_markers(&mut chart, points, shape, color)?;
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
        let arrows = s.points.iter().filter(bound).filter_map(|p| {
            let xy = at(p.year, p.value?.value);
            Some(
                EmptyElement::at(xy)
                    + PathElement::new([(0, -9), (0, -19)], color.stroke_width(2))
                    + Polygon::new([(0, -22), (-4, -16), (4, -16)], color.filled()),
            )
        });
        chart.draw_series(arrows).map_err(|e| e.to_string())?;
        Ok(())
    })
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
mod tests {
    use super::*;
    use crate::data::{Figure, Indicator, IndicatorRow};

    fn row(year: i32, value: Option<f64>) -> IndicatorRow {
        IndicatorRow {
            year,
            indicator: 0,
            value: value.map(|v| Figure::exact(v, 2)),
            quality: Quality::Firm,
            note: String::new(),
            citation: Citation::default(),
        }
    }

    fn indicator() -> Indicator {
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

    #[test]
    fn the_source_line_cites_the_declared_source_and_names_others() {
        let mut manifest = Manifest::lenient();
        let source = |id: &str, publisher: &str| crate::data::Source {
            id: id.to_string(),
            publisher: publisher.to_string(),
            title: "Scores".to_string(),
            year: 2024,
            url: None,
        };
        manifest.sources = vec![
            source("wire", "Example Wire"),
            source("other", "Other Desk"),
        ];
        let mut def = indicator();
        def.source = "wire".to_string();
        let cite = |i: u16| Citation {
            source_indices: vec![i],
            source_text: String::new(),
        };
        let mut rows = [row(2000, Some(0.5)), row(2001, Some(0.6))];
        rows[0].citation = cite(0);
        rows[1].citation = cite(0);
        let s = IndicatorSeries {
            indicator: &def,
            points: &rows,
        };
        assert_eq!(
            source_footer(&manifest, &s),
            ["Source: Example Wire, \"Scores\" (2024); see the dataset for each value's source."]
        );
        rows[1].citation = cite(1);
        let s = IndicatorSeries {
            indicator: &def,
            points: &rows,
        };
        assert_eq!(
            source_footer(&manifest, &s),
            [
                "Source: Example Wire, \"Scores\" (2024), and for some years Other Desk; see the \
              dataset for each value's source."
            ]
        );
    }

    #[test]
    fn ids_cannot_leave_the_folder() {
        assert_eq!(file_part("unga-ip-distance"), "unga-ip-distance");
        assert_eq!(file_part("../x"), "---x");
    }
}
