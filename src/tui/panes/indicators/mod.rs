//! Indicators: one yearly measure of the pair at a time (the UN voting ideal-point distance,
//! each country's ideal point), drawn as a line of points whose gaps stay gaps, with the
//! cursor year's value, mark and note below. `i` cycles through the declared indicators and
//! `I` picks one from a menu; compared pairs share the scale where their units agree.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("indicators");

mod plot;
mod words;

pub use words::WORDS;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::chart::{ChartGeometry, put, render_year_labels};
use super::shared::title::Part;
use crate::data::{Dataset, IndicatorSeries, TableId, YearSpan};
use crate::report::record::Subject;
use crate::tui::app::registry::{At, Item};
use crate::tui::app::{App, DatasetView};
use plot::{Plot, Scale};

/// The record of what the pane's cursor points at: every indicator's value that year.
pub fn record(at: At) -> Subject {
    Subject::IndicatorYear(at.year())
}

/// The years the cursor may take: the indicators' years within those the dataset covers
/// (which leave out indicators that reach back before its other tables), so the charts'
/// shared years never pan past the header's.
pub fn extent(data: &Dataset) -> Option<YearSpan> {
    let years = crate::tui::app::charts::indicator_years(data)?;
    match crate::tui::app::charts::dataset_years(data) {
        Some(all) => years.intersect(all),
        None => Some(years),
    }
}

/// The latest year any indicator has a value within the pane's years, where the cursor
/// starts.
pub fn latest_year(data: &Dataset) -> Option<i32> {
    let years = extent(data)?;
    data.indicators
        .iter()
        .filter(|r| r.value.is_some() && years.contains(r.year))
        .map(|r| r.year)
        .max()
}

/// The indicator the pane shows in `data`: the session's choice, counted round the ones
/// the dataset declares.
fn chosen(app: &App, data: &Dataset) -> Option<(usize, usize)> {
    let count = data.manifest.indicators.len();
    (count > 0).then(|| (app.charts.indicator % count, count))
}

fn series<'d>(app: &App, data: &'d Dataset) -> Option<IndicatorSeries<'d>> {
    let (i, _) = chosen(app, data)?;
    data.indicator_series().into_iter().nth(i)
}

/// The years the pane shows: the charts' range within every shown dataset's indicator
/// years, so compared pairs share one axis.
fn span(app: &App, view: &DatasetView) -> Option<YearSpan> {
    if !view.data.has(TableId::Indicators) {
        return None;
    }
    app.extent_of(ID)?.intersect(app.charts.shown)
}

/// Whether every shown dataset's chosen indicator has this one's unit, so they share one
/// scale: `None` when alone, else whether the units agree.
fn units_agree(app: &App, view: &DatasetView) -> Option<bool> {
    if !app.comparing() {
        return None;
    }
    let ours = series(app, &view.data)?.indicator;
    let agree = app
        .shown_views()
        .into_iter()
        .filter_map(|i| series(app, &app.views[i].data))
        .all(|s| s.indicator.same_unit(ours));
    Some(agree)
}

/// The scale: the indicator's range when bounded, else round numbers holding every value
/// shown, of every compared pair whose indicator has the same unit.
fn scale(app: &App, view: &DatasetView, span: YearSpan) -> Option<Scale> {
    let ours = series(app, &view.data)?;
    let shared = units_agree(app, view) == Some(true) && !app.charts.own_scale;
    let others = app.shown_views().into_iter().map(|i| &app.views[i].data);
    let sets: Vec<IndicatorSeries<'_>> = if shared {
        others.filter_map(|d| series(app, d)).collect()
    } else {
        vec![ours]
    };
    let values: Vec<f64> = sets
        .iter()
        .flat_map(|s| s.points.iter())
        .filter(|p| span.contains(p.year))
        .filter_map(|p| p.value.map(|v| v.value))
        .collect();
    let ranges: Vec<[f64; 2]> = sets.iter().filter_map(|s| s.indicator.range).collect();
    Some(Scale::holding(&values, &ranges))
}

fn geometry(app: &App, view: &DatasetView, area: Rect) -> Option<(ChartGeometry, Scale)> {
    let span = span(app, view)?;
    let scale = scale(app, view, span)?;
    Some((ChartGeometry::new(area, span, scale.gutter()), scale))
}

/// The year under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    geometry(app, view, area)?.0.year_at(at).map(Item::Year)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let data = &view.data;
    let ours = series(app, data);
    let mut legend = Vec::new();
    if let (Some(s), Some((i, n))) = (ours, chosen(app, data)) {
        let def = s.indicator;
        // Fitted as every title is: the range, then the unit, go before the name is cut
        // (with an ellipsis); the scale and the position stay whole.
        legend.push(Part::cut(Span::styled(
            format!("{} {}", theme.glyphs.point(0), def.name),
            theme.series_style(0),
        )));
        legend.push(Part::drop(Span::styled(def.unit.clone(), theme.muted)));
        if let Some([low, high]) = def.range {
            let dash = theme.symbols.range_dash;
            legend.push(Part::drop(Span::styled(
                format!("range {low}{dash}{high}"),
                theme.muted,
            )));
        }
        match units_agree(app, view) {
            Some(false) => legend.push(Part::keep(Span::styled(
                "units differ: own scale",
                theme.warning,
            ))),
            Some(true) if def.range.is_none() => {
                let scale = super::shared::chart::scale_label(app).unwrap_or_default();
                legend.push(Part::keep(Span::styled(scale, theme.muted)));
            }
            _ => {}
        }
        // Which of how many, where there is more than one to cycle through (i, I).
        if n > 1 {
            legend.push(Part::keep(Span::styled(
                format!("{}/{n}", i + 1),
                theme.muted,
            )));
        }
    }
    let room = super::shared::title::room(app, Some(view), ID, area.width);
    let legend = super::shared::title::fit(legend, room, theme.symbols.ellipsis);
    let block = super::block_of(app, Some(view), ID, focused, legend);
    frame.render_widget(block, area);
    let (Some(s), Some((g, scale))) = (ours, geometry(app, view, area)) else {
        let empty = (1, "No indicator values in the years shown.");
        let buf = frame.buffer_mut();
        super::render_nothing(buf, area, view, TableId::Indicators, empty, theme.muted);
        return;
    };
    if g.plot.height < 2 || g.plot.width < 4 {
        let inner = super::inner(area);
        super::shared::chart::render_too_small(frame.buffer_mut(), inner, app);
        return;
    }
    let cursor = app.charts.year(ID);
    let plot = Plot {
        g: &g,
        scale,
        theme,
        series: s,
    };
    let buf = frame.buffer_mut();
    plot.render_scale(buf);
    plot.render_gaps(buf);
    plot.render_line(buf, focused.then_some(cursor));
    let marked = if focused {
        Some((cursor, theme.selection))
    } else {
        app.linked_year().map(|y| (y, theme.linked))
    };
    render_year_labels(buf, g.labels_row, &g.axis, marked, theme);
    let lines = words::detail_lines(app, &s, cursor, units_agree(app, view));
    for (k, (text, style)) in lines.iter().enumerate().take(usize::from(g.details.height)) {
        let text =
            crate::text::fit::truncate(text, usize::from(g.details.width), theme.symbols.ellipsis);
        let y = g.details.y + k as u16;
        put(buf, g.details.x, y, &text, g.details.width, *style);
    }
}
