//! Trade series as `dataset.toml` declares them: who reports each figure, and how it counts
//! its years. Without a declaration, each country's customs is a calendar-year series.

use serde::Deserialize;
use toml::Spanned;

use super::manifest::Country;
use super::period::{PeriodKind, month_name};
use super::problem::quoted;
use super::vocabulary::is_id;

/// Who stands behind a series' figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reporter {
    /// One of the two countries' customs.
    Customs,
    /// One of the two countries' trade or statistics ministry.
    Ministry,
    /// One of the two countries' central bank (balance-of-payments figures).
    CentralBank,
    /// One of the two countries' statistics office or bureau.
    StatisticsOffice,
    /// Another of one country's government agencies: a trade development authority.
    Agency,
    /// An outside compiler: IMF DOTS, UN Comtrade, OEC.
    ThirdParty,
    /// Figures quoted by officials or the press; not a consistent series, so its points
    /// are never joined into a line and no change is computed between them.
    Statement,
}

impl Reporter {
    const NAMES: [(&'static str, Reporter); 7] = [
        ("customs", Reporter::Customs),
        ("ministry", Reporter::Ministry),
        ("central-bank", Reporter::CentralBank),
        ("statistics-office", Reporter::StatisticsOffice),
        ("agency", Reporter::Agency),
        ("third-party", Reporter::ThirdParty),
        ("statement", Reporter::Statement),
    ];

    pub fn name(self) -> &'static str {
        Reporter::NAMES
            .iter()
            .find(|(_, r)| *r == self)
            .map_or("", |(n, _)| n)
    }

    /// Whether the reporter is one of the two countries' own bodies, so a series of it
    /// names the country.
    pub fn needs_country(self) -> bool {
        !matches!(self, Reporter::ThirdParty | Reporter::Statement)
    }
}

/// One declared series of trade figures.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TradeSeries {
    /// What `trade.csv`'s `series` column names.
    pub id: String,
    /// A short name for legends (at most [`LABEL_WIDTH`] characters).
    pub label: String,
    /// The full name: `India, Ministry of Commerce (DGCI&S)`.
    pub name: String,
    pub reporter: Reporter,
    /// Index into the manifest's countries, for a country's customs or ministry.
    #[serde(skip)]
    pub country: Option<usize>,
    pub period: PeriodKind,
    /// What the figures count, in the dataset's words; may be empty.
    pub basis: String,
    /// Whether the manifest declares this the headline series: the one the brief, the
    /// comparison and the pane footer lead with.
    pub headline: bool,
}

impl TradeSeries {
    /// Whether neighbouring figures may be joined into a line and compared.
    pub fn is_continuous(&self) -> bool {
        self.reporter != Reporter::Statement
    }

    /// The default: one country's customs, counting calendar years, named by its code.
    pub fn customs_of(index: usize, country: &Country) -> TradeSeries {
        TradeSeries {
            id: country.code.clone(),
            label: country.code.clone(),
            name: format!("{} customs", country.name),
            reporter: Reporter::Customs,
            country: Some(index),
            period: PeriodKind::Calendar,
            basis: String::new(),
            headline: false,
        }
    }
}

/// The longest legend label, in characters.
pub const LABEL_WIDTH: usize = 12;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSeries {
    id: Spanned<String>,
    label: Option<Spanned<String>>,
    name: Spanned<String>,
    reporter: Spanned<String>,
    country: Option<Spanned<String>>,
    period: Spanned<String>,
    fiscal_start: Option<Spanned<i64>>,
    fiscal_named_by: Option<Spanned<String>>,
    #[serde(default)]
    basis: String,
    #[serde(default)]
    headline: Option<Spanned<bool>>,
}

/// A problem in a series: the byte offset in `dataset.toml`, the key, and the message.
pub(super) type SeriesProblem = (usize, String, String);

/// Checks the declared series against the countries; every problem is returned.
pub(super) fn parse(
    raw: Vec<RawSeries>,
    countries: &[Country],
    clean: impl Fn(&str) -> String,
) -> Result<Vec<TradeSeries>, Vec<SeriesProblem>> {
    let mut problems: Vec<SeriesProblem> = Vec::new();
    let mut out = Vec::new();
    for (i, s) in raw.into_iter().enumerate() {
        let key = |k: &str| format!("trade_series[{i}].{k}");
        let at = |span: std::ops::Range<usize>| span.start;
        let id = s.id.get_ref();
        if !is_id(id) {
            problems.push((
                at(s.id.span()),
                key("id"),
                format!(
                    "a series id is letters, digits, '-', '_' and '.', found {}",
                    quoted(id)
                ),
            ));
        } else if out.iter().any(|o: &TradeSeries| o.id == *id) {
            problems.push((
                at(s.id.span()),
                key("id"),
                format!("series id {} is declared twice", quoted(id)),
            ));
        }
        if s.name.get_ref().trim().is_empty() {
            problems.push((at(s.name.span()), key("name"), "required, but empty".into()));
        }
        let label = match &s.label {
            Some(l) if l.get_ref().trim().is_empty() => {
                problems.push((at(l.span()), key("label"), "required, but empty".into()));
                String::new()
            }
            Some(l) if l.get_ref().chars().count() > LABEL_WIDTH => {
                problems.push((
                    at(l.span()),
                    key("label"),
                    format!(
                        "a label is at most {LABEL_WIDTH} characters, found {}",
                        quoted(l.get_ref())
                    ),
                ));
                String::new()
            }
            Some(l) => clean(l.get_ref()),
            None => clean(id),
        };
        let reporter = Reporter::NAMES
            .iter()
            .find(|(n, _)| n == s.reporter.get_ref())
            .map(|(_, r)| *r);
        if reporter.is_none() {
            let names: Vec<&str> = Reporter::NAMES.iter().map(|(n, _)| *n).collect();
            problems.push((
                at(s.reporter.span()),
                key("reporter"),
                format!(
                    "expected one of {}, found {}",
                    names.join(", "),
                    quoted(s.reporter.get_ref())
                ),
            ));
        }
        let reporter = reporter.unwrap_or(Reporter::Statement);
        let country = match &s.country {
            Some(code) => {
                let found = countries.iter().position(|c| c.code == *code.get_ref());
                if found.is_none() {
                    let codes: Vec<&str> = countries.iter().map(|c| c.code.as_str()).collect();
                    problems.push((
                        at(code.span()),
                        key("country"),
                        format!(
                            "expected a country code from [[countries]] ({}), found {}",
                            codes.join(" or "),
                            quoted(code.get_ref())
                        ),
                    ));
                } else if reporter == Reporter::ThirdParty {
                    problems.push((
                        at(code.span()),
                        key("country"),
                        "a third-party series reports for neither country: leave country out"
                            .into(),
                    ));
                }
                found
            }
            None => {
                if reporter.needs_country() {
                    problems.push((
                        at(s.reporter.span()),
                        key("country"),
                        format!(
                            "required for a {} series: the code of the country it reports for",
                            reporter.name()
                        ),
                    ));
                }
                None
            }
        };
        let period = read_period_kind(&s, &key, &mut problems);
        let headline = s.headline.as_ref().is_some_and(|h| *h.get_ref());
        if headline && out.iter().any(|o: &TradeSeries| o.headline) {
            let at = s.headline.as_ref().map_or(0, |h| h.span().start);
            problems.push((
                at,
                key("headline"),
                "only one series may be the headline: remove headline = true from all but one"
                    .into(),
            ));
        }
        out.push(TradeSeries {
            id: id.clone(),
            label,
            name: clean(s.name.get_ref()),
            reporter,
            country,
            period,
            basis: clean(&s.basis),
            headline,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn read_period_kind(
    s: &RawSeries,
    key: &dyn Fn(&str) -> String,
    problems: &mut Vec<SeriesProblem>,
) -> PeriodKind {
    let named_by_end = match &s.fiscal_named_by {
        None => true,
        Some(v) if v.get_ref() == "end" => true,
        Some(v) if v.get_ref() == "start" => false,
        Some(v) => {
            problems.push((
                v.span().start,
                key("fiscal_named_by"),
                format!(
                    "expected \"end\" (FY2022 ends in 2022) or \"start\" (FY2022 starts in 2022), found {}",
                    quoted(v.get_ref())
                ),
            ));
            true
        }
    };
    match (s.period.get_ref().as_str(), &s.fiscal_start) {
        ("calendar", None) => PeriodKind::Calendar,
        ("calendar", Some(m)) => {
            problems.push((
                m.span().start,
                key("fiscal_start"),
                "only a fiscal series has a fiscal_start: remove it or set period = \"fiscal\""
                    .into(),
            ));
            PeriodKind::Calendar
        }
        ("fiscal", Some(m)) => {
            let month = *m.get_ref();
            if (2..=12).contains(&month) {
                PeriodKind::Fiscal {
                    start_month: month as u8,
                    named_by_end,
                }
            } else {
                let msg = if month == 1 {
                    "a year from January is a calendar year: set period = \"calendar\"".to_string()
                } else {
                    format!("expected the first month as a number from 2 to 12, found {month}")
                };
                problems.push((m.span().start, key("fiscal_start"), msg));
                PeriodKind::Calendar
            }
        }
        ("fiscal", None) => {
            problems.push((
                s.period.span().start,
                key("fiscal_start"),
                format!(
                    "required for a fiscal series: its first month as a number ({} is 4)",
                    month_name(4)
                ),
            ));
            PeriodKind::Calendar
        }
        (other, _) => {
            problems.push((
                s.period.span().start,
                key("period"),
                format!(
                    "expected \"calendar\" or \"fiscal\", found {}",
                    quoted(other)
                ),
            ));
            PeriodKind::Calendar
        }
    }
}
