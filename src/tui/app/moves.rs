//! Moving through the panes: cursors, pages, zoom, and the timeline following a year.

use crate::tui::input::action::PaneId;

use super::App;
use super::charts::{ChartsView, YearSpan};
use crate::data::Month;
use crate::tui::app::registry::{CursorKind, ListKind};
use crate::tui::input::action::Scope;

impl App {
    /// The focused chart's cursor inside the years shown (and inside its own data); the
    /// other panes then follow it (see [`App::link_years`]), so none is left on a year
    /// the narrowed charts no longer show.
    pub(super) fn keep_cursors_in_view(&mut self) {
        let shown = self.charts.shown;
        let Some(pane) = self.registry.year_pane(self.focus) else {
            return;
        };
        let span = self.extent_of(pane).and_then(|e| e.intersect(shown));
        let (cursor, _) = self.charts.cursor_and_shown(pane);
        *cursor = span.unwrap_or(shown).clamp(*cursor);
    }

    /// The lists of the registry, each with the rows it shows at the current size.
    pub(super) fn lists(&self) -> Vec<(ListKind, usize)> {
        self.registry
            .panes
            .iter()
            .filter_map(|p| match p.cursor {
                CursorKind::List(list) => Some((list, self.list_height(p.id))),
                _ => None,
            })
            .collect()
    }

    /// One linked year everywhere: every chart's cursor on the year the focused pane points
    /// at, and the lists on a row of that year where they have one. Run after anything
    /// that may move a selection, so no pane marks one year while another marks a second.
    pub(super) fn link_years(&mut self) {
        if let Some(year) = self.linked_year() {
            let data = std::sync::Arc::clone(&self.view().data);
            let registry = &self.registry;
            self.charts.link(year, |pane| match registry.cursor(pane) {
                CursorKind::Month { in_year, .. } => in_year(&data, year),
                _ => Month { year, month: 12 },
            });
            self.follow_year(year);
        }
    }

    /// The lists follow a chart's cursor: each shown dataset's lists select their first row
    /// of `year`, unless their selection is in that year already or they have none then, so
    /// the linked marks are on screen.
    fn follow_year(&mut self, year: i32) {
        let lists = self.lists();
        for i in self.shown_views() {
            let v = &mut self.views[i];
            for (list, height) in &lists {
                (list.follow)(v, year, *height);
            }
        }
    }

    /// Shows one pane full size, as `z` does.
    pub fn zoom(&mut self, pane: PaneId) {
        self.focus = pane;
        self.zoomed = true;
        self.fit_to_screen();
    }

    /// The first pane whose own keys are of `scope` (a pane not in the registry, with no
    /// area and no list, when none is).
    pub(super) fn pane_with(&self, scope: Scope) -> PaneId {
        self.registry
            .panes
            .iter()
            .find(|p| p.scopes.contains(&scope))
            .map_or(PaneId(""), |p| p.id)
    }

    /// Focuses `pane` if it is on screen.
    pub(super) fn focus_on(&mut self, pane: PaneId) {
        if self.panes_shown().get(pane).is_some() {
            self.focus = pane;
            // Compared, the focused kind of pane takes the screen: its lists change height.
            self.fit_to_screen();
        }
    }

    /// How many rows the content of `pane` runs past its area (what scrolling reveals), as
    /// the last frame drew it.
    fn overflow(&self, pane: PaneId) -> u16 {
        match self.scroll_room {
            Some((drawn, rows)) if drawn == pane => rows,
            _ => 0,
        }
    }

    /// What the frame just drawn says of the zoomed pane: how far its notes run past its
    /// area, and where its list starts to show the match a search marks (`None`: no pane
    /// zoomed, or one whose notes do not scroll).
    pub fn observe_scroll_room(&mut self, room: Option<ScrollRoom>) {
        self.scroll_room = room.map(|r| (r.pane, r.room));
        if let Some(from) = room.and_then(|r| r.revealed.map(|from| (r.pane, from))) {
            self.revealed(from.0, from.1);
        }
    }

    /// Whether `pane` is a pane whose content can run past its area.
    pub(super) fn overflows(&self, pane: PaneId) -> bool {
        self.registry.get(pane).is_some_and(|p| p.scrolls)
    }

    /// Scrolls the zoomed chart's record of its cursor year by one line.
    pub(super) fn scroll_trade_details(&mut self, down: bool) {
        let year = self.chart_cursor();
        let pane = self.focus.0;
        let last = self.overflow(self.focus);
        let now = self.charts.details_scroll_at(pane, year).min(last);
        let next = if down {
            now.saturating_add(1).min(last)
        } else {
            now.saturating_sub(1)
        };
        self.charts.details_scroll = (pane, year, next);
    }

    /// The cursor year of the chart in focus (the first chart's when no chart is).
    pub(super) fn chart_cursor(&self) -> i32 {
        let pane = self.registry.year_pane(self.focus).unwrap_or(self.focus);
        self.charts.year(pane)
    }

    pub(super) fn show_in_timeline(&mut self) {
        let Some(timeline) = self.timeline_pane() else {
            return;
        };
        if self.focus == timeline {
            return;
        }
        // An exercise lands on its own event where there is one: the one naming it, or
        // failing that one of the same day.
        if self.registry.has_scope(self.focus, Scope::Exercises) {
            let h = self.list_height(timeline);
            let v = self.view_mut();
            if let Some(e) = v.exercises.selected().map(|i| v.data.exercises[i].clone()) {
                let name = e.name.to_lowercase();
                let names_it =
                    |ev: crate::data::Event<'_>| ev.title().to_lowercase().contains(&name);
                let same_day = |ev: crate::data::Event<'_>| ev.date() == e.start;
                let year = e.start.year();
                if v.timeline.select_in_year_where(&v.data, year, h, names_it)
                    || (e.start.day().is_some() && v.timeline.select_where(&v.data, h, same_day))
                {
                    return;
                }
            }
        }
        if let Some(year) = self.linked_year() {
            let h = self.list_height(timeline);
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

    /// The pane whose keys are the timeline's, which the timeline keys of any pane move
    /// the focus to.
    pub(super) fn timeline_pane(&self) -> Option<PaneId> {
        self.registry
            .panes
            .iter()
            .find(|p| p.scopes.contains(&Scope::Timeline))
            .map(|p| p.id)
    }

    /// Rows in a page (`divisor` 1) or half a page (2) of the focused list.
    pub(super) fn page(&self, divisor: usize) -> isize {
        let rows = match self.registry.cursor(self.focus) {
            CursorKind::List(_) => self.list_height(self.focus),
            CursorKind::Year { .. } | CursorKind::Nothing => 10 * divisor,
            CursorKind::Month { .. } => 12 * divisor,
        };
        (rows / divisor).max(1) as isize
    }

    /// Moves the selection or cursor of `pane` by `delta` rows, years or months.
    pub(crate) fn move_in(&mut self, pane: PaneId, delta: isize) {
        let h = self.list_height(pane);
        match self.registry.cursor(pane) {
            CursorKind::Nothing => {}
            CursorKind::Month { months, .. } => self.move_month(pane, months, delta),
            CursorKind::List(list) => {
                let (cursor, len) = (list.cursor)(self.view_mut());
                cursor.move_by(delta, len, h);
            }
            CursorKind::Year { .. } => {
                let year = step_year(self.charts.year(pane), delta);
                self.put_year(pane, year);
            }
        }
    }

    /// Moves the year cursor of `pane` to `year`, within the years its data has; the years
    /// shown pan to keep it in view, and the lists follow.
    pub(super) fn put_year(&mut self, pane: PaneId, year: i32) {
        let extent = self.extent_of(pane);
        let (cursor, shown) = self.charts.cursor_and_shown(pane);
        if let Some(extent) = extent {
            ChartsView::move_cursor(cursor, shown, extent, year);
            let year = *cursor;
            self.follow_year(year);
        }
    }
}

impl App {
    /// Moves the month cursor of `pane` by `delta` months, within the months the datasets
    /// shown have; the years shown pan to keep it in view, and the lists follow.
    fn move_month(
        &mut self,
        pane: PaneId,
        months: fn(&crate::data::Dataset) -> Option<(Month, Month)>,
        delta: isize,
    ) {
        let months = self.shown_views().into_iter().flat_map(|i| {
            months(&self.views[i].data)
                .into_iter()
                .flat_map(|(first, last)| [first, last])
        });
        let (Some(first), Some(last)) = (months.clone().min(), months.max()) else {
            return;
        };
        let now = self.charts.month(pane).index();
        let delta = delta.clamp(-1_000_000, 1_000_000) as i64;
        let to = (now + delta).clamp(first.index(), last.index());
        let month = Month {
            year: to.div_euclid(12) as i32,
            month: (to.rem_euclid(12) + 1) as u8,
        };
        self.charts.set_month(pane, month);
        let charts = &mut self.charts;
        let extent = YearSpan {
            first: first.year,
            last: last.year,
        };
        let mut year = month.year;
        ChartsView::move_cursor(&mut year, &mut charts.shown, extent, month.year);
        self.follow_year(month.year);
    }
}

/// What the frame says of the zoomed pane after drawing it: how far its notes run past its
/// area, and where its list was drawn from to show a search's match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollRoom {
    pub pane: PaneId,
    pub room: u16,
    pub revealed: Option<u16>,
}

fn step_year(year: i32, delta: isize) -> i32 {
    let delta = delta.clamp(-10_000, 10_000) as i32;
    year.saturating_add(delta)
}
