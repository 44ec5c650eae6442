//! View state of the year charts: the years shown, each chart's cursor, line or bars, and
//! which trade flow the trade chart shows.

use crate::data::{Dataset, Figure, Flow, Month, TradePoint};
use crate::tui::panes::registry::Moves;

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
    pub trade_cursor: i32,
    pub meetings_cursor: i32,
    pub arms_cursor: i32,
    pub bars: bool,
    /// The cooperation chart's month cursor.
    pub cooperation_cursor: Month,
    /// Whether the cooperation chart's line is the mean Goldstein scale rather than net
    /// cooperation.
    pub goldstein: bool,
    /// What the trade chart shows of each series.
    pub flow: TradeFlow,
    /// The zoomed trade pane's record below the chart: the cursor year it was scrolled at
    /// and how many lines are scrolled off. Another year starts at the top again.
    pub details_scroll: (&'static str, i32, u16),
}

/// The fewest years a narrowed range keeps.
const MIN_SPAN: i32 = 3;

/// Where each chart's cursor starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursors {
    pub trade: i32,
    pub meetings: i32,
    pub arms: i32,
}

impl ChartsView {
    pub fn new(all: YearSpan, cursors: Cursors, bars: bool) -> Self {
        ChartsView {
            all,
            shown: all,
            trade_cursor: cursors.trade,
            meetings_cursor: cursors.meetings,
            arms_cursor: cursors.arms,
            bars,
            cooperation_cursor: Month {
                year: all.last,
                month: 12,
            },
            goldstein: false,
            flow: TradeFlow::Total,
            details_scroll: ("", cursors.trade, 0),
        }
    }

    /// The cursor of the chart whose keys move `moves` (the trade chart's for other panes).
    pub fn cursor(&self, moves: Moves) -> i32 {
        match moves {
            Moves::MeetingYears => self.meetings_cursor,
            Moves::ArmsYears => self.arms_cursor,
            _ => self.trade_cursor,
        }
    }

    /// As [`ChartsView::cursor`], to move it, with the years shown, which follow it.
    pub fn cursor_and_shown(&mut self, moves: Moves) -> (&mut i32, &mut YearSpan) {
        let cursor = match moves {
            Moves::MeetingYears => &mut self.meetings_cursor,
            Moves::ArmsYears => &mut self.arms_cursor,
            _ => &mut self.trade_cursor,
        };
        (cursor, &mut self.shown)
    }

    /// How far the record under `year` of the chart pane named `pane` is scrolled.
    pub fn details_scroll_at(&self, pane: &str, year: i32) -> u16 {
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
    pub fn widen(&mut self, around: i32) {
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
    /// cursors, and the cooperation chart's month cursor on `month` when it is in another
    /// year. The years shown pan to hold it where any chart has data for it. A chart
    /// without data that year says so under its plot rather than showing another year.
    pub fn link(&mut self, year: i32, month: Month) {
        self.trade_cursor = year;
        self.meetings_cursor = year;
        self.arms_cursor = year;
        if self.cooperation_cursor.year != year {
            self.cooperation_cursor = month;
        }
        if self.all.contains(year) {
            let mut cursor = year;
            ChartsView::move_cursor(&mut cursor, &mut self.shown, self.all, year);
        }
    }

    /// Moves a cursor to `year` within `extent`, panning the shown years to follow it.
    pub fn move_cursor(cursor: &mut i32, shown: &mut YearSpan, extent: YearSpan, year: i32) {
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
/// context, and no chart is drawn over them.
pub fn dataset_years(data: &Dataset) -> Option<YearSpan> {
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
}

/// The charts' view of a dataset: every year it covers, cursors on the last.
pub(super) fn charts_for(data: &Dataset, bars: bool) -> ChartsView {
    let trade = trade_extent(data);
    let meetings = meetings_extent(data);
    let arms = arms_extent(data);
    let all = dataset_years(data).unwrap_or(YearSpan {
        first: 2000,
        last: 2000,
    });
    // The cursors start on the latest figure, not on a later year that has none.
    let latest_figure = data.derived.latest_trade().map(|p| p.year());
    let latest_delivery = data.derived.arms.last().map(|a| a.year);
    let cursors = Cursors {
        trade: latest_figure.or(trade.map(|t| t.last)).unwrap_or(all.last),
        meetings: meetings.map_or(all.last, |m| m.last),
        arms: latest_delivery.or(arms.map(|a| a.last)).unwrap_or(all.last),
    };
    let mut charts = ChartsView::new(all, cursors, bars);
    // The month cursor starts on the latest month with events.
    if let Some(last) = data.cooperation.iter().rev().find(|c| c.events > 0) {
        charts.cooperation_cursor = last.month;
    }
    charts
}

/// The month of `year` the cooperation chart's cursor takes when that year is linked: the
/// latest with events between the pair, else the latest the table has, else December.
pub fn cooperation_month_in(data: &Dataset, year: i32) -> Month {
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

/// The first and last years of the cooperation table's months.
pub fn cooperation_extent(data: &Dataset) -> Option<YearSpan> {
    Some(YearSpan {
        first: data.cooperation.first()?.month.year,
        last: data.cooperation.last()?.month.year,
    })
}

/// The first and last years any trade series of `data` reaches.
pub fn trade_extent(data: &Dataset) -> Option<YearSpan> {
    let (first, last) = data.derived.trade_years()?;
    Some(YearSpan { first, last })
}

/// The first and last years of `data`'s arms deals, orders and deliveries alike.
pub fn arms_extent(data: &Dataset) -> Option<YearSpan> {
    let years = data
        .arms
        .iter()
        .flat_map(|a| std::iter::once(a.order_year.value).chain(a.delivery_years.iter().copied()));
    let (first, last) = years.fold(None, |span: Option<(i32, i32)>, y| {
        Some(span.map_or((y, y), |(a, b)| (a.min(y), b.max(y))))
    })?;
    Some(YearSpan { first, last })
}

/// The first and last years of `data`'s meetings.
pub fn meetings_extent(data: &Dataset) -> Option<YearSpan> {
    Some(YearSpan {
        first: data.derived.meetings.first()?.year,
        last: data.derived.meetings.last()?.year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> ChartsView {
        let all = YearSpan {
            first: 1992,
            last: 2025,
        };
        let cursors = Cursors {
            trade: 2025,
            meetings: 2025,
            arms: 2025,
        };
        ChartsView::new(all, cursors, false)
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
        ChartsView::move_cursor(&mut v.trade_cursor, &mut v.shown, all, 1995);
        assert_eq!(v.trade_cursor, 1995);
        assert_eq!(v.shown.first, 1995);
        assert_eq!(v.shown.years(), 22);
        ChartsView::move_cursor(&mut v.trade_cursor, &mut v.shown, all, 1900);
        assert_eq!(v.trade_cursor, 1992);
    }
}
