//! Phrases every sentence of the plain mode builds on: dates, quality marks, notes and
//! sources in words.

use crate::data::{Citation, Dataset, PartialDate, Quality, month_name};

/// A date in words: `9 December 2025`, `December 2025`, `2025`.
pub fn date(d: PartialDate) -> String {
    match (d.day(), d.month()) {
        (Some(day), Some(month)) => format!("{day} {} {}", month_name(month), d.year()),
        (None, Some(month)) => format!("{} {}", month_name(month), d.year()),
        _ => d.year().to_string(),
    }
}

/// A quality mark in words, or nothing for a firm figure.
pub(super) fn marked(q: Quality) -> String {
    match q {
        Quality::Firm => String::new(),
        other => format!(" Marked {}.", other.label()),
    }
}

/// The note as a sentence after the rest, or nothing.
pub(super) fn note(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" Note: {text}")
    }
}

/// The citation as a last sentence.
pub(super) fn source(citation: &Citation, data: &Dataset) -> String {
    format!(" Source: {}.", citation.render(&data.manifest))
}
