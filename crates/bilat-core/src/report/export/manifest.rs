//! The manifest as the exports hold it: a JSON object with the keys of `dataset.toml`, and
//! `dataset.toml` text laid out as docs/dataset-format.md shows it.

use serde::{Deserialize, Serialize};

use crate::data::{
    Country, DEFAULT_DOMAINS, DEFAULT_SIZE_BASES, Manifest, PeriodKind, Source, TradeSeries, Units,
};

/// `dataset.toml`'s keys. Reading it back refuses unknown keys, as the loader does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestDoc {
    pub title: String,
    pub description: String,
    pub as_of: String,
    /// Exactly two in a valid dataset; the loader says so when not.
    pub countries: Vec<Country>,
    pub units: Units,
    /// Always written, so the export does not depend on what the default list is; a JSON
    /// document may leave it out to get the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_categories: Option<Vec<String>>,
    /// Only the words added to the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_domains: Option<Vec<String>>,
    /// Only the words added to the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bases: Option<Vec<String>>,
    /// Only when the dataset declares its series (else the countries' customs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trade_series: Vec<SeriesDoc>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The `[[indicators]]` tables, when the dataset declares any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorDoc>,
}

/// One `[[indicators]]` table, with the keys `dataset.toml` takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDoc {
    pub id: String,
    pub name: String,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    pub higher: String,
    pub source: String,
}

/// One `[[trade_series]]` table, with the keys `dataset.toml` takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesDoc {
    pub id: String,
    pub label: String,
    pub name: String,
    pub reporter: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub period: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_start: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_named_by: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub basis: String,
    /// Written only for the declared headline series.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

impl SeriesDoc {
    fn new(s: &TradeSeries, countries: &[Country]) -> SeriesDoc {
        let (period, fiscal_start, fiscal_named_by) = match s.period {
            PeriodKind::Calendar => ("calendar", None, None),
            PeriodKind::Fiscal {
                start_month,
                named_by_end,
            } => (
                "fiscal",
                Some(start_month),
                (!named_by_end).then(|| "start".to_string()),
            ),
        };
        SeriesDoc {
            id: s.id.clone(),
            label: s.label.clone(),
            name: s.name.clone(),
            reporter: s.reporter.name().to_string(),
            country: s.country.map(|c| countries[c].code.clone()),
            period: period.to_string(),
            fiscal_start,
            fiscal_named_by,
            basis: s.basis.clone(),
            headline: s.headline,
        }
    }
}

/// The words of `list` beyond `defaults`, or `None` when there are none.
fn added(list: &[String], defaults: &[&str]) -> Option<Vec<String>> {
    let extra: Vec<String> = list
        .iter()
        .filter(|w| !defaults.contains(&w.as_str()))
        .cloned()
        .collect();
    (!extra.is_empty()).then_some(extra)
}

impl From<&Manifest> for ManifestDoc {
    fn from(m: &Manifest) -> ManifestDoc {
        ManifestDoc {
            title: m.title.clone(),
            description: m.description.clone(),
            as_of: m.as_of.clone(),
            countries: m.countries.to_vec(),
            units: m.units.clone(),
            event_categories: Some(m.event_categories.clone()),
            exercise_domains: added(&m.exercise_domains, &DEFAULT_DOMAINS),
            size_bases: added(&m.size_bases, &DEFAULT_SIZE_BASES),
            trade_series: if m.declares_series {
                let countries = m.countries.as_slice();
                m.trade_series
                    .iter()
                    .map(|s| SeriesDoc::new(s, countries))
                    .collect()
            } else {
                Vec::new()
            },
            sources: m.sources.clone(),
            indicators: m
                .indicators
                .iter()
                .map(|i| IndicatorDoc {
                    id: i.id.clone(),
                    name: i.name.clone(),
                    unit: i.unit.clone(),
                    range: i.range,
                    higher: i.higher.clone(),
                    source: i.source.clone(),
                })
                .collect(),
        }
    }
}

/// A TOML string or integer, quoted and escaped by the toml crate.
fn value(v: impl Into<toml::Value>) -> String {
    v.into().to_string()
}

impl ManifestDoc {
    /// `dataset.toml` text: scalars first, then the countries, units and sources tables.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        let mut line = |key: &str, v: String| {
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(&v);
            out.push('\n');
        };
        line("title", value(self.title.as_str()));
        line("description", value(self.description.as_str()));
        line("as_of", value(self.as_of.as_str()));
        let lists = [
            ("event_categories", &self.event_categories),
            ("exercise_domains", &self.exercise_domains),
            ("size_bases", &self.size_bases),
        ];
        for (key, words) in lists {
            if let Some(words) = words {
                let list: Vec<String> = words.iter().map(|c| value(c.as_str())).collect();
                line(key, format!("[{}]", list.join(", ")));
            }
        }
        for country in &self.countries {
            out.push_str("\n[[countries]]\n");
            out.push_str(&format!("name = {}\n", value(country.name.as_str())));
            out.push_str(&format!("code = {}\n", value(country.code.as_str())));
        }
        out.push_str("\n[units]\n");
        out.push_str(&format!("trade = {}\n", value(self.units.trade.as_str())));
        out.push_str(&format!(
            "personnel = {}\n",
            value(self.units.personnel.as_str())
        ));
        for series in &self.trade_series {
            out.push_str("\n[[trade_series]]\n");
            let mut key = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
            key("id", value(series.id.as_str()));
            key("label", value(series.label.as_str()));
            key("name", value(series.name.as_str()));
            key("reporter", value(series.reporter.as_str()));
            if let Some(country) = &series.country {
                key("country", value(country.as_str()));
            }
            key("period", value(series.period.as_str()));
            if let Some(month) = series.fiscal_start {
                key("fiscal_start", value(i64::from(month)));
            }
            if let Some(named_by) = &series.fiscal_named_by {
                key("fiscal_named_by", value(named_by.as_str()));
            }
            if !series.basis.is_empty() {
                key("basis", value(series.basis.as_str()));
            }
            if series.headline {
                key("headline", value(true));
            }
        }
        for source in &self.sources {
            out.push_str("\n[[sources]]\n");
            out.push_str(&format!("id = {}\n", value(source.id.as_str())));
            out.push_str(&format!(
                "publisher = {}\n",
                value(source.publisher.as_str())
            ));
            out.push_str(&format!("title = {}\n", value(source.title.as_str())));
            out.push_str(&format!("year = {}\n", value(i64::from(source.year))));
            if let Some(url) = &source.url {
                out.push_str(&format!("url = {}\n", value(url.as_str())));
            }
        }
        for ind in &self.indicators {
            out.push_str("\n[[indicators]]\n");
            let mut key = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
            key("id", value(ind.id.as_str()));
            key("name", value(ind.name.as_str()));
            key("unit", value(ind.unit.as_str()));
            if let Some([low, high]) = ind.range {
                key("range", format!("[{}, {}]", value(low), value(high)));
            }
            key("higher", value(ind.higher.as_str()));
            key("source", value(ind.source.as_str()));
        }
        out
    }
}
