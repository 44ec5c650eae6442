//! The record of one month of GDELT events between the pair.

use super::{Entry, Field, Record, empty, mark, push, sources};
use crate::data::{Dataset, Month, QUAD_NAMES};
use crate::text::fit::thousands;

/// Every figure of the month's row, its note and its sources in full.
pub(super) fn month(data: &Dataset, month: Month) -> Record {
    let Some(m) = data.cooperation.iter().find(|m| m.month == month) else {
        return empty(&format!("No GDELT figures for {month}"));
    };
    let mut fields: Vec<Field> = Vec::new();
    push(&mut fields, "Events", thousands(u64::from(m.events)));
    let names = QUAD_NAMES;
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

/// A month in words (`2019-03: 5 events, net +0.20, Goldstein 1.44,
/// tone 0.40; 3 verbal coop., ...`) and its source; a month without a row or events says
/// so.
pub fn describe_month(data: &Dataset, cursor: Month) -> (String, String) {
    let Some(m) = data.cooperation.iter().find(|m| m.month == cursor) else {
        return (format!("{cursor}: no figures"), String::new());
    };
    let source = format!("Source: {}", m.citation.render(&data.manifest));
    if m.events == 0 {
        return (format!("{cursor}: no events between the pair"), source);
    }
    let quads: Vec<String> = m
        .quad
        .iter()
        .zip(QUAD_NAMES)
        .map(|(n, name)| format!("{n} {name}"))
        .collect();
    let sign = |v: f64| {
        if v > 0.0 {
            format!("+{v:.2}")
        } else {
            format!("{v:.2}")
        }
    };
    let mut text = format!("{cursor}: {} events", m.events);
    if let Some(net) = m.net_cooperation() {
        text.push_str(&format!(", net {}", sign(net)));
    }
    if let Some(g) = m.goldstein_mean {
        text.push_str(&format!(", Goldstein {}", sign(g)));
    }
    if let Some(t) = m.tone_mean {
        text.push_str(&format!(", tone {}", sign(t)));
    }
    if let Some(all) = m.all_events {
        text.push_str(&format!(" (of {all} in all)"));
    }
    text.push_str(&format!("; {}", quads.join(", ")));
    (text, source)
}
