//! Reading one CSV table: header checks, then typed fields that report located problems.

use std::collections::HashMap;

use super::date::PartialDate;
use super::problem::{Location, Problem, quoted};
use super::text::sanitize;

/// The file's text, checked for UTF-8 and with a byte-order mark removed.
///
/// On failure, names the first invalid byte's line and column.
pub fn decode_utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let good = &bytes[..err.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let byte = good.len() - line_start + 1;
        Problem {
            file: file.to_string(),
            location: Location::Line(line),
            field: None,
            message: format!(
                "not valid UTF-8 (byte {byte} of the line): save the file as UTF-8 text"
            ),
        }
    })
}

/// A CSV table whose header has exactly the expected columns.
pub struct Table {
    file: String,
    /// Byte offsets of every line feed, to give each record its real line (the csv crate's
    /// own count is off by one after a CRLF).
    newlines: Vec<usize>,
    /// Column name → field index in each record.
    index: HashMap<&'static str, usize>,
    records: Vec<csv::StringRecord>,
}

impl Table {
    /// Parses `text` and checks its header against `columns`; problems go to `problems`.
    /// Returns `None` when the header is unusable (rows could not be read meaningfully).
    pub fn parse(
        file: &str,
        text: &str,
        columns: &[&'static str],
        problems: &mut Vec<Problem>,
    ) -> Option<Table> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let header = match records.next() {
            None => {
                problems.push(Problem::in_file(
                    file,
                    format!(
                        "the file is empty: expected a header row with the columns {}",
                        columns.join(",")
                    ),
                ));
                return None;
            }
            Some(Err(err)) => {
                problems.push(csv_problem(file, &err));
                return None;
            }
            Some(Ok(header)) => header,
        };
        let index = check_header(file, &header, columns, problems)?;
        let newlines: Vec<usize> = memchr_all(text.as_bytes());
        let line_at = |byte: u64| newlines.partition_point(|&n| (n as u64) < byte) as u64 + 1;
        let width = header.len();
        let mut rows: Vec<csv::StringRecord> = Vec::new();
        for record in records {
            match record {
                Err(err) => problems.push(csv_problem(file, &err)),
                Ok(record) if record.iter().all(|f| f.trim().is_empty()) => {}
                Ok(record) if record.len() != width => {
                    let line = record.position().map_or(0, |p| line_at(p.byte()));
                    let hint = if record.iter().any(|f| f.contains('\n')) {
                        " (a field runs over several lines: is a quote left open?)"
                    } else {
                        ""
                    };
                    problems.push(Problem {
                        file: file.to_string(),
                        location: Location::Line(line),
                        field: None,
                        message: format!(
                            "expected {width} fields as in the header, found {}{hint}",
                            record.len()
                        ),
                    });
                }
                Ok(record) => rows.push(record),
            }
        }
        // A quote opened and never closed swallows the rest of the file into one field.
        if let Some(last) = rows.last() {
            let start = last.position().map_or(0, |p| p.byte()) as usize;
            let tail = &text[start.min(text.len())..];
            if tail.bytes().filter(|&b| b == b'"').count() % 2 == 1 {
                problems.push(Problem {
                    file: file.to_string(),
                    location: Location::Line(line_at(start as u64)),
                    field: None,
                    message: "a quote opened in this record is never closed".to_string(),
                });
                rows.pop();
            }
        }
        Some(Table {
            file: file.to_string(),
            newlines,
            index,
            records: rows,
        })
    }

    /// Reads every row with `read_row`, keeping the rows that had no problem.
    pub fn rows<T>(
        &self,
        problems: &mut Vec<Problem>,
        mut read_row: impl FnMut(&mut Row<'_>) -> T,
    ) -> Vec<T> {
        let mut out = Vec::with_capacity(self.records.len());
        for record in &self.records {
            let mut row = Row {
                table: self,
                record,
                problems,
                bad: false,
            };
            let value = read_row(&mut row);
            if !row.bad {
                out.push(value);
            }
        }
        out
    }
}

/// Offsets of every `\n` in `bytes`.
fn memchr_all(bytes: &[u8]) -> Vec<usize> {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
        .collect()
}

fn csv_problem(file: &str, err: &csv::Error) -> Problem {
    let location = err
        .position()
        .map_or(Location::File, |p| Location::Line(p.line()));
    Problem {
        file: file.to_string(),
        location,
        field: None,
        message: format!("unreadable CSV: {}", sanitize(&err.to_string())),
    }
}

fn check_header(
    file: &str,
    header: &csv::StringRecord,
    columns: &[&'static str],
    problems: &mut Vec<Problem>,
) -> Option<HashMap<&'static str, usize>> {
    let before = problems.len();
    let mut index = HashMap::new();
    let at = |column: usize| Location::Cell {
        line: 1,
        column: column as u64,
    };
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        match columns.iter().find(|c| **c == name) {
            Some(known) if index.contains_key(known) => problems.push(Problem {
                file: file.to_string(),
                location: at(i + 1),
                field: None,
                message: format!("duplicate column {}", quoted(name)),
            }),
            Some(known) => {
                index.insert(*known, i);
            }
            None => problems.push(Problem {
                file: file.to_string(),
                location: at(i + 1),
                field: None,
                message: format!(
                    "unexpected column {}: the columns are {}",
                    quoted(name),
                    columns.join(",")
                ),
            }),
        }
    }
    for column in columns {
        if !index.contains_key(column) {
            problems.push(Problem {
                file: file.to_string(),
                location: Location::Line(1),
                field: None,
                message: format!("missing column \"{column}\""),
            });
        }
    }
    (problems.len() == before).then_some(index)
}

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
    table: &'a Table,
    record: &'a csv::StringRecord,
    problems: &'a mut Vec<Problem>,
    bad: bool,
}

impl Row<'_> {
    pub fn line(&self) -> u64 {
        let byte = self.record.position().map_or(0, csv::Position::byte);
        let newlines = &self.table.newlines;
        newlines.partition_point(|&n| (n as u64) < byte) as u64 + 1
    }

    fn raw(&self, column: &'static str) -> &str {
        let i = self.table.index[column];
        self.record.get(i).unwrap_or("").trim()
    }

    /// Records a problem with the given column.
    pub fn fail(&mut self, column: &'static str, message: String) {
        self.bad = true;
        self.problems.push(Problem {
            file: self.table.file.clone(),
            location: Location::Cell {
                line: self.line(),
                column: self.table.index[column] as u64 + 1,
            },
            field: Some(column.to_string()),
            message,
        });
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

    /// A year such as `2018`.
    pub fn year(&mut self, column: &'static str) -> i32 {
        let raw = self.raw(column);
        match PartialDate::parse(raw) {
            Ok(date) if date.month().is_none() => date.year(),
            _ if raw.is_empty() => {
                self.fail(column, "required, but empty".to_string());
                0
            }
            _ => {
                let msg = format!("expected a year as YYYY, found {}", quoted(raw));
                self.fail(column, msg);
                0
            }
        }
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
    pub fn field(&self, column: &'static str) -> &str {
        self.raw(column)
    }
}
