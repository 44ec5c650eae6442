//! What plain mode says of its menus: the switcher's datasets, the filter menu's entries
//! with their counts, and what the list shows once one is picked.

use super::key_of;
use crate::tui::app::App;
use crate::tui::input::action::Action;
use crate::tui::input::action::Scope;

/// The filter menu's entries that what was typed lets through, as sentences.
pub fn menu(app: &App) -> String {
    let Some(menu) = &app.menu else {
        return String::new();
    };
    let shown = menu.shown();
    let list: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let item = &menu.items[i];
            let selected = if n == menu.selected {
                " (selected)"
            } else {
                ""
            };
            let now = if item.current { ", shown now" } else { "" };
            format!("{}{selected}: {}{now}.", item.label, item.count)
        })
        .collect();
    format!(
        "{}: {} choices. {} Type to narrow, {} and {} move, {} shows, {} closes.",
        menu.title,
        list.len(),
        list.join(" "),
        key_of(app, Action::PickPrevious),
        key_of(app, Action::PickNext),
        key_of(app, Action::Confirm),
        key_of(app, Action::Cancel)
    )
}

/// The filter menu's selected entry alone, with its place among those shown: what a move
/// in the menu says, rather than every entry again.
pub(crate) fn menu_selected(app: &App) -> String {
    let Some(menu) = &app.menu else {
        return String::new();
    };
    let shown = menu.shown();
    let Some(item) = shown.get(menu.selected).map(|&i| &menu.items[i]) else {
        return "Nothing matches.".to_string();
    };
    let now = if item.current { ", shown now" } else { "" };
    format!(
        "{} of {}: {}: {}{now}.",
        menu.selected + 1,
        shown.len(),
        item.label,
        item.count
    )
}

/// How many rows the focused list shows after a filter was picked.
pub(crate) fn shown_rows(app: &App) -> String {
    let v = app.view();
    let has = |scope| app.registry.has_scope(app.focus, scope);
    match () {
        () if has(Scope::Exercises) => match &v.exercises.filter {
            Some(f) => format!(
                "Showing {} exercises: {}. ",
                f.describe(),
                v.exercises.rows.len()
            ),
            None => format!("Showing all {} exercises. ", v.exercises.rows.len()),
        },
        () if has(Scope::Timeline) => format!("Showing {} events. ", v.timeline.rows.len()),
        () => String::new(),
    }
}

/// The switcher's selected dataset alone, with its place among those that match.
pub(crate) fn dataset_selected(app: &App) -> String {
    let picked = app.picked();
    let selected = app.picker.as_ref().map_or(0, |p| p.selected);
    let Some(c) = picked.get(selected).map(|&i| &app.library[i]) else {
        return "No dataset matches.".to_string();
    };
    let about = if c.about.is_empty() {
        c.place.clone()
    } else {
        c.about.clone()
    };
    format!("{} of {}: {}: {about}.", selected + 1, picked.len(), c.name)
}

/// The switcher's choices as sentences.
pub fn datasets(app: &App) -> String {
    let picked = app.picked();
    let selected = app.picker.as_ref().map_or(0, |p| p.selected);
    let list: Vec<String> = picked
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let c = &app.library[i];
            let mark = if n == selected { " (selected)" } else { "" };
            let about = if c.about.is_empty() {
                c.place.clone()
            } else {
                c.about.clone()
            };
            format!("{}{mark}: {about}.", c.name)
        })
        .collect();
    format!(
        "{} dataset{} match. {} Type to filter, {} and {} move, {} chooses, {} closes.",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        list.join(" "),
        key_of(app, Action::PickPrevious),
        key_of(app, Action::PickNext),
        key_of(app, Action::Confirm),
        key_of(app, Action::Cancel)
    )
}
