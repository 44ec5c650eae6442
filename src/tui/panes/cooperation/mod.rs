//! Cooperation: GDELT's monthly events between the pair, as a line (net cooperation, or
//! the mean Goldstein scale; `w` switches) over stacked bars of the four CAMEO quad
//! classes, on the charts' years. A month without events is a gap, not a zero.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("cooperation");

mod words;

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::CooperationMonth(at.month())
}

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Span;

use super::shared::chart::{ChartGeometry, put};
use crate::data::{CooperationMonth, Month, TableId};
use crate::tui::app::charts::YearSpan;
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};

/// Columns left of the plot for the line's scale (`+10`).
const SCALE_WIDTH: u16 = 3;

/// The years the pane shows: the charts' range within the years of the months of every
/// dataset shown; none for a dataset without the table.
fn span(app: &App, view: &DatasetView) -> Option<YearSpan> {
    if !view.data.has(TableId::Cooperation) {
        return None;
    }
    let years = app.shown_views().into_iter().flat_map(|i| {
        let c = &app.views[i].data.cooperation;
        [c.first(), c.last()]
            .into_iter()
            .flatten()
            .map(|m| m.month.year)
    });
    let extent = YearSpan {
        first: years.clone().min()?,
        last: years.max()?,
    };
    extent.intersect(app.charts.shown)
}

/// The line's value for a month: net cooperation (−1 … +1) or the mean Goldstein scale
/// (−10 … +10); `None` for a gap.
fn value(month: &CooperationMonth, goldstein: bool) -> Option<f64> {
    if goldstein {
        month.goldstein_mean.filter(|_| month.events > 0)
    } else {
        month.net_cooperation()
    }
}

/// The month's column: the months of the years shown shared out evenly over the plot, as
/// on the other charts.
fn column(g: &ChartGeometry, month: Month) -> u16 {
    let m = month.index() as i32;
    g.axis.x_months(m, m)
}

/// The month at the middle of a column of the plot.
fn month_at(g: &ChartGeometry, x: u16) -> Option<Month> {
    let at = g.axis.month_at(x)?;
    Some(Month {
        year: at.div_euclid(12),
        month: (at.rem_euclid(12) + 1) as u8,
    })
}

/// Each year's label at its January, the marked year first, then the others where they
/// fit without touching.
fn render_year_labels(
    buf: &mut Buffer,
    g: &ChartGeometry,
    marked: Option<(i32, Style)>,
    app: &App,
) {
    let theme = &app.theme;
    let span = g.axis.span;
    let mut taken: Vec<(u16, u16)> = Vec::new();
    let right = g.plot.x + g.plot.width;
    let mut place = |year: i32, style: Style| {
        let x = g.axis.slot(year).0;
        let end = x + 4;
        if end > right || taken.iter().any(|&(a, b)| x <= b && a <= end) {
            return;
        }
        taken.push((x, end));
        put(buf, x, g.labels_row, &year.to_string(), 4, style);
    };
    if let Some((year, style)) = marked.filter(|(y, _)| span.contains(*y)) {
        place(year, style);
    }
    for year in span.first..=span.last {
        place(year, theme.muted);
    }
}

/// The month under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let g = ChartGeometry::new(area, span(app, view)?, SCALE_WIDTH);
    let on_plot = at.y >= g.plot.y && at.y <= g.labels_row;
    on_plot
        .then(|| month_at(&g, at.x))
        .flatten()
        .map(Item::Month)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let goldstein = app.charts.goldstein;
    let measure = if goldstein { "Goldstein" } else { "net coop." };
    let mut legend = vec![Span::styled(
        format!("{} {measure}", theme.glyphs.point(0)),
        theme.series[0],
    )];
    for (q, name) in ["1", "2", "3", "4"].into_iter().enumerate() {
        legend.push(Span::styled(
            format!("{}{name}", theme.quad_fill[q]),
            theme.series[q],
        ));
    }
    if let Some(scale) = super::shared::chart::scale_label(app) {
        legend.push(Span::styled(scale, theme.muted));
    }
    frame.render_widget(
        super::block_of(
            app,
            Some(view),
            ID,
            focused,
            super::keyed(view, TableId::Cooperation, legend),
        ),
        area,
    );
    let Some(span) = span(app, view) else {
        let empty = (SCALE_WIDTH, "No months of GDELT events in the years shown.");
        let buf = frame.buffer_mut();
        super::render_nothing(buf, area, view, TableId::Cooperation, empty, theme.muted);
        return;
    };
    let g = ChartGeometry::new(area, span, SCALE_WIDTH);
    if g.plot.height < 3 || g.plot.width < 4 {
        super::shared::chart::render_too_small(frame.buffer_mut(), super::inner(area), app);
        return;
    }
    let months: Vec<&CooperationMonth> = view
        .data
        .cooperation
        .iter()
        .filter(|m| span.contains(m.month.year))
        .collect();
    let line_height = (g.plot.height / 2).clamp(3, g.plot.height - 1);
    let bars = Rect {
        y: g.plot.y + line_height,
        height: g.plot.height - line_height,
        ..g.plot
    };
    let buf = frame.buffer_mut();
    let cursor = app.charts.month(ID);
    if focused && span.contains(cursor.year) {
        let x = column(&g, cursor);
        for y in g.plot.y..g.plot.y + g.plot.height {
            put(buf, x, y, theme.cursor_line, 1, theme.selection);
        }
    }
    render_line(buf, &g, line_height, &months, app);
    render_bars(buf, &g, bars, &months, (app, view));
    let marked = if focused {
        Some((cursor.year, theme.selection))
    } else {
        app.linked_year().map(|y| (y, theme.linked))
    };
    render_year_labels(buf, &g, marked, app);
    render_details(buf, &g, app, view);
}

/// The line: a point per month with events, at its value on a scale from −limit to
/// +limit, with the zero line muted.
fn render_line(
    buf: &mut Buffer,
    g: &ChartGeometry,
    height: u16,
    months: &[&CooperationMonth],
    app: &App,
) {
    let theme = &app.theme;
    let goldstein = app.charts.goldstein;
    let limit = if goldstein { 10.0 } else { 1.0 };
    let row_of = |v: f64| {
        let share = ((limit - v) / (2.0 * limit)).clamp(0.0, 1.0);
        g.plot.y + (share * f64::from(height - 1)).round() as u16
    };
    let zero = row_of(0.0);
    for x in g.plot.x..g.plot.x + g.plot.width {
        put(buf, x, zero, theme.glyphs.link, 1, theme.muted);
    }
    let scale_x = g.plot.x - g.scale_width;
    let top = if goldstein { "+10" } else { "+1" };
    let bottom = if goldstein { "-10" } else { "-1" };
    put(buf, scale_x, g.plot.y, top, g.scale_width, theme.muted);
    put(buf, scale_x, zero, "0", g.scale_width, theme.muted);
    put(
        buf,
        scale_x,
        g.plot.y + height - 1,
        bottom,
        g.scale_width,
        theme.muted,
    );
    for m in months {
        if let Some(v) = value(m, goldstein) {
            let style = theme.series[0];
            put(
                buf,
                column(g, m.month),
                row_of(v),
                theme.glyphs.point(0),
                1,
                style,
            );
        }
    }
}

/// Stacked bars of the quad classes, cooperation at the bottom, scaled to the busiest
/// month of every dataset shown.
fn render_bars(
    buf: &mut Buffer,
    g: &ChartGeometry,
    area: Rect,
    months: &[&CooperationMonth],
    (app, view): (&App, &DatasetView),
) {
    let theme = &app.theme;
    let most = super::shared::chart::scale_views(app, view)
        .into_iter()
        .flat_map(|i| app.views[i].data.cooperation.iter())
        .map(|m| m.events)
        .max()
        .unwrap_or(0)
        .max(1);
    let cells = f64::from(area.height);
    for m in months.iter().filter(|m| m.events > 0) {
        let x = column(g, m.month);
        let mut below = 0u32;
        for (q, &count) in m.quad.iter().enumerate() {
            let from = (f64::from(below) / f64::from(most) * cells).round() as u16;
            below += count;
            let to = (f64::from(below) / f64::from(most) * cells).round() as u16;
            for level in from..to.min(area.height) {
                let y = area.y + area.height - 1 - level;
                put(buf, x, y, theme.quad_fill[q], 1, theme.series[q]);
            }
        }
    }
}

/// The cursor month (or the latest with events) in words, and where its figures come from.
fn render_details(buf: &mut Buffer, g: &ChartGeometry, app: &App, view: &DatasetView) {
    let theme = &app.theme;
    let rows = g.details;
    let (summary, source) = describe(app, view);
    put(
        buf,
        rows.x,
        rows.y,
        &theme.symbols.text(&summary),
        rows.width,
        theme.plain,
    );
    if rows.height > 1 {
        put(
            buf,
            rows.x,
            rows.y + 1,
            &theme.symbols.text(&source),
            rows.width,
            theme.muted,
        );
    }
}

/// The month under the cursor in words and its source, as
/// [`crate::report::record::describe_cooperation_month`] puts them.
pub fn describe(app: &App, view: &DatasetView) -> (String, String) {
    crate::report::record::describe_cooperation_month(&view.data, app.charts.month(ID))
}
