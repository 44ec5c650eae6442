//! The result of the printed query ([`super::sql`]) as the cooperation table's rows: a CSV
//! file whose header names the columns, in any order.

use std::io::Read;

use crate::data::{CooperationMonth, Location, Problem, Problems, TableId, sanitize};

/// The columns the query gives, which the result must have: the cooperation table's own,
/// up to the provenance columns bilat adds.
pub fn result_columns() -> &'static [&'static str] {
    let names = TableId::Cooperation.spec().columns.names;
    let figures = names.iter().take_while(|c| **c != "quality").count();
    &names[..figures]
}

/// Reads the query's result from `input` (`label` names it in problems), each row citing
/// `source_text`. Engines' ways of writing NULL (`\N`, `NULL`) read as empty.
pub fn read(
    label: &str,
    input: impl Read,
    source_text: &str,
) -> Result<Vec<CooperationMonth>, Problems> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(input);
    let fail = |location: Location, message: String| {
        Problems(vec![Problem {
            file: label.to_string(),
            location,
            field: None,
            message,
        }])
    };
    let header = reader
        .headers()
        .map_err(|e| fail(Location::Line(1), format!("not a CSV file: {e}")))?
        .clone();
    let names: Vec<String> = header
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let missing: Vec<&str> = result_columns()
        .iter()
        .copied()
        .filter(|c| !names.iter().any(|n| n == c))
        .collect();
    if !missing.is_empty() {
        return Err(fail(
            Location::Line(1),
            format!(
                "the header lacks {}: expected the columns of bilat's printed query ({}), found {}",
                missing.join(", "),
                result_columns().join(","),
                sanitize(&names.join(","))
            ),
        ));
    }
    let position = |c: &str| names.iter().position(|n| n == c).unwrap_or(usize::MAX);
    let positions: Vec<usize> = result_columns().iter().map(|c| position(c)).collect();
    // The rows in the table's own columns, line for line, for the table's reader.
    let table_columns = TableId::Cooperation.spec().columns.names;
    let mut table = csv::Writer::from_writer(Vec::new());
    let written = table.write_record(table_columns);
    written.map_err(|e| fail(Location::File, e.to_string()))?;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(fail(Location::Line(line), format!("not valid CSV: {e}")));
            }
        }
        let field = |i: usize| match record.get(i).map(str::trim) {
            None | Some("\\N" | "NULL" | "null") => "",
            Some(value) => value,
        };
        let mut row: Vec<&str> = positions.iter().map(|&i| field(i)).collect();
        row.extend(["", "", "", source_text]);
        table
            .write_record(&row)
            .map_err(|e| fail(Location::File, e.to_string()))?;
    }
    let bytes = table
        .into_inner()
        .map_err(|e| fail(Location::File, e.to_string()))?;
    crate::data::read_cooperation_rows(label, bytes.as_slice()).map_err(|found| {
        // Point at the result's own columns, not the table's.
        let relocated = found.0.into_iter().map(|mut p| {
            if let (Location::Cell { line, .. }, Some(field)) = (&p.location, &p.field) {
                let column = position(field);
                p.location = if column == usize::MAX {
                    // A column bilat adds, which the result does not have.
                    Location::Line(*line)
                } else {
                    Location::Cell {
                        line: *line,
                        column: column as u64 + 1,
                    }
                };
            }
            p
        });
        Problems(relocated.collect())
    })
}
