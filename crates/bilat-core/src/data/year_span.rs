//! A run of calendar years, both ends included: the charts' axis in the dashboard and the
//! years two datasets share in a comparison.

use serde::{Deserialize, Serialize};

/// A run of calendar years, both ends included; never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearSpan {
    pub first: i32,
    pub last: i32,
}

impl YearSpan {
    /// `None` when `last` comes before `first`.
    pub fn new(first: i32, last: i32) -> Option<YearSpan> {
        (first <= last).then_some(YearSpan { first, last })
    }

    /// The years in both spans, if any.
    pub fn intersect(self, other: YearSpan) -> Option<YearSpan> {
        YearSpan::new(self.first.max(other.first), self.last.min(other.last))
    }

    /// One span covering both: what a shared chart axis needs.
    pub fn cover(self, other: YearSpan) -> YearSpan {
        YearSpan {
            first: self.first.min(other.first),
            last: self.last.max(other.last),
        }
    }

    /// The span with every year before `since` left out.
    pub fn since(self, since: Option<i32>) -> Option<YearSpan> {
        YearSpan::new(self.first.max(since.unwrap_or(i32::MIN)), self.last)
    }

    pub fn contains(self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// How many years the span holds (never zero: both ends are included).
    pub fn years(self) -> i32 {
        self.last - self.first + 1
    }

    pub fn clamp(self, year: i32) -> i32 {
        year.clamp(self.first, self.last)
    }

    /// `2014–2025`, or `2025` for one year; `dash` is the symbol set's range dash.
    pub fn label(self, dash: &str) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}{dash}{}", self.first, self.last)
        }
    }
}
