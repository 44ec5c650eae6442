//! `--format json`: the whole dataset as one JSON document, and [`load_json`], which reads
//! such a document back through the same loader and checks as a dataset folder (that side
//! lives in `json_read`).

use serde::Serialize;
use serde::ser::SerializeMap;

use super::manifest::ManifestDoc;
use super::tables::{self, Cell, Table};
use crate::data::{Dataset, TableId};

pub use super::json_read::load_json;

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
pub(super) const PERIOD_DATES: [&str; 2] = ["period_start", "period_end"];

/// Beside a trade figure `value_usd_bn`: `value_usd_bn_decimals` where the number hides
/// printed decimals (`3.10`), and `value_usd_bn_bound` (`at-least`) for a lower bound.
pub(super) const DECIMALS: &str = "_decimals";
pub(super) const BOUND: &str = "_bound";

impl Serialize for RowObject<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, cell) in self.columns.iter().zip(self.cells) {
            match cell {
                Cell::Empty => map.serialize_entry(column, &())?,
                Cell::Text(text) => map.serialize_entry(column, text)?,
                Cell::Whole(n) => map.serialize_entry(column, n)?,
                Cell::Number(x) => map.serialize_entry(column, x)?,
                Cell::Figure(f) => {
                    // The number at its printed decimals, and what a number cannot say
                    // beside it: decimals lost to trailing zeros, and a bound.
                    map.serialize_entry(column, f)?;
                    if f.json_hides_decimals() {
                        map.serialize_entry(&format!("{column}{DECIMALS}"), &f.decimals)?;
                    }
                    if !f.is_exact() {
                        map.serialize_entry(&format!("{column}{BOUND}"), &f.bound)?;
                    }
                }
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

/// The document: its version, the manifest, then an array for each table the dataset has,
/// keyed by the table's name, in [`TABLES`](crate::data::TABLES) order.
struct DocumentOut<'a> {
    manifest: ManifestDoc,
    tables: Vec<(&'static str, Vec<RowObject<'a>>)>,
}

impl Serialize for DocumentOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2 + self.tables.len()))?;
        map.serialize_entry("schema", &SCHEMA)?;
        map.serialize_entry("manifest", &self.manifest)?;
        for (name, rows) in &self.tables {
            map.serialize_entry(name, rows)?;
        }
        map.end()
    }
}

/// A table's rows as objects; trade rows also carry their period's first and last days.
fn objects<'a>(data: &Dataset, table: &'a Table) -> Vec<RowObject<'a>> {
    let columns = table.columns();
    // The trade table's rows are the dataset's, in its order.
    let trade = (table.spec.id == TableId::Trade).then_some(&data.trade);
    table
        .rows
        .iter()
        .enumerate()
        .map(|(i, cells)| RowObject {
            columns,
            cells,
            period_dates: trade
                .and_then(|rows| rows.get(i))
                .map(|row| [row.period.start_date(), row.period.end_date()]),
        })
        .collect()
}

/// The document, pretty-printed, ending with a line feed.
pub fn document(data: &Dataset) -> String {
    let tables = tables::tables(data);
    pretty(&document_out(data, &tables))
}

/// Two to four datasets' documents side by side, for `export --compare`: `{"schema",
/// "compare": [a, b, ...]}`, each document exactly as [`document`] writes it, so each loads
/// back alone.
pub fn compare_document(pairs: &[&Dataset]) -> String {
    #[derive(Serialize)]
    struct CompareOut<'a> {
        schema: u32,
        compare: Vec<DocumentOut<'a>>,
    }
    let tables: Vec<Vec<Table>> = pairs.iter().map(|data| tables::tables(data)).collect();
    pretty(&CompareOut {
        schema: SCHEMA,
        compare: pairs
            .iter()
            .zip(&tables)
            .map(|(data, tables)| document_out(data, tables))
            .collect(),
    })
}

fn pretty(doc: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(doc).expect("plain data serializes");
    text.push('\n');
    text
}

fn document_out<'a>(data: &Dataset, tables: &'a [Table]) -> DocumentOut<'a> {
    DocumentOut {
        manifest: ManifestDoc::from(&data.manifest),
        tables: tables
            .iter()
            .map(|table| (table.spec.name, objects(data, table)))
            .collect(),
    }
}
