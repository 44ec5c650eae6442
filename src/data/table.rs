//! Reading one CSV table: header checks, then typed fields that report located problems.

use std::collections::HashMap;

use super::problem::{Location, Problem, quoted};
use super::row::Row;
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
    pub(super) file: String,
    /// Byte offsets of every line feed, to give each record its real line (the csv crate's
    /// own count is off by one after a CRLF).
    pub(super) newlines: Vec<usize>,
    /// Column name → field index in each record.
    pub(super) index: HashMap<&'static str, usize>,
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
