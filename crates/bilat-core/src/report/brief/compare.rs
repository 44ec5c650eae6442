//! `bilat brief --compare A B [C [D]]`: two to four pairs' briefs side by side, on the terms
//! they share (the countries every pair names, and those only some name; the years all
//! record; one trade unit or a plain warning that there is none). The model serializes as
//! the documented JSON; `compare_text` draws the rest.

use serde::Serialize;

use super::{Brief, BriefOptions, CountryRef};
use crate::data::{Dataset, TableId};
use crate::report::compare::{
    PAIRS, YearSpan, and_list, count_word, countries_shared, meeting_years_of_all, meetings_within,
    shared_by_all, trade_unit_of_all,
};

/// The version of the comparison's JSON shape (the briefs inside carry their own).
pub const COMPARE_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema: u32,
    /// The briefs, one per pair in the order named, each exactly as `bilat brief --format
    /// json` gives it.
    pub compare: Vec<Brief>,
    /// ISO codes of the countries every pair names, in the first pair's order.
    pub shared_countries: Vec<String>,
    /// The countries more than one pair names but not every one, each with the pairs that
    /// do; left out of the JSON when there are none (always, for two pairs).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared_by_some: Vec<SharedBySome>,
    /// The years every dataset records leader meetings for (from `since` on); null if none.
    pub common_years: Option<YearSpan>,
    /// Leader meetings within `common_years`, one entry per pair; null without common years.
    pub common_meetings: Option<Vec<CommonMeetings>>,
    /// The trade unit every manifest declares; null when any differs, and then the figures
    /// are not comparable as they stand (each brief's `trade.unit` says what each is).
    pub common_trade_unit: Option<String>,
}

/// A country some of the pairs name, but not all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedBySome {
    /// ISO 3166-1 alpha-3.
    pub code: String,
    /// The places in `compare` (from 0) of the pairs that name it, two at the least.
    pub pairs: Vec<usize>,
}

/// One pair's leader meetings over the years every pair records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CommonMeetings {
    /// Held in the last of the common years (zero is a real count: none that year).
    pub latest_year: u32,
    pub latest_year_in_person: u32,
    pub total: u32,
    pub total_in_person: u32,
}

impl Comparison {
    /// The pairs compared, in the order named.
    ///
    /// # Panics
    ///
    /// With fewer pairs than two or more than four ([`PAIRS`]): the sentences are written
    /// for as many.
    pub fn new(pairs: &[&Dataset], options: BriefOptions) -> Comparison {
        assert!(
            PAIRS.contains(&pairs.len()),
            "a comparison holds two to four pairs, not {}",
            pairs.len()
        );
        let common_years = meeting_years_of_all(pairs, options.since);
        let common_meetings = common_years.map(|span| {
            pairs
                .iter()
                .map(|data| {
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
                .collect()
        });
        Comparison {
            schema: COMPARE_SCHEMA,
            compare: pairs.iter().map(|data| Brief::new(data, options)).collect(),
            shared_countries: shared_by_all(pairs)
                .iter()
                .map(|c| c.code.clone())
                .collect(),
            shared_by_some: countries_shared(pairs)
                .into_iter()
                .filter(|s| !s.by_all(pairs.len()))
                .map(|s| SharedBySome {
                    code: s.country.code.clone(),
                    pairs: s.pairs,
                })
                .collect(),
            common_years,
            common_meetings,
            common_trade_unit: trade_unit_of_all(pairs).map(str::to_string),
        }
    }

    /// The pairs' titles, in order.
    pub fn titles(&self) -> Vec<&str> {
        self.compare.iter().map(|b| b.title.as_str()).collect()
    }

    /// `both pairs`, `all three pairs`: the pairs as a whole, in the sentences that say what
    /// they share.
    fn all_pairs(&self) -> String {
        match self.compare.len() {
            2 => "both pairs".to_string(),
            n => format!("all {} pairs", count_word(n)),
        }
    }

    /// A country by name and code, as the pair at `pair` names it: `Russia (RUS)`.
    fn country(&self, pair: usize, code: &str) -> Option<String> {
        let found = self
            .compare
            .get(pair)?
            .countries
            .iter()
            .find(|c| c.code == code)?;
        Some(format!("{} ({})", found.name, found.code))
    }

    /// The countries every pair shares by name and code, as the first brief names them.
    pub fn shared(&self) -> Vec<&CountryRef> {
        self.shared_countries
            .iter()
            .filter_map(|code| self.compare[0].countries.iter().find(|c| &c.code == code))
            .collect()
    }

    /// What the pairs share: for two, `Shared country: Russia (RUS)`, or that they share
    /// none. For more, the countries every pair names (`Shared by all three pairs: none`),
    /// then a line for the countries each group of pairs names, with the group: `Shared by
    /// Russia–China and India–Russia: Russia (RUS)`. `Shared country: none` when no two
    /// pairs name one country.
    pub fn shared_lines(&self) -> Vec<String> {
        let by_all: Vec<String> = self
            .shared()
            .iter()
            .map(|c| format!("{} ({})", c.name, c.code))
            .collect();
        if self.compare.len() == 2 || (by_all.is_empty() && self.shared_by_some.is_empty()) {
            return vec![match by_all.len() {
                0 => "Shared country: none".to_string(),
                1 => format!("Shared country: {}", by_all[0]),
                _ => format!("Shared countries: {}", by_all.join(" and ")),
            }];
        }
        let all = if by_all.is_empty() {
            "none".to_string()
        } else {
            and_list(&by_all)
        };
        let mut lines = vec![format!("Shared by {}: {all}", self.all_pairs())];
        // Countries named by the same pairs go on one line.
        let mut groups: Vec<(&[usize], Vec<String>)> = Vec::new();
        for s in &self.shared_by_some {
            let Some(name) = self.country(s.pairs[0], &s.code) else {
                continue;
            };
            match groups
                .iter_mut()
                .find(|(pairs, _)| *pairs == s.pairs.as_slice())
            {
                Some((_, names)) => names.push(name),
                None => groups.push((&s.pairs, vec![name])),
            }
        }
        let titles = self.titles();
        for (pairs, names) in groups {
            let by: Vec<&str> = pairs.iter().map(|&p| titles[p]).collect();
            lines.push(format!("Shared by {}: {}", and_list(&by), and_list(&names)));
        }
        lines
    }

    /// Whether every trade figure is in one unit, and if not, each pair's unit (pairs on the
    /// same unit named together).
    pub fn unit_line(&self) -> String {
        match &self.common_trade_unit {
            Some(unit) => format!("Trade for {} in {unit}", self.all_pairs()),
            None => {
                let mut units: Vec<(&str, Vec<&str>)> = Vec::new();
                for brief in &self.compare {
                    let unit = brief.trade.unit.as_str();
                    match units.iter_mut().find(|(u, _)| *u == unit) {
                        Some((_, titles)) => titles.push(&brief.title),
                        None => units.push((unit, vec![&brief.title])),
                    }
                }
                let each: Vec<String> = units
                    .iter()
                    .map(|(unit, titles)| format!("{} in {unit}", and_list(titles)))
                    .collect();
                format!(
                    "Trade units differ, so the figures are not comparable as they stand: {}",
                    each.join("; ")
                )
            }
        }
    }

    /// What the meetings are counted over: `Meetings counted over 2014–2025, the years both
    /// pairs record`.
    pub fn years_line(&self, dash: &str) -> String {
        let all = self.all_pairs();
        match self.common_years {
            Some(span) => format!(
                "Meetings counted over {}, the years {all} record",
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
                    [] => format!("No year with leader meetings recorded by {all}"),
                    [one] => format!("No common meeting years: {one} has no meetings table"),
                    _ if lacking.len() == 2 && self.compare.len() == 2 => {
                        "No common meeting years: neither pair has a meetings table".to_string()
                    }
                    _ if lacking.len() == self.compare.len() => {
                        "No common meeting years: no pair has a meetings table".to_string()
                    }
                    _ => format!(
                        "No common meeting years: {} have no meetings table",
                        and_list(&lacking)
                    ),
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

    /// `Figures as of 2026-01-14 (Russia–China) and 2026-01 (India–Russia)`.
    pub fn dates_line(&self) -> String {
        let each: Vec<String> = self
            .compare
            .iter()
            .map(|b| format!("{} ({})", b.as_of, b.title))
            .collect();
        format!("Figures as of {}", and_list(&each))
    }
}
