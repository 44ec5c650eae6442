//! Reading a period as `trade.csv` writes it, against the way its series counts years, and
//! why one is refused.

use std::fmt;

use super::period::{Period, PeriodKind, month_name};

impl Period {
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
            let (year, month) = (start.div_euclid(12), start.rem_euclid(12) as u8 + 1);
            return Ok(Period::partial(year, month, (end - start + 1) as u8));
        }
        if end - start != 11 {
            return Err(PeriodError::NotTwelveMonths);
        }
        let period = Period::starting(start.div_euclid(12), start.rem_euclid(12) as u8 + 1);
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
}
