//! The overview in plain mode: `o` reads every dataset of the library, a sentence or two per
//! row, in the overview's order. What a dataset lacks is left unsaid, never read as zero.

use crate::library::overview::{Row, indicators_of};
use crate::tui::app::App;

/// The overview's rows as sentences, after how many there are.
pub fn overview(app: &App) -> String {
    let o = app.overview();
    let rows: Vec<&Row> = o.shown().collect();
    let mut out = format!("Overview: {}.", o.count_label());
    let shared = indicators_of(rows.iter().copied());
    for row in rows {
        out.push('\n');
        out.push_str(&row_sentence(row, &shared));
    }
    out
}

/// One row: the pair and its years, then each figure it has.
pub fn row_sentence(row: &Row, shared: &[String]) -> String {
    let s = &row.summary;
    if let Some(problem) = &s.problem {
        return format!("{} does not load: {problem}.", row.name);
    }
    let mut parts = Vec::new();
    let mut head = s.pair("and");
    if let Some(y) = s.years {
        head.push_str(&format!(", {} to {}", y.first, y.last));
    }
    if let Some(t) = &s.trade {
        let mut text = format!(
            "trade {} billion US dollars in {}",
            t.value_usd_bn.number(),
            t.period
        );
        if let Some(c) = t.change_pct {
            let way = if c.value < 0.0 { "down" } else { "up" };
            text.push_str(&format!(
                ", {way} {} percent",
                c.number().trim_start_matches('-')
            ));
        }
        parts.push(text);
    }
    if let Some(b) = &s.balance {
        let a = &b.balance_usd_bn;
        let kind = if a.value < 0.0 { "deficit" } else { "surplus" };
        parts.push(format!(
            "{}'s {kind} {} billion in {}",
            b.country,
            a.number().trim_start_matches('-'),
            b.period
        ));
    }
    if let Some(m) = s.meetings {
        let noun = if m.count == 1 { "meeting" } else { "meetings" };
        parts.push(format!("{} leader {noun} in {}", m.count, m.year));
    }
    for id in shared {
        if let Some(i) = row.indicator(id) {
            parts.push(format!("{} {} in {}", i.name, i.printed, i.period));
        }
    }
    if let Some(a) = s.arms {
        let tiv = match (a.unmeasured, a.tiv_mn > 0.0) {
            (0, _) => format!("{:.0} million TIV", a.tiv_mn),
            (n, true) => format!("at least {:.0} million TIV ({n} of unknown TIV)", a.tiv_mn),
            (n, false) => format!("{n} of unknown TIV"),
        };
        parts.push(format!(
            "arms deliveries {tiv} from {} to {}",
            a.first, a.last
        ));
    }
    if let Some(c) = &s.cooperation {
        let since = c
            .through
            .as_ref()
            .map_or(String::new(), |t| format!(", and none from then to {t}"));
        parts.push(match c.net {
            Some(net) => format!(
                "GDELT's latest month with events {}: net cooperation {net:+.2} over {} events{since}",
                c.month, c.events
            ),
            None => format!("GDELT: no events to {}", c.month),
        });
    }
    if let Some(e) = &s.event {
        parts.push(format!("latest event {}, {}", e.date, e.title));
    }
    if parts.is_empty() {
        return format!("{head}.");
    }
    format!("{head}: {}.", parts.join("; "))
}
