//! The zoomed meetings pane's list: each meeting of the cursor year with its date, kind,
//! place, whether the leaders held their own talks, its occasion, note and source.

use crate::data::{Meeting, MeetingKind, Quality};
use crate::text::fit;
use crate::tui::app::{App, DatasetView};

/// One line of the list, and how it is drawn.
pub use crate::tui::panes::shared::chart::ListLine;

fn kind(m: &Meeting) -> &'static str {
    match m.kind {
        MeetingKind::InPerson => "in person",
        MeetingKind::Phone => "by phone",
        MeetingKind::Video => "by video",
    }
}

/// The meetings of the cursor year, wrapped to `width`.
pub fn lines(app: &App, view: &DatasetView, width: u16) -> Vec<ListLine> {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let width = usize::from(width);
    let year = app.charts.year(super::ID);
    let sep = format!(" {} ", theme.symbols.separator);
    let t = |s: &str| theme.symbols.text(s);
    let mut out = Vec::new();
    for m in view.data.meetings.iter().filter(|m| m.date.year() == year) {
        let mut head = vec![m.date.to_string(), kind(m).to_string()];
        if !m.place.is_empty() {
            head.push(t(&m.place));
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
        let head = fit::truncate(&head.join(&sep), width, e);
        out.push((
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
                out.push((format!("  {piece}"), style));
            }
        }
    }
    out
}
