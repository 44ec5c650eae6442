//! The brief's cooperation line: the latest month of GDELT events between the pair, where
//! the dataset has the cooperation table.

use serde::Serialize;

use crate::data::{Dataset, TableId};

/// The latest month with events between the pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CooperationSummary {
    /// `YYYY-MM`; `None` when the table has no month with events.
    pub month: Option<String>,
    pub events: u32,
    /// The share of cooperative events minus the share of conflictual ones, −1 … +1.
    pub net_cooperation: Option<f64>,
    /// Mean Goldstein scale, −10 … +10.
    pub goldstein_mean: Option<f64>,
    pub source: String,
    /// The table's last month where it is later than `month`: months of no events between
    /// the pair since (left out of the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub through: Option<String>,
}

impl CooperationSummary {
    /// `None` for a dataset without the table.
    pub fn of(data: &Dataset, since: i32) -> Option<CooperationSummary> {
        if !data.has(TableId::Cooperation) {
            return None;
        }
        let latest = data
            .cooperation
            .iter()
            .rev()
            .find(|m| m.month.year >= since && m.events > 0);
        let last = data.cooperation.last().map(|m| m.month);
        Some(match latest {
            Some(m) => CooperationSummary {
                month: Some(m.month.to_string()),
                events: m.events,
                net_cooperation: m.net_cooperation(),
                goldstein_mean: m.goldstein_mean,
                source: m.citation.render(&data.manifest),
                through: last.filter(|&l| l != m.month).map(|l| l.to_string()),
            },
            None => CooperationSummary {
                month: None,
                events: 0,
                net_cooperation: None,
                goldstein_mean: None,
                source: String::new(),
                through: None,
            },
        })
    }

    /// `2021-06: net cooperation +1.00 over 8 events (Goldstein +4.75)`.
    pub fn line(&self) -> String {
        let signed = |v: f64| {
            if v > 0.0 {
                format!("+{v:.2}")
            } else {
                format!("{v:.2}")
            }
        };
        let (Some(month), Some(net)) = (&self.month, self.net_cooperation) else {
            return "no GDELT events between the pair recorded".to_string();
        };
        let goldstein = self
            .goldstein_mean
            .map_or(String::new(), |g| format!(" (Goldstein {})", signed(g)));
        let since = self
            .through
            .as_ref()
            .map_or(String::new(), |t| format!("; none to {t}"));
        format!(
            "{month}: net cooperation {} over {} events{goldstein}{since}",
            signed(net),
            self.events
        )
    }
}
