//! One file per pane, named for what the user sees (the trade pane's details below its chart
//! in one more), and the registry row of each. Each draws from the session and one dataset,
//! and changes neither.

pub mod arms;
pub mod cooperation;
pub mod drawing;
pub mod exercises;
pub mod id;
pub mod indicators;
pub mod meetings;
pub mod phrases;
pub mod shared;
pub mod timeline;
pub mod trade;

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::data::TableId;
use crate::tui::app::charts;
use crate::tui::app::registry::{CursorKind, PaneSpec, Registry, SearchKind};
use crate::tui::app::{App, DatasetView};
use crate::tui::input::action::{PaneId, Scope};
use crate::tui::layout;

/// The dashboard's panes, in focus order (the number keys' order: a pane added after the
/// first four comes last, wherever its row puts it): adding one is a file above and a row
/// here.
pub fn registry() -> Registry {
    Registry {
        panes: vec![
            PaneSpec {
                id: trade::ID,
                title: "Trade",
                scopes: &[Scope::Charts, Scope::Trade],
                cursor: CursorKind::Year {
                    extent: charts::trade_extent,
                    start: charts::latest_trade_year,
                },
                search: None,
                record: Some(trade::record),
                words: Some(trade::WORDS),
                row: 0,
                weight: 58,
                list_area: None,
                scrolls: true,
                needs: Some(TableId::Trade),
                about: "",
            },
            PaneSpec {
                id: meetings::ID,
                title: "Meetings",
                scopes: &[Scope::Charts],
                cursor: CursorKind::Year {
                    extent: charts::meetings_extent,
                    start: |_| None,
                },
                search: Some(SearchKind::Rows(meetings::SEARCH)),
                record: Some(meetings::record),
                words: Some(meetings::WORDS),
                row: 0,
                weight: 42,
                list_area: None,
                scrolls: true,
                needs: Some(TableId::Meetings),
                about: "",
            },
            PaneSpec {
                id: exercises::ID,
                title: "Exercises",
                scopes: &[Scope::Exercises, Scope::Lists],
                cursor: CursorKind::List(exercises::LIST),
                search: Some(SearchKind::Rows(exercises::SEARCH)),
                record: Some(exercises::record),
                words: Some(exercises::WORDS),
                row: 1,
                weight: 46,
                list_area: Some(exercises::list_area),
                scrolls: false,
                needs: Some(TableId::Exercises),
                about: "",
            },
            PaneSpec {
                id: timeline::ID,
                title: "Timeline",
                scopes: &[Scope::Timeline, Scope::Lists, Scope::ToTimeline],
                cursor: CursorKind::List(timeline::LIST),
                search: Some(SearchKind::Events),
                record: Some(timeline::record),
                words: Some(timeline::WORDS),
                row: 1,
                weight: 54,
                list_area: Some(timeline::list_area),
                scrolls: false,
                needs: Some(TableId::Events),
                about: "",
            },
            PaneSpec {
                id: arms::ID,
                title: "Arms",
                scopes: &[Scope::Charts],
                cursor: CursorKind::Year {
                    extent: charts::arms_extent,
                    start: charts::latest_delivery_year,
                },
                search: Some(SearchKind::Rows(arms::SEARCH)),
                record: Some(arms::record),
                words: Some(arms::WORDS),
                row: 0,
                weight: 36,
                list_area: None,
                scrolls: true,
                needs: Some(TableId::Arms),
                about: "Arms transfers (datasets with an arms table)",
            },
            PaneSpec {
                id: cooperation::ID,
                title: "Cooperation",
                scopes: &[Scope::Cooperation],
                cursor: CursorKind::Month {
                    months: charts::cooperation_months,
                    start: charts::latest_cooperation_month,
                    in_year: charts::cooperation_month_in,
                },
                search: None,
                record: Some(cooperation::record),
                words: Some(cooperation::WORDS),
                row: 0,
                weight: 40,
                list_area: None,
                scrolls: false,
                needs: Some(TableId::Cooperation),
                about: "GDELT events by month (datasets with a cooperation table)",
            },
            PaneSpec {
                id: indicators::ID,
                title: "Indicators",
                scopes: &[Scope::Charts, Scope::Indicators],
                cursor: CursorKind::Year {
                    extent: indicators::extent,
                    start: indicators::latest_year,
                },
                search: None,
                record: Some(indicators::record),
                words: Some(indicators::WORDS),
                row: 1,
                weight: 40,
                list_area: None,
                scrolls: false,
                needs: Some(TableId::Indicators),
                about: "One yearly indicator at a time (datasets with an indicators table)",
            },
        ],
    }
}

/// The bordered block of a pane: its number and name, then `extra` (legend, state).
pub fn block<'a>(app: &App, pane: PaneId, focused: bool, extra: Vec<Span<'a>>) -> Block<'a> {
    block_of(app, None, pane, focused, extra)
}

/// As [`block`], tagged with the dataset's title while two are compared, so each pane says
/// which pair it shows.
pub(crate) fn block_of<'a>(
    app: &App,
    view: Option<&DatasetView>,
    pane: PaneId,
    focused: bool,
    extra: Vec<Span<'a>>,
) -> Block<'a> {
    let theme = &app.theme;
    let (border, title) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    let [head, glyph, pair] = title_parts(app, view, pane);
    let pair_style = view.and_then(|v| app.pair_entry(v.id)).map_or(title, |e| {
        theme.series_style(e).add_modifier(Modifier::BOLD)
    });
    let mut spans = vec![Span::styled(head, title)];
    if !glyph.is_empty() {
        spans.push(Span::styled(glyph, pair_style));
    }
    spans.push(Span::styled(pair, title));
    for span in extra {
        spans.push(Span::raw(" "));
        spans.push(span);
    }
    spans.push(Span::raw(" "));
    Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(border)
        .title(Line::from(spans))
}

/// The start of a pane's title: its number and name, and while pairs are compared the
/// pair's glyph and title (` 1 Trade ● India–Russia `; ` 1 Trade ● IND–RUS ` with three or
/// four pairs).
pub fn title_prefix(app: &App, view: Option<&DatasetView>, pane: PaneId) -> String {
    title_parts(app, view, pane).concat()
}

/// [`title_prefix`] in its three parts: the number and name, the pair's glyph, and the
/// pair's title (the last two empty unless compared), so the glyph can take the pair's
/// colour.
fn title_parts(app: &App, view: Option<&DatasetView>, pane: PaneId) -> [String; 3] {
    let name = app.registry.get(pane).map_or("", |p| p.title);
    let head = format!(" {} {name} ", app.registry.number(pane));
    match view.filter(|_| app.comparing()) {
        Some(v) => {
            let glyph = app
                .pair_entry(v.id)
                .map_or(String::new(), |e| format!("{} ", app.theme.glyphs.point(e)));
            // Where panes share the screen's width (three or four pairs, or every pane of
            // two), the pair goes by its codes (IND–RUS), as the header's short form names
            // them: a title would leave the legend no room. The same on every pane.
            let shown = app.shown_views().len();
            let every_pane = !app.zoomed && layout::all_panes_fit(app.area.into(), shown);
            let pair = if shown > 2 || every_pane {
                let [a, b] = &v.data.manifest.countries;
                format!("{}{}{}", a.code, app.theme.symbols.range_dash, b.code)
            } else {
                app.theme.symbols.text(v.title())
            };
            [head, glyph, format!("{pair} ")]
        }
        None => [head, String::new(), String::new()],
    }
}

/// A pane's legend or state (`extra` of [`block_of`]) for `view`, or none where the dataset
/// lacks the pane's table: an absent table has nothing to key or count.
pub(crate) fn keyed<'a>(view: &DatasetView, table: TableId, extra: Vec<Span<'a>>) -> Vec<Span<'a>> {
    if view.data.has(table) {
        extra
    } else {
        Vec::new()
    }
}

/// What a chart pane shows with no year to draw: `empty` beside a scale `scale_width` wide
/// where the dataset has the table but no rows in the years shown, else that the dataset has
/// no such table ([`render_absent`]).
pub(crate) fn render_nothing(
    buf: &mut Buffer,
    area: Rect,
    view: &DatasetView,
    table: TableId,
    (scale_width, empty): (u16, &str),
    style: Style,
) {
    if view.data.has(table) {
        shared::chart::render_empty(buf, area, scale_width, empty, style);
    } else {
        render_absent(buf, area, table, style);
    }
}

/// `This dataset has no arms table.`, wrapped over the pane's inner lines: what a pane says
/// for a dataset without its table's file (shown beside a compared pair that has one),
/// which is not the same as a table with no rows.
pub(crate) fn render_absent(buf: &mut Buffer, area: Rect, table: TableId, style: Style) {
    let inner = inner(area);
    let text = format!("This dataset has no {} table.", table.spec().name);
    let lines = crate::text::fit::wrap(
        &text,
        usize::from(inner.width),
        usize::from(inner.height),
        "…",
    );
    for (y, line) in (inner.y..).zip(lines) {
        buf.set_stringn(inner.x, y, line, usize::from(inner.width), style);
    }
}

/// `pane` of a dataset without its `table`: the bordered block with the pane's name and
/// the pair, and [`render_absent`] inside.
pub(crate) fn render_absent_pane(
    frame: &mut ratatui::Frame,
    area: Rect,
    (app, view): (&App, &DatasetView),
    pane: PaneId,
    table: TableId,
    focused: bool,
) {
    frame.render_widget(block_of(app, Some(view), pane, focused, Vec::new()), area);
    render_absent(frame.buffer_mut(), area, table, app.theme.muted);
}

/// A pane's area inside its border.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// The list row under a click: `list` is where rows are drawn, `offset` the first row shown.
pub(crate) fn list_row_at(list: Rect, offset: usize, len: usize, at: Position) -> Option<usize> {
    list.contains(at)
        .then(|| offset + usize::from(at.y - list.y))
        .filter(|&row| row < len)
}

/// Writes `text` at (`x`, `y`) of `buf` in `style`, at most `max` columns, as
/// [`Buffer::set_stringn`] does; plain ASCII, the usual row of a long list, skips the
/// search for grapheme clusters.
pub fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max: usize, style: Style) {
    let printable = |b: &u8| b.is_ascii_graphic() || *b == b' ';
    if !text.bytes().all(|b| printable(&b)) {
        buf.set_stringn(x, y, text, max, style);
        return;
    }
    let room = usize::from(buf.area.right().saturating_sub(x)).min(max);
    for (i, b) in text.bytes().take(room).enumerate() {
        buf[(x + i as u16, y)]
            .set_char(char::from(b))
            .set_style(style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The quick way writes what ratatui's own does, ASCII or not.
        #[test]
        fn put_writes_what_set_stringn_writes(
            text in "[ -~]{0,30}|[a-z中é ]{0,20}",
            x in 0u16..12,
            max in 0usize..40,
        ) {
            let area = ratatui::layout::Rect::new(0, 0, 20, 1);
            let style = Style::new().fg(ratatui::style::Color::Indexed(245));
            let mut quick = Buffer::empty(area);
            put(&mut quick, x, 0, &text, max, style);
            let mut slow = Buffer::empty(area);
            slow.set_stringn(x, 0, &text, max, style);
            prop_assert_eq!(quick, slow);
        }
    }
}
