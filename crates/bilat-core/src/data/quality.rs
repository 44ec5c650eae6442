//! How far a figure can be taken at face value: the mark every row may carry. A leaf: the
//! tables, the events and the indicators all read it, and it reads none of them.

use serde::Serialize;

use super::row::Choice;

/// How far a figure can be taken at face value. `Firm` is written as an empty field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quality {
    #[default]
    Firm,
    /// A rounded or "about" figure.
    Approximate,
    /// Early figure, later revised or likely to be.
    Preliminary,
    /// Sources give different figures; the note says which.
    Disputed,
    /// A single weak source.
    Low,
    /// Announced or scheduled, not confirmed to have happened.
    Unconfirmed,
}

impl Choice for Quality {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("approximate", Quality::Approximate),
        ("preliminary", Quality::Preliminary),
        ("disputed", Quality::Disputed),
        ("low", Quality::Low),
        ("unconfirmed", Quality::Unconfirmed),
    ];
}

impl Quality {
    pub fn label(self) -> &'static str {
        match self {
            Quality::Firm => "",
            other => other.name(),
        }
    }
}
