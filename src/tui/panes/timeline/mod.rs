//! Timeline: events as a scrollable list (date, category, title), newest or oldest first,
//! with the selected event's description and source below. Only the visible rows are drawn.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("timeline");

mod words;

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::Event(at.item())
}

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget};

use super::shared::chart::put;
use super::shared::found;
use super::shared::paragraphs::{self, Paragraph as Detail};
use super::shared::scroll;
use super::shared::title::{self, Part};
use crate::data::Quality;
use crate::text::fit;
use crate::tui::app::cursor::ListCursor;
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView, EventsState};

/// Lines for the selected event's details, a rule above them included.
fn detail_lines(inner: Rect) -> u16 {
    match inner.height {
        0..=5 => 0,
        6..=14 => 4,
        15..=24 => 6,
        _ => 8,
    }
}

pub fn list_area(area: Rect) -> Rect {
    let inner = super::inner(area);
    Rect {
        height: inner.height.saturating_sub(detail_lines(inner)),
        ..inner
    }
}

/// The row under a click.
pub fn hit(_app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let state = &view.timeline;
    super::list_row_at(list_area(area), state.cursor.offset, state.rows.len(), at).map(Item::Row)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let state = &view.timeline;
    let mut extra = vec![Part::keep(Span::styled(
        scroll::count(state.cursor.selected, state.rows.len()),
        // Plain: the count changes with every move, and a plain cell costs fewest bytes.
        theme.plain,
    ))];
    let (len, offset) = (state.rows.len(), state.cursor.offset);
    let height = usize::from(list_area(area).height);
    let marks = scroll::marks(theme.symbols.ascii, len, offset, height);
    if !marks.is_empty() {
        extra.push(Part::drop(Span::styled(marks, theme.muted)));
    }
    extra.push(Part::drop(Span::styled(
        if state.newest_first {
            "newest"
        } else {
            "oldest"
        },
        theme.muted,
    )));
    if let Some(c) = state.category {
        let name = &view.data.manifest.event_categories[usize::from(c)];
        extra.push(Part::cut(Span::styled(format!("[{name}]"), theme.key)));
    }
    if let Some(q) = &state.query {
        extra.push(Part::cut(Span::styled(
            format!("/{}", theme.symbols.text(q)),
            theme.key,
        )));
    }
    if let (Some(pct), None) = (state.scanned, &state.matches) {
        extra.push(Part::keep(Span::styled(
            format!("searching {pct}%"),
            theme.muted,
        )));
    }
    let room = title::room(app, Some(view), ID, area.width);
    let extra = title::fit(extra, room, theme.symbols.ellipsis);
    frame.render_widget(super::block_of(app, Some(view), ID, focused, extra), area);
    if render_events_state(frame, super::inner(area), app, view) {
        return;
    }
    let list = list_area(area);
    if list.height == 0 || list.width < 12 {
        return;
    }
    if state.rows.is_empty() {
        put(
            frame.buffer_mut(),
            list.x,
            list.y,
            "No events to show.",
            list.width,
            theme.muted,
        );
    }
    let mut cursor = state.cursor;
    let list_widget = EventList { app, view, focused };
    frame.render_stateful_widget(list_widget, list, &mut cursor);
    // Rows the list leaves empty below its last row go to the details too, a blank row
    // kept between them.
    let drawn = state.rows.len().saturating_sub(state.cursor.offset);
    let spare = list
        .height
        .saturating_sub(drawn.min(usize::from(list.height)) as u16);
    render_details(
        frame,
        super::inner(area),
        spare.saturating_sub(1),
        app,
        view,
    );
}

/// The visible window of the filtered events.
struct EventList<'a> {
    app: &'a App,
    view: &'a DatasetView,
    focused: bool,
}

impl StatefulWidget for EventList<'_> {
    type State = ListCursor;

    fn render(self, area: Rect, buf: &mut Buffer, cursor: &mut ListCursor) {
        let (app, view) = (self.app, self.view);
        let theme = &app.theme;
        let data = &view.data;
        let linked = if self.focused {
            None
        } else {
            app.linked_year()
        };
        let category_width = category_width(area.width);
        let e = theme.symbols.ellipsis;
        // Every row the search matches is marked, not only the selected one.
        let matches = view.timeline.matches.as_deref().unwrap_or_default();
        let query = view.timeline.query.as_deref().unwrap_or_default();
        let rows = view.timeline.rows.iter().enumerate().skip(cursor.offset);
        // The rows shown, read from the file together.
        let shown = rows.clone().take(usize::from(area.height));
        data.events.prefetch(shown.map(|(_, &i)| i as usize));
        for (y, (pos, &i)) in (area.y..area.y + area.height).zip(rows) {
            let event = data.events.get(i as usize);
            let in_linked = linked == Some(event.date().year());
            let matched = matches.binary_search(&i).is_ok();
            let mark = found::mark(theme, matched, in_linked);
            let category = fit::pad(data.category_name(event), category_width, e);
            let flag = if event.quality() == Quality::Firm {
                " "
            } else {
                "!"
            };
            let date = format!("{:<10}", event.date().to_string());
            let title = theme.symbols.text(&event.title());
            let line = format!("{mark}{date} {category}{flag}{title}");
            let shown = fit::truncate(&line, usize::from(area.width), e);
            let row_style = if in_linked { theme.linked } else { theme.base };
            super::put(buf, area.x, y, &shown, usize::from(area.width), row_style);
            // Categories read quieter than dates and titles. (Dates in the list's own colour
            // also keep a scroll cheap: the row the selection leaves has only its pointer
            // and date to redraw, in the plain style.)
            let quiet = (category_width as u16).min(area.width.saturating_sub(12));
            buf.set_style(Rect::new(area.x + 12, y, quiet, 1), theme.muted);
            if matched {
                // The title's columns left of the ellipsis, where one was needed.
                let end = if shown == line {
                    area.width
                } else {
                    area.width.saturating_sub(fit::width(e) as u16)
                };
                let row = Rect::new(area.x, y, end, 1);
                found::light(buf, row, (13 + category_width) as u16, &title, query, theme);
            }
            if pos == cursor.selected {
                // The selection marks the row's start: a pointer and its date in reverse
                // (or the selection colour). Only those cells change as the selection moves,
                // which keeps a scroll cheap on a slow link.
                // Reverse video of the terminal's own colours, not the list's grey on the
                // selection's dark grey, which reads poorly.
                let reverse = theme.plain.add_modifier(Modifier::REVERSED);
                let style = if self.focused {
                    reverse.add_modifier(Modifier::BOLD)
                } else {
                    reverse
                };
                buf.set_string(area.x, y, theme.pointer, style);
                buf.set_style(Rect::new(area.x, y, 11.min(area.width), 1), style);
            }
        }
    }
}

/// While the events are read, a progress line; if they were refused, the problems. Returns
/// whether it drew (and the list must not).
fn render_events_state(frame: &mut Frame, inner: Rect, app: &App, view: &DatasetView) -> bool {
    let theme = &app.theme;
    let width = usize::from(inner.width);
    let e = theme.symbols.ellipsis;
    let lines: Vec<Line> = match &view.events {
        EventsState::Ready => return false,
        EventsState::Loading { read, total } => {
            let pct = (read * 100 / (*total).max(1)).min(100);
            let bar_width = width.saturating_sub(2).min(40);
            let filled = bar_width * pct as usize / 100;
            let (full, empty) = if theme.symbols.ascii {
                ("#", "-")
            } else {
                ("█", "░")
            };
            vec![
                Line::styled(
                    format!("Reading events: {pct}% of {} MB", total >> 20),
                    theme.base,
                ),
                Line::styled(
                    format!(
                        "{}{}",
                        full.repeat(filled),
                        empty.repeat(bar_width - filled)
                    ),
                    theme.key,
                ),
                Line::styled("The other panes work meanwhile.", theme.muted),
            ]
        }
        EventsState::Failed(problems) => {
            let mut lines = vec![Line::styled(
                fit::truncate(
                    &format!(
                        "The events could not be loaded ({} problems):",
                        problems.len()
                    ),
                    width,
                    e,
                ),
                theme.warning,
            )];
            for p in problems
                .iter()
                .take(usize::from(inner.height.saturating_sub(2)))
            {
                lines.push(Line::styled(
                    fit::truncate(&theme.symbols.text(&p.to_string()), width, e),
                    theme.base,
                ));
            }
            lines.push(Line::styled(
                "Run bilat check for the full list.",
                theme.muted,
            ));
            lines
        }
    };
    frame.render_widget(Paragraph::new(lines), inner);
    true
}

/// Columns for the category in a list `width` columns wide.
fn category_width(width: u16) -> usize {
    match width {
        0..=49 => 9,
        50..=69 => 12,
        _ => 16,
    }
}

/// Whether the list row shows the whole title (then the details need not repeat it).
fn title_fits(title: &str, width: u16) -> bool {
    // Pointer or mark, date, space, category, quality flag.
    1 + 10 + 1 + category_width(width) + 1 + fit::width(title) <= usize::from(width)
}

/// The selected event's details in the pane's last lines, `spare` more than usual where the
/// list leaves rows empty.
fn render_details(frame: &mut Frame, inner: Rect, spare: u16, app: &App, view: &DatasetView) {
    let lines = detail_lines(inner);
    let Some(i) = view.timeline.selected() else {
        return;
    };
    if lines == 0 {
        return;
    }
    let theme = &app.theme;
    let event = view.data.events.get(i);
    let width = usize::from(inner.width);
    let e = theme.symbols.ellipsis;
    let t = |s: &str| theme.symbols.text(s);
    let mut text = Vec::new();
    let rule = lines >= 6;
    if rule {
        let line = if theme.symbols.ascii { "-" } else { "─" }.repeat(width);
        text.push(Line::styled(line, theme.border));
    }
    let title = t(&event.title());
    let mut paragraphs = Vec::new();
    if !title_fits(&title, inner.width) {
        paragraphs.push(Detail {
            text: format!("{} {title}", event.date()),
            style: theme.base.add_modifier(Modifier::BOLD),
        });
    }
    // A note shows whether or not the row's quality is marked: it may be the only place a
    // correction is told.
    let marked = event.quality() != Quality::Firm;
    let description = t(&event.description());
    if !description.is_empty() {
        paragraphs.push(Detail {
            text: description,
            style: theme.base,
        });
    }
    if lines >= 6 && (marked || !event.note().is_empty()) {
        let (text, style) = if marked {
            let note = format!("[{}] {}", event.quality().label(), t(&event.note()));
            (note, theme.warning)
        } else {
            (format!("Note: {}", t(&event.note())), theme.muted)
        };
        paragraphs.push(Detail { text, style });
    }
    paragraphs.push(Detail {
        text: format!(
            "Source: {}",
            t(&event.citation().render(&view.data.manifest))
        ),
        style: theme.muted,
    });
    // Past its usual lines, the details take what they need of the rows the list leaves.
    let needed = (usize::from(rule) + paragraphs::wanted(&paragraphs, width)) as u16;
    let lines = lines + spare.min(needed.saturating_sub(lines));
    let area = Rect {
        y: inner.y + inner.height - lines,
        height: lines,
        ..inner
    };
    // Each paragraph takes the lines it needs while they last; a cut one ends in `…`.
    let room = usize::from(lines).saturating_sub(usize::from(rule));
    text.extend(paragraphs::fit(&paragraphs, width, room, e));
    text.truncate(usize::from(lines));
    frame.render_widget(Paragraph::new(text), area);
}

/// How the session reaches the timeline of an open dataset.
pub(crate) const LIST: crate::tui::app::registry::ListKind = crate::tui::app::registry::ListKind {
    cursor: |v| (&mut v.timeline.cursor, v.timeline.rows.len()),
    selected: |v| v.timeline.selected(),
    year: |data, i| data.events.date(i).year(),
    follow: |v, year, height| {
        v.timeline.follow_year(&v.data, year, height);
    },
};
