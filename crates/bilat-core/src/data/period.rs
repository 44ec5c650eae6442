//! The months a trade figure covers: a calendar year, or a fiscal year written as its source
//! writes it (`2021-22`, `FY2022`), read against the first month its series declares; or
//! part of a year (`2022-01..2022-06`, `2022-H1`, `2022-Q3`), which is never a year's
//! figure: it is drawn over its own months, never summed into a year, and no change is
//! computed against it.

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
}

/// The full English name of a month, 1–12.
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[usize::from(month.clamp(1, 12) - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

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
