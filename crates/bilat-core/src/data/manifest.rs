//! `dataset.toml`: the two countries, units, event categories and the sources rows cite.

use std::collections::HashSet;

use toml::Spanned;

use super::date::PartialDate;
use super::indicators::Indicator;
pub use super::manifest_parts::{Country, Source, Units};
use super::manifest_raw::{RawCountry, RawManifest};
use super::problem::{Location, Problem, quoted};
use super::series::{self, TradeSeries};
use super::text::sanitize;
use super::toml_errors::{self, line_column};
use super::vocabulary::{
    DEFAULT_CATEGORIES, DEFAULT_DOMAINS, DEFAULT_SIZE_BASES, List, is_slug, word_list,
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Manifest {
    pub title: String,
    pub description: String,
    /// When the figures were last checked: `YYYY-MM-DD` or `YYYY-MM`.
    pub as_of: String,
    /// Exactly two; exercise columns `first_country_personnel` and
    /// `second_country_personnel` follow this order.
    pub countries: [Country; 2],
    pub units: Units,
    pub event_categories: Vec<String>,
    /// Who reports trade figures; the two countries' customs unless declared.
    pub trade_series: Vec<TradeSeries>,
    /// The defaults and what `exercise_domains` adds.
    pub exercise_domains: Vec<String>,
    /// The defaults and what `size_bases` adds.
    pub size_bases: Vec<String>,
    pub sources: Vec<Source>,
    /// Yearly measures the optional indicators table holds, in declaration order.
    pub indicators: Vec<Indicator>,
    /// Whether `trade_series` was declared (false: the default customs series).
    #[serde(skip)]
    pub declares_series: bool,
    /// A stand-in used to check tables when `dataset.toml` itself is broken: every code,
    /// category and source id is taken as known, so only other rules are reported.
    #[serde(skip)]
    lenient: bool,
}

impl Manifest {
    pub fn source_index(&self, id: &str) -> Option<usize> {
        let found = self.sources.iter().position(|s| s.id == id);
        found.or(self.lenient.then_some(0))
    }

    pub fn category_index(&self, name: &str) -> Option<usize> {
        let found = self.event_categories.iter().position(|c| c == name);
        found.or((self.lenient && !name.is_empty()).then_some(0))
    }

    pub fn country_index(&self, code: &str) -> Option<usize> {
        let found = self.countries.iter().position(|c| c.code == code);
        found.or((self.lenient && !code.is_empty()).then_some(0))
    }

    /// Whose flows series `index` gives, and the other country's code: `["CHN", "PAK"]` for
    /// China's customs; the first country's for a third-party series.
    pub fn flow_codes(&self, index: usize) -> [&str; 2] {
        let from = self
            .trade_series
            .get(index)
            .and_then(|s| s.country)
            .unwrap_or(0)
            .min(1);
        [&self.countries[from].code, &self.countries[1 - from].code]
    }

    /// The trade series a row names; any non-empty id for the stand-in, which has none.
    pub fn series_index(&self, id: &str) -> Option<usize> {
        let found = self.trade_series.iter().position(|s| s.id == id);
        found.or((self.lenient && !id.is_empty()).then_some(0))
    }

    /// The indicator a row names; any non-empty id for the stand-in.
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        let found = self.indicators.iter().position(|i| i.id == id);
        found.or((self.lenient && !id.is_empty()).then_some(0))
    }

    /// Whether codes, categories and source ids are checked (false for the stand-in).
    pub fn checks_references(&self) -> bool {
        !self.lenient
    }

    /// The stand-in for a broken manifest; see the `lenient` field.
    pub fn lenient() -> Manifest {
        let country = |code: &str| Country {
            name: String::new(),
            code: code.to_string(),
        };
        Manifest {
            title: String::new(),
            description: String::new(),
            as_of: String::new(),
            countries: [country("?"), country("?")],
            units: Units {
                trade: String::new(),
                personnel: String::new(),
            },
            event_categories: Vec::new(),
            trade_series: Vec::new(),
            exercise_domains: Vec::new(),
            size_bases: Vec::new(),
            sources: Vec::new(),
            indicators: Vec::new(),
            declares_series: false,
            lenient: true,
        }
    }
}

/// Parses and validates the manifest, reporting every problem found.
pub fn parse(file: &str, text: &str) -> Result<Manifest, Vec<Problem>> {
    let raw: RawManifest =
        toml::from_str(text).map_err(|err| vec![toml_errors::problem(file, text, &err)])?;
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

    match PartialDate::parse(raw.as_of.get_ref()) {
        Ok(date) if date.month().is_some() => {}
        Ok(_) => problem_at(
            raw.as_of.span().start,
            "as_of".into(),
            format!(
                "expected a date as YYYY-MM-DD or a month as YYYY-MM, found {}",
                quoted(raw.as_of.get_ref())
            ),
        ),
        Err(err) => problem_at(
            raw.as_of.span().start,
            "as_of".into(),
            format!("{err}, found {}", quoted(raw.as_of.get_ref())),
        ),
    }
    let mut required = |text: &Spanned<String>, key: String| {
        if text.get_ref().trim().is_empty() {
            problem_at(text.span().start, key, "required, but empty".into());
        }
    };
    required(&raw.title, "title".into());
    required(&raw.units.trade, "units.trade".into());
    required(&raw.units.personnel, "units.personnel".into());
    for (i, source) in raw.sources.iter().enumerate() {
        required(&source.publisher, format!("sources[{i}].publisher"));
        required(&source.title, format!("sources[{i}].title"));
    }
    for (i, country) in raw.countries.get_ref().iter().enumerate() {
        required(&country.name, format!("countries[{i}].name"));
    }
    for (i, source) in raw.sources.iter().enumerate() {
        let year = *source.year.get_ref();
        if !(1000..=9999).contains(&year) {
            problem_at(
                source.year.span().start,
                format!("sources[{i}].year"),
                format!("expected a year from 1000 to 9999, found {year}"),
            );
        }
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

    let event_categories = word_list(
        raw.event_categories,
        &DEFAULT_CATEGORIES,
        List::Replaces,
        ("event_categories", "category"),
        &mut problem_at,
    );
    let exercise_domains = word_list(
        raw.exercise_domains,
        &DEFAULT_DOMAINS,
        List::Extends,
        ("exercise_domains", "domain"),
        &mut problem_at,
    );
    let size_bases = word_list(
        raw.size_bases,
        &DEFAULT_SIZE_BASES,
        List::Extends,
        ("size_bases", "size basis"),
        &mut problem_at,
    );

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

    let mut indicator_ids = HashSet::new();
    for (i, ind) in raw.indicators.iter().enumerate() {
        let id = ind.id.get_ref();
        let key = format!("indicators[{i}].id");
        if !is_slug(id) {
            let msg = format!(
                "an indicator id is lowercase letters, digits and '-', found {}",
                quoted(id)
            );
            problem_at(ind.id.span().start, key, msg);
        } else if !indicator_ids.insert(id.as_str()) {
            let msg = format!("indicator id {} is listed twice", quoted(id));
            problem_at(ind.id.span().start, key, msg);
        }
        for (text, name) in [
            (&ind.name, "name"),
            (&ind.unit, "unit"),
            (&ind.higher, "higher"),
        ] {
            if text.get_ref().trim().is_empty() {
                problem_at(
                    text.span().start,
                    format!("indicators[{i}].{name}"),
                    "required, but empty".into(),
                );
            }
        }
        if let Some(range) = &ind.range {
            let ok = matches!(range.get_ref().as_slice(), [low, high] if low < high);
            if !ok {
                problem_at(
                    range.span().start,
                    format!("indicators[{i}].range"),
                    format!(
                        "expected [lowest, highest] with lowest below highest, found {:?}",
                        range.get_ref()
                    ),
                );
            }
        }
        let source = ind.source.get_ref();
        if !raw.sources.iter().any(|s| s.id.get_ref() == source) {
            problem_at(
                ind.source.span().start,
                format!("indicators[{i}].source"),
                format!(
                    "unknown source id {}: dataset.toml lists no [[sources]] with that id",
                    quoted(source)
                ),
            );
        }
    }

    let clean = |s: &str| sanitize(s).into_owned();
    let countries_for_series: Vec<Country> = raw_countries
        .iter()
        .map(|c| Country {
            name: clean(c.name.get_ref()),
            code: c.code.get_ref().clone(),
        })
        .collect();
    let declares_series = !raw.trade_series.is_empty();
    let trade_series = match series::parse(raw.trade_series, &countries_for_series, clean) {
        Ok(declared) => declared,
        Err(found) => {
            for (offset, key, message) in found {
                problem_at(offset, key, message);
            }
            Vec::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let [first, second]: [RawCountry; 2] = raw_countries
        .try_into()
        .unwrap_or_else(|_| unreachable!("checked above: exactly two countries"));
    let country = |c: RawCountry| Country {
        name: clean(c.name.get_ref()),
        code: c.code.into_inner(),
    };
    let countries = [country(first), country(second)];
    let trade_series = if declares_series {
        trade_series
    } else {
        (0..2)
            .map(|i| TradeSeries::customs_of(i, &countries[i]))
            .collect()
    };
    Ok(Manifest {
        title: clean(raw.title.get_ref()),
        description: clean(&raw.description),
        as_of: raw.as_of.into_inner(),
        countries,
        units: Units {
            trade: clean(raw.units.trade.get_ref()),
            personnel: clean(raw.units.personnel.get_ref()),
        },
        event_categories,
        trade_series,
        exercise_domains,
        size_bases,
        declares_series,
        lenient: false,
        indicators: raw
            .indicators
            .into_iter()
            .map(|i| Indicator {
                id: i.id.into_inner(),
                name: clean(i.name.get_ref()),
                unit: clean(i.unit.get_ref()),
                range: i.range.map(|r| {
                    let r = r.into_inner();
                    [r[0], r[1]]
                }),
                higher: clean(i.higher.get_ref()),
                source: i.source.into_inner(),
            })
            .collect(),
        sources: raw
            .sources
            .into_iter()
            .map(|s| Source {
                id: s.id.into_inner(),
                publisher: clean(s.publisher.get_ref()),
                title: clean(s.title.get_ref()),
                year: s.year.into_inner(),
                url: s.url.map(|u| clean(&u)),
            })
            .collect(),
    })
}
