//! The record of one month of GDELT events between the pair.

use super::{Entry, Field, Record, empty, mark, push, sources};
use crate::data::{Dataset, Month};
use crate::text::fit::thousands;

/// Every figure of the month's row, its note and its sources in full.
pub(super) fn month(data: &Dataset, month: Month) -> Record {
    let Some(m) = data.cooperation.iter().find(|m| m.month == month) else {
        return empty(&format!("No GDELT figures for {month}"));
    };
    let mut fields: Vec<Field> = Vec::new();
    push(&mut fields, "Events", thousands(u64::from(m.events)));
    let names = crate::data::QUAD_NAMES;
    let labels = [
        "Quad class 1",
        "Quad class 2",
        "Quad class 3",
        "Quad class 4",
    ];
    for ((label, name), count) in labels.into_iter().zip(names).zip(m.quad) {
        push(
            &mut fields,
            label,
            format!("{} {name}", thousands(u64::from(count))),
        );
    }
    let figure = |v: Option<f64>| v.map_or("none (no events)".to_string(), |v| format!("{v:.4}"));
    push(&mut fields, "Net cooperation", figure(m.net_cooperation()));
    push(&mut fields, "Mean Goldstein", figure(m.goldstein_mean));
    push(&mut fields, "Mean tone", figure(m.tone_mean));
    let all = m
        .all_events
        .map_or("unknown".to_string(), |n| thousands(u64::from(n)));
    push(&mut fields, "All GDELT events", all);
    mark(&mut fields, m.quality);
    push(&mut fields, "Note", m.note.as_str());
    sources(&mut fields, data, &m.citation);
    Record {
        title: format!("GDELT events between the pair: {month}"),
        entries: vec![Entry {
            heading: format!("{month}: {} events", m.events),
            fields,
        }],
    }
}
