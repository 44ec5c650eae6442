//! The manifest as the exports hold it: a JSON object with the keys of `dataset.toml`, and
//! `dataset.toml` text laid out as the README shows it.

use serde::{Deserialize, Serialize};

use crate::data::{Country, Manifest, Source, Units};

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
    #[serde(default)]
    pub sources: Vec<Source>,
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
            sources: m.sources.clone(),
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
        if let Some(categories) = &self.event_categories {
            let list: Vec<String> = categories.iter().map(|c| value(c.as_str())).collect();
            line("event_categories", format!("[{}]", list.join(", ")));
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
        out
    }
}
