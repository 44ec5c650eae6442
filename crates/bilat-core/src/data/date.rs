//! Dates that keep the precision they were written with: a year, a month or a day.

use std::fmt;

/// A calendar date known to the year, the month or the day.
///
/// Ordering puts a less precise date before the more precise dates it contains
/// (`2018` < `2018-09` < `2018-09-11`), so sorting keeps a stable, sensible order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i16,
    /// 1–12, or 0 when only the year is known.
    month: u8,
    /// 1–31, or 0 when the day is not known.
    day: u8,
}

/// Why a date string was rejected, written for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not one of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
    Format,
    /// Well formed, but no such day or month exists.
    Impossible,
    /// Before the year 1000.
    TooEarly,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Impossible => f.write_str("no such date in the calendar"),
            DateError::TooEarly => f.write_str("years before 1000 are not supported"),
        }
    }
}

impl PartialDate {
    /// A date known only to the year.
    pub fn year_only(year: i16) -> Self {
        PartialDate {
            year,
            month: 0,
            day: 0,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000–9999).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let ok = match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2),
            [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
            _ => false,
        };
        if !ok {
            return Err(DateError::Format);
        }
        let num = |s: &str| s.parse::<u16>().map_err(|_| DateError::Format);
        let year = num(parts[0])?;
        if year < 1000 {
            return Err(DateError::TooEarly);
        }
        let month = parts.get(1).map(|m| num(m)).transpose()?.unwrap_or(0);
        let day = parts.get(2).map(|d| num(d)).transpose()?.unwrap_or(0);
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(DateError::Impossible);
        }
        if parts.len() == 3
            && chrono::NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
                .is_none()
        {
            return Err(DateError::Impossible);
        }
        Ok(PartialDate {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    pub fn month(self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    pub fn day(self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// The first and last day the date may mean, as (year, month, day) triples:
    /// `2018-09` spans 2018-09-01 to 2018-09-31 (an upper bound, not always a real day).
    pub fn bounds(self) -> ((i16, u8, u8), (i16, u8, u8)) {
        let (m0, m1) = if self.month == 0 {
            (1, 12)
        } else {
            (self.month, self.month)
        };
        let (d0, d1) = if self.day == 0 {
            (1, 31)
        } else {
            (self.day, self.day)
        };
        ((self.year, m0, d0), (self.year, m1, d1))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month(), self.day()) {
            (Some(m), Some(d)) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => write!(f, "{:04}-{m:02}", self.year),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_precision_when_shown() {
        for text in ["2018-09-11", "2018-12", "2007"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert_eq!(PartialDate::parse("2018-02-30"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2018-13"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2018-00"), Err(DateError::Impossible));
        assert_eq!(PartialDate::parse("2019-02-29"), Err(DateError::Impossible));
        assert!(PartialDate::parse("2020-02-29").is_ok());
        for bad in [
            "",
            "18",
            "2018-9-11",
            "2018/09/11",
            "11.09.2018",
            "2018-09-11T00",
            "０２０１",
        ] {
            assert_eq!(PartialDate::parse(bad), Err(DateError::Format), "{bad}");
        }
    }

    #[test]
    fn less_precise_sorts_first() {
        let y = PartialDate::parse("2018").unwrap();
        let m = PartialDate::parse("2018-09").unwrap();
        let d = PartialDate::parse("2018-09-11").unwrap();
        let next = PartialDate::parse("2019").unwrap();
        assert!(y < m && m < d && d < next);
    }
}
