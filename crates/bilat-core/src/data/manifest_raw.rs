//! The manifest as TOML gives it, every field with its place in the file, before
//! [`super::manifest::parse`] checks it.

use serde::Deserialize;
use toml::Spanned;

use super::series::RawSeries;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawManifest {
    pub(super) title: Spanned<String>,
    pub(super) description: String,
    pub(super) as_of: Spanned<String>,
    pub(super) countries: Spanned<Vec<RawCountry>>,
    pub(super) units: RawUnits,
    #[serde(default)]
    pub(super) event_categories: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(super) exercise_domains: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(super) size_bases: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(super) trade_series: Vec<RawSeries>,
    #[serde(default)]
    pub(super) sources: Vec<RawSource>,
    #[serde(default)]
    pub(super) indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIndicator {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<String>,
    pub(super) unit: Spanned<String>,
    #[serde(default)]
    pub(super) range: Option<Spanned<Vec<f64>>>,
    pub(super) higher: Spanned<String>,
    pub(super) source: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawUnits {
    pub(super) trade: Spanned<String>,
    pub(super) personnel: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCountry {
    pub(super) name: Spanned<String>,
    pub(super) code: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Spanned<String>,
    pub(super) publisher: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) year: Spanned<i32>,
    #[serde(default)]
    pub(super) url: Option<String>,
}
