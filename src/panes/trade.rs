//! Trade: one line (or row of points) per declared series, each figure placed over the
//! months it covers, with a cursor year whose figures, marks, notes and sources show below.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::Span;

use super::chart::{ChartGeometry, is_blank, nice_max, put, render_year_labels};
use super::trade_details::{Line, detail_lines, render_details};
use crate::action::{Action, PaneId};
use crate::app::charts::YearSpan;
use crate::app::{App, DatasetView};
use crate::data::TradePoint;
use crate::registry::Item;

/// The years the pane shows: the charts' range within the trade table's years.
/// The years the pane shows: the charts' range within the trade years of every dataset
/// shown, so compared pairs share one axis.
fn span(app: &App, _view: &DatasetView) -> Option<YearSpan> {
    app.trade_extent()?.intersect(app.charts.shown)
}

/// Columns for the value labels left of the plot (`250 `).
const SCALE_WIDTH: u16 = 4;

/// The chart and, below it, room for the cursor year's details: two lines, or zoomed, as
/// many as its full record takes (up to half the pane).
fn geometry(
    app: &App,
    view: &DatasetView,
    area: Rect,
    span: YearSpan,
) -> (ChartGeometry, Vec<Line>) {
    let width = super::inner(area).width;
    let lines = detail_lines(
        &view.data,
        &app.theme,
        app.charts.trade_cursor,
        width,
        app.zoomed,
    );
    let wanted = if app.zoomed { lines.len() as u16 } else { 2 };
    let g = ChartGeometry::with_details(area, span, SCALE_WIDTH, wanted);
    (g, lines)
}

/// How many lines of the cursor year's record the pane at `area` can scroll off.
pub fn overflow(app: &App, view: &DatasetView, area: Rect) -> u16 {
    let Some(span) = span(app, view) else {
        return 0;
    };
    let (g, lines) = geometry(app, view, area, span);
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
    let mut legend = vec![Span::styled("USD bn", theme.muted)];
    for (i, series) in data.manifest.trade_series.iter().enumerate() {
        if data.derived.trade[i]
            .iter()
            .any(|p| p.value_usd_bn.is_some())
        {
            legend.push(Span::styled(
                format!("{} {}", theme.glyphs.point(i), series.label),
                theme.series_style(i),
            ));
        }
    }
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
    let (g, lines) = geometry(app, view, area, span);
    if g.plot.height < 2 || g.plot.width < 4 {
        return;
    }
    // One scale for every dataset shown, so compared pairs read against each other.
    let top = nice_max(
        app.shown_views()
            .into_iter()
            .flat_map(|i| app.views[i].data.derived.trade.iter().flatten())
            .filter(|p| span.contains(p.year()))
            .filter_map(|p| p.value_usd_bn)
            .fold(0.0, f64::max),
    );
    let chart = Chart { g, app, view, top };
    let buf = frame.buffer_mut();
    chart.render_scale(buf);
    let main = data.derived.main_series;
    let cursor = app.charts.trade_cursor;
    let others = (0..data.derived.trade.len()).filter(|&i| i != main);
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

/// One frame of the chart: where it is, what it shows, and its scale.
struct Chart<'a> {
    g: ChartGeometry,
    app: &'a App,
    view: &'a DatasetView,
    /// The value at the top of the plot, USD bn.
    top: f64,
}

impl Chart<'_> {
    fn series(&self, index: usize) -> impl Iterator<Item = &TradePoint> {
        let span = self.g.axis.span;
        self.view.data.derived.trade[index]
            .iter()
            .filter(move |p| span.contains(p.year()))
    }

    /// The column a point sits in: the middle of the months it covers.
    fn x(&self, p: &TradePoint) -> u16 {
        self.g.axis.x_at(p.period.middle())
    }

    fn baseline(&self) -> u16 {
        self.g.plot.y + self.g.plot.height - 1
    }

    fn row_of(&self, value: f64) -> u16 {
        let h = f64::from(self.g.plot.height - 1);
        self.baseline() - ((value / self.top) * h).round().clamp(0.0, h) as u16
    }

    fn render_scale(&self, buf: &mut Buffer) {
        let (g, theme, top) = (&self.g, &self.app.theme, self.top);
        let w = g.scale_width.saturating_sub(1);
        let x = g.plot.x - g.scale_width;
        let label = |v: f64| {
            if top < 10.0 {
                format!("{v:>3.1}")
            } else {
                format!("{v:>3.0}")
            }
        };
        put(buf, x, g.plot.y, &label(top), w, theme.muted);
        if g.plot.height >= 5 {
            put(
                buf,
                x,
                self.row_of(top / 2.0),
                &label(top / 2.0),
                w,
                theme.muted,
            );
        }
        put(buf, x, self.baseline(), "  0", w, theme.muted);
    }

    fn render_points(&self, buf: &mut Buffer, index: usize) {
        let theme = &self.app.theme;
        for p in self.series(index) {
            if let Some(v) = p.value_usd_bn {
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
            let (Some(va), Some(vb)) = (a.value_usd_bn, b.value_usd_bn) else {
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

    /// A `?` on the baseline for a gap, not a zero: every period of the main series without
    /// a figure, and every row of another series that records one as missing (its note
    /// says why, and the cursor's details show it).
    fn render_gaps(&self, buf: &mut Buffer) {
        let derived = &self.view.data.derived;
        for index in 0..derived.trade.len() {
            let main = index == derived.main_series;
            for p in self.series(index) {
                if p.value_usd_bn.is_none() && (main || p.row.is_some()) {
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

    /// Bars in eighths of a cell (whole cells in ASCII); the cursor's bar in reverse video.
    fn render_bars(&self, buf: &mut Buffer, index: usize, cursor: Option<i32>) {
        let (g, theme) = (&self.g, &self.app.theme);
        for p in self.series(index) {
            let Some(v) = p.value_usd_bn else {
                continue;
            };
            let (a, b) = g.axis.slot(p.year());
            let (a, b) = if b > a + 1 { (a, b - 1) } else { (a, b) };
            let mut style = theme.series_style(index);
            if cursor == Some(p.year()) {
                style = style.add_modifier(Modifier::REVERSED);
            }
            let eighths = ((v / self.top) * f64::from(g.plot.height) * 8.0).round() as u32;
            let (full, part) = ((eighths / 8) as u16, (eighths % 8) as usize);
            for x in a..=b {
                for k in 0..full.min(g.plot.height) {
                    put(buf, x, self.baseline() - k, theme.bar_full[0], 1, style);
                }
                if part > 0 && full < g.plot.height && theme.bar_eighths[part] != " " {
                    put(
                        buf,
                        x,
                        self.baseline() - full,
                        theme.bar_eighths[part],
                        1,
                        style,
                    );
                }
            }
        }
    }
}
