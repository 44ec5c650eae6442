//! The switcher: the library's datasets in a box over the dashboard, filtered by what the
//! user types, with the open ones marked and the selected one in reverse video.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::action::Action;
use crate::app::App;
use crate::fit;
use crate::layout::help_area;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(picker) = &app.picker else {
        return;
    };
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let popup = help_area(area);
    let width = usize::from(popup.width.saturating_sub(2));
    let title = if picker.beside {
        " Compare with "
    } else {
        " Datasets "
    };
    let cursor = if theme.symbols.ascii { "_" } else { "▏" };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" filter: ", theme.muted),
            Span::raw(theme.symbols.text(&picker.filter)),
            Span::styled(cursor, theme.key),
        ]),
        Line::raw(""),
    ];
    let picked = app.picked();
    if picked.is_empty() {
        lines.push(Line::styled(" No dataset matches.", theme.muted));
    }
    let rows = usize::from(popup.height.saturating_sub(4)).max(1);
    let first = picker.selected.saturating_sub(rows - 1);
    for (row, &i) in picked.iter().enumerate().skip(first).take(rows) {
        let choice = &app.library[i];
        let open = app.views.iter().any(|v| v.name == choice.name);
        let mark = if open { "open" } else { "    " };
        let about = if choice.about.is_empty() {
            choice.place.clone()
        } else {
            format!("{}  {}", choice.about, choice.place)
        };
        let text = format!(" {:<16} {mark}  {}", choice.name, about);
        let text = fit::pad(&theme.symbols.text(&text), width, e);
        let style = if row == picker.selected {
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
        if picker.beside { "compare" } else { "switch" },
        key(Action::Cancel),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(Line::styled(title, theme.title_focused))
        .title_bottom(Line::styled(hint, theme.muted));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
