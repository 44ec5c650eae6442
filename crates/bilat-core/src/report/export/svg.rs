//! `--format svg`: the trade and meetings charts as standalone SVG, drawn with plotters. Each
//! chart carries its title, a legend, labelled axes and a source line, so it can be pasted
//! into a document on its own.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{
    Frame, INK, KINDS, Swatch, draw, draw_empty, draw_markers, font, series_color, source_lines,
    year_mesh,
};
use super::{ExportError, sources};
use crate::data::{Dataset, Quality, Reporter, TableId, TradePoint};
use crate::text::palette;

/// The chart files, in the order written: trade, meetings, then one per declared indicator
/// (`indicator-unga-ip-distance.svg`) for a dataset with the indicators table.
pub fn files(data: &Dataset) -> Result<Vec<(String, Vec<u8>)>, ExportError> {
    let mut files = vec![
        ("trade.svg".to_string(), trade(data)?.into_bytes()),
        ("meetings.svg".to_string(), meetings(data)?.into_bytes()),
    ];
    for chart in super::indicator_svg::charts(data)? {
        files.push((
            format!("indicator-{}.svg", chart.id),
            chart.svg.into_bytes(),
        ));
    }
    Ok(files)
}

/// Goods trade, one line per declared series that has figures, each figure over the months
/// it covers; a missing period breaks the line instead of dropping it to zero, and a series
/// of quoted statements is points only.
pub fn trade(data: &Dataset) -> Result<String, ExportError> {
    let manifest = &data.manifest;
    let main = data.derived.main_series;
    let shown: Vec<usize> = std::iter::once(main)
        .chain((0..data.derived.trade.len()).filter(|&i| i != main))
        .filter(|&i| all_points(data, i).any(|p| p.value_usd_bn.is_some()))
        .collect();
    // Each series in its colour and shape everywhere (by its place in the manifest).
    let shape = |i: usize| palette::series(i).shape;
    let color = series_color;
    let legend = shown
        .iter()
        .map(|&i| {
            let s = &manifest.trade_series[i];
            let swatch = if s.is_continuous() {
                Swatch::Line(color(i), shape(i))
            } else {
                Swatch::Point(color(i), shape(i))
            };
            // Full names while they fit on the legend's one line.
            let text = if shown.len() > 2 { &s.label } else { &s.name };
            // Past eight series markers repeat: the legend says which one a series shares.
            let text = match palette::reused(i) {
                0 => text.clone(),
                _ => {
                    let first = &manifest.trade_series[i % palette::SERIES.len()].label;
                    format!("{text} (marker as {first})")
                }
            };
            (swatch, text)
        })
        .collect();
    let with_figures = data.trade.iter().filter(|t| t.value_usd_bn.is_some());
    let names = sources::publishers(with_figures.map(|t| &t.citation), manifest);
    let customs: Vec<&str> = shown
        .iter()
        .map(|&i| &manifest.trade_series[i])
        .filter(|s| s.reporter == Reporter::Customs)
        .filter_map(|s| Some(manifest.countries[s.country?].name.as_str()))
        .collect();
    let lead = if customs.len() == shown.len() && !customs.is_empty() {
        format!(
            "Source: customs figures of {} as reported by",
            customs.join(" and ")
        )
    } else {
        "Source:".to_string()
    };
    let tail = "see the dataset for each figure's source";
    let mut footer = source_lines(&lead, &names, tail);
    if shown.iter().any(|&i| has_gap(&data.derived.trade[i])) {
        footer.push("A break in a line is a period with no published figure, not a zero.".into());
    }
    if shown
        .iter()
        .any(|&i| !data.derived.trade[i].iter().all(|p| p.period.is_calendar()))
    {
        footer.push("Fiscal-year figures sit over the months they cover.".into());
    }
    let partial = |i: usize| {
        data.derived.partial[i]
            .iter()
            .filter(|p| p.value().is_some())
    };
    if shown.iter().any(|&i| partial(i).count() > 0) {
        footer.push(
            "A marker on a bracketed span is a figure for part of a year, over its months: \
             not comparable with a year's, never joined to the line."
                .into(),
        );
    }
    let bound = |p: &TradePoint| p.value_usd_bn.is_some_and(|f| f.is_lower_bound());
    if shown.iter().any(|&i| all_points(data, i).any(bound)) {
        footer
            .push("An arrow above a marker: a lower bound (the source says \"more than\").".into());
    }
    let frame = Frame {
        title: format!("{}: goods trade", manifest.title),
        legend,
        footer,
    };
    draw("trade", &frame, |area| {
        let values = shown
            .iter()
            .flat_map(|&i| all_points(data, i).filter_map(TradePoint::value));
        let top = values.fold(0.0_f64, f64::max);
        let Some((first, last)) = data.derived.trade_years() else {
            return draw_empty(area, "No trade figures in this dataset.");
        };
        if shown.is_empty() {
            return draw_empty(area, "No trade figures in this dataset.");
        }
        // Out to the last month of any period: a fiscal year ending after the last
        // calendar year sits whole on the chart.
        let all = shown.iter().flat_map(|&i| all_points(data, i));
        let ends = all.map(|p| f64::from(p.period.month_span().1 + 1) / 12.0 - 0.5);
        let end = ends.fold(f64::from(last) + 0.5, f64::max);
        let (first, last) = (f64::from(first), f64::from(last));
        let top = if top > 0.0 { top * 1.08 } else { 1.0 };
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..end, 0.0..top)
            .map_err(|e| e.to_string())?;
        let span = (last - first) as usize + 1;
        year_mesh(&mut chart, span.min(12))
            .y_label_formatter(&|v| format!("{v}"))
            .y_desc(manifest.units.trade.as_str())
            .draw()
            .map_err(|e| e.to_string())?;
        // The headline series last, so its line is on top.
        for &i in shown.iter().rev() {
            let color = color(i);
            let continuous = manifest.trade_series[i].is_continuous();
            for run in runs(&data.derived.trade[i]) {
                // A lone period is a marker only: a line needs two figures side by side.
                if continuous && run.len() > 1 {
                    chart
                        .draw_series(LineSeries::new(run.clone(), color.stroke_width(2)))
                        .map_err(|e| e.to_string())?;
                }
                draw_markers(&mut chart, run, shape(i), color)?;
            }
            // Part of a year: a bracketed span over its months, its marker in the middle.
            for p in partial(i) {
                let (first, last) = p.period.month_span();
                let (x0, x1) = (
                    f64::from(first) / 12.0 - 0.5,
                    f64::from(last + 1) / 12.0 - 0.5,
                );
                let v = p.value().unwrap_or_default();
                let span = [(x0, v), (x1, v)];
                chart
                    .draw_series(LineSeries::new(span, color.stroke_width(1)))
                    .map_err(|e| e.to_string())?;
                let ticks = span.map(|at| {
                    EmptyElement::at(at)
                        + PathElement::new([(0, -5), (0, 5)], color.stroke_width(1))
                });
                chart.draw_series(ticks).map_err(|e| e.to_string())?;
                draw_markers(
                    &mut chart,
                    vec![(p.period.middle() - 0.5, v)],
                    shape(i),
                    color,
                )?;
            }
            // A lower bound: an arrow up from above its marker.
            let bounds = all_points(data, i).filter(|p| bound(p));
            let arrows = bounds.map(|p| {
                let at = (p.period.middle() - 0.5, p.value().unwrap_or_default());
                EmptyElement::at(at)
                    + PathElement::new([(0, -9), (0, -19)], color.stroke_width(2))
                    + Polygon::new([(0, -22), (-4, -16), (4, -16)], color.filled())
            });
            chart.draw_series(arrows).map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

/// Series `index`'s figures of every length: its years, then its parts of a year.
fn all_points(data: &Dataset, index: usize) -> impl Iterator<Item = &TradePoint> {
    let years = data.derived.trade.get(index).into_iter().flatten();
    years.chain(data.derived.partial.get(index).into_iter().flatten())
}

/// Both charts' frame: the same margins and label areas, so they line up on a page.
pub(super) fn year_chart<'a, 'b, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, plotters::coord::Shift>,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(area);
    builder
        .margin_left(12)
        .margin_right(28)
        .margin_top(8)
        .x_label_area_size(32)
        .y_label_area_size(72);
    builder
}

/// Consecutive periods with a figure, as (year, value) points: each run is one stretch of
/// line.
pub(super) fn runs(series: &[TradePoint]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current = Vec::new();
    for p in series {
        match p.value() {
            // The axis puts a calendar year's middle on its whole number.
            Some(v) => current.push((p.period.middle() - 0.5, v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Whether a year without a figure sits between two years with one.
fn has_gap(series: &[TradePoint]) -> bool {
    runs(series).len() > 1
}

/// Leader meetings per year as stacked bars: in person at the bottom, then phone and video.
pub fn meetings(data: &Dataset) -> Result<String, ExportError> {
    let manifest = &data.manifest;
    let kinds = ["in person", "phone", "video"];
    let legend = KINDS
        .iter()
        .zip(kinds)
        .map(|(&color, text)| (Swatch::Block(color), text.to_string()))
        .collect();
    let counted = data
        .meetings
        .iter()
        .filter(|m| m.quality != Quality::Unconfirmed);
    let names = sources::publishers(counted.map(|m| &m.citation), manifest);
    let tail = "see the dataset for each meeting's source";
    let mut footer = source_lines("Source:", &names, tail);
    if data
        .meetings
        .iter()
        .any(|m| m.quality == Quality::Unconfirmed)
    {
        footer
            .push("Meetings announced but not confirmed to have happened are not counted.".into());
    }
    let frame = Frame {
        title: format!("{}: leader meetings", manifest.title),
        legend,
        footer,
    };
    let years = &data.derived.meetings;
    draw("meetings", &frame, |area| {
        let (Some(first), Some(last)) = (years.first(), years.last()) else {
            return draw_empty(
                area,
                if data.has(TableId::Meetings) {
                    "No meetings in this dataset."
                } else {
                    "This dataset has no meetings table."
                },
            );
        };
        let (first, last) = (f64::from(first.year), f64::from(last.year));
        let most = years.iter().map(|m| m.total()).max().unwrap_or(0);
        // Room above the tallest bar for its count.
        let top = most + 1 + most / 6;
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, 0..top)
            .map_err(|e| e.to_string())?;
        let span = (last - first) as usize + 1;
        year_mesh(&mut chart, span.min(14))
            .y_labels((top as usize + 1).min(10))
            .y_desc("leader meetings per year")
            .draw()
            .map_err(|e| e.to_string())?;
        // Bars fill most of a year, but no wider than about 44 px when there are few years.
        let plot_px = f64::from(chart.plotting_area().dim_in_pixel().0);
        let half = (0.36_f64).min(22.0 * span as f64 / plot_px.max(1.0));
        for m in years {
            let x = f64::from(m.year);
            let mut base = 0;
            for (count, color) in [m.in_person, m.phone, m.video].into_iter().zip(KINDS) {
                if count == 0 {
                    continue;
                }
                let bar =
                    Rectangle::new([(x - half, base), (x + half, base + count)], color.filled());
                chart.draw_series([bar]).map_err(|e| e.to_string())?;
                base += count;
            }
            // The count on top; a 0 says "none that year", where no label would look missing.
            let style = font(12.0)
                .color(&INK)
                .pos(Pos::new(HPos::Center, VPos::Bottom));
            let label = EmptyElement::at((x, base)) + Text::new(base.to_string(), (0, -4), style);
            chart.draw_series([label]).map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}
