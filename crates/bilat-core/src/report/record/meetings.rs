//! The record of a year's leader meetings: each with its kind, place, occasion, whether the
//! leaders held their own talks, mark, note and sources.

use super::{Entry, Record, mark, push, sources};
use crate::data::{Dataset, Meeting, MeetingKind};

fn meeting_kind(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::InPerson => "in person",
        MeetingKind::Phone => "by phone",
        MeetingKind::Video => "by video",
    }
}

fn meeting(data: &Dataset, m: &Meeting) -> Entry {
    let mut fields = Vec::new();
    push(&mut fields, "Kind", meeting_kind(m.kind));
    push(&mut fields, "Place", m.place.clone());
    push(&mut fields, "Occasion", m.occasion.clone());
    push(&mut fields, "Leaders", m.leaders_text());
    let bilateral = match m.bilateral {
        Some(true) => "yes, the leaders held their own talks",
        Some(false) => "no, they met only within a wider gathering",
        None => "not known",
    };
    push(&mut fields, "Bilateral", bilateral);
    mark(&mut fields, m.quality);
    push(&mut fields, "Note", m.note.clone());
    sources(&mut fields, data, &m.citation);
    Entry {
        heading: format!("{} {}", m.date, m.occasion),
        fields,
    }
}

/// For a year outside the years the meetings table records (before its first meeting or
/// after its last), what to say instead of "none recorded", which would pass a gap for a
/// zero: `not covered (2013–2025)`. `None` within them, or with no meetings.
pub fn not_covered(data: &Dataset, year: i32, dash: &str) -> Option<String> {
    let span = crate::report::compare::meeting_years(data)?;
    (!span.contains(year)).then(|| format!("not covered ({})", span.label(dash)))
}

pub(super) fn meeting_year(data: &Dataset, year: i32, dash: &str) -> Record {
    let of_year: Vec<&Meeting> = data
        .meetings
        .iter()
        .filter(|m| m.date.year() == year)
        .collect();
    let entries: Vec<Entry> = of_year.iter().map(|m| meeting(data, m)).collect();
    // Counted as the chart counts them (`Meeting::is_counted`), and the rule said.
    let counted = of_year.iter().filter(|m| m.is_counted()).count();
    let title = match (counted, entries.len() - counted) {
        (0, 0) => match not_covered(data, year, dash) {
            Some(words) => format!("Meetings, {year}: {words}"),
            None => format!("Meetings, {year}: none recorded"),
        },
        (n, 0) => format!("Meetings, {year}: {}", meetings_word(n)),
        (n, unconfirmed) => format!(
            "Meetings, {year}: {} counted; {unconfirmed} unconfirmed, listed but not counted",
            meetings_word(n)
        ),
    };
    Record { title, entries }
}

/// `1 meeting`, `3 meetings`.
fn meetings_word(n: usize) -> String {
    if n == 1 {
        "1 meeting".to_string()
    } else {
        format!("{n} meetings")
    }
}
