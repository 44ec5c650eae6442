//! SIPRI's Arms Transfers Database, trade register export: the deals between the pair, in
//! either direction, as rows of `arms.csv`.
//!
//! The export is latin-1 text: a preamble (about 11 lines, or 4 in the older `;`-separated
//! `.txt`), then a header row. Columns are found by their header names; the unnamed column
//! after `Year of order`, `Number ordered` and `Number delivered` holds SIPRI's `?` of
//! uncertainty. TIV (trend-indicator value) is SIPRI's volume index, not money.

use std::path::PathBuf;

use crate::data::{Country, Location, Problem, Problems, TableId, quoted, sanitize};

use super::sipri_fields::{self, Field};
use super::{Batch, ImportError, ImportedRow, SourceEntry, Tally};

/// The tag every imported row cites, and by which a later import finds the rows to replace.
pub const TAG: &str = "sipri";

/// How far into the file the header row may be.
const MAX_PREAMBLE_LINES: usize = 40;

/// The columns a trade register must have, by the names its header gives them.
const REQUIRED: [&str; 11] = [
    "Recipient",
    "Supplier",
    "Year of order",
    "Number ordered",
    "Weapon designation",
    "Weapon description",
    "Number delivered",
    "Year(s) of delivery",
    "SIPRI TIV per unit",
    "SIPRI TIV for total order",
    "SIPRI TIV of delivered weapons",
];

/// Columns read where the header has them.
const OPTIONAL: [&str; 2] = ["Status", "Comments"];

/// Older names of the same columns.
const ALIASES: [(&str, &str); 3] = [
    ("Year of order/licence", "Year of order"),
    ("Year(s) of deliveries", "Year(s) of delivery"),
    ("Number delivered/produced", "Number delivered"),
];

/// Columns whose next, unnamed column holds the `?` of uncertainty.
const MARKED: [&str; 3] = ["Year of order", "Number ordered", "Number delivered"];

/// The header row: where it is, the separator, and each column's field index.
pub(super) struct Header {
    /// 1-based line of the file.
    pub line: u64,
    pub delimiter: u8,
    pub columns: Vec<(&'static str, usize)>,
    /// Value column → its uncertainty column.
    pub marks: Vec<(&'static str, usize)>,
    pub width: usize,
}

impl Header {
    pub fn index(&self, column: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }
}

/// Splits one line into fields as the CSV reader would.
fn fields_of(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(line.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(|f| f.trim().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The known column a header name stands for.
fn known(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let same = |a: &str| a.eq_ignore_ascii_case(name);
    REQUIRED
        .iter()
        .chain(OPTIONAL.iter())
        .copied()
        .find(|c| same(c))
        .or_else(|| ALIASES.iter().find(|(old, _)| same(old)).map(|(_, c)| *c))
}

/// Finds the header row in the first lines: the one naming both `Recipient` and `Supplier`.
fn find_header(label: &str, lines: &[&str]) -> Result<Header, Problem> {
    for (i, line) in lines.iter().take(MAX_PREAMBLE_LINES).enumerate() {
        for delimiter in [b',', b';', b'\t'] {
            let names = fields_of(line, delimiter);
            let has = |c: &str| names.iter().any(|n| known(n) == Some(c));
            if !(has("Recipient") && has("Supplier")) {
                continue;
            }
            return header(label, i as u64 + 1, delimiter, &names);
        }
    }
    Err(Problem::in_file(
        label,
        format!(
            "no header row naming Recipient and Supplier in the first {MAX_PREAMBLE_LINES} \
             lines: expected a SIPRI trade register export"
        ),
    ))
}

fn header(label: &str, line: u64, delimiter: u8, names: &[String]) -> Result<Header, Problem> {
    let mut columns = Vec::new();
    let mut marks = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if let Some(column) = known(name) {
            columns.push((column, i));
            let next_unnamed = names.get(i + 1).is_some_and(|n| n.is_empty());
            if MARKED.contains(&column) && next_unnamed {
                marks.push((column, i + 1));
            }
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.iter().any(|(k, _)| k == c))
        .collect();
    if !missing.is_empty() {
        return Err(Problem {
            file: label.to_string(),
            location: Location::Line(line),
            field: None,
            message: format!(
                "missing column{} {} in the SIPRI header",
                if missing.len() == 1 { "" } else { "s" },
                missing
                    .iter()
                    .map(|m| quoted(m))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    Ok(Header {
        line,
        delimiter,
        columns,
        marks,
        width: names.len(),
    })
}

/// When the export was made, if the preamble says (`Information generated: 10 March 2025`).
fn generated(preamble: &[&str]) -> Option<String> {
    preamble.iter().find_map(|line| {
        let lower = line.to_ascii_lowercase();
        let at = lower.find("generated")?;
        let rest = &line[at + "generated".len()..];
        let date = rest
            .trim_start_matches([' ', ':', ',', ';', '"'])
            .trim_end_matches([' ', ',', ';', '"']);
        (!date.is_empty()).then(|| crate::data::sanitize(date).into_owned())
    })
}

/// What one trade register holds for the pair.
#[derive(Debug)]
pub struct Register {
    pub rows: Vec<ImportedRow>,
    pub tally: Tally,
    /// The export's date, as its preamble gives it.
    pub generated: Option<String>,
}

/// Reads a trade register: the pair's deals as `arms.csv` rows, the others counted as
/// skipped, or every located problem. `label` names the file in messages, `file_name` in
/// each row's source.
pub fn parse(
    label: &str,
    file_name: &str,
    bytes: &[u8],
    pair: &[Country; 2],
) -> Result<Register, Problems> {
    let text = super::input::decode(bytes).replace("\r\n", "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    let header = find_header(label, &lines).map_err(|p| Problems(vec![p]))?;
    let preamble = &lines[..header.line as usize - 1];
    let generated = generated(preamble);
    let source_text = match &generated {
        Some(date) => format!("SIPRI Arms Transfers Database, {file_name} (generated {date})"),
        None => format!("SIPRI Arms Transfers Database, {file_name}"),
    };
    let body = lines[header.line as usize..].join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(header.delimiter)
        .from_reader(body.as_bytes());
    let mut problems = Vec::new();
    let mut tally = Tally::default();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let message = format!(
                    "unreadable CSV: {}",
                    crate::data::sanitize(&err.to_string())
                );
                problems.push(Problem::in_file(label, message));
                break;
            }
        }
        let line = header.line + record.position().map_or(1, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        tally.read += 1;
        if record.len() < header.width {
            problems.push(Problem {
                file: label.to_string(),
                location: Location::Line(line),
                field: None,
                message: format!(
                    "expected {} fields as in the header, found {}: is the row cut short?",
                    header.width,
                    record.len()
                ),
            });
            continue;
        }
        let field = |column: &str| -> Field {
            let at = header.index(column).unwrap_or(usize::MAX);
            Field {
                column: column.to_string(),
                index: at,
                text: record.get(at).unwrap_or("").trim().to_string(),
                mark: header
                    .marks
                    .iter()
                    .find(|(c, _)| *c == column)
                    .and_then(|(_, i)| record.get(*i))
                    .unwrap_or("")
                    .trim()
                    .to_string(),
            }
        };
        let supplier = field("Supplier");
        let recipient = field("Recipient");
        let (Some(from), Some(to)) = (
            country(pair, &supplier.text),
            country(pair, &recipient.text),
        ) else {
            tally.skip("rows of other pairs", || format!("{label}:{line}"));
            continue;
        };
        if from == to {
            tally.skip("rows of other pairs", || format!("{label}:{line}"));
            continue;
        }
        let at = sipri_fields::Place { label, line };
        match sipri_fields::row(&at, &field, [from, to], &source_text) {
            Ok(row) => {
                tally.kept += 1;
                rows.push(row);
            }
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(Register {
            rows,
            tally,
            generated,
        })
    } else {
        Err(Problems(problems))
    }
}

/// The pair's country a register's name stands for (`Russia`, or its code).
fn country<'a>(pair: &'a [Country; 2], name: &str) -> Option<&'a str> {
    let name = name.trim();
    pair.iter()
        .find(|c| c.name.eq_ignore_ascii_case(name) || c.code.eq_ignore_ascii_case(name))
        .map(|c| c.code.as_str())
}

/// Reads each trade register in `files` into one batch for [`super::write`]: the pair's
/// deals, SIPRI as their source (naming the files and their dates), the others counted.
pub fn read(files: &[PathBuf], countries: &[Country; 2]) -> Result<Batch, ImportError> {
    let mut rows = Vec::new();
    let mut tally = Tally::default();
    let mut named = Vec::new();
    for path in files {
        let label = sanitize(&path.display().to_string()).into_owned();
        let bytes = crate::data::read_file(path, &label).map_err(ImportError::Problem)?;
        let name = path.file_name().map_or(label.clone(), |n| {
            sanitize(&n.to_string_lossy()).into_owned()
        });
        let register = parse(&label, &name, &bytes, countries).map_err(ImportError::Problems)?;
        tally.read += register.tally.read;
        tally.kept += register.tally.kept;
        for skip in register.tally.skipped {
            match tally.skipped.iter_mut().find(|s| s.reason == skip.reason) {
                Some(s) => s.count += skip.count,
                None => tally.skipped.push(skip),
            }
        }
        rows.extend(register.rows);
        named.push(match register.generated {
            Some(date) => format!("{name}, generated {date}"),
            None => name,
        });
    }
    Ok(Batch {
        source: SourceEntry {
            tag: TAG,
            publisher: "SIPRI (Stockholm International Peace Research Institute)".to_string(),
            title: format!(
                "Arms Transfers Database, trade register ({})",
                named.join("; ")
            ),
        },
        table: TableId::Arms,
        rows,
        series: Vec::new(),
        tally,
    })
}
