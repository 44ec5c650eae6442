//! View state of the exercises table: sort column and direction, selection.

use std::cmp::Ordering;

use crate::data::{Dataset, Exercise};

use super::cursor::ListCursor;

/// The table's columns, in the order the sort key cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Year,
    Name,
    Host,
    Domain,
    Total,
    First,
    Second,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Year,
        Column::Name,
        Column::Host,
        Column::Domain,
        Column::Total,
        Column::First,
        Column::Second,
    ];

    fn next(self) -> Column {
        let i = Column::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Column::ALL[(i + 1) % Column::ALL.len()]
    }

    /// Orders two exercises by this column; unknown figures go last in either direction.
    fn compare(self, a: &Exercise, b: &Exercise, descending: bool) -> Ordering {
        let known_first = |x: Option<u32>, y: Option<u32>| match (x, y) {
            (Some(x), Some(y)) => {
                let o = x.cmp(&y);
                if descending { o.reverse() } else { o }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let text = |o: Ordering| if descending { o.reverse() } else { o };
        let by = match self {
            Column::Year => text(a.start.cmp(&b.start)),
            Column::Name => text(a.name.to_lowercase().cmp(&b.name.to_lowercase())),
            Column::Host => text(a.host.to_lowercase().cmp(&b.host.to_lowercase())),
            Column::Domain => text(a.domain.cmp(&b.domain)),
            Column::Total => known_first(a.total_personnel, b.total_personnel),
            Column::First => known_first(a.personnel[0], b.personnel[0]),
            Column::Second => known_first(a.personnel[1], b.personnel[1]),
        };
        by.then(a.start.cmp(&b.start))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExercisesView {
    pub sort: Column,
    pub descending: bool,
    /// Indices into the dataset's exercises, in display order.
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
}

impl ExercisesView {
    pub fn new(data: &Dataset) -> Self {
        let mut view = ExercisesView {
            sort: Column::Year,
            descending: false,
            rows: (0..data.exercises.len()).collect(),
            cursor: ListCursor::default(),
        };
        view.resort(data, 1);
        view.cursor
            .select(view.rows.len().saturating_sub(1), view.rows.len(), 1);
        view
    }

    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.selected).copied()
    }

    /// Sorts by `sort`, keeping the selected exercise.
    pub fn set_sort(&mut self, data: &Dataset, sort: Column, descending: bool, height: usize) {
        self.sort = sort;
        self.descending = descending;
        self.resort(data, height);
    }

    /// Selects the first exercise `wanted` accepts, if any.
    pub fn select_where(
        &mut self,
        data: &Dataset,
        height: usize,
        wanted: impl Fn(&Exercise) -> bool,
    ) -> bool {
        match self.rows.iter().position(|&i| wanted(&data.exercises[i])) {
            Some(row) => {
                self.cursor.select(row, self.rows.len(), height);
                true
            }
            None => false,
        }
    }

    pub fn sort_next(&mut self, data: &Dataset, height: usize) {
        self.sort = self.sort.next();
        self.resort(data, height);
    }

    pub fn reverse(&mut self, data: &Dataset, height: usize) {
        self.descending = !self.descending;
        self.resort(data, height);
    }

    /// Sorts again, keeping the same exercise selected.
    fn resort(&mut self, data: &Dataset, height: usize) {
        let keep = self.selected();
        let (sort, descending) = (self.sort, self.descending);
        self.rows
            .sort_by(|&a, &b| sort.compare(&data.exercises[a], &data.exercises[b], descending));
        let index = keep
            .and_then(|k| self.rows.iter().position(|&r| r == k))
            .unwrap_or(0);
        self.cursor.select(index, self.rows.len(), height);
    }
}
