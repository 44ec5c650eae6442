//! `bilat overview` for scripts: CSV (every figure in its own column, numbers as numbers)
//! and JSON (the summaries as the cache holds them), a blank or null where a dataset lacks a
//! figure, never zero.

use serde::Serialize;

use super::overview::Shown;
use crate::library::overview::{Row, indicators};
use crate::library::summary::{Amount, Summary};

/// Every figure in its own column, numbers as numbers, blank where the dataset lacks one.
pub(super) fn csv(rows: &[Row]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let ids = indicators(rows);
    let fixed = [
        "name",
        "place",
        "country_a",
        "code_a",
        "country_b",
        "code_b",
        "first_year",
        "last_year",
        "trade_series",
        "trade_unit",
        "trade_usd_bn",
        "trade_bound",
        "trade_period",
        "trade_period_end",
        "change_pct",
        "change_basis",
        "sparkline",
        "balance_country",
        "balance_usd_bn",
        "balance_period",
        "meetings_year",
        "meetings",
        "event_date",
        "event_title",
        "arms_first_year",
        "arms_last_year",
        "arms_tiv_mn",
        "arms_unmeasured",
        "cooperation_month",
        "cooperation_events",
        "cooperation_net",
        "cooperation_through",
    ];
    // Each indicator's value as printed and its period, then the problem.
    let mut header: Vec<String> = fixed.iter().map(ToString::to_string).collect();
    for id in &ids {
        header.push(id.clone());
        header.push(format!("{id}_period"));
    }
    header.push("problem".to_string());
    let _ = w.write_record(&header);
    for row in rows {
        let mut record = csv_record(row);
        let problem = record.pop().unwrap_or_default();
        for id in &ids {
            let latest = row.indicator(id);
            record.push(latest.map(|i| i.printed.clone()).unwrap_or_default());
            record.push(latest.map(|i| i.period.clone()).unwrap_or_default());
        }
        record.push(problem);
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn csv_record(row: &Row) -> Vec<String> {
    let s: &Summary = &row.summary;
    let opt = |v: Option<String>| v.unwrap_or_default();
    let country = |i: usize, code: bool| {
        opt(s.countries.as_ref().map(|c| {
            if code {
                c[i].code.clone()
            } else {
                c[i].name.clone()
            }
        }))
    };
    let bound = |a: &Amount| {
        opt(a.bound.map(|b| match b {
            crate::library::summary::BoundKind::AtLeast => "at-least".to_string(),
            crate::library::summary::BoundKind::AtMost => "at-most".to_string(),
        }))
    };
    let t = s.trade.as_ref();
    let b = s.balance.as_ref();
    vec![
        row.name.clone(),
        row.place.clone(),
        country(0, false),
        country(0, true),
        country(1, false),
        country(1, true),
        opt(s.years.map(|y| y.first.to_string())),
        opt(s.years.map(|y| y.last.to_string())),
        opt(t.map(|t| t.series.clone())),
        opt(t.map(|t| t.unit.clone())),
        opt(t.map(|t| t.value_usd_bn.number())),
        opt(t.map(|t| bound(&t.value_usd_bn))),
        opt(t.map(|t| t.period.clone())),
        opt(t.map(|t| t.period_end.clone())),
        opt(t.and_then(|t| t.change_pct).map(|c| c.number())),
        opt(t
            .and_then(|t| t.change_reported)
            .map(|r| if r { "reported" } else { "computed" }.to_string())),
        opt(t.map(|t| {
            let values: Vec<String> = t
                .sparkline
                .iter()
                .map(|v| v.map(|v| v.to_string()).unwrap_or_default())
                .collect();
            values.join(";")
        })),
        opt(b.map(|b| b.country.clone())),
        opt(b.map(|b| b.balance_usd_bn.number())),
        opt(b.map(|b| b.period.clone())),
        opt(s.meetings.map(|m| m.year.to_string())),
        opt(s.meetings.map(|m| m.count.to_string())),
        opt(s.event.as_ref().map(|e| e.date.clone())),
        opt(s.event.as_ref().map(|e| e.title.clone())),
        opt(s.arms.map(|a| a.first.to_string())),
        opt(s.arms.map(|a| a.last.to_string())),
        opt(s.arms.map(|a| format!("{:.1}", a.tiv_mn))),
        opt(s.arms.map(|a| a.unmeasured.to_string())),
        opt(s.cooperation.as_ref().map(|c| c.month.clone())),
        opt(s.cooperation.as_ref().map(|c| c.events.to_string())),
        opt(s
            .cooperation
            .as_ref()
            .and_then(|c| c.net)
            .map(|n| format!("{n:.4}"))),
        opt(s.cooperation.as_ref().and_then(|c| c.through.clone())),
        opt(s.problem.clone()),
    ]
}

#[derive(Serialize)]
struct JsonOut<'a> {
    shown: usize,
    total: usize,
    sort: &'a str,
    descending: bool,
    /// The indicators any shown row has: the table's indicator columns.
    indicators: Vec<String>,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    name: &'a str,
    place: &'a str,
    #[serde(flatten)]
    summary: &'a Summary,
}

pub(super) fn json(rows: &[Row], shown: Shown<'_>) -> String {
    let out = JsonOut {
        shown: rows.len(),
        total: shown.total,
        sort: shown.sort.key(),
        descending: shown.reverse,
        indicators: indicators(rows),
        rows: rows
            .iter()
            .map(|r| JsonRow {
                name: &r.name,
                place: &r.place,
                summary: &r.summary,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}
