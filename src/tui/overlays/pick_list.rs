//! A list to pick from in a box over the dashboard (the switcher, the filter menu): what has
//! been typed to narrow it, the rows it lets through with the selected one in reverse video,
//! and the keys at the foot of its frame.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::App;
use crate::tui::input::action::Action;

/// One pick list, its rows already written to the box's inner width.
pub(crate) struct PickList<'a> {
    pub title: &'a str,
    pub typed: &'a str,
    /// What the box says when nothing matches.
    pub none: &'a str,
    pub rows: Vec<String>,
    pub selected: usize,
    /// What Enter does: `switch`, `show`.
    pub confirm: &'a str,
}

/// The rows a box of `popup` lists (its frame, the typed line and a blank one aside).
pub fn room(popup: Rect) -> usize {
    usize::from(popup.height.saturating_sub(4)).max(1)
}

pub fn render(frame: &mut Frame, popup: Rect, app: &App, list: PickList<'_>) {
    let theme = &app.theme;
    let cursor = if theme.symbols.ascii { "_" } else { "▏" };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" filter: ", theme.muted),
            Span::raw(theme.symbols.text(list.typed)),
            Span::styled(cursor, theme.key),
        ]),
        Line::raw(""),
    ];
    if list.rows.is_empty() {
        lines.push(Line::styled(format!(" {}", list.none), theme.muted));
    }
    let rows = room(popup);
    let first = list.selected.saturating_sub(rows - 1);
    for (row, text) in list.rows.into_iter().enumerate().skip(first).take(rows) {
        let style = if row == list.selected {
            theme.base.add_modifier(Modifier::REVERSED)
        } else {
            theme.base
        };
        lines.push(Line::styled(text, style));
    }
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let hint = format!(
        " type to filter  {}/{} move  {}: {}  {}: close ",
        key(Action::PickPrevious),
        key(Action::PickNext),
        key(Action::Confirm),
        list.confirm,
        key(Action::Cancel),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(Line::styled(
            format!(" {} ", list.title),
            theme.title_focused,
        ))
        .title_bottom(Line::styled(hint, theme.muted));
    super::clear(frame, app.area.into(), popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
