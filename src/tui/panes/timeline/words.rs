//! What plain mode says of the selected event.

use crate::tui::app::DatasetView;
use crate::tui::app::registry::Words;
use crate::tui::panes::phrases::{date, marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: |_, view| event(view),
    source: |_, view| event_details(view),
};

/// `Event 1 of 88, newest first: 9 December 2025, military. Tenth joint air patrol.`
pub fn event(view: &DatasetView) -> String {
    let state = &view.timeline;
    let Some(i) = state.selected() else {
        return "No events to show.".to_string();
    };
    let e = view.data.events.get(i);
    let order = if state.newest_first {
        "newest first"
    } else {
        "oldest first"
    };
    format!(
        "Event {} of {}, {order}: {}, {}. {}.{}",
        state.cursor.selected + 1,
        state.rows.len(),
        date(e.date()),
        view.data.category_name(e),
        e.title().trim_end_matches('.'),
        marked(e.quality())
    )
}

pub(crate) fn event_details(view: &DatasetView) -> String {
    let Some(i) = view.timeline.selected() else {
        return "No event selected.".to_string();
    };
    let e = view.data.events.get(i);
    format!(
        "{}{}{}",
        e.description(),
        note(&e.note()),
        source(&e.citation(), &view.data)
    )
}
