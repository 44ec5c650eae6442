//! The summary's figures over recent years: arms delivered in the last five, and GDELT's
//! latest month.

use serde::{Deserialize, Serialize};

use super::summary::ARMS_YEARS;
use crate::data::{Dataset, TableId, YearSpan};

/// Arms deliveries over a run of years.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ArmsRecent {
    pub first: i32,
    pub last: i32,
    /// Millions of TIV (SIPRI's volume index, not money) delivered in those years, from
    /// the deliveries whose TIV is known.
    pub tiv_mn: f64,
    /// Deliveries in those years whose TIV is not known: with any, `tiv_mn` is a lower
    /// bound, and with no TIV known at all, not a figure.
    #[serde(default)]
    pub unmeasured: u32,
}

impl ArmsRecent {
    /// As the overview prints it: `1,234`; `≥1,234` where some deliveries' TIV is not
    /// known; `?` where none is (never a 0 that would read as nothing delivered).
    pub fn text(&self, at_least: &str) -> String {
        let tiv = crate::text::fit::thousands(self.tiv_mn.round().max(0.0) as u64);
        match (self.unmeasured, self.tiv_mn > 0.0) {
            (0, _) => tiv,
            (_, true) => format!("{at_least}{tiv}"),
            (_, false) => "?".to_string(),
        }
    }

    /// The TIV as a number to sort or compute with: none where no delivery's TIV is known.
    pub fn known_tiv(&self) -> Option<f64> {
        (self.unmeasured == 0 || self.tiv_mn > 0.0).then_some(self.tiv_mn)
    }
}

/// GDELT's latest month of the pair with events: their number and net cooperation (quad
/// classes 1 and 2 less 3 and 4, over the events), and the table's last month where it
/// runs on with none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperationLatest {
    /// `2019-10`; the table's last month where no month has events.
    pub month: String,
    pub events: u32,
    /// `None` where no month has events.
    pub net: Option<f64>,
    /// The table's last month, where it is later than `month`: months of no events since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub through: Option<String>,
}

impl CooperationLatest {
    /// As the overview prints it: `net +0.42 of 12, 2019-10`, then `, none to 2020-03`
    /// where months of no events follow; `no events to 2020-03` where none has any.
    pub fn text(&self) -> String {
        let Some(net) = self.net else {
            return format!("no events to {}", self.month);
        };
        let since = self
            .through
            .as_ref()
            .map_or(String::new(), |t| format!(", none to {t}"));
        format!("net {net:+.2} of {}, {}{since}", self.events, self.month)
    }
}

/// The cooperation table's latest month with events, and its last month.
pub(super) fn cooperation_latest(data: &Dataset) -> Option<CooperationLatest> {
    if !data.has(TableId::Cooperation) {
        return None;
    }
    let last = data.cooperation.last()?;
    let latest = data.cooperation.iter().rev().find(|m| m.events > 0);
    let month = latest.unwrap_or(last);
    Some(CooperationLatest {
        month: month.month.to_string(),
        events: month.events,
        net: month.net_cooperation(),
        through: (month.month != last.month).then(|| last.month.to_string()),
    })
}

pub(super) fn arms_recent(data: &Dataset, years: Option<YearSpan>) -> Option<ArmsRecent> {
    if !data.has(TableId::Arms) {
        return None;
    }
    let last = years?.last;
    let first = last - (ARMS_YEARS - 1);
    let recent = || {
        data.derived
            .arms
            .iter()
            .filter(move |y| (first..=last).contains(&y.year))
    };
    // An empty sum is -0.0; adding 0.0 makes it the 0 it means.
    let tiv_mn = recent().map(|y| y.tiv).sum::<f64>() + 0.0;
    let unmeasured = recent().map(|y| y.without_tiv).sum();
    Some(ArmsRecent {
        first,
        last,
        tiv_mn,
        unmeasured,
    })
}
