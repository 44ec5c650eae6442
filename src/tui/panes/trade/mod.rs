//! Trade: one line (or row of points) per declared series, each figure placed over the
//! months it covers, with a cursor year whose figures, marks, notes and sources show below.
//! The chart shows each series' total, or the exports, imports or balance of the series that
//! give them (the legend says which; the others keep their total and say so).

mod details;
mod scale;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::Span;

use super::chart::{ChartGeometry, is_blank, put, render_year_labels};
use crate::data::{Derived, Period, TradePoint, series_flow};
use crate::tui::app::charts::{TradeFlow, YearSpan};
use crate::tui::app::{App, DatasetView};
use crate::tui::input::action::{Action, PaneId};
use crate::tui::panes::registry::Item;
use details::{Line, detail_lines, render_details};
use scale::{Scale, label};

/// The years the pane shows: the charts' range within the trade table's years.
/// The years the pane shows: the charts' range within the trade years of every dataset
/// shown, so compared pairs share one axis.
fn span(app: &App, _view: &DatasetView) -> Option<YearSpan> {
    app.trade_extent()?.intersect(app.charts.shown)
}

/// The months a period covers, counted since January of year 0: its first and last.
fn months(period: Period) -> (i32, i32) {
    let (end_year, end_month) = period.end();
    (
        period.start_year() * 12 + i32::from(period.start_month()) - 1,
        end_year * 12 + i32::from(end_month) - 1,
    )
}

/// Every period the chart draws (a figure or a gap) of every dataset shown, with its
/// figure as drawn: compared pairs share one scale and one axis.
fn drawn_periods(app: &App, span: YearSpan) -> Vec<(Period, Option<f64>)> {
    let flow = app.charts.flow;
    let mut out = Vec::new();
    for v in app.shown_views() {
        let derived = &app.views[v].data.derived;
        for (i, points) in derived.trade.iter().enumerate() {
            let shown = points
                .iter()
                .filter(|p| span.contains(p.year()) && is_drawn(flow, derived, i));
            out.extend(shown.map(|p| (p.period, drawn(flow, derived, i, p))));
        }
    }
    out
}

/// The chart, its scale and, below it, room for the cursor year's details: two lines, or
/// zoomed, as many as its full record takes (up to half the pane). The value labels take
/// as many columns as the widest needs; the year axis holds every month of every period
/// drawn, so a fiscal year that ends after the last calendar year still sits over its own
/// months.
fn geometry(
    app: &App,
    view: &DatasetView,
    area: Rect,
    span: YearSpan,
) -> (ChartGeometry, Vec<Line>, Scale) {
    let width = super::inner(area).width;
    let lines = detail_lines(
        &view.data,
        &app.theme,
        (app.charts.trade_cursor, app.charts.flow),
        width,
        app.zoomed,
    );
    let wanted = if app.zoomed { lines.len() as u16 } else { 2 };
    let periods = drawn_periods(app, span);
    let values: Vec<f64> = periods.iter().filter_map(|(_, v)| *v).collect();
    let scale = Scale::holding(&values);
    let mut g = ChartGeometry::with_details(area, span, scale.gutter(), wanted);
    for (period, _) in &periods {
        let (first, last) = months(*period);
        g.axis = g.axis.holding(first, last);
    }
    (g, lines, scale)
}

/// How many lines of the cursor year's record the pane at `area` can scroll off.
pub fn overflow(app: &App, view: &DatasetView, area: Rect) -> u16 {
    let Some(span) = span(app, view) else {
        return 0;
    };
    let (g, lines, _) = geometry(app, view, area, span);
    // The figures' line stays; the rest scrolls.
    (lines.len() as u16).saturating_sub(g.details.height)
}

/// The year under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let year = geometry(app, view, area, span(app, view)?).0.year_at(at);
    year.map(Item::Year)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
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
    let mut legend = vec![Span::styled(unit, theme.muted)];
    // The series left out of a chart of flows come after those drawn, so a narrow title
    // still shows whose flows are drawn.
    let mut left_out = Vec::new();
    for (i, series) in data.manifest.trade_series.iter().enumerate() {
        let label = format!("{} {}", theme.glyphs.point(i), series.label);
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
            let label = named.map_or(label, |n| format!("{} {n}", theme.glyphs.point(i)));
            legend.push(Span::styled(label, theme.series_style(i)));
        }
    }
    legend.extend(left_out);
    legend.push(Span::styled(
        if app.charts.bars { "bars" } else { "line" },
        theme.muted,
    ));
    frame.render_widget(
        super::block_of(app, Some(view), PaneId::TRADE, focused, legend),
        area,
    );
    let inner = super::inner(area);
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
    let cursor = app.charts.trade_cursor;
    let others = (0..derived.trade.len()).filter(|&i| i != main && is_drawn(flow, derived, i));
    // Gaps first: every other mark is drawn over them, so a `?` never hides a figure.
    chart.render_gaps(buf);
    if app.charts.bars {
        chart.render_bars(buf, main, focused.then_some(cursor));
        for s in others {
            chart.render_points(buf, s);
        }
    } else {
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
        .details_scroll_at(PaneId::TRADE.0, cursor)
        .min((lines.len() as u16).saturating_sub(g.details.height));
    // The keys that scroll it, from the key table.
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let scroll_keys = format!("{}/{}", key(Action::Down), key(Action::Up));
    render_details(buf, g.details, &lines, (scroll, &scroll_keys), theme);
}

/// Whether series `index` is on the chart of `flow`: always for the total; for a flow, if
/// it gives flows, or if no series does (each then shows its total, and the legend says
/// flows are not available). A series without flows among series with them is left out:
/// its total would set the scale of a chart of exports, imports or balances.
fn is_drawn(flow: TradeFlow, derived: &Derived, index: usize) -> bool {
    flow == TradeFlow::Total || derived.has_flows(index) || !derived.any_flows()
}

/// A point's figure as the chart draws it, `None` for a gap or a series left out.
fn drawn(flow: TradeFlow, derived: &Derived, index: usize, p: &TradePoint) -> Option<f64> {
    if !is_drawn(flow, derived, index) {
        return None;
    }
    flow.value(p, derived.has_flows(index))
}

/// One frame of the chart: where it is, what it shows, and its scale.
struct Chart<'a> {
    g: ChartGeometry,
    app: &'a App,
    view: &'a DatasetView,
    /// The value at the top of the plot, USD bn.
    top: f64,
    /// The value at the bottom: 0, or below for a negative balance.
    bottom: f64,
}

impl Chart<'_> {
    fn series(&self, index: usize) -> impl Iterator<Item = &TradePoint> {
        let span = self.g.axis.span;
        self.view.data.derived.trade[index]
            .iter()
            .filter(move |p| span.contains(p.year()))
    }

    /// A point's figure as the chart shows it now.
    fn value(&self, index: usize, p: &TradePoint) -> Option<f64> {
        drawn(self.app.charts.flow, &self.view.data.derived, index, p)
    }

    /// The column a point sits in: the middle of the months it covers.
    fn x(&self, p: &TradePoint) -> u16 {
        let (first, last) = months(p.period);
        self.g.axis.x_months(first, last)
    }

    fn baseline(&self) -> u16 {
        self.g.plot.y + self.g.plot.height - 1
    }

    fn row_of(&self, value: f64) -> u16 {
        let h = f64::from(self.g.plot.height - 1);
        let above = (value - self.bottom) / (self.top - self.bottom);
        self.baseline() - (above * h).round().clamp(0.0, h) as u16
    }

    /// The value labels, right-aligned in the gutter left of the plot, each on the row of
    /// its value.
    fn render_scale(&self, buf: &mut Buffer) {
        let (g, theme) = (&self.g, &self.app.theme);
        let w = g.scale_width.saturating_sub(1);
        let x = g.plot.x - g.scale_width;
        let scale = Scale {
            top: self.top,
            bottom: self.bottom,
        };
        for value in scale.ticks(g.plot.height) {
            let text = format!("{:>width$}", label(value), width = usize::from(w));
            put(buf, x, self.row_of(value), &text, w, theme.muted);
        }
    }

    fn render_points(&self, buf: &mut Buffer, index: usize) {
        let theme = &self.app.theme;
        for p in self.series(index) {
            if let Some(v) = self.value(index, p) {
                let (x, y) = (self.x(p), self.row_of(v));
                put(
                    buf,
                    x,
                    y,
                    theme.glyphs.point(index),
                    1,
                    theme.series_style(index),
                );
            }
        }
    }

    /// Dots between neighbouring periods that both have figures; a gap breaks the line.
    fn render_links(&self, buf: &mut Buffer, index: usize) {
        let theme = &self.app.theme;
        let points: Vec<&TradePoint> = self.series(index).collect();
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (Some(va), Some(vb)) = (self.value(index, a), self.value(index, b)) else {
                continue;
            };
            let (xa, xb) = (self.x(a), self.x(b));
            for x in xa + 1..xb {
                let t = f64::from(x - xa) / f64::from(xb - xa);
                let y = self.row_of(va + (vb - va) * t);
                if is_blank(buf, x, y) {
                    put(buf, x, y, theme.glyphs.link, 1, theme.series_style(index));
                }
            }
        }
    }

    /// A `?` on the baseline for a gap, not a zero, in every series drawn: each period of a
    /// series, from its first to its last, without a figure; in a series of statements,
    /// which no one expects every year, each row that records a figure as missing (its
    /// note says why, and the cursor's details show it).
    fn render_gaps(&self, buf: &mut Buffer) {
        let data = &self.view.data;
        let flow = self.app.charts.flow;
        let derived = &data.derived;
        for index in (0..derived.trade.len()).filter(|&i| is_drawn(flow, derived, i)) {
            let continuous = data.manifest.trade_series[index].is_continuous();
            for p in self.series(index) {
                if self.value(index, p).is_none() && (continuous || p.row.is_some()) {
                    put(
                        buf,
                        self.x(p),
                        self.baseline(),
                        "?",
                        1,
                        self.app.theme.muted,
                    );
                }
            }
        }
    }

    /// Bars in eighths of a cell (whole cells in ASCII) up from zero; a negative balance
    /// fills whole cells down from zero. The cursor's bar in reverse video.
    fn render_bars(&self, buf: &mut Buffer, index: usize, cursor: Option<i32>) {
        let (g, theme) = (&self.g, &self.app.theme);
        for p in self.series(index) {
            let Some(v) = self.value(index, p) else {
                continue;
            };
            // Over the months it covers. Neighbours may share the column their boundary
            // falls in: where there is room, a bar leaves its end columns, so a blank one
            // parts it from the next; else it keeps its first column alone.
            let (first, last) = months(p.period);
            let (a, b) = g.axis.columns(first, last);
            let (a, b) = if b >= a + 2 { (a + 1, b - 1) } else { (a, a) };
            let mut style = theme.series_style(index);
            if cursor == Some(p.year()) {
                style = style.add_modifier(Modifier::REVERSED);
            }
            if v < 0.0 {
                let (zero, end) = (self.row_of(0.0), self.row_of(v));
                for x in a..=b {
                    for y in zero + 1..=end {
                        put(buf, x, y, theme.bar_full[0], 1, style);
                    }
                }
                continue;
            }
            // Rows from the zero line up, in eighths.
            let zero = self.row_of(0.0);
            let room = zero - g.plot.y + 1;
            let eighths = ((v / self.top) * f64::from(room) * 8.0).round() as u32;
            let (full, part) = ((eighths / 8) as u16, (eighths % 8) as usize);
            for x in a..=b {
                for k in 0..full.min(room) {
                    put(buf, x, zero - k, theme.bar_full[0], 1, style);
                }
                if part > 0 && full < room && theme.bar_eighths[part] != " " {
                    put(buf, x, zero - full, theme.bar_eighths[part], 1, style);
                }
            }
        }
    }
}
