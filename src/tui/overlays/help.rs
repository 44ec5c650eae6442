//! Help: every key, grouped by where it works, generated from the same table that
//! dispatches keys, in a box as wide as its lines need (up to the screen's), wrapped inside
//! it; it says which lines it shows of how many, and `/` searches it. Its text is the
//! state's ([`crate::tui::app::help_text`]); this draws it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::help_text::{Ink, lines, matches, popup};
use crate::tui::app::{App, HelpView};
use crate::tui::input::action::Action;

pub fn render(frame: &mut Frame, area: Rect, app: &App, help: &HelpView) {
    let theme = &app.theme;
    let key = |a: Action| app.keys.first(a).unwrap_or_default();
    let popup = popup(app, area);
    let inside = popup.height.saturating_sub(2);
    let lines = lines(app, area);
    let total = lines.len();
    let last = (total as u16).saturating_sub(inside);
    let scroll = help.scroll.min(last);
    let query = help
        .search
        .as_ref()
        .filter(|s| !s.typing)
        .map(|s| s.query.clone())
        .unwrap_or_default();
    let found = matches(&lines, &query);
    let current = help
        .search
        .as_ref()
        .and_then(|s| found.get(s.current.min(found.len().saturating_sub(1))))
        .copied();
    let mark = theme.base.add_modifier(Modifier::REVERSED);
    let shown: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(usize::from(scroll))
        .take(usize::from(inside))
        .map(|(i, line)| {
            let pointer = if Some(i) == current {
                theme.pointer
            } else {
                " "
            };
            let mut spans = vec![Span::styled(pointer.to_string(), theme.key)];
            for (text, ink) in &line.pieces {
                let style = match ink {
                    Ink::Heading => theme.header.add_modifier(Modifier::UNDERLINED),
                    Ink::Muted => theme.muted,
                    Ink::Key => theme.key,
                    Ink::Plain => Style::default(),
                };
                spans.extend(super::highlighted(text, style, &query, mark));
            }
            Line::from(spans)
        })
        .collect();
    // Where the view is, as the lines it shows of how many.
    let end = (usize::from(scroll) + usize::from(inside)).min(total);
    let position = if last == 0 {
        format!(" all {total} lines ")
    } else {
        format!(
            " lines {}{}{end} of {total} ",
            scroll + 1,
            theme.symbols.range_dash
        )
    };
    let hint = match &help.search {
        Some(s) if s.typing => {
            let cursor = if theme.symbols.ascii { "_" } else { "▏" };
            format!(
                " /{}{cursor}  {}: find  {}: cancel ",
                theme.symbols.text(&s.query),
                key(Action::Confirm),
                key(Action::Cancel)
            )
        }
        Some(s) => {
            let at = if found.is_empty() {
                "no match".to_string()
            } else {
                format!(
                    "match {} of {}",
                    s.current.min(found.len() - 1) + 1,
                    found.len()
                )
            };
            format!(
                " \"{}\": {at}  {}/{} next/previous  {} leave search ",
                theme.symbols.text(&s.query),
                key(Action::NextMatch),
                key(Action::PrevMatch),
                key(Action::Back)
            )
        }
        None => format!(
            " {}/{} scroll  {} search  {} close ",
            key(Action::Down),
            key(Action::Up),
            key(Action::Search),
            key(Action::Back)
        ),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(Line::styled(" Help: keys ", theme.title_focused))
        .title(Line::styled(position, theme.muted).right_aligned())
        .title_bottom(Line::styled(hint, theme.muted));
    super::clear(frame, area, popup);
    frame.render_widget(Paragraph::new(shown).block(block), popup);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fit;
    use crate::tui::app::help_text::inner_width;
    use crate::tui::input::action::key_table;

    fn app(width: u16, height: u16) -> App {
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
        App::new(data, options, Rect::new(0, 0, width, height))
    }

    #[test]
    fn every_line_fits_its_box_and_every_word_is_in_it() {
        for (w, h) in [(80, 24), (120, 40), (200, 55)] {
            let app = app(w, h);
            let area = Rect::new(0, 0, w, h);
            let room = inner_width(popup(&app, area));
            let lines = lines(&app, area);
            for line in &lines {
                assert!(fit::width(&line.text()) <= room, "{w}x{h}: {}", line.text());
            }
            let all: String = lines.iter().map(|l| l.text() + " ").collect();
            let words: Vec<&str> = all.split_whitespace().collect();
            for info in key_table(&app.registry.keys()) {
                let wanted: Vec<&str> = info.help.split_whitespace().collect();
                assert!(
                    words.windows(wanted.len()).any(|w| w == wanted.as_slice()),
                    "{w}x{h}: {} is cut",
                    info.help
                );
            }
        }
    }

    #[test]
    fn the_box_widens_with_the_screen() {
        let narrow = popup(&app(80, 24), Rect::new(0, 0, 80, 24));
        let wide = popup(&app(200, 55), Rect::new(0, 0, 200, 55));
        assert_eq!(narrow.width, 80);
        assert!(wide.width > 100, "{wide:?}");
    }
}
