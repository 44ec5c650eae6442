//! The record popup: the whole record of the selected item, wrapped to the popup and
//! scrolled, with its keys at the foot of the frame.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::report::record::Look;
use crate::tui::app::App;
use crate::tui::input::action::Action;

use crate::tui::layout::details_box as popup;

/// Draws the open record over the panes; draws nothing when none is open.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(details) = &app.details else {
        return;
    };
    let theme = &app.theme;
    let lines = app.details_lines();
    let popup = popup(area, lines.len());
    let (inside, last) = app.details_extent();
    let scroll = details.scroll.min(last);
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let text = |t: &str| theme.symbols.text(t);
    let shown: Vec<Line> = lines
        .iter()
        .skip(usize::from(scroll))
        .take(usize::from(inside))
        .map(|l| match l.look {
            Look::Title => Line::styled(
                format!(" {}", text(&l.text)),
                theme.header.add_modifier(Modifier::BOLD),
            ),
            Look::Heading => Line::styled(
                format!(" {}", text(&l.text)),
                theme.base.add_modifier(Modifier::BOLD),
            ),
            Look::Field => Line::from(vec![
                Span::styled(format!(" {}", l.label), theme.muted),
                Span::styled(text(&l.text), theme.base),
            ]),
            Look::Blank => Line::raw(""),
        })
        .collect();
    // Where the view is, as the lines it shows of how many: the record may run on below.
    let position = if last == 0 {
        String::new()
    } else {
        let end = (scroll + inside).min(lines.len() as u16);
        format!(
            " lines {}{}{end} of {} ",
            scroll + 1,
            theme.symbols.range_dash,
            lines.len()
        )
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(Line::styled(" Record ", theme.title_focused))
        .title(Line::styled(position, theme.muted).right_aligned())
        .title_bottom(Line::styled(
            format!(
                " {}/{} scroll  {} copy  {} copy as Markdown  {} close ",
                key(Action::Down),
                key(Action::Up),
                key(Action::CopyCitation),
                key(Action::CopyMarkdown),
                key(Action::Back)
            ),
            theme.muted,
        ));
    super::clear(frame, area, popup);
    frame.render_widget(Paragraph::new(shown).block(block), popup);
}
