//! Help: every key, grouped by where it works, generated from the same table that
//! dispatches keys, in a box as wide as its lines need (up to the screen's), wrapped inside
//! it; it says which lines it shows of how many, and `/` searches it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::text::fit;
use crate::tui::app::App;
use crate::tui::app::HelpView;
use crate::tui::input::action::{Action, HELP_SCOPES, key_table};

/// What one line of the help holds.
enum Row {
    Heading(String),
    /// A key (or mark) and what it does.
    Entry(String, String),
    Muted(String),
    Blank,
}

fn rows(app: &App) -> Vec<Row> {
    let mut out = Vec::new();
    let table = key_table(&app.registry.keys());
    for scope in HELP_SCOPES {
        out.push(Row::Heading(scope.heading().to_string()));
        for info in table.iter().filter(|a| a.scope == scope) {
            out.push(Row::Entry(
                app.keys.describe(info.action),
                info.help.clone(),
            ));
        }
        out.push(Row::Blank);
    }
    for line in crate::tui::input::action::MOUSE_HELP {
        out.push(Row::Muted(line.to_string()));
    }
    out.push(Row::Blank);
    out.push(Row::Heading("What the marks mean".to_string()));
    out.extend(
        legend(app)
            .into_iter()
            .map(|(mark, meaning)| Row::Entry(mark, meaning.to_string())),
    );
    out
}

/// The columns of the key column: the widest key and a space, at least 16.
fn key_column(rows: &[Row]) -> usize {
    let widest = rows.iter().filter_map(|r| match r {
        Row::Entry(key, _) => Some(fit::width(key) + 1),
        _ => None,
    });
    2 + widest.max().unwrap_or(0).max(16)
}

/// How wide the help's text is unwrapped: its longest line.
fn text_width(app: &App) -> usize {
    let rows = rows(app);
    let keys = key_column(&rows);
    rows.iter()
        .map(|r| match r {
            Row::Heading(t) | Row::Muted(t) => fit::width(t),
            Row::Entry(_, t) => keys + fit::width(t),
            Row::Blank => 0,
        })
        .max()
        .unwrap_or(0)
}

/// Where the help's box sits on a screen of `area`: as wide as its longest line, a column
/// of margin each side and its frame (up to the whole screen), and as tall as the screen
/// allows.
pub fn popup(app: &App, area: Rect) -> Rect {
    let wanted = u16::try_from(text_width(app) + 4).unwrap_or(u16::MAX);
    super::area(area, wanted, area.height)
}

/// One line of the help as drawn: pieces of text and their styles.
pub struct HelpLine {
    pub pieces: Vec<(String, Style)>,
}

impl HelpLine {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|(t, _)| t.as_str()).collect()
    }
}

/// The help's lines wrapped to `width` columns: a description too long goes on under itself,
/// past the key column; nothing is cut.
pub fn lines_at(app: &App, width: usize) -> Vec<HelpLine> {
    let theme = &app.theme;
    let rows = rows(app);
    let keys = key_column(&rows);
    let heading = theme.header.add_modifier(Modifier::UNDERLINED);
    let plain = Style::default();
    let one = |t: String, s: Style| HelpLine {
        pieces: vec![(t, s)],
    };
    let mut out = Vec::new();
    for row in rows {
        match row {
            Row::Heading(t) => out.extend(
                fit::wrap_all(&t, width)
                    .into_iter()
                    .map(|l| one(l, heading)),
            ),
            Row::Muted(t) => out.extend(
                fit::wrap_all(&t, width)
                    .into_iter()
                    .map(|l| one(l, theme.muted)),
            ),
            Row::Blank => out.push(one(String::new(), plain)),
            Row::Entry(key, text) => {
                let room = width.saturating_sub(keys).max(12);
                let key = format!("  {}", fit::pad(&key, keys - 2, theme.symbols.ellipsis));
                for (i, part) in fit::wrap_all(&text, room).into_iter().enumerate() {
                    let first = if i == 0 {
                        key.clone()
                    } else {
                        " ".repeat(keys)
                    };
                    out.push(HelpLine {
                        pieces: vec![(first, theme.key), (part, plain)],
                    });
                }
            }
        }
    }
    out
}

/// The help's lines as it draws them on a screen of `area`.
pub fn lines(app: &App, area: Rect) -> Vec<HelpLine> {
    lines_at(app, inner_width(popup(app, area)))
}

/// The text's columns inside a box: less its frame and a column of margin each side.
fn inner_width(popup: Rect) -> usize {
    usize::from(popup.width.saturating_sub(4)).max(1)
}

/// How many lines the help box shows on a screen of `area`.
pub fn inside(app: &App, area: Rect) -> u16 {
    popup(app, area).height.saturating_sub(2)
}

/// The lines (by index) that contain `query`, ignoring case.
pub fn matches(lines: &[HelpLine], query: &str) -> Vec<usize> {
    let query = query.to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.text().to_lowercase().contains(&query))
        .map(|(i, _)| i)
        .collect()
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
            for (text, style) in &line.pieces {
                spans.extend(super::highlighted(text, *style, &query, mark));
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
