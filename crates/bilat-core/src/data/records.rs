//! The tables' rows as typed records, and how each is read from its CSV row.

use serde::Serialize;

use super::date::PartialDate;
use super::figure::Figure;
use super::manifest::Manifest;
use super::period::Period;
pub use super::quality::Quality;
use super::row::Choice;

/// Where a row's figures come from: manifest sources by index, free text, or both.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Citation {
    /// Indices into [`Manifest::sources`].
    #[serde(skip)]
    pub source_indices: Vec<u16>,
    pub source_text: String,
}

impl Citation {
    /// The citation as one line: manifest sources first, then the free text.
    pub fn render(&self, manifest: &Manifest) -> String {
        let mut parts: Vec<String> = self
            .source_indices
            .iter()
            .filter_map(|&i| manifest.sources.get(usize::from(i)))
            .map(|s| s.cite())
            .collect();
        if !self.source_text.is_empty() {
            parts.push(self.source_text.clone());
        }
        parts.join("; ")
    }

    pub fn ids<'m>(&self, manifest: &'m Manifest) -> Vec<&'m str> {
        self.source_indices
            .iter()
            .filter_map(|&i| manifest.sources.get(usize::from(i)))
            .map(|s| s.id.as_str())
            .collect()
    }
}

/// Twelve months' goods trade as one series reported it.
#[derive(Debug, Clone, PartialEq)]
pub struct TradeRow {
    pub period: Period,
    /// The period as the file writes it: `2021-22`, `FY2022`, `2018`.
    pub period_text: String,
    /// Index into [`Manifest::trade_series`]: who reported this figure.
    pub series: usize,
    /// USD billions, nominal, as printed; `None` is a known gap.
    pub value_usd_bn: Option<Figure>,
    /// USD billions of goods the series' country sold to the other (for a third-party
    /// series, the first country of the pair); `None` where not known.
    pub exports_usd_bn: Option<Figure>,
    /// USD billions of goods it bought from the other; `None` where not known.
    pub imports_usd_bn: Option<Figure>,
    /// Year-on-year change in percent, as the source reported it, at its printed decimals.
    pub yoy_pct: Option<Figure>,
    pub quality: Quality,
    pub note: String,
    /// Who gave or published this figure, where the series' name does not say.
    pub reported_by: String,
    pub citation: Citation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    InPerson,
    Phone,
    Video,
}

impl Choice for MeetingKind {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("in-person", MeetingKind::InPerson),
        ("phone", MeetingKind::Phone),
        ("video", MeetingKind::Video),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    Yes,
    No,
}

impl Choice for YesNo {
    const NAMES: &'static [(&'static str, Self)] = &[("yes", YesNo::Yes), ("no", YesNo::No)];
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub date: PartialDate,
    pub kind: MeetingKind,
    /// Whether the leaders held their own talks; `None` when unknown.
    pub bilateral: Option<bool>,
    pub place: String,
    pub occasion: String,
    /// Who met, as the `leaders` column lists them (`Xi Jinping; Shehbaz Sharif`); empty
    /// where the dataset does not say.
    pub leaders: Vec<String>,
    pub quality: Quality,
    pub note: String,
    pub citation: Citation,
}

impl Meeting {
    /// `Xi Jinping; Shehbaz Sharif`, or empty.
    pub fn leaders_text(&self) -> String {
        self.leaders.join("; ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    pub name: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub location: String,
    pub host: String,
    /// Words from [`Manifest::exercise_domains`] joined by `/`.
    pub domain: String,
    /// People, every country included.
    pub total_personnel: Option<u32>,
    /// People from each manifest country, in manifest order.
    pub personnel: [Option<u32>; 2],
    /// A word from [`Manifest::size_bases`]: what the personnel figures rest on.
    pub size_basis: Option<String>,
    pub alt_total_personnel: Option<u32>,
    pub alt_source_text: String,
    pub quality: Quality,
    pub note: String,
    pub citation: Citation,
}
