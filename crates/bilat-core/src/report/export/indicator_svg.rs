//! One chart per declared indicator (the UN voting ideal-point distance, each country's ideal
//! point), as standalone SVG beside the trade and meetings charts: `--format svg`, the HTML
//! page and the Markdown export carry them. Each value is a marker over its year, joined to
//! the next year's by a line; a year without a value (a row whose value is empty, or no row
//! at all) breaks the line and draws nothing, never a zero. The legend names the indicator,
//! what a higher value means and the range when the manifest bounds it; the y axis its unit;
//! the footer its source, the years without a value and what any mark means.
//!
//! The drawing is `indicator_plot`'s, which the comparison's indicator charts
//! (`compare_indicator_svg`) share, with [`cited`], drawing a line per pair.

use super::chart::{FOOTER_CHARS, Frame, Swatch, draw, series_color, source_lines};
use super::indicator_plot::{Line, notes, plot};
use super::{ExportError, sources};
use crate::data::{Citation, Dataset, IndicatorSeries, Manifest, TableId, indicator_label};
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
pub(super) fn file_part(id: &str) -> String {
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

/// Where an indicator's values come from: the citation of the source the manifest declares
/// for it, where the manifest has that source, and the publishers of any other source a
/// year with a value cites (every one cited, when the declared source is not found).
pub(super) fn cited(manifest: &Manifest, s: &IndicatorSeries<'_>) -> (Option<String>, Vec<String>) {
    let valued = s.points.iter().filter(|p| p.value.is_some());
    let found = manifest.source_index(&s.indicator.source);
    let Some((declared, source)) = found.and_then(|i| Some((i, manifest.sources.get(i)?))) else {
        return (
            None,
            sources::publishers(valued.map(|p| &p.citation), manifest),
        );
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
    (Some(source.cite()), names)
}

/// The source line: the source the manifest declares for the indicator, in full, and the
/// publishers of any other source a year cites.
fn source_footer(manifest: &Manifest, s: &IndicatorSeries<'_>) -> Vec<String> {
    let tail = "see the dataset for each value's source";
    match cited(manifest, s) {
        (None, names) => source_lines("Source:", &names, tail),
        (Some(cite), names) if names.is_empty() => vec![format!("Source: {cite}; {tail}.")],
        (Some(cite), names) => {
            let also = sources::line("", &names, tail, 2 * FOOTER_CHARS);
            vec![format!("Source: {cite}, and for some years{also}.")]
        }
    }
}

/// One indicator's chart.
pub fn chart(manifest: &Manifest, s: &IndicatorSeries<'_>) -> Result<String, ExportError> {
    let def = s.indicator;
    let line = Line {
        series: *s,
        color: series_color(0),
        shape: palette::series(0).shape,
        label: String::new(),
    };
    let mut legend = vec![(Swatch::Line(line.color, line.shape), def.name.clone())];
    if !def.higher.trim().is_empty() {
        legend.push((Swatch::Words, format!("higher = {}", def.higher.trim())));
    }
    if let Some([low, high]) = def.range {
        let (low, high) = (indicator_label(low), indicator_label(high));
        legend.push((Swatch::Words, format!("range {low} to {high}")));
    }
    let mut footer = source_footer(manifest, s);
    let lines = [line];
    footer.extend(notes(&lines));
    let frame = Frame {
        title: title(manifest, s),
        legend,
        footer,
    };
    let ranges: Vec<[f64; 2]> = def.range.into_iter().collect();
    draw("indicator", &frame, |area| {
        let empty = "No values of this indicator in this dataset.";
        plot(area, &def.unit, &ranges, &lines, empty)
    })
}

#[cfg(test)]
mod tests {
    use super::super::indicator_plot::tests::{indicator, row};
    use super::*;

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
