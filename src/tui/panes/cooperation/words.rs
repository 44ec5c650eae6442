//! The cooperation pane's month cursor as sentences.

use crate::report::record::describe_cooperation_month;
use crate::tui::app::registry::Words;
use crate::tui::app::{App, DatasetView};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: month,
    source,
};

/// The cooperation cursor's month in words and its source.
fn describe(app: &App, view: &DatasetView) -> (String, String) {
    describe_cooperation_month(&view.data, app.charts.month(super::ID))
}

/// The cursor month's figures.
pub fn month(app: &App, view: &DatasetView) -> String {
    format!("{}.", describe(app, view).0)
}

/// Where the cursor month's figures come from.
pub fn source(app: &App, view: &DatasetView) -> String {
    describe(app, view).1
}
