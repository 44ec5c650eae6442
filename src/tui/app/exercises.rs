//! View state of the exercises table: sort column and direction, selection.

use std::cmp::Ordering;

use crate::data::{Dataset, Exercise};

use super::cursor::ListCursor;

/// The table's columns, in the order the sort key cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Year,
    Name,
    Date,
    Host,
    Place,
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
            Column::Date => "dates",
            Column::Host => "host",
            Column::Place => "place",
            Column::Domain => "domain",
            Column::Total => "total personnel",
            Column::First => "the first country's personnel",
            Column::Second => "the second country's personnel",
        }
    }

    /// The columns of `data`'s exercises that fit `width`, in display order, with their
    /// widths. Each takes what its longest entry needs (within a cap), so no column carries
    /// blank room: the year, name and sizes always; then, while room is left, the domain,
    /// host, dates and place, in that order; a column empty in every row takes no room at
    /// all ([`Column::empty_sides`] names the sides left out so).
    pub(crate) fn shown_at(data: &Dataset, width: u16, hidden: &[Column]) -> Vec<(Column, u16)> {
        let exercises = &data.exercises;
        let widest = |text: &dyn Fn(&Exercise) -> String, cap: usize| {
            let w = exercises
                .iter()
                .map(|e| crate::text::fit::width(&text(e)))
                .max()
                .unwrap_or(0);
            w.min(cap) as u16
        };
        let name = widest(&|e| e.name.clone(), 40).max(4);
        let has = |c: usize| exercises.iter().any(|e| e.personnel[c].is_some());
        let any_total = exercises.iter().any(|e| e.total_personnel.is_some());
        let mut sizes = Vec::new();
        if any_total || !(has(0) || has(1)) {
            sizes.push((Column::Total, 10));
        }
        if width >= 50 {
            // `12,000 c!`: the marks move here when there is no total.
            for (c, column) in [(0, Column::First), (1, Column::Second)] {
                if has(c) {
                    sizes.push((column, 8));
                }
            }
        }
        // The name keeps 24 columns (or its longest, or what the sizes leave) while the
        // others are placed: it matters more than any of them.
        let fixed: u16 = 5 + 1 + sizes.iter().map(|(_, w)| 1 + w).sum::<u16>();
        let least_name = name
            .min(24)
            .min(width.saturating_sub(fixed))
            .max(4.min(name));
        let mut used = fixed + least_name;
        // Sizes hidden from the menu give their room back.
        for (c, w) in &sizes {
            if hidden.contains(c) {
                used -= 1 + w;
            }
        }
        let optional = [
            (Column::Domain, widest(&|e| e.domain.clone(), 28).max(6)),
            (Column::Host, widest(&|e| e.host.clone(), 32).max(4)),
            (Column::Date, widest(&date_text, 21).max(5)),
            (Column::Place, widest(&|e| e.location.clone(), 32).max(5)),
        ];
        let mut extra = Vec::new();
        for (column, w) in optional {
            let empty = hidden.contains(&column)
                || match column {
                    Column::Domain => exercises.iter().all(|e| e.domain.is_empty()),
                    Column::Host => exercises.iter().all(|e| e.host.is_empty()),
                    _ => false,
                };
            // What does not fit whole may still show cut, given ten columns.
            let cut = w.min(width.saturating_sub(used + 1));
            if !empty && !exercises.is_empty() && (cut == w || cut >= 10) {
                used += 1 + cut;
                extra.push((column, cut));
            }
        }
        let grow = (name - least_name).min(width.saturating_sub(used));
        let name = least_name + grow;
        used += grow;
        // Room still left goes to the place, the longest text after the name.
        for (_, w) in extra.iter_mut().filter(|(c, _)| *c == Column::Place) {
            let whole = widest(&|e| e.location.clone(), usize::MAX).max(*w);
            let more = (whole - *w).min(width.saturating_sub(used));
            *w += more;
            used += more;
        }
        let mut cols = vec![(Column::Year, 5), (Column::Name, name)];
        for order in [Column::Date, Column::Host, Column::Place, Column::Domain] {
            cols.extend(extra.iter().filter(|(c, _)| *c == order));
        }
        cols.extend(sizes);
        cols.into_iter()
            .filter(|(c, _)| !hidden.contains(c))
            .collect()
    }

    /// The sides (by country code) whose personnel column is empty in every row, and so
    /// left out: the pane's title says so.
    pub fn empty_sides(data: &Dataset) -> Vec<&str> {
        let exercises = &data.exercises;
        (0..2)
            .filter(|&c| {
                !exercises.is_empty() && exercises.iter().all(|e| e.personnel[c].is_none())
            })
            .map(|c| data.manifest.countries[c].code.as_str())
            .collect()
    }

    pub const ALL: [Column; 9] = [
        Column::Year,
        Column::Name,
        Column::Date,
        Column::Host,
        Column::Place,
        Column::Domain,
        Column::Total,
        Column::First,
        Column::Second,
    ];

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
            Column::Date => text(a.start.cmp(&b.start).then(a.end.cmp(&b.end))),
            Column::Host => text(natural(&a.host, &b.host)),
            Column::Place => text(natural(&a.location, &b.location)),
            Column::Domain => text(a.domain.cmp(&b.domain)),
            Column::Total => known_first(a.total_personnel, b.total_personnel),
            Column::First => known_first(a.personnel[0], b.personnel[0]),
            Column::Second => known_first(a.personnel[1], b.personnel[1]),
        };
        by.then(a.start.cmp(&b.start))
    }
}

/// An exercise's dates as the table shows them: `2021-08-01–08-09`, the end's year left
/// out where it is the start's (one column of dash either way; ASCII shows `-`).
pub fn date_text(e: &Exercise) -> String {
    let start = e.start.to_string();
    match e.end.map(|end| end.to_string()) {
        Some(end) if start.len() > 5 && end.len() == start.len() && end[..5] == start[..5] => {
            format!("{start}–{}", &end[5..])
        }
        Some(end) => format!("{start}–{end}"),
        None => start,
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
    /// The columns hidden from the column menu (the table shows the others where room
    /// allows).
    pub hidden: Vec<Column>,
}

impl ExercisesView {
    pub fn new(data: &Dataset) -> Self {
        let mut view = ExercisesView {
            sort: Column::Year,
            descending: false,
            filter: None,
            rows: (0..data.exercises.len()).collect(),
            cursor: ListCursor::default(),
            hidden: Vec::new(),
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
