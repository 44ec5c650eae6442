//! What plain mode says of the trade chart's cursor year.

use crate::data::{Dataset, Figure, Flow, MONTHS, TradePoint, flow_words, month_name};
use crate::tui::app::registry::Words;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::phrases::{marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: trade,
    source: trade_details,
};

/// `up 27.1 percent` or `down 2.69 percent`, at the change's printed decimals.
fn change(pct: Figure) -> String {
    let number = pct.number();
    match number.strip_prefix('-') {
        Some(fall) => format!("down {fall} percent"),
        None => format!("up {number} percent"),
    }
}

/// The unit of trade figures spelled out: `billion US dollars` for the usual one.
fn trade_unit(data: &Dataset) -> String {
    let unit = &data.manifest.units.trade;
    if unit.starts_with("USD billions") {
        "billion US dollars".to_string()
    } else {
        unit.clone()
    }
}

/// One series' figure under the cursor year, in words.
fn trade_figure(data: &Dataset, index: usize, p: &TradePoint) -> String {
    let series = &data.manifest.trade_series[index];
    let period = match p.period.months() {
        Some((from, to)) => {
            let full = |m: &'static str| -> &'static str {
                MONTHS
                    .iter()
                    .position(|x| *x == m)
                    .map_or(m, |i| month_name(i as u8 + 1))
            };
            format!(
                ", fiscal year {}, {} to {}",
                p.period.short_label().trim_start_matches("FY"),
                full(from),
                full(to)
            )
        }
        None => String::new(),
    };
    // Every figure with its unit in words: a listener cannot glance back at the first.
    let unit = trade_unit(data);
    // Each figure at its printed decimals; a lower bound is "more than".
    let value = match p.value_usd_bn {
        Some(v) => format!("{} {unit}", v.words()),
        None => "no figure".to_string(),
    };
    // Each flow by its direction: the series' country's (the first country's for a
    // third-party series).
    // The series' figure said its unit in full; its flows, in the same sentence, say
    // "billion" (or the unit again where it is not in billions).
    let unit = if unit == "billion US dollars" {
        "billion".to_string()
    } else {
        unit
    };
    let codes = data.manifest.flow_codes(index);
    let [exports, imports] = [Flow::Exports, Flow::Imports].map(|f| flow_words(codes, f));
    let own = codes[0];
    let value = match (p.exports_usd_bn, p.imports_usd_bn) {
        (Some(x), Some(m)) => match p.balance_usd_bn() {
            Some(b) => format!(
                "{value}; {exports} {} {unit}, {imports} {} {unit}, a balance of {} {unit} \
                 ({own} exports less imports)",
                x.words(),
                m.words(),
                b.words()
            ),
            None => format!(
                "{value}; {exports} {} {unit}, {imports} {} {unit}",
                x.words(),
                m.words()
            ),
        },
        (Some(x), None) => format!("{value}; {exports} {} {unit}", x.words()),
        (None, Some(m)) => format!("{value}; {imports} {} {unit}", m.words()),
        (None, None) => value,
    };
    let change = match p.yoy {
        Some(y) => {
            let how = if y.reported {
                ""
            } else {
                ", computed by bilat"
            };
            format!(", {} on the year before{how}", change(y.pct))
        }
        None => String::new(),
    };
    let row = p.row.map(|r| &data.trade[r]);
    let quality = row.map_or(String::new(), |r| marked(r.quality));
    format!("{}{period}: {value}{change}.{quality}", series.name)
}

/// `Trade, 2018. China customs: 107.1 billion US dollars, up 27.1 percent on the year before.`
pub fn trade(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.year(super::ID);
    let main = data.derived.main_series;
    let mut at: Vec<(usize, &TradePoint)> = data.derived.trade_at(year).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let mut out = format!("Trade, {year}.");
    if at.is_empty() {
        out.push_str(" No figure for this year.");
    }
    for (i, p) in &at {
        out.push(' ');
        out.push_str(&trade_figure(data, *i, p));
    }
    out
}

/// The note and source of every trade row under the cursor year.
pub(crate) fn trade_details(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let main = data.derived.main_series;
    let mut at: Vec<_> = data.derived.trade_at(app.charts.year(super::ID)).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let rows: Vec<String> = at
        .into_iter()
        .filter_map(|(i, p)| {
            let row = &data.trade[p.row?];
            let series = &data.manifest.trade_series[i];
            let by = if row.reported_by.is_empty() {
                String::new()
            } else {
                format!(" Reported by {}.", row.reported_by)
            };
            Some(format!(
                "{}.{by}{}{}",
                series.name,
                note(&row.note),
                source(&row.citation, data)
            ))
        })
        .collect();
    if rows.is_empty() {
        "No trade rows for this year.".to_string()
    } else {
        rows.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_said_at_its_printed_decimals() {
        let pct = |text| Figure::parse(text).unwrap();
        // It said "up 28.0 percent" and "down 2.7 percent".
        assert_eq!(change(pct("28")), "up 28 percent");
        assert_eq!(change(pct("-2.69")), "down 2.69 percent");
        assert_eq!(change(Figure::exact(-14.0625, 1)), "down 14.1 percent");
    }
}
