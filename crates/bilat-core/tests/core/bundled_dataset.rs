//! The bundled Russia–China dataset: its coverage, its gaps and the facts it must hold.

use bilat::data::{Dataset, MeetingKind, Period, Quality};

fn data() -> Dataset {
    Dataset::bundled().expect("the bundled dataset is valid")
}

#[test]
fn trade_covers_1992_to_2025_with_gaps_kept_empty() {
    let d = data();
    let china = &d.derived.trade[1];
    assert_eq!(d.manifest.countries[1].code, "CHN");
    assert_eq!(china.first().unwrap().year(), 1992);
    assert_eq!(china.last().unwrap().year(), 2025);
    for gap in [1993, 1995, 2012] {
        let point = china.iter().find(|p| p.year() == gap).unwrap();
        assert_eq!(point.value_usd_bn, None, "{gap} stays a gap");
        assert!(point.row.is_some(), "{gap} has a row that says why");
    }
    let value = |reporter: usize, year: i32| {
        d.trade
            .iter()
            .find(|t| t.series == reporter && t.period == Period::calendar(year))
            .and_then(|t| t.value_usd_bn.map(|f| f.value))
    };
    assert_eq!(value(1, 2018), Some(107.06));
    assert_eq!(value(0, 2018), Some(108.3), "Russian customs, +24.5%");
    assert_eq!(value(1, 2025), Some(228.105));
    assert!(
        d.trade
            .iter()
            .all(|t| !t.citation.render(&d.manifest).is_empty())
    );
    let disputed_2015 = d
        .trade
        .iter()
        .find(|t| t.period.start_year() == 2015)
        .unwrap();
    assert_eq!(disputed_2015.quality, Quality::Disputed);
}

#[test]
fn meetings_run_from_2013_to_2025_in_person_and_remote() {
    let d = data();
    assert_eq!(d.meetings.first().unwrap().date.year(), 2013);
    assert_eq!(d.meetings.last().unwrap().date.year(), 2025);
    let year_2020 = d.derived.meetings.iter().find(|m| m.year == 2020).unwrap();
    assert_eq!(year_2020.in_person, 0);
    assert!(year_2020.remote() > 0);
    assert!(d.meetings.iter().any(|m| m.kind == MeetingKind::Video));
    let vladivostok = d
        .meetings
        .iter()
        .find(|m| m.date.to_string() == "2018-09-11")
        .unwrap();
    assert!(vladivostok.place.contains("Vladivostok"));
}

#[test]
fn exercises_mark_vostok_2018_as_a_disputed_claim() {
    let d = data();
    assert_eq!(d.exercises.first().unwrap().start.year(), 2003);
    assert_eq!(d.exercises.last().unwrap().start.year(), 2025);
    let vostok = d
        .exercises
        .iter()
        .find(|e| e.name == "Vostok-2018")
        .unwrap();
    assert_eq!(vostok.total_personnel, Some(300_000));
    assert_eq!(
        vostok.personnel[1],
        Some(3_200),
        "PLA figure by Chinese count"
    );
    assert_eq!(vostok.size_basis.as_deref(), Some("claimed"));
    assert_eq!(vostok.quality, Quality::Disputed);
}

#[test]
fn events_cover_1969_to_2025_and_the_2018_article() {
    let d = data();
    assert!(d.events.len() >= 70, "{} events", d.events.len());
    assert_eq!(d.events.first().unwrap().date().year(), 1969);
    assert_eq!(d.events.last().unwrap().date().year(), 2025);
    let has = |date: &str, word: &str| {
        d.events.iter().any(|e| {
            e.date().to_string() == date
                && (e.title().contains(word) || e.description().contains(word))
        })
    };
    assert!(has("1969-03-02", "Zhenbao"));
    assert!(has("2008-07-21", "4,300"));
    assert!(has("2012-04-22", "Joint Sea"));
    assert!(has("2017-07-21", "Baltic"));
    assert!(has("2017-12-11", "missile"));
    assert!(has("2018-04-03", "Wei Fenghe"));
    assert!(has("2018-06-08", "Friendship Medal"));
    assert!(has("2018-06-09", "Qingdao"));
    assert!(has("2018-06-08", "G7"));
    assert!(has("2018-07-11", "NATO"));
    assert!(has("2018-07-06", "tariffs"));
    assert!(has("2018-04-06", "sanctions"));
    assert!(has("2018-09-11", "Vostok-2018"));
    assert!(has("2018-09-11", "Eastern Economic Forum"));
    assert!(has("2018-12", "100 bn"));
    assert!(d.events.iter().any(|e| e.title().contains("S-400")));
    assert!(d.events.iter().any(|e| e.title().contains("Su-35")));
    let unverified = d
        .events
        .iter()
        .find(|e| e.description().contains("58 agreements"))
        .unwrap();
    assert_eq!(unverified.quality(), Quality::Unconfirmed);
}

#[test]
fn every_row_cites_a_source() {
    let d = data();
    let m = &d.manifest;
    assert!(d.meetings.iter().all(|r| !r.citation.render(m).is_empty()));
    assert!(d.exercises.iter().all(|r| !r.citation.render(m).is_empty()));
    assert!(d.events.iter().all(|r| !r.citation().render(m).is_empty()));
}

#[test]
fn the_bundled_arms_deals_each_cite_a_source_and_leave_unfound_tiv_empty() {
    let want = [
        (
            "russia-china",
            &[
                "Su-27",
                "Su-30MKK",
                "Kilo",
                "Sovremenny",
                "S-300PMU",
                "Su-35",
                "S-400",
            ][..],
        ),
        (
            "india-russia",
            &["Su-30MKI", "T-90", "Vikramaditya", "S-400"][..],
        ),
    ];
    for (name, designations) in want {
        let origin = bilat::data::BUNDLED
            .iter()
            .find(|b| b.name == name)
            .unwrap();
        let data = Dataset::load(bilat::data::Origin::Bundled(origin)).unwrap();
        for d in designations {
            assert!(
                data.arms.iter().any(|a| a.designation.contains(d)),
                "{name}: no {d}"
            );
        }
        for a in &data.arms {
            assert!(a.citation.source_text.contains("http"), "{}", a.designation);
            // No TIV was found for these deals: the columns stay empty and the note says so.
            if a.tiv_delivered.is_none() {
                assert!(
                    a.note.contains("No SIPRI TIV was found"),
                    "{}",
                    a.designation
                );
            }
        }
    }
}
