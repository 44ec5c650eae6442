//! Exercises: a sortable table of joint exercises with their sizes, claimed or estimated,
//! and the selected exercise's dates, place and source below.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("exercises");

mod cells;
mod words;

use cells::{cell_text, heading, marks_legend};

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::Exercise(at.item())
}

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use crate::data::{Exercise, TableId};
use crate::text::fit::{self, thousands};
use crate::tui::app::exercises::Column;
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::shared::found;
use crate::tui::panes::shared::paragraphs::{self, Paragraph as Detail};
use crate::tui::panes::shared::scroll;
use crate::tui::panes::shared::title::{self, Part};

/// Lines under the table for the selected exercise.
fn detail_lines(inner: Rect) -> u16 {
    match inner.height {
        0..=6 => 0,
        7..=14 => 2,
        _ => 4,
    }
}

/// The table's body rows (below its header row).
pub fn list_area(area: Rect) -> Rect {
    let inner = super::inner(area);
    Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1 + detail_lines(inner)),
        ..inner
    }
}

/// The row under a click.
pub fn hit(_app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let state = &view.exercises;
    super::list_row_at(list_area(area), state.cursor.offset, state.rows.len(), at).map(Item::Row)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let state = &view.exercises;
    let position = scroll::count(state.cursor.selected, state.rows.len());
    let (len, offset) = (state.rows.len(), state.cursor.offset);
    let height = usize::from(list_area(area).height);
    let marks = scroll::marks(theme.symbols.ascii, len, offset, height);
    let mut extra = vec![Part::keep(Span::styled(position, theme.muted))];
    if !marks.is_empty() {
        // Where more rows lie, given up before the filter in a narrow title.
        extra.push(Part::drop(Span::styled(marks, theme.muted)));
    }
    if let Some(filter) = &state.filter {
        // The filter may be cut; the count it is out of stays whole.
        let text = theme.symbols.text(&filter.describe());
        extra.push(Part::cut(Span::styled(format!(" {text}"), theme.key)));
        let count = format!("of {}", view.data.exercises.len());
        extra.push(Part::keep(Span::styled(count, theme.key)));
    }
    // A side whose column is empty in every row is left out of the table, and said so.
    for code in Column::empty_sides(&view.data) {
        let text = format!("no {code} figures");
        extra.push(Part::drop(Span::styled(text, theme.muted)));
    }
    extra.extend(found::title_parts(app, view, ID));
    let room = title::room(app, Some(view), ID, area.width);
    let extra = title::fit(extra, room, theme.symbols.ellipsis);
    frame.render_widget(
        super::block_of(
            app,
            Some(view),
            ID,
            focused,
            super::keyed(view, TableId::Exercises, extra),
        ),
        area,
    );
    let inner = super::inner(area);
    if inner.height < 2 || inner.width < 10 {
        return;
    }
    if !view.data.has(TableId::Exercises) {
        super::render_absent(frame.buffer_mut(), area, TableId::Exercises, theme.muted);
        return;
    }
    let cols = Column::shown_at(&view.data, inner.width, &state.hidden);
    let sides_shown = cols.iter().any(|(c, _)| *c == Column::First);
    let arrow = match (state.descending, theme.symbols.ascii) {
        (false, false) => "▲",
        (true, false) => "▼",
        (false, true) => "^",
        (true, true) => "v",
    };
    let header = Row::new(cols.iter().map(|(c, _)| {
        let mut text = heading(view, *c);
        if *c == state.sort {
            text.push_str(arrow);
        }
        Cell::from(text)
    }))
    .style(theme.muted.add_modifier(Modifier::BOLD));
    let linked = if focused { None } else { app.linked_year() };
    let ellipsis = theme.symbols.ellipsis;
    // Every row the search matches is marked, as the timeline marks its own.
    let find = view.find(ID);
    let matched = |i: usize| find.is_some_and(|f| f.holds(i));
    // A cell's text as the table shows it: each column as wide as the table lays it out
    // (sized to its content), so long text is cut with an ellipsis rather than mid-word.
    let shown_text = |i: usize, c: Column, w: u16| {
        let e = &view.data.exercises[i];
        let mark = found::mark(theme, matched(i), linked == Some(e.start.year()));
        let text = cell_text(app, e, c, mark, sides_shown);
        let room = usize::from(w);
        // Names often differ only at their end (`#9`, `2024`): cut in the middle.
        if c == Column::Name {
            fit::truncate_middle(&text, room, ellipsis)
        } else {
            fit::truncate(&text, room, ellipsis)
        }
    };
    let right_aligned = |c: Column| matches!(c, Column::Total | Column::First | Column::Second);
    let rows = state.rows.iter().map(|&i| {
        let e = &view.data.exercises[i];
        let in_linked = linked == Some(e.start.year());
        let row = Row::new(cols.iter().map(|&(c, w)| {
            let text = shown_text(i, c, w);
            if right_aligned(c) {
                Cell::from(Line::from(text).right_aligned())
            } else {
                Cell::from(text)
            }
        }));
        if in_linked {
            row.style(theme.linked)
        } else {
            row
        }
    });
    let table_area = Rect {
        height: inner.height.saturating_sub(detail_lines(inner)),
        ..inner
    };
    let widths: Vec<Constraint> = cols.iter().map(|(_, w)| Constraint::Length(*w)).collect();
    let selection = if focused {
        theme.selection
    } else {
        theme.selection.remove_modifier(Modifier::BOLD)
    };
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(selection);
    // The table's state counts rows on screen; the details take the exercise that row shows
    // (an index into the dataset's exercises, whatever the sort and filter).
    let mut table_state = TableState::new()
        .with_offset(state.cursor.offset)
        .with_selected(state.selected().map(|_| state.cursor.selected));
    frame.render_stateful_widget(table, table_area, &mut table_state);
    if let Some(find) = find {
        // The words found, lit in each matching row shown, where the table put its cells.
        let columns = Layout::horizontal(cols.iter().map(|(_, w)| Constraint::Length(*w)))
            .flex(Flex::Start)
            .spacing(1)
            .split(table_area);
        let body = table_area.height.saturating_sub(1);
        let shown = state.rows.iter().enumerate().skip(state.cursor.offset);
        for (y, (_, &i)) in (table_area.y + 1..table_area.y + 1 + body).zip(shown) {
            if !find.holds(i) {
                continue;
            }
            for (&(c, w), column) in cols.iter().zip(columns.iter()) {
                let text = shown_text(i, c, w);
                let pad = if right_aligned(c) {
                    column.width.saturating_sub(fit::width(&text) as u16)
                } else {
                    0
                };
                let cell = Rect::new(column.x, y, column.width, 1);
                found::light(frame.buffer_mut(), cell, pad, &text, &find.query, theme);
            }
        }
    }
    if let Some(i) = state.selected() {
        let lines = detail_lines(inner);
        // Body rows the table leaves empty below its last row go to the details too, a
        // blank row kept between them.
        let body = table_area.height.saturating_sub(1);
        let drawn = state.rows.len().saturating_sub(state.cursor.offset);
        let spare = body.saturating_sub(drawn.min(usize::from(body)) as u16);
        let spare = if lines == 0 {
            0
        } else {
            spare.saturating_sub(1)
        };
        render_details(
            frame,
            (inner, lines, spare),
            app,
            view,
            &view.data.exercises[i],
        );
    }
}

/// The exercise's details in the last `lines` of `inner`, or as many more of the `spare`
/// rows the table leaves empty as they need.
fn render_details(
    frame: &mut Frame,
    (inner, lines, spare): (Rect, u16, u16),
    app: &App,
    view: &DatasetView,
    e: &Exercise,
) {
    if lines == 0 {
        return;
    }
    let theme = &app.theme;
    let dash = theme.symbols.range_dash;
    let dates = match e.end {
        Some(end) => format!("{}{dash}{end}", e.start),
        None => e.start.to_string(),
    };
    let t = |s: &str| theme.symbols.text(s);
    let width = usize::from(inner.width);
    let e_ = theme.symbols.ellipsis;
    let place = fit::truncate(
        &t(&e.location),
        width.saturating_sub(fit::width(&dates) + 1),
        e_,
    );
    let mut text = vec![Line::from(vec![
        Span::styled(dates, theme.base.add_modifier(Modifier::BOLD)),
        Span::raw(format!(" {place}")),
    ])];
    // The note first: it says why a figure is marked.
    let mut more = Vec::new();
    if !e.note.is_empty() {
        more.push(format!("Note: {}", t(&e.note)));
    }
    more.push(format!(
        "Source: {}",
        t(&e.citation.render(&view.data.manifest))
    ));
    if let Some(alt) = e.alt_total_personnel {
        more.push(format!(
            "Other total: {} ({})",
            thousands(u64::from(alt)),
            t(&e.alt_source_text)
        ));
    }
    more.extend(marks_legend(e));
    let more: Vec<Detail> = more
        .into_iter()
        .map(|text| Detail {
            text,
            style: theme.muted,
        })
        .collect();
    let needed = (1 + paragraphs::wanted(&more, width)) as u16;
    let lines = lines + spare.min(needed.saturating_sub(lines));
    let area = Rect {
        y: inner.y + inner.height - lines,
        height: lines,
        ..inner
    };
    // Each paragraph takes the lines it needs while they last; a cut one ends in `…`.
    let room = usize::from(area.height).saturating_sub(1);
    text.extend(paragraphs::fit(&more, width, room, e_));
    frame.render_widget(Paragraph::new(text), area);
}

/// How the session reaches the exercises list of an open dataset.
pub(crate) const LIST: crate::tui::app::registry::ListKind = crate::tui::app::registry::ListKind {
    cursor: |v| (&mut v.exercises.cursor, v.exercises.rows.len()),
    selected: |v| v.exercises.selected(),
    year: |data, i| data.exercises[i].start.year(),
    follow: |v, year, height| {
        let in_year = |e: &crate::data::Exercise| e.start.year() == year;
        let selected_in_year = v
            .exercises
            .selected()
            .is_some_and(|s| in_year(&v.data.exercises[s]));
        if !selected_in_year {
            v.exercises.select_where(&v.data, height, in_year);
        }
    },
};

/// How `/` searches the exercises: what a row shows (year, name, dates, host, place, domain,
/// sizes) and what the details under the table add (note, source, the other total's
/// source).
pub(crate) const SEARCH: crate::tui::app::registry::RowSearch =
    crate::tui::app::registry::RowSearch {
        noun: "exercise",
        len: |data| data.exercises.len(),
        text: search_text,
        order: |v| v.exercises.rows.clone(),
        year: |data, i| data.exercises[i].start.year(),
        in_year: |data, i, year| data.exercises[i].start.year() == year,
        said: None,
    };

/// The text `/` searches in exercise `i`, a field a line.
fn search_text(data: &crate::data::Dataset, i: usize) -> String {
    let e = &data.exercises[i];
    let mut fields = vec![
        e.start.year().to_string(),
        e.name.clone(),
        crate::tui::app::exercises::date_text(e),
        e.start.to_string(),
        e.end.map(|end| end.to_string()).unwrap_or_default(),
        e.host.clone(),
        e.location.clone(),
        e.domain.clone(),
    ];
    let figures = [
        e.total_personnel,
        e.personnel[0],
        e.personnel[1],
        e.alt_total_personnel,
    ];
    fields.extend(
        figures
            .into_iter()
            .flatten()
            .map(|n| thousands(u64::from(n))),
    );
    fields.extend([
        e.note.clone(),
        e.citation.render(&data.manifest),
        e.alt_source_text.clone(),
    ]);
    fields.join("\n")
}
