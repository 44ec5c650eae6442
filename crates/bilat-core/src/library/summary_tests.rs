//! Summaries of the bundled datasets and of broken ones, checked against the data.

use super::*;
use crate::data::{BUNDLED, Origin};

#[test]
fn the_bundled_datasets_have_every_figure_they_hold() {
    for bundled in BUNDLED.iter() {
        let data = Dataset::load(Origin::Bundled(bundled)).unwrap();
        let s = Summary::of(&data);
        assert!(s.problem.is_none());
        assert!(s.countries.is_some());
        let trade = s.trade.as_ref().expect("every bundled pair has trade");
        assert!(!trade.sparkline.is_empty() && trade.sparkline.len() <= SPARK_POINTS);
        assert_eq!(
            trade.sparkline.last().copied().flatten(),
            Some(trade.value_usd_bn.value)
        );
        assert!(s.event.is_some() && s.meetings.is_some());
        assert_eq!(s.arms.is_some(), data.has(TableId::Arms));
        // Each indicator's latest value is its series' last value, as printed.
        let series = data.indicator_series();
        assert_eq!(s.indicators.len(), series.len(), "{}", data.manifest.title);
        for (latest, series) in s.indicators.iter().zip(&series) {
            let last = series.points.iter().rev().find(|p| p.value.is_some());
            let last = last.expect("every bundled indicator has a value");
            assert_eq!(latest.period, last.year.to_string());
            assert_eq!(Some(latest.printed.clone()), last.value.map(Figure::number));
        }
    }
}

#[test]
fn arms_in_the_last_five_years_count_deliveries_of_unknown_tiv_and_never_print_them_as_0() {
    for bundled in BUNDLED.iter() {
        let data = Dataset::load(Origin::Bundled(bundled)).unwrap();
        let Some(arms) = Summary::of(&data).arms else {
            continue;
        };
        // Counted again from the deals: a delivery year in the window, TIV known or not.
        let (mut known, mut unknown) = (0.0, 0);
        for deal in &data.arms {
            let years = deal.delivery_years.iter();
            for &year in years.filter(|y| (arms.first..=arms.last).contains(*y)) {
                match deal.tiv_in(year) {
                    Some(tiv) => known += tiv,
                    None => unknown += 1,
                }
            }
        }
        assert_eq!(arms.unmeasured, unknown, "{}", data.manifest.title);
        assert!(
            (arms.tiv_mn - known).abs() < 1e-6,
            "{}: {} vs {known}",
            data.manifest.title,
            arms.tiv_mn
        );
        let text = arms.text("≥");
        match (unknown, known > 0.0) {
            (0, _) => assert!(!text.contains('?') && !text.starts_with('≥'), "{text}"),
            (_, true) => assert!(text.starts_with('≥'), "{text}"),
            (_, false) => assert_eq!(text, "?"),
        }
    }
}

#[test]
fn a_summary_survives_json() {
    let data = Dataset::load(Origin::Bundled(&BUNDLED[0])).unwrap();
    let s = Summary::of(&data);
    let back: Summary = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}
