//! What the plain mode says: the item the focused pane has selected, as full sentences
//! with units and marks in words, and its note and source on request, as the pane's
//! registry row words them. Pure functions of the session.

use crate::tui::app::{App, DatasetView};

/// What the focused pane has selected, for each dataset shown.
pub fn selected(app: &App) -> String {
    let shown: Vec<&DatasetView> = app.shown_views().iter().map(|&i| &app.views[i]).collect();
    let compared = shown.len() > 1;
    let words = app.registry.get(app.focus).and_then(|p| p.words);
    let parts: Vec<String> = shown
        .iter()
        .map(|view| {
            let text = words.map_or_else(String::new, |w| (w.said)(app, view));
            if compared {
                format!("{}: {text}", view.title())
            } else {
                text
            }
        })
        .collect();
    parts.join(" ")
}

/// The row a list's search is on, where the focused pane's words speak of its year rather
/// than of the row (the meetings and arms deals under a chart): ` Found: ...`.
pub fn found(app: &App) -> String {
    let view = app.view();
    let said = app.registry.row_search(app.focus).and_then(|s| s.said);
    let current = crate::tui::app::find::shown(app, view, app.focus).and_then(|f| f.current);
    match (said, current) {
        (Some(said), Some(row)) => format!(" Found: {}", said(&view.data, row)),
        _ => String::new(),
    }
}

/// The note and source of what the focused pane has selected, in the dataset in front.
pub fn details(app: &App) -> String {
    let view = app.view();
    let words = app.registry.get(app.focus).and_then(|p| p.words);
    words.map_or_else(String::new, |w| (w.source)(app, view))
}

/// The whole record of what the focused pane has selected: every field, note and source.
pub fn record(app: &App) -> String {
    match app.selected_subject() {
        Some(subject) => {
            let dash = app.theme.symbols.range_dash;
            let record = crate::report::record::Record::of(app.data(), subject, dash);
            super::spoken::record(&record, app.data())
        }
        None => "Nothing is selected here.".to_string(),
    }
}
