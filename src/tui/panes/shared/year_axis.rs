//! The year axis the charts share: the months of the years shown (and of every period drawn)
//! shared out evenly over a plot's columns, so a figure sits over the months it covers.

use crate::tui::app::charts::YearSpan;

/// Maps months, and the years they make, to the columns of a plot `width` columns wide
/// starting at `left`: the columns share out the months evenly, left to right, so each
/// column covers `months / width` of a month (or more of them) and every figure can sit
/// over the months it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearAxis {
    /// The years labelled and selectable.
    pub span: YearSpan,
    pub left: u16,
    pub width: u16,
    /// The months the columns cover, counted since January of year 0, the end excluded:
    /// the span's calendar years, widened to hold every period drawn (a fiscal year that
    /// ends in June after the span's last year).
    pub months: (i32, i32),
}

impl YearAxis {
    /// The calendar years of `span` over `width` columns from `left`.
    pub fn new(span: YearSpan, left: u16, width: u16) -> YearAxis {
        YearAxis {
            span,
            left,
            width,
            months: (span.first * 12, (span.last + 1) * 12),
        }
    }

    /// The axis widened, if need be, to hold the months `first..=last`.
    pub fn holding(self, first: i32, last: i32) -> YearAxis {
        YearAxis {
            months: (self.months.0.min(first), self.months.1.max(last + 1)),
            ..self
        }
    }

    /// The column that holds a moment `half` half-months after the axis' first month,
    /// clamped to the plot.
    fn column(&self, half: i64) -> u16 {
        let months = i64::from((self.months.1 - self.months.0).max(1));
        let w = i64::from(self.width);
        let k = (half * w).div_euclid(2 * months);
        self.left + k.clamp(0, (w - 1).max(0)) as u16
    }

    /// The column of the middle of the months `first..=last` (counted as in
    /// [`YearAxis::months`]): where a figure for them sits.
    pub(crate) fn x_months(&self, first: i32, last: i32) -> u16 {
        let from = i64::from(self.months.0);
        self.column(i64::from(first) + i64::from(last) + 1 - 2 * from)
    }

    /// The column of the middle of `year`: its point, its bar's centre, its label's.
    pub fn x(&self, year: i32) -> u16 {
        self.x_months(year * 12, year * 12 + 11)
    }

    /// The columns that hold some of the months `first..=last`: a column is shared where
    /// a month boundary falls inside it.
    pub fn columns(&self, first: i32, last: i32) -> (u16, u16) {
        let from = i64::from(self.months.0);
        let start = self.column(2 * (i64::from(first) - from));
        // The last column that starts before the end of `last`.
        let months = i64::from((self.months.1 - self.months.0).max(1));
        let w = i64::from(self.width);
        let end_k = ((i64::from(last) + 1 - from) * w + months - 1).div_euclid(months) - 1;
        let end = self.left + end_k.clamp(0, (w - 1).max(0)) as u16;
        (start, end.max(start))
    }

    /// The columns that belong to `year`: those of its months.
    pub fn slot(&self, year: i32) -> (u16, u16) {
        self.columns(year * 12, year * 12 + 11)
    }

    /// The month (counted as in [`YearAxis::months`]) at the middle of `column`.
    pub(crate) fn month_at(&self, column: u16) -> Option<i32> {
        if column < self.left || column >= self.left + self.width {
            return None;
        }
        let months = i64::from((self.months.1 - self.months.0).max(1));
        let half = (2 * i64::from(column - self.left) + 1) * months;
        let at = half.div_euclid(2 * i64::from(self.width.max(1)));
        Some(self.months.0 + at as i32)
    }

    /// The year whose slot holds `column`; past the span's ends (the months of a fiscal
    /// year that runs on), the nearest year of the span.
    pub(crate) fn year_at(&self, column: u16) -> Option<i32> {
        if column < self.left || column >= self.left + self.width {
            return None;
        }
        let found = (self.span.first..=self.span.last).find(|&y| {
            let (a, b) = self.slot(y);
            (a..=b).contains(&column)
        });
        found.or_else(|| {
            Some(if column < self.slot(self.span.first).0 {
                self.span.first
            } else {
                self.span.last
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_spread_over_the_plot_and_slots_tile_it() {
        let span = YearSpan {
            first: 2013,
            last: 2025,
        };
        let axis = YearAxis::new(span, 10, 39);
        // Three columns a year: each year's middle is its middle column.
        assert_eq!(axis.x(2013), 11);
        assert_eq!(axis.x(2025), 47);
        assert_eq!(axis.slot(2013), (10, 12));
        assert_eq!(axis.slot(2025), (46, 48));
        let mut covered = 0;
        for year in 2013..=2025 {
            let (a, b) = axis.slot(year);
            assert!(a <= axis.x(year) && axis.x(year) <= b);
            covered += b - a + 1;
            assert_eq!(axis.year_at(axis.x(year)), Some(year));
        }
        assert_eq!(covered, 39);
        assert_eq!(axis.year_at(9), None);
    }

    #[test]
    fn a_fiscal_year_past_the_last_calendar_year_widens_the_axis() {
        let span = YearSpan {
            first: 2015,
            last: 2017,
        };
        // July 2017 to June 2018, over 42 columns: one column a month.
        let axis = YearAxis::new(span, 0, 42).holding(2017 * 12 + 6, 2018 * 12 + 5);
        assert_eq!(axis.months, (2015 * 12, 2018 * 12 + 6));
        // Its middle, January 2018, is column 36; calendar 2017's is 30.
        assert_eq!(axis.x_months(2017 * 12 + 6, 2018 * 12 + 5), 36);
        assert_eq!(axis.x(2017), 30);
        assert_eq!(axis.columns(2017 * 12 + 6, 2018 * 12 + 5), (30, 41));
        // Its months after the span's last year still select that year.
        assert_eq!(axis.year_at(40), Some(2017));
    }

    #[test]
    fn months_share_columns_when_there_are_more_months_than_columns() {
        let span = YearSpan {
            first: 1990,
            last: 2025,
        };
        let axis = YearAxis::new(span, 5, 25);
        for year in 1990..=2025 {
            let (a, b) = axis.slot(year);
            assert!(a <= axis.x(year) && axis.x(year) <= b, "{year}");
            assert!(b <= 29);
        }
        assert_eq!(axis.slot(1990).0, 5);
        assert_eq!(axis.slot(2025).1, 29);
    }

    #[test]
    fn a_months_column_leads_back_to_it() {
        let span = YearSpan {
            first: 2019,
            last: 2020,
        };
        for width in [24, 30, 77] {
            let axis = YearAxis::new(span, 3, width);
            for m in 2019 * 12..2021 * 12 {
                assert_eq!(axis.month_at(axis.x_months(m, m)), Some(m), "{width} {m}");
            }
        }
        // Fewer columns than months: each column's month is one of those it holds.
        let axis = YearAxis::new(span, 3, 10);
        for x in 3..13 {
            let m = axis.month_at(x).unwrap();
            let (a, b) = axis.columns(m, m);
            assert!((a..=b).contains(&x), "{x} {m}");
        }
    }
}
