//! The brief's indicator lines: each declared indicator's latest value, its year, unit and
//! source, for a dataset with the indicators table.

use serde::Serialize;

use crate::data::{Dataset, Figure, TableId};

/// One indicator's latest value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorSummary {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub higher: String,
    /// The latest year with a value (since the brief's first year); `None` when none.
    pub year: Option<i32>,
    /// As printed.
    pub value: Option<Figure>,
    /// The quality mark of that row (empty when firm).
    pub quality: &'static str,
    pub source: String,
}

impl IndicatorSummary {
    /// `None` for a dataset without the table; else one per declared indicator.
    pub fn of(data: &Dataset, since: i32) -> Option<Vec<IndicatorSummary>> {
        if !data.has(TableId::Indicators) {
            return None;
        }
        let out = data
            .indicator_series()
            .into_iter()
            .map(|s| {
                let latest = s
                    .points
                    .iter()
                    .rev()
                    .find(|p| p.year >= since && p.value.is_some());
                IndicatorSummary {
                    id: s.indicator.id.clone(),
                    name: s.indicator.name.clone(),
                    unit: s.indicator.unit.clone(),
                    higher: s.indicator.higher.clone(),
                    year: latest.map(|p| p.year),
                    value: latest.and_then(|p| p.value),
                    quality: latest.map_or("", |p| p.quality.label()),
                    source: latest.map_or_else(String::new, |p| p.citation.render(&data.manifest)),
                }
            })
            .collect();
        Some(out)
    }

    /// `UN voting: ideal-point distance 1.8484336 in 2019 (UN ideal-point scale (mean 0,
    /// sd 1))`; what a higher value means is in the JSON and the exports' tables.
    pub fn line(&self, ascii: bool) -> String {
        self.line_with(ascii, true)
    }

    /// Without the unit (`... 0.4755223 in 2019`): the one-screen text brief, whose JSON
    /// form carries the unit.
    pub fn short_line(&self, ascii: bool) -> String {
        self.line_with(ascii, false)
    }

    fn line_with(&self, ascii: bool, unit: bool) -> String {
        match self.value {
            Some(_) => format!("{} {}", self.name, self.value_line(ascii, unit)),
            None => format!("{}: no value", self.name),
        }
    }

    /// The line without the name, where a table's row names it: `0.4755223 in 2019,
    /// approximate (UN ideal-point scale (mean 0, sd 1))`, the value as printed; `no value`.
    pub fn value_line(&self, ascii: bool, unit: bool) -> String {
        let (Some(value), Some(year)) = (self.value, self.year) else {
            return "no value".to_string();
        };
        let mark = if self.quality.is_empty() {
            String::new()
        } else {
            format!(", {}", self.quality)
        };
        let unit = if unit {
            format!(" ({})", self.unit)
        } else {
            String::new()
        };
        format!("{} in {year}{mark}{unit}", value.shown(ascii))
    }
}

/// Whether indicators can be drawn on one axis: the same unit; else the words saying why not.
pub fn shared_axis(a: &crate::data::Indicator, b: &crate::data::Indicator) -> Result<(), String> {
    if a.same_unit(b) {
        Ok(())
    } else {
        Err(format!(
            "not on one axis: {} is in {}, {} in {}",
            a.name, a.unit, b.name, b.unit
        ))
    }
}
