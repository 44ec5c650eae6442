//! `dataset.toml`: the two countries, units, event categories and the sources rows cite.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::date::PartialDate;
use super::problem::{Location, Problem, quoted};
use super::text::sanitize;

/// The categories an events table may use when the manifest does not list its own.
pub const DEFAULT_CATEGORIES: [&str; 8] = [
    "political",
    "diplomatic",
    "border",
    "military",
    "economic",
    "energy",
    "technology",
    "people-to-people",
];

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Manifest {
    pub title: String,
    pub description: String,
    /// When the figures were last checked.
    pub as_of: String,
    /// Exactly two; exercise columns `first_country_personnel` and
    /// `second_country_personnel` follow this order.
    pub countries: [Country; 2],
    pub units: Units,
    pub event_categories: Vec<String>,
    pub sources: Vec<Source>,
}

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

impl Manifest {
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }

    pub fn category_index(&self, name: &str) -> Option<usize> {
        self.event_categories.iter().position(|c| c == name)
    }

    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.code == code)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    title: String,
    description: String,
    as_of: Spanned<String>,
    countries: Spanned<Vec<RawCountry>>,
    units: Units,
    #[serde(default)]
    event_categories: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    name: String,
    code: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    publisher: String,
    title: String,
    year: i32,
    #[serde(default)]
    url: Option<String>,
}

/// Line and column (1-based) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u64 + 1;
    (line, column)
}

/// Parses and validates the manifest, reporting every problem found.
pub fn parse(file: &str, text: &str) -> Result<Manifest, Vec<Problem>> {
    let raw: RawManifest = toml::from_str(text).map_err(|err| {
        let location = err.span().map_or(Location::File, |span| {
            let (line, column) = line_column(text, span.start);
            Location::Cell { line, column }
        });
        vec![Problem {
            file: file.to_string(),
            location,
            field: None,
            message: sanitize(err.message().trim()).into_owned(),
        }]
    })?;
    let mut problems = Vec::new();
    let mut problem_at = |offset: usize, key: String, message: String| {
        let (line, column) = line_column(text, offset);
        problems.push(Problem {
            file: file.to_string(),
            location: Location::Cell { line, column },
            field: Some(key),
            message,
        });
    };

    if PartialDate::parse(raw.as_of.get_ref())
        .ok()
        .and_then(PartialDate::day)
        .is_none()
    {
        problem_at(
            raw.as_of.span().start,
            "as_of".into(),
            format!(
                "expected a full date as YYYY-MM-DD, found {}",
                quoted(raw.as_of.get_ref())
            ),
        );
    }

    let countries_span = raw.countries.span();
    let raw_countries = raw.countries.into_inner();
    if raw_countries.len() != 2 {
        problem_at(
            countries_span.start,
            "countries".into(),
            format!(
                "expected exactly two [[countries]], found {}",
                raw_countries.len()
            ),
        );
    }
    let mut codes = HashSet::new();
    for (i, country) in raw_countries.iter().enumerate() {
        let code = country.code.get_ref();
        let key = format!("countries[{i}].code");
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            let msg = format!(
                "expected an ISO 3166-1 alpha-3 code (three capital letters), found {}",
                quoted(code)
            );
            problem_at(country.code.span().start, key, msg);
        } else if !codes.insert(code.clone()) {
            let msg = format!("the two countries share the code {}", quoted(code));
            problem_at(country.code.span().start, key, msg);
        }
    }

    let event_categories = match raw.event_categories {
        None => DEFAULT_CATEGORIES.iter().map(|c| c.to_string()).collect(),
        Some(list) => {
            let span = list.span();
            let list = list.into_inner();
            let mut seen = HashSet::new();
            for name in &list {
                if !is_slug(name) {
                    let msg = format!(
                        "a category is lowercase letters, digits and '-', found {}",
                        quoted(name)
                    );
                    problem_at(span.start, "event_categories".into(), msg);
                } else if !seen.insert(name.as_str()) {
                    let msg = format!("category {} is listed twice", quoted(name));
                    problem_at(span.start, "event_categories".into(), msg);
                }
            }
            if list.is_empty() {
                problem_at(
                    span.start,
                    "event_categories".into(),
                    "must list at least one category".into(),
                );
            }
            list
        }
    };

    let mut ids = HashSet::new();
    for (i, source) in raw.sources.iter().enumerate() {
        let id = source.id.get_ref();
        let key = format!("sources[{i}].id");
        if !is_slug(id) {
            let msg = format!(
                "a source id is lowercase letters, digits, '-', '_' and '.', found {}",
                quoted(id)
            );
            problem_at(source.id.span().start, key, msg);
        } else if !ids.insert(id.as_str()) {
            let msg = format!("source id {} is listed twice", quoted(id));
            problem_at(source.id.span().start, key, msg);
        }
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    let clean = |s: &str| sanitize(s).into_owned();
    let [first, second]: [RawCountry; 2] = raw_countries
        .try_into()
        .unwrap_or_else(|_| unreachable!("checked above: exactly two countries"));
    let country = |c: RawCountry| Country {
        name: clean(&c.name),
        code: c.code.into_inner(),
    };
    Ok(Manifest {
        title: clean(&raw.title),
        description: clean(&raw.description),
        as_of: raw.as_of.into_inner(),
        countries: [country(first), country(second)],
        units: Units {
            trade: clean(&raw.units.trade),
            personnel: clean(&raw.units.personnel),
        },
        event_categories,
        sources: raw
            .sources
            .into_iter()
            .map(|s| Source {
                id: s.id.into_inner(),
                publisher: clean(&s.publisher),
                title: clean(&s.title),
                year: s.year,
                url: s.url.map(|u| clean(&u)),
            })
            .collect(),
    })
}

/// Lowercase ASCII letters and digits, with `-`, `_` or `.` inside.
pub fn is_slug(text: &str) -> bool {
    let mut bytes = text.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.'))
}
