//! What the plain mode says of the arms pane: the cursor year's deliveries by supplier in
//! SIPRI TIV (a volume index, not money), and on request each deal of the year with its
//! note and source.

use crate::data::Dataset;
use crate::text::fit::thousands;
use crate::tui::app::{App, DatasetView};

use crate::tui::app::registry::Words;
use crate::tui::panes::phrases::{marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: arms,
    source: arms_details,
};

/// `Arms, 2017: deliveries from RUS of 800 million SIPRI TIV (a volume index, not money),
/// and 1 deal whose TIV is not known.`
pub fn arms(app: &App, view: &DatasetView) -> String {
    let year = app.charts.year(super::ID);
    let years: Vec<_> = view
        .data
        .derived
        .arms
        .iter()
        .filter(|a| a.year == year)
        .collect();
    let orders = view
        .data
        .arms
        .iter()
        .filter(|a| a.order_year.value == year)
        .count();
    let ordered = match orders {
        0 => String::new(),
        1 => " One deal ordered.".to_string(),
        n => format!(" {n} deals ordered."),
    };
    if years.is_empty() {
        return format!("Arms, {year}: no deliveries recorded.{ordered}");
    }
    let parts: Vec<String> = years
        .iter()
        .map(|a| {
            let mut part = format!("from {}", a.supplier);
            if a.with_tiv > 0 {
                part.push_str(&format!(
                    " {} million SIPRI TIV (a volume index, not money)",
                    thousands(a.tiv.round() as u64)
                ));
            }
            if a.without_tiv > 0 {
                let s = if a.without_tiv == 1 { "" } else { "s" };
                part.push_str(&format!(
                    ", {} deal{s} whose TIV is not known",
                    a.without_tiv
                ));
            }
            part
        })
        .collect();
    format!("Arms, {year}: deliveries {}.{ordered}", parts.join("; "))
}

/// The deals ordered or delivered in the cursor year, one sentence each, with their sources.
pub(crate) fn arms_details(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.year(super::ID);
    let list: Vec<String> = (0..data.arms.len())
        .filter(|&i| data.arms[i].active_in(year))
        .map(|i| deal(data, i))
        .collect();
    if list.is_empty() {
        format!("No arms deals ordered or delivered in {year}.")
    } else {
        list.join(" ")
    }
}

/// One deal in a sentence, with its TIV of deliveries and its source.
pub(crate) fn deal(data: &Dataset, i: usize) -> String {
    let a = &data.arms[i];
    let tiv = a
        .tiv_delivered
        .map(|t| {
            format!(
                " TIV of deliveries {} million (SIPRI volume index, not money).",
                thousands(t.round() as u64)
            )
        })
        .unwrap_or_default();
    format!(
        "{}.{tiv}{}{}{}",
        a.headline(),
        marked(a.quality),
        note(&a.note),
        source(&a.citation, data)
    )
}
