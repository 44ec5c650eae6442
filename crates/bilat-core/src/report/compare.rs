//! What two datasets have in common, on terms any view of a comparison can share: the
//! countries both pairs name, the years both record, and whether their trade figures are
//! on one unit. The brief, the export and the dashboard all read these, so a comparison
//! means the same thing everywhere.

use crate::data::{Country, Dataset};

pub use crate::data::YearSpan;

/// The span two optional spans cover together (either alone when the other is missing).
pub fn cover(a: Option<YearSpan>, b: Option<YearSpan>) -> Option<YearSpan> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.cover(b)),
        (one, other) => one.or(other),
    }
}

/// From the first year with a leader meeting to the last (the years in between count as
/// recorded, with zero meetings where none was held).
pub fn meeting_years(data: &Dataset) -> Option<YearSpan> {
    let years = &data.derived.meetings;
    YearSpan::new(years.first()?.year, years.last()?.year)
}

/// The years both datasets record leader meetings for, from `since` on: the fair ground for
/// comparing counts, since a dataset that starts later has no zeros before its start.
pub fn common_meeting_years(a: &Dataset, b: &Dataset, since: Option<i32>) -> Option<YearSpan> {
    meeting_years(a)?.intersect(meeting_years(b)?)?.since(since)
}

/// Leader meetings held within `span`: (all, in person).
pub fn meetings_within(data: &Dataset, span: YearSpan) -> (u32, u32) {
    data.derived
        .meetings
        .iter()
        .filter(|m| span.contains(m.year))
        .fold((0, 0), |(all, in_person), m| {
            (all + m.total(), in_person + m.in_person)
        })
}

/// The countries both pairs name (matched by ISO code), in the first pair's order.
pub fn shared_countries<'a>(a: &'a Dataset, b: &Dataset) -> Vec<&'a Country> {
    a.manifest
        .countries
        .iter()
        .filter(|c| b.manifest.countries.iter().any(|d| d.code == c.code))
        .collect()
}

/// The trade unit both manifests declare, or `None` when they differ: then the figures may
/// not be set against each other as they stand.
pub fn common_trade_unit<'a>(a: &'a Dataset, b: &Dataset) -> Option<&'a str> {
    let unit = a.manifest.units.trade.as_str();
    (unit == b.manifest.units.trade).then_some(unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_meet_cover_and_start_late() {
        let a = YearSpan::new(2013, 2025).unwrap();
        let b = YearSpan::new(2014, 2026).unwrap();
        assert_eq!(a.intersect(b), YearSpan::new(2014, 2025));
        assert_eq!(a.cover(b), YearSpan::new(2013, 2026).unwrap());
        assert_eq!(a.since(Some(2020)), YearSpan::new(2020, 2025));
        assert_eq!(a.since(Some(2030)), None);
        assert_eq!(YearSpan::new(2025, 2024), None);
        let apart = YearSpan::new(1990, 1999).unwrap();
        assert_eq!(a.intersect(apart), None);
        assert_eq!(a.label("–"), "2013–2025");
        assert_eq!(YearSpan::new(2025, 2025).unwrap().label("-"), "2025");
        assert_eq!(cover(None, Some(a)), Some(a));
    }
}
