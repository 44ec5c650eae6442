//! `--format json`: the whole dataset as one JSON document, and [`load_json`], which reads
//! such a document back through the same loader and checks as a dataset folder.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::manifest::ManifestDoc;
use super::tables::{self, Cell, Table};
use crate::data::{
    Dataset, EVENTS_FILE, EXERCISES_FILE, Location, MANIFEST_FILE, MEETINGS_FILE, Origin, Problem,
    Problems, TRADE_FILE, sanitize,
};

/// The version of the document's shape; raised only if a field changes meaning or goes away.
/// 2: trade rows name a `period` and a `series`, with the period's first and last days.
pub const SCHEMA: u32 = 2;

/// A row as an object whose keys keep the column order (serde_json's own map would sort
/// them).
struct RowObject<'a> {
    columns: &'a [&'a str],
    cells: &'a [Cell],
    /// A trade row's first and last days, for scripts; derived, so not read back.
    period_dates: Option<[String; 2]>,
}

/// Keys a document carries for its readers that loading derives again and so ignores.
const PERIOD_DATES: [&str; 2] = ["period_start", "period_end"];

impl Serialize for RowObject<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, cell) in self.columns.iter().zip(self.cells) {
            match cell {
                Cell::Empty => map.serialize_entry(column, &())?,
                Cell::Text(text) => map.serialize_entry(column, text)?,
                Cell::Whole(n) => map.serialize_entry(column, n)?,
                Cell::Number(x) => map.serialize_entry(column, x)?,
            }
        }
        if let Some(dates) = &self.period_dates {
            for (key, date) in PERIOD_DATES.iter().zip(dates) {
                map.serialize_entry(key, date)?;
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    schema: u32,
    manifest: ManifestDoc,
    trade: Vec<RowObject<'a>>,
    meetings: Vec<RowObject<'a>>,
    exercises: Vec<RowObject<'a>>,
    events: Vec<RowObject<'a>>,
}

fn objects(table: &Table) -> Vec<RowObject<'_>> {
    let columns = table.columns;
    table
        .rows
        .iter()
        .map(|cells| RowObject {
            columns,
            cells,
            period_dates: None,
        })
        .collect()
}

/// The document, pretty-printed, ending with a line feed.
pub fn document(data: &Dataset) -> String {
    let tables = tables::tables(data);
    pretty(&document_out(data, &tables))
}

/// Two datasets' documents side by side, for `export --compare`: `{"schema", "compare":
/// [a, b]}`, each document exactly as [`document`] writes it, so each loads back alone.
pub fn compare_document(a: &Dataset, b: &Dataset) -> String {
    #[derive(Serialize)]
    struct CompareOut<'a> {
        schema: u32,
        compare: [DocumentOut<'a>; 2],
    }
    let tables = [tables::tables(a), tables::tables(b)];
    pretty(&CompareOut {
        schema: SCHEMA,
        compare: [document_out(a, &tables[0]), document_out(b, &tables[1])],
    })
}

fn pretty(doc: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(doc).expect("plain data serializes");
    text.push('\n');
    text
}

fn document_out<'a>(data: &'a Dataset, tables: &'a [Table; 4]) -> DocumentOut<'a> {
    let [trade, meetings, exercises, events] = tables;
    DocumentOut {
        schema: SCHEMA,
        manifest: ManifestDoc::from(&data.manifest),
        trade: objects(trade)
            .into_iter()
            .zip(&data.trade)
            .map(|(object, row)| RowObject {
                period_dates: Some([row.period.start_date(), row.period.end_date()]),
                ..object
            })
            .collect(),
        meetings: objects(meetings),
        exercises: objects(exercises),
        events: objects(events),
    }
}

/// Each table's key in the document, its file in memory, and its columns.
const ARRAYS: [(&str, &str, &[&str]); 4] = [
    ("trade", TRADE_FILE, &tables::TRADE_COLUMNS),
    ("meetings", MEETINGS_FILE, &tables::MEETING_COLUMNS),
    ("exercises", EXERCISES_FILE, &tables::EXERCISE_COLUMNS),
    ("events", EVENTS_FILE, &tables::EVENT_COLUMNS),
];

/// Only the version, read first so a document of another version is named as such rather
/// than reported as a pile of shape errors.
#[derive(Deserialize)]
struct Version {
    schema: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn {
    #[serde(rename = "schema")]
    _schema: u32,
    manifest: ManifestDoc,
    trade: Vec<Map<String, Value>>,
    meetings: Vec<Map<String, Value>>,
    exercises: Vec<Map<String, Value>>,
    events: Vec<Map<String, Value>>,
}

/// Reads a document written by `bilat export --format json` as a dataset.
///
/// The manifest becomes `dataset.toml` text and each array a CSV table, in memory; the usual
/// loader then checks everything. Problems name the document (`label`) and the place in it:
/// `brief.json: trade[3].value_usd_bn: expected a number, found "n/a"`.
pub fn load_json(text: &str, label: &str) -> Result<Dataset, Problems> {
    let one = |field: Option<&str>, message: String| {
        Problems(vec![Problem {
            file: label.to_string(),
            location: Location::File,
            field: field.map(str::to_string),
            message,
        }])
    };
    let version: Version = serde_json::from_str(text).map_err(|e| json_problem(label, &e))?;
    match version.schema {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA)) => {}
        Some(other) => {
            let found = sanitize(&other.to_string()).into_owned();
            let message = format!("expected {SCHEMA}, the version this bilat reads, found {found}");
            return Err(one(Some("schema"), message));
        }
        None => {
            let message = "missing: expected a document from bilat export --format json";
            return Err(one(Some("schema"), message.to_string()));
        }
    }
    let doc: DocumentIn = serde_json::from_str(text).map_err(|e| json_problem(label, &e))?;

    let mut problems = Vec::new();
    let mut files = BTreeMap::new();
    files.insert(
        MANIFEST_FILE.to_string(),
        doc.manifest.to_toml().into_bytes(),
    );
    let arrays = [&doc.trade, &doc.meetings, &doc.exercises, &doc.events];
    for (&(key, file, columns), rows) in ARRAYS.iter().zip(arrays) {
        let mut read =
            |(i, row)| csv_fields(label, &format!("{key}[{i}]"), columns, row, &mut problems);
        let fields: Vec<Vec<String>> = rows.iter().enumerate().map(&mut read).collect();
        files.insert(file.to_string(), tables::to_csv(columns, fields));
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    let origin = Origin::Memory {
        label: label.to_string(),
        files: Arc::new(files),
    };
    Dataset::load(origin).map_err(|found| relocate(found, label))
}

/// A parse error at its line and column of the document.
fn json_problem(label: &str, err: &serde_json::Error) -> Problems {
    let text = sanitize(&err.to_string()).into_owned();
    // serde_json ends its message with the position, which the location already gives.
    let message = match text.rsplit_once(" at line ") {
        Some((message, _)) => message.to_string(),
        None => text,
    };
    Problems(vec![Problem {
        file: label.to_string(),
        location: Location::Cell {
            line: err.line() as u64,
            column: err.column() as u64,
        },
        field: None,
        message: format!("not a bilat JSON export: {message}"),
    }])
}

/// One row object as CSV fields in column order. Line breaks inside a string become spaces,
/// as the loader would make them anyway, so that each row stays one CSV line and a problem's
/// line number leads back to the row.
fn csv_fields(
    label: &str,
    at: &str,
    columns: &[&str],
    row: &Map<String, Value>,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let mut fail = |column: &str, message: String| {
        problems.push(Problem {
            file: label.to_string(),
            location: Location::File,
            field: Some(format!("{at}.{}", sanitize(column))),
            message,
        });
    };
    let derived = |k: &str| at.starts_with("trade[") && PERIOD_DATES.contains(&k);
    for key in row
        .keys()
        .filter(|k| !columns.contains(&k.as_str()) && !derived(k))
    {
        fail(
            key,
            format!("unknown column: expected {}", columns.join(", ")),
        );
    }
    columns
        .iter()
        .map(|&column| match row.get(column) {
            Some(Value::Null) => String::new(),
            Some(Value::String(text)) => text.replace("\r\n", " ").replace(['\r', '\n'], " "),
            Some(Value::Number(n)) => number_text(n),
            Some(other) => {
                let kind = match other {
                    Value::Bool(_) => "true or false",
                    Value::Array(_) => "a list",
                    _ => "an object",
                };
                fail(
                    column,
                    format!("expected a string, a number or null, found {kind}"),
                );
                String::new()
            }
            None => {
                fail(
                    column,
                    "missing: every row has every column (null when empty)".to_string(),
                );
                String::new()
            }
        })
        .collect()
}

/// A JSON number as the CSV loader reads it: whole numbers as written, others in Rust's
/// shortest round-trip form (never an exponent).
fn number_text(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        u.to_string()
    } else {
        n.as_f64().map(|x| x.to_string()).unwrap_or_default()
    }
}

/// The loader's problems point into the in-memory files (`brief.json:trade.csv:5:3`); point
/// them at the document instead (`brief.json: trade[3].value_usd_bn`).
fn relocate(found: Problems, label: &str) -> Problems {
    let moved = found.0.into_iter().map(|p| {
        let inside = p.file.strip_prefix(label).and_then(|f| f.strip_prefix(':'));
        let field = match inside {
            Some(MANIFEST_FILE) => match &p.field {
                Some(key) => format!("manifest.{key}"),
                None => "manifest".to_string(),
            },
            Some(file) => {
                let key = ARRAYS.iter().find(|a| a.1 == file).map_or(file, |a| a.0);
                let row = match p.location {
                    Location::Cell { line, .. } | Location::Line(line) => row_of(line),
                    Location::File => None,
                };
                let at = row.map_or(key.to_string(), |r| format!("{key}[{r}]"));
                match &p.field {
                    Some(column) => format!("{at}.{column}"),
                    None => at,
                }
            }
            None => return p,
        };
        // The one message that names a second line: a duplicate trade row.
        let message = match p.message.rsplit_once(" is already on line ") {
            Some((head, line)) => match line.parse().ok().and_then(row_of) {
                Some(row) => format!("{head} is already trade[{row}]"),
                None => p.message.clone(),
            },
            None => p.message.clone(),
        };
        Problem {
            file: label.to_string(),
            location: Location::File,
            field: Some(field),
            message,
        }
    });
    Problems(moved.collect())
}

/// Line 1 of a generated table is the header, so line `n` holds row `n - 2`.
fn row_of(line: u64) -> Option<u64> {
    line.checked_sub(2)
}
