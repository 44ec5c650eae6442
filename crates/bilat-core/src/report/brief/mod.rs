//! The one-screen briefing: a model built from the dataset, shown as text, Markdown or JSON.

use serde::Serialize;

use crate::data::{Dataset, Quality, TABLES, TableId};

/// The version of the JSON shape; raised only when a field changes meaning or goes away.
pub const JSON_SCHEMA: u32 = 2;

/// The text and Markdown forms fit this many columns.
pub const WIDTH: usize = 80;

mod arms;
mod compare;
mod compare_text;
mod cooperation;
mod indicators;
mod markdown;
mod text;
mod trade;
pub use arms::{ArmsDelivery, ArmsSummary};
pub use compare::{COMPARE_SCHEMA, CommonMeetings, Comparison};
pub use cooperation::CooperationSummary;
pub use indicators::{IndicatorSummary, shared_axis};
pub use markdown::md;
pub use text::no_table;
pub use trade::{
    NewerFigure, PeriodRef, PeriodValue, SeriesRef, TradeBalance, TradeLatest, TradeSummary,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    /// Also `md`, as `export --format md` names it.
    #[value(alias = "md")]
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BriefOptions {
    /// Leave out everything before this year.
    pub since: Option<i32>,
    /// How many of the latest events to list.
    pub events: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub schema: u32,
    pub title: String,
    pub as_of: String,
    pub countries: Vec<CountryRef>,
    pub since: Option<i32>,
    /// True when `since` comes after every year the dataset records: the text forms then
    /// say once that nothing is recorded since that year, rather than each line that it has
    /// nothing.
    pub nothing_since: bool,
    /// The latest year any table of the dataset reaches; null for a dataset with no rows.
    pub last_year: Option<i32>,
    /// The tables the dataset has, by name (`trade`, `meetings`, …), in the order the
    /// format lists them: a table left out is absent (the folder has no file for it), which
    /// is not the same as a table with no rows.
    pub tables: Vec<&'static str>,
    pub trade: TradeSummary,
    /// Null for a dataset without a meetings table.
    pub meetings: Option<MeetingSummary>,
    pub largest_exercise: Option<ExerciseSummary>,
    /// The latest month of GDELT events, for a dataset with the cooperation table (left
    /// out of the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooperation: Option<CooperationSummary>,
    /// Null for a dataset without an arms table.
    pub arms: Option<ArmsSummary>,
    /// Each indicator's latest value, for a dataset with the indicators table (left out of
    /// the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicators: Option<Vec<IndicatorSummary>>,
    pub latest_events: Vec<EventSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryRef {
    pub name: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub latest_year: Option<i32>,
    pub latest_year_in_person: u32,
    pub latest_year_remote: u32,
    pub first_year: Option<i32>,
    pub total: u32,
    pub total_in_person: u32,
    /// The latest meeting counted, where and why: `2025-09-02, Beijing, China: ...`.
    pub latest: Option<LatestMeeting>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatestMeeting {
    pub date: String,
    /// `in-person`, `phone` or `video`.
    pub kind: crate::data::MeetingKind,
    pub place: String,
    pub occasion: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseSummary {
    pub name: String,
    pub start_date: String,
    /// The largest published figure: the total, or failing one, the two sides' together.
    pub size: u32,
    pub total_personnel: Option<u32>,
    /// Each country's published contingent, in the order of `countries`.
    pub personnel: [Option<u32>; 2],
    pub size_basis: Option<String>,
    pub quality: Quality,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventSummary {
    pub date: String,
    pub category: String,
    pub title: String,
    pub source: String,
}

impl Brief {
    pub fn new(data: &Dataset, options: BriefOptions) -> Brief {
        let since = options.since.unwrap_or(i32::MIN);
        let manifest = &data.manifest;
        let country = |i: usize| CountryRef {
            name: manifest.countries[i].name.clone(),
            code: manifest.countries[i].code.clone(),
        };
        let trade = trade::trade_summary(data, since);
        let last_year = last_year(data);

        let years: Vec<_> = data
            .derived
            .meetings
            .iter()
            .filter(|m| m.year >= since && m.total() > 0)
            .collect();
        let meetings = data.has(TableId::Meetings).then(|| MeetingSummary {
            latest_year: years.last().map(|m| m.year),
            latest_year_in_person: years.last().map_or(0, |m| m.in_person),
            latest_year_remote: years.last().map_or(0, |m| m.remote()),
            first_year: years.first().map(|m| m.year),
            total: years.iter().map(|m| m.total()).sum(),
            total_in_person: years.iter().map(|m| m.in_person).sum(),
            // Announced-only meetings are not counted, so they are not the latest either.
            latest: data
                .meetings
                .iter()
                .rev()
                .find(|m| m.date.year() >= since && m.quality != Quality::Unconfirmed)
                .map(|m| LatestMeeting {
                    date: m.date.to_string(),
                    kind: m.kind,
                    place: m.place.clone(),
                    occasion: m.occasion.clone(),
                }),
        });

        let largest_exercise = data
            .exercises
            .iter()
            .filter(|e| e.start.year() >= since)
            .filter_map(|e| {
                let sides: u32 = e.personnel.iter().flatten().sum();
                let size = e.total_personnel.unwrap_or(sides);
                (size > 0).then_some((size, e))
            })
            .max_by_key(|(size, e)| (*size, std::cmp::Reverse(e.start)))
            .map(|(size, e)| ExerciseSummary {
                name: e.name.clone(),
                start_date: e.start.to_string(),
                size,
                total_personnel: e.total_personnel,
                personnel: e.personnel,
                size_basis: e.size_basis.clone(),
                quality: e.quality,
                source: e.citation.render(manifest),
            });

        let latest_events = data
            .events
            .iter()
            .rev()
            .filter(|e| e.date().year() >= since)
            .take(options.events)
            .map(|e| EventSummary {
                date: e.date().to_string(),
                category: data.category_name(e).to_string(),
                title: e.title().to_string(),
                source: e.citation().render(manifest),
            })
            .collect();

        Brief {
            schema: JSON_SCHEMA,
            title: manifest.title.clone(),
            as_of: manifest.as_of.clone(),
            countries: vec![country(0), country(1)],
            since: options.since,
            nothing_since: options
                .since
                .is_some_and(|y| last_year.is_none_or(|l| l < y)),
            last_year,
            tables: TABLES
                .iter()
                .filter(|t| data.has(t.id))
                .map(|t| t.name)
                .collect(),
            trade,
            meetings,
            largest_exercise,
            cooperation: CooperationSummary::of(data, since),
            arms: ArmsSummary::new(data, since),
            indicators: IndicatorSummary::of(data, since),
            latest_events,
        }
    }
}

/// The latest year any table reaches: trade periods (parts of a year included), meetings,
/// exercises, events, GDELT months, arms deliveries or orders and indicator values.
fn last_year(data: &Dataset) -> Option<i32> {
    let trade = data.derived.trade_years().map(|(_, last)| last);
    let meetings = data.meetings.iter().map(|m| m.date.year()).max();
    let exercises = data.exercises.iter().map(|e| e.start.year()).max();
    let events = data.events.iter().map(|e| e.date().year()).max();
    let cooperation = data.cooperation.iter().map(|m| m.month.year).max();
    let arms = data.derived.arms.iter().map(|a| a.year).max();
    let orders = data.arms.iter().map(|d| d.order_year.value).max();
    let indicators = data
        .indicators
        .iter()
        .filter(|r| r.value.is_some())
        .map(|r| r.year)
        .max();
    [
        indicators,
        trade,
        meetings,
        exercises,
        events,
        cooperation,
        arms,
        orders,
    ]
    .into_iter()
    .flatten()
    .max()
}
