//! View state of the exercises table: sort column and direction, selection.

use std::cmp::Ordering;

use ratatui::layout::Constraint;

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
    /// What the column holds, in words.
    pub fn name(self) -> &'static str {
        match self {
            Column::Year => "year",
            Column::Name => "name",
            Column::Host => "host",
            Column::Domain => "domain",
            Column::Total => "total personnel",
            Column::First => "the first country's personnel",
            Column::Second => "the second country's personnel",
        }
    }

    /// The columns of `data`'s exercises that fit `width`, in display order, with their
    /// widths. Host and Domain take what their longest entry needs (within a cap) rather
    /// than a fixed share, and a column empty in every row takes no room at all; the name
    /// takes the rest.
    pub(crate) fn shown_at(data: &Dataset, width: u16) -> Vec<(Column, Constraint)> {
        let exercises = &data.exercises;
        let widest = |text: fn(&Exercise) -> &str, cap: usize| {
            let w = exercises
                .iter()
                .map(|e| crate::text::fit::width(text(e)))
                .max()
                .unwrap_or(0);
            w.min(cap) as u16
        };
        let host = widest(|e| e.host.as_str(), 32);
        let domain = widest(|e| e.domain.as_str(), 28);
        let has = |c: usize| exercises.iter().any(|e| e.personnel[c].is_some());
        let any_total = exercises.iter().any(|e| e.total_personnel.is_some());
        let mut cols = vec![
            (Column::Year, Constraint::Length(5)),
            (Column::Name, Constraint::Fill(1)),
        ];
        if width >= 110 && host > 0 {
            cols.push((Column::Host, Constraint::Length(host.max(4))));
        }
        if width >= 76 && domain > 0 {
            let room = if width >= 110 { domain } else { domain.min(14) };
            cols.push((Column::Domain, Constraint::Length(room.max(6))));
        }
        if any_total || !(has(0) || has(1)) {
            cols.push((Column::Total, Constraint::Length(10)));
        }
        if width >= 50 {
            // `12,000 c!`: the marks move here when there is no total.
            for (c, column) in [(0, Column::First), (1, Column::Second)] {
                if has(c) {
                    cols.push((column, Constraint::Length(8)));
                }
            }
        }
        cols
    }

    /// The next of the `shown` columns after this one (the first if this one is hidden).
    fn next_of(self, shown: &[Column]) -> Column {
        let next = shown.iter().position(|c| *c == self).map_or(0, |i| i + 1);
        shown
            .get(next % shown.len().max(1))
            .copied()
            .unwrap_or(Column::Year)
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
            Column::Name => text(natural(&a.name, &b.name)),
            Column::Host => text(natural(&a.host, &b.host)),
            Column::Domain => text(a.domain.cmp(&b.domain)),
            Column::Total => known_first(a.total_personnel, b.total_personnel),
            Column::First => known_first(a.personnel[0], b.personnel[0]),
            Column::Second => known_first(a.personnel[1], b.personnel[1]),
        };
        by.then(a.start.cmp(&b.start))
    }
}

/// Text order as people read it: case ignored, and numbers by value (`#2` before `#10`).
fn natural(a: &str, b: &str) -> Ordering {
    let chunks = |s: &str| -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    };
    let (a, b) = (chunks(a), chunks(b));
    for (x, y) in a.iter().zip(&b) {
        let order = match (x, y) {
            ((true, x), (true, y)) => {
                let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            }
            ((_, x), (_, y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

/// Which exercises the table shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExerciseFilter {
    /// Those whose domains include this word (`naval`).
    Domain(String),
    /// Those with this host, as the data writes it.
    Host(String),
}

impl ExerciseFilter {
    pub fn passes(&self, e: &Exercise) -> bool {
        match self {
            ExerciseFilter::Domain(d) => e.domain.split('/').any(|w| w == d),
            ExerciseFilter::Host(h) => e.host == *h,
        }
    }

    /// `domain naval`, `host Russia`: what the pane's title says.
    pub fn describe(&self) -> String {
        match self {
            ExerciseFilter::Domain(d) => format!("domain {d}"),
            ExerciseFilter::Host(h) => format!("host {h}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExercisesView {
    pub sort: Column,
    pub descending: bool,
    /// Only the exercises this lets through are listed.
    pub filter: Option<ExerciseFilter>,
    /// Indices into the dataset's exercises, in display order.
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
}

impl ExercisesView {
    pub fn new(data: &Dataset) -> Self {
        let mut view = ExercisesView {
            sort: Column::Year,
            descending: false,
            filter: None,
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
    pub(crate) fn set_sort(
        &mut self,
        data: &Dataset,
        sort: Column,
        descending: bool,
        height: usize,
    ) {
        self.sort = sort;
        self.descending = descending;
        self.resort(data, height);
    }

    /// Selects the first exercise `wanted` accepts, if any.
    pub(crate) fn select_where(
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

    /// Lists only the exercises `filter` lets through (all with `None`), keeping the
    /// selected one where it still shows.
    pub(crate) fn set_filter(
        &mut self,
        data: &Dataset,
        filter: Option<ExerciseFilter>,
        height: usize,
    ) {
        let keep = self.selected();
        self.rows = (0..data.exercises.len())
            .filter(|&i| filter.as_ref().is_none_or(|f| f.passes(&data.exercises[i])))
            .collect();
        self.filter = filter;
        let (sort, descending) = (self.sort, self.descending);
        self.rows
            .sort_by(|&a, &b| sort.compare(&data.exercises[a], &data.exercises[b], descending));
        let index = keep.and_then(|k| self.rows.iter().position(|&r| r == k));
        let last = self.rows.len().saturating_sub(1);
        self.cursor
            .select(index.unwrap_or(last), self.rows.len(), height);
    }

    /// Sorts by the next of the columns on screen.
    pub(crate) fn sort_next(&mut self, data: &Dataset, height: usize, shown: &[Column]) {
        self.sort = self.sort.next_of(shown);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_people_read_them() {
        let mut names = ["patrol #10", "Patrol #2", "patrol #1", "Alpha", "patrol"];
        names.sort_by(|a, b| natural(a, b));
        assert_eq!(
            names,
            ["Alpha", "patrol", "patrol #1", "Patrol #2", "patrol #10"]
        );
    }

    #[test]
    fn the_sort_key_cycles_through_the_columns_shown() {
        let shown = [Column::Year, Column::Name, Column::Total];
        assert_eq!(Column::Year.next_of(&shown), Column::Name);
        assert_eq!(Column::Total.next_of(&shown), Column::Year);
        assert_eq!(Column::Host.next_of(&shown), Column::Year);
    }
}
