//! The overview screen's columns: what each shows of a row, its heading, its width and the
//! column of the library's overview it sorts by. A figure a dataset lacks is blank.

use crate::library::overview::{Column, Row};
use crate::library::summary::Amount;
use crate::text::symbols::Symbols;

/// One column of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScreenColumn {
    Pair,
    Years,
    /// The headline series' latest figure with its period.
    Trade,
    Change,
    /// The sparkline of the headline series' last periods.
    Trend,
    Balance,
    Meetings,
    /// The latest value of the indicator of this id.
    Indicator(String),
    Arms,
    /// GDELT's latest month: its net cooperation and events.
    Cooperation,
    /// The latest event: its date and title.
    Event,
    /// The dataset's name in the library.
    Name,
}

/// Every column for rows sharing the indicators `ids`, in the order shown; GDELT's latest
/// month where `cooperation` (any row has the table).
pub fn all(ids: &[String], cooperation: bool) -> Vec<ScreenColumn> {
    let mut out = vec![
        ScreenColumn::Pair,
        ScreenColumn::Years,
        ScreenColumn::Trade,
        ScreenColumn::Change,
        ScreenColumn::Trend,
        ScreenColumn::Balance,
        ScreenColumn::Meetings,
    ];
    out.extend(ids.iter().cloned().map(ScreenColumn::Indicator));
    out.push(ScreenColumn::Arms);
    if cooperation {
        out.push(ScreenColumn::Cooperation);
    }
    out.extend([ScreenColumn::Event, ScreenColumn::Name]);
    out
}

impl ScreenColumn {
    /// The name the column menu and the hidden set know it by.
    pub fn key(&self) -> String {
        match self {
            ScreenColumn::Indicator(id) => id.clone(),
            other => other.heading().to_lowercase(),
        }
    }

    pub fn heading(&self) -> String {
        let text = match self {
            ScreenColumn::Pair => "Pair",
            ScreenColumn::Years => "Years",
            ScreenColumn::Trade => "Trade $bn",
            ScreenColumn::Change => "Change",
            ScreenColumn::Trend => "Trend",
            ScreenColumn::Balance => "Balance $bn",
            ScreenColumn::Meetings => "Meetings",
            ScreenColumn::Indicator(id) => return id.clone(),
            ScreenColumn::Arms => "Arms TIV 5y",
            ScreenColumn::Cooperation => "GDELT latest",
            ScreenColumn::Event => "Latest event",
            ScreenColumn::Name => "Name",
        };
        text.to_string()
    }

    /// Figures are aligned right.
    pub fn numeric(&self) -> bool {
        matches!(
            self,
            ScreenColumn::Change
                | ScreenColumn::Balance
                | ScreenColumn::Meetings
                | ScreenColumn::Indicator(_)
                | ScreenColumn::Arms
        )
    }

    /// The overview's column this one sorts by; the trend sorts as the change does.
    pub fn sort_column(&self) -> Option<Column> {
        Some(match self {
            ScreenColumn::Pair => Column::Pair,
            ScreenColumn::Years => Column::Years,
            ScreenColumn::Trade => Column::Trade,
            ScreenColumn::Change => Column::Change,
            ScreenColumn::Trend => return None,
            ScreenColumn::Balance => Column::Balance,
            ScreenColumn::Meetings => Column::Meetings,
            ScreenColumn::Indicator(id) => Column::Indicator(id.clone()),
            ScreenColumn::Arms => Column::Arms,
            ScreenColumn::Cooperation => Column::Cooperation,
            ScreenColumn::Event => Column::Event,
            ScreenColumn::Name => Column::Name,
        })
    }

    /// What the column shows of `row`; empty where the dataset lacks it.
    pub fn text(&self, row: &Row, sym: &Symbols) -> String {
        let s = &row.summary;
        let amount = |a: &Amount| format!("{}{}", a.mark(sym.ascii), a.number());
        let text = match self {
            ScreenColumn::Pair => s.codes(sym.range_dash),
            ScreenColumn::Years => s.years.map(|y| y.label(sym.range_dash)).unwrap_or_default(),
            ScreenColumn::Trade => s
                .trade
                .as_ref()
                .map(|t| format!("{} {}", amount(&t.value_usd_bn), t.period))
                .unwrap_or_default(),
            ScreenColumn::Change => s
                .trade
                .as_ref()
                .and_then(|t| t.change_pct)
                .map(|c| format!("{}{}%", c.mark(sym.ascii), c.signed()))
                .unwrap_or_default(),
            ScreenColumn::Trend => s
                .trade
                .as_ref()
                .map(|t| sym.sparkline(&t.sparkline))
                .unwrap_or_default(),
            ScreenColumn::Balance => s
                .balance
                .as_ref()
                .map(|b| {
                    let a = &b.balance_usd_bn;
                    format!("{} {}{}", b.country, a.mark(sym.ascii), a.signed())
                })
                .unwrap_or_default(),
            ScreenColumn::Meetings => s
                .meetings
                .map(|m| format!("{} in {}", m.count, m.year))
                .unwrap_or_default(),
            ScreenColumn::Indicator(id) => row
                .indicator(id)
                .map(|i| i.printed.clone())
                .unwrap_or_default(),
            ScreenColumn::Arms => s.arms.map(|a| a.text(sym.at_least)).unwrap_or_default(),
            ScreenColumn::Cooperation => {
                s.cooperation.as_ref().map(|c| c.text()).unwrap_or_default()
            }
            ScreenColumn::Event => s
                .event
                .as_ref()
                .map(|e| format!("{} {}", e.date, e.title))
                .unwrap_or_default(),
            ScreenColumn::Name => row.name.clone(),
        };
        sym.text(&text)
    }
}
