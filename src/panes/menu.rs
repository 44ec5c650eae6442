//! The filter menu: what the focused list may be narrowed to, each with the rows it keeps,
//! the one shown now marked, the selected one in reverse video.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::action::Action;
use crate::app::App;
use crate::fit;

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
    let e = theme.symbols.ellipsis;
    let shown = menu.shown();
    let popup = menu_area(area, menu.items.len());
    let width = usize::from(popup.width.saturating_sub(2));
    let cursor = if theme.symbols.ascii { "_" } else { "▏" };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" filter: ", theme.muted),
            Span::raw(theme.symbols.text(&menu.typed)),
            Span::styled(cursor, theme.key),
        ]),
        Line::raw(""),
    ];
    if shown.is_empty() {
        lines.push(Line::styled(" Nothing matches.", theme.muted));
    }
    let rows = usize::from(popup.height.saturating_sub(4)).max(1);
    let first = menu.selected.saturating_sub(rows - 1);
    let now = if theme.symbols.ascii { "*" } else { "●" };
    for (row, &i) in shown.iter().enumerate().skip(first).take(rows) {
        let item = &menu.items[i];
        let mark = if item.current { now } else { " " };
        let count = fit::thousands(item.count as u64);
        let room = width.saturating_sub(fit::width(&count) + 5);
        let label = fit::pad(&theme.symbols.text(&item.label), room, e);
        let text = format!(" {mark} {label} {count} ");
        let style = if row == menu.selected {
            theme.base.add_modifier(Modifier::REVERSED)
        } else {
            theme.base
        };
        lines.push(Line::styled(text, style));
    }
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let hint = format!(
        " type to narrow  {}/{} move  {}: show  {}: close ",
        key(Action::PickPrevious),
        key(Action::PickNext),
        key(Action::Confirm),
        key(Action::Cancel),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(Line::styled(
            format!(" {} ", menu.title),
            theme.title_focused,
        ))
        .title_bottom(Line::styled(hint, theme.muted));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
