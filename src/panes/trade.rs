//! Trade: yearly trade as a line or bars, one series per reporting side, with a cursor year
//! whose value, change, reporter and source show below the chart.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use super::chart::{ChartGeometry, is_blank, nice_max, put, render_year_labels};
use crate::action::PaneId;
use crate::app::App;
use crate::app::charts::YearSpan;
use crate::data::{Quality, TradePoint};
use crate::fit::{self, percent};

/// The years the pane shows: the charts' range within the trade table's years.
fn span(app: &App) -> Option<YearSpan> {
    app.trade_extent()?.intersect(app.charts.shown)
}

/// Columns for the value labels left of the plot (`250 `).
const SCALE_WIDTH: u16 = 4;

pub fn year_at(app: &App, area: Rect, at: Position) -> Option<i32> {
    ChartGeometry::new(area, span(app)?, SCALE_WIDTH).year_at(at)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, focused: bool) {
    let theme = &app.theme;
    let manifest = &app.data.manifest;
    let mut legend = vec![Span::styled("USD bn", theme.muted)];
    for (i, country) in manifest.countries.iter().enumerate() {
        if app.data.derived.trade[i]
            .iter()
            .any(|p| p.value_usd_bn.is_some())
        {
            legend.push(Span::styled(
                format!("{} {}", theme.glyphs.point[i], country.code),
                theme.series[i],
            ));
        }
    }
    legend.push(Span::styled(
        if app.charts.bars { "bars" } else { "line" },
        theme.muted,
    ));
    frame.render_widget(super::block(app, PaneId::Trade, focused, legend), area);
    let inner = super::inner(area);
    let Some(span) = span(app) else {
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
    let g = ChartGeometry::new(area, span, SCALE_WIDTH);
    if g.plot.height < 2 || g.plot.width < 4 {
        return;
    }
    let top = nice_max(
        app.data
            .derived
            .trade
            .iter()
            .flatten()
            .filter(|p| span.contains(p.year))
            .filter_map(|p| p.value_usd_bn)
            .fold(0.0, f64::max),
    );
    let chart = Chart { g, app, top };
    let buf = frame.buffer_mut();
    chart.render_scale(buf);
    let main = app.data.derived.main_reporter;
    let other = 1 - main;
    let cursor = app.charts.trade_cursor;
    if app.charts.bars {
        chart.render_bars(buf, main, focused.then_some(cursor));
        chart.render_points(buf, other);
    } else {
        for s in [other, main] {
            chart.render_links(buf, s);
        }
        // The other side's few figures go on top: where both share a cell, the main line
        // shows around it, and the cursor's details give both values.
        for s in [main, other] {
            chart.render_points(buf, s);
        }
        chart.render_gaps(buf, main);
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
    render_details(buf, g.details, app, cursor);
}

/// One frame of the chart: where it is, what it shows, and its scale.
struct Chart<'a> {
    g: ChartGeometry,
    app: &'a App,
    /// The value at the top of the plot, USD bn.
    top: f64,
}

impl Chart<'_> {
    fn series(&self, index: usize) -> impl Iterator<Item = &TradePoint> {
        let span = self.g.axis.span;
        self.app.data.derived.trade[index]
            .iter()
            .filter(move |p| span.contains(p.year))
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
                let (x, y) = (self.g.axis.x(p.year), self.row_of(v));
                put(buf, x, y, theme.glyphs.point[index], 1, theme.series[index]);
            }
        }
    }

    /// Dots between neighbouring years that both have figures; a gap year breaks the line.
    fn render_links(&self, buf: &mut Buffer, index: usize) {
        let theme = &self.app.theme;
        let points: Vec<&TradePoint> = self.series(index).collect();
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (Some(va), Some(vb)) = (a.value_usd_bn, b.value_usd_bn) else {
                continue;
            };
            let (xa, xb) = (self.g.axis.x(a.year), self.g.axis.x(b.year));
            for x in xa + 1..xb {
                let t = f64::from(x - xa) / f64::from(xb - xa);
                let y = self.row_of(va + (vb - va) * t);
                put(buf, x, y, theme.glyphs.link[index], 1, theme.series[index]);
            }
        }
    }

    /// A `?` on the baseline where a series has no figure: a gap, not a zero.
    fn render_gaps(&self, buf: &mut Buffer, index: usize) {
        for p in self.series(index).filter(|p| p.value_usd_bn.is_none()) {
            let x = self.g.axis.x(p.year);
            put(buf, x, self.baseline(), "?", 1, self.app.theme.muted);
        }
    }

    /// Bars in eighths of a cell (whole cells in ASCII); the cursor's bar in reverse video.
    fn render_bars(&self, buf: &mut Buffer, index: usize, cursor: Option<i32>) {
        let (g, theme) = (&self.g, &self.app.theme);
        self.render_gaps(buf, index);
        for p in self.series(index) {
            let Some(v) = p.value_usd_bn else {
                continue;
            };
            let (a, b) = g.axis.slot(p.year);
            let (a, b) = if b > a + 1 { (a, b - 1) } else { (a, b) };
            let mut style = theme.series[index];
            if cursor == Some(p.year) {
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

/// The cursor year's figures from each side, then the source (or the note of a marked
/// figure) when there is room.
fn render_details(buf: &mut Buffer, area: Rect, app: &App, year: i32) {
    if area.height == 0 {
        return;
    }
    let theme = &app.theme;
    let data = &app.data;
    let e = theme.symbols.ellipsis;
    let mut x = area.x;
    let mut write = |buf: &mut Buffer, text: &str, style: Style| {
        let room = (area.x + area.width).saturating_sub(x);
        let text = fit::truncate(text, usize::from(room), e);
        put(buf, x, area.y, &text, room, style);
        x += fit::width(&text) as u16;
    };
    write(
        buf,
        &format!("{year} "),
        theme.base.add_modifier(Modifier::BOLD),
    );
    let mut source = None;
    for i in [data.derived.main_reporter, 1 - data.derived.main_reporter] {
        let point = data.derived.trade[i].iter().find(|p| p.year == year);
        let code = &data.manifest.countries[i].code;
        let row = point.and_then(|p| p.row).map(|r| &data.trade[r]);
        let text = match (
            point.and_then(|p| p.value_usd_bn),
            point.and_then(|p| p.yoy),
        ) {
            (Some(v), Some(yoy)) => format!(
                " {} {code} {v:.1} bn {}{} ",
                theme.glyphs.point[i],
                percent(yoy.pct),
                if yoy.reported { "" } else { " (calc.)" }
            ),
            (Some(v), None) => format!(" {} {code} {v:.1} bn ", theme.glyphs.point[i]),
            (None, _) if i == data.derived.main_reporter => {
                format!(" {} {code} no figure ", theme.glyphs.point[i])
            }
            (None, _) => continue,
        };
        write(buf, &text, theme.series[i]);
        if let Some(row) = row.filter(|r| r.quality != Quality::Firm) {
            write(buf, &format!("[{}] ", row.quality.label()), theme.warning);
        }
        if source.is_none() {
            source = row;
        }
    }
    if area.height >= 2
        && let Some(row) = source
    {
        let text = if row.note.is_empty() || row.quality == Quality::Firm {
            format!("Source: {}", row.citation.render(&data.manifest))
        } else {
            format!("Note: {}", row.note)
        };
        let text = fit::truncate(&theme.symbols.text(&text), usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.muted);
    }
}
