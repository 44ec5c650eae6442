//! One data row being read: typed fields that report located problems.

use super::date::PartialDate;
use super::figure::Figure;
use super::problem::{Location, Problem, quoted};
use super::table::Table;
use super::text::sanitize;

/// A value with a fixed set of spellings in data files (a meeting kind, a quality mark...).
pub trait Choice: Sized + Copy + 'static {
    const NAMES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::NAMES
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("", |(n, _)| n)
    }
}

/// One data row being read. Each accessor reports its own problem and marks the row bad;
/// the row is kept only if every field was good.
pub struct Row<'a> {
    pub(super) table: &'a Table,
    pub(super) record: &'a csv::StringRecord,
    /// The line the record starts on.
    pub(super) line: u64,
    pub(super) problems: &'a mut Vec<Problem>,
    pub(super) bad: bool,
}

impl<'a> Row<'a> {
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Where the record starts in the file, in bytes (after any byte-order mark).
    pub fn start(&self) -> u64 {
        self.record.position().map_or(0, csv::Position::byte)
    }

    /// The field index of a column the table was checked to have.
    pub(super) fn position(&self, column: &'static str) -> usize {
        self.table.position(column)
    }

    fn raw(&self, column: &'static str) -> &'a str {
        let i = self.table.position(column);
        self.record.get(i).unwrap_or("").trim()
    }

    /// Records a problem with the given column.
    pub fn fail(&mut self, column: &'static str, message: String) {
        self.bad = true;
        self.problems.push(Problem {
            file: self.table.file.clone(),
            location: Location::Cell {
                line: self.line(),
                column: self.table.position(column) as u64 + 1,
            },
            field: Some(self.table.name_in_file(column).to_string()),
            message,
        });
    }

    /// The older name the file gives `column` (`year` for `period`), if it does.
    pub fn written_as(&self, column: &'static str) -> Option<&'static str> {
        self.table
            .written_as
            .iter()
            .find(|(current, _)| *current == column)
            .map(|(_, old)| *old)
    }

    /// Whether a problem was found in this row already.
    pub fn is_bad(&self) -> bool {
        self.bad
    }

    /// Free text, possibly empty, made safe to print, borrowed from the record when it is
    /// already safe.
    pub fn text_ref(&self, column: &'static str) -> std::borrow::Cow<'a, str> {
        sanitize(self.raw(column))
    }

    /// Free text, possibly empty, made safe to print.
    pub fn text(&self, column: &'static str) -> String {
        sanitize(self.raw(column)).into_owned()
    }

    /// Text that must not be empty.
    pub fn required_text(&mut self, column: &'static str) -> String {
        let text = self.text(column);
        if text.is_empty() {
            self.fail(column, "required, but empty".to_string());
        }
        text
    }

    /// A number, or `None` when the field is empty (unknown).
    pub fn number(&mut self, column: &'static str) -> Option<f64> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        let plain = raw
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
        match raw.parse::<f64>() {
            // -0 is 0: a sign on nothing is no figure to show.
            Ok(v) if plain && v.is_finite() => Some(if v == 0.0 { 0.0 } else { v }),
            Ok(_) if plain => {
                let msg = format!("too large, found {}", quoted(raw));
                self.fail(column, msg);
                None
            }
            _ => {
                let msg = format!("expected a number, found {}", quoted(raw));
                self.fail(column, msg);
                None
            }
        }
    }

    /// A number as printed, sign and decimals kept (a change in percent: `-2.69` has 2
    /// decimals, `28` none), or `None` when empty.
    pub fn printed_number(&mut self, column: &'static str) -> Option<Figure> {
        let value = self.number(column)?;
        // `number` accepted it, so it reads as a figure; the parse only counts its decimals.
        let decimals = Figure::parse(self.raw(column)).map_or(0, |f| f.decimals);
        Some(Figure::exact(value, decimals))
    }

    /// A number that is not negative, or `None` when empty.
    pub fn non_negative(&mut self, column: &'static str) -> Option<f64> {
        let value = self.number(column)?;
        if value < 0.0 {
            let msg = format!("must not be negative, found {}", quoted(self.raw(column)));
            self.fail(column, msg);
            return None;
        }
        Some(value)
    }

    /// A trade figure that is not negative, as printed (`3.06`, `>2.17`), or `None` when
    /// empty.
    pub fn figure(&mut self, column: &'static str) -> Option<Figure> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        match Figure::parse(raw) {
            Ok(figure) if figure.value < 0.0 => {
                let msg = format!("must not be negative, found {}", quoted(raw));
                self.fail(column, msg);
                None
            }
            Ok(figure) => Some(figure),
            Err(err) => {
                let mut msg = format!("{err}, found {}", quoted(raw));
                // Words or another mark before the number: likely a bound in prose.
                if raw.contains(|c: char| c.is_ascii_digit())
                    && !raw.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
                {
                    msg.push_str("; a lower bound (\"more than 2.17\") is written >2.17");
                }
                self.fail(column, msg);
                None
            }
        }
    }

    /// A whole, non-negative count, or `None` when empty.
    pub fn count(&mut self, column: &'static str) -> Option<u32> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        let msg = if raw.starts_with('-') && raw[1..].bytes().all(|b| b.is_ascii_digit()) {
            format!("must not be negative, found {}", quoted(raw))
        } else if raw.bytes().all(|b| b.is_ascii_digit()) {
            match raw.parse::<u32>() {
                Ok(v) => return Some(v),
                Err(_) => format!("too large (at most {}), found {}", u32::MAX, quoted(raw)),
            }
        } else {
            format!("expected a whole number, found {}", quoted(raw))
        };
        self.fail(column, msg);
        None
    }

    /// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `None` when empty.
    pub fn date(&mut self, column: &'static str) -> Option<PartialDate> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        match PartialDate::parse(raw) {
            Ok(date) => Some(date),
            Err(err) => {
                let msg = format!("{err}, found {}", quoted(raw));
                self.fail(column, msg);
                None
            }
        }
    }

    /// A date that must be given.
    pub fn required_date(&mut self, column: &'static str) -> PartialDate {
        match self.date(column) {
            Some(date) => date,
            None => {
                if self.raw(column).is_empty() {
                    self.fail(column, "required, but empty".to_string());
                }
                PartialDate::year_only(0)
            }
        }
    }

    /// One of the spellings `T` allows, or `None` when empty.
    pub fn choice<T: Choice>(&mut self, column: &'static str) -> Option<T> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        if let Some((_, value)) = T::NAMES.iter().find(|(name, _)| *name == raw) {
            return Some(*value);
        }
        let names: Vec<&str> = T::NAMES.iter().map(|(n, _)| *n).collect();
        let msg = format!(
            "expected one of {}, found {}",
            names.join(", "),
            quoted(raw)
        );
        self.fail(column, msg);
        None
    }

    /// One of the spellings `T` allows; empty is a problem.
    pub fn required_choice<T: Choice>(&mut self, column: &'static str) -> Option<T> {
        let value = self.choice(column);
        if value.is_none() && self.raw(column).is_empty() {
            self.fail(column, "required, but empty".to_string());
        }
        value
    }

    /// Raw field text for rules a table checks itself (already trimmed, not yet sanitized).
    pub fn field(&self, column: &'static str) -> &'a str {
        self.raw(column)
    }
}
