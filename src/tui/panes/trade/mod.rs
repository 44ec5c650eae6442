//! Trade: one line (or row of points) per declared series, each figure placed over the
//! months it covers, with a cursor year whose figures, marks, notes and sources show below.
//! The chart shows each series' total, or the exports, imports or balance of the series that
//! give them (the legend says which; the others keep their total and say so).

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("trade");

mod words;

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::TradeYear(at.year())
}

mod details;
mod plot;
mod scale;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::chart::{ChartGeometry, is_blank, put, render_year_labels};
use super::shared::title::{self, Part};
use crate::data::{Period, series_flow};
use crate::text::fit;
use crate::text::palette;
use crate::tui::app::charts::{TradeFlow, YearSpan};
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};
use crate::tui::input::action::Action;
use crate::tui::panes::drawing::Room;
use crate::tui::theme::{SERIES_STYLES, Theme};
use details::{Line, detail_lines, render_details};
use plot::{Chart, drawn, is_drawn, months};
use scale::Scale;

/// The years the pane shows: the charts' range within the trade table's years.
/// The years the pane shows: the charts' range within the trade years of every dataset
/// shown, so compared pairs share one axis.
fn span(app: &App, _view: &DatasetView) -> Option<YearSpan> {
    app.extent_of(ID)?.intersect(app.charts.shown)
}

/// Every period the chart draws (a figure or a gap) of every dataset shown, with its
/// figure as drawn: compared pairs share one scale and one axis.
fn drawn_periods(app: &App, span: YearSpan, views: &[usize]) -> Vec<(Period, Option<f64>)> {
    let flow = app.charts.flow;
    let mut out = Vec::new();
    for &v in views {
        let derived = &app.views[v].data.derived;
        // Figures for part of a year count too: the scale holds them, the axis their months.
        let all = derived.trade.iter().zip(&derived.partial).enumerate();
        for (i, (years, parts)) in all {
            let shown = years
                .iter()
                .chain(parts)
                .filter(|p| span.contains(p.year()) && is_drawn(flow, derived, i));
            out.extend(shown.map(|p| (p.period, drawn(flow, derived, i, p))));
        }
    }
    out
}

/// The chart, its scale and, below it, room for the cursor year's details: two lines, or
/// zoomed, as many as the longest year's record takes (up to half the pane). The value
/// labels take as many columns as the widest needs; the year axis holds every month of
/// every period drawn, so a fiscal year that ends after the last calendar year still sits
/// over its own months.
fn geometry(
    app: &App,
    view: &DatasetView,
    area: Rect,
    span: YearSpan,
) -> (ChartGeometry, Vec<Line>, Scale) {
    let area = chart_area(app, view, area);
    let width = super::inner(area).width;
    let lines = detail_lines(
        &view.data,
        &app.theme,
        (app.charts.year(ID), app.charts.flow),
        width,
        app.zoomed,
    );
    // Zoomed, the longest record of any year shown sets the frame, so the chart holds
    // still as the cursor moves: a shorter record leaves lines blank, a longer one (past
    // half the pane) scrolls.
    let wanted = if app.zoomed {
        let longest = (span.first..=span.last)
            .map(|year| {
                let at = (year, app.charts.flow);
                detail_lines(&view.data, &app.theme, at, width, true).len()
            })
            .max()
            .unwrap_or(0);
        longest.max(lines.len()) as u16
    } else {
        2
    };
    let periods = drawn_periods(app, span, &app.shown_views());
    // Compared on their own scales, each pair's figures set its scale; the axis is shared.
    let scaled = super::shared::chart::scale_views(app, view);
    let values: Vec<f64> = drawn_periods(app, span, &scaled)
        .iter()
        .filter_map(|(_, v)| *v)
        .collect();
    let scale = Scale::holding(&values);
    let mut g = ChartGeometry::with_details(area, span, scale.gutter(), wanted);
    for (period, _) in &periods {
        let (first, last) = months(*period);
        g.axis = g.axis.holding(first, last);
    }
    (g, lines, scale)
}

/// The legend's mark of series `index`: its glyph, numbered where an earlier series has
/// the same (`◆2` for the ninth series, which shares the first's glyph and colour).
fn mark(theme: &Theme, index: usize) -> String {
    match palette::reused(index) {
        0 => theme.glyphs.point(index).to_string(),
        n => format!("{}{}", theme.glyphs.point(index), n + 1),
    }
}

/// How many lines of the cursor year's record the pane at `area` can scroll off.
pub fn overflow(app: &App, view: &DatasetView, area: Rect) -> Room {
    let Some(span) = span(app, view) else {
        return Room::default();
    };
    let (g, lines, _) = geometry(app, view, area, span);
    // The figures' line stays; the rest scrolls.
    Room::rows((lines.len() as u16).saturating_sub(g.details.height))
}

/// The year under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let year = geometry(app, view, area, span(app, view)?).0.year_at(at);
    year.map(Item::Year)
}

/// The title's unit and chart kind, and between them the legend of the series drawn.
struct Legend {
    unit: Span<'static>,
    series: Vec<Span<'static>>,
    kind: Span<'static>,
}

impl Legend {
    /// Whether the series' legend goes on its own line inside the pane, the title of a pane
    /// `width` wide being too narrow for it.
    fn on_own_line(&self, app: &App, view: &DatasetView, width: u16) -> bool {
        let parts = std::iter::once(&self.unit)
            .chain(&self.series)
            .chain(std::iter::once(&self.kind));
        let wanted: usize = parts.map(|s| 1 + fit::width(&s.content)).sum();
        !self.series.is_empty() && wanted > title::room(app, Some(view), ID, width)
    }
}

fn legend(app: &App, view: &DatasetView) -> Legend {
    let theme = &app.theme;
    let data = &view.data;
    let flow = app.charts.flow;
    let derived = &data.derived;
    // Showing flows, each series' entry says whose flow it is.
    let unit = if flow != TradeFlow::Total && !derived.any_flows() {
        "flows n/a: total USD bn"
    } else {
        "USD bn"
    };
    let unit = match super::shared::chart::scale_label(app) {
        Some(scale) => format!("{unit}, {scale}"),
        None => unit.to_string(),
    };
    let unit = Span::styled(unit, theme.muted);
    let mut legend = Vec::new();
    // The series left out of a chart of flows come after those drawn, so a narrow title
    // still shows whose flows are drawn.
    let mut left_out = Vec::new();
    for (i, series) in data.manifest.trade_series.iter().enumerate() {
        let glyph = mark(theme, i);
        let label = format!("{glyph} {}", series.label);
        let has_figures = derived.trade[i].iter().any(|p| p.value_usd_bn.is_some());
        if !is_drawn(flow, derived, i) && has_figures {
            // Its total is left out of a chart of flows, and the legend says why.
            left_out.push(Span::styled(format!("{label} no flows"), theme.muted));
        } else if is_drawn(flow, derived, i)
            && derived.trade[i]
                .iter()
                .any(|p| drawn(flow, derived, i, p).is_some())
        {
            // A flow says whose it is: `● CHN exports to RUS`.
            let named = flow.flow().filter(|_| derived.has_flows(i));
            let named = named.map(|f| series_flow(&data.manifest, i, f));
            let label = named.map_or(label, |n| format!("{glyph} {n}"));
            legend.push(Span::styled(label, theme.series_style(i)));
        }
    }
    legend.extend(left_out);
    if data.manifest.trade_series.len() > SERIES_STYLES {
        // Past eight series the marks repeat: each repeat is numbered, and said so.
        let text = format!("marks repeat past {SERIES_STYLES} series");
        legend.push(Span::styled(text, theme.warning));
    }
    let kind = Span::styled(if app.charts.bars { "bars" } else { "line" }, theme.muted);
    Legend {
        unit,
        series: legend,
        kind,
    }
}

/// The series' legend in lines of at most `width` columns, each entry whole where it fits,
/// at most two lines, the last entry cut with `ellipsis` past them.
fn legend_lines(series: &[Span<'static>], width: u16, ellipsis: &str) -> Vec<Vec<Span<'static>>> {
    let width = usize::from(width);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for span in series {
        let w = fit::width(&span.content);
        let gap = usize::from(used > 0);
        if used > 0 && used + gap + w > width && lines.len() < 2 {
            lines.push(Vec::new());
            used = 0;
        }
        let gap = usize::from(used > 0);
        let room = width.saturating_sub(used + gap);
        if room == 0 {
            break;
        }
        let text = fit::truncate(&span.content, room, ellipsis);
        used += gap + fit::width(&text);
        if let Some(line) = lines.last_mut() {
            line.push(Span::styled(text, span.style));
        }
    }
    lines
}

/// The lines the series' legend takes inside a pane at `area` (none where the title holds
/// it).
fn legend_height(app: &App, view: &DatasetView, area: Rect) -> u16 {
    let shown = legend(app, view);
    if !shown.on_own_line(app, view, area.width) {
        return 0;
    }
    let width = super::inner(area).width;
    legend_lines(&shown.series, width, app.theme.symbols.ellipsis).len() as u16
}

/// The pane's area less the lines the series' legend takes inside it, where the title
/// cannot hold the legend.
fn chart_area(app: &App, view: &DatasetView, area: Rect) -> Rect {
    let taken = legend_height(app, view, area).min(area.height);
    Rect {
        y: area.y + taken,
        height: area.height - taken,
        ..area
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let data = &view.data;
    let derived = &data.derived;
    let flow = app.charts.flow;
    let shown = legend(app, view);
    let own_line = shown.on_own_line(app, view, area.width);
    let Legend { unit, series, kind } = shown;
    let title = if own_line {
        // The unit and scale stay; a narrow title gives the chart's kind up first.
        let room = title::room(app, Some(view), ID, area.width);
        let parts = vec![Part::keep(unit), Part::drop(kind)];
        title::fit(parts, room, theme.symbols.ellipsis)
    } else {
        std::iter::once(unit)
            .chain(series.iter().cloned())
            .chain(std::iter::once(kind))
            .collect()
    };
    frame.render_widget(super::block_of(app, Some(view), ID, focused, title), area);
    let inner = super::inner(area);
    if own_line {
        // The series' legend on the pane's first lines, each entry whole where it fits.
        let lines = legend_lines(&series, inner.width, theme.symbols.ellipsis);
        for (y, line) in (inner.y..inner.y + inner.height).zip(lines) {
            let mut x = inner.x;
            for span in line {
                let w = fit::width(&span.content) as u16;
                put(frame.buffer_mut(), x, y, &span.content, w, span.style);
                x += w + 1;
            }
        }
    }
    let inner = super::inner(chart_area(app, view, area));
    let Some(span) = span(app, view) else {
        put(
            frame.buffer_mut(),
            inner.x,
            inner.y,
            "No trade figures.",
            inner.width,
            theme.muted,
        );
        return;
    };
    let (g, lines, scale) = geometry(app, view, area, span);
    if g.plot.height < 2 || g.plot.width < 4 {
        super::shared::chart::render_too_small(frame.buffer_mut(), inner, app);
        return;
    }
    let chart = Chart {
        g,
        app,
        view,
        top: scale.top,
        bottom: scale.bottom,
    };
    let buf = frame.buffer_mut();
    chart.render_scale(buf);
    // The main series, or in a chart of flows that leaves it out, the first series drawn.
    let main = Some(derived.main_series)
        .filter(|&m| is_drawn(flow, derived, m))
        .or_else(|| (0..derived.trade.len()).find(|&i| is_drawn(flow, derived, i)))
        .unwrap_or(derived.main_series);
    let cursor = app.charts.year(ID);
    let others = (0..derived.trade.len()).filter(|&i| i != main && is_drawn(flow, derived, i));
    // Gaps first: every other mark is drawn over them, so a `?` never hides a figure.
    chart.render_gaps(buf);
    // Part-year figures over the bars but under the points and lines of years: a point of a
    // year sits on a span, never under it.
    let partials = (0..derived.trade.len()).filter(|&i| is_drawn(flow, derived, i));
    if app.charts.bars {
        chart.render_bars(buf, main, focused.then_some(cursor));
        partials.for_each(|s| chart.render_partials(buf, s));
        for s in others {
            chart.render_points(buf, s);
        }
    } else {
        partials.for_each(|s| chart.render_partials(buf, s));
        for s in others.clone().chain([main]) {
            if data.manifest.trade_series[s].is_continuous() {
                chart.render_links(buf, s);
            }
        }
        // The sparser series go on top: where two share a cell, the main line shows around
        // it, and the cursor's details give every value.
        for s in [main].into_iter().chain(others) {
            chart.render_points(buf, s);
        }
    }
    let g = &chart.g;
    if span.contains(cursor) {
        let x = g.axis.x(cursor);
        for y in g.plot.y..g.plot.y + g.plot.height {
            if is_blank(buf, x, y) {
                put(buf, x, y, theme.cursor_line, 1, theme.muted);
            }
        }
    }
    let label_style = if focused {
        theme.selection
    } else {
        theme.linked
    };
    let marked = if focused {
        Some(cursor)
    } else {
        app.linked_year()
    };
    render_year_labels(
        buf,
        g.labels_row,
        &g.axis,
        marked.map(|y| (y, label_style)),
        theme,
    );
    let scroll = app
        .charts
        .details_scroll_at(ID.0, cursor)
        .min((lines.len() as u16).saturating_sub(g.details.height));
    // The keys that scroll it, from the key table.
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let scroll_keys = format!("{}/{}", key(Action::Down), key(Action::Up));
    render_details(buf, g.details, &lines, (scroll, &scroll_keys), theme);
}
