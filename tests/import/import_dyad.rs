//! The dyad-year importers: UN ideal points, UN agreement, COW trade, ATOP. No real dyadic
//! COW trade, UN agreement or ATOP file could be had, and the real ideal-point file is not
//! copied into the repository: every fixture under `tests/fixtures/import/dyad/` is
//! HAND-MADE from the layouts in ../shared/reference/formats/dyad-year.md, traps included
//! (latin-1 names, China's seat under 713 until 1971, no session 19, a wrong iso3c column,
//! both orders of a pair, -9 and blank missing values, float32 noise, Belgium-Luxembourg and
//! China alternative flows, directed ATOP obligations). CI imports the real ideal-point file
//! and compares it with an independent Python computation (.ci/check-real-samples.sh).

use crate::common;

use std::path::{Path, PathBuf};

use bilat::data::{Dataset, TableId};
use common::{bilat, stderr};

fn fixture(name: &str) -> String {
    common::fixtures()
        .join("import/dyad")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

fn import(tmp: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    bilat(&all, tmp)
}

fn indicator(data: &Dataset, id: &str) -> Vec<(i32, Option<String>, String)> {
    let series = data.indicator_series();
    let s = series
        .iter()
        .find(|s| s.indicator.id == id)
        .unwrap_or_else(|| panic!("no indicator {id}"));
    s.points
        .iter()
        .map(|p| (p.year, p.value.map(|v| v.number()), p.note.clone()))
        .collect()
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_str().unwrap().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn unga_ideal_points_maps_cow_numbers_sessions_and_the_china_seat() {
    let tmp = tempfile::tempdir().unwrap();
    let dir: PathBuf = tmp.path().join("rus-chn");
    let file = fixture("unga-ideal-points.csv");
    let out = import(
        tmp.path(),
        &[
            "unga-ideal-points",
            &file,
            "--pair",
            "RUS,CHN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(data.has(TableId::Indicators));
    assert_eq!(data.manifest.countries[0].name, "Russia");
    // China starts in 1971 (session 26), with the note; 713 is never China.
    let chn = indicator(&data, "unga-ip-chn");
    assert_eq!(chn[0].0, 1971);
    assert_eq!(chn[0].1.as_deref(), Some("-0.2625"));
    assert!(chn[0].2.contains("713"), "{:?}", chn[0]);
    // Russia's rows before 1992 are the USSR's, said; session 19 (1964) is a gap.
    let rus = indicator(&data, "unga-ip-rus");
    assert_eq!(rus[0], (1962, Some("-2.170001".into()), rus[0].2.clone()));
    assert!(rus[0].2.contains("Soviet Union"));
    let gap = rus.iter().find(|r| r.0 == 1964).unwrap();
    assert_eq!(gap.1, None);
    assert!(gap.2.contains("session 19"));
    // The distance keeps the printed decimals: |-1.261 - -0.2625| = 0.9985.
    let distance = indicator(&data, "unga-ip-distance");
    assert_eq!(distance[0].0, 1971);
    assert_eq!(distance[0].1.as_deref(), Some("0.9985"));
    // Sessions 28 to 45 are missing in the hand-made file: gaps, each said.
    let gap = distance.iter().find(|r| r.0 == 1980).unwrap();
    assert_eq!(gap.1, None);
    assert!(gap.2.contains("no ideal point"), "{gap:?}");

    // A second import changes no byte.
    let before = snapshot(&dir);
    let again = import(
        tmp.path(),
        &[
            "unga-ideal-points",
            &file,
            "--pair",
            "RUS,CHN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn unga_ideal_points_never_trusts_the_files_iso3c_and_reads_latin1() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    let out = import(
        tmp.path(),
        &[
            "unga-ideal-points",
            &fixture("unga-ideal-points.csv"),
            "--country",
            "RUS",
            "--into-library",
            lib.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    // 680 is South Yemen (YMD), though the file's iso3c says YAR; 403 is read in latin-1.
    assert_eq!(names, ["rus-chn", "rus-stp", "rus-twn", "rus-ymd"]);
    for name in &names {
        let check = bilat(&["check", lib.join(name).to_str().unwrap()], tmp.path());
        assert!(check.status.success(), "{name}: {}", common::stdout(&check));
    }
}

#[test]
fn a_pair_the_file_never_holds_names_the_nearest_codes_seen() {
    let tmp = tempfile::tempdir().unwrap();
    let out = import(
        tmp.path(),
        &[
            "unga-ideal-points",
            &fixture("unga-ideal-points.csv"),
            "--pair",
            "RUS,XKX",
            "--into",
            tmp.path().join("x").to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("no rows for Kosovo (XKX: COW 347); the codes seen nearest are 365 Russia"),
        "{err}"
    );
    assert!(!tmp.path().join("x").exists());
}

#[test]
fn unga_agreement_keeps_one_order_and_checks_the_other() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rus-chn");
    let out = import(
        tmp.path(),
        &[
            "unga",
            &fixture("unga-agreement.csv"),
            "--pair",
            "RUS,CHN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("4 rows of a pair's second order, checked against the first"),
        "{}",
        stderr(&out)
    );
    let data = Dataset::from_folder(&dir).unwrap();
    let agree = indicator(&data, "unga-agree");
    assert_eq!(
        agree.iter().map(|a| (a.0, a.1.clone())).collect::<Vec<_>>(),
        [(1971, Some("0.625".into())), (1972, Some("0.5".into()))]
    );
    assert_eq!(data.manifest.indicators[0].range, Some([0.0, 1.0]));
    // Votes follow the country, whichever order the row has; NA is a gap with a note.
    let chn = indicator(&data, "unga-votes-chn");
    assert_eq!(chn[0].1.as_deref(), Some("58"));
    assert_eq!(chn[1].1, None);
    assert!(chn[1].2.contains("NA"));

    let bad = import(
        tmp.path(),
        &[
            "unga",
            &fixture("unga-agreement-orders-disagree.csv"),
            "--pair",
            "RUS,CHN",
            "--into",
            tmp.path().join("other").to_str().unwrap(),
        ],
    );
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("unga-agreement-orders-disagree.csv:5:5: agree: the pair 365-710 in 1972 disagrees with its other order on line 4"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn cow_trade_orients_flows_drops_noise_and_keeps_alternatives_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rus-chn");
    let file = fixture("cow-dyadic.csv");
    let out = import(
        tmp.path(),
        &[
            "cow-trade",
            &file,
            "--pair",
            "RUS,CHN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let trade = std::fs::read_to_string(dir.join("trade.csv")).unwrap();
    let lines: Vec<&str> = trade.lines().collect();
    // flow1 of (365, 710) is Russia's imports from China; a row with China first is swapped.
    assert!(
        lines[1].starts_with("1990,cow,3.86552,1.7355,2.13002,value,"),
        "{trade}"
    );
    assert!(
        lines[2].starts_with("1991,cow,4.10045,1.80025,2.3002,value,"),
        "{trade}"
    );
    // One side -9: no total, said; both sides blank: no row.
    assert!(lines[3].starts_with("1992,cow,,3.5268,,,"), "{trade}");
    assert!(lines[3].contains("missing (-9)"), "{trade}");
    assert!(!trade.contains("\n1993,"), "{trade}");
    // The China alternative flows are a series of their own, with a note.
    assert!(
        trade.contains("2000,cow-alt-china,3.90075,2.8005,1.10025,value,"),
        "{trade}"
    );
    let data = Dataset::from_folder(&dir).unwrap();
    let ids: Vec<&str> = data
        .manifest
        .trade_series
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(
        ids.contains(&"cow") && ids.contains(&"cow-alt-china"),
        "{ids:?}"
    );
    assert!(!data.has(TableId::Meetings) || data.meetings.is_empty());

    let lib = tmp.path().join("lib");
    let out = import(
        tmp.path(),
        &[
            "cow-trade",
            &file,
            "--country",
            "RUS",
            "--into-library",
            lib.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // Austria (COW letters AUS) and Australia are told apart by number; Hanover has no ISO code.
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "rus-aus", "rus-aut", "rus-bel", "rus-chn", "rus-civ", "rus-deu"
        ]
    );
    // Germany: 260 to 1959, 255 from 1960 (the empty 260 row of 1960 is missing, not zero).
    let deu = std::fs::read_to_string(lib.join("rus-deu/trade.csv")).unwrap();
    assert!(
        deu.contains("\n1959,cow,0.19075,") && deu.contains("\n1960,cow,0.21625,"),
        "{deu}"
    );
    let bel = std::fs::read_to_string(lib.join("rus-bel/trade.csv")).unwrap();
    assert!(bel.contains("\n1970,cow-alt-bel-lux,0.10625,"), "{bel}");
    let deu_manifest = std::fs::read_to_string(lib.join("rus-deu/dataset.toml")).unwrap();
    assert!(
        deu_manifest.contains("name = \"Germany\""),
        "{deu_manifest}"
    );
    for name in &names {
        let check = bilat(&["check", lib.join(name).to_str().unwrap()], tmp.path());
        assert!(check.status.success(), "{name}: {}", common::stdout(&check));
    }
}

#[test]
fn atop_keeps_each_direction_and_fills_unlisted_years_with_zero_to_2018() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("usa-irn");
    let file = fixture("atop-ddyr.csv");
    let out = import(
        tmp.path(),
        &[
            "atop",
            &file,
            "--pair",
            "USA,IRN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let data = Dataset::from_folder(&dir).unwrap();
    // 1959: the United States is bound to defend Iran, Iran not the United States.
    let usa = indicator(&data, "atop-defense-usa-irn");
    let irn = indicator(&data, "atop-defense-irn-usa");
    assert_eq!(usa[0], (1959, Some("1".into()), String::new()));
    assert_eq!(irn[0].1.as_deref(), Some("0"));
    // Consultation both ways.
    assert_eq!(
        indicator(&data, "atop-consul-irn-usa")[0].1.as_deref(),
        Some("1")
    );
    // Not listed later: 0 to 2018, said; nothing after 2018.
    let last = usa.last().unwrap();
    assert_eq!(last.0, 2018);
    assert_eq!(last.1.as_deref(), Some("0"));
    assert!(last.2.contains("not listed"));
    assert_eq!(data.manifest.indicators.len(), 10);

    // Allied with no obligation flagged is said.
    let dir = tmp.path().join("rus-chn");
    let out = import(
        tmp.path(),
        &[
            "atop",
            &file,
            "--pair",
            "RUS,CHN",
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let data = Dataset::from_folder(&dir).unwrap();
    let consul = indicator(&data, "atop-consul-rus-chn");
    let y2005 = consul.iter().find(|r| r.0 == 2005).unwrap();
    assert_eq!(y2005.1.as_deref(), Some("0"));
    assert!(y2005.2.contains("atopally 1"), "{y2005:?}");
}

#[test]
fn comtrade_by_all_partners_makes_a_dataset_per_pair_and_skips_non_countries() {
    // Hand-made: the annual Comtrade fixture plus partner rows for "Areas, nes" (_X ),
    // bunkers (X1 ) and "Other Europe, nes" (E19), as the real downloads hold them.
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    let file = fixture("comtrade-many.csv");
    let args = [
        "comtrade",
        &file,
        "--country",
        "CHN",
        "--into-library",
        lib.to_str().unwrap(),
    ];
    let out = import(tmp.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("1 rows with partner World (W00)"), "{err}");
    assert!(
        err.contains("3 rows of areas n.e.s. and groupings"),
        "{err}"
    );
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["chn-rus", "chn-usa"]);
    let data = Dataset::from_folder(&lib.join("chn-rus")).unwrap();
    // Both reporters' mirror series.
    let ids: Vec<&str> = data
        .manifest
        .trade_series
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(
        ids.contains(&"comtrade-chn") && ids.contains(&"comtrade-rus"),
        "{ids:?}"
    );
    assert!(!data.has(TableId::Meetings) && !data.has(TableId::Exercises));
    let before = snapshot(&lib.join("chn-rus"));
    let again = import(tmp.path(), &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        snapshot(&lib.join("chn-rus")),
        before,
        "a second import changes nothing"
    );
}

#[test]
fn gdelt_monthly_with_partners_makes_a_dataset_per_partner() {
    // Hand-made: the printed query's columns, with country and partner.
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    let file = fixture("gdelt-partners.csv");
    let args = [
        "gdelt-monthly",
        &file,
        "--country",
        "RUS",
        "--into-library",
        lib.to_str().unwrap(),
    ];
    let out = import(tmp.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["rus-chn", "rus-ind"]);
    let data = Dataset::from_folder(&lib.join("rus-chn")).unwrap();
    assert_eq!(data.cooperation.len(), 2);
    assert_eq!(data.cooperation[0].events, 10);
    assert!(data.has(TableId::Cooperation) && !data.has(TableId::Meetings));
}
