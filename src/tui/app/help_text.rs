//! The help's text, as the state scrolls and searches it and the overlay draws it: every
//! key grouped by where it works (from the one key table and the registry's panes), the
//! marks' legend, wrapped to the box's width. Lines carry what they are ([`Ink`]), not
//! colours, so no drawing type lives here.

use ratatui::layout::Rect;

use super::App;
use crate::text::fit;
use crate::tui::input::action::{HELP_SCOPES, key_table};
use crate::tui::layout;

/// What a piece of a help line is, for the overlay to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Heading,
    Muted,
    Key,
    Plain,
}

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
        out.push(Row::Heading(app.registry.heading(scope)));
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
    layout::overlay(area, wanted, area.height)
}

/// One line of the help: pieces of text and what each is.
pub struct HelpLine {
    pub pieces: Vec<(String, Ink)>,
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
    let (heading, plain) = (Ink::Heading, Ink::Plain);
    let one = |t: String, s: Ink| HelpLine {
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
                    .map(|l| one(l, Ink::Muted)),
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
                        pieces: vec![(first, Ink::Key), (part, plain)],
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
pub(crate) fn inner_width(popup: Rect) -> usize {
    usize::from(popup.width.saturating_sub(4)).max(1)
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
        (
            theme.pointer.into(),
            "The selected event; under a chart, the match a search is on",
        ),
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
