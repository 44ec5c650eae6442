//! The record of an indicator year: every declared indicator's value that year (or its gap),
//! with its unit, range, what a higher value means, mark, note and sources in full.

use super::{Entry, Record, mark, push, sources};
use crate::data::{Dataset, IndicatorSeries};

fn indicator(data: &Dataset, series: &IndicatorSeries<'_>, year: i32) -> Entry {
    let def = series.indicator;
    let mut fields = Vec::new();
    let row = series.at(year);
    let value = match row {
        Some(r) => r
            .value
            .map_or_else(|| "no value (a gap)".to_string(), |v| v.words()),
        None => "no row for this year".to_string(),
    };
    push(&mut fields, "Value", value);
    push(&mut fields, "Unit", def.unit.clone());
    if let Some([low, high]) = def.range {
        push(&mut fields, "Range", format!("{low} to {high}"));
    }
    push(&mut fields, "Higher", def.higher.clone());
    if let Some(r) = row {
        mark(&mut fields, r.quality);
        push(&mut fields, "Note", r.note.clone());
        sources(&mut fields, data, &r.citation);
    }
    Entry {
        heading: def.name.clone(),
        fields,
    }
}

pub(super) fn indicator_year(data: &Dataset, year: i32) -> Record {
    let series = data.indicator_series();
    let known = series
        .iter()
        .filter(|s| s.at(year).is_some_and(|r| r.value.is_some()))
        .count();
    let entries = series.iter().map(|s| indicator(data, s, year)).collect();
    let title = match (known, series.len()) {
        (_, 0) => format!("Indicators, {year}: none declared"),
        (k, n) if k == n => format!("Indicators, {year}: {n} with a value"),
        (k, n) => format!("Indicators, {year}: {k} of {n} with a value"),
    };
    Record { title, entries }
}
