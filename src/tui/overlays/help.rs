//! Help: every key, grouped by where it works, generated from the same table that
//! dispatches keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::input::action::{ACTIONS, Action, HELP_SCOPES};
use crate::tui::layout::help_area;

/// The help text as lines, so tests and drawing share it.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut out = Vec::new();
    for scope in HELP_SCOPES {
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
    for line in crate::tui::input::action::MOUSE_HELP {
        out.push(Line::styled(line, theme.muted));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        "What the marks mean",
        theme.header.add_modifier(Modifier::UNDERLINED),
    ));
    out.extend(legend(app).into_iter().map(|(mark, meaning)| {
        Line::from(vec![
            Span::styled(format!("  {mark:<16}"), theme.key),
            Span::raw(meaning),
        ])
    }));
    out
}

/// Every mark the panes draw and what it means, in this terminal's symbols.
fn legend(app: &App) -> [(String, &'static str); crate::tui::input::action::LEGEND_LINES] {
    let theme = &app.theme;
    let glyphs: Vec<&str> = theme.glyphs.points.to_vec();
    let span = theme.part_span.repeat(2);
    [
        (
            glyphs.join(" "),
            "Trade series, in the order the legend names them",
        ),
        (
            format!("{span}{}{span}", glyphs[0]),
            "A figure for part of a year, over its months",
        ),
        (
            theme.lower_bound.to_string(),
            "Above a point: a lower bound (more than the figure)",
        ),
        ("?".into(), "A period with no figure: a gap, not a zero"),
        (
            "(calc.)".into(),
            "A change bilat computed from the period before",
        ),
        (
            format!("{} {}", theme.bar_full[0], theme.bar_full[1]),
            "Meetings in person, and by phone or video",
        ),
        (
            format!("{} {}", theme.bar_full[0], theme.bar_full[1]),
            "Arms: SIPRI TIV delivered (a volume index, not money), by supplier",
        ),
        (
            theme.unmeasured.into(),
            "Arms delivered in a year whose TIV is not known",
        ),
        (
            "c e p a r o".into(),
            "A size claimed, estimated, planned, announced, reported or official",
        ),
        ("!".into(), "Sources disagree or the figure is uncertain"),
        (
            format!("{}3,000", theme.symbols.at_least),
            "At least: each side's published figures added",
        ),
        (
            theme.linked_mark.into(),
            "A row of the year another pane points at",
        ),
        (theme.pointer.into(), "The selected event"),
        (
            theme.match_mark.into(),
            "A search (/) match; the words found are highlighted",
        ),
        (
            theme.symbols.more_below.into(),
            "More lines below: j and k scroll them",
        ),
        (
            "[disputed]".into(),
            "A row's quality mark; z or Enter shows its note",
        ),
    ]
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: u16) {
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let popup = help_area(area);
    let height = popup.height;
    let lines = lines(app);
    let max_scroll = (lines.len() as u16).saturating_sub(height.saturating_sub(2));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(app.theme.border_set())
        .border_style(app.theme.border_focused)
        .title(Line::styled(" Help: keys ", app.theme.title_focused))
        .title_bottom(Line::styled(
            format!(
                " {}/{} scroll  {} close ",
                key(Action::Down),
                key(Action::Up),
                key(Action::Back)
            ),
            app.theme.muted,
        ));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_count_scrolling_uses_is_the_help_drawn() {
        let data = crate::data::Dataset::bundled().unwrap();
        let options = crate::tui::app::AppOptions {
            theme: crate::tui::theme::Theme::new(
                crate::tui::theme::Background::Dark,
                crate::tui::theme::ColorDepth::None,
                crate::text::symbols::UNICODE,
            ),
            keys: crate::tui::input::keys::KeyMap::default(),
            mouse: false,
            bars: false,
            newest_first: true,
            registry: crate::tui::panes::registry(),
        };
        let app = App::new(data, options, Rect::new(0, 0, 80, 24));
        assert_eq!(
            lines(&app).len(),
            crate::tui::input::action::help_line_count()
        );
    }
}
