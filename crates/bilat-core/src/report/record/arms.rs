//! The record of a year's arms deals: each deal ordered or delivered that year with its
//! numbers, SIPRI TIV (a volume index, not money), reported value, status, note and sources.

use super::{Entry, Record, mark, push, sources};
use crate::data::{ArmsDeal, Dataset};
use crate::text::fit::thousands;

fn deal(data: &Dataset, a: &ArmsDeal) -> Entry {
    let mut fields = Vec::new();
    push(&mut fields, "Description", a.description.clone());
    let mut figure = match a.ordered {
        Some(n) => format!("{n} ordered in {}", a.order_year),
        None => format!("ordered in {}", a.order_year),
    };
    match (a.delivered, a.delivery_text.is_empty()) {
        (Some(n), false) => figure.push_str(&format!("; {n} delivered in {}", a.delivery_text)),
        (Some(n), true) => figure.push_str(&format!("; {n} delivered")),
        (None, false) => figure.push_str(&format!("; delivered in {}", a.delivery_text)),
        (None, true) => {}
    }
    push(&mut fields, "Figure", figure);
    let tiv: Vec<String> = [
        ("per unit", a.tiv_unit),
        ("the order", a.tiv_order),
        ("deliveries", a.tiv_delivered),
    ]
    .iter()
    .filter_map(|(what, v)| v.map(|v| format!("{what} {}", thousands(v.round() as u64))))
    .collect();
    let tiv = if tiv.is_empty() {
        "not known".to_string()
    } else {
        format!(
            "{} (millions; SIPRI's volume index, not money)",
            tiv.join(", ")
        )
    };
    push(&mut fields, "TIV", tiv);
    if let Some(v) = a.value_usd_bn {
        push(&mut fields, "Figure", format!("value reported: USD {v} bn"));
    }
    push(&mut fields, "Status", a.status.map_or("", |s| s.words()));
    mark(&mut fields, a.quality);
    push(&mut fields, "Note", a.note.clone());
    sources(&mut fields, data, &a.citation);
    Entry {
        heading: format!("{}, {} to {}", a.designation, a.supplier, a.recipient),
        fields,
    }
}

pub(super) fn arms_year(data: &Dataset, year: i32) -> Record {
    let entries: Vec<Entry> = data
        .arms
        .iter()
        .filter(|a| a.active_in(year))
        .map(|a| deal(data, a))
        .collect();
    let title = match entries.len() {
        0 => format!("Arms, {year}: no deal ordered or delivered"),
        1 => format!("Arms, {year}: 1 deal ordered or delivered"),
        n => format!("Arms, {year}: {n} deals ordered or delivered"),
    };
    Record { title, entries }
}
