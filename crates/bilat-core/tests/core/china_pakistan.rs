//! The bundled China–Pakistan dataset: each reporter its own series, every flow from its
//! series' own side, figures at their printed precision, lower bounds and derived figures
//! where the sources call for them, the State Bank as the headline and who met at each
//! meeting.

use bilat::data::{Bound, Bundled, Dataset, Origin, Quality, Reporter, TradeRow};

fn data() -> Dataset {
    let bundled = Bundled::find("china-pakistan").expect("china-pakistan is bundled");
    Dataset::load(Origin::Bundled(bundled)).expect("the bundled China–Pakistan data is valid")
}

/// The row of `series` (its id) for `period` as the file writes it.
fn row<'a>(d: &'a Dataset, series: &str, period: &str) -> &'a TradeRow {
    d.trade
        .iter()
        .find(|t| d.manifest.trade_series[t.series].id == series && t.period_text == period)
        .unwrap_or_else(|| panic!("no {series} row for {period}"))
}

/// A figure as the CSV writes it: `>12`, `1.80`, `20`; empty for none.
fn cell(figure: Option<bilat::data::Figure>) -> String {
    figure.map(|f| f.cell()).unwrap_or_default()
}

#[test]
fn loads_clean_with_china_first() {
    let d = data();
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert_eq!(d.manifest.title, "China–Pakistan");
    let codes: Vec<&str> = d
        .manifest
        .countries
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(codes, ["CHN", "PAK"]);
    assert_eq!(d.trade.len(), 26);
    assert_eq!(d.meetings.len(), 24);
    assert_eq!(d.exercises.len(), 16);
    assert_eq!(d.events.len(), 47);
}

#[test]
fn each_reporter_is_its_own_series_and_the_state_bank_leads() {
    let d = data();
    let series: Vec<(&str, Reporter, Option<&str>)> = d
        .manifest
        .trade_series
        .iter()
        .map(|s| {
            let country = s.country.map(|i| d.manifest.countries[i].code.as_str());
            (s.id.as_str(), s.reporter, country)
        })
        .collect();
    assert_eq!(
        series,
        [
            ("chn-customs", Reporter::Customs, Some("CHN")),
            ("chn-official", Reporter::Statement, Some("CHN")),
            ("statements", Reporter::Statement, None),
            ("pak-sbp", Reporter::CentralBank, Some("PAK")),
            ("pak-pbs", Reporter::StatisticsOffice, Some("PAK")),
            ("pak-moc", Reporter::Ministry, Some("PAK")),
            ("pak-tdap", Reporter::Agency, Some("PAK")),
            ("pak-official", Reporter::Statement, Some("PAK")),
        ]
    );
    let headlines: Vec<&str> = d
        .manifest
        .trade_series
        .iter()
        .filter(|s| s.headline)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(headlines, ["pak-sbp"]);
    // Pakistan's 2023-24 is July 2023 to June 2024, never a calendar year.
    let fy24 = row(&d, "pak-sbp", "2023-24").period;
    assert_eq!((fy24.start_year(), fy24.start_month()), (2023, 7));
    assert_eq!(fy24.end(), (2024, 6));
    assert_eq!(row(&d, "chn-customs", "2021").period.start_month(), 1);
    // July 2020 to April 2021: ten months of the State Bank's, never a year of it.
    let part = row(&d, "pak-sbp", "2020-07..2021-04");
    assert!(part.period.is_partial());
    assert_eq!(part.period.month_count(), 10);
    assert_eq!(cell(part.imports_usd_bn), "10.3");
    assert_eq!(part.quality, Quality::Approximate);
    let sbp = d
        .manifest
        .trade_series
        .iter()
        .position(|s| s.id == "pak-sbp")
        .unwrap();
    assert!(
        d.derived.trade[sbp].iter().all(|p| !p.period.is_partial()),
        "a part of a year is never among the series' years"
    );
}

#[test]
fn flows_are_the_series_own_country_s() {
    let d = data();
    // China's customs: China sells Pakistan far more than it buys from it.
    let cy2020 = row(&d, "chn-customs", "2020");
    assert_eq!(cell(cy2020.exports_usd_bn), "15.36");
    assert_eq!(cell(cy2020.imports_usd_bn), "2.12");
    // The State Bank: Pakistan buys from China far more than it sells it.
    let fy25 = row(&d, "pak-sbp", "2024-25");
    assert_eq!(cell(fy25.exports_usd_bn), "2.47");
    assert_eq!(cell(fy25.imports_usd_bn), "16.31");
    // Every row with both flows says the same from its own side: a swapped row shows here.
    for t in &d.trade {
        let (Some(x), Some(m)) = (t.exports_usd_bn, t.imports_usd_bn) else {
            continue;
        };
        let chinese = d.manifest.trade_series[t.series].id.starts_with("chn");
        assert_eq!(
            x.value > m.value,
            chinese,
            "{} {}: exports {} imports {}",
            d.manifest.trade_series[t.series].id,
            t.period_text,
            x.cell(),
            m.cell()
        );
    }
}

#[test]
fn figures_keep_their_printed_precision_and_bounds() {
    let d = data();
    assert_eq!(cell(row(&d, "chn-customs", "2017").value_usd_bn), "20");
    assert_eq!(cell(row(&d, "chn-official", "2004").value_usd_bn), "3.06");
    assert_eq!(cell(row(&d, "chn-customs", "2019").imports_usd_bn), "1.80");
    assert_eq!(cell(row(&d, "pak-sbp", "2022-23").imports_usd_bn), "9.662");
    assert_eq!(cell(row(&d, "pak-pbs", "2016-17").imports_usd_bn), "7.850");
    assert_eq!(cell(row(&d, "pak-official", "2006-07").value_usd_bn), "4");
    // "More than" and "exceeded": lower bounds, and no other figure is one.
    let mut bounds: Vec<String> = Vec::new();
    for t in &d.trade {
        for (name, f) in [
            ("value", t.value_usd_bn),
            ("exports", t.exports_usd_bn),
            ("imports", t.imports_usd_bn),
        ] {
            if let Some(f) = f.filter(|f| f.bound != Bound::Exact) {
                assert_eq!(f.bound, Bound::AtLeast);
                bounds.push(format!("{} {name} {}", t.period_text, f.cell()));
            }
        }
    }
    assert_eq!(
        bounds,
        ["2012 value >12", "2014 value >16", "2012-13 exports >2.17"]
    );
}

#[test]
fn derived_figures_are_the_ones_worked_out() {
    let d = data();
    let mut derived: Vec<String> = Vec::new();
    for t in &d.trade {
        for (name, f) in [
            ("value", t.value_usd_bn),
            ("exports", t.exports_usd_bn),
            ("imports", t.imports_usd_bn),
        ] {
            if f.is_some_and(|f| f.derived) {
                let id = &d.manifest.trade_series[t.series].id;
                derived.push(format!("{id} {} {name}", t.period_text));
            }
        }
    }
    derived.sort();
    assert_eq!(
        derived,
        [
            "chn-customs 2019 imports",
            "chn-customs 2021 exports",
            "chn-official 2004 imports",
            "pak-sbp 2016-17 exports",
            "pak-sbp 2016-17 imports",
            "pak-sbp 2016-17 value",
            "pak-sbp 2017-18 value",
            "pak-sbp 2022-23 value",
            "pak-sbp 2023-24 value",
            "pak-sbp 2024-25 value",
        ]
    );
}

#[test]
fn the_agencies_disagreements_are_marked_and_explained() {
    let d = data();
    for (series, period) in [
        ("chn-official", "2004"),
        ("pak-pbs", "2016-17"),
        ("pak-sbp", "2016-17"),
        ("pak-moc", "2021-22"),
        ("pak-sbp", "2021-22"),
    ] {
        let t = row(&d, series, period);
        assert_eq!(t.quality, Quality::Disputed, "{series} {period}");
        assert!(!t.note.is_empty(), "{series} {period}");
    }
    assert!(row(&d, "chn-official", "2004").note.contains("5.95"));
    let m = &d.manifest;
    assert!(d.trade.iter().all(|t| !t.citation.render(m).is_empty()));
    assert!(d.meetings.iter().all(|r| !r.citation.render(m).is_empty()));
    assert!(d.exercises.iter().all(|r| !r.citation.render(m).is_empty()));
    assert!(d.events.iter().all(|r| !r.citation().render(m).is_empty()));
}

#[test]
fn every_meeting_names_who_met_china_s_side_first() {
    let d = data();
    let chinese = ["Xi Jinping", "Li Keqiang", "Li Qiang"];
    for m in &d.meetings {
        assert!(
            m.leaders
                .first()
                .is_some_and(|l| chinese.contains(&l.as_str())),
            "{}: {:?}",
            m.date,
            m.leaders
        );
    }
    // Nobody found names Li Keqiang's hosts in May 2013: only he is listed.
    assert_eq!(d.meetings[0].leaders, ["Li Keqiang"]);
    let astana = d
        .meetings
        .iter()
        .find(|m| m.date.to_string() == "2017-06")
        .unwrap();
    assert_eq!(astana.bilateral, Some(false));
    assert_eq!(astana.quality, Quality::Disputed);
    // The exercises' second country is Pakistan: Friendship-2011's 230 are Pakistan's.
    let f2011 = d
        .exercises
        .iter()
        .find(|e| e.name == "Friendship-2011")
        .unwrap();
    assert_eq!(f2011.personnel, [Some(260), Some(230)]);
}
