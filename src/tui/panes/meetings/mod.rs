//! Meetings: leader meetings per year as stacked bars, in person below, phone or video
//! above, with the count over each bar.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("meetings");

mod words;

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::MeetingYear(at.year())
}

mod list;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::Span;

use super::shared::chart::{
    ChartGeometry, Listed, bars_within, put, render_list, render_year_labels,
};
use super::shared::found;
use super::shared::title::{self, Part};
use crate::data::{MeetingYear, TableId};
use crate::text::fit;
use crate::tui::app::charts::YearSpan;
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::drawing::Room;

/// The years the pane shows: the charts' range within the meeting years of every dataset
/// shown, so compared pairs share one axis; none for a dataset without the table.
fn span(app: &App, view: &DatasetView) -> Option<YearSpan> {
    if !view.data.has(TableId::Meetings) {
        return None;
    }
    app.extent_of(ID)?.intersect(app.charts.shown)
}

/// The chart and, zoomed, room below it for the cursor year's meetings (up to half the
/// pane); with the list's lines.
fn geometry(app: &App, view: &DatasetView, area: Rect, span: YearSpan) -> (ChartGeometry, Listed) {
    if !app.zoomed {
        return (
            bars_within(ChartGeometry::new(area, span, SCALE_WIDTH)),
            Listed::default(),
        );
    }
    let list = list::lines(app, view, super::inner(area).width);
    let wanted = 2 + list.lines.len() as u16;
    (
        bars_within(ChartGeometry::with_details(area, span, SCALE_WIDTH, wanted)),
        list,
    )
}

/// How many lines of the cursor year's meetings the zoomed pane can scroll off, and where
/// its list starts to show the match a search marks.
pub fn overflow(app: &App, view: &DatasetView, area: Rect) -> Room {
    let Some(span) = span(app, view) else {
        return Room::default();
    };
    let (g, list) = geometry(app, view, area, span);
    Room {
        room: super::shared::chart::list_overflow(list.lines.len(), g.details.height),
        revealed: list.revealed(view, ID, g.details.height),
    }
}

/// How `/` searches the meetings: what the zoomed list shows of each (date, kind, place,
/// talks, mark, occasion, leaders, note and source). A match takes the chart's cursor to
/// its year.
pub(crate) const SEARCH: crate::tui::app::registry::RowSearch =
    crate::tui::app::registry::RowSearch {
        noun: "meeting",
        len: |data| data.meetings.len(),
        text: list::search_text,
        order: |v| {
            let meetings = &v.data.meetings;
            let mut order: Vec<usize> = (0..meetings.len()).collect();
            order.sort_by_key(|&i| meetings[i].date.year());
            order
        },
        year: |data, i| data.meetings[i].date.year(),
        in_year: |data, i, year| data.meetings[i].date.year() == year,
        said: Some(words::meeting),
    };

/// One column of margin left of the bars.
const SCALE_WIDTH: u16 = 1;

/// The year under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let year = geometry(app, view, area, span(app, view)?).0.year_at(at);
    year.map(Item::Year)
}

/// The legend, then while pairs are compared which scale the bars share (kept whole).
pub(crate) fn with_scale<'a>(app: &App, mut legend: Vec<Part<'a>>) -> Vec<Part<'a>> {
    if let Some(scale) = super::shared::chart::scale_label(app) {
        legend.insert(0, Part::keep(Span::styled(scale, app.theme.muted)));
    }
    legend
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let legend = vec![
        Part::keep(Span::styled(
            format!("{} in person", theme.bar_full[0]),
            theme.bars[0],
        )),
        Part::drop(Span::styled(
            format!("{} call", theme.bar_full[1]),
            theme.bars[1],
        )),
    ];
    let legend = with_scale(app, legend);
    let room = title::room(app, Some(view), ID, area.width);
    let mut legend = legend;
    legend.extend(found::title_parts(app, view, ID));
    let legend = title::fit(legend, room, theme.symbols.ellipsis);
    frame.render_widget(
        super::block_of(
            app,
            Some(view),
            ID,
            focused,
            super::keyed(view, TableId::Meetings, legend),
        ),
        area,
    );
    let Some(span) = span(app, view) else {
        let empty = (SCALE_WIDTH, "No meetings in the years shown.");
        let buf = frame.buffer_mut();
        super::render_nothing(buf, area, view, TableId::Meetings, empty, theme.muted);
        return;
    };
    let (g, list) = geometry(app, view, area, span);
    if g.plot.height < 2 || g.plot.width < 4 {
        let inner = super::inner(area);
        super::shared::chart::render_too_small(frame.buffer_mut(), inner, app);
        return;
    }
    let years: Vec<&MeetingYear> = view
        .data
        .derived
        .meetings
        .iter()
        .filter(|m| span.contains(m.year))
        .collect();
    // One scale for every dataset shown, or each its own (a).
    let most = super::shared::chart::scale_views(app, view)
        .into_iter()
        .flat_map(|i| app.views[i].data.derived.meetings.iter())
        .filter(|m| span.contains(m.year))
        .map(|m| m.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let cursor = app.charts.year(ID);
    let buf = frame.buffer_mut();
    // The cursor's bar last: where years share columns, its count is the one on top.
    let (at_cursor, others): (Vec<_>, Vec<_>) = years.iter().partition(|m| m.year == cursor);
    for m in others.into_iter().chain(at_cursor) {
        render_bar(buf, &g, m, most, focused && m.year == cursor, app);
    }
    let marked = if focused {
        Some((cursor, theme.selection))
    } else {
        app.linked_year().map(|y| (y, theme.linked))
    };
    render_year_labels(buf, g.labels_row, &g.axis, marked, theme);
    render_details(buf, &g, app, view, &years);
    let scroll = list.scroll(app, view, ID);
    let query = view.find(ID).map(|f| f.query.as_str());
    render_list(buf, g.details, app, (&list.lines, scroll), query);
}

/// One year's stacked bar, its height in whole cells, the count on top.
fn render_bar(
    buf: &mut Buffer,
    g: &ChartGeometry,
    m: &MeetingYear,
    most: u32,
    cursor: bool,
    app: &App,
) {
    let theme = &app.theme;
    let room = u32::from(g.plot.height.saturating_sub(1));
    let cells = |n: u32| ((n * room + most / 2) / most) as u16;
    let total = cells(m.total()).max(u16::from(m.total() > 0));
    let in_person = cells(m.in_person).min(total);
    let baseline = g.plot.y + g.plot.height - 1;
    // Every bar the same width, centred on its year, with a gap to the next.
    let slot = g.plot.width / (g.axis.span.years().max(1) as u16);
    let bar = slot.saturating_sub(1).clamp(1, 6);
    let a = g.axis.x(m.year).saturating_sub((bar - 1) / 2).max(g.plot.x);
    let b = (a + bar - 1).min(g.plot.x + g.plot.width.saturating_sub(1));
    let reverse = |s: ratatui::style::Style| {
        if cursor {
            s.add_modifier(Modifier::REVERSED)
        } else {
            s
        }
    };
    for x in a..=b {
        for k in 0..total {
            let (glyph, style) = if k < in_person {
                (theme.bar_full[0], theme.bars[0])
            } else {
                (theme.bar_full[1], theme.bars[1])
            };
            put(buf, x, baseline - k, glyph, 1, reverse(style));
        }
    }
    let count = m.total().to_string();
    let width = count.len() as u16;
    let x = g.axis.x(m.year).saturating_sub((width - 1) / 2);
    let label_style = if cursor { theme.selection } else { theme.muted };
    if total < g.plot.height {
        put(buf, x, baseline - total, &count, width, label_style);
    }
}

fn render_details(
    buf: &mut Buffer,
    g: &ChartGeometry,
    app: &App,
    view: &DatasetView,
    years: &[&MeetingYear],
) {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let area = g.details;
    if area.height == 0 {
        return;
    }
    let cursor = app.charts.year(ID);
    // The cursor's year from all the data, not only the years shown.
    let year = view.data.derived.meetings.iter().find(|m| m.year == cursor);
    let line = match year {
        Some(m) => format!(
            "{cursor}: {} meeting{} ({} in person, {} phone, {} video)",
            m.total(),
            if m.total() == 1 { "" } else { "s" },
            m.in_person,
            m.phone,
            m.video
        ),
        None => {
            let dash = theme.symbols.range_dash;
            let not_covered = crate::report::record::meetings_not_covered(&view.data, cursor, dash);
            format!(
                "{cursor}: {}",
                not_covered.as_deref().unwrap_or("none recorded")
            )
        }
    };
    // The rule the bars follow (`Meeting::is_counted`), said where it leaves one out, in
    // words that come first so a narrow pane still shows them.
    let unconfirmed = year.map_or(0, |m| m.unconfirmed);
    let line = fit::truncate(&line, usize::from(area.width), e);
    put(
        buf,
        area.x,
        area.y,
        &line,
        area.width,
        theme.base.add_modifier(Modifier::BOLD),
    );
    // Not zoomed, the list does not show: the match the search is on takes the second
    // line, marked and lit.
    let found = crate::tui::app::find::shown(app, view, ID);
    let current = found
        .as_ref()
        .and_then(|f| f.current)
        .filter(|_| !app.zoomed);
    if let (true, Some(i)) = (area.height >= 2, current) {
        let text = format!(
            "{} {}",
            theme.pointer,
            list::head(app, &view.data.meetings[i])
        );
        let text = fit::truncate(&text, usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.base);
        if let Some(found) = &found {
            let row = Rect::new(area.x, area.y + 1, area.width, 1);
            found::light(buf, row, 0, &text, &found.find.query, theme);
        }
    } else if area.height >= 2 && unconfirmed > 0 {
        let text = format!("not counted: {unconfirmed} unconfirmed");
        let text = fit::truncate(&text, usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.muted);
    } else if area.height >= 2 {
        let total: u32 = years.iter().map(|m| m.total()).sum();
        let range = theme.symbols.range_dash;
        let text = format!(
            "{total} meetings in {}{range}{}",
            g.axis.span.first, g.axis.span.last
        );
        let text = fit::truncate(&text, usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.muted);
    }
}
