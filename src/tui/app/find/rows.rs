//! What a list's search finds: the rows holding the words, what a pane shows of them, and
//! the step from one match to the next.

use super::super::search::holds;
use super::super::{App, DatasetView};
use super::RowFind;
use crate::data::Dataset;
use crate::tui::app::registry::{CursorKind, RowSearch};
use crate::tui::input::action::PaneId;

/// The rows of `data`'s table that hold `query`, ignoring case, ascending.
pub fn hits(search: &RowSearch, data: &Dataset, query: &str) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    (0..(search.len)(data))
        .filter(|&i| holds(&(search.text)(data, i), query))
        .collect()
}

/// A search as its pane shows it in one dataset.
pub struct Shown<'a> {
    pub find: &'a RowFind,
    /// The match the pane's selection is on (a chart's: the match its list marks), if any.
    pub current: Option<usize>,
    /// That match's rank among the matches listed, from 1, in the list's order.
    pub rank: Option<usize>,
    /// How many matches the list holds (a filter may hide some).
    pub total: usize,
}

/// The search of `pane` in `view` as the pane shows it, while there is one.
pub fn shown<'a>(app: &App, view: &'a DatasetView, pane: PaneId) -> Option<Shown<'a>> {
    let find = view.find(pane)?;
    let search = app.registry.row_search(pane)?;
    let order = (search.order)(view);
    let (here, on) = standing(app, view, pane, &search, &order, Some(find));
    let total = order.iter().filter(|&&r| find.holds(r)).count();
    let current = on.then(|| order[here]);
    let rank = on.then(|| order[..=here].iter().filter(|&&r| find.holds(r)).count());
    Some(Shown {
        find,
        current,
        rank,
        total,
    })
}

/// Where the user stands in `order` (the pane's rows in the order it lists them): a
/// position, and whether the row there is a match the search is on. A list stands on its
/// selected row; a chart on the match its list marks while that match is listed under the
/// cursor year, else before the first row of that year or a later one.
pub(super) fn standing(
    app: &App,
    view: &DatasetView,
    pane: PaneId,
    search: &RowSearch,
    order: &[usize],
    find: Option<&RowFind>,
) -> (usize, bool) {
    let on = |row: usize| find.is_some_and(|f| f.holds(row));
    match app.registry.cursor(pane) {
        CursorKind::List(list) => {
            let selected = (list.selected)(view);
            let here = order.iter().position(|&r| Some(r) == selected).unwrap_or(0);
            (here, order.get(here).is_some_and(|&r| on(r)))
        }
        CursorKind::Year { .. } | CursorKind::Month { .. } => {
            let year = app.charts.year(pane);
            let data = &view.data;
            let marked = find
                .and_then(|f| f.at)
                .filter(|&at| on(at) && (search.in_year)(data, at, year))
                .and_then(|at| order.iter().position(|&r| r == at));
            match marked {
                Some(here) => (here, true),
                None => (
                    order.partition_point(|&r| (search.year)(data, r) < year),
                    false,
                ),
            }
        }
        CursorKind::Nothing => (0, false),
    }
}

/// The position of the next (or previous) match from `here` in a list of `len` rows, and
/// whether it went round past the end (or the start). Standing `on` a match, the next is
/// after it; otherwise a match at `here` comes first.
pub(super) fn step(
    len: usize,
    matches: impl Fn(usize) -> bool,
    here: usize,
    on: bool,
    forward: bool,
) -> Option<(usize, bool)> {
    let here = here.min(len);
    if forward {
        let start = if on { here + 1 } else { here }.min(len);
        (start..len)
            .find(|&p| matches(p))
            .map(|p| (p, false))
            .or_else(|| (0..start).find(|&p| matches(p)).map(|p| (p, true)))
    } else {
        (0..here)
            .rev()
            .find(|&p| matches(p))
            .map(|p| (p, false))
            .or_else(|| (here..len).rev().find(|&p| matches(p)).map(|p| (p, true)))
    }
}
