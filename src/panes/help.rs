//! Help: every key, grouped by where it works, generated from the same table that
//! dispatches keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::action::{ACTIONS, Scope};
use crate::app::App;

const SCOPES: [Scope; 7] = [
    Scope::Global,
    Scope::Move,
    Scope::Charts,
    Scope::Trade,
    Scope::Exercises,
    Scope::Timeline,
    Scope::ToTimeline,
];

/// The help text as lines, so tests and drawing share it.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut out = Vec::new();
    for scope in SCOPES {
        out.push(Line::styled(
            scope.heading().to_string(),
            theme.header.add_modifier(Modifier::UNDERLINED),
        ));
        for info in ACTIONS.iter().filter(|a| a.scope == scope) {
            out.push(Line::from(vec![
                Span::styled(
                    format!("  {:<16}", app.keys.describe(info.action)),
                    theme.key,
                ),
                Span::raw(info.help),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled(
        "Mouse: the wheel scrolls the pane under it; a click focuses and selects.",
        theme.muted,
    ));
    out
}

/// Where the help sits on a screen of `area`.
fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(76);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + 1,
        width,
        height: area.height.saturating_sub(2),
    }
}

/// The furthest the help scrolls: its last line at the bottom of the box.
pub fn max_scroll(app: &App) -> u16 {
    let inside = popup(app.area).height.saturating_sub(2);
    (lines(app).len() as u16).saturating_sub(inside)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: u16) {
    let popup = popup(area);
    let height = popup.height;
    let lines = lines(app);
    let max_scroll = (lines.len() as u16).saturating_sub(height.saturating_sub(2));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(app.theme.border_set())
        .border_style(app.theme.border_focused)
        .title(Line::styled(" Help: keys ", app.theme.title_focused))
        .title_bottom(Line::styled(" j/k scroll  esc close ", app.theme.muted));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}
