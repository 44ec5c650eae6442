//! View state of the timeline: order, category filter, search, selection.

use crate::data::{Dataset, Event};

use super::cursor::ListCursor;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineView {
    pub newest_first: bool,
    /// Show only this category (an index into the manifest's categories).
    pub category: Option<u16>,
    /// Indices into the dataset's events that pass the filter, in display order.
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
    /// The last search, as typed.
    pub query: Option<String>,
}

impl TimelineView {
    pub fn new(data: &Dataset, newest_first: bool) -> Self {
        let mut view = TimelineView {
            newest_first,
            category: None,
            rows: Vec::new(),
            cursor: ListCursor::default(),
            query: None,
        };
        view.refilter(data, 1);
        view.cursor.select(0, view.rows.len(), 1);
        view
    }

    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.selected).copied()
    }

    /// Rebuilds the rows after a change of order or filter, keeping the selected event, or
    /// the nearest one in time when it is filtered out.
    pub fn refilter(&mut self, data: &Dataset, height: usize) {
        let keep = self.selected().map(|i| data.events[i].date);
        let category = self.category;
        let mut rows: Vec<usize> = (0..data.events.len())
            .filter(|&i| category.is_none_or(|c| data.events[i].category == c))
            .collect();
        if self.newest_first {
            rows.reverse();
        }
        self.rows = rows;
        let index = match keep {
            None => 0,
            Some(date) => self
                .rows
                .iter()
                .position(|&i| {
                    let d = data.events[i].date;
                    if self.newest_first {
                        d <= date
                    } else {
                        d >= date
                    }
                })
                .unwrap_or(self.rows.len().saturating_sub(1)),
        };
        self.cursor.select(index, self.rows.len(), height);
    }

    pub fn toggle_order(&mut self, data: &Dataset, height: usize) {
        let keep = self.selected();
        self.newest_first = !self.newest_first;
        self.refilter(data, height);
        if let Some(i) = keep.and_then(|k| self.rows.iter().position(|&r| r == k)) {
            self.cursor.select(i, self.rows.len(), height);
        }
    }

    /// Steps the category filter: all → first → … → last → all (or backwards).
    pub fn cycle_category(&mut self, data: &Dataset, forward: bool, height: usize) {
        let count = data.manifest.event_categories.len() as u16;
        self.category = match (self.category, forward) {
            (None, true) => Some(0),
            (None, false) => count.checked_sub(1),
            (Some(c), true) => (c + 1 < count).then_some(c + 1),
            (Some(c), false) => c.checked_sub(1),
        };
        self.refilter(data, height);
    }

    /// Selects the first row of `year` in display order, or the nearest year after it.
    pub fn jump_to_year(&mut self, data: &Dataset, year: i32, height: usize) -> bool {
        let found = self
            .rows
            .iter()
            .position(|&i| data.events[i].date.year() == year)
            .or_else(|| {
                self.rows.iter().position(|&i| {
                    let y = data.events[i].date.year();
                    if self.newest_first {
                        y < year
                    } else {
                        y > year
                    }
                })
            });
        match found {
            Some(i) => {
                self.cursor.select(i, self.rows.len(), height);
                true
            }
            None => false,
        }
    }

    /// Selects the next (or previous) row matching the query, wrapping around; a new search
    /// (`from_here`) may match the selected row itself. Returns the match's position among
    /// all matches and their count.
    pub fn find(
        &mut self,
        data: &Dataset,
        forward: bool,
        from_here: bool,
        height: usize,
    ) -> Option<(usize, usize)> {
        let needle = self.query.as_deref()?.to_lowercase();
        if needle.is_empty() || self.rows.is_empty() {
            return None;
        }
        let matches: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, i)| event_matches(data, &data.events[**i], &needle))
            .map(|(pos, _)| pos)
            .collect();
        let current = self.cursor.selected;
        let at = if forward {
            matches
                .iter()
                .position(|&p| p > current || (from_here && p == current))
                .unwrap_or(0)
        } else {
            matches
                .iter()
                .rposition(|&p| p < current)
                .unwrap_or(matches.len().checked_sub(1)?)
        };
        let pos = *matches.get(at)?;
        self.cursor.select(pos, self.rows.len(), height);
        Some((at + 1, matches.len()))
    }
}

/// Case-insensitive match on the title, description or category name.
fn event_matches(data: &Dataset, event: &Event, needle: &str) -> bool {
    event.title.to_lowercase().contains(needle)
        || event.description.to_lowercase().contains(needle)
        || data.category_name(event).contains(needle)
}
