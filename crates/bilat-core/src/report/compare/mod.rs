//! What two to four compared datasets have in common, on terms any view of a comparison can
//! share: the countries every pair names (and those only some name, with which), the years
//! all of them record, whether their trade figures are on one unit, and which indicators they
//! declare on which units. The brief, the export and the dashboard all read these, so a
//! comparison means the same thing everywhere.
//!
//! Each question is asked of a list of pairs, in the order the command line names them; the
//! two-pair forms ([`shared_countries`], [`common_trade_unit`], [`common_meeting_years`],
//! [`cover`]) are the same questions of two.

use crate::data::{Country, Dataset};

mod indicators;
pub use indicators::{ComparedIndicator, indicators_compared};

pub use crate::data::YearSpan;

/// How many pairs a comparison holds: `--compare` takes two to four, and every view of a
/// comparison is laid out for as many.
pub const PAIRS: std::ops::RangeInclusive<usize> = 2..=4;

/// The span two optional spans cover together (either alone when the other is missing).
pub fn cover(a: Option<YearSpan>, b: Option<YearSpan>) -> Option<YearSpan> {
    cover_all([a, b])
}

/// The span every given span covers together, leaving out the missing ones; `None` when
/// every one is missing.
pub fn cover_all(spans: impl IntoIterator<Item = Option<YearSpan>>) -> Option<YearSpan> {
    spans.into_iter().flatten().reduce(YearSpan::cover)
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
    meeting_years_of_all(&[a, b], since)
}

/// The years every dataset records leader meetings for, from `since` on; `None` when one
/// records none, or their records do not meet.
pub fn meeting_years_of_all(pairs: &[&Dataset], since: Option<i32>) -> Option<YearSpan> {
    let mut spans = pairs.iter().map(|data| meeting_years(data));
    let first = spans.next()??;
    spans
        .try_fold(first, |common, span| common.intersect(span?))?
        .since(since)
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

/// The series a pair's brief quotes and a comparison draws it as: the headline series,
/// unless only another has figures.
pub fn headline_series(data: &Dataset) -> Option<usize> {
    let trade = &data.derived.trade;
    data.derived
        .leading_series(|i| trade[i].iter().any(|p| p.value_usd_bn.is_some()))
}

/// The entry of the series order (colour and glyph) each of the compared `pairs` is drawn
/// in, in every output of a comparison, the dashboard's included: its headline series'
/// entry, or the next free one ([`crate::text::palette::pair_entries_of`]).
pub fn pair_entries(pairs: &[&Dataset]) -> Vec<usize> {
    let shown: Vec<Option<usize>> = pairs.iter().map(|d| headline_series(d)).collect();
    crate::text::palette::pair_entries_of(&shown)
}

/// The countries both pairs name (matched by ISO code), in the first pair's order.
pub fn shared_countries<'a>(a: &'a Dataset, b: &Dataset) -> Vec<&'a Country> {
    // [`shared_by_all`] of the two, with the second pair's lifetime free of the answer's.
    a.manifest
        .countries
        .iter()
        .filter(|c| names(b, &c.code))
        .collect()
}

/// A country that more than one compared pair names, and which of them do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedCountry<'a> {
    /// As the first pair that names it names it.
    pub country: &'a Country,
    /// The places (in the comparison's order) of the pairs that name it, in order; two at
    /// the least.
    pub pairs: Vec<usize>,
}

impl SharedCountry<'_> {
    /// Whether every one of `count` compared pairs names it.
    pub fn by_all(&self, count: usize) -> bool {
        self.pairs.len() == count
    }
}

/// Every country more than one pair names (matched by ISO code), with the pairs that name
/// it: in the order the pairs name them, the first pair's countries first, then those of
/// the second that the first does not name, and so on.
pub fn countries_shared<'a>(pairs: &[&'a Dataset]) -> Vec<SharedCountry<'a>> {
    let mut shared: Vec<SharedCountry<'a>> = Vec::new();
    for (place, data) in pairs.iter().enumerate() {
        for country in &data.manifest.countries {
            if shared.iter().any(|s| s.country.code == country.code) {
                continue;
            }
            let naming: Vec<usize> = (place..pairs.len())
                .filter(|&p| names(pairs[p], &country.code))
                .collect();
            // A pair listing one code twice is not two pairs naming it.
            if naming.len() > 1 {
                shared.push(SharedCountry {
                    country,
                    pairs: naming,
                });
            }
        }
    }
    shared
}

/// Whether a pair names the country with this ISO code.
fn names(data: &Dataset, code: &str) -> bool {
    data.manifest.countries.iter().any(|c| c.code == code)
}

/// The countries every pair names (matched by ISO code), in the first pair's order.
pub fn shared_by_all<'a>(pairs: &[&'a Dataset]) -> Vec<&'a Country> {
    let Some(first) = pairs.first() else {
        return Vec::new();
    };
    first
        .manifest
        .countries
        .iter()
        .filter(|c| pairs[1..].iter().all(|data| names(data, &c.code)))
        .collect()
}

/// The trade unit both manifests declare, or `None` when they differ: then the figures may
/// not be set against each other as they stand.
pub fn common_trade_unit<'a>(a: &'a Dataset, b: &Dataset) -> Option<&'a str> {
    // [`trade_unit_of_all`] of the two, with the second pair's lifetime free of the answer's.
    let unit = a.manifest.units.trade.as_str();
    (unit == b.manifest.units.trade).then_some(unit)
}

/// The trade unit every manifest declares, or `None` when any differs from the others.
pub fn trade_unit_of_all<'a>(pairs: &[&'a Dataset]) -> Option<&'a str> {
    let unit = pairs.first()?.manifest.units.trade.as_str();
    pairs
        .iter()
        .all(|data| data.manifest.units.trade == unit)
        .then_some(unit)
}

/// Items as a sentence lists them: `A`, `A and B`, `A, B and C`.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// How many pairs, in words, as the comparison's sentences say it: `two`, `three`, `four`
/// (figures past that, which `--compare` does not take).
pub fn count_word(count: usize) -> String {
    match count {
        2 => "two".to_string(),
        3 => "three".to_string(),
        4 => "four".to_string(),
        n => n.to_string(),
    }
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
        assert_eq!(cover(None, None), None);
        assert_eq!(
            cover_all([Some(b), None, Some(apart)]),
            YearSpan::new(1990, 2026)
        );
    }

    /// The bundled datasets, loaded; the comparisons' tests all start from them.
    pub(super) fn bundled() -> Vec<Dataset> {
        crate::data::BUNDLED
            .iter()
            .map(|b| Dataset::load(crate::data::Origin::Bundled(b)).unwrap())
            .collect()
    }

    #[test]
    fn countries_are_shared_by_all_or_by_some_pairs_named() {
        let data = bundled();
        let [rc, ir, cp] = [&data[0], &data[1], &data[2]];
        let codes = |countries: Vec<&Country>| -> Vec<String> {
            countries.iter().map(|c| c.code.clone()).collect()
        };
        assert_eq!(codes(shared_by_all(&[rc, ir])), ["RUS"]);
        assert_eq!(codes(shared_countries(rc, ir)), ["RUS"]);
        assert_eq!(codes(shared_by_all(&[rc, ir, cp])), Vec::<String>::new());
        let shared = countries_shared(&[rc, ir, cp]);
        let found: Vec<(&str, &[usize])> = shared
            .iter()
            .map(|s| (s.country.code.as_str(), s.pairs.as_slice()))
            .collect();
        assert_eq!(found, [("RUS", &[0, 1][..]), ("CHN", &[0, 2][..])]);
        assert!(!shared[0].by_all(3) && shared[0].by_all(2));
        // Named by the order given: India–Russia first names Russia first.
        let shared = countries_shared(&[ir, cp, rc]);
        let found: Vec<(&str, &[usize])> = shared
            .iter()
            .map(|s| (s.country.code.as_str(), s.pairs.as_slice()))
            .collect();
        assert_eq!(found, [("RUS", &[0, 2][..]), ("CHN", &[1, 2][..])]);
        // One pair twice shares both its countries with itself.
        assert_eq!(codes(shared_by_all(&[cp, cp, cp])), ["CHN", "PAK"]);
    }

    #[test]
    fn one_unit_and_common_years_are_those_of_every_pair() {
        let data = bundled();
        let all: Vec<&Dataset> = data.iter().collect();
        assert_eq!(trade_unit_of_all(&all), Some("USD billions, nominal"));
        let mut euros = data[2].clone();
        euros.manifest.units.trade = "EUR billions".to_string();
        assert_eq!(trade_unit_of_all(&[all[0], all[1], &euros]), None);
        assert_eq!(common_trade_unit(all[0], &euros), None);
        // Russia–China from 2013, India–Russia from 2014, China–Pakistan from 2013.
        let common = meeting_years_of_all(&all, None);
        assert_eq!(common, YearSpan::new(2014, 2025));
        assert_eq!(common, common_meeting_years(all[0], all[1], None));
        assert_eq!(
            meeting_years_of_all(&all, Some(2020)),
            YearSpan::new(2020, 2025)
        );
        let mut none = data[2].clone();
        none.derived.meetings.clear();
        assert_eq!(meeting_years_of_all(&[all[0], all[1], &none], None), None);
        assert_eq!(
            cover_all(all.iter().map(|d| meeting_years(d))),
            YearSpan::new(2013, 2025)
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["A"]), "A");
        assert_eq!(and_list(&["A", "B"]), "A and B");
        assert_eq!(and_list(&["A", "B", "C", "D"]), "A, B, C and D");
        assert_eq!(count_word(3), "three");
    }
}
