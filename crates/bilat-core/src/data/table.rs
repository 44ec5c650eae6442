//! Reading one CSV table: header checks, then typed fields that report located problems.

use std::collections::HashMap;
use std::io::Read;

use super::problem::{Location, Problem, quoted};
use super::row::Row;
use super::scanner::{MAX_RECORD_BYTES, RecordTooLong, Scanner};
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

/// A table's columns: the current names in file order, which of them a file may leave out,
/// and the older names still read.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    pub names: &'static [&'static str],
    /// Columns a file may leave out; their fields read as empty.
    pub optional: &'static [&'static str],
    /// (older name, current name).
    pub renamed: &'static [(&'static str, &'static str)],
}

impl Columns {
    /// Every column required, none renamed.
    pub const fn fixed(names: &'static [&'static str]) -> Columns {
        Columns {
            names,
            optional: &[],
            renamed: &[],
        }
    }
}

/// What rows need to know of their table: its file and where each column is.
pub struct Table {
    pub(super) file: String,
    /// Column names and their field index in each record (a short list: a scan beats a hash).
    pub(super) index: Vec<(&'static str, usize)>,
    /// Columns this file names by an older name: (current, as written), for messages.
    pub(super) written_as: Vec<(&'static str, &'static str)>,
}

impl Table {
    /// The field index of a column the table was checked to have.
    pub(super) fn position(&self, column: &'static str) -> usize {
        self.index
            .iter()
            .find(|(name, _)| std::ptr::eq(*name, column) || *name == column)
            .map_or(usize::MAX, |(_, i)| *i)
    }

    /// The column's name as this file's header writes it.
    pub(super) fn name_in_file(&self, column: &'static str) -> &'static str {
        self.written_as
            .iter()
            .find(|(current, _)| *current == column)
            .map_or(column, |(_, old)| old)
    }
}

/// Streams a CSV table from `input`: checks the header against `columns`, then reads each
/// row with `read_row` into one reused record, keeping the rows that had no problem.
/// Problems go to `problems`; nothing but the kept values stays in memory.
pub fn read_table<T>(
    file: &str,
    input: impl Read,
    columns: &Columns,
    problems: &mut Vec<Problem>,
    mut read_row: impl FnMut(&mut Row<'_>) -> T,
) -> Vec<T> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(Scanner::new(input));
    let mut record = csv::StringRecord::new();
    // The header is the first line that is not blank.
    loop {
        match reader.read_record(&mut record) {
            Ok(true) if record.iter().all(|f| f.trim().is_empty()) => continue,
            Ok(true) => break,
            Ok(false) => {
                problems.push(Problem::in_file(
                    file,
                    format!(
                        "the file is empty: expected a header row with the columns {}",
                        columns.names.join(",")
                    ),
                ));
                return Vec::new();
            }
            Err(err) => {
                problems.push(csv_problem(file, &err, reader.get_mut(), &[]));
                return Vec::new();
            }
        }
    }
    // The line the header ends on: the reader's position is past it (its start may be
    // counted from blank lines the reader skipped).
    let header_end = reader.position().byte();
    let header_line = reader.get_mut().line_at(header_end.saturating_sub(1));
    let Some(index) = check_header(file, &record, header_line, columns, problems) else {
        return Vec::new();
    };
    let written_as = columns
        .renamed
        .iter()
        .filter(|(old, _)| record.iter().any(|name| name.trim() == *old))
        .map(|(old, new)| (*new, *old))
        .collect();
    let table = Table {
        file: file.to_string(),
        index: index.into_iter().collect(),
        written_as,
    };
    let width = record.len();
    let mut out = Vec::new();
    // The start of the last record, and whether its value was kept.
    let mut last: Option<(u64, bool)> = None;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                // Past a byte that is not UTF-8, nothing more of the file can be trusted.
                problems.push(csv_problem(file, &err, reader.get_mut(), &table.index));
                last = None;
                break;
            }
        }
        let start = record.position().map_or(0, csv::Position::byte);
        let line = reader.get_mut().line_at(start);
        if record.iter().all(|f| f.trim().is_empty()) {
            last = None;
            continue;
        }
        if record.len() != width {
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
            last = Some((start, false));
            continue;
        }
        let mut row = Row {
            table: &table,
            record: &record,
            line,
            problems,
            bad: false,
        };
        let value = read_row(&mut row);
        let kept = !row.bad;
        if kept {
            out.push(value);
        }
        last = Some((start, kept));
    }
    // A quote opened and never closed swallows the rest of the file into one field.
    if let Some((start, kept)) = last
        && reader.get_mut().quotes_since(start) % 2 == 1
    {
        problems.push(Problem {
            file: file.to_string(),
            location: Location::Line(reader.get_mut().line_at(start)),
            field: None,
            message: "a quote opened in this record is never closed".to_string(),
        });
        if kept {
            out.pop();
        }
    }
    out
}

/// A reader error as a problem: bytes that are not UTF-8 are located to the field.
fn csv_problem<R: Read>(
    file: &str,
    err: &csv::Error,
    scanner: &mut Scanner<R>,
    index: &[(&'static str, usize)],
) -> Problem {
    if let csv::ErrorKind::Io(io) = err.kind()
        && io.get_ref().is_some_and(|e| e.is::<RecordTooLong>())
    {
        let start = scanner.record_start;
        let hint = if scanner.quotes_since(start) % 2 == 1 {
            "a quote opened in it is never closed"
        } else {
            "is this a CSV file?"
        };
        return Problem {
            file: file.to_string(),
            location: Location::Line(scanner.line_at(start)),
            field: None,
            message: format!(
                "a record longer than {} MiB: {hint}",
                MAX_RECORD_BYTES >> 20
            ),
        };
    }
    let line = err.position().map(|p| scanner.line_at(p.byte()));
    match (err.kind(), line) {
        (csv::ErrorKind::Utf8 { err: utf8, .. }, Some(line)) => {
            let column = utf8.field() as u64 + 1;
            let name = index
                .iter()
                .find(|(_, i)| *i == utf8.field())
                .map(|(name, _)| name.to_string());
            Problem {
                file: file.to_string(),
                location: Location::Cell { line, column },
                field: name,
                message: "not valid UTF-8: save the file as UTF-8 text".to_string(),
            }
        }
        (_, line) => Problem {
            file: file.to_string(),
            location: line.map_or(Location::File, Location::Line),
            field: None,
            message: format!("unreadable CSV: {}", sanitize(&err.to_string())),
        },
    }
}

fn check_header(
    file: &str,
    header: &csv::StringRecord,
    line: u64,
    columns: &Columns,
    problems: &mut Vec<Problem>,
) -> Option<HashMap<&'static str, usize>> {
    let before = problems.len();
    let mut index = HashMap::new();
    let at = |column: usize| Location::Cell {
        line,
        column: column as u64,
    };
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        let name = columns
            .renamed
            .iter()
            .find(|(old, _)| *old == name)
            .map_or(name, |(_, new)| new);
        match columns.names.iter().find(|c| **c == name) {
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
                    columns.names.join(",")
                ),
            }),
        }
    }
    for column in columns.names {
        if !index.contains_key(column) && !columns.optional.contains(column) {
            problems.push(Problem {
                file: file.to_string(),
                location: Location::Line(line),
                field: None,
                message: format!("missing column \"{column}\""),
            });
        }
    }
    (problems.len() == before).then_some(index)
}
