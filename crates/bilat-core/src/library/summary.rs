//! One dataset at a glance: the few figures the overview shows a row of, computed once from
//! a loaded dataset and small enough to cache ([`super::cache`]). What a dataset lacks (a
//! table, a column, a figure) is `None`, never zero; a dataset that does not load is a
//! summary carrying its first problem.

use serde::{Deserialize, Serialize};

use crate::data::{Bound, Dataset, Figure, Problems, TableId, YearSpan};

pub use super::recent::{ArmsRecent, CooperationLatest};
use super::recent::{arms_recent, cooperation_latest};

/// How many periods of the headline series the sparkline holds, the latest last.
pub const SPARK_POINTS: usize = 16;

/// Arms deliveries are summed over this many years, ending with the dataset's last year.
pub const ARMS_YEARS: i32 = 5;

/// A dataset's figures at a glance, or the problem that keeps it from loading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The pair, as the manifest names it; `None` only when the dataset does not load.
    pub countries: Option<[CountryRef; 2]>,
    /// The years the dataset covers ([`Dataset::years`]).
    pub years: Option<YearSpan>,
    /// The headline series' latest figure; `None` without a trade table or figure.
    pub trade: Option<TradeLatest>,
    /// The latest exports less imports of any series giving both.
    pub balance: Option<BalanceLatest>,
    /// Leader meetings counted in the dataset's last year; `None` without the table.
    pub meetings: Option<MeetingsLatest>,
    /// The latest event of the timeline; `None` without events.
    pub event: Option<EventLatest>,
    /// Arms deliveries (SIPRI TIV) in the last [`ARMS_YEARS`] years; `None` without an
    /// arms table.
    pub arms: Option<ArmsRecent>,
    /// GDELT's latest month; `None` without a cooperation table.
    #[serde(default)]
    pub cooperation: Option<CooperationLatest>,
    /// The latest value of each indicator the dataset holds, in the order it declares
    /// them; empty without an indicators table.
    #[serde(default)]
    pub indicators: Vec<IndicatorLatest>,
    /// Rows per table, as `bilat list` shows them; `None` when the dataset does not load.
    pub counts: Option<Counts>,
    /// The first problem of a dataset that does not load.
    pub problem: Option<String>,
}

/// One country of the pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryRef {
    pub name: String,
    pub code: String,
}

/// A figure at its printed decimals, with its bound where it is one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub value: f64,
    pub decimals: u8,
    /// `at-least` or `at-most` for a bound; left out for the amount itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<BoundKind>,
}

/// Which side a bound figure bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoundKind {
    AtLeast,
    AtMost,
}

impl Amount {
    fn of(f: Figure) -> Amount {
        Amount {
            value: f.value,
            decimals: f.decimals,
            bound: match f.bound {
                Bound::Exact => None,
                Bound::AtLeast => Some(BoundKind::AtLeast),
                Bound::AtMost => Some(BoundKind::AtMost),
            },
        }
    }

    /// The number at its printed decimals, `-` for a negative one.
    pub fn number(&self) -> String {
        format!("{:.*}", usize::from(self.decimals), self.value)
    }

    /// With a sign, `+2.5` or `-1.0`.
    pub fn signed(&self) -> String {
        let n = self.number();
        if n.starts_with('-') {
            n
        } else {
            format!("+{n}")
        }
    }

    /// `≥` or `≤` (`>=`, `<=` in ASCII) before a bound, nothing for the amount itself.
    pub fn mark(&self, ascii: bool) -> &'static str {
        match (self.bound, ascii) {
            (None, _) => "",
            (Some(BoundKind::AtLeast), false) => "≥",
            (Some(BoundKind::AtLeast), true) => ">=",
            (Some(BoundKind::AtMost), false) => "≤",
            (Some(BoundKind::AtMost), true) => "<=",
        }
    }
}

/// The headline series' latest figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TradeLatest {
    /// The series' id and short label (`CHN`, `China customs`).
    pub series: String,
    pub series_label: String,
    /// The dataset's trade unit (`USD billions, nominal`); the figures are USD billions.
    pub unit: String,
    /// `2024`, `FY2023-24` or `Jan-Jun 2025`.
    pub period: String,
    /// The period's last day, `2024-12-31`: what sorting by period compares.
    pub period_end: String,
    pub value_usd_bn: Amount,
    /// Change on the previous period in percent, reported by the source or computed.
    pub change_pct: Option<Amount>,
    /// Whether a source reported the change (false: bilat computed it).
    pub change_reported: Option<bool>,
    /// The series' last [`SPARK_POINTS`] periods, oldest first; `None` for a gap.
    pub sparkline: Vec<Option<f64>>,
}

/// The latest exports less imports, from one country's side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BalanceLatest {
    /// The code of the country whose exports and imports these are.
    pub country: String,
    pub period: String,
    pub period_end: String,
    /// Negative for a deficit, USD billions.
    pub balance_usd_bn: Amount,
}

/// Leader meetings counted in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsLatest {
    pub year: i32,
    pub count: u32,
}

/// The latest event of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventLatest {
    /// `2025-05-08`, `2025-05` or `2025`, as precise as the data.
    pub date: String,
    pub title: String,
}

/// The latest value of one indicator: its last year with a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorLatest {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub period: String,
    pub value: f64,
    /// The value as printed in the file: `2.31`, not `2.310000`.
    pub printed: String,
}

/// Each indicator's last year with a value (a gap is skipped, never read as zero).
fn indicators_latest(data: &Dataset) -> Vec<IndicatorLatest> {
    data.indicator_series()
        .iter()
        .filter_map(|series| {
            let latest = series.latest()?;
            let (year, value) = (latest.year, latest.value?);
            Some(IndicatorLatest {
                id: series.indicator.id.clone(),
                name: series.indicator.name.clone(),
                unit: series.indicator.unit.clone(),
                period: year.to_string(),
                value: value.rounded(),
                printed: value.number(),
            })
        })
        .collect()
}

/// Rows per table, as `bilat list` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// `None` where the dataset has no such table: absent, not empty.
    pub trade: Option<usize>,
    /// Counted as every count of meetings is (unconfirmed ones left out).
    pub meetings: Option<usize>,
    pub exercises: Option<usize>,
    pub events: Option<usize>,
}

impl Summary {
    /// The summary of a dataset that does not load: its first problem, nothing else.
    pub fn broken(problems: &Problems) -> Summary {
        let first = problems.0.first().map(ToString::to_string);
        Summary::failed(first.unwrap_or_else(|| "does not load".to_string()))
    }

    /// A summary carrying only `problem`.
    pub fn failed(problem: String) -> Summary {
        Summary {
            countries: None,
            years: None,
            trade: None,
            balance: None,
            meetings: None,
            event: None,
            arms: None,
            cooperation: None,
            indicators: Vec::new(),
            counts: None,
            problem: Some(problem),
        }
    }

    /// The summary of a loaded dataset (its events read).
    pub fn of(data: &Dataset) -> Summary {
        let [a, b] = data.manifest.countries.each_ref().map(|c| CountryRef {
            name: c.name.clone(),
            code: c.code.clone(),
        });
        let years = data.years();
        Summary {
            countries: Some([a, b]),
            years,
            trade: trade_latest(data),
            balance: balance_latest(data),
            meetings: meetings_latest(data, years),
            event: event_latest(data),
            arms: arms_recent(data, years),
            cooperation: cooperation_latest(data),
            indicators: indicators_latest(data),
            counts: Some(Counts {
                trade: data.has(TableId::Trade).then_some(data.trade.len()),
                meetings: data
                    .has(TableId::Meetings)
                    .then(|| data.meetings.iter().filter(|m| m.is_counted()).count()),
                exercises: data.has(TableId::Exercises).then_some(data.exercises.len()),
                events: data.has(TableId::Events).then_some(data.events.len()),
            }),
            problem: None,
        }
    }

    /// `Russia (RUS) – China (CHN)`, with `dash`; empty for a broken dataset.
    pub fn pair(&self, dash: &str) -> String {
        match &self.countries {
            Some([a, b]) => format!("{} ({}) {dash} {} ({})", a.name, a.code, b.name, b.code),
            None => String::new(),
        }
    }

    /// `RUS-CHN`, with `dash`; empty for a broken dataset.
    pub fn codes(&self, dash: &str) -> String {
        match &self.countries {
            Some([a, b]) => format!("{}{dash}{}", a.code, b.code),
            None => String::new(),
        }
    }

    /// Whether one of the pair is the country of ISO code `code` (any case).
    pub fn involves(&self, code: &str) -> bool {
        self.countries
            .iter()
            .flatten()
            .any(|c| c.code.eq_ignore_ascii_case(code))
    }
}

fn trade_latest(data: &Dataset) -> Option<TradeLatest> {
    if !data.has(TableId::Trade) {
        return None;
    }
    let derived = &data.derived;
    let index = derived.main_series;
    let points = derived.trade.get(index)?;
    let at = points.iter().rposition(|p| p.value_usd_bn.is_some())?;
    let p = &points[at];
    let series = data.manifest.trade_series.get(index)?;
    let start = (at + 1).saturating_sub(SPARK_POINTS);
    Some(TradeLatest {
        series: series.id.clone(),
        series_label: series.label.clone(),
        unit: data.manifest.units.trade.clone(),
        period: p.period.short_label(),
        period_end: p.period.end_date(),
        value_usd_bn: Amount::of(p.value_usd_bn?),
        change_pct: p.yoy.map(|y| Amount::of(y.pct)),
        change_reported: p.yoy.map(|y| y.reported),
        sparkline: points[start..=at].iter().map(|p| p.value()).collect(),
    })
}

/// The latest period with both flows in any series: the headline series on a tie, then the
/// first declared (as the brief chooses it).
fn balance_latest(data: &Dataset) -> Option<BalanceLatest> {
    if !data.has(TableId::Trade) {
        return None;
    }
    let derived = &data.derived;
    let main = derived.main_series;
    let (index, p, balance) = derived
        .trade
        .iter()
        .enumerate()
        .flat_map(|(i, points)| points.iter().map(move |p| (i, p)))
        .filter_map(|(i, p)| Some((i, p, p.balance_usd_bn()?)))
        .max_by_key(|(i, p, _)| (p.period.end_date(), *i == main, std::cmp::Reverse(*i)))?;
    let country = data.manifest.trade_series[index].country.unwrap_or(0);
    Some(BalanceLatest {
        country: data.manifest.countries[country].code.clone(),
        period: p.period.short_label(),
        period_end: p.period.end_date(),
        balance_usd_bn: Amount::of(balance),
    })
}

fn meetings_latest(data: &Dataset, years: Option<YearSpan>) -> Option<MeetingsLatest> {
    if !data.has(TableId::Meetings) {
        return None;
    }
    let year = years?.last;
    let count = data
        .derived
        .meetings
        .iter()
        .find(|m| m.year == year)
        .map_or(0, |m| m.total());
    Some(MeetingsLatest { year, count })
}

fn event_latest(data: &Dataset) -> Option<EventLatest> {
    if !data.has(TableId::Events) {
        return None;
    }
    let last = data.events.last()?;
    Some(EventLatest {
        date: last.date().to_string(),
        title: last.title().into_owned(),
    })
}

#[cfg(test)]
#[path = "summary_tests.rs"]
mod tests;
