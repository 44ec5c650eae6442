//! Drawing shared by the year charts: where their parts go, the year labels, value scales
//! (the year axis itself is in `year_axis`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

pub use super::year_axis::YearAxis;
use crate::text::fit;
use crate::tui::app::App;
use crate::tui::app::charts::YearSpan;
use crate::tui::panes::id::PaneId;
use crate::tui::theme::Theme;

/// Where a year chart's parts go inside its pane's border.
pub(crate) struct ChartGeometry {
    pub plot: Rect,
    pub labels_row: u16,
    pub axis: YearAxis,
    pub details: Rect,
    /// Columns left of the plot for value labels.
    pub scale_width: u16,
}

impl ChartGeometry {
    /// Splits a pane's `area`: the plot (with `scale_width` columns of labels on its left and
    /// one blank column on its right), the year labels under it, then one or two detail lines.
    pub fn new(area: Rect, span: YearSpan, scale_width: u16) -> ChartGeometry {
        ChartGeometry::with_details(area, span, scale_width, 2)
    }

    /// As [`ChartGeometry::new`], with room for up to `details` detail lines while the plot
    /// keeps at least half the pane.
    pub(crate) fn with_details(
        area: Rect,
        span: YearSpan,
        scale_width: u16,
        details: u16,
    ) -> ChartGeometry {
        let inner = crate::tui::panes::inner(area);
        let detail_lines = if inner.height >= 8 {
            details.clamp(2, inner.height / 2)
        } else {
            1
        }
        .min(inner.height);
        let chart_height = inner.height.saturating_sub(detail_lines);
        let scale_width = scale_width.min(inner.width);
        let plot = Rect {
            x: inner.x + scale_width,
            y: inner.y,
            width: inner.width.saturating_sub(scale_width + 1),
            height: chart_height.saturating_sub(1),
        };
        ChartGeometry {
            plot,
            labels_row: inner.y + chart_height.saturating_sub(1),
            axis: YearAxis::new(span, plot.x, plot.width),
            details: Rect {
                y: inner.y + chart_height,
                height: detail_lines,
                ..inner
            },
            scale_width,
        }
    }

    /// The year under a click on the plot or its labels.
    pub(crate) fn year_at(&self, at: Position) -> Option<i32> {
        (at.y >= self.plot.y && at.y <= self.labels_row)
            .then(|| self.axis.year_at(at.x))
            .flatten()
    }
}

/// Every year a slot of equal width with its bar centred in it: the axis covers a whole
/// number of columns per year, what is left over shared between the two sides, so the
/// first and last bars are as wide as the others and the gaps between bars stay the same.
pub(crate) fn bars_within(mut g: ChartGeometry) -> ChartGeometry {
    let years = g.axis.span.years().max(1) as u16;
    let slot = g.plot.width / years;
    if slot >= 2 {
        // What the slots leave over is shared between the two sides.
        let spare = g.plot.width - slot * years;
        g.axis.left = g.plot.x + spare / 2;
        g.axis.width = slot * years;
    }
    g
}

/// A round number at or above `value` for the top of a scale: 1, 2, 2.5 or 5 times a power
/// of ten.
pub(crate) fn nice_max(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|&top| top >= value)
        .unwrap_or(10.0 * power)
}

/// Writes `text` at (x, y) if the cell exists, clipped to `max` columns.
/// What a chart pane says where it is too short or narrow to draw its chart (four pairs
/// compared at 80x24): rather than standing blank, how to see it: a taller terminal or
/// fewer pairs compared, or alone, zoomed. `area` is where the chart would go.
pub fn render_too_small(buf: &mut Buffer, area: Rect, app: &App) {
    use crate::tui::input::action::Action;
    let how = match app.comparing() {
        true => app.keys.first(Action::StopCompare).map_or(
            ": a taller terminal or fewer pairs shows it".to_string(),
            |k| format!(": a taller terminal or fewer pairs ({k}) shows it"),
        ),
        false => app
            .keys
            .first(Action::Zoom)
            .map_or(String::new(), |k| format!(": {k} zooms it")),
    };
    let text = format!("Too little room for the chart{how}.");
    put(buf, area.x, area.y, &text, area.width, app.theme.muted);
}

pub fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max: u16, style: Style) {
    if buf.area.contains(Position::new(x, y)) {
        buf.set_stringn(x, y, text, usize::from(max), style);
    }
}

/// Whether the cell at (x, y) is blank, so a lower-priority glyph may take it.
pub(crate) fn is_blank(buf: &Buffer, x: u16, y: u16) -> bool {
    buf.cell(Position::new(x, y))
        .is_some_and(|c| c.symbol() == " ")
}

/// The year labels under a chart: the cursor and linked years first, then the ends, then
/// round years wherever they fit without touching.
pub(crate) fn render_year_labels(
    buf: &mut Buffer,
    row: u16,
    axis: &YearAxis,
    cursor: Option<(i32, Style)>,
    theme: &Theme,
) {
    let right = axis.left + axis.width;
    let mut taken: Vec<(u16, u16)> = Vec::new();
    let place = |buf: &mut Buffer, year: i32, style: Style, taken: &mut Vec<(u16, u16)>| {
        if !axis.span.contains(year) {
            return;
        }
        let label = year.to_string();
        let w = label.len() as u16;
        if w > axis.width {
            return;
        }
        let start = axis
            .x(year)
            .saturating_sub(w / 2)
            .clamp(axis.left, right - w);
        let end = start + w;
        if taken.iter().any(|&(a, b)| start < b + 1 && a < end + 1) {
            return;
        }
        taken.push((start, end));
        put(buf, start, row, &label, w, style);
    };
    if let Some((year, style)) = cursor {
        place(buf, year, style, &mut taken);
    }
    place(buf, axis.span.first, theme.muted, &mut taken);
    place(buf, axis.span.last, theme.muted, &mut taken);
    let n = axis.span.years().max(1);
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|s| (n / s + 1) * 6 <= i32::from(axis.width))
        .unwrap_or(1000);
    let first_round = axis.span.first + (step - axis.span.first.rem_euclid(step)) % step;
    let mut year = first_round;
    while year <= axis.span.last {
        place(buf, year, theme.muted, &mut taken);
        year += step;
    }
}

/// A line of the list below a chart: its text and style.
pub type ListLine = (String, Style);

/// The list below a chart, and the line of the match a search marks in it, if it shows.
#[derive(Default)]
pub struct Listed {
    pub lines: Vec<ListLine>,
    pub current: Option<usize>,
}

impl Listed {
    /// The line the list of `pane` starts at: the match the search marks, until the list
    /// scrolls from there; else as far as it was scrolled at the cursor year.
    pub fn scroll(&self, app: &App, view: &crate::tui::app::DatasetView, pane: PaneId) -> u16 {
        match (self.revealing(view, pane), self.current) {
            (true, Some(line)) => u16::try_from(line).unwrap_or(u16::MAX),
            _ => app.charts.details_scroll_at(pane.0, app.charts.year(pane)),
        }
    }

    /// Where the list, in a details area `height` lines tall, is drawn from to show the
    /// match the search marks, while it is (what the frame tells the state).
    pub fn revealed(
        &self,
        view: &crate::tui::app::DatasetView,
        pane: PaneId,
        height: u16,
    ) -> Option<u16> {
        let line = self.current.filter(|_| self.revealing(view, pane))?;
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        Some(line.min(list_overflow(self.lines.len(), height)))
    }

    fn revealing(&self, view: &crate::tui::app::DatasetView, pane: PaneId) -> bool {
        view.find(pane).is_some_and(|f| f.reveal)
    }
}

/// Says `text` where the plot of a chart of `area` would be, when it has nothing to draw.
pub(crate) fn render_empty(
    buf: &mut Buffer,
    area: Rect,
    scale_width: u16,
    text: &str,
    style: Style,
) {
    let g = ChartGeometry::new(area, YearSpan { first: 0, last: 0 }, scale_width);
    put(buf, g.plot.x, g.plot.y, text, g.plot.width, style);
}

/// The datasets whose figures set a chart's scale, by index into the session's views:
/// every dataset shown, or while compared pairs each have their own scale, only `view`'s.
pub fn scale_views(app: &App, view: &crate::tui::app::DatasetView) -> Vec<usize> {
    let shown = app.shown_views();
    if !(app.charts.own_scale && app.comparing()) {
        return shown;
    }
    shown
        .into_iter()
        .filter(|&i| std::ptr::eq(&app.views[i], view))
        .collect()
}

/// While two pairs are compared, which scale a chart shows: `own scale` or `shared scale`.
pub fn scale_label(app: &App) -> Option<&'static str> {
    app.comparing().then_some(if app.charts.own_scale {
        "own scale"
    } else {
        "shared scale"
    })
}

/// How many lines of a list `len` lines long the zoomed pane can scroll off, under the two
/// summary lines of a details area `height` lines tall: one line goes to where the list
/// stands once it overflows ([`render_list`]).
pub fn list_overflow(len: usize, height: u16) -> u16 {
    let rows = usize::from(height.saturating_sub(2));
    if len > rows {
        (len - rows.saturating_sub(1)) as u16
    } else {
        0
    }
}

/// The list under a chart's two summary lines in `area`, from line `scroll` on, with a last
/// line saying how much is left above and below, which keys reveal it, and where the window
/// stands (`lines 4-9/30 ▲▼`).
pub(crate) fn render_list(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    (list, scroll): (&[ListLine], u16),
    query: Option<&str>,
) {
    use crate::tui::input::action::Action;
    let theme = &app.theme;
    let rows = usize::from(area.height.saturating_sub(2));
    if rows == 0 || list.is_empty() {
        return;
    }
    // A list that overflows keeps its last row for where it stands.
    let overflows = list.len() > rows;
    let shown = if overflows { rows - 1 } else { rows };
    let from = usize::from(scroll).min(list.len().saturating_sub(shown));
    for (i, (text, style)) in list.iter().skip(from).take(shown).enumerate() {
        let y = area.y + 2 + i as u16;
        put(buf, area.x, y, text, area.width, *style);
        // The words a search found, lit wherever the list shows them.
        if let Some(query) = query {
            let row = Rect::new(area.x, y, area.width, 1);
            super::found::light(buf, row, 0, text, query, theme);
        }
    }
    if !overflows {
        return;
    }
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let left = list.len().saturating_sub(from + shown);
    // Zoomed, the moving keys scroll the list; otherwise they move the year (a search's
    // match may have scrolled the list there, above which only zoom shows more).
    let more = theme.symbols.more_below;
    let text = match (app.zoomed, left) {
        (true, 0) => format!("  {from} lines above: {} scrolls up", key(Action::Up)),
        (true, _) => {
            let (down, up) = (key(Action::Down), key(Action::Up));
            format!("  {more} {left} more lines: {down}/{up} scroll")
        }
        (false, 0) => format!("  {from} more above: {} zooms", key(Action::Zoom)),
        (false, _) => format!("  {more} {left} more: {} zooms", key(Action::Zoom)),
    };
    let dash = theme.symbols.range_dash;
    let last = from + shown;
    let mut marks = String::new();
    if from > 0 {
        marks.push_str(if theme.symbols.ascii { "^" } else { "▲" });
    }
    if left > 0 {
        marks.push_str(if theme.symbols.ascii { "v" } else { "▼" });
    }
    let position = format!("lines {}{dash}{last}/{} {marks}", from + 1, list.len());
    let y = area.y + 2 + shown as u16;
    put(buf, area.x, y, &text, area.width, theme.key);
    // Right-aligned where it fits beside the keys.
    let (text_w, pos_w) = (fit::width(&text), fit::width(&position));
    if text_w + 2 + pos_w <= usize::from(area.width) {
        let x = area.x + area.width - pos_w as u16;
        put(buf, x, y, &position, area.width, theme.muted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_maxima() {
        assert_eq!(nice_max(244.8), 250.0);
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(1.0), 1.0);
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(f64::NAN), 1.0);
    }

    #[test]
    fn bars_get_whole_slots_that_hold_their_centres() {
        let span = YearSpan {
            first: 2014,
            last: 2025,
        };
        for width in [20, 37, 50, 121] {
            let g = bars_within(ChartGeometry::new(Rect::new(0, 0, width, 20), span, 3));
            let slot = g.plot.width / 12;
            for year in 2014..=2025 {
                let (a, b) = g.axis.slot(year);
                assert!(a <= g.axis.x(year) && g.axis.x(year) <= b, "{width} {year}");
                assert!(a >= g.plot.x && b < g.plot.x + g.plot.width);
                if slot >= 2 {
                    assert_eq!(b - a + 1, slot, "{width} {year}");
                }
            }
        }
    }
}
