//! The exercises table's column menu: every column the table may show beside the year and
//! name, each with how many rows give it, the ones shown marked; Enter shows or hides the
//! selected one and the menu stays open for the next.

use super::App;
use super::exercises::Column;
use super::menu::{Menu, MenuItem, Pick};
use crate::data::Exercise;

/// The columns the menu offers: all but the year and name, which always show.
const OFFERED: [Column; 7] = [
    Column::Date,
    Column::Host,
    Column::Place,
    Column::Domain,
    Column::Total,
    Column::First,
    Column::Second,
];

/// Whether `e` gives a value for `column`.
fn gives(e: &Exercise, column: Column) -> bool {
    match column {
        Column::Year | Column::Name | Column::Date => true,
        Column::Host => !e.host.is_empty(),
        Column::Place => !e.location.is_empty(),
        Column::Domain => !e.domain.is_empty(),
        Column::Total => e.total_personnel.is_some(),
        Column::First => e.personnel[0].is_some(),
        Column::Second => e.personnel[1].is_some(),
    }
}

impl App {
    /// Opens the column menu of the exercises table, on `selected`.
    pub(super) fn open_column_menu(&mut self, selected: usize) {
        let data = self.data();
        let hidden = &self.view().exercises.hidden;
        let codes = &data.manifest.countries;
        let items = OFFERED
            .iter()
            .map(|&column| {
                let name = match column {
                    Column::First => format!("{} personnel", codes[0].code),
                    Column::Second => format!("{} personnel", codes[1].code),
                    other => other.name().to_string(),
                };
                MenuItem {
                    label: name,
                    count: data.exercises.iter().filter(|e| gives(e, column)).count(),
                    pick: Pick::Column(column),
                    current: !hidden.contains(&column),
                }
            })
            .collect();
        self.menu = Some(Menu {
            title: "Exercise columns (● shown where room allows)",
            items,
            typed: String::new(),
            selected,
            confirm: "show/hide",
        });
    }

    /// Shows the column if it was hidden, hides it if not, and opens the menu again on it.
    pub(super) fn toggle_column(&mut self, column: Column) {
        let hidden = &mut self.view_mut().exercises.hidden;
        match hidden.iter().position(|c| *c == column) {
            Some(at) => {
                hidden.remove(at);
            }
            None => hidden.push(column),
        }
        let at = OFFERED.iter().position(|c| *c == column).unwrap_or(0);
        self.open_column_menu(at);
    }
}
