//! The overview screen's state: one row per dataset of the library (filled as the summaries
//! are read), the order and filter the user chose, the selected row, the pairs marked for
//! comparison and the columns shown. Drawing is in [`draw`], keys in [`keys`], the columns in
//! [`columns`].

pub mod columns;
pub mod draw;

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::library::Entry;
use crate::library::overview::{Column, Filter, Row, indicators_of, sort_order};

use columns::ScreenColumn;

/// The overview while the session has one: kept when the dashboard is in front, so Esc
/// comes back to the same row.
#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// Whether the overview is in front of the dashboard.
    pub open: bool,
    /// The library's datasets, for reading their summaries.
    pub entries: Vec<Entry>,
    /// The rows read so far, in the library's order.
    pub rows: Vec<Row>,
    /// Whether the summaries have been asked for (once per session).
    pub asked: bool,
    /// The rows shown, as indices into `rows`: filtered, then sorted.
    pub order: Vec<usize>,
    /// The column sorted by and whether descending.
    pub sort: Option<Column>,
    pub reverse: bool,
    pub filter: Filter,
    /// The filter being typed after `/`.
    pub typing: Option<String>,
    /// The selected row, as an index into `order`, and the first row shown.
    pub selected: usize,
    pub offset: usize,
    /// The names of the datasets marked for comparison, in the order marked (at most four).
    pub marked: Vec<String>,
    /// The columns left out by the column menu.
    pub hidden: BTreeSet<String>,
    /// The column menu's selected line while it is open.
    pub menu: Option<usize>,
    /// Counts the changes of the rows shown (each [`Overview::refresh`]).
    generation: u64,
    /// What is measured over every row shown, kept until they change: a key that only
    /// moves the cursor draws without going through a thousand rows again.
    measured: RefCell<Option<Measured>>,
}

/// The columns the rows shown have and each one's natural width (its widest text or its
/// heading), as of one generation of the rows shown and one symbol set.
#[derive(Debug, Clone)]
struct Measured {
    generation: u64,
    ascii: Option<bool>,
    columns: Vec<ScreenColumn>,
    natural: Vec<usize>,
}

impl Overview {
    /// The overview of the library `entries`, nothing read yet.
    pub fn new(entries: Vec<Entry>) -> Overview {
        Overview {
            entries,
            ..Overview::default()
        }
    }

    /// Whether every dataset's summary is in.
    pub fn complete(&self) -> bool {
        self.rows.len() >= self.entries.len()
    }

    /// Rows read on the background thread, added in the library's order.
    pub fn add_rows(&mut self, rows: Vec<Row>) {
        let name = self.selected_row().map(|r| r.name.clone());
        self.rows.extend(rows);
        self.refresh();
        if let Some(name) = name {
            self.select_name(&name);
        }
    }

    /// The row under the cursor.
    pub fn selected_row(&self) -> Option<&Row> {
        self.order.get(self.selected).map(|&i| &self.rows[i])
    }

    /// The rows shown, in order.
    pub fn shown(&self) -> impl Iterator<Item = &Row> {
        self.order.iter().map(|&i| &self.rows[i])
    }

    /// The columns the menu offers: every column the screen has for these rows.
    pub fn columns(&self) -> Vec<ScreenColumn> {
        if let Some(m) = self.measured.borrow().as_ref()
            && m.generation == self.generation
        {
            return m.columns.clone();
        }
        let cooperation = self.shown().any(|r| r.summary.cooperation.is_some());
        let columns = columns::all(&indicators_of(self.shown()), cooperation);
        *self.measured.borrow_mut() = Some(Measured {
            generation: self.generation,
            ascii: None,
            columns: columns.clone(),
            natural: Vec::new(),
        });
        columns
    }

    /// Every column's natural width over the rows shown that load: its widest text in
    /// `sym`, or its heading and a space.
    pub fn natural_widths(
        &self,
        sym: &crate::text::symbols::Symbols,
    ) -> Vec<(ScreenColumn, usize)> {
        let columns = self.columns();
        if let Some(m) = self.measured.borrow().as_ref()
            && m.generation == self.generation
            && m.ascii == Some(sym.ascii)
        {
            return columns.into_iter().zip(m.natural.iter().copied()).collect();
        }
        let natural: Vec<usize> = columns
            .iter()
            .map(|column| {
                self.shown()
                    .filter(|r| r.summary.problem.is_none())
                    .map(|r| crate::text::fit::width(&column.text(r, sym)))
                    .max()
                    .unwrap_or(0)
                    .max(crate::text::fit::width(&column.heading()) + 1)
            })
            .collect();
        *self.measured.borrow_mut() = Some(Measured {
            generation: self.generation,
            ascii: Some(sym.ascii),
            columns: columns.clone(),
            natural: natural.clone(),
        });
        columns.into_iter().zip(natural).collect()
    }

    /// The columns drawn: those not hidden by the menu.
    pub fn visible_columns(&self) -> Vec<ScreenColumn> {
        self.columns()
            .into_iter()
            .filter(|c| !self.hidden.contains(&c.key()))
            .collect()
    }

    /// Filters and sorts again, keeping the selection on a row shown.
    pub fn refresh(&mut self) {
        let kept: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.filter.keeps(&self.rows[i]))
            .collect();
        // A new sort alone keeps the rows shown and what was measured over them.
        let mut before = self.order.clone();
        before.sort_unstable();
        if before != kept {
            self.generation += 1;
        }
        self.order = kept;
        if let Some(column) = &self.sort {
            sort_order(&self.rows, &mut self.order, column, self.reverse);
        }
        self.selected = self.selected.min(self.order.len().saturating_sub(1));
    }

    /// Puts the cursor on the dataset `name`, if it is shown.
    pub fn select_name(&mut self, name: &str) {
        if let Some(at) = self.order.iter().position(|&i| self.rows[i].name == name) {
            self.selected = at;
        }
    }

    /// Moves the cursor by `by` rows, within the rows shown.
    pub fn move_by(&mut self, by: isize) {
        let last = self.order.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
    }

    /// Keeps the selected row within the `height` rows shown.
    pub fn fit(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(
            self.order
                .len()
                .saturating_sub(height.min(self.order.len())),
        );
    }

    /// Sorts by the next column shown (the first after none), ascending.
    pub fn sort_next(&mut self) {
        let columns = self.visible_columns();
        let keys: Vec<Column> = columns.iter().filter_map(|c| c.sort_column()).collect();
        let at = self
            .sort
            .as_ref()
            .and_then(|s| keys.iter().position(|k| k == s));
        self.sort = match at {
            Some(i) => keys.get(i + 1).cloned(),
            None => keys.first().cloned(),
        };
        self.reverse = false;
        self.refresh();
    }

    /// Reverses the order, sorting by the first column when none was chosen.
    pub fn sort_reverse(&mut self) {
        if self.sort.is_none() {
            self.sort = Some(Column::Name);
        }
        self.reverse = !self.reverse;
        self.refresh();
    }

    /// Marks or unmarks the selected pair for comparison (the oldest mark goes when a fifth
    /// is marked).
    pub fn toggle_mark(&mut self) {
        let Some(name) = self.selected_row().map(|r| r.name.clone()) else {
            return;
        };
        if let Some(at) = self.marked.iter().position(|m| *m == name) {
            self.marked.remove(at);
        } else {
            self.marked.push(name);
            if self.marked.len() > crate::tui::app::MAX_COMPARED {
                self.marked.remove(0);
            }
        }
    }

    /// Sets the filter from what was typed: an ISO code in capitals that one of the rows'
    /// countries has (`RUS`) keeps that country's pairs; anything else is free text.
    pub fn set_filter(&mut self, text: &str) {
        let text = text.trim();
        let code = text.len() == 3
            && text.chars().all(|c| c.is_ascii_uppercase())
            && self.rows.iter().any(|r| r.summary.involves(text));
        self.filter = if text.is_empty() {
            Filter::default()
        } else if code {
            Filter {
                country: Some(text.to_string()),
                text: None,
            }
        } else {
            Filter {
                country: None,
                text: Some(text.to_string()),
            }
        };
        self.selected = 0;
        self.offset = 0;
        self.refresh();
    }

    /// `3 of 12 pairs`, or `12 pairs` when nothing is filtered out; while reading, how many
    /// have been read.
    pub fn count_label(&self) -> String {
        let total = self.entries.len().max(self.rows.len());
        let mut text = if self.order.len() == total {
            format!("{total} pairs")
        } else {
            format!("{} of {total} pairs", self.order.len())
        };
        if !self.complete() {
            text.push_str(&format!(
                ", reading {} of {}…",
                self.rows.len(),
                self.entries.len()
            ));
        }
        text
    }
}
