//! The cooperation pane's month cursor as sentences.

use crate::tui::app::{App, DatasetView};
use crate::tui::panes::cooperation::describe;

/// The cursor month's figures.
pub fn month(app: &App, view: &DatasetView) -> String {
    format!("{}.", describe(app, view).0)
}

/// Where the cursor month's figures come from.
pub fn source(app: &App, view: &DatasetView) -> String {
    describe(app, view).1
}
