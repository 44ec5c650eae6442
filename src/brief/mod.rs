//! The one-screen briefing: a model built from the dataset, shown as text, Markdown or JSON.

use serde::Serialize;

use crate::data::{Dataset, Quality, SizeBasis};

/// The version of the JSON shape; raised only when a field changes meaning or goes away.
pub const JSON_SCHEMA: u32 = 1;

/// The text and Markdown forms fit this many columns.
pub const WIDTH: usize = 80;

mod text;
pub use text::md;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
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
    pub trade: TradeSummary,
    pub meetings: MeetingSummary,
    pub largest_exercise: Option<ExerciseSummary>,
    pub latest_events: Vec<EventSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryRef {
    pub name: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeSummary {
    pub unit: String,
    /// Whose customs figures the latest value and the series use.
    pub reporter: CountryRef,
    pub latest: Option<TradeLatest>,
    /// Every year in range; `value_usd_bn` is null for a gap.
    pub series: Vec<YearValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeLatest {
    pub year: i32,
    pub value_usd_bn: f64,
    pub yoy_pct: Option<f64>,
    /// `reported` by the source, or `computed` from the previous year; null without a change.
    pub yoy_basis: Option<&'static str>,
    pub quality: Quality,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct YearValue {
    pub year: i32,
    pub value_usd_bn: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub latest_year: Option<i32>,
    pub latest_year_in_person: u32,
    pub latest_year_remote: u32,
    pub first_year: Option<i32>,
    pub total: u32,
    pub total_in_person: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseSummary {
    pub name: String,
    pub start_date: String,
    pub total_personnel: u32,
    pub size_basis: Option<SizeBasis>,
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
        // The main reporter, unless only the other side has figures in the years asked for.
        let has_figures = |r: usize| {
            data.derived.trade[r]
                .iter()
                .any(|p| p.year >= since && p.value_usd_bn.is_some())
        };
        let main = data.derived.main_reporter;
        let reporter = if !has_figures(main) && has_figures(1 - main) {
            1 - main
        } else {
            main
        };
        let points: Vec<_> = data.derived.trade[reporter]
            .iter()
            .filter(|p| p.year >= since)
            .collect();
        let latest = points
            .iter()
            .rev()
            .find(|p| p.value_usd_bn.is_some())
            .map(|p| {
                let row = p.row.map(|i| &data.trade[i]);
                TradeLatest {
                    year: p.year,
                    value_usd_bn: p.value_usd_bn.unwrap_or_default(),
                    yoy_pct: p.yoy.map(|y| y.pct),
                    yoy_basis: p
                        .yoy
                        .map(|y| if y.reported { "reported" } else { "computed" }),
                    quality: row.map(|r| r.quality).unwrap_or_default(),
                    source: row.map(|r| r.citation.render(manifest)).unwrap_or_default(),
                }
            });

        let years: Vec<_> = data
            .derived
            .meetings
            .iter()
            .filter(|m| m.year >= since && m.total() > 0)
            .collect();
        let meetings = MeetingSummary {
            latest_year: years.last().map(|m| m.year),
            latest_year_in_person: years.last().map_or(0, |m| m.in_person),
            latest_year_remote: years.last().map_or(0, |m| m.remote()),
            first_year: years.first().map(|m| m.year),
            total: years.iter().map(|m| m.total()).sum(),
            total_in_person: years.iter().map(|m| m.in_person).sum(),
        };

        let largest_exercise = data
            .exercises
            .iter()
            .filter(|e| e.start.year() >= since)
            .filter_map(|e| e.total_personnel.map(|t| (t, e)))
            .max_by_key(|(t, e)| (*t, std::cmp::Reverse(e.start)))
            .map(|(total, e)| ExerciseSummary {
                name: e.name.clone(),
                start_date: e.start.to_string(),
                total_personnel: total,
                size_basis: e.size_basis,
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
            trade: TradeSummary {
                unit: manifest.units.trade.clone(),
                reporter: country(reporter),
                latest,
                series: points
                    .iter()
                    .map(|p| YearValue {
                        year: p.year,
                        value_usd_bn: p.value_usd_bn,
                    })
                    .collect(),
            },
            meetings,
            largest_exercise,
            latest_events,
        }
    }
}
