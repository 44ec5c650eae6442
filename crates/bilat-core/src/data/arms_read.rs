//! How one `arms.csv` row becomes an [`ArmsDeal`]: country codes, years and numbers with
//! SIPRI's `?` of uncertainty, delivery years as lists and spans, status, TIV and value.

use super::arms::{ArmsDeal, Marked, TransferStatus};
use super::manifest::Manifest;
use super::problem::quoted;
use super::row::Row;

/// The widest span of delivery years one deal may give.
const MAX_DELIVERY_SPAN: i32 = 100;

pub fn read_arms(row: &mut Row<'_>, manifest: &Manifest) -> ArmsDeal {
    let supplier = country_code(row, "supplier");
    let recipient = country_code(row, "recipient");
    if !supplier.is_empty() && supplier == recipient {
        let msg = format!(
            "the supplier and the recipient are one country, found {}",
            quoted(&recipient)
        );
        row.fail("recipient", msg);
    }
    let order_year = marked_year(row, "order_year").unwrap_or(Marked {
        value: 0,
        uncertain: false,
    });
    let designation = row.required_text("designation");
    let description = row.text("description");
    let ordered = marked_count(row, "ordered");
    let delivered = marked_count(row, "delivered");
    let delivery_text = row.text("delivery_years");
    let delivery_years = read_delivery_years(row);
    let status = row.choice::<TransferStatus>("status");
    let tiv_unit = row.non_negative("tiv_unit");
    let tiv_order = row.non_negative("tiv_order");
    let tiv_delivered = row.non_negative("tiv_delivered");
    if tiv_delivered.is_some() && delivery_years.is_empty() && delivered.is_none() {
        row.fail(
            "tiv_delivered",
            "given for a deal with no delivery years and no number delivered: fill those, \
             or leave the TIV of deliveries empty"
                .to_string(),
        );
    }
    let value_usd_bn = row.non_negative("value_usd_bn");
    let (quality, note, citation) = super::rows::read_citation(row, manifest);
    ArmsDeal {
        supplier,
        recipient,
        order_year,
        designation,
        description,
        ordered,
        delivered,
        delivery_years,
        delivery_text,
        status,
        tiv_unit,
        tiv_order,
        tiv_delivered,
        value_usd_bn,
        quality,
        note,
        citation,
    }
}

/// A country as its ISO 3166-1 alpha-3 code: three capital letters.
fn country_code(row: &mut Row<'_>, column: &'static str) -> String {
    let raw = row.field(column);
    if raw.is_empty() {
        row.fail(column, "required, but empty".to_string());
    } else if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
        let msg = format!(
            "expected an ISO 3166-1 alpha-3 code in capitals (RUS, CHN, IND), found {}",
            quoted(raw)
        );
        row.fail(column, msg);
        return String::new();
    }
    raw.to_string()
}

/// A figure with SIPRI's optional trailing "?": `(digits, uncertain)`, or `None` if empty.
fn split_mark(raw: &str) -> (&str, bool) {
    match raw.strip_suffix('?') {
        Some(rest) => (rest.trim_end(), true),
        None => (raw, false),
    }
}

/// A year as `YYYY` or `YYYY?`; required.
fn marked_year(row: &mut Row<'_>, column: &'static str) -> Option<Marked<i32>> {
    let raw = row.field(column);
    if raw.is_empty() {
        row.fail(column, "required, but empty".to_string());
        return None;
    }
    let (digits, uncertain) = split_mark(raw);
    match year(digits) {
        Some(value) => Some(Marked { value, uncertain }),
        None => {
            let msg = format!(
                "expected a year as YYYY, with ? after it if uncertain, found {}",
                quoted(raw)
            );
            row.fail(column, msg);
            None
        }
    }
}

/// A four-digit year from 1000 on.
fn year(text: &str) -> Option<i32> {
    let ok = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0');
    ok.then(|| text.parse().ok()).flatten()
}

/// A whole number with an optional trailing "?", or `None` when empty.
fn marked_count(row: &mut Row<'_>, column: &'static str) -> Option<Marked<u32>> {
    let raw = row.field(column);
    if raw.is_empty() {
        return None;
    }
    let (digits, uncertain) = split_mark(raw);
    let parsed = digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse::<u32>().ok())
        .flatten();
    match parsed {
        Some(value) if !digits.is_empty() => Some(Marked { value, uncertain }),
        _ => {
            let msg = format!(
                "expected a whole number, with ? after it if uncertain, found {}",
                quoted(raw)
            );
            row.fail(column, msg);
            None
        }
    }
}

/// Years separated by `;`, each a year (`2016`) or a span (`2016-2018`).
fn read_delivery_years(row: &mut Row<'_>) -> Vec<i32> {
    let raw = row.field("delivery_years");
    match parse_delivery_years(raw) {
        Ok(years) => years,
        Err(rule) => {
            let msg = format!("{rule}, found {}", quoted(raw));
            row.fail("delivery_years", msg);
            Vec::new()
        }
    }
}

/// The years of `2016; 2017`, `1992-1996` or a mix, ascending, each once; empty for "".
pub fn parse_delivery_years(text: &str) -> Result<Vec<i32>, &'static str> {
    const FORM: &str = "expected years as YYYY or YYYY-YYYY separated by ';'";
    let mut years = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                let (Some(a), Some(b)) = (year(a.trim()), year(b.trim())) else {
                    return Err(FORM);
                };
                if b < a {
                    return Err("a span of years ends before it starts");
                }
                if b - a > MAX_DELIVERY_SPAN {
                    return Err("a span of delivery years runs over a hundred years");
                }
                years.extend(a..=b);
            }
            None => years.push(year(part).ok_or(FORM)?),
        }
    }
    years.sort_unstable();
    years.dedup();
    Ok(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivery_years_read_lists_and_spans() {
        assert_eq!(parse_delivery_years(""), Ok(vec![]));
        assert_eq!(parse_delivery_years("2022; 2023"), Ok(vec![2022, 2023]));
        assert_eq!(
            parse_delivery_years("1992-1994; 1996"),
            Ok(vec![1992, 1993, 1994, 1996])
        );
        assert!(parse_delivery_years("2023-2021").is_err());
        assert!(parse_delivery_years("2022, 2023").is_err());
        assert!(parse_delivery_years("0999").is_err());
    }
}
