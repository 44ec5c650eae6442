//! View state of the year charts: the years shown, each chart's cursor, line or bars, and
//! which trade flow the trade chart shows.

use crate::data::{Dataset, Figure, Flow, Month, TradePoint};
use std::collections::BTreeMap;

use crate::tui::app::registry::{CursorKind, Registry};
use crate::tui::panes::id::PaneId;

/// What the trade chart shows of each series: the total, or, for a series that gives them,
/// its country's exports, imports or their balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TradeFlow {
    #[default]
    Total,
    Exports,
    Imports,
    /// Exports less imports: may be negative.
    Balance,
}

impl TradeFlow {
    /// The next in the cycle, back to the total after the balance.
    pub fn next(self) -> TradeFlow {
        match self {
            TradeFlow::Total => TradeFlow::Exports,
            TradeFlow::Exports => TradeFlow::Imports,
            TradeFlow::Imports => TradeFlow::Balance,
            TradeFlow::Balance => TradeFlow::Total,
        }
    }

    /// The word legends and messages use.
    pub fn word(self) -> &'static str {
        match self {
            TradeFlow::Total => "total",
            TradeFlow::Exports => "exports",
            TradeFlow::Imports => "imports",
            TradeFlow::Balance => "balance",
        }
    }

    /// The flow in the data's terms, whose direction labels name (`None` for the total).
    pub fn flow(self) -> Option<Flow> {
        match self {
            TradeFlow::Total => None,
            TradeFlow::Exports => Some(Flow::Exports),
            TradeFlow::Imports => Some(Flow::Imports),
            TradeFlow::Balance => Some(Flow::Balance),
        }
    }

    /// A point's figure for this flow (USD bn): the total for [`TradeFlow::Total`] and for
    /// a series without flows (`has_flows` false), else the flow, `None` where not given.
    pub fn value(self, p: &TradePoint, has_flows: bool) -> Option<f64> {
        self.figure(p, has_flows).map(|f| f.value)
    }

    /// The same figure as printed, for text: its decimals and any bound kept.
    pub fn figure(self, p: &TradePoint, has_flows: bool) -> Option<Figure> {
        match (self, has_flows) {
            (TradeFlow::Total, _) | (_, false) => p.value_usd_bn,
            (TradeFlow::Exports, true) => p.exports_usd_bn,
            (TradeFlow::Imports, true) => p.imports_usd_bn,
            (TradeFlow::Balance, true) => p.balance_usd_bn(),
        }
    }
}

pub use crate::data::YearSpan;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartsView {
    /// Every year any chart has data for.
    pub all: YearSpan,
    /// The years the charts show now.
    pub shown: YearSpan,
    /// Each chart pane's cursor, by pane: a year or a month, as its registry row says.
    cursors: BTreeMap<PaneId, Cursor>,
    pub bars: bool,
    /// Whether the cooperation chart's line is the mean Goldstein scale rather than net
    /// cooperation.
    pub goldstein: bool,
    /// What the trade chart shows of each series.
    pub flow: TradeFlow,
    /// The indicator the indicators chart shows: an index into each shown dataset's
    /// declared indicators (modulo their number).
    pub indicator: usize,
    /// The zoomed trade pane's record below the chart: the cursor year it was scrolled at
    /// and how many lines are scrolled off. Another year starts at the top again.
    pub details_scroll: (&'static str, i32, u16),
    /// Compared, whether each pair's chart has its own scale rather than one shared.
    pub own_scale: bool,
}

/// The fewest years a narrowed range keeps.
const MIN_SPAN: i32 = 3;

/// A chart pane's cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cursor {
    Year(i32),
    Month(Month),
}

impl ChartsView {
    /// The charts over `all` years, with no cursor yet ([`ChartsView::set_year`],
    /// [`ChartsView::set_month`] place them).
    pub fn new(all: YearSpan, bars: bool) -> Self {
        ChartsView {
            all,
            shown: all,
            cursors: BTreeMap::new(),
            bars,
            goldstein: false,
            flow: TradeFlow::Total,
            indicator: 0,
            details_scroll: ("", all.last, 0),
            own_scale: false,
        }
    }

    /// The year cursor of `pane` (the last year for a pane without one).
    pub fn year(&self, pane: PaneId) -> i32 {
        match self.cursors.get(&pane) {
            Some(Cursor::Year(year)) => *year,
            Some(Cursor::Month(month)) => month.year,
            None => self.all.last,
        }
    }

    /// The month cursor of `pane` (December of the last year for a pane without one).
    pub fn month(&self, pane: PaneId) -> Month {
        match self.cursors.get(&pane) {
            Some(Cursor::Month(month)) => *month,
            _ => Month {
                year: self.all.last,
                month: 12,
            },
        }
    }

    pub fn set_year(&mut self, pane: PaneId, year: i32) {
        self.cursors.insert(pane, Cursor::Year(year));
    }

    pub(crate) fn set_month(&mut self, pane: PaneId, month: Month) {
        self.cursors.insert(pane, Cursor::Month(month));
    }

    /// Takes the cursors of `other` for the panes that have none here.
    pub(crate) fn adopt_new(&mut self, other: ChartsView) {
        for (pane, cursor) in other.cursors {
            self.cursors.entry(pane).or_insert(cursor);
        }
    }

    /// The year cursor of `pane`, to move it, with the years shown, which follow it.
    pub(crate) fn cursor_and_shown(&mut self, pane: PaneId) -> (&mut i32, &mut YearSpan) {
        let last = self.all.last;
        let cursor = self.cursors.entry(pane).or_insert(Cursor::Year(last));
        if let Cursor::Month(_) = cursor {
            *cursor = Cursor::Year(last);
        }
        let Cursor::Year(year) = cursor else {
            unreachable!("made a year above")
        };
        (year, &mut self.shown)
    }

    /// How far the record under `year` of the chart pane named `pane` is scrolled.
    pub(crate) fn details_scroll_at(&self, pane: &str, year: i32) -> u16 {
        let (which, at, lines) = self.details_scroll;
        if which == pane && at == year {
            lines
        } else {
            0
        }
    }

    /// Narrows the years shown by about a third, around `around`.
    pub fn narrow(&mut self, around: i32) {
        let span = ((self.shown.years() * 2) / 3)
            .max(MIN_SPAN)
            .min(self.shown.years());
        self.recentre(around, span);
    }

    /// Widens the years shown by about half, up to every year.
    pub(crate) fn widen(&mut self, around: i32) {
        let span = (self.shown.years() * 3 / 2 + 1).min(self.all.years());
        self.recentre(around, span);
    }

    pub fn reset(&mut self) {
        self.shown = self.all;
    }

    fn recentre(&mut self, around: i32, span: i32) {
        let mut first = around - span / 2;
        first = first.clamp(self.all.first, self.all.last + 1 - span);
        self.shown = YearSpan {
            first,
            last: first + span - 1,
        };
    }

    /// Puts every chart's cursor on `year`, the one year the panes mark: the year charts'
    /// cursors, and each month cursor on the month `month_in` gives for it when it is in
    /// another year. The years shown pan to hold it where any chart has data for it. A
    /// chart without data that year says so under its plot rather than showing another
    /// year.
    pub fn link(&mut self, year: i32, month_in: impl Fn(PaneId) -> Month) {
        for (pane, cursor) in &mut self.cursors {
            match cursor {
                Cursor::Year(y) => *y = year,
                Cursor::Month(m) if m.year != year => *m = month_in(*pane),
                Cursor::Month(_) => {}
            }
        }
        if self.all.contains(year) {
            let mut cursor = year;
            ChartsView::move_cursor(&mut cursor, &mut self.shown, self.all, year);
        }
    }

    /// Moves a cursor to `year` within `extent`, panning the shown years to follow it.
    pub(crate) fn move_cursor(cursor: &mut i32, shown: &mut YearSpan, extent: YearSpan, year: i32) {
        let year = extent.clamp(year);
        *cursor = year;
        if year < shown.first {
            let len = shown.years();
            shown.first = year;
            shown.last = year + len - 1;
        } else if year > shown.last {
            let len = shown.years();
            shown.last = year;
            shown.first = year - len + 1;
        }
    }
}

/// The years a dataset covers, the one definition the header, the switcher, `bilat list`
/// and the charts' axes share: from the first to the last year any of its yearly tables
/// reaches (trade, leader meetings, exercises, arms orders and deliveries, cooperation
/// months). The timeline's events are left out: a chronology may reach decades back for
/// context, and no chart is drawn over them. So are indicators, which may reach back
/// decades too (UN votes from 1946), unless the dataset holds nothing else with years.
pub(crate) fn dataset_years(data: &Dataset) -> Option<YearSpan> {
    let exercises = data
        .derived
        .exercises
        .first()
        .zip(data.derived.exercises.last());
    let exercises = exercises.map(|(first, last)| YearSpan {
        first: first.year,
        last: last.year,
    });
    [
        trade_extent(data),
        meetings_extent(data),
        exercises,
        arms_extent(data),
        cooperation_extent(data),
    ]
    .into_iter()
    .flatten()
    .reduce(|a, b| YearSpan {
        first: a.first.min(b.first),
        last: a.last.max(b.last),
    })
    .or_else(|| indicator_years(data))
}

/// The charts' view of a dataset: every year it covers, each chart pane's cursor where its
/// registry row starts it.
pub(super) fn charts_for(data: &Dataset, bars: bool, registry: &Registry) -> ChartsView {
    let all = dataset_years(data).unwrap_or(YearSpan {
        first: 2000,
        last: 2000,
    });
    let mut charts = ChartsView::new(all, bars);
    for pane in &registry.panes {
        match pane.cursor {
            CursorKind::Year { extent, start } => {
                let year = start(data).or(extent(data).map(|e| e.last));
                charts.set_year(pane.id, year.unwrap_or(all.last));
            }
            CursorKind::Month { start, .. } => {
                let month = start(data).unwrap_or(Month {
                    year: all.last,
                    month: 12,
                });
                charts.set_month(pane.id, month);
            }
            CursorKind::Nothing | CursorKind::List(_) => {}
        }
    }
    if let Some(first) = registry.first_year_pane() {
        charts.details_scroll = ("", charts.year(first), 0);
    }
    charts
}

/// The month of `year` the cooperation chart's cursor takes when that year is linked: the
/// latest with events between the pair, else the latest the table has, else December.
pub(crate) fn cooperation_month_in(data: &Dataset, year: i32) -> Month {
    let mut months = data
        .cooperation
        .iter()
        .filter(|c| c.month.year == year)
        .rev();
    let with_events = months.clone().find(|c| c.events > 0);
    with_events
        .or_else(|| months.next())
        .map_or(Month { year, month: 12 }, |c| c.month)
}

pub use super::extents::{
    arms_extent, cooperation_extent, cooperation_months, latest_cooperation_month,
    latest_delivery_year, latest_trade_year, meetings_extent, trade_extent,
};

/// The first and last years of any indicator's rows, gaps included.
pub fn indicator_years(data: &Dataset) -> Option<YearSpan> {
    let first = data.indicators.iter().map(|r| r.year).min()?;
    let last = data.indicators.iter().map(|r| r.year).max()?;
    Some(YearSpan { first, last })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> ChartsView {
        let all = YearSpan {
            first: 1992,
            last: 2025,
        };
        let mut v = ChartsView::new(all, false);
        v.set_year(PaneId("a"), 2025);
        v
    }

    #[test]
    fn narrowing_keeps_the_cursor_in_view_and_stops_at_three_years() {
        let mut v = view();
        v.narrow(2025);
        assert_eq!(
            v.shown,
            YearSpan {
                first: 2004,
                last: 2025
            }
        );
        for _ in 0..20 {
            v.narrow(2010);
        }
        assert_eq!(v.shown.years(), 3);
        assert!(v.shown.contains(2010));
        v.widen(2010);
        assert_eq!(v.shown.years(), 5);
        v.reset();
        assert_eq!(v.shown, v.all);
    }

    #[test]
    fn a_cursor_outside_the_range_pans_it() {
        let mut v = view();
        v.narrow(2025);
        let all = v.all;
        let (cursor, shown) = v.cursor_and_shown(PaneId("a"));
        ChartsView::move_cursor(cursor, shown, all, 1995);
        assert_eq!(v.year(PaneId("a")), 1995);
        assert_eq!(v.shown.first, 1995);
        assert_eq!(v.shown.years(), 22);
        let (cursor, shown) = v.cursor_and_shown(PaneId("a"));
        ChartsView::move_cursor(cursor, shown, all, 1900);
        assert_eq!(v.year(PaneId("a")), 1992);
    }
}
