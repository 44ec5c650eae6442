//! The one-screen briefing: a model built from the dataset, shown as text, Markdown or JSON.

use serde::Serialize;

use crate::data::{Bound, Dataset, Figure, Period, Quality, TradePoint};

/// The version of the JSON shape; raised only when a field changes meaning or goes away.
pub const JSON_SCHEMA: u32 = 2;

/// The text and Markdown forms fit this many columns.
pub const WIDTH: usize = 80;

mod arms;
mod compare;
mod compare_text;
mod cooperation;
mod text;
pub use arms::{ArmsDelivery, ArmsSummary};
pub use compare::{COMPARE_SCHEMA, CommonMeetings, Comparison};
pub use cooperation::CooperationSummary;
pub use text::md;

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
    pub trade: TradeSummary,
    pub meetings: MeetingSummary,
    pub largest_exercise: Option<ExerciseSummary>,
    /// The latest month of GDELT events, for a dataset with the cooperation table (left
    /// out of the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooperation: Option<CooperationSummary>,
    /// Null for a dataset without an arms table.
    pub arms: Option<ArmsSummary>,
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
    /// The series the latest value and the trend come from.
    pub series: SeriesRef,
    pub latest: Option<TradeLatest>,
    /// Every period of that series in range; `value_usd_bn` is null for a gap.
    pub points: Vec<PeriodValue>,
    /// The latest exports less imports of any series that gives both; null without one.
    pub balance: Option<TradeBalance>,
}

/// Exports less imports in one period, from the side of the series' country (for a
/// third-party series, the first country of the pair).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeBalance {
    pub series: SeriesRef,
    pub period: PeriodRef,
    /// The country whose exports and imports these are.
    pub country: String,
    /// Each figure is a JSON number at its printed decimals; a `*_bound` field beside it
    /// (`at-least`, `at-most`) says it is a bound, and is left out for the amount itself.
    pub exports_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exports_bound: Option<Bound>,
    pub imports_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imports_bound: Option<Bound>,
    /// Exports less imports: negative for a deficit.
    pub balance_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_bound: Option<Bound>,
    pub source: String,
}

/// Who reports a trade series, and how it counts its years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeriesRef {
    pub id: String,
    pub label: String,
    pub name: String,
    /// `customs`, `ministry`, `third-party` or `statement`.
    pub reporter: &'static str,
    /// The code of the country it reports for, if any.
    pub country: Option<String>,
}

/// A period as the data writes it, with the label bilat shows and its first and last days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodRef {
    /// `2018` or `FY2021-22 (Apr–Mar)`.
    pub label: String,
    /// As written in `trade.csv` (`2021-22`); empty for a period with no row.
    pub as_written: String,
    pub start: String,
    pub end: String,
}

impl PeriodRef {
    fn new(period: Period, as_written: &str) -> PeriodRef {
        PeriodRef {
            label: period.label("–"),
            as_written: as_written.to_string(),
            start: period.start_date(),
            end: period.end_date(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeLatest {
    pub period: PeriodRef,
    pub value_usd_bn: Figure,
    /// `at-least` for a lower bound ("more than"); left out for the amount itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_bound: Option<Bound>,
    pub yoy_pct: Option<f64>,
    /// `reported` by the source, or `computed` from the previous period; null without one.
    pub yoy_basis: Option<&'static str>,
    /// The period the change is on, `2017` or `FY2017-18`.
    pub previous: Option<String>,
    pub quality: Quality,
    pub note: String,
    /// Who gave the figure, where the series' name does not say.
    pub reported_by: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodValue {
    pub period: PeriodRef,
    pub value_usd_bn: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_bound: Option<Bound>,
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
        let trade = trade_summary(data, since);

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
        };

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
            trade,
            meetings,
            largest_exercise,
            cooperation: CooperationSummary::of(data, since),
            arms: ArmsSummary::new(data, since),
            latest_events,
        }
    }
}

/// A figure's bound for the JSON, `None` (left out) for the amount itself.
fn bound(figure: Option<Figure>) -> Option<Bound> {
    figure.map(|f| f.bound).filter(|&b| b != Bound::Exact)
}

/// Who reports series `index`.
fn series_ref(data: &Dataset, index: usize) -> SeriesRef {
    let manifest = &data.manifest;
    let series = manifest.trade_series.get(index);
    SeriesRef {
        id: series.map(|s| s.id.clone()).unwrap_or_default(),
        label: series.map(|s| s.label.clone()).unwrap_or_default(),
        name: series.map(|s| s.name.clone()).unwrap_or_default(),
        reporter: series.map_or("", |s| s.reporter.name()),
        country: series
            .and_then(|s| s.country)
            .map(|c| manifest.countries[c].code.clone()),
    }
}

/// The latest period from `since` on with both flows in any series: the main series on a
/// tie, then the first declared.
fn latest_balance(data: &Dataset, since: i32) -> Option<TradeBalance> {
    let derived = &data.derived;
    let main = derived.main_series;
    let (index, p) = derived
        .trade
        .iter()
        .enumerate()
        .flat_map(|(i, points)| points.iter().map(move |p| (i, p)))
        .filter(|(_, p)| p.year() >= since && p.balance_usd_bn().is_some())
        .max_by_key(|(i, p)| (p.period.end_date(), *i == main, std::cmp::Reverse(*i)))?;
    let row = p.row.map(|r| &data.trade[r]);
    let country = data.manifest.trade_series[index].country.unwrap_or(0);
    let (exports, imports) = (p.exports_usd_bn?, p.imports_usd_bn?);
    let balance = p.balance_usd_bn()?;
    Some(TradeBalance {
        series: series_ref(data, index),
        period: PeriodRef::new(p.period, row.map_or("", |r| &r.period_text)),
        country: data.manifest.countries[country].name.clone(),
        exports_usd_bn: exports,
        exports_bound: bound(Some(exports)),
        imports_usd_bn: imports,
        imports_bound: bound(Some(imports)),
        balance_usd_bn: balance,
        balance_bound: bound(Some(balance)),
        source: row
            .map(|r| r.citation.render(&data.manifest))
            .unwrap_or_default(),
    })
}

/// The main series, unless only another has figures in the years asked for.
fn trade_summary(data: &Dataset, since: i32) -> TradeSummary {
    let manifest = &data.manifest;
    let derived = &data.derived;
    let in_range = |i: usize| derived.trade[i].iter().filter(move |p| p.year() >= since);
    let has_figures = |i: usize| in_range(i).any(|p| p.value_usd_bn.is_some());
    let main = derived.main_series;
    let chosen = if has_figures(main) {
        main
    } else {
        (0..derived.trade.len())
            .find(|&i| has_figures(i))
            .unwrap_or(main)
    };
    let points: Vec<&TradePoint> = if derived.trade.is_empty() {
        Vec::new()
    } else {
        in_range(chosen).collect()
    };
    let latest = points
        .iter()
        .rev()
        .find(|p| p.value_usd_bn.is_some())
        .map(|p| {
            let row = p.row.map(|i| &data.trade[i]);
            TradeLatest {
                period: PeriodRef::new(p.period, row.map_or("", |r| &r.period_text)),
                value_usd_bn: p.value_usd_bn.unwrap_or_default(),
                value_bound: bound(p.value_usd_bn),
                yoy_pct: p.yoy.map(|y| y.pct),
                yoy_basis: p
                    .yoy
                    .map(|y| if y.reported { "reported" } else { "computed" }),
                previous: p.yoy.map(|_| p.period.previous().short_label()),
                quality: row.map(|r| r.quality).unwrap_or_default(),
                note: row.map(|r| r.note.clone()).unwrap_or_default(),
                reported_by: row.map(|r| r.reported_by.clone()).unwrap_or_default(),
                source: row.map(|r| r.citation.render(manifest)).unwrap_or_default(),
            }
        });
    TradeSummary {
        unit: manifest.units.trade.clone(),
        series: series_ref(data, chosen),
        balance: latest_balance(data, since),
        latest,
        points: points
            .iter()
            .map(|p| PeriodValue {
                period: PeriodRef::new(
                    p.period,
                    p.row.map_or("", |i| data.trade[i].period_text.as_str()),
                ),
                value_usd_bn: p.value_usd_bn,
                value_bound: bound(p.value_usd_bn),
            })
            .collect(),
    }
}
