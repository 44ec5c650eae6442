//! The manifest's parts that rows and outputs name on their own: the two countries, the
//! units, and the sources rows cite.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: String,
    /// ISO 3166-1 alpha-3.
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Units {
    /// Shown beside trade figures, e.g. "USD billions, nominal".
    pub trade: String,
    pub personnel: String,
}

/// A source that table rows cite by `id`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Source {
    /// One line for a citation: `Publisher, "Title" (year)`.
    pub fn cite(&self) -> String {
        format!("{}, \"{}\" ({})", self.publisher, self.title, self.year)
    }
}
