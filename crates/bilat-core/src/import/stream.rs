//! Reading a large input file (a dyad-year file of 80-150 MB) record by record in constant
//! memory: fields decoded as UTF-8 or latin-1 ([`super::decode`]), columns found by name,
//! every problem located by file, line and column, and a progress bar on a terminal.

use std::fs::File;
use std::io::{BufReader, IsTerminal, Read};
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};

use crate::data::{Location, Problem, quoted, sanitize};

use super::ImportError;

/// The header row: where each named column is.
pub struct Header {
    pub label: String,
    pub names: Vec<String>,
    pub line: u64,
}

impl Header {
    /// The index of the first of `names` the header has (names are matched ignoring case,
    /// as peacesciencer lowercases them), or an error naming the column missing.
    pub fn require(&self, names: &[&str], layout: &str) -> Result<usize, Problem> {
        self.find(names).ok_or_else(|| Problem {
            file: self.label.clone(),
            location: Location::Line(self.line),
            field: Some(names[0].to_string()),
            message: format!("missing column: {layout} has a column {}", quoted(names[0])),
        })
    }

    pub fn find(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.names.iter().position(|h| h.eq_ignore_ascii_case(n)))
    }
}

/// One record, its fields trimmed.
pub struct Record<'a> {
    pub label: &'a str,
    pub line: u64,
    record: &'a csv::ByteRecord,
}

impl Record<'_> {
    /// The field at `index` as text (empty if the row is short); latin-1 where not UTF-8.
    pub fn get(&self, index: usize) -> std::borrow::Cow<'_, str> {
        let bytes = self.record.get(index).unwrap_or(b"");
        match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text.trim()),
            Err(_) => std::borrow::Cow::Owned(super::decode(bytes).trim().to_string()),
        }
    }

    pub fn place(&self) -> String {
        format!("{}:{}", self.label, self.line)
    }

    pub fn problem(&self, index: usize, name: &str, message: String) -> Problem {
        Problem {
            file: self.label.to_string(),
            location: Location::Cell {
                line: self.line,
                column: index as u64 + 1,
            },
            field: Some(name.to_string()),
            message,
        }
    }

    /// A whole number; an error naming the cell otherwise.
    pub fn whole(&self, index: usize, name: &str) -> Result<i64, Problem> {
        let raw = self.get(index);
        raw.parse::<i64>().map_err(|_| {
            self.problem(
                index,
                name,
                format!("expected a whole number, found {}", quoted(&raw)),
            )
        })
    }

    /// A COW state number.
    pub fn ccode(&self, index: usize, name: &str) -> Result<u16, Problem> {
        let n = self.whole(index, name)?;
        u16::try_from(n).map_err(|_| {
            self.problem(
                index,
                name,
                format!("expected a COW state number, found {n}"),
            )
        })
    }
}

/// Reads `path`: `header` with the first non-blank record, then `row` with every later one.
pub fn read<H>(
    path: &Path,
    header: impl FnOnce(&Header) -> Result<H, Problem>,
    mut row: impl FnMut(&H, &Record<'_>) -> Result<(), Problem>,
) -> Result<(), ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let file = File::open(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let total = file.metadata().map_or(0, |m| m.len());
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta} left",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let input = progress.wrap_read(BufReader::with_capacity(1 << 20, file));
    let result = read_from(&label, input, header, &mut row);
    progress.finish_and_clear();
    result
}

fn read_from<H>(
    label: &str,
    input: impl Read,
    header: impl FnOnce(&Header) -> Result<H, Problem>,
    row: &mut impl FnMut(&H, &Record<'_>) -> Result<(), Problem>,
) -> Result<(), ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    let mut state: Option<H> = None;
    let mut header = Some(header);
    loop {
        let more = reader.read_byte_record(&mut record).map_err(|err| {
            ImportError::Problem(Problem {
                file: label.to_string(),
                location: err
                    .position()
                    .map_or(Location::File, |p| Location::Line(p.line())),
                field: None,
                message: format!("unreadable CSV: {}", sanitize(&err.to_string())),
            })
        })?;
        if !more {
            break;
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let line = record.position().map_or(0, csv::Position::line);
        match (&state, header.take()) {
            (None, Some(read_header)) => {
                let names = record
                    .iter()
                    .map(|n| {
                        let n = n.strip_prefix(b"\xef\xbb\xbf").unwrap_or(n);
                        super::decode(n).trim().trim_matches('"').to_string()
                    })
                    .collect();
                let found = Header {
                    label: label.to_string(),
                    names,
                    line,
                };
                state = Some(read_header(&found).map_err(ImportError::Problem)?);
            }
            (Some(state), _) => {
                let r = Record {
                    label,
                    line,
                    record: &record,
                };
                row(state, &r).map_err(ImportError::Problem)?;
            }
            (None, None) => unreachable!("the header is read first"),
        }
    }
    if state.is_none() {
        return Err(ImportError::Problem(Problem::in_file(
            label,
            "the file is empty: expected a header row",
        )));
    }
    Ok(())
}
