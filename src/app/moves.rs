//! Moving through the panes: cursors, pages, zoom, and the timeline following a year.

use crate::action::PaneId;

use super::App;
use super::charts::ChartsView;

impl App {
    /// Both chart cursors inside the years shown (and inside their own data).
    pub(super) fn keep_cursors_in_view(&mut self) {
        let shown = self.charts.shown;
        if let Some(span) = self.trade_extent().and_then(|e| e.intersect(shown)) {
            self.charts.trade_cursor = span.clamp(self.charts.trade_cursor);
        }
        if let Some(span) = self.meetings_extent().and_then(|e| e.intersect(shown)) {
            self.charts.meetings_cursor = span.clamp(self.charts.meetings_cursor);
        }
    }

    /// Shows one pane full size, as `z` does.
    pub fn zoom(&mut self, pane: PaneId) {
        self.focus = pane;
        self.zoomed = true;
        self.fit_lists();
    }

    /// Scrolls the zoomed trade pane's record of the cursor year by one line.
    pub(super) fn scroll_trade_details(&mut self, down: bool) {
        let year = self.charts.trade_cursor;
        let last = crate::panes::trade::max_details_scroll(self);
        let now = self.charts.details_scroll_at(year).min(last);
        let next = if down {
            now.saturating_add(1).min(last)
        } else {
            now.saturating_sub(1)
        };
        self.charts.details_scroll = (year, next);
    }

    /// The cursor year of the chart in focus (Trade when neither is).
    pub(super) fn chart_cursor(&self) -> i32 {
        match self.focus {
            PaneId::Meetings => self.charts.meetings_cursor,
            _ => self.charts.trade_cursor,
        }
    }

    pub(super) fn show_in_timeline(&mut self) {
        if self.focus == PaneId::Timeline {
            return;
        }
        if let Some(year) = self.linked_year() {
            let h = self.list_height(PaneId::Timeline);
            let v = self.view_mut();
            match v.timeline.jump_to_year(&v.data, year, h) {
                Some(found) if found != year => {
                    self.inform(format!("no events in {year}; the nearest: {found}"));
                }
                Some(_) => {}
                None => self.warn("no events to show".to_string()),
            }
        }
    }

    /// Rows in a page (`divisor` 1) or half a page (2) of the focused list.
    pub(super) fn page(&self, divisor: usize) -> isize {
        let rows = match self.focus {
            PaneId::Exercises | PaneId::Timeline => self.list_height(self.focus),
            PaneId::Trade | PaneId::Meetings => 10 * divisor,
        };
        (rows / divisor).max(1) as isize
    }

    /// Moves the selection or cursor of `pane` by `delta` rows or years.
    pub fn move_in(&mut self, pane: PaneId, delta: isize) {
        let h = self.list_height(pane);
        match pane {
            PaneId::Exercises => {
                let v = self.view_mut();
                v.exercises.cursor.move_by(delta, v.exercises.rows.len(), h)
            }
            PaneId::Timeline => {
                let v = self.view_mut();
                v.timeline.cursor.move_by(delta, v.timeline.rows.len(), h)
            }
            PaneId::Trade | PaneId::Meetings => {
                let extent = if pane == PaneId::Trade {
                    self.trade_extent()
                } else {
                    self.meetings_extent()
                };
                let charts = &mut self.charts;
                let cursor = if pane == PaneId::Trade {
                    &mut charts.trade_cursor
                } else {
                    &mut charts.meetings_cursor
                };
                if let Some(extent) = extent {
                    let year = step_year(*cursor, delta);
                    ChartsView::move_cursor(cursor, &mut charts.shown, extent, year);
                }
            }
        }
    }
}

fn step_year(year: i32, delta: isize) -> i32 {
    let delta = delta.clamp(-10_000, 10_000) as i32;
    year.saturating_add(delta)
}
