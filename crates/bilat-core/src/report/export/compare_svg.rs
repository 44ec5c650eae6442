//! The comparison's two charts: both pairs' trade, and both pairs' leader meetings, each on
//! one year axis covering both and one value scale, so a longer bar or a higher line means
//! more, whichever pair it belongs to. A pair keeps its colour (and in the trade chart its
//! marker) in both charts.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{
    FOOTER_CHARS, Frame, GRID, INK, MUTED, Swatch, draw, draw_empty, draw_markers, font,
    series_color, year_label,
};
use super::svg::{runs, year_chart};
use super::{ExportError, sources};
use crate::data::{Dataset, TableId};
use crate::report::compare::{YearSpan, common_trade_unit, cover, meeting_years};
use crate::text::palette::{self, Shape};

/// Each pair's colour and marker: those of the series it shows, as its own page draws
/// that series (see [`palette::pair_entries`] for two pairs whose series share them).
fn pair_styles(shown: [Option<usize>; 2]) -> [(RGBColor, Shape); 2] {
    palette::pair_entries(shown).map(|entry| (series_color(entry), palette::series(entry).shape))
}

/// The legend's one line: pixels from its start to the chart's right edge, and what an entry
/// takes beyond its text (swatch and gap) and per character (13 px text), as `chart` lays
/// it out.
const LEGEND_PX: f64 = 770.0;
const ENTRY_PX: f64 = 54.0;
const CHAR_PX: f64 = 13.0 * 0.6;

/// The series a pair's brief quotes: the headline series, unless only another has figures.
fn headline_series(data: &Dataset) -> Option<usize> {
    let trade = &data.derived.trade;
    data.derived
        .leading_series(|i| trade[i].iter().any(|p| p.value_usd_bn.is_some()))
}

/// Both pairs' headline trade series as lines (points only for quoted statements), on a
/// shared year axis and value scale.
pub fn trade(a: &Dataset, b: &Dataset) -> Result<String, ExportError> {
    let pair = [a, b];
    let shown = pair.map(headline_series);
    let styles = pair_styles(shown);
    let names = |full: bool| -> Vec<String> {
        (0..2)
            .filter_map(|p| {
                let series = &pair[p].manifest.trade_series[shown[p]?];
                let name = if full { &series.name } else { &series.label };
                Some(format!("{}: {name}", pair[p].manifest.title))
            })
            .collect()
    };
    let full = names(true);
    // Full series names while both fit on the legend's one line, else the short labels.
    let needed: f64 = full
        .iter()
        .map(|n| ENTRY_PX + n.chars().count() as f64 * CHAR_PX)
        .sum();
    let texts = if needed <= LEGEND_PX {
        full
    } else {
        names(false)
    };
    let with_series: Vec<usize> = (0..2).filter(|&p| shown[p].is_some()).collect();
    let legend = with_series
        .iter()
        .zip(texts)
        .map(|(&p, text)| {
            let series = &pair[p].manifest.trade_series[shown[p].unwrap_or_default()];
            let swatch = if series.is_continuous() {
                Swatch::Line(styles[p].0, styles[p].1)
            } else {
                Swatch::Point(styles[p].0, styles[p].1)
            };
            (swatch, text)
        })
        .collect();
    let points = |p: usize| shown[p].map_or(&[][..], |i| pair[p].derived.trade[i].as_slice());

    // Each pair's publishers, most cited first, the first pair's before the second's.
    let mut publishers: Vec<String> = Vec::new();
    for p in 0..2 {
        let series = shown[p];
        let cited = pair[p]
            .trade
            .iter()
            .filter(|t| Some(t.series) == series && t.value_usd_bn.is_some())
            .map(|t| &t.citation);
        for name in sources::publishers(cited, &pair[p].manifest) {
            if !publishers.contains(&name) {
                publishers.push(name);
            }
        }
    }
    let tail = "see each dataset for each figure's source";
    let mut footer = vec![sources::line("Source:", &publishers, tail, FOOTER_CHARS)];
    if common_trade_unit(a, b).is_none() {
        footer.push(format!(
            "Units differ ({}: {}; {}: {}): the two lines are not comparable as they stand.",
            a.manifest.title, a.manifest.units.trade, b.manifest.title, b.manifest.units.trade
        ));
    }
    let mut notes = vec!["Headline series"];
    if (0..2).any(|p| runs(points(p)).len() > 1) {
        notes.push("a break in a line is a period with no figure, not a zero");
    }
    if (0..2).any(|p| points(p).iter().any(|t| !t.period.is_calendar())) {
        notes.push("fiscal years sit over the months they cover");
    }
    // One line, wrapped when long: the chart grows to hold every line whole.
    footer.push(format!("{}.", notes.join("; ")));

    let unit = common_trade_unit(a, b).unwrap_or("trade (units differ, see below)");
    let frame = Frame {
        title: format!("{} and {}: goods trade", a.manifest.title, b.manifest.title),
        legend,
        footer,
    };
    draw("trade", &frame, |area| {
        let span = |p: usize| {
            let years = points(p).iter().map(|t| t.year());
            YearSpan::new(years.clone().min()?, years.max()?)
        };
        let Some(years) = cover(span(0), span(1)) else {
            return draw_empty(area, "No trade figures in either dataset.");
        };
        let values = (0..2).flat_map(|p| points(p).iter().filter_map(|t| t.value()));
        let top = values.fold(0.0_f64, f64::max);
        let top = if top > 0.0 { top * 1.08 } else { 1.0 };
        let (first, last) = (f64::from(years.first), f64::from(years.last));
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, 0.0..top)
            .map_err(|e| e.to_string())?;
        let count = (years.last - years.first) as usize + 1;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(count.min(12))
            .x_label_formatter(&year_label)
            .y_label_formatter(&|v| format!("{v}"))
            .y_desc(unit)
            .label_style(font(12.0).color(&INK))
            .axis_desc_style(font(13.0).color(&INK))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .draw()
            .map_err(|e| e.to_string())?;
        for &p in &with_series {
            let (color, shape) = styles[p];
            let continuous =
                pair[p].manifest.trade_series[shown[p].unwrap_or_default()].is_continuous();
            for run in runs(points(p)) {
                // A lone period is a marker only: a line needs two figures side by side.
                if continuous && run.len() > 1 {
                    chart
                        .draw_series(LineSeries::new(run.clone(), color.stroke_width(2)))
                        .map_err(|e| e.to_string())?;
                }
                draw_markers(&mut chart, run, shape, color)?;
            }
        }
        Ok(())
    })
}

/// Leader meetings per year, the two pairs' bars side by side in each year (the first pair
/// on the left): solid for in person, pale for phone or video, the count on top.
pub fn meetings(a: &Dataset, b: &Dataset) -> Result<String, ExportError> {
    let pair = [a, b];
    // Each pair in the colour of its trade line.
    let colors = pair_styles(pair.map(headline_series)).map(|(color, _)| color);
    let legend = (0..2)
        .map(|p| (Swatch::Block(colors[p]), pair[p].manifest.title.clone()))
        .collect();
    // A pair without the table has no bars, which is not a pair with none held.
    let bar = |d: &Dataset| {
        let absent = if d.has(TableId::Meetings) {
            ""
        } else {
            " (no meetings table)"
        };
        format!("{}{absent}", d.manifest.title)
    };
    let footer = vec![
        format!(
            "Left bar {}, right bar {}; solid: in person, pale: by phone or video.",
            bar(a),
            bar(b)
        ),
        "No bar is a year before a pair's record starts or after it ends; a 0 is a year with \
         none."
            .to_string(),
        "Meetings announced but not confirmed to have happened are not counted; see each \
         dataset for each meeting's source."
            .to_string(),
    ];
    let frame = Frame {
        title: format!(
            "{} and {}: leader meetings",
            a.manifest.title, b.manifest.title
        ),
        legend,
        footer,
    };
    draw("meetings", &frame, |area| {
        let Some(years) = cover(meeting_years(a), meeting_years(b)) else {
            let absent = pair.iter().all(|d| !d.has(TableId::Meetings));
            return draw_empty(
                area,
                if absent {
                    "Neither dataset has a meetings table."
                } else {
                    "No meetings in either dataset."
                },
            );
        };
        let each = pair.map(|d| &d.derived.meetings);
        let most = each.iter().flat_map(|y| y.iter().map(|m| m.total())).max();
        let most = most.unwrap_or(0);
        // Room above the tallest bar for its count.
        let top = most + 1 + most / 6;
        let (first, last) = (f64::from(years.first), f64::from(years.last));
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, 0..top)
            .map_err(|e| e.to_string())?;
        let count = (years.last - years.first) as usize + 1;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(count.min(14))
            .x_label_formatter(&year_label)
            .y_labels((top as usize + 1).min(10))
            .y_desc("leader meetings per year")
            .label_style(font(12.0).color(&INK))
            .axis_desc_style(font(13.0).color(&INK))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .draw()
            .map_err(|e| e.to_string())?;
        // Two bars share most of a year, each no wider than about 20 px when years are few.
        let plot_px = f64::from(chart.plotting_area().dim_in_pixel().0).max(1.0);
        let width = (0.38_f64).min(20.0 * count as f64 / plot_px);
        // A count needs about 14 px of bar to sit on without touching its neighbour's.
        let labelled = width * plot_px / count as f64 >= 14.0;
        for (p, years) in each.iter().enumerate() {
            let color = colors[p];
            let offset = if p == 0 { -width - 0.02 } else { 0.02 };
            for m in years.iter() {
                let left = f64::from(m.year) + offset;
                let solid =
                    Rectangle::new([(left, 0), (left + width, m.in_person)], color.filled());
                let pale = Rectangle::new(
                    [(left, m.in_person), (left + width, m.total())],
                    color.mix(0.4).filled(),
                );
                chart
                    .draw_series([solid, pale])
                    .map_err(|e| e.to_string())?;
                if labelled {
                    let style = font(11.0)
                        .color(&INK)
                        .pos(Pos::new(HPos::Center, VPos::Bottom));
                    let at = EmptyElement::at((left + width / 2.0, m.total()));
                    let label = at + Text::new(m.total().to_string(), (0, -3), style);
                    chart.draw_series([label]).map_err(|e| e.to_string())?;
                }
            }
        }
        Ok(())
    })
}
