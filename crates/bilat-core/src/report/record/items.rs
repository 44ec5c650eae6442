//! The records of one trade year (every series' figure with its change and marks), one
//! exercise and one event.

use super::{Entry, Record, empty, mark, push, sources};
use crate::data::{Dataset, Exercise, PartialDate};
use crate::text::fit::{percent, thousands};

pub(super) fn trade_year(data: &Dataset, year: i32, dash: &str) -> Record {
    let unit = &data.manifest.units.trade;
    let main = data.derived.main_series;
    let mut at: Vec<_> = data.derived.trade_at(year).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let mut entries = Vec::new();
    // The years' figures, then each series' figures for part of the year, which no year's
    // figure includes.
    for (i, p) in at.into_iter().chain(data.derived.partial_at(year)) {
        let series = &data.manifest.trade_series[i];
        let mut fields = Vec::new();
        // As printed: an approximate 104 stays 104, "more than 2.17" stays a bound.
        let figure = match p.value_usd_bn {
            Some(v) => format!("{} ({unit})", v.words()),
            None => "no figure (a gap in the series, not a zero)".to_string(),
        };
        push(&mut fields, "Figure", figure);
        // The dash says which symbol set the record is shown in.
        let codes = data.manifest.flow_codes(i);
        if let Some(flows) = p.flows_by_direction(dash.is_ascii(), codes) {
            push(&mut fields, "Flows", format!("{flows} ({unit})"));
        }
        if let Some(yoy) = p.yoy {
            let how = if yoy.reported {
                "as reported"
            } else {
                "worked out from the figures"
            };
            push(&mut fields, "Change", format!("{} {how}", percent(yoy.pct)));
        }
        push(&mut fields, "Basis", series.basis.clone());
        if p.period.is_partial() {
            let months = p.period.month_count();
            let part = format!("{months} months only: never added into a year's figure");
            push(&mut fields, "Period", part);
        }
        if let Some(row) = p.row.map(|r| &data.trade[r]) {
            mark(&mut fields, row.quality);
            push(&mut fields, "Reported by", row.reported_by.clone());
            push(&mut fields, "Note", row.note.clone());
            sources(&mut fields, data, &row.citation);
        }
        entries.push(Entry {
            heading: format!("{}, {}", series.name, p.period.label(dash)),
            fields,
        });
    }
    let title = format!("Trade, {year}");
    if entries.is_empty() {
        return empty(&format!("{title}: no series has a figure for this year"));
    }
    Record { title, entries }
}

fn dates(start: PartialDate, end: Option<PartialDate>, dash: &str) -> String {
    match end {
        Some(end) if end != start => format!("{start}{dash}{end}"),
        _ => start.to_string(),
    }
}

pub(super) fn exercise(data: &Dataset, e: &Exercise, dash: &str) -> Record {
    let mut fields = Vec::new();
    push(&mut fields, "Dates", dates(e.start, e.end, dash));
    push(&mut fields, "Location", e.location.clone());
    push(&mut fields, "Host", e.host.clone());
    push(&mut fields, "Domain", e.domain.replace('/', ", "));
    let basis = e
        .size_basis
        .as_deref()
        .map_or(String::new(), |b| format!(" ({b})"));
    let total = match e.total_personnel {
        Some(n) => format!("{} in all{basis}", thousands(n.into())),
        None => "no total published".to_string(),
    };
    push(&mut fields, "Personnel", total);
    for (country, n) in data.manifest.countries.iter().zip(e.personnel) {
        if let Some(n) = n {
            push(
                &mut fields,
                "Personnel",
                format!("{}: {}", country.name, thousands(n.into())),
            );
        }
    }
    if let Some(alt) = e.alt_total_personnel {
        let by = if e.alt_source_text.is_empty() {
            String::new()
        } else {
            format!(", according to {}", e.alt_source_text)
        };
        push(
            &mut fields,
            "Also reported",
            format!("{} in all{by}", thousands(alt.into())),
        );
    }
    mark(&mut fields, e.quality);
    push(&mut fields, "Note", e.note.clone());
    sources(&mut fields, data, &e.citation);
    Record {
        title: format!("Exercise: {}", e.name),
        entries: vec![Entry {
            heading: format!("{}, {}", e.name, dates(e.start, e.end, dash)),
            fields,
        }],
    }
}

pub(super) fn event(data: &Dataset, i: usize) -> Record {
    let e = data.events.get(i);
    let mut fields = Vec::new();
    push(&mut fields, "Date", e.date().to_string());
    push(&mut fields, "Category", data.category_name(e));
    push(&mut fields, "Description", e.description());
    mark(&mut fields, e.quality());
    push(&mut fields, "Note", e.note());
    sources(&mut fields, data, &e.citation());
    Record {
        title: format!("Event: {}", e.title()),
        entries: vec![Entry {
            heading: format!("{} {}", e.date(), e.title()),
            fields,
        }],
    }
}
