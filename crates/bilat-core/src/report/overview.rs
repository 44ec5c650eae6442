//! `bilat overview`'s output: the library's rows as an aligned table fitted to a width,
//! Markdown, CSV or JSON. A figure a dataset lacks is blank (CSV: empty; JSON: null), never
//! zero.

use super::overview_data;
use crate::library::overview::{Column, Row, indicators};
use crate::library::summary::Amount;
use crate::text::fit;
use crate::text::symbols::Symbols;

/// How `bilat overview` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OverviewFormat {
    Text,
    /// Also `md`.
    #[value(alias = "md")]
    Markdown,
    Csv,
    Json,
    /// A self-contained page of small multiples: a card per pair with its trade drawn small.
    Html,
}

/// What the table was asked to show, for its header and the JSON.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The rows in the library before filtering.
    pub total: usize,
    pub sort: &'a Column,
    pub reverse: bool,
    pub symbols: &'a Symbols,
    /// The columns text may take; `None`: as wide as the rows need.
    pub width: Option<usize>,
}

/// `rows` in `format`.
pub fn render(rows: &[Row], format: OverviewFormat, shown: Shown<'_>) -> String {
    match format {
        OverviewFormat::Text => text(rows, shown),
        OverviewFormat::Markdown => markdown(rows, shown),
        OverviewFormat::Csv => overview_data::csv(rows),
        OverviewFormat::Json => overview_data::json(rows, shown),
        OverviewFormat::Html => crate::report::export::overview_page(rows, &heading(rows, shown)),
    }
}

/// A column as the text and Markdown tables show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell<'a> {
    Name,
    Pair,
    Years,
    Trade,
    Period,
    Change,
    Trend,
    Balance,
    Meetings,
    Event,
    Arms,
    /// GDELT's latest month (shown where any row has a cooperation table).
    Cooperation,
    /// The latest value of the indicator of this id.
    Indicator(&'a str),
}

const CELLS: [Cell<'static>; 11] = [
    Cell::Name,
    Cell::Pair,
    Cell::Years,
    Cell::Trade,
    Cell::Period,
    Cell::Change,
    Cell::Trend,
    Cell::Balance,
    Cell::Meetings,
    Cell::Arms,
    Cell::Event,
];

/// Every column shown of `rows`, with the indicators `ids` after the meetings and GDELT's
/// latest month after the arms where any row has a cooperation table.
fn cells<'a>(rows: &[Row], ids: &'a [String]) -> Vec<Cell<'a>> {
    let at = CELLS.iter().position(|c| *c == Cell::Meetings).unwrap_or(0) + 1;
    let mut cells = CELLS[..at].to_vec();
    cells.extend(ids.iter().map(|id| Cell::Indicator(id)));
    cells.extend_from_slice(&CELLS[at..]);
    if rows.iter().any(|r| r.summary.cooperation.is_some()) {
        let arms = cells.iter().position(|c| *c == Cell::Arms).unwrap_or(0) + 1;
        cells.insert(arms, Cell::Cooperation);
    }
    cells
}

/// The order columns are left out in when the width is short: the least telling first
/// (the indicators, last first, after the trend).
fn drop_order<'a>(ids: &'a [String]) -> Vec<Cell<'a>> {
    let mut order = vec![Cell::Years, Cell::Trend];
    order.extend(ids.iter().rev().map(|id| Cell::Indicator(id)));
    order.push(Cell::Cooperation);
    order.extend_from_slice(&DROP_AFTER);
    order
}

const DROP_AFTER: [Cell<'static>; 6] = [
    Cell::Arms,
    Cell::Period,
    Cell::Meetings,
    Cell::Change,
    Cell::Balance,
    Cell::Pair,
];

/// The narrowest the latest event's column is cut to before other columns are dropped.
const EVENT_MIN: usize = 24;

impl Cell<'_> {
    fn header(self) -> String {
        let text = match self {
            Cell::Name => "NAME",
            Cell::Pair => "PAIR",
            Cell::Years => "YEARS",
            Cell::Trade => "TRADE $BN",
            Cell::Period => "PERIOD",
            Cell::Change => "CHANGE",
            Cell::Trend => "TREND",
            Cell::Balance => "BALANCE $BN",
            Cell::Meetings => "MEETINGS",
            Cell::Event => "LATEST EVENT",
            Cell::Arms => "ARMS TIV 5Y",
            Cell::Cooperation => "GDELT LATEST",
            Cell::Indicator(id) => return id.to_uppercase(),
        };
        text.to_string()
    }

    fn numeric(self) -> bool {
        matches!(
            self,
            Cell::Trade
                | Cell::Change
                | Cell::Balance
                | Cell::Meetings
                | Cell::Arms
                | Cell::Indicator(_)
        )
    }

    fn of(self, row: &Row, sym: &Symbols) -> String {
        let s = &row.summary;
        let dash = sym.range_dash;
        let amount = |a: &Amount| format!("{}{}", a.mark(sym.ascii), a.number());
        let text = match self {
            Cell::Name => row.name.clone(),
            Cell::Pair => s.codes(dash),
            Cell::Years => s.years.map(|y| y.label(dash)).unwrap_or_default(),
            Cell::Trade => s
                .trade
                .as_ref()
                .map(|t| amount(&t.value_usd_bn))
                .unwrap_or_default(),
            Cell::Period => s
                .trade
                .as_ref()
                .map(|t| t.period.clone())
                .unwrap_or_default(),
            Cell::Change => s
                .trade
                .as_ref()
                .and_then(|t| t.change_pct)
                .map(|c| format!("{}{}%", c.mark(sym.ascii), c.signed()))
                .unwrap_or_default(),
            Cell::Trend => s
                .trade
                .as_ref()
                .map(|t| sym.sparkline(&t.sparkline))
                .unwrap_or_default(),
            Cell::Balance => s
                .balance
                .as_ref()
                .map(|b| {
                    let a = &b.balance_usd_bn;
                    format!("{} {}{}", b.country, a.mark(sym.ascii), a.signed())
                })
                .unwrap_or_default(),
            Cell::Meetings => s
                .meetings
                .map(|m| format!("{} in {}", m.count, m.year))
                .unwrap_or_default(),
            Cell::Event => s
                .event
                .as_ref()
                .map(|e| format!("{} {}", e.date, e.title))
                .unwrap_or_default(),
            Cell::Arms => s.arms.map(|a| a.text(sym.at_least)).unwrap_or_default(),
            Cell::Cooperation => s.cooperation.as_ref().map(|c| c.text()).unwrap_or_default(),
            Cell::Indicator(id) => row
                .indicator(id)
                .map(|i| i.printed.clone())
                .unwrap_or_default(),
        };
        sym.text(&text)
    }
}

/// The header line: how many rows of how many, and the order.
fn heading(rows: &[Row], shown: Shown<'_>) -> String {
    let count = if rows.len() == shown.total {
        format!("{} datasets", shown.total)
    } else {
        format!("{} of {} datasets", rows.len(), shown.total)
    };
    let direction = if shown.reverse {
        "descending"
    } else {
        "ascending"
    };
    format!("{count}, by {} ({direction})", shown.sort.key())
}

/// The aligned table: the latest event's column is cut, then the least telling columns
/// are left out, until a line fits the width.
fn text(rows: &[Row], shown: Shown<'_>) -> String {
    let sym = shown.symbols;
    let ids = indicators(rows);
    let columns = self::cells(rows, &ids);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| columns.iter().map(|c| c.of(r, sym)).collect())
        .collect();
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .zip(&cells)
                .filter(|(r, _)| r.summary.problem.is_none() || *c == Cell::Name)
                .map(|(_, row)| fit::width(&row[i]))
                .max()
                .unwrap_or(0)
                .max(fit::width(&c.header()))
        })
        .collect();
    // Columns blank in every row say nothing: left out.
    let mut kept: Vec<usize> = (0..columns.len())
        .filter(|&i| i == 0 || cells.iter().any(|row| !row[i].is_empty()))
        .collect();
    let mut widths = natural.clone();
    let event = columns.iter().position(|c| *c == Cell::Event).unwrap_or(0);
    let order = drop_order(&ids);
    if let Some(max) = shown.width {
        let total = |kept: &[usize], widths: &[usize]| -> usize {
            kept.iter().map(|&i| widths[i]).sum::<usize>() + 2 * kept.len().saturating_sub(1)
        };
        let mut drop = order.iter();
        while total(&kept, &widths) > max {
            let over = total(&kept, &widths) - max;
            if kept.contains(&event) && widths[event] > EVENT_MIN {
                widths[event] = widths[event].saturating_sub(over).max(EVENT_MIN);
                continue;
            }
            match drop.next() {
                Some(cell) => {
                    let i = columns.iter().position(|c| c == cell).unwrap_or(0);
                    kept.retain(|&k| k != i);
                }
                None => {
                    // Only the name and the event are left: the event takes what remains.
                    let others: usize = kept
                        .iter()
                        .filter(|&&k| k != event)
                        .map(|&k| widths[k] + 2)
                        .sum();
                    let room = max.saturating_sub(others);
                    if kept.contains(&event) && room >= 8 {
                        widths[event] = room;
                    } else {
                        kept.retain(|&k| k != event);
                    }
                    break;
                }
            }
        }
    }
    let mut out = heading(rows, shown);
    out.push('\n');
    let header: Vec<String> = columns.iter().map(|c| c.header()).collect();
    let line = |row: &[String], broken: Option<&str>| -> String {
        let mut line = String::new();
        for (n, &i) in kept.iter().enumerate() {
            if n > 0 {
                line.push_str("  ");
            }
            if let Some(problem) = broken
                && i != 0
            {
                let message = format!("does not load: {problem}");
                let room = shown
                    .width
                    .map_or(usize::MAX, |w| w.saturating_sub(fit::width(&line)));
                line.push_str(&fit::truncate(&sym.text(&message), room, sym.ellipsis));
                break;
            }
            let cell = fit::truncate(&row[i], widths[i], sym.ellipsis);
            let pad = widths[i].saturating_sub(fit::width(&cell));
            if columns[i].numeric() {
                line.push_str(&" ".repeat(pad));
                line.push_str(&cell);
            } else {
                line.push_str(&cell);
                line.push_str(&" ".repeat(pad));
            }
        }
        let mut line = line.trim_end().to_string();
        line.push('\n');
        line
    };
    out.push_str(&line(&header, None));
    for (row, cells) in rows.iter().zip(&cells) {
        out.push_str(&line(cells, row.summary.problem.as_deref()));
    }
    out
}

/// A Markdown table of every column; pipes in text escaped.
fn markdown(rows: &[Row], shown: Shown<'_>) -> String {
    let sym = shown.symbols;
    let escape = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let ids = indicators(rows);
    let columns = cells(rows, &ids);
    let headers: Vec<String> = columns.iter().map(|c| c.header()).collect();
    let mut out = format!("{}\n\n| {} |\n|", heading(rows, shown), headers.join(" | "));
    for &c in &columns {
        out.push_str(if c.numeric() { "---:|" } else { "---|" });
    }
    out.push('\n');
    for row in rows {
        out.push('|');
        if let Some(problem) = &row.summary.problem {
            out.push_str(&format!(
                " {} | does not load: {} |{}\n",
                escape(&row.name),
                escape(&sym.text(problem)),
                " |".repeat(columns.len() - 2)
            ));
            continue;
        }
        for &c in &columns {
            out.push_str(&format!(" {} |", escape(&c.of(row, sym))));
        }
        out.push('\n');
    }
    out
}
