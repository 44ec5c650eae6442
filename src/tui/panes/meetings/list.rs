//! The zoomed meetings pane's list: each meeting of the cursor year with its date, kind,
//! place, whether the leaders held their own talks, its occasion, note and source; while
//! `/` searches the meetings, each head marked as the search finds it.

use crate::data::{Dataset, Meeting, MeetingKind, Quality};
use crate::text::fit;
use crate::tui::app::find;
use crate::tui::app::{App, DatasetView};

/// The list's lines, each with how it is drawn, and the match a search marks.
pub use crate::tui::panes::shared::chart::Listed;

fn kind(m: &Meeting) -> &'static str {
    match m.kind {
        MeetingKind::InPerson => "in person",
        MeetingKind::Phone => "by phone",
        MeetingKind::Video => "by video",
    }
}

/// What the list's first line of a meeting says, parts apart:
/// `2018-09-11 · in person · Vladivostok, Russia · bilateral talks`.
fn head_parts(m: &Meeting) -> Vec<String> {
    let mut head = vec![m.date.to_string(), kind(m).to_string()];
    if !m.place.is_empty() {
        head.push(m.place.clone());
    }
    match m.bilateral {
        Some(true) => head.push("bilateral talks".to_string()),
        Some(false) => head.push("no separate bilateral".to_string()),
        None => {}
    }
    if !m.is_counted() {
        head.push(format!("[{}, not counted]", m.quality.label()));
    } else if m.quality != Quality::Firm {
        head.push(format!("[{}]", m.quality.label()));
    }
    head
}

/// A meeting's first line in the list, whole, in this terminal's symbols.
pub(super) fn head(app: &App, m: &Meeting) -> String {
    let theme = &app.theme;
    let sep = format!(" {} ", theme.symbols.separator);
    theme.symbols.text(&head_parts(m).join(&sep))
}

/// The text `/` searches in meeting `i`: what the zoomed list shows of it, a part a line.
pub(super) fn search_text(data: &Dataset, i: usize) -> String {
    let m = &data.meetings[i];
    let mut fields = head_parts(m);
    fields.push(m.occasion.clone());
    fields.push(m.leaders_text());
    fields.push(m.note.clone());
    fields.push(m.citation.render(&data.manifest));
    fields.join("\n")
}

/// The meetings of the cursor year, wrapped to `width`, and the line of the match a search
/// marks among them. While `/` searches the meetings, each head has a mark at its left edge:
/// `•` a match, `▶` the match the search is on.
pub fn lines(app: &App, view: &DatasetView, width: u16) -> Listed {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let width = usize::from(width);
    let year = app.charts.year(super::ID);
    let t = |s: &str| theme.symbols.text(s);
    let found = find::shown(app, view, super::ID);
    let mut out = Listed::default();
    let meetings = view.data.meetings.iter().enumerate();
    for (i, m) in meetings.filter(|(_, m)| m.date.year() == year) {
        let mut head = head(app, m);
        if let Some(found) = &found {
            let mark = if found.current == Some(i) {
                out.current = Some(out.lines.len());
                theme.pointer
            } else {
                super::super::shared::found::mark(theme, found.find.holds(i), false)
            };
            head = format!("{mark} {head}");
        }
        let head = fit::truncate(&head, width, e);
        out.lines.push((
            head,
            theme.base.add_modifier(ratatui::style::Modifier::BOLD),
        ));
        let mut more = vec![(t(&m.occasion), theme.base)];
        if !m.leaders.is_empty() {
            more.push((format!("Leaders: {}", t(&m.leaders_text())), theme.base));
        }
        if !m.note.is_empty() {
            more.push((format!("Note: {}", t(&m.note)), theme.muted));
        }
        let source = m.citation.render(&view.data.manifest);
        more.push((format!("Source: {}", t(&source)), theme.muted));
        for (text, style) in more {
            for piece in fit::wrap(&text, width.saturating_sub(2), 6, e) {
                out.lines.push((format!("  {piece}"), style));
            }
        }
    }
    out
}
