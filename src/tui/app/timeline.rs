//! View state of the timeline: order, category filter, search, selection. Every operation
//! here stays fast at millions of events: rows are event indices in date order (or its
//! reverse), so positions are found by binary search, and search scans the text arena once.

use crate::data::{Dataset, PartialDate};

use super::cursor::ListCursor;

pub use super::search::{holds, match_ranges, search, search_with};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineView {
    pub newest_first: bool,
    /// Show only this category (an index into the manifest's categories).
    pub category: Option<u16>,
    /// Indices into the dataset's events that pass the filter, in display order.
    pub rows: Vec<u32>,
    pub cursor: ListCursor,
    /// The last search, as typed.
    pub query: Option<String>,
    /// The events the search matched, ascending; `None` while it runs.
    pub matches: Option<Vec<u32>>,
    /// How much of the events file a running search has read, in percent (searches of
    /// text held in memory report nothing).
    pub scanned: Option<u8>,
}

impl TimelineView {
    pub fn new(data: &Dataset, newest_first: bool) -> Self {
        let mut view = TimelineView {
            newest_first,
            category: None,
            rows: Vec::new(),
            cursor: ListCursor::default(),
            query: None,
            matches: None,
            scanned: None,
        };
        view.refilter(data, 1);
        view.cursor.select(0, view.rows.len(), 1);
        view
    }

    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.selected).map(|&i| i as usize)
    }

    /// The matches of the last search that the category filter lets through, ascending.
    pub(super) fn shown_matches(&self, data: &Dataset) -> Option<Vec<u32>> {
        let matches = self.matches.as_ref()?;
        Some(
            matches
                .iter()
                .copied()
                .filter(|&m| self.passes(data, m))
                .collect(),
        )
    }

    pub(super) fn passes(&self, data: &Dataset, event: u32) -> bool {
        self.category
            .is_none_or(|c| data.events.category(event as usize) == c)
    }

    /// The position in `rows` of an event, or of the first row past it in display order.
    pub(super) fn position_of(&self, event: u32) -> usize {
        if self.newest_first {
            self.rows.partition_point(|&r| r > event)
        } else {
            self.rows.partition_point(|&r| r < event)
        }
    }

    /// Rebuilds the rows after a change of order or filter, keeping the selected event, or
    /// the nearest one in time when it is filtered out.
    pub(crate) fn refilter(&mut self, data: &Dataset, height: usize) {
        let keep = self.selected();
        let count = data.events.len() as u32;
        let mut rows: Vec<u32> = match self.category {
            None => (0..count).collect(),
            Some(c) => (0..count)
                .filter(|&i| data.events.category(i as usize) == c)
                .collect(),
        };
        if self.newest_first {
            rows.reverse();
        }
        self.rows = rows;
        let index = keep.map_or(0, |k| self.position_of(k as u32));
        self.cursor.select(
            index.min(self.rows.len().saturating_sub(1)),
            self.rows.len(),
            height,
        );
    }

    /// Selects the event of `date` titled `title`, or the nearest shown event in time.
    pub(crate) fn select_event(
        &mut self,
        data: &Dataset,
        date: PartialDate,
        title: &str,
        height: usize,
    ) {
        let events = &data.events;
        let lo = partition(events.len(), |i| events.date(i) < date);
        let hi = partition(events.len(), |i| events.date(i) <= date);
        let event = (lo..hi)
            .find(|&i| events.get(i).title() == title && self.passes(data, i as u32))
            .unwrap_or(lo);
        let position = self.position_of(event as u32);
        self.cursor.select(
            position.min(self.rows.len().saturating_sub(1)),
            self.rows.len(),
            height,
        );
    }

    pub(crate) fn toggle_order(&mut self, data: &Dataset, height: usize) {
        self.newest_first = !self.newest_first;
        self.refilter(data, height);
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

    /// Selects the first row, in display order, whose event `wanted` picks; whether one did.
    pub(crate) fn select_where(
        &mut self,
        data: &Dataset,
        height: usize,
        wanted: impl Fn(crate::data::Event<'_>) -> bool,
    ) -> bool {
        let found = self
            .rows
            .iter()
            .position(|&r| wanted(data.events.get(r as usize)));
        if let Some(row) = found {
            self.cursor.select(row, self.rows.len(), height);
        }
        found.is_some()
    }

    /// [`TimelineView::select_where`] among the rows of `year` alone, their text read from
    /// the file a few hundred rows at a time rather than row by row.
    pub(crate) fn select_in_year_where(
        &mut self,
        data: &Dataset,
        year: i32,
        height: usize,
        wanted: impl Fn(crate::data::Event<'_>) -> bool,
    ) -> bool {
        let events = &data.events;
        let year_of = |r: &u32| events.date(*r as usize).year();
        let (start, end) = if self.newest_first {
            let start = self.rows.partition_point(|r| year_of(r) > year);
            (start, self.rows.partition_point(|r| year_of(r) >= year))
        } else {
            let start = self.rows.partition_point(|r| year_of(r) < year);
            (start, self.rows.partition_point(|r| year_of(r) <= year))
        };
        const BATCH: usize = 256;
        let found = self.rows[start..end]
            .chunks(BATCH)
            .enumerate()
            .find_map(|(n, batch)| {
                events.prefetch(batch.iter().map(|&r| r as usize));
                let at = batch.iter().position(|&r| wanted(events.get(r as usize)))?;
                Some(start + n * BATCH + at)
            });
        if let Some(row) = found {
            self.cursor.select(row, self.rows.len(), height);
        }
        found.is_some()
    }

    /// Selects the first row of `year` in display order if the list has one, unless the
    /// selection is in that year already; whether the selection is in `year` now.
    pub(crate) fn follow_year(&mut self, data: &Dataset, year: i32, height: usize) -> bool {
        let events = &data.events;
        if self.selected().map(|i| events.date(i).year()) == Some(year) {
            return true;
        }
        let year_of = |r: u32| events.date(r as usize).year();
        let n = if self.newest_first {
            self.rows.partition_point(|&r| year_of(r) > year)
        } else {
            self.rows.partition_point(|&r| year_of(r) < year)
        };
        let found = n < self.rows.len() && year_of(self.rows[n]) == year;
        if found {
            self.cursor.select_at_top(n, self.rows.len(), height);
        }
        found
    }

    /// Selects the first row of `year` in display order or, without events that year, the
    /// event nearest to it in time. Returns the year it landed on (`None`: no events).
    pub(crate) fn jump_to_year(&mut self, data: &Dataset, year: i32, height: usize) -> Option<i32> {
        let events = &data.events;
        let year_of = |r: u32| events.date(r as usize).year();
        if self.rows.is_empty() {
            return None;
        }
        // The first row (in display order) of `year`, or where it would be.
        let n = if self.newest_first {
            self.rows.partition_point(|&r| year_of(r) > year)
        } else {
            self.rows.partition_point(|&r| year_of(r) < year)
        };
        if n < self.rows.len() && year_of(self.rows[n]) == year {
            self.cursor.select_at_top(n, self.rows.len(), height);
            return Some(year);
        }
        let later = n;
        // No event that year: the nearer of the two neighbours in time.
        let candidates = [
            later.checked_sub(1),
            Some(later).filter(|&i| i < self.rows.len()),
        ];
        let best = candidates
            .into_iter()
            .flatten()
            .min_by_key(|&i| (year_of(self.rows[i]) - year).abs())?;
        self.cursor.select(best, self.rows.len(), height);
        Some(year_of(self.rows[best]))
    }

    /// Selects the next (or previous) row that matched the search, wrapping around; a new
    /// search (`from_here`) may match the selected row itself. Returns the match's rank
    /// among the matches shown and their count.
    pub fn find(
        &mut self,
        data: &Dataset,
        forward: bool,
        from_here: bool,
        height: usize,
    ) -> Option<(usize, usize)> {
        let shown = self.shown_matches(data)?;
        if shown.is_empty() || self.rows.is_empty() {
            return None;
        }
        // Display order is index order, ascending or descending.
        let current = self.rows[self.cursor.selected.min(self.rows.len() - 1)];
        let ahead = forward != self.newest_first;
        let rank = if ahead {
            let i = shown.partition_point(|&m| m < current || (m == current && !from_here));
            if i == shown.len() { 0 } else { i }
        } else {
            let i = shown.partition_point(|&m| m < current || (m == current && from_here));
            i.checked_sub(1).unwrap_or(shown.len() - 1)
        };
        let event = shown[rank];
        let position = self.position_of(event);
        self.cursor.select(position, self.rows.len(), height);
        let nth = if self.newest_first {
            shown.len() - rank
        } else {
            rank + 1
        };
        Some((nth, shown.len()))
    }
}

/// The first index in `0..len` for which `before` is false (`before` must hold for a prefix).
fn partition(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> Dataset {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/minimal");
        Dataset::from_folder(std::path::Path::new(dir)).unwrap()
    }

    #[test]
    fn search_ignores_case_and_finds_categories() {
        let data = minimal();
        assert_eq!(search(&data, "SAND storm"), [2]);
        assert_eq!(search(&data, "border"), [3]);
        assert_eq!(search(&data, "talks"), [1]);
        assert!(search(&data, "no such words").is_empty());
    }

    #[test]
    fn matches_are_visited_in_display_order_and_wrap() {
        let data = minimal();
        let mut view = TimelineView::new(&data, true);
        view.matches = Some(vec![0, 2, 3]);
        // Newest first: rows are 3, 2, 1, 0; the selection starts on event 3.
        assert_eq!(view.find(&data, true, true, 10), Some((1, 3)));
        assert_eq!(view.selected(), Some(3));
        assert_eq!(view.find(&data, true, false, 10), Some((2, 3)));
        assert_eq!(view.selected(), Some(2));
        assert_eq!(view.find(&data, true, false, 10), Some((3, 3)));
        assert_eq!(view.selected(), Some(0));
        assert_eq!(view.find(&data, true, false, 10), Some((1, 3)));
        assert_eq!(view.selected(), Some(3));
        assert_eq!(view.find(&data, false, false, 10), Some((3, 3)));
        assert_eq!(view.selected(), Some(0));
    }

    #[test]
    fn years_are_found_by_binary_search_in_either_order() {
        let data = minimal();
        let mut view = TimelineView::new(&data, false);
        assert_eq!(view.jump_to_year(&data, 2022, 10), Some(2022));
        assert_eq!(view.selected(), Some(2));
        view.toggle_order(&data, 10);
        // Events in 2019, 2021, 2022 and 2023: none in 2020, and 2019 and 2021 are as near.
        let found = view.jump_to_year(&data, 2020, 10);
        assert!(found == Some(2019) || found == Some(2021), "{found:?}");
        assert_eq!(
            view.jump_to_year(&data, 1900, 10),
            Some(2019),
            "the oldest is nearest"
        );
        assert_eq!(view.selected(), Some(0));
        assert_eq!(view.jump_to_year(&data, 3000, 10), Some(2023));
    }
}
