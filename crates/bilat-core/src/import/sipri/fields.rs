//! One trade register row's fields as `arms.csv` fields: years and numbers with SIPRI's marks
//! of uncertainty (`?` in the next column, or brackets), delivery years, status and TIV.

use crate::data::{Location, Problem, TransferStatus, parse_delivery_years, quoted, sanitize};

use super::TAG;
use crate::import::ImportedRow;

/// A field of the row: its column's name, index and text, and its uncertainty mark.
pub(super) struct Field {
    pub column: String,
    pub index: usize,
    pub text: String,
    /// The next column's `?`, for the columns that have one; else empty.
    pub mark: String,
}

/// Where the row is, for messages.
pub(super) struct Place<'a> {
    pub label: &'a str,
    pub line: u64,
}

impl Place<'_> {
    fn problem(&self, field: &Field, message: String) -> Problem {
        Problem {
            file: self.label.to_string(),
            location: Location::Cell {
                line: self.line,
                column: field.index as u64 + 1,
            },
            field: Some(field.column.clone()),
            message,
        }
    }
}

/// The value without SIPRI's brackets, and whether it is marked uncertain (brackets, a
/// trailing `?`, or `?` in the column after).
fn unmarked(field: &Field) -> Result<(&str, bool), String> {
    let text = field.text.as_str();
    let (inner, bracketed) = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => (inner.trim(), true),
        None => (text, false),
    };
    let (inner, questioned) = match inner.strip_suffix('?') {
        Some(inner) => (inner.trim_end(), true),
        None => (inner, false),
    };
    let marked = match field.mark.as_str() {
        "" => false,
        "?" => true,
        other => {
            return Err(format!(
                "expected ? or nothing in the uncertainty column after it, found {}",
                quoted(other)
            ));
        }
    };
    Ok((inner, bracketed || questioned || marked))
}

/// A year or a whole number as `arms.csv` writes it: `2015`, `24?`; empty stays empty.
fn marked(field: &Field, year: bool) -> Result<String, String> {
    let (value, uncertain) = unmarked(field)?;
    if value.is_empty() {
        return Ok(String::new());
    }
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    let ok = digits && (!year || (value.len() == 4 && !value.starts_with('0')));
    if !ok {
        let what = if year { "a year" } else { "a whole number" };
        return Err(format!("expected {what}, found {}", quoted(&field.text)));
    }
    let value = value.trim_start_matches('0');
    let value = if value.is_empty() { "0" } else { value };
    Ok(format!("{value}{}", if uncertain { "?" } else { "" }))
}

/// Delivery years as SIPRI lists them (`2016; 2017`, `(2018)`, `2016-2018`), without marks,
/// and whether any was marked uncertain.
fn delivery_years(field: &Field) -> Result<(String, bool), String> {
    let mut uncertain = false;
    let mut parts = Vec::new();
    for part in field
        .text
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let bare = part.trim_matches(['(', ')', '?']).trim();
        uncertain |= bare.len() != part.len();
        parts.push(bare.to_string());
    }
    let text = parts.join("; ");
    match parse_delivery_years(&text) {
        Ok(_) => Ok((text, uncertain)),
        Err(rule) => Err(format!("{rule}, found {}", quoted(&field.text))),
    }
}

/// A TIV figure: millions of SIPRI TIV (a volume index, not money); empty stays empty.
fn tiv(field: &Field) -> Result<String, String> {
    let text = field.text.as_str();
    if text.is_empty() {
        return Ok(String::new());
    }
    let plain = text.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    match text.parse::<f64>() {
        Ok(v) if plain && v.is_finite() => Ok(v.to_string()),
        _ => Err(format!(
            "expected a number of SIPRI TIV (millions), found {}",
            quoted(text)
        )),
    }
}

/// The row for the pair's deal: `codes` are the supplier's and the recipient's.
pub(super) fn row(
    at: &Place<'_>,
    field: &dyn Fn(&str) -> Field,
    codes: [&str; 2],
    source_text: &str,
) -> Result<ImportedRow, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut row = ImportedRow::default();
    row.set("supplier", codes[0]);
    row.set("recipient", codes[1]);
    let mut put =
        |column: &'static str, sipri: &str, read: &dyn Fn(&Field) -> Result<String, String>| {
            let f = field(sipri);
            match read(&f) {
                Ok(value) => row.set(column, value),
                Err(message) => problems.push(at.problem(&f, message)),
            }
        };
    put("order_year", "Year of order", &|f| marked(f, true));
    put("ordered", "Number ordered", &|f| marked(f, false));
    put("delivered", "Number delivered", &|f| marked(f, false));
    put("tiv_unit", "SIPRI TIV per unit", &tiv);
    put("tiv_order", "SIPRI TIV for total order", &tiv);
    put("tiv_delivered", "SIPRI TIV of delivered weapons", &tiv);
    let designation = field("Weapon designation");
    if designation.text.is_empty() {
        problems.push(at.problem(&designation, "required, but empty".to_string()));
    }
    row.set("designation", sanitize(&designation.text));
    row.set("description", sanitize(&field("Weapon description").text));
    let mut note = Vec::new();
    let years = field("Year(s) of delivery");
    match delivery_years(&years) {
        Ok((text, uncertain)) => {
            row.set("delivery_years", text);
            if uncertain {
                note.push("SIPRI marks some delivery years uncertain.".to_string());
            }
        }
        Err(message) => problems.push(at.problem(&years, message)),
    }
    let status = field("Status");
    if !status.text.is_empty() {
        match TransferStatus::from_register(&status.text) {
            Some(s) => row.set("status", s.label()),
            None => problems.push(at.problem(
                &status,
                format!(
                    "expected New, Second hand or Second hand but modernized, found {}",
                    quoted(&status.text)
                ),
            )),
        }
    }
    let comments = field("Comments").text;
    if !comments.is_empty() {
        note.push(sanitize(&comments).into_owned());
    }
    row.set("note", note.join(" "));
    row.set("source_ids", TAG);
    row.set("source_text", source_text);
    if problems.is_empty() {
        Ok(row)
    } else {
        Err(problems)
    }
}
