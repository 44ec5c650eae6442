//! Arms transfers: SIPRI TIV of deliveries per year as bars stacked by supplier, a mark on
//! years with deliveries whose TIV is not known, and the cursor year's deals below.
//!
//! TIV (trend-indicator value) is SIPRI's volume index, not money. SIPRI gives a deal's TIV
//! of delivered weapons as one figure; the chart splits it evenly over the deal's delivery
//! years, and says so under the chart.

/// The pane's name: its `render --pane` value.
pub const ID: crate::tui::panes::id::PaneId = crate::tui::panes::id::PaneId("arms");

mod words;

pub use words::WORDS;

/// The record of what the pane's cursor points at.
pub fn record(at: crate::tui::app::registry::At) -> crate::report::record::Subject {
    use crate::report::record::Subject;
    Subject::ArmsYear(at.year())
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
use crate::data::{ArmsYear, TableId};
use crate::text::fit::{self, thousands};
use crate::tui::app::charts::YearSpan;
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::drawing::Room;

/// One column of margin left of the bars.
const SCALE_WIDTH: u16 = 1;

/// The years the pane shows, where the dataset has an arms table and any dataset shown has
/// deals: the years the header gives (every year the datasets cover, as narrowed), so the
/// axis, the header and the switcher agree and a year without deliveries shows as one.
fn span(app: &App, view: &DatasetView) -> Option<YearSpan> {
    if !view.data.has(TableId::Arms) {
        return None;
    }
    app.extent_of(ID).map(|_| app.charts.shown)
}

/// The suppliers of every dataset shown, in code order: each keeps its bar style.
fn suppliers(app: &App) -> Vec<String> {
    let mut codes: Vec<String> = app
        .shown_views()
        .into_iter()
        .flat_map(|i| app.views[i].data.derived.arms.iter())
        .map(|a| a.supplier.clone())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// The chart, two summary lines and the cursor year's deals under it (up to half the pane).
fn geometry(app: &App, view: &DatasetView, area: Rect, span: YearSpan) -> (ChartGeometry, Listed) {
    let list = list::lines(app, view, super::inner(area).width);
    let wanted = 2 + list.lines.len() as u16;
    (
        bars_within(ChartGeometry::with_details(area, span, SCALE_WIDTH, wanted)),
        list,
    )
}

/// How many lines of the cursor year's deals the pane can scroll off, and where its list
/// starts to show the match a search marks.
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

/// How `/` searches the arms deals: what the list shows of each (weapon, supplier and
/// recipient, order and deliveries, mark, TIV, value, status, note and source). A match
/// takes the chart's cursor to the first year the list shows it under.
pub(crate) const SEARCH: crate::tui::app::registry::RowSearch =
    crate::tui::app::registry::RowSearch {
        noun: "arms deal",
        len: |data| data.arms.len(),
        text: list::search_text,
        order: |v| {
            let deals = &v.data.arms;
            let mut order: Vec<usize> = (0..deals.len()).collect();
            order.sort_by_key(|&i| list::first_year(&deals[i]));
            order
        },
        year: |data, i| list::first_year(&data.arms[i]),
        in_year: |data, i, year| data.arms[i].active_in(year),
        said: Some(words::deal),
    };

/// The year under a click.
pub fn hit(app: &App, view: &DatasetView, area: Rect, at: Position) -> Option<Item> {
    let year = geometry(app, view, area, span(app, view)?).0.year_at(at);
    year.map(Item::Year)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    let theme = &app.theme;
    let codes = suppliers(app);
    let counting = counts_deals(app);
    // The unit first, so that a narrow pane's title still says what TIV is not, or that
    // the bars count deals.
    let unit = if counting {
        "deals delivered (count; no TIV figures)"
    } else {
        "TIV: volume index, not money"
    };
    let mut legend = vec![Part::keep(Span::styled(unit, theme.muted))];
    legend.extend(codes.iter().enumerate().map(|(i, code)| {
        Part::drop(Span::styled(
            format!("{} {code}", theme.bar_full[i % 2]),
            theme.bars[i % 2],
        ))
    }));
    if !counting {
        legend.push(Part::drop(Span::styled(
            format!("{} no TIV", theme.unmeasured),
            theme.base,
        )));
    }
    if let Some(scale) = super::shared::chart::scale_label(app) {
        legend.insert(1, Part::keep(Span::styled(scale, theme.muted)));
    }
    legend.extend(found::title_parts(app, view, ID));
    let room = title::room(app, Some(view), ID, area.width);
    let legend = title::fit(legend, room, theme.symbols.ellipsis);
    frame.render_widget(
        super::block_of(
            app,
            Some(view),
            ID,
            focused,
            super::keyed(view, TableId::Arms, legend),
        ),
        area,
    );
    let Some(span) = span(app, view) else {
        let empty = (SCALE_WIDTH, "No arms deals in the years shown.");
        let buf = frame.buffer_mut();
        super::render_nothing(buf, area, view, TableId::Arms, empty, theme.muted);
        return;
    };
    let (g, list) = geometry(app, view, area, span);
    if g.plot.height < 2 || g.plot.width < 4 {
        let inner = super::inner(area);
        super::shared::chart::render_too_small(frame.buffer_mut(), inner, app);
        return;
    }
    // One scale for every dataset shown (or each its own, a): the most TIV (or deals)
    // delivered in a year.
    let most = super::shared::chart::scale_views(app, view)
        .into_iter()
        .map(|i| yearly_totals(&app.views[i].data.derived.arms, span, counting))
        .flat_map(|totals| totals.into_iter().map(|(_, tiv)| tiv))
        .fold(0.0_f64, f64::max);
    let cursor = app.charts.year(ID);
    let buf = frame.buffer_mut();
    for year in span.first..=span.last {
        let slots: Vec<&ArmsYear> = view
            .data
            .derived
            .arms
            .iter()
            .filter(|a| a.year == year)
            .collect();
        if !slots.is_empty() {
            let bar = Bar {
                year,
                slots: &slots,
                codes: &codes,
                most,
                cursor: focused && year == cursor,
                counting,
            };
            render_bar(buf, &g, &bar, app);
        }
    }
    let marked = if focused {
        Some((cursor, theme.selection))
    } else {
        app.linked_year().map(|y| (y, theme.linked))
    };
    render_year_labels(buf, g.labels_row, &g.axis, marked, theme);
    render_details(buf, &g, app, view);
    let scroll = list.scroll(app, view, ID);
    let query = view.find(ID).map(|f| f.query.as_str());
    render_list(buf, g.details, app, (&list.lines, scroll), query);
}

/// Whether no dataset shown has a TIV figure in its deliveries: then the bars count the
/// deals delivered each year rather than stand empty.
fn counts_deals(app: &App) -> bool {
    app.shown_views()
        .into_iter()
        .flat_map(|i| app.views[i].data.derived.arms.iter())
        .all(|a| a.with_tiv == 0 || a.tiv <= 0.0)
}

/// What one supplier's slot of a year's bar measures: its TIV, or while `counting`, its
/// deals delivered.
fn measure(a: &ArmsYear, counting: bool) -> f64 {
    if counting {
        f64::from(a.with_tiv + a.without_tiv)
    } else {
        a.tiv
    }
}

/// Each year's TIV (or while `counting`, deals) delivered, all suppliers together.
fn yearly_totals(years: &[ArmsYear], span: YearSpan, counting: bool) -> Vec<(i32, f64)> {
    let mut totals: Vec<(i32, f64)> = Vec::new();
    for a in years.iter().filter(|a| span.contains(a.year)) {
        let m = measure(a, counting);
        match totals.last_mut() {
            Some((y, t)) if *y == a.year => *t += m,
            _ => totals.push((a.year, m)),
        }
    }
    totals
}

/// One year's deliveries: a slot per supplier.
struct Bar<'a> {
    year: i32,
    slots: &'a [&'a ArmsYear],
    codes: &'a [String],
    /// The TIV (or while `counting`, deals) of the tallest bar shown.
    most: f64,
    cursor: bool,
    /// No dataset shown has TIV figures: the bars count deals delivered.
    counting: bool,
}

/// One year's bar, stacked by supplier in whole cells, with the mark above it where some
/// deliveries have no TIV.
fn render_bar(buf: &mut Buffer, g: &ChartGeometry, bar: &Bar<'_>, app: &App) {
    let theme = &app.theme;
    let room = f64::from(g.plot.height.saturating_sub(1));
    let baseline = g.plot.y + g.plot.height - 1;
    let slot = g.plot.width / (g.axis.span.years().max(1) as u16);
    let width = slot.saturating_sub(1).clamp(1, 6);
    let a = g
        .axis
        .x(bar.year)
        .saturating_sub((width - 1) / 2)
        .max(g.plot.x);
    let b = (a + width - 1).min(g.plot.x + g.plot.width.saturating_sub(1));
    let reverse = |s: ratatui::style::Style| {
        if bar.cursor {
            s.add_modifier(Modifier::REVERSED)
        } else {
            s
        }
    };
    let mut height: u16 = 0;
    for s in bar.slots.iter().filter(|s| measure(s, bar.counting) > 0.0) {
        let i = bar.codes.iter().position(|c| *c == s.supplier).unwrap_or(0);
        let value = measure(s, bar.counting);
        let cells = if bar.most > 0.0 {
            ((value * room / bar.most).round() as u16).max(1)
        } else {
            1
        };
        let cells = cells.min(g.plot.height.saturating_sub(1).saturating_sub(height));
        for x in a..=b {
            for k in height..height + cells {
                put(
                    buf,
                    x,
                    baseline - k,
                    theme.bar_full[i % 2],
                    1,
                    reverse(theme.bars[i % 2]),
                );
            }
        }
        height += cells;
    }
    let style = if bar.cursor {
        theme.selection
    } else {
        theme.base
    };
    if bar.counting {
        // The count over the bar, as the meetings pane shows its own.
        let count: u32 = bar.slots.iter().map(|s| s.with_tiv + s.without_tiv).sum();
        let text = count.to_string();
        let w = fit::width(&text) as u16;
        if height < g.plot.height && w <= width.max(1) + 1 {
            let x = g.axis.x(bar.year).saturating_sub((w.saturating_sub(1)) / 2);
            put(buf, x.max(g.plot.x), baseline - height, &text, w, style);
        }
        return;
    }
    if bar.slots.iter().any(|s| s.without_tiv > 0) && height < g.plot.height {
        put(
            buf,
            g.axis.x(bar.year),
            baseline - height,
            theme.unmeasured,
            1,
            style,
        );
    }
}

/// The cursor year's deliveries in words, then how the chart counts.
fn render_details(buf: &mut Buffer, g: &ChartGeometry, app: &App, view: &DatasetView) {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let area = g.details;
    if area.height == 0 {
        return;
    }
    let cursor = app.charts.year(ID);
    let years: Vec<&ArmsYear> = view
        .data
        .derived
        .arms
        .iter()
        .filter(|a| a.year == cursor)
        .collect();
    let tiv: f64 = years.iter().map(|a| a.tiv).sum();
    let measured: u32 = years.iter().map(|a| a.with_tiv).sum();
    let unmeasured: u32 = years.iter().map(|a| a.without_tiv).sum();
    let mut parts = Vec::new();
    if measured > 0 {
        parts.push(format!("{} m TIV delivered", thousands(tiv.round() as u64)));
    }
    if unmeasured > 0 {
        let s = if unmeasured == 1 { "" } else { "s" };
        parts.push(format!("{unmeasured} deal{s} delivered, TIV unknown"));
    }
    let orders = view
        .data
        .arms
        .iter()
        .filter(|a| a.order_year.value == cursor)
        .count();
    if orders > 0 {
        parts.push(format!("{orders} ordered"));
    }
    let line = if parts.is_empty() {
        format!("{cursor}: no deals recorded")
    } else {
        format!("{cursor}: {}", parts.join(", "))
    };
    let line = fit::truncate(&line, usize::from(area.width), e);
    put(
        buf,
        area.x,
        area.y,
        &line,
        area.width,
        theme.base.add_modifier(Modifier::BOLD),
    );
    if area.height >= 2 && counts_deals(app) {
        let text = "Bars count the deals delivered each year: this data has no TIV figures";
        let text = fit::truncate(text, usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.muted);
    } else if area.height >= 2 {
        let text = format!(
            "TIV is not money: SIPRI's volume index; a deal's TIV of deliveries split \
             evenly over its delivery years; {} deliveries without a TIV",
            theme.unmeasured
        );
        let text = fit::truncate(&text, usize::from(area.width), e);
        put(buf, area.x, area.y + 1, &text, area.width, theme.muted);
    }
}
