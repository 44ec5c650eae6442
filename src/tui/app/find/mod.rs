//! Searching the rows of a table held in memory, in whichever pane lists them: the exercises
//! table, the meetings and arms deals a chart lists under its cursor year. One engine for
//! every such list, driven by the pane's registry row ([`RowSearch`]): `/` searches as the
//! words are typed, from the row it was pressed on; Enter keeps the matches, Esc goes back
//! to where it was; `n`/`N` step through them, round past either end. Where the pane's
//! cursor is a list, a match selects its row; where it is a year chart, the cursor goes to
//! the match's year and the list under the chart marks it. The timeline's events, which may
//! be millions read from a file, have their own search ([`super::search`]).

use super::charts::ChartsView;
use super::cursor::ListCursor;
use super::{App, DatasetView, Prompt, PromptKind};
use crate::tui::app::registry::{CursorKind, RowSearch};
use crate::tui::input::action::PaneId;

mod rows;
pub use rows::{Shown, hits, shown};
use rows::{standing, step};

/// One pane's search in one open dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowFind {
    pub pane: PaneId,
    /// The words, as typed.
    pub query: String,
    /// The rows that hold the words, as indices into the table, ascending.
    pub hits: Vec<usize>,
    /// The row the search last landed on: the match a chart's list marks while its year
    /// is the cursor's.
    pub at: Option<usize>,
    /// A chart's list starts at the match it marks, until the frame has said where that is
    /// ([`App::observe_scroll_room`]) and the list scrolls from there.
    pub reveal: bool,
}

impl RowFind {
    /// Whether `row` (an index into the table) holds the words.
    pub fn holds(&self, row: usize) -> bool {
        self.hits.binary_search(&row).is_ok()
    }
}

/// How a step to a match went round the list: not at all, past the end to the first,
/// past the start to the last, or back to the one it stood on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Round {
    No,
    ToFirst,
    ToLast,
    Only,
}

/// What `/` in a list leaves behind while the words are typed: where the search starts,
/// and what Esc puts back.
#[derive(Debug, Clone)]
pub(crate) struct Typing {
    pub(crate) pane: PaneId,
    /// The position in the list's order the search starts from (a match there counts).
    from: usize,
    /// Every list's selection in every open dataset, by the registry's lists.
    cursors: Vec<Vec<ListCursor>>,
    /// The charts' cursors and years shown.
    charts: ChartsView,
    /// The pane's search before `/`, which Esc keeps.
    before: Option<RowFind>,
    /// Whether the words typed last went round past the end to their first match.
    wrapped: bool,
}

impl App {
    /// `/` in `pane`, whose registry row searches its rows: the prompt opens, and each
    /// letter typed searches again from the row the pane stands on now.
    pub(super) fn start_find(&mut self, pane: PaneId) {
        let Some(search) = self.registry.row_search(pane) else {
            return;
        };
        let view = self.view();
        let order = (search.order)(view);
        let (from, _) = standing(self, view, pane, &search, &order, view.find(pane));
        let before = view.find(pane).cloned();
        let lists = self.lists();
        let cursors = self
            .views
            .iter_mut()
            .map(|v| lists.iter().map(|(list, _)| *(list.cursor)(v).0).collect())
            .collect();
        self.finding = Some(Typing {
            pane,
            from,
            cursors,
            charts: self.charts.clone(),
            before,
            wrapped: false,
        });
        self.prompt = Some(Prompt {
            kind: PromptKind::Find(pane),
            text: String::new(),
        });
    }

    /// The words typed so far, searched: the list lands on the first match at or after the
    /// row `/` was pressed on (round past the end if need be), or stays there when none.
    pub(super) fn find_as_typed(&mut self) {
        let (Some(typing), Some(prompt)) = (&self.finding, &self.prompt) else {
            return;
        };
        let (pane, from, query) = (typing.pane, typing.from, prompt.text.clone());
        let Some(search) = self.registry.row_search(pane) else {
            return;
        };
        self.put_back_places();
        let v = self.view_mut();
        v.drop_find(pane);
        if query.is_empty() {
            return;
        }
        let found = RowFind {
            pane,
            hits: hits(&search, &v.data, &query),
            query,
            at: None,
            reveal: false,
        };
        let order = (search.order)(v);
        let landing = step(order.len(), |p| found.holds(order[p]), from, false, true);
        v.finds.push(found);
        let wrapped = match landing {
            Some((p, wrapped)) => {
                self.land(pane, &search, &order, p);
                wrapped
            }
            None => false,
        };
        if let Some(typing) = &mut self.finding {
            typing.wrapped = wrapped;
        }
    }

    /// Enter on the words typed: the matches stay marked and the footer says where the
    /// list landed; with none, it says so and the search goes.
    pub(super) fn keep_find(&mut self) {
        let Some(typing) = self.finding.take() else {
            return;
        };
        let pane = typing.pane;
        let Some(search) = self.registry.row_search(pane) else {
            return;
        };
        let Some(find) = self.view().find(pane).cloned() else {
            // Nothing typed: no search, and the list where `/` left it.
            return;
        };
        if find.hits.is_empty() {
            self.view_mut().drop_find(pane);
            self.warn(format!("no {} matches \"{}\"", search.noun, find.query));
            return;
        }
        let round = if typing.wrapped {
            Round::ToFirst
        } else {
            Round::No
        };
        self.report_find(pane, &search, round);
    }

    /// Esc while typing: every list and chart back where `/` found them, with the search
    /// they had.
    pub(super) fn cancel_find(&mut self) {
        self.put_back_places();
        let Some(typing) = self.finding.take() else {
            return;
        };
        let pane = typing.pane;
        let search = self.registry.row_search(pane);
        let v = self.view_mut();
        v.drop_find(pane);
        if let (Some(mut before), Some(search)) = (typing.before, search) {
            // The data may have been read again meanwhile.
            before.hits = hits(&search, &v.data, &before.query);
            v.finds.push(before);
        }
    }

    /// `n` (or `N`) in a pane that searches its rows: the next (or previous) match, round
    /// past the end, and the footer says which.
    pub(super) fn step_find(&mut self, pane: PaneId, forward: bool) {
        let Some(search) = self.registry.row_search(pane) else {
            return;
        };
        let view = self.view();
        let Some(find) = view.find(pane) else {
            let key = self.keys.first(crate::tui::input::action::Action::Search);
            let key = key.unwrap_or_default();
            self.inform(format!("no search in this list yet: {key} starts one"));
            return;
        };
        let order = (search.order)(view);
        let (here, on) = standing(self, view, pane, &search, &order, Some(find));
        let landing = step(order.len(), |p| find.holds(order[p]), here, on, forward);
        let query = find.query.clone();
        match landing {
            Some((p, wrapped)) => {
                let round = match (wrapped, forward) {
                    (false, _) => Round::No,
                    // Round to where it stood: no other match.
                    _ if on && p == here => Round::Only,
                    (true, true) => Round::ToFirst,
                    (true, false) => Round::ToLast,
                };
                self.land(pane, &search, &order, p);
                self.report_find(pane, &search, round);
            }
            None => self.warn(format!("no {} shown matches \"{query}\"", search.noun)),
        }
    }

    /// Says which match the search of `pane` is on, and that it went round where it did.
    fn report_find(&mut self, pane: PaneId, search: &RowSearch, round: Round) {
        let Some(shown) = shown(self, self.view(), pane) else {
            return;
        };
        let query = shown.find.query.clone();
        let (rank, total) = (shown.rank, shown.total);
        let Some(rank) = rank else {
            self.warn(format!("no {} shown matches \"{query}\"", search.noun));
            return;
        };
        let round = match round {
            Round::No => "",
            Round::Only => " (the only one)",
            Round::ToFirst => " (wrapped to the first)",
            Round::ToLast => " (wrapped to the last)",
        };
        self.inform(format!("match {rank} of {total} for \"{query}\"{round}"));
    }

    /// Puts the cursor of `pane` on the row at `position` of `order`: a list selects it, a
    /// chart moves to its year and marks it in the list under the plot.
    fn land(&mut self, pane: PaneId, search: &RowSearch, order: &[usize], position: usize) {
        let Some(&row) = order.get(position) else {
            return;
        };
        match self.registry.cursor(pane) {
            CursorKind::List(list) => {
                let height = self.list_height(pane);
                let (cursor, len) = (list.cursor)(self.view_mut());
                cursor.select(position, len, height);
            }
            CursorKind::Year { .. } => {
                let year = (search.year)(&self.view().data, row);
                self.put_year(pane, year);
            }
            CursorKind::Month { .. } | CursorKind::Nothing => {}
        }
        if let Some(find) = self.view_mut().find_mut(pane) {
            find.at = Some(row);
            find.reveal = true;
        }
    }

    /// Every list's selection and the charts' cursors as `/` found them.
    fn put_back_places(&mut self) {
        let Some(typing) = &self.finding else {
            return;
        };
        let (cursors, charts) = (typing.cursors.clone(), typing.charts.clone());
        let lists = self.lists();
        for (v, saved) in self.views.iter_mut().zip(cursors) {
            for ((list, height), cursor) in lists.iter().zip(saved) {
                let (now, len) = (list.cursor)(v);
                *now = cursor;
                // The data may have been read again meanwhile.
                now.fit(len, *height);
            }
        }
        self.charts = charts;
    }

    /// The searches of `view` over its data as read again: the same words, their rows
    /// found anew.
    pub(super) fn refind(&mut self, view: usize) {
        let registry = self.registry.clone();
        let Some(v) = self.views.get_mut(view) else {
            return;
        };
        let data = std::sync::Arc::clone(&v.data);
        v.finds.retain_mut(|find| {
            let Some(search) = registry.row_search(find.pane) else {
                return false;
            };
            find.hits = hits(&search, &data, &find.query);
            find.at = find.at.filter(|&at| find.holds(at));
            true
        });
    }

    /// Where the frame drew the list of the zoomed `pane` from to show the match the
    /// search marks: the list scrolls from there now.
    pub(super) fn revealed(&mut self, pane: PaneId, from: u16) {
        let year = self.charts.year(pane);
        let Some(find) = self.view_mut().find_mut(pane).filter(|f| f.reveal) else {
            return;
        };
        find.reveal = false;
        self.charts.details_scroll = (pane.0, year, from);
    }
}

impl DatasetView {
    /// The search of `pane` in this dataset, if any.
    pub fn find(&self, pane: PaneId) -> Option<&RowFind> {
        self.finds.iter().find(|f| f.pane == pane)
    }

    pub(crate) fn find_mut(&mut self, pane: PaneId) -> Option<&mut RowFind> {
        self.finds.iter_mut().find(|f| f.pane == pane)
    }

    /// Forgets the search of `pane`; whether there was one.
    pub(crate) fn drop_find(&mut self, pane: PaneId) -> bool {
        let before = self.finds.len();
        self.finds.retain(|f| f.pane != pane);
        self.finds.len() != before
    }
}

#[cfg(test)]
mod tests;
