//! Arms transfers (`arms.csv`): one deal per row, laid out as SIPRI's trade register lists
//! them (supplier, recipient, order year, numbers, delivery years, TIV), and the deliveries
//! per year the pane and the brief read. `arms_read` reads a row.
//!
//! TIV is SIPRI's trend-indicator value: a volume index in millions of TIV, not money.

use std::collections::BTreeMap;

use super::records::{Citation, Quality};
use super::row::Choice;

/// What every place showing TIV calls its unit.
pub const TIV_UNIT: &str = "SIPRI TIV, millions (a volume index, not money)";

/// A figure and whether the source marks it uncertain (SIPRI's "?").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked<T> {
    pub value: T,
    pub uncertain: bool,
}

impl<T: std::fmt::Display> std::fmt::Display for Marked<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.value, if self.uncertain { "?" } else { "" })
    }
}

/// Whether the weapons were new or had served before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferStatus {
    New,
    SecondHand,
    /// Second hand, modernized before delivery.
    SecondHandModernized,
}

impl Choice for TransferStatus {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("new", TransferStatus::New),
        ("second-hand", TransferStatus::SecondHand),
        (
            "second-hand-modernized",
            TransferStatus::SecondHandModernized,
        ),
    ];
}

impl TransferStatus {
    /// The status as `arms.csv` writes it: `second-hand`.
    pub fn label(self) -> &'static str {
        self.name()
    }

    /// In words for the screen: `second hand`.
    pub fn words(self) -> &'static str {
        match self {
            TransferStatus::New => "new",
            TransferStatus::SecondHand => "second hand",
            TransferStatus::SecondHandModernized => "second hand, modernized",
        }
    }

    /// The status as SIPRI's register writes it, which the importer reads.
    pub fn from_register(text: &str) -> Option<TransferStatus> {
        match text.trim().to_ascii_lowercase().as_str() {
            "new" => Some(TransferStatus::New),
            "second hand" => Some(TransferStatus::SecondHand),
            "second hand but modernized" | "second hand but modernised" => {
                Some(TransferStatus::SecondHandModernized)
            }
            _ => None,
        }
    }
}

/// One deal: an order and what was delivered of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArmsDeal {
    /// ISO 3166-1 alpha-3 codes: one of the pair, or another country.
    pub supplier: String,
    pub recipient: String,
    pub order_year: Marked<i32>,
    /// What SIPRI calls the weapon: `Su-35`, `S-400 Triumf`.
    pub designation: String,
    pub description: String,
    pub ordered: Option<Marked<u32>>,
    pub delivered: Option<Marked<u32>>,
    /// The years of delivery, ascending, each once; empty when not known.
    pub delivery_years: Vec<i32>,
    /// As the file writes them: `1992; 1993`, `2016-2018`.
    pub delivery_text: String,
    pub status: Option<TransferStatus>,
    /// Millions of TIV (a volume index, not money) per unit, for the whole order, and for
    /// what was delivered.
    pub tiv_unit: Option<f64>,
    pub tiv_order: Option<f64>,
    pub tiv_delivered: Option<f64>,
    /// The deal's value in money as reported (USD billions, nominal), where one was.
    pub value_usd_bn: Option<f64>,
    pub quality: Quality,
    pub note: String,
    pub citation: Citation,
}

impl ArmsDeal {
    /// The deal in one line: `Su-35 (FGA aircraft), RUS to CHN: 24 ordered in 2015, 24
    /// delivered in 2016-2018`, with SIPRI's `?` where a figure is uncertain.
    pub fn headline(&self) -> String {
        let what = if self.description.is_empty() {
            self.designation.clone()
        } else {
            format!("{} ({})", self.designation, self.description)
        };
        let ordered = match self.ordered {
            Some(n) => format!("{n} ordered in {}", self.order_year),
            None => format!("ordered in {}", self.order_year),
        };
        let delivered = match (self.delivered, self.delivery_text.is_empty()) {
            (Some(n), false) => format!(", {n} delivered in {}", self.delivery_text),
            (Some(n), true) => format!(", {n} delivered"),
            (None, false) => format!(", delivered in {}", self.delivery_text),
            (None, true) => String::new(),
        };
        format!(
            "{what}, {} to {}: {ordered}{delivered}",
            self.supplier, self.recipient
        )
    }

    /// Whether the deal had deliveries, or was ordered, in `year`.
    pub fn active_in(&self, year: i32) -> bool {
        self.order_year.value == year || self.delivery_years.contains(&year)
    }

    /// The TIV of deliveries that falls in `year`: the deal's TIV of delivered weapons split
    /// evenly over its delivery years (SIPRI does not publish it year by year here).
    pub fn tiv_in(&self, year: i32) -> Option<f64> {
        let total = self.tiv_delivered?;
        let years = self.delivery_years.len();
        (years > 0 && self.delivery_years.contains(&year)).then(|| total / years as f64)
    }
}

/// Deliveries in one year from one supplier.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArmsYear {
    pub year: i32,
    pub supplier: String,
    /// Millions of TIV delivered this year, from the deals whose TIV is known.
    pub tiv: f64,
    /// Deals with deliveries this year whose TIV is known, and those whose TIV is not.
    pub with_tiv: u32,
    pub without_tiv: u32,
}

/// Every (year, supplier) with a delivery, by year then supplier.
pub fn deliveries_per_year(deals: &[ArmsDeal]) -> Vec<ArmsYear> {
    let mut years: BTreeMap<(i32, &str), ArmsYear> = BTreeMap::new();
    for deal in deals {
        for &year in &deal.delivery_years {
            let slot = years
                .entry((year, deal.supplier.as_str()))
                .or_insert_with(|| ArmsYear {
                    year,
                    supplier: deal.supplier.clone(),
                    ..ArmsYear::default()
                });
            match deal.tiv_in(year) {
                Some(tiv) => {
                    slot.tiv += tiv;
                    slot.with_tiv += 1;
                }
                None => slot.without_tiv += 1,
            }
        }
    }
    years.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal(years: &[i32], tiv: Option<f64>) -> ArmsDeal {
        ArmsDeal {
            supplier: "RUS".into(),
            recipient: "CHN".into(),
            order_year: Marked {
                value: 2015,
                uncertain: false,
            },
            designation: "Su-35".into(),
            description: String::new(),
            ordered: None,
            delivered: None,
            delivery_years: years.to_vec(),
            delivery_text: String::new(),
            status: None,
            tiv_unit: None,
            tiv_order: None,
            tiv_delivered: tiv,
            value_usd_bn: None,
            quality: Quality::Firm,
            note: String::new(),
            citation: Citation::default(),
        }
    }

    #[test]
    fn a_deals_tiv_is_spread_evenly_and_a_deal_without_one_is_counted_apart() {
        let deals = [deal(&[2016, 2017], Some(900.0)), deal(&[2017], None)];
        let years = deliveries_per_year(&deals);
        assert_eq!(years.len(), 2);
        assert_eq!(
            (years[0].year, years[0].tiv, years[0].with_tiv),
            (2016, 450.0, 1)
        );
        assert_eq!(
            (years[1].tiv, years[1].with_tiv, years[1].without_tiv),
            (450.0, 1, 1)
        );
    }
}
