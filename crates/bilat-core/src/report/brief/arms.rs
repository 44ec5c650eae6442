//! The brief's arms line: the latest year with deliveries, each deal delivering that year
//! and the year's SIPRI TIV, labelled as the volume index it is, not money.

use serde::Serialize;

use crate::data::{Dataset, Quality, TIV_UNIT, TableId};
use crate::text::fit::thousands;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArmsSummary {
    /// `SIPRI TIV, millions (a volume index, not money)`: the unit of every TIV here.
    pub tiv_unit: &'static str,
    /// The latest year with a delivery, in range.
    pub latest_year: Option<i32>,
    /// TIV delivered that year by the deals whose TIV is known, each deal's TIV of
    /// deliveries split evenly over its delivery years; null when none has one.
    pub latest_year_tiv: Option<f64>,
    /// The deals with deliveries that year.
    pub latest_deliveries: Vec<ArmsDelivery>,
    /// The pair's codes: a deal from one of them is said by its recipient alone.
    #[serde(skip)]
    pair: [String; 2],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArmsDelivery {
    pub supplier: String,
    pub recipient: String,
    pub designation: String,
    /// As `arms.csv` writes it, with SIPRI's `?` where uncertain; null when not known.
    pub delivered: Option<String>,
    pub delivery_years: String,
    /// The deal's TIV of delivered weapons, all years together; null when not known.
    pub tiv_delivered: Option<f64>,
    pub quality: Quality,
    pub source: String,
}

impl ArmsSummary {
    /// The summary for a dataset with an arms table, from `since` on.
    pub fn new(data: &Dataset, since: i32) -> Option<ArmsSummary> {
        if !data.has(TableId::Arms) {
            return None;
        }
        let latest_year = data
            .derived
            .arms
            .iter()
            .rev()
            .map(|a| a.year)
            .find(|&y| y >= since);
        let in_year: Vec<_> = data
            .derived
            .arms
            .iter()
            .filter(|a| Some(a.year) == latest_year)
            .collect();
        let measured = in_year.iter().any(|a| a.with_tiv > 0);
        let latest_deliveries = latest_year.map_or_else(Vec::new, |year| {
            data.arms
                .iter()
                .filter(|a| a.delivery_years.contains(&year))
                .map(|a| ArmsDelivery {
                    supplier: a.supplier.clone(),
                    recipient: a.recipient.clone(),
                    designation: a.designation.clone(),
                    delivered: a.delivered.map(|d| d.to_string()),
                    delivery_years: a.delivery_text.clone(),
                    tiv_delivered: a.tiv_delivered,
                    quality: a.quality,
                    source: a.citation.render(&data.manifest),
                })
                .collect()
        });
        Some(ArmsSummary {
            tiv_unit: TIV_UNIT,
            latest_year,
            latest_year_tiv: measured.then(|| in_year.iter().map(|a| a.tiv).sum()),
            latest_deliveries,
            pair: data.manifest.countries.clone().map(|c| c.code),
        })
    }

    /// `2019: S-400 Triumf to CHN; TIV unknown (volume index, not money)`: short, so that
    /// the brief stays one screen. A deal from a third country names its supplier too.
    pub fn line(&self) -> String {
        let Some(year) = self.latest_year else {
            return "no deliveries recorded".to_string();
        };
        let deals: Vec<String> = self
            .latest_deliveries
            .iter()
            .map(|d| {
                if self.pair.contains(&d.supplier) {
                    format!("{} to {}", d.designation, d.recipient)
                } else {
                    format!("{} {} to {}", d.designation, d.supplier, d.recipient)
                }
            })
            .collect();
        let unknown = self
            .latest_deliveries
            .iter()
            .filter(|d| d.tiv_delivered.is_none())
            .count();
        let tiv = match self.latest_year_tiv {
            None => "TIV unknown".to_string(),
            Some(t) if unknown == 0 => format!("TIV {} m", thousands(t.round() as u64)),
            Some(t) => format!("TIV {} m, {unknown} unknown", thousands(t.round() as u64)),
        };
        format!(
            "{year}: {}; {tiv} (volume index, not money)",
            deals.join(", ")
        )
    }
}
