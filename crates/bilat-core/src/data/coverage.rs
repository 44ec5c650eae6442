//! The years a dataset covers, without the dashboard: what `bilat list`, the overview's
//! summaries and the charts' axes agree on.

use super::{Dataset, YearSpan};

impl Dataset {
    /// From the first to the last year any of its yearly tables reaches (trade, leader
    /// meetings, exercises, arms orders and deliveries, cooperation months); the timeline's
    /// events are left out, as a chronology may reach decades back for context. The same
    /// rule as the dashboard's `charts::dataset_years`.
    pub fn years(&self) -> Option<YearSpan> {
        let span = |first: i32, last: i32| YearSpan::new(first, last);
        let trade = self.derived.trade_years().and_then(|(a, b)| span(a, b));
        let meetings = self
            .derived
            .meetings
            .first()
            .zip(self.derived.meetings.last());
        let meetings = meetings.and_then(|(a, b)| span(a.year, b.year));
        let exercises = self
            .derived
            .exercises
            .first()
            .zip(self.derived.exercises.last());
        let exercises = exercises.and_then(|(a, b)| span(a.year, b.year));
        let arms = self
            .arms
            .iter()
            .flat_map(|a| {
                std::iter::once(a.order_year.value).chain(a.delivery_years.iter().copied())
            })
            .fold(None, |s: Option<(i32, i32)>, y| {
                Some(s.map_or((y, y), |(a, b)| (a.min(y), b.max(y))))
            })
            .and_then(|(a, b)| span(a, b));
        let cooperation = self.cooperation.first().zip(self.cooperation.last());
        let cooperation = cooperation.and_then(|(a, b)| span(a.month.year, b.month.year));
        [trade, meetings, exercises, arms, cooperation]
            .into_iter()
            .flatten()
            .reduce(YearSpan::cover)
            .or_else(|| self.indicator_years())
    }

    /// The years the indicators have values, for a dataset that holds nothing else yearly
    /// (one made from a dyad-year file): a long series such as UN voting since 1946 would
    /// otherwise stretch a pair's years far beyond its other tables.
    fn indicator_years(&self) -> Option<YearSpan> {
        self.indicator_series()
            .iter()
            .filter_map(|s| s.span())
            .filter_map(|(a, b)| YearSpan::new(a, b))
            .reduce(YearSpan::cover)
    }
}
