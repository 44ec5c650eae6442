//! `bilat brief --compare A B`: two pairs' briefs side by side, on the terms they share (the
//! country both name, the years both record, one trade unit or a plain warning that there
//! is none). The model serializes as the documented JSON; `compare_text` draws the rest.

use serde::Serialize;

use super::{Brief, BriefOptions, CountryRef};
use crate::data::{Dataset, TableId};
use crate::report::compare::{
    YearSpan, common_meeting_years, common_trade_unit, meetings_within, shared_countries,
};

/// The version of the comparison's JSON shape (the briefs inside carry their own).
pub const COMPARE_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema: u32,
    /// The two briefs, each exactly as `bilat brief --format json` gives it.
    pub compare: [Brief; 2],
    /// ISO codes of the countries both pairs name, in the first pair's order.
    pub shared_countries: Vec<String>,
    /// The years both datasets record leader meetings for (from `since` on); null if none.
    pub common_years: Option<YearSpan>,
    /// Leader meetings within `common_years`, one entry per pair; null without common years.
    pub common_meetings: Option<[CommonMeetings; 2]>,
    /// The trade unit both manifests declare; null when they differ, and then the figures
    /// are not comparable as they stand (each brief's `trade.unit` says what each is).
    pub common_trade_unit: Option<String>,
}

/// One pair's leader meetings over the years both pairs record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CommonMeetings {
    /// Held in the last of the common years (zero is a real count: none that year).
    pub latest_year: u32,
    pub latest_year_in_person: u32,
    pub total: u32,
    pub total_in_person: u32,
}

impl Comparison {
    pub fn new(a: &Dataset, b: &Dataset, options: BriefOptions) -> Comparison {
        let common_years = common_meeting_years(a, b, options.since);
        let common_meetings = common_years.map(|span| {
            [a, b].map(|data| {
                let last = YearSpan {
                    first: span.last,
                    last: span.last,
                };
                let (latest_year, latest_year_in_person) = meetings_within(data, last);
                let (total, total_in_person) = meetings_within(data, span);
                CommonMeetings {
                    latest_year,
                    latest_year_in_person,
                    total,
                    total_in_person,
                }
            })
        });
        Comparison {
            schema: COMPARE_SCHEMA,
            compare: [Brief::new(a, options), Brief::new(b, options)],
            shared_countries: shared_countries(a, b)
                .iter()
                .map(|c| c.code.clone())
                .collect(),
            common_years,
            common_meetings,
            common_trade_unit: common_trade_unit(a, b).map(str::to_string),
        }
    }

    /// The shared countries by name and code, as the first brief names them.
    pub fn shared(&self) -> Vec<&CountryRef> {
        self.shared_countries
            .iter()
            .filter_map(|code| self.compare[0].countries.iter().find(|c| &c.code == code))
            .collect()
    }

    /// `Shared country: Russia (RUS)`, or that the pairs share none.
    pub fn shared_line(&self) -> String {
        let shared: Vec<String> = self
            .shared()
            .iter()
            .map(|c| format!("{} ({})", c.name, c.code))
            .collect();
        match shared.len() {
            0 => "Shared country: none".to_string(),
            1 => format!("Shared country: {}", shared[0]),
            _ => format!("Shared countries: {}", shared.join(" and ")),
        }
    }

    /// Whether both trade figures are in one unit, and if not, each pair's unit.
    pub fn unit_line(&self) -> String {
        match &self.common_trade_unit {
            Some(unit) => format!("Trade for both pairs in {unit}"),
            None => {
                let [a, b] = &self.compare;
                format!(
                    "Trade units differ, so the figures are not comparable as they stand: \
                     {} in {}; {} in {}",
                    a.title, a.trade.unit, b.title, b.trade.unit
                )
            }
        }
    }

    /// What the meetings are counted over: `Meetings counted over 2014–2025, the years both
    /// pairs record`.
    pub fn years_line(&self, dash: &str) -> String {
        match self.common_years {
            Some(span) => format!(
                "Meetings counted over {}, the years both pairs record",
                span.label(dash)
            ),
            None => {
                let lacking: Vec<&str> = self
                    .compare
                    .iter()
                    .filter(|b| !b.has(TableId::Meetings))
                    .map(|b| b.title.as_str())
                    .collect();
                match lacking.as_slice() {
                    [] => "No year with leader meetings recorded by both pairs".to_string(),
                    [one] => format!("No common meeting years: {one} has no meetings table"),
                    _ => "No common meeting years: neither pair has a meetings table".to_string(),
                }
            }
        }
    }

    /// One pair's meetings line: over the common years, or its own record when there are
    /// none.
    pub fn meetings_line(&self, pair: usize, dash: &str) -> String {
        match (self.common_years, &self.common_meetings) {
            (Some(span), Some(counts)) => {
                let m = counts[pair];
                format!(
                    "{} in {} ({} in person); {} in {} ({} in person)",
                    m.latest_year,
                    span.last,
                    m.latest_year_in_person,
                    m.total,
                    span.label(dash),
                    m.total_in_person
                )
            }
            _ => self.compare[pair].meetings_line(),
        }
    }
}
