//! The brief's trade part: the headline series' latest figure and its trend, the latest
//! balance, and a newer figure of another series where there is one.

use serde::Serialize;

use crate::data::{Bound, Dataset, Figure, Period, Quality, TradePoint};

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
    /// The newest figure of another series, where it is newer than `latest` (a headline
    /// customs series ending in 2021 beside a ministry's FY2024-25); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub newer: Option<NewerFigure>,
}

/// A figure of another series for a period ending after the headline's latest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewerFigure {
    pub series: SeriesRef,
    pub period: PeriodRef,
    pub value_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_bound: Option<Bound>,
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub value_derived: bool,
    pub quality: Quality,
}

/// Exports less imports in one period, from the side of the series' country (for a
/// third-party series, the first country of the pair).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeBalance {
    pub series: SeriesRef,
    pub period: PeriodRef,
    /// The country whose exports and imports these are.
    pub country: String,
    /// Its code and the other's: exports are what `flow_codes[0]` sold to `flow_codes[1]`.
    pub flow_codes: [String; 2],
    /// Each figure is a JSON number at its printed decimals; a `*_bound` field beside it
    /// (`at-least`, `at-most`) says it is a bound, and is left out for the amount itself.
    pub exports_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exports_bound: Option<Bound>,
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exports_derived: bool,
    pub imports_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imports_bound: Option<Bound>,
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub imports_derived: bool,
    /// Exports less imports: negative for a deficit.
    pub balance_usd_bn: Figure,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_bound: Option<Bound>,
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub balance_derived: bool,
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
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub value_derived: bool,
    /// Percent, at the source's printed decimals (one when computed).
    pub yoy_pct: Option<Figure>,
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
    /// Worked out from printed figures (the row's `derived` column); left out if not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub value_derived: bool,
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
        flow_codes: data.manifest.flow_codes(index).map(str::to_string),
        exports_usd_bn: exports,
        exports_bound: bound(Some(exports)),
        exports_derived: exports.derived,
        imports_usd_bn: imports,
        imports_bound: bound(Some(imports)),
        imports_derived: imports.derived,
        balance_usd_bn: balance,
        balance_bound: bound(Some(balance)),
        balance_derived: balance.derived,
        source: row
            .map(|r| r.citation.render(&data.manifest))
            .unwrap_or_default(),
    })
}

/// The newest figure of any series but `chosen` whose period ends after `latest_end` (the
/// chosen series' latest; any figure when it has none), the first declared on a tie.
fn newer_figure(
    data: &Dataset,
    (chosen, latest_end): (usize, Option<String>),
    since: i32,
) -> Option<NewerFigure> {
    let (index, p, value) = data
        .derived
        .trade
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != chosen)
        .filter_map(|(i, points)| {
            let p = points
                .iter()
                .rev()
                .find(|p| p.year() >= since && p.value_usd_bn.is_some())?;
            Some((i, p, p.value_usd_bn?))
        })
        .filter(|(_, p, _)| {
            latest_end
                .as_ref()
                .is_none_or(|end| p.period.end_date() > *end)
        })
        .max_by_key(|(i, p, _)| (p.period.end_date(), std::cmp::Reverse(*i)))?;
    let row = p.row.map(|r| &data.trade[r]);
    Some(NewerFigure {
        series: series_ref(data, index),
        period: PeriodRef::new(p.period, row.map_or("", |r| &r.period_text)),
        value_usd_bn: value,
        value_bound: bound(Some(value)),
        value_derived: value.derived,
        quality: row.map(|r| r.quality).unwrap_or_default(),
    })
}

/// The main series, unless only another has figures in the years asked for.
pub(super) fn trade_summary(data: &Dataset, since: i32) -> TradeSummary {
    let manifest = &data.manifest;
    let derived = &data.derived;
    let in_range = |i: usize| derived.trade[i].iter().filter(move |p| p.year() >= since);
    let has_figures = |i: usize| in_range(i).any(|p| p.value_usd_bn.is_some());
    let main = derived.main_series;
    let chosen = derived.leading_series(has_figures).unwrap_or(main);
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
                value_derived: p.value_usd_bn.is_some_and(|f| f.derived),
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
    let latest_end = points
        .iter()
        .rev()
        .find(|p| p.value_usd_bn.is_some())
        .map(|p| p.period.end_date());
    TradeSummary {
        unit: manifest.units.trade.clone(),
        series: series_ref(data, chosen),
        balance: latest_balance(data, since),
        newer: newer_figure(data, (chosen, latest_end), since),
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
                value_derived: p.value_usd_bn.is_some_and(|f| f.derived),
            })
            .collect(),
    }
}
