//! One file per pane, named for what the user sees. Each draws from `&App` only.

pub mod chart;
pub mod exercises;
pub mod help;
pub mod meetings;
pub mod status;
pub mod timeline;
pub mod trade;

use ratatui::layout::{Margin, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::action::PaneId;
use crate::app::App;

/// The bordered block of a pane: its number and name, then `extra` (legend, state).
pub fn block<'a>(app: &App, pane: PaneId, focused: bool, extra: Vec<Span<'a>>) -> Block<'a> {
    let theme = &app.theme;
    let (border, title) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    let mut spans = vec![Span::styled(
        format!(" {} {} ", pane.number(), pane.title()),
        title,
    )];
    for span in extra {
        spans.push(Span::raw(" "));
        spans.push(span);
    }
    spans.push(Span::raw(" "));
    Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(border)
        .title(Line::from(spans))
}

/// A pane's area inside its border.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// The list row under a click: `list` is where rows are drawn, `offset` the first row shown.
pub fn list_row_at(list: Rect, offset: usize, len: usize, at: Position) -> Option<usize> {
    list.contains(at)
        .then(|| offset + usize::from(at.y - list.y))
        .filter(|&row| row < len)
}
