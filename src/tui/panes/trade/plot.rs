//! The trade chart's plot: each series' figures as points, links, bars or part-year spans,
//! its gaps and its value labels, over the months each figure covers.

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use super::scale::{Scale, label};
use crate::data::{Derived, Period, TradePoint};
use crate::tui::app::App;
use crate::tui::app::DatasetView;
use crate::tui::app::charts::TradeFlow;
use crate::tui::panes::shared::chart::{ChartGeometry, is_blank, put};

/// The months a period covers, counted since January of year 0: its first and last.
pub(super) fn months(period: Period) -> (i32, i32) {
    let (end_year, end_month) = period.end();
    (
        period.start_year() * 12 + i32::from(period.start_month()) - 1,
        end_year * 12 + i32::from(end_month) - 1,
    )
}

/// Whether series `index` is on the chart of `flow`: always for the total; for a flow, if
/// it gives flows, or if no series does (each then shows its total, and the legend says
/// flows are not available). A series without flows among series with them is left out:
/// its total would set the scale of a chart of exports, imports or balances.
pub(super) fn is_drawn(flow: TradeFlow, derived: &Derived, index: usize) -> bool {
    flow == TradeFlow::Total || derived.has_flows(index) || !derived.any_flows()
}

/// A point's figure as the chart draws it, `None` for a gap or a series left out.
pub(super) fn drawn(
    flow: TradeFlow,
    derived: &Derived,
    index: usize,
    p: &TradePoint,
) -> Option<f64> {
    if !is_drawn(flow, derived, index) {
        return None;
    }
    flow.value(p, derived.has_flows(index))
}

/// One frame of the chart: where it is, what it shows, and its scale.
pub(super) struct Chart<'a> {
    pub(super) g: ChartGeometry,
    pub(super) app: &'a App,
    pub(super) view: &'a DatasetView,
    /// The value at the top of the plot, USD bn.
    pub(super) top: f64,
    /// The value at the bottom: 0, or below for a negative balance.
    pub(super) bottom: f64,
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
    pub(super) fn render_scale(&self, buf: &mut Buffer) {
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

    pub(super) fn render_points(&self, buf: &mut Buffer, index: usize) {
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
                self.mark_bound(buf, index, p, (x, y));
            }
        }
    }

    /// A series' figures for part of a year (`2022-H1`), each alone: its glyph underlined at
    /// the middle of its months, on its value's row, with a span (`─`) across the rest of
    /// its months' columns where they are blank. Never joined to the line of years, and
    /// drawn as a point in the bars view too: part of a year is no bar beside a year's.
    pub(super) fn render_partials(&self, buf: &mut Buffer, index: usize) {
        let theme = &self.app.theme;
        let span = self.g.axis.span;
        let style = theme.series_style(index);
        let partial = &self.view.data.derived.partial;
        let points = partial.get(index).into_iter().flatten();
        for p in points.filter(|p| span.contains(p.year())) {
            let Some(v) = self.value(index, p) else {
                continue;
            };
            let (first, last) = months(p.period);
            let (a, b) = self.g.axis.columns(first, last);
            let (x, y) = (self.x(p), self.row_of(v));
            for c in a..=b {
                if c != x && is_blank(buf, c, y) {
                    put(buf, c, y, theme.part_span, 1, style);
                }
            }
            let glyph = theme.glyphs.point(index);
            put(
                buf,
                x,
                y,
                glyph,
                1,
                style.add_modifier(Modifier::UNDERLINED),
            );
            self.mark_bound(buf, index, p, (x, y));
        }
    }

    /// `↑` (`^`) on the row above a figure that is a lower bound (`>2.17`), where that
    /// cell is blank: the point sits at the bound, and the amount is at least that.
    fn mark_bound(&self, buf: &mut Buffer, index: usize, p: &TradePoint, (x, y): (u16, u16)) {
        let derived = &self.view.data.derived;
        let figure = self.app.charts.flow.figure(p, derived.has_flows(index));
        if figure.is_some_and(|f| f.is_lower_bound())
            && y > self.g.plot.y
            && is_blank(buf, x, y - 1)
        {
            let theme = &self.app.theme;
            put(
                buf,
                x,
                y - 1,
                theme.lower_bound,
                1,
                theme.series_style(index),
            );
        }
    }

    /// Dots between neighbouring periods that both have figures; a gap breaks the line.
    pub(super) fn render_links(&self, buf: &mut Buffer, index: usize) {
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
    pub(super) fn render_gaps(&self, buf: &mut Buffer) {
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
    pub(super) fn render_bars(&self, buf: &mut Buffer, index: usize, cursor: Option<i32>) {
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
