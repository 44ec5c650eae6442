//! The switcher: the library's datasets in a box over the dashboard, filtered by what the
//! user types, with the open ones marked and the selected one in reverse video.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::pick_list::PickList;
use crate::text::fit;
use crate::tui::app::App;
use crate::tui::layout::help_area;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(picker) = &app.picker else {
        return;
    };
    let theme = &app.theme;
    let popup = help_area(area);
    let width = usize::from(popup.width.saturating_sub(2));
    let rows = app
        .picked()
        .into_iter()
        .map(|i| {
            let choice = &app.library[i];
            let open = app.views.iter().any(|v| v.name == choice.name);
            let mark = if open { "open" } else { "    " };
            let about = if choice.about.is_empty() {
                choice.place.clone()
            } else {
                format!("{}  {}", choice.about, choice.place)
            };
            let text = format!(" {:<16} {mark}  {}", choice.name, about);
            fit::pad(&theme.symbols.text(&text), width, theme.symbols.ellipsis)
        })
        .collect();
    let list = PickList {
        title: if picker.beside {
            "Compare with"
        } else {
            "Datasets"
        },
        typed: &picker.filter,
        none: "No dataset matches.",
        rows,
        selected: picker.selected,
        confirm: if picker.beside { "compare" } else { "switch" },
    };
    super::pick_list::render(frame, popup, app, list);
}
