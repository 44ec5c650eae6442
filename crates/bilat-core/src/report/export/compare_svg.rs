//! The comparison's two charts: every pair's trade, and every pair's leader meetings (two
//! to four pairs), each on one year axis covering them all and one value scale, so a longer
//! bar or a higher line means more, whichever pair it belongs to. A pair keeps its colour
//! (and in the trade chart its marker) in both charts, as [`pair_entries`] gives them; the
//! indicator charts (`compare_indicator_svg`) take the same.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{
    FOOTER_CHARS, Frame, INK, Swatch, draw, draw_empty, draw_markers, font, series_color, year_mesh,
};
use super::svg::{runs, year_chart};
use super::{ExportError, sources};
use crate::data::{Dataset, TableId};
use crate::report::compare::{
    YearSpan, and_list, count_word, cover_all, meeting_years, pair_entries, trade_unit_of_all,
};
use crate::text::palette::{self, Shape};

/// Each pair's colour and marker, in every chart of the comparison (its indicators'
/// included): those of the series it shows, as its own page draws that series (see
/// [`pair_entries`] for pairs whose series share them).
pub(super) fn pair_styles(pairs: &[&Dataset]) -> Vec<(RGBColor, Shape)> {
    pair_entries(pairs)
        .into_iter()
        .map(|entry| (series_color(entry), palette::series(entry).shape))
        .collect()
}

/// A chart's title: the pairs named, `Russia–China and India–Russia: goods trade`, while
/// that fits the chart's width in its 20 px bold type; else the count, `Four pairs: goods
/// trade`, as the legend names each.
pub(super) fn chart_title(pairs: &[&Dataset], what: &str) -> String {
    /// About 11.7 px a character (as drawn) over the 760 px from margin to margin.
    const TITLE_CHARS: usize = 64;
    let titles: Vec<&str> = pairs.iter().map(|d| d.manifest.title.as_str()).collect();
    let named = format!("{}: {what}", and_list(&titles));
    if named.chars().count() <= TITLE_CHARS {
        return named;
    }
    let count = count_word(pairs.len());
    let mut count = count.chars();
    let first = count.next().map(|c| c.to_uppercase().collect::<String>());
    format!(
        "{}{} pairs: {what}",
        first.unwrap_or_default(),
        count.as_str()
    )
}

/// The legend's one line: pixels from its start to the chart's right edge, and what an entry
/// takes beyond its text (swatch and gap) and per character (13 px text), as `chart` lays
/// it out.
const LEGEND_PX: f64 = 770.0;
const ENTRY_PX: f64 = 54.0;
const CHAR_PX: f64 = 13.0 * 0.6;

use crate::report::compare::headline_series;

/// Every pair's headline trade series as a line (points only for quoted statements), on a
/// shared year axis and value scale.
pub fn trade(pair: &[&Dataset]) -> Result<String, ExportError> {
    let count = pair.len();
    let shown: Vec<Option<usize>> = pair.iter().map(|d| headline_series(d)).collect();
    let styles = pair_styles(pair);
    let names = |full: bool| -> Vec<String> {
        (0..count)
            .filter_map(|p| {
                let series = &pair[p].manifest.trade_series[shown[p]?];
                let name = if full { &series.name } else { &series.label };
                Some(format!("{}: {name}", pair[p].manifest.title))
            })
            .collect()
    };
    let full = names(true);
    // Full series names while all fit on the legend's one line, else the short labels.
    let needed: f64 = full
        .iter()
        .map(|n| ENTRY_PX + n.chars().count() as f64 * CHAR_PX)
        .sum();
    let texts = if needed <= LEGEND_PX {
        full
    } else {
        names(false)
    };
    let with_series: Vec<usize> = (0..count).filter(|&p| shown[p].is_some()).collect();
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
    for p in 0..count {
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
    let unit = trade_unit_of_all(pair);
    if unit.is_none() {
        let each: Vec<String> = pair
            .iter()
            .map(|d| format!("{}: {}", d.manifest.title, d.manifest.units.trade))
            .collect();
        let lines = if count == 2 {
            "the two lines are not comparable as they stand"
        } else {
            "lines in different units are not comparable as they stand"
        };
        footer.push(format!("Units differ ({}): {lines}.", each.join("; ")));
    }
    let mut notes = vec!["Headline series"];
    if (0..count).any(|p| runs(points(p)).len() > 1) {
        notes.push("a break in a line is a period with no figure, not a zero");
    }
    if (0..count).any(|p| points(p).iter().any(|t| !t.period.is_calendar())) {
        notes.push("fiscal years sit over the months they cover");
    }
    // One line, wrapped when long: the chart grows to hold every line whole.
    footer.push(format!("{}.", notes.join("; ")));

    let unit = unit.unwrap_or("trade (units differ, see below)");
    let frame = Frame {
        title: chart_title(pair, "goods trade"),
        legend,
        footer,
    };
    draw("trade", &frame, |area| {
        let span = |p: usize| {
            let years = points(p).iter().map(|t| t.year());
            YearSpan::new(years.clone().min()?, years.max()?)
        };
        let Some(years) = cover_all((0..count).map(span)) else {
            let none = if count == 2 {
                "No trade figures in either dataset."
            } else {
                "No trade figures in any dataset."
            };
            return draw_empty(area, none);
        };
        let values = (0..count).flat_map(|p| points(p).iter().filter_map(|t| t.value()));
        let top = values.fold(0.0_f64, f64::max);
        let top = if top > 0.0 { top * 1.08 } else { 1.0 };
        let (first, last) = (f64::from(years.first), f64::from(years.last));
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, 0.0..top)
            .map_err(|e| e.to_string())?;
        let count = (years.last - years.first) as usize + 1;
        year_mesh(&mut chart, count.min(12))
            .y_label_formatter(&|v| format!("{v}"))
            .y_desc(unit)
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

/// Leader meetings per year, the pairs' bars side by side in each year (in the order named,
/// the first on the left): solid for in person, pale for phone or video, the count on top.
pub fn meetings(pair: &[&Dataset]) -> Result<String, ExportError> {
    let count = pair.len();
    // Each pair in the colour of its trade line.
    let colors: Vec<RGBColor> = pair_styles(pair).into_iter().map(|(c, _)| c).collect();
    let legend = (0..count)
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
    let bars = match pair {
        [a, b] => format!("Left bar {}, right bar {}", bar(a), bar(b)),
        _ => {
            let each: Vec<String> = pair.iter().map(|d| bar(d)).collect();
            format!("Bars left to right: {}", and_list(&each))
        }
    };
    let footer = vec![
        format!("{bars}; solid: in person, pale: by phone or video."),
        "No bar is a year before a pair's record starts or after it ends; a 0 is a year with \
         none."
            .to_string(),
        "Meetings announced but not confirmed to have happened are not counted; see each \
         dataset for each meeting's source."
            .to_string(),
    ];
    let frame = Frame {
        title: chart_title(pair, "leader meetings"),
        legend,
        footer,
    };
    draw("meetings", &frame, |area| {
        let Some(years) = cover_all(pair.iter().map(|d| meeting_years(d))) else {
            let absent = pair.iter().all(|d| !d.has(TableId::Meetings));
            return draw_empty(
                area,
                match (absent, count) {
                    (true, 2) => "Neither dataset has a meetings table.",
                    (true, _) => "No dataset has a meetings table.",
                    (false, 2) => "No meetings in either dataset.",
                    (false, _) => "No meetings in any dataset.",
                },
            );
        };
        let each: Vec<_> = pair.iter().map(|d| &d.derived.meetings).collect();
        let most = each.iter().flat_map(|y| y.iter().map(|m| m.total())).max();
        let most = most.unwrap_or(0);
        // Room above the tallest bar for its count.
        let top = most + 1 + most / 6;
        let (first, last) = (f64::from(years.first), f64::from(years.last));
        let mut chart = year_chart(area)
            .build_cartesian_2d(first - 0.5..last + 0.5, 0..top)
            .map_err(|e| e.to_string())?;
        let years_shown = (years.last - years.first) as usize + 1;
        year_mesh(&mut chart, years_shown.min(14))
            .y_labels((top as usize + 1).min(10))
            .y_desc("leader meetings per year")
            .draw()
            .map_err(|e| e.to_string())?;
        // The pairs' bars share most of a year, each no wider than about 20 px when years
        // are few, with a small gap between neighbours.
        const GAP: f64 = 0.04;
        let plot_px = f64::from(chart.plotting_area().dim_in_pixel().0).max(1.0);
        let width = (0.76 / count as f64).min(20.0 * years_shown as f64 / plot_px);
        let group = count as f64 * width + (count - 1) as f64 * GAP;
        // A count needs about 14 px of bar to sit on without touching its neighbour's.
        let labelled = width * plot_px / years_shown as f64 >= 14.0;
        for (p, years) in each.iter().enumerate() {
            let color = colors[p];
            let offset = -group / 2.0 + p as f64 * (width + GAP);
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
