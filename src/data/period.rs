//! The twelve months a trade figure covers: a calendar year, or a fiscal year written as its
//! source writes it (`2021-22`, `FY2022`), read against the first month its series declares.

use std::fmt;

/// How a series counts its years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PeriodKind {
    Calendar,
    Fiscal {
        /// The first month of the fiscal year, 2–12 (April is 4).
        start_month: u8,
        /// Whether `FY2022` names the year the fiscal year ends in (India, Pakistan, the US)
        /// rather than the year it starts in (Japan).
        named_by_end: bool,
    },
}

/// Twelve months from a first month, counted as months since January of year 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    start: i32,
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Period {
    /// The calendar year `year`.
    pub fn calendar(year: i32) -> Period {
        Period { start: year * 12 }
    }

    /// Twelve months from `month` (1–12) of `year`.
    pub fn starting(year: i32, month: u8) -> Period {
        Period {
            start: year * 12 + i32::from(month.clamp(1, 12)) - 1,
        }
    }

    pub fn start_year(self) -> i32 {
        self.start.div_euclid(12)
    }

    /// 1–12.
    pub fn start_month(self) -> u8 {
        self.start.rem_euclid(12) as u8 + 1
    }

    pub fn is_calendar(self) -> bool {
        self.start_month() == 1
    }

    /// The year and month (1–12) of the last month covered.
    pub fn end(self) -> (i32, u8) {
        let last = self.start + 11;
        (last.div_euclid(12), last.rem_euclid(12) as u8 + 1)
    }

    /// The next twelve months.
    pub fn next(self) -> Period {
        Period {
            start: self.start + 12,
        }
    }

    /// The twelve months before.
    pub fn previous(self) -> Period {
        Period {
            start: self.start - 12,
        }
    }

    /// The calendar year whose middle (1 July) this period holds: where a chart's year
    /// cursor finds it. A fiscal year from April 2021 belongs to 2021, one from October 2020
    /// to 2021 too.
    pub fn anchor_year(self) -> i32 {
        (self.start + 5).div_euclid(12)
    }

    /// The middle of the period in fractional years, `2021.5` for calendar 2021: where a
    /// chart places it.
    pub fn middle(self) -> f64 {
        f64::from(self.start + 6) / 12.0
    }

    /// The first day, `2021-04-01`.
    pub fn start_date(self) -> String {
        format!("{:04}-{:02}-01", self.start_year(), self.start_month())
    }

    /// The last day, `2022-03-31`.
    pub fn end_date(self) -> String {
        let (year, month) = self.end();
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        format!("{year:04}-{month:02}-{days:02}")
    }

    /// `2021` or `FY2021-22`.
    pub fn short_label(self) -> String {
        if self.is_calendar() {
            self.start_year().to_string()
        } else {
            let (end_year, _) = self.end();
            format!("FY{}-{:02}", self.start_year(), end_year.rem_euclid(100))
        }
    }

    /// The months a fiscal year runs, `("Apr", "Mar")`; `None` for a calendar year.
    pub fn months(self) -> Option<(&'static str, &'static str)> {
        (!self.is_calendar()).then(|| {
            let (_, end) = self.end();
            (
                MONTHS[usize::from(self.start_month() - 1)],
                MONTHS[usize::from(end - 1)],
            )
        })
    }

    /// `2021` or `FY2021-22 (Apr–Mar)`, with `dash` between the months.
    pub fn label(self, dash: &str) -> String {
        match self.months() {
            None => self.short_label(),
            Some((from, to)) => format!("{} ({from}{dash}{to})", self.short_label()),
        }
    }

    /// Reads a period as written in `trade.csv` for a series counting years as `kind`.
    ///
    /// Calendar series take `2021` (or `2021-01..2021-12`). Fiscal series take the forms
    /// sources print: `2021-22`, `2021/22`, `2021-2022`, `FY2021-22`, `FY2022`, or the months
    /// spelled out as `2021-04..2022-03`.
    pub fn parse(text: &str, kind: PeriodKind) -> Result<Period, PeriodError> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once("..") {
            return Period::parse_months(from, to, kind);
        }
        let upper = text.to_ascii_uppercase();
        let (fy_prefix, body) = match upper.strip_prefix("FY") {
            Some(rest) => (true, rest.trim_start()),
            None => (false, upper.as_str()),
        };
        let split = body.find(['-', '/']);
        match (kind, split) {
            (PeriodKind::Calendar, None) if !fy_prefix => Ok(Period::calendar(parse_year(body)?)),
            (PeriodKind::Calendar, _) => Err(PeriodError::FiscalInCalendar),
            (PeriodKind::Fiscal { start_month, .. }, Some(at)) => {
                let first = parse_year(&body[..at])?;
                let second = &body[at + 1..];
                let follows = match second.len() {
                    2 => second.parse::<i32>().ok() == Some((first + 1).rem_euclid(100)),
                    4 => second.parse::<i32>().ok() == Some(first + 1),
                    _ => false,
                };
                if !second.bytes().all(|b| b.is_ascii_digit()) || !follows {
                    return Err(PeriodError::SecondYear);
                }
                Ok(Period::starting(first, start_month))
            }
            (
                PeriodKind::Fiscal {
                    start_month,
                    named_by_end,
                },
                None,
            ) if fy_prefix => {
                let year = parse_year(body)?;
                let first = if named_by_end { year - 1 } else { year };
                Ok(Period::starting(first, start_month))
            }
            (PeriodKind::Fiscal { .. }, None) => Err(PeriodError::CalendarInFiscal),
        }
    }

    /// `2021-04..2022-03`: twelve months, starting in the series' first month.
    fn parse_months(from: &str, to: &str, kind: PeriodKind) -> Result<Period, PeriodError> {
        let month = |s: &str| -> Result<i32, PeriodError> {
            let (y, m) = s.trim().split_once('-').ok_or(PeriodError::Format)?;
            let two_digits = m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit());
            let m: u8 = m.parse().map_err(|_| PeriodError::Format)?;
            if two_digits && (1..=12).contains(&m) {
                Ok(parse_year(y)? * 12 + i32::from(m) - 1)
            } else {
                Err(PeriodError::Format)
            }
        };
        let (start, end) = (month(from)?, month(to)?);
        if end - start != 11 {
            return Err(PeriodError::NotTwelveMonths);
        }
        let period = Period { start };
        let expected = match kind {
            PeriodKind::Calendar => 1,
            PeriodKind::Fiscal { start_month, .. } => start_month,
        };
        if period.start_month() != expected {
            return Err(PeriodError::WrongFirstMonth {
                expected,
                found: period.start_month(),
            });
        }
        Ok(period)
    }
}

fn parse_year(text: &str) -> Result<i32, PeriodError> {
    let text = text.trim();
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = text.parse().map_err(|_| PeriodError::Format)?;
        if year >= 1000 {
            return Ok(year);
        }
    }
    Err(PeriodError::Format)
}

/// The full English name of a month, 1–12.
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[usize::from(month.clamp(1, 12) - 1)]
}

/// Why a period was rejected; the loader adds the series and the value seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    Format,
    /// `2021-22` in a calendar-year series.
    FiscalInCalendar,
    /// `2021` in a fiscal-year series.
    CalendarInFiscal,
    /// `2021-23`: the second year is not the one after the first.
    SecondYear,
    /// Spelled-out months that do not make twelve.
    NotTwelveMonths,
    /// Spelled-out months that start in another month than the series declares.
    WrongFirstMonth {
        expected: u8,
        found: u8,
    },
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodError::Format => f.write_str(
                "expected a year (2021), a fiscal year (2021-22, FY2022) or months (2021-04..2022-03)",
            ),
            PeriodError::FiscalInCalendar => {
                f.write_str("the series counts calendar years: expected a year such as 2021")
            }
            PeriodError::CalendarInFiscal => f.write_str(
                "the series counts fiscal years: expected a fiscal year such as 2021-22 or FY2022",
            ),
            PeriodError::SecondYear => {
                f.write_str("a fiscal year's second year must be the one after its first, as in 2021-22")
            }
            PeriodError::NotTwelveMonths => {
                f.write_str("a period runs twelve months, as in 2021-04..2022-03")
            }
            PeriodError::WrongFirstMonth { expected, found } => write!(
                f,
                "the series' years start in {}, but this period starts in {}",
                month_name(*expected),
                month_name(*found)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDIA: PeriodKind = PeriodKind::Fiscal {
        start_month: 4,
        named_by_end: true,
    };

    #[test]
    fn fiscal_years_read_every_way_sources_write_them() {
        let want = Period::starting(2021, 4);
        for text in [
            "2021-22",
            "2021/22",
            "2021-2022",
            "FY2021-22",
            "FY2022",
            "fy 2022",
        ] {
            assert_eq!(Period::parse(text, INDIA), Ok(want), "{text}");
        }
        assert_eq!(Period::parse("2021-04..2022-03", INDIA), Ok(want));
        assert_eq!(want.label("–"), "FY2021-22 (Apr–Mar)");
        assert_eq!(want.start_date(), "2021-04-01");
        assert_eq!(want.end_date(), "2022-03-31");
        assert_eq!(want.anchor_year(), 2021);
        let japan = PeriodKind::Fiscal {
            start_month: 4,
            named_by_end: false,
        };
        assert_eq!(Period::parse("FY2021", japan), Ok(want));
    }

    #[test]
    fn periods_that_do_not_fit_their_series_are_refused() {
        let cal = PeriodKind::Calendar;
        assert_eq!(Period::parse("2021", cal), Ok(Period::calendar(2021)));
        assert_eq!(
            Period::parse("2021-22", cal),
            Err(PeriodError::FiscalInCalendar)
        );
        assert_eq!(
            Period::parse("2021", INDIA),
            Err(PeriodError::CalendarInFiscal)
        );
        assert_eq!(
            Period::parse("2021-23", INDIA),
            Err(PeriodError::SecondYear)
        );
        assert_eq!(
            Period::parse("2021-07..2022-06", INDIA),
            Err(PeriodError::WrongFirstMonth {
                expected: 4,
                found: 7
            })
        );
        assert_eq!(
            Period::parse("2021-04..2022-06", INDIA),
            Err(PeriodError::NotTwelveMonths)
        );
        assert_eq!(Period::parse("21", cal), Err(PeriodError::Format));
        assert_eq!(Period::parse("", INDIA), Err(PeriodError::CalendarInFiscal));
    }

    #[test]
    fn a_fiscal_year_belongs_to_the_calendar_year_holding_its_middle() {
        // The US federal year from October 2020 is FY2021 and sits under 2021.
        assert_eq!(Period::starting(2020, 10).anchor_year(), 2021);
        // Pakistan's from July 2021 is 2021-22, under 2021.
        assert_eq!(Period::starting(2021, 7).anchor_year(), 2021);
        assert_eq!(Period::calendar(2021).middle(), 2021.5);
        assert_eq!(Period::starting(2024, 2).end_date(), "2025-01-31");
        assert_eq!(Period::starting(2023, 3).end_date(), "2024-02-29");
    }
}
