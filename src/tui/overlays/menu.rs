//! The filter menu: what the focused list may be narrowed to, each with the rows it keeps,
//! the one shown now marked, the selected one in reverse video; and the same box for the
//! exercises table's column menu, each column with the rows that give it.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::pick_list::PickList;
use crate::text::fit;
use crate::tui::app::App;

/// Where the menu sits: narrower than the help, as tall as its entries allow.
fn menu_area(area: Rect, entries: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(56);
    let most = area.height.saturating_sub(2);
    let height = u16::try_from(entries + 4).map_or(most, |h| h.min(most));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + 1,
        width,
        height,
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(menu) = &app.menu else {
        return;
    };
    let theme = &app.theme;
    let popup = menu_area(area, menu.items.len());
    let width = usize::from(popup.width.saturating_sub(2));
    let now = if theme.symbols.ascii { "*" } else { "●" };
    let rows = menu
        .shown()
        .into_iter()
        .map(|i| {
            let item = &menu.items[i];
            let mark = if item.current { now } else { " " };
            let count = fit::thousands(item.count as u64);
            let room = width.saturating_sub(fit::width(&count) + 5);
            let label = fit::pad(
                &theme.symbols.text(&item.label),
                room,
                theme.symbols.ellipsis,
            );
            format!(" {mark} {label} {count} ")
        })
        .collect();
    let list = PickList {
        title: menu.title,
        typed: &menu.typed,
        none: "Nothing matches.",
        rows,
        selected: menu.selected,
        confirm: menu.confirm,
    };
    super::pick_list::render(frame, popup, app, list);
}
