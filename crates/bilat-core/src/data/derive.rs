//! Series derived from the tables once at load: what the charts and the brief read.

use std::collections::BTreeMap;

use super::figure::Figure;
use super::manifest::Manifest;
use super::period::Period;
use super::records::{Exercise, Meeting, MeetingKind, Quality, TradeRow};

/// A change on the previous period in percent, and whether a source reported it or bilat
/// computed it from the previous period's figure of the same series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearOnYear {
    /// Percent: at the source's printed decimals, or one decimal when computed.
    pub pct: Figure,
    pub reported: bool,
}

/// One period of one series. `value_usd_bn` is `None` for a gap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TradePoint {
    pub period: Period,
    /// USD billions, as printed.
    pub value_usd_bn: Option<Figure>,
    /// The flows, as the row gives them (USD billions; see [`TradeRow`]).
    pub exports_usd_bn: Option<Figure>,
    pub imports_usd_bn: Option<Figure>,
    pub yoy: Option<YearOnYear>,
    /// Index into the dataset's trade rows, `None` where the period has no row at all.
    pub row: Option<usize>,
}

impl TradePoint {
    /// Exports less imports, USD billions, where both are known (and bound something).
    pub fn balance_usd_bn(&self) -> Option<Figure> {
        self.exports_usd_bn?.minus(self.imports_usd_bn?)
    }

    /// The total as a plain number for charts (USD bn); `None` for a gap.
    pub fn value(&self) -> Option<f64> {
        self.value_usd_bn.map(|f| f.value)
    }

    /// The calendar year a chart's cursor finds this point under.
    pub fn year(&self) -> i32 {
        self.period.anchor_year()
    }
}

/// Meetings held in one year, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetingYear {
    pub year: i32,
    pub in_person: u32,
    pub phone: u32,
    pub video: u32,
    /// Meetings of the year announced but not confirmed to have happened: listed, never
    /// counted in the figures above (see [`Meeting::is_counted`]).
    pub unconfirmed: u32,
}

impl Meeting {
    /// The one rule every count of meetings follows (chart, record, brief, plain mode,
    /// exports): a meeting counts unless it is only announced, not confirmed to have
    /// happened. Such a meeting is listed with its mark, never counted.
    pub fn is_counted(&self) -> bool {
        self.quality != Quality::Unconfirmed
    }
}

impl MeetingYear {
    pub fn total(&self) -> u32 {
        self.in_person + self.phone + self.video
    }

    pub fn remote(&self) -> u32 {
        self.phone + self.video
    }
}

/// Joint exercises starting in one year, and the people they involved where known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExerciseYear {
    pub year: i32,
    pub exercises: u32,
    /// How many of them have a published total.
    pub sized: u32,
    /// The sum of the published totals (people).
    pub known_personnel: u64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Derived {
    /// One list per declared series (in manifest order), each covering every twelve-month
    /// period from its first row to its last, gaps included.
    pub trade: Vec<Vec<TradePoint>>,
    /// One list per declared series of its figures for part of a year (`2022-H1`), in
    /// period order: never in `trade`, so never joined into a line of years, summed into
    /// one or compared with one. A chart places each over [`Period::month_span`].
    pub partial: Vec<Vec<TradePoint>>,
    /// The headline series: the one `dataset.toml` marks `headline = true`, else the first
    /// declared series with a figure that is not statements; without declared series, the
    /// customs series with the most figures (the first country's on a tie).
    pub main_series: usize,
    /// Every year from the first meeting to the last, zero where none was held.
    pub meetings: Vec<MeetingYear>,
    /// Every year from the first exercise to the last.
    pub exercises: Vec<ExerciseYear>,
    /// For each series, whether it gives exports or imports for any period.
    pub flows: Vec<bool>,
    /// Each year and supplier with a delivery of arms.
    pub arms: Vec<super::arms::ArmsYear>,
}

/// The loaded tables the derived series are computed from.
pub struct Tables<'a> {
    pub manifest: &'a Manifest,
    pub trade: &'a [TradeRow],
    pub meetings: &'a [Meeting],
    pub exercises: &'a [Exercise],
    pub arms: &'a [super::arms::ArmsDeal],
}

impl Derived {
    pub fn compute(tables: Tables<'_>) -> Derived {
        let Tables {
            manifest,
            trade,
            meetings,
            exercises,
            arms,
        } = tables;
        let series = &manifest.trade_series;
        let points: Vec<Vec<TradePoint>> = (0..series.len())
            .map(|i| trade_series(trade, i, series[i].is_continuous()))
            .collect();
        let flows = points
            .iter()
            .map(|p| {
                p.iter()
                    .any(|p| p.exports_usd_bn.is_some() || p.imports_usd_bn.is_some())
            })
            .collect();
        let partial = (0..series.len())
            .map(|i| partial_points(trade, i))
            .collect();
        Derived {
            trade: points,
            partial,
            flows,
            main_series: main_series(manifest, trade),
            meetings: meetings_per_year(meetings),
            exercises: exercises_per_year(exercises),
            arms: super::arms::deliveries_per_year(arms),
        }
    }

    /// The latest period with a trade figure from the main series.
    pub fn latest_trade(&self) -> Option<&TradePoint> {
        self.trade
            .get(self.main_series)?
            .iter()
            .rev()
            .find(|p| p.value_usd_bn.is_some())
    }

    /// Whether series `index` gives exports or imports for any period.
    pub fn has_flows(&self, index: usize) -> bool {
        self.flows.get(index).copied().unwrap_or(false)
    }

    /// Whether any series gives exports or imports.
    pub fn any_flows(&self) -> bool {
        self.flows.contains(&true)
    }

    /// The first and last calendar years any trade series reaches, parts of a year included.
    pub fn trade_years(&self) -> Option<(i32, i32)> {
        let all = self.trade.iter().chain(&self.partial).flatten();
        let years = all.map(TradePoint::year);
        Some((years.clone().min()?, years.max()?))
    }

    /// Each series' figures for part of a year whose middle month falls in `year`, in
    /// manifest order, then period order: never among [`Derived::trade_at`]'s.
    pub fn partial_at(&self, year: i32) -> impl Iterator<Item = (usize, &TradePoint)> {
        self.partial
            .iter()
            .enumerate()
            .flat_map(move |(i, points)| {
                points
                    .iter()
                    .filter(move |p| p.year() == year)
                    .map(move |p| (i, p))
            })
    }

    /// The headline series where `shows` holds for it, else the first series for which it
    /// does: the series a brief, a comparison or a chart leads with.
    pub fn leading_series(&self, shows: impl Fn(usize) -> bool) -> Option<usize> {
        let main = self.main_series;
        if main < self.trade.len() && shows(main) {
            Some(main)
        } else {
            (0..self.trade.len()).find(|&i| shows(i))
        }
    }

    /// Each series' point under the chart year `year`, in manifest order.
    pub fn trade_at(&self, year: i32) -> impl Iterator<Item = (usize, &TradePoint)> {
        self.trade
            .iter()
            .enumerate()
            .filter_map(move |(i, points)| {
                let first = points.first()?.year();
                let at = usize::try_from(year - first).ok()?;
                points.get(at).filter(|p| p.year() == year).map(|p| (i, p))
            })
    }
}

fn main_series(manifest: &Manifest, trade: &[TradeRow]) -> usize {
    if let Some(declared) = manifest.trade_series.iter().position(|s| s.headline) {
        return declared;
    }
    let count = |s: usize| {
        trade
            .iter()
            .filter(|t| t.series == s && t.value_usd_bn.is_some() && !t.period.is_partial())
            .count()
    };
    let series = &manifest.trade_series;
    let continuous = (0..series.len()).filter(|&i| series[i].is_continuous());
    let candidates: Vec<usize> = if continuous.clone().next().is_some() {
        continuous.collect()
    } else {
        (0..series.len()).collect()
    };
    // Declared series lead in the manifest's order: the first with a figure that is not
    // statements.
    if manifest.declares_series
        && let Some(&first) = candidates.iter().find(|&&i| count(i) > 0)
    {
        return first;
    }
    // The most figures; on a tie, the first declared.
    candidates
        .into_iter()
        .rev()
        .max_by_key(|&i| count(i))
        .unwrap_or(0)
}

/// Every period of one series from its first row to its last; a change is computed only
/// between neighbouring periods of a continuous series.
fn trade_series(trade: &[TradeRow], series: usize, continuous: bool) -> Vec<TradePoint> {
    let rows: BTreeMap<Period, usize> = trade
        .iter()
        .enumerate()
        .filter(|(_, t)| t.series == series && !t.period.is_partial())
        .map(|(i, t)| (t.period, i))
        .collect();
    let (Some(&first), Some(&last)) = (rows.keys().next(), rows.keys().next_back()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut previous: Option<Figure> = None;
    let mut period = first;
    while period <= last {
        let row = rows.get(&period).copied();
        let value = row.and_then(|i| trade[i].value_usd_bn);
        let reported = row.and_then(|i| trade[i].yoy_pct);
        let yoy = match (reported, value, previous) {
            (Some(pct), _, _) => Some(YearOnYear {
                pct,
                reported: true,
            }),
            // A bound gives no change: "more than 2.17" against 2.0 is no percentage.
            (None, Some(now), Some(before))
                if continuous && before.value > 0.0 && now.is_exact() && before.is_exact() =>
            {
                // One decimal, as sources report it; a change too large to show is none.
                let pct = (now.value / before.value - 1.0) * 100.0;
                pct.is_finite().then_some(YearOnYear {
                    pct: Figure::exact(pct, 1),
                    reported: false,
                })
            }
            _ => None,
        };
        out.push(TradePoint {
            period,
            value_usd_bn: value,
            exports_usd_bn: row.and_then(|i| trade[i].exports_usd_bn),
            imports_usd_bn: row.and_then(|i| trade[i].imports_usd_bn),
            yoy,
            row,
        });
        previous = value;
        period = period.next();
    }
    out
}

/// A series' figures for part of a year, each alone: only a change its source reported.
fn partial_points(trade: &[TradeRow], series: usize) -> Vec<TradePoint> {
    let mut out: Vec<TradePoint> = trade
        .iter()
        .enumerate()
        .filter(|(_, t)| t.series == series && t.period.is_partial())
        .map(|(i, t)| TradePoint {
            period: t.period,
            value_usd_bn: t.value_usd_bn,
            exports_usd_bn: t.exports_usd_bn,
            imports_usd_bn: t.imports_usd_bn,
            yoy: t.yoy_pct.map(|pct| YearOnYear {
                pct,
                reported: true,
            }),
            row: Some(i),
        })
        .collect();
    out.sort_by_key(|p| p.period);
    out
}

fn year_span<T>(items: &[T], year: impl Fn(&T) -> i32) -> Option<std::ops::RangeInclusive<i32>> {
    let first = items.iter().map(&year).min()?;
    let last = items.iter().map(&year).max()?;
    Some(first..=last)
}

fn meetings_per_year(meetings: &[Meeting]) -> Vec<MeetingYear> {
    let Some(years) = year_span(meetings, |m| m.date.year()) else {
        return Vec::new();
    };
    let first = *years.start();
    let mut out: Vec<MeetingYear> = years
        .map(|year| MeetingYear {
            year,
            ..MeetingYear::default()
        })
        .collect();
    // A meeting only announced, never confirmed, is listed but not counted.
    for m in meetings {
        let slot = &mut out[(m.date.year() - first) as usize];
        if !m.is_counted() {
            slot.unconfirmed += 1;
            continue;
        }
        match m.kind {
            MeetingKind::InPerson => slot.in_person += 1,
            MeetingKind::Phone => slot.phone += 1,
            MeetingKind::Video => slot.video += 1,
        }
    }
    out
}

fn exercises_per_year(exercises: &[Exercise]) -> Vec<ExerciseYear> {
    let Some(years) = year_span(exercises, |e| e.start.year()) else {
        return Vec::new();
    };
    let first = *years.start();
    let mut out: Vec<ExerciseYear> = years
        .map(|year| ExerciseYear {
            year,
            ..ExerciseYear::default()
        })
        .collect();
    for e in exercises {
        let slot = &mut out[(e.start.year() - first) as usize];
        slot.exercises += 1;
        if let Some(total) = e.total_personnel {
            slot.sized += 1;
            slot.known_personnel += u64::from(total);
        }
    }
    out
}
