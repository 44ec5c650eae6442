//! Reading an input file of a public source: CSV with a header row, columns found by name,
//! every problem located by file, line and column.

use std::path::Path;

use crate::data::{Location, Problem, quoted, read_file, sanitize};

use super::ImportError;

/// A downloaded file as text: UTF-8 if it is that, else latin-1 as SIPRI and UN Comtrade
/// write theirs (decoded as windows-1252, its superset, so that typographic quotes come
/// through too). A byte-order mark is dropped.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text.into_owned()
        }
    }
}

/// Where each named column is in a file's header.
pub(super) struct Header {
    pub label: String,
    pub names: Vec<String>,
}

impl Header {
    /// The field index of `column`, or an error naming the file, the header's line and the
    /// column missing.
    pub fn require(&self, column: &'static str, line: u64, layout: &str) -> Result<usize, Problem> {
        self.find(column).ok_or_else(|| Problem {
            file: self.label.clone(),
            location: Location::Line(line),
            field: Some(column.to_string()),
            message: format!("missing column: {layout} has a column {}", quoted(column)),
        })
    }

    pub fn find(&self, column: &str) -> Option<usize> {
        self.names.iter().position(|n| n == column)
    }
}

/// One record of an input file, with its place for messages.
pub(super) struct Record<'a> {
    pub label: &'a str,
    pub line: u64,
    pub fields: &'a csv::StringRecord,
}

impl Record<'_> {
    pub fn get(&self, index: usize) -> &str {
        self.fields.get(index).unwrap_or("").trim()
    }

    /// `file:line`, for the report.
    pub fn place(&self) -> String {
        format!("{}:{}", self.label, self.line)
    }

    /// A problem in the field at `index` (the column `name`).
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

    /// The field at `index` as a finite number; empty is `None`; anything else an error.
    pub fn number(&self, index: usize, name: &str, unit: &str) -> Result<Option<f64>, Problem> {
        let raw = self.get(index);
        if raw.is_empty() {
            return Ok(None);
        }
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Some(v)),
            _ => Err(self.problem(
                index,
                name,
                format!("expected a number of {unit}, found {}", quoted(raw)),
            )),
        }
    }
}

/// Reads `path`: calls `header` with the first non-blank record, then `row` with each
/// later non-blank record. The file is read whole (at most [`crate::data::MAX_FILE_BYTES`]).
pub(super) fn read<H>(
    path: &Path,
    header: impl FnOnce(&Header, u64) -> Result<H, Problem>,
    mut row: impl FnMut(&H, &Record<'_>) -> Result<(), Problem>,
) -> Result<(), ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let bytes = read_file(path, &label).map_err(ImportError::Problem)?;
    let text = decode(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut fields = csv::StringRecord::new();
    let mut state: Option<H> = None;
    let mut header_fn = Some(header);
    // Lines counted from byte offsets: records start after the line breaks before them.
    let (mut counted_to, mut line) = (0usize, 1u64);
    loop {
        let more = reader.read_record(&mut fields).map_err(|err| {
            ImportError::Problem(Problem {
                file: label.clone(),
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
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let start = fields.position().map_or(0, |p| p.byte() as usize);
        let start =
            start + (text[start..].len() - text[start..].trim_start_matches(['\r', '\n']).len());
        line += text.as_bytes()[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = start;
        match (&state, header_fn.take()) {
            (None, Some(read_header)) => {
                let names = fields.iter().map(|n| n.trim().to_string()).collect();
                let found = Header {
                    label: label.clone(),
                    names,
                };
                state = Some(read_header(&found, line).map_err(ImportError::Problem)?);
            }
            (Some(state), _) => {
                let record = Record {
                    label: &label,
                    line,
                    fields: &fields,
                };
                row(state, &record).map_err(ImportError::Problem)?;
            }
            (None, None) => unreachable!("the header is read before any row"),
        }
    }
    if state.is_none() {
        return Err(ImportError::Problem(Problem::in_file(
            &label,
            "the file is empty: expected a header row",
        )));
    }
    Ok(())
}
