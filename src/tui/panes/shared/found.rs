//! How a search shows, the same in every list that has one (the timeline's events and the
//! rows [`crate::tui::app::find`] searches): each row that matches marked in the list's left
//! edge (`•`; `+` in ASCII), the match a chart's list is on marked with the pointer (`▶`;
//! `*`), the words found lit in the search's style, and in the title the words and which
//! match the list is on (`/joint match 2/5`, or short of room `•2/5`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::title::Part;
use crate::text::fit;
use crate::tui::app::find;
use crate::tui::app::timeline::match_ranges;
use crate::tui::app::{App, DatasetView};
use crate::tui::input::action::PaneId;
use crate::tui::theme::Theme;

/// The mark at a row's left edge: a match's, else the linked year's, else a blank.
pub fn mark(theme: &Theme, matched: bool, linked: bool) -> &'static str {
    if matched {
        theme.match_mark
    } else if linked {
        theme.linked_mark
    } else {
        " "
    }
}

/// The words of `query` in `text`, drawn from column `col` of `row`, in the search's style,
/// clipped to the row.
pub fn light(buf: &mut Buffer, row: Rect, col: u16, text: &str, query: &str, theme: &Theme) {
    for hit in match_ranges(text, query) {
        let from = col.saturating_add(fit::width(&text[..hit.start]) as u16);
        let width = (fit::width(&text[hit]) as u16).min(row.width.saturating_sub(from));
        if width > 0 {
            buf.set_style(Rect::new(row.x + from, row.y, width, 1), theme.search_hit);
        }
    }
}

/// The search of `pane` in `view` as its title says it: the words (the first part to go
/// where room is short: the footer says them too), then `match 2/5` while the list is on a
/// match, else how many it holds.
pub fn title_parts<'a>(app: &App, view: &DatasetView, pane: PaneId) -> Vec<Part<'a>> {
    let Some(shown) = find::shown(app, view, pane) else {
        return Vec::new();
    };
    let theme = &app.theme;
    let words = format!("/{}", theme.symbols.text(&shown.find.query));
    let mark = theme.match_mark;
    let (count, short) = match (shown.rank, shown.total) {
        (Some(rank), total) => (
            format!("match {rank}/{total}"),
            format!("{mark}{rank}/{total}"),
        ),
        (None, 1) => ("1 match".to_string(), format!("{mark}1")),
        (None, total) => (format!("{total} matches"), format!("{mark}{total}")),
    };
    // The words are the last of the parts that may go, so the first to go; the count
    // takes the match mark for its word where room is short (`•2/5`).
    vec![
        Part::drop(Span::styled(words, theme.key)),
        Part::keep(Span::styled(count, theme.key)).or_short(short),
    ]
}
