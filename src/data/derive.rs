//! Series derived from the tables once at load: what the charts and the brief read.

use std::collections::BTreeMap;

use super::records::{Exercise, Meeting, MeetingKind, Quality, TradeRow};

/// A year-on-year change in percent, and whether a source reported it or bilat computed it
/// from the previous year's figure of the same reporter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearOnYear {
    pub pct: f64,
    pub reported: bool,
}

/// One year of one reporter's trade series. `value_usd_bn` is `None` for a gap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TradePoint {
    pub year: i32,
    pub value_usd_bn: Option<f64>,
    pub yoy: Option<YearOnYear>,
    /// Index into the dataset's trade rows, `None` where the year has no row at all.
    pub row: Option<usize>,
}

/// Meetings held in one year, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetingYear {
    pub year: i32,
    pub in_person: u32,
    pub phone: u32,
    pub video: u32,
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
    /// One series per manifest country, each covering every year from the first to the last
    /// year in the trade table, so both share an x axis.
    pub trade: [Vec<TradePoint>; 2],
    /// The reporter with the most figures: the one headline numbers use.
    pub main_reporter: usize,
    /// Every year from the first meeting to the last, zero where none was held.
    pub meetings: Vec<MeetingYear>,
    /// Every year from the first exercise to the last.
    pub exercises: Vec<ExerciseYear>,
}

impl Derived {
    pub fn compute(trade: &[TradeRow], meetings: &[Meeting], exercises: &[Exercise]) -> Derived {
        Derived {
            trade: [trade_series(trade, 0), trade_series(trade, 1)],
            main_reporter: main_reporter(trade),
            meetings: meetings_per_year(meetings),
            exercises: exercises_per_year(exercises),
        }
    }

    /// The latest year with a trade figure from the main reporter.
    pub fn latest_trade(&self) -> Option<&TradePoint> {
        self.trade[self.main_reporter]
            .iter()
            .rev()
            .find(|p| p.value_usd_bn.is_some())
    }
}

fn main_reporter(trade: &[TradeRow]) -> usize {
    let count = |r: usize| {
        trade
            .iter()
            .filter(|t| t.reporter == r && t.value_usd_bn.is_some())
            .count()
    };
    if count(1) > count(0) { 1 } else { 0 }
}

fn trade_series(trade: &[TradeRow], reporter: usize) -> Vec<TradePoint> {
    let (Some(first), Some(last)) = (
        trade.iter().map(|t| t.year).min(),
        trade.iter().map(|t| t.year).max(),
    ) else {
        return Vec::new();
    };
    let rows: BTreeMap<i32, usize> = trade
        .iter()
        .enumerate()
        .filter(|(_, t)| t.reporter == reporter)
        .map(|(i, t)| (t.year, i))
        .collect();
    let mut series = Vec::with_capacity((last - first + 1) as usize);
    let mut previous: Option<f64> = None;
    for year in first..=last {
        let row = rows.get(&year).copied();
        let value = row.and_then(|i| trade[i].value_usd_bn);
        let reported = row.and_then(|i| trade[i].yoy_pct);
        let yoy = match (reported, value, previous) {
            (Some(pct), _, _) => Some(YearOnYear {
                pct,
                reported: true,
            }),
            (None, Some(now), Some(before)) if before > 0.0 => {
                // One decimal, as sources report it; a change too large to show is none.
                let pct = ((now / before - 1.0) * 1000.0).round() / 10.0;
                pct.is_finite().then_some(YearOnYear {
                    pct,
                    reported: false,
                })
            }
            _ => None,
        };
        series.push(TradePoint {
            year,
            value_usd_bn: value,
            yoy,
            row,
        });
        previous = value;
    }
    series
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
    for m in meetings
        .iter()
        .filter(|m| m.quality != Quality::Unconfirmed)
    {
        let slot = &mut out[(m.date.year() - first) as usize];
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
