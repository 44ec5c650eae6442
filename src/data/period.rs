//! The months a trade figure covers: a calendar year, or a fiscal year written as its source
//! writes it (`2021-22`, `FY2022`), read against the first month its series declares; or
//! part of a year (`2022-01..2022-06`, `2022-H1`, `2022-Q3`), which is never a year's
//! figure: it is drawn over its own months, never summed into a year, and no change is
//! computed against it.

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

/// A run of months from a first month, counted as months since January of year 0: twelve
/// for a year, fewer for part of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    start: i32,
    /// 1–12.
    months: u8,
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
        Period {
            start: year * 12,
            months: 12,
        }
    }

    /// Twelve months from `month` (1–12) of `year`.
    pub fn starting(year: i32, month: u8) -> Period {
        Period::partial(year, month, 12)
    }

    /// `count` months (1–12) from `month` (1–12) of `year`: `partial(2022, 1, 6)` is the
    /// first half of 2022.
    pub fn partial(year: i32, month: u8, count: u8) -> Period {
        Period {
            start: year * 12 + i32::from(month.clamp(1, 12)) - 1,
            months: count.clamp(1, 12),
        }
    }

    /// How many months the period covers: 12 for a year.
    pub fn month_count(self) -> u8 {
        self.months
    }

    /// Whether the period is part of a year rather than twelve months: drawn over its
    /// months, but never summed into a year, joined into a line of years or compared with
    /// one.
    pub fn is_partial(self) -> bool {
        self.months < 12
    }

    /// The first and last month covered, as months since January of year 0 (both included):
    /// what a chart places the period over.
    pub fn month_span(self) -> (i32, i32) {
        (self.start, self.start + i32::from(self.months) - 1)
    }

    pub fn start_year(self) -> i32 {
        self.start.div_euclid(12)
    }

    /// 1–12.
    pub fn start_month(self) -> u8 {
        self.start.rem_euclid(12) as u8 + 1
    }

    /// A calendar year: twelve months from January.
    pub fn is_calendar(self) -> bool {
        self.start_month() == 1 && !self.is_partial()
    }

    /// The year and month (1–12) of the last month covered.
    pub fn end(self) -> (i32, u8) {
        let (_, last) = self.month_span();
        (last.div_euclid(12), last.rem_euclid(12) as u8 + 1)
    }

    /// The same months a year later.
    pub fn next(self) -> Period {
        Period {
            start: self.start + 12,
            ..self
        }
    }

    /// The same months a year before.
    pub fn previous(self) -> Period {
        Period {
            start: self.start - 12,
            ..self
        }
    }

    /// The calendar year holding the period's middle month: where a chart's year cursor
    /// finds it. A fiscal year from April 2021 belongs to 2021, one from October 2020 to
    /// 2021 too; January–June 2022 to 2022.
    pub fn anchor_year(self) -> i32 {
        (self.start + (i32::from(self.months) - 1) / 2).div_euclid(12)
    }

    /// The middle of the period in fractional years, `2021.5` for calendar 2021, `2022.25`
    /// for January–June 2022: where a chart places it.
    pub fn middle(self) -> f64 {
        (f64::from(self.start) + f64::from(self.months) / 2.0) / 12.0
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

    /// `2021`, `FY2021-22`, or part of a year: `Jan-Jun 2022`.
    pub fn short_label(self) -> String {
        if self.is_partial() {
            self.partial_label("-")
        } else if self.is_calendar() {
            self.start_year().to_string()
        } else {
            let (end_year, _) = self.end();
            format!("FY{}-{:02}", self.start_year(), end_year.rem_euclid(100))
        }
    }

    /// `Jan–Jun 2022`, `Nov 2021–Feb 2022`, `Mar 2022` for one month.
    fn partial_label(self, dash: &str) -> String {
        let (year, month) = (self.start_year(), self.start_month());
        let (end_year, end_month) = self.end();
        let name = |m: u8| MONTHS[usize::from(m - 1)];
        if self.months == 1 {
            format!("{} {year}", name(month))
        } else if year == end_year {
            format!("{}{dash}{} {year}", name(month), name(end_month))
        } else {
            format!("{} {year}{dash}{} {end_year}", name(month), name(end_month))
        }
    }

    /// The months a fiscal year runs, `("Apr", "Mar")`; `None` for a calendar year and for
    /// part of a year (whose label names its months).
    pub fn months(self) -> Option<(&'static str, &'static str)> {
        (!self.is_calendar() && !self.is_partial()).then(|| {
            let (_, end) = self.end();
            (
                MONTHS[usize::from(self.start_month() - 1)],
                MONTHS[usize::from(end - 1)],
            )
        })
    }

    /// `2021`, `FY2021-22 (Apr–Mar)` or `Jan–Jun 2022`, with `dash` between the months.
    pub fn label(self, dash: &str) -> String {
        if self.is_partial() {
            return self.partial_label(dash);
        }
        match self.months() {
            None => self.short_label(),
            Some((from, to)) => format!("{} ({from}{dash}{to})", self.short_label()),
        }
    }

    /// Reads a period as written in `trade.csv` for a series counting years as `kind`.
    ///
    /// Calendar series take `2021` (or `2021-01..2021-12`). Fiscal series take the forms
    /// sources print: `2021-22`, `2021/22`, `2021-2022`, `FY2021-22`, `FY2022`, or the months
    /// spelled out as `2021-04..2022-03`. Any series takes part of a year: fewer than twelve
    /// months spelled out (`2022-01..2022-06`), a half (`2022-H1`, `2022-H2`) or a quarter
    /// (`2022-Q1` to `2022-Q4`) of a calendar year.
    pub fn parse(text: &str, kind: PeriodKind) -> Result<Period, PeriodError> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once("..") {
            return Period::parse_months(from, to, kind);
        }
        if let Some(part) = Period::parse_part(text) {
            return part;
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

    /// `2022-H1` or `2022-Q3`; `None` for text of another form.
    fn parse_part(text: &str) -> Option<Result<Period, PeriodError>> {
        let (year, part) = text.split_once('-')?;
        let part = part.to_ascii_uppercase();
        let (letter, number) = (part.get(..1)?, part.get(1..)?);
        let (count, parts) = match letter {
            "H" => (6, 2),
            "Q" => (3, 4),
            _ => return None,
        };
        let year = match parse_year(year) {
            Ok(year) => year,
            Err(err) => return Some(Err(err)),
        };
        Some(match number.parse::<u8>() {
            Ok(n) if number.len() == 1 && (1..=parts).contains(&n) => {
                Ok(Period::partial(year, (n - 1) * count + 1, count))
            }
            _ => Err(PeriodError::Part),
        })
    }

    /// `2021-04..2022-03`: twelve months, starting in the series' first month; or fewer,
    /// part of a year, in any series.
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
        if (0..11).contains(&(end - start)) {
            return Ok(Period {
                start,
                months: (end - start + 1) as u8,
            });
        }
        if end - start != 11 {
            return Err(PeriodError::NotTwelveMonths);
        }
        let period = Period { start, months: 12 };
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
    /// Spelled-out months that run backwards or past twelve.
    NotTwelveMonths,
    /// `2022-H3`, `2022-Q5`.
    Part,
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
                "expected a year (2021), a fiscal year (2021-22, FY2022), months \
                 (2021-04..2022-03) or part of a year (2022-01..2022-06, 2022-H1, 2022-Q3)",
            ),
            PeriodError::FiscalInCalendar => {
                f.write_str("the series counts calendar years: expected a year such as 2021")
            }
            PeriodError::CalendarInFiscal => f.write_str(
                "the series counts fiscal years: expected a fiscal year such as 2021-22 or FY2022",
            ),
            PeriodError::SecondYear => f.write_str(
                "a fiscal year's second year must be the one after its first, as in 2021-22",
            ),
            PeriodError::NotTwelveMonths => f.write_str(
                "months run forwards, twelve for a year (2021-04..2022-03) or fewer for part \
                 of one (2022-01..2022-06)",
            ),
            PeriodError::Part => f.write_str(
                "part of a year is a half (2022-H1, 2022-H2) or a quarter (2022-Q1 to 2022-Q4)",
            ),
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
    fn part_of_a_year_reads_in_any_series_and_covers_its_own_months() {
        let h1 = Period::partial(2022, 1, 6);
        for kind in [PeriodKind::Calendar, INDIA] {
            assert_eq!(Period::parse("2022-01..2022-06", kind), Ok(h1));
            assert_eq!(Period::parse("2022-H1", kind), Ok(h1));
            assert_eq!(Period::parse("2022-h1", kind), Ok(h1));
        }
        assert!(h1.is_partial() && !h1.is_calendar());
        assert_eq!(h1.month_span(), (2022 * 12, 2022 * 12 + 5));
        assert_eq!(h1.label("–"), "Jan–Jun 2022");
        assert_eq!(h1.end_date(), "2022-06-30");
        assert_eq!(h1.middle(), 2022.25);
        assert_eq!(h1.anchor_year(), 2022);
        assert_eq!(h1.months(), None);
        let q3 = Period::parse("2022-Q3", PeriodKind::Calendar).unwrap();
        assert_eq!(
            (q3.start_date(), q3.end_date()),
            ("2022-07-01".into(), "2022-09-30".into())
        );
        assert_eq!(
            Period::parse("2022-H2", INDIA),
            Ok(Period::partial(2022, 7, 6))
        );
        let nine = Period::parse("2022-01..2022-09", PeriodKind::Calendar).unwrap();
        assert_eq!(nine.month_count(), 9);
        let across = Period::parse("2021-11..2022-02", PeriodKind::Calendar).unwrap();
        assert_eq!(across.label("-"), "Nov 2021-Feb 2022");
        assert_eq!(Period::parse("2022-H3", INDIA), Err(PeriodError::Part));
        assert_eq!(Period::parse("2022-Q0", INDIA), Err(PeriodError::Part));
        assert_eq!(
            Period::parse("2022-06..2022-01", INDIA),
            Err(PeriodError::NotTwelveMonths)
        );
        // A part is never the year: they differ, so both may be given.
        assert_ne!(h1, Period::calendar(2022));
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
