//! Reading a `--format json` document back: [`load_json`] turns it into a dataset folder in
//! memory (the manifest as `dataset.toml`, each array as a CSV table), so the same loader
//! and checks apply, and points any problem back at the document.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::json::{BOUND, DECIMALS, PERIOD_DATES, SCHEMA};
use super::manifest::ManifestDoc;
use super::tables;
use crate::data::{
    Bound, Columns, Dataset, Figure, Location, MANIFEST_FILE, Origin, Problem, Problems, TABLES,
    TableId, TableSpec, sanitize, table_named,
};

/// Only the version, read first so a document of another version is named as such rather
/// than reported as a pile of shape errors.
#[derive(Deserialize)]
struct Version {
    schema: Option<Value>,
}

/// A document as read: the manifest and the arrays it has. An optional table's array may be
/// left out (the dataset then lacks the table); any key that is not the schema, the manifest
/// or a table's name is an error at its line and column.
struct DocumentIn {
    manifest: ManifestDoc,
    /// In the order the document gives them.
    tables: Vec<(&'static TableSpec, Vec<Map<String, Value>>)>,
}

impl<'de> Deserialize<'de> for DocumentIn {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(DocumentVisitor)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = DocumentIn;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object with the schema, the manifest and the tables")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DocumentIn, A::Error> {
        let mut manifest = None;
        let mut tables: Vec<(&'static TableSpec, _)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                // Checked already, by [`Version`].
                "schema" => {
                    map.next_value::<u32>()?;
                }
                "manifest" if manifest.is_some() => {
                    return Err(de::Error::duplicate_field("manifest"));
                }
                "manifest" => manifest = Some(map.next_value()?),
                name => match table_named(name) {
                    Some(spec) if tables.iter().any(|(t, _)| t.id == spec.id) => {
                        return Err(de::Error::duplicate_field(spec.name));
                    }
                    Some(spec) => tables.push((spec, map.next_value()?)),
                    None => {
                        let keys: Vec<String> = ["schema", "manifest"]
                            .into_iter()
                            .chain(TABLES.iter().map(|t| t.name))
                            .map(|k| format!("`{k}`"))
                            .collect();
                        return Err(de::Error::custom(format!(
                            "unknown field `{}`, expected one of {}",
                            sanitize(name),
                            keys.join(", ")
                        )));
                    }
                },
            }
        }
        let manifest = manifest.ok_or_else(|| de::Error::missing_field("manifest"))?;
        let missing = TABLES
            .iter()
            .find(|spec| spec.is_required() && !tables.iter().any(|(t, _)| t.id == spec.id));
        if let Some(spec) = missing {
            return Err(de::Error::missing_field(spec.name));
        }
        Ok(DocumentIn { manifest, tables })
    }
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
    for (spec, rows) in &doc.tables {
        let columns = spec.columns.names;
        // Keys a row carries for its readers that loading derives again and so ignores.
        let derived: &[&str] = if spec.id == TableId::Trade {
            &PERIOD_DATES
        } else {
            &[]
        };
        let mut read = |(i, row): (usize, &Map<String, Value>)| {
            let at = format!("{}[{i}]", spec.name);
            let row = if spec.id == TableId::Trade {
                std::borrow::Cow::Owned(figure_cells(
                    label,
                    &at,
                    row,
                    &FIGURE_COLUMNS,
                    &mut problems,
                ))
            } else if spec.id == TableId::Indicators {
                std::borrow::Cow::Owned(figure_cells(label, &at, row, &["value"], &mut problems))
            } else {
                std::borrow::Cow::Borrowed(row)
            };
            csv_fields(label, &at, &spec.columns, derived, &row, &mut problems)
        };
        let fields: Vec<Vec<String>> = rows.iter().enumerate().map(&mut read).collect();
        files.insert(spec.file.to_string(), tables::to_csv(columns, fields));
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
    spec_columns: &Columns,
    derived: &[&str],
    row: &Map<String, Value>,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let columns = spec_columns.names;
    let mut fail = |column: &str, message: String| {
        problems.push(Problem {
            file: label.to_string(),
            location: Location::File,
            field: Some(format!("{at}.{}", sanitize(column))),
            message,
        });
    };
    for key in row
        .keys()
        .filter(|k| !columns.contains(&k.as_str()) && !derived.contains(&k.as_str()))
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
            // Documents written before an optional column existed lack it.
            None if spec_columns.optional.contains(&column) => String::new(),
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

/// A trade row with each figure's `_decimals` and `_bound` keys folded into the figure's
/// cell text (`3.10`, `>2.17`), as the CSV loader reads it.
fn figure_cells(
    label: &str,
    at: &str,
    row: &Map<String, Value>,
    columns: &[&str],
    problems: &mut Vec<Problem>,
) -> Map<String, Value> {
    let mut row = row.clone();
    for &column in columns {
        let decimals = row.remove(&format!("{column}{DECIMALS}"));
        let bound = row.remove(&format!("{column}{BOUND}"));
        if decimals.is_none() && bound.is_none() {
            continue;
        }
        let mut fail = |key: &str, message: &str| {
            problems.push(Problem {
                file: label.to_string(),
                location: Location::File,
                field: Some(format!("{at}.{column}{key}")),
                message: message.to_string(),
            });
        };
        let Some(Value::Number(n)) = row.get(column) else {
            fail("", "expected a number beside its _decimals or _bound");
            continue;
        };
        let Some(value) = n.as_f64() else {
            continue;
        };
        let decimals = match &decimals {
            None => Figure::parse(&number_text(n)).map_or(0, |f| f.decimals),
            Some(Value::Number(d)) if d.as_u64().is_some_and(|d| d <= 15) => {
                d.as_u64().unwrap_or(0) as u8
            }
            Some(_) => {
                fail(DECIMALS, "expected a whole number of decimals from 0 to 15");
                continue;
            }
        };
        let bound = match &bound {
            None => Bound::Exact,
            Some(Value::String(b)) if b == "at-least" => Bound::AtLeast,
            Some(_) => {
                fail(BOUND, "expected \"at-least\" (a lower bound) or no bound");
                continue;
            }
        };
        let figure = Figure {
            value,
            decimals,
            bound,
            // The row's `derived` column says so, read with the rest of the row.
            derived: false,
        };
        row.insert(column.to_string(), Value::String(figure.cell()));
    }
    row
}

/// The trade columns that hold figures kept as printed (the change in percent too).
const FIGURE_COLUMNS: [&str; 4] = [
    "value_usd_bn",
    "exports_usd_bn",
    "imports_usd_bn",
    "yoy_pct",
];

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
                let key = TABLES
                    .iter()
                    .find(|t| t.file == file)
                    .map_or(file, |t| t.name);
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
