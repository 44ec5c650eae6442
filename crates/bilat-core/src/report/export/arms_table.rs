//! The arms deals as a table for the HTML and Markdown briefings: every deal with its order
//! and delivery years, numbers, SIPRI TIV (a volume index, not money), reported value, mark,
//! note and source.

use std::fmt::Write;

use super::html::{escape, mark, table_close, table_open};
use crate::data::{Dataset, Quality, TIV_UNIT, TableId};
use crate::text::fit::thousands;

/// One deal. Empty strings are figures nobody published.
pub struct ArmsRow {
    /// `2015`, or `2015?` where SIPRI marks it uncertain.
    pub ordered_in: String,
    /// `Su-35 (FGA aircraft)`.
    pub weapon: String,
    /// `RUS to CHN`.
    pub direction: String,
    pub ordered: String,
    pub delivered: String,
    pub delivery_years: String,
    /// Millions of TIV of delivered weapons, else of the order (`order: 1,200`).
    pub tiv: String,
    /// USD billions, as reported.
    pub value: String,
    pub quality: &'static str,
    pub note: String,
    pub source: String,
}

/// Every deal, by order year; `None` for a dataset without an arms table.
pub fn rows(data: &Dataset) -> Option<Vec<ArmsRow>> {
    if !data.has(TableId::Arms) {
        return None;
    }
    let tiv = |v: f64| thousands(v.round() as u64);
    let rows = data.arms.iter().map(|a| ArmsRow {
        ordered_in: a.order_year.to_string(),
        weapon: if a.description.is_empty() {
            a.designation.clone()
        } else {
            format!("{} ({})", a.designation, a.description)
        },
        direction: format!("{} to {}", a.supplier, a.recipient),
        ordered: a.ordered.map(|n| n.to_string()).unwrap_or_default(),
        delivered: a.delivered.map(|n| n.to_string()).unwrap_or_default(),
        delivery_years: a.delivery_text.clone(),
        tiv: match (a.tiv_delivered, a.tiv_order) {
            (Some(d), _) => format!("delivered: {}", tiv(d)),
            (None, Some(o)) => format!("order: {}", tiv(o)),
            (None, None) => String::new(),
        },
        value: a.value_usd_bn.map(|v| v.to_string()).unwrap_or_default(),
        quality: if a.quality == Quality::Firm {
            ""
        } else {
            a.quality.label()
        },
        note: a.note.clone(),
        source: a.citation.render(&data.manifest),
    });
    Some(rows.collect())
}

/// What the table's caption and heading say of its units.
fn units() -> String {
    format!(
        "TIV in {TIV_UNIT}; value in USD billions as reported; a blank is a figure nobody \
         published; ? marks a figure SIPRI or the source gives as uncertain."
    )
}

/// The deals as Markdown under their heading; `text` escapes data for Markdown.
pub fn markdown(out: &mut String, rows: &[ArmsRow], text: fn(&str) -> String) {
    let _ = writeln!(out, "## Arms transfers\n\n{}\n", text(&units()));
    if rows.is_empty() {
        out.push_str("No deals in this dataset.\n\n");
        return;
    }
    out.push_str(
        "| Ordered | Weapon | Supplier to recipient | Number ordered | Number delivered | \
         Delivered in | TIV | Value | Mark | Note | Source |\n",
    );
    out.push_str("|---|---|---|--:|--:|---|--:|--:|---|---|---|\n");
    for r in rows {
        let cells = [
            &r.ordered_in,
            &r.weapon,
            &r.direction,
            &r.ordered,
            &r.delivered,
            &r.delivery_years,
            &r.tiv,
            &r.value,
            r.quality,
            &r.note,
            &r.source,
        ]
        .map(|c| text(c).replace('|', "\\|"));
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// The deals as an HTML section.
pub fn html(out: &mut String, rows: &[ArmsRow]) {
    out.push_str("<section id=\"arms\">\n<h2>Arms transfers</h2>\n");
    if rows.is_empty() {
        out.push_str("<p>No deals in this dataset.</p>\n</section>\n");
        return;
    }
    let headers = [
        ("Ordered", 7),
        ("Weapon", 15),
        ("From, to", 8),
        ("Ordered", 6),
        ("Delivered", 6),
        ("In", 8),
        ("TIV", 8),
        ("USD bn", 5),
        ("Mark", 7),
        ("Note", 16),
        ("Source", 14),
    ]
    .map(|(h, w)| (h.to_string(), w));
    table_open(out, rows.len(), &units(), &headers);
    for r in rows {
        let _ = writeln!(
            out,
            "<tr><td class=\"date\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td>{}</td><td>{}</td><td class=\"cite\">{}</td></tr>",
            escape(&r.ordered_in),
            escape(&r.weapon),
            escape(&r.direction),
            escape(&r.ordered),
            escape(&r.delivered),
            escape(&r.delivery_years),
            escape(&r.tiv),
            escape(&r.value),
            mark(r.quality).trim_start(),
            escape(&r.note),
            escape(&r.source),
        );
    }
    table_close(out);
    out.push_str("</section>\n");
}
