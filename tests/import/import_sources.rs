//! `bilat import comtrade` and `bilat import imf` as a user runs them, on small files in
//! each source's layout with its traps: rows that would count trade twice, partner World,
//! re-exports, incomplete years, Status rows, broken files.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use bilat::data::Dataset;
use common::{bilat, stderr, stdout};

fn fixture(name: &str) -> String {
    common::fixtures()
        .join("import")
        .join(name)
        .display()
        .to_string()
}

/// Every file of a folder, by name.
#[derive(PartialEq)]
struct Snapshot(BTreeMap<String, Vec<u8>>);

impl std::fmt::Debug for Snapshot {
    /// The names and sizes: the bytes would drown the message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sizes: BTreeMap<&String, usize> = self.0.iter().map(|(n, b)| (n, b.len())).collect();
        write!(f, "{sizes:?}")
    }
}

fn snapshot(dir: &Path) -> Snapshot {
    Snapshot(snapshot_files(dir))
}

fn snapshot_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect()
}

fn russia_china(tmp: &Path) -> PathBuf {
    let dir = tmp.join("rc");
    common::copy_tree(&common::repo().join("data/russia-china"), &dir);
    dir
}

fn import(tmp: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    bilat(&all, tmp)
}

/// The imported rows, as `period series value exports imports | note`.
fn rows(dir: &Path, series_prefix: &str) -> Vec<String> {
    let data = Dataset::from_folder(dir).unwrap();
    data.trade
        .iter()
        .filter(|t| {
            data.manifest.trade_series[t.series]
                .id
                .starts_with(series_prefix)
        })
        .map(|t| {
            let n =
                |v: Option<bilat::data::Figure>| v.map_or("-".to_string(), |v| v.value.to_string());
            format!(
                "{} {} {} {} {} | {}",
                t.period_text,
                data.manifest.trade_series[t.series].id,
                n(t.value_usd_bn),
                n(t.exports_usd_bn),
                n(t.imports_usd_bn),
                t.note
            )
        })
        .collect()
}

#[test]
fn comtrade_keeps_totals_of_the_pair_and_says_what_it_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let out = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-annual.csv"),
            &fixture("comtrade-monthly.csv"),
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with("comtrade: read 38 rows, kept 30, skipped 8\n"),
        "{err}"
    );
    for reason in [
        "1 customs-procedure rows (customsCode not C00) (first at ",
        "comtrade-annual.csv:9)",
        "1 transport-mode rows (motCode not 0)",
        "1 partner World rows (partnerCode 0)",
        "2 re-export and re-import rows (RX, RM)",
        "1 commodity rows (cmdCode not TOTAL)",
        "1 second-partner rows (partner2Code not 0)",
        "1 rows of other countries",
    ] {
        assert!(err.contains(reason), "{reason}: {err}");
    }
    assert!(err.contains("warning: skipped 8 rows: "), "{err}");
    assert!(err.contains("trade.csv: wrote 5 rows"), "{err}");
    assert_eq!(
        rows(&dir, "comtrade"),
        [
            "2021 comtrade-rus 140.725 68.024 72.701000001 | ",
            "2022 comtrade-rus - 87 - | No total: imports: none in the files.",
            "2021 comtrade-chn 146.883718713 67.565296543 79.31842217 | ",
            "2022 comtrade-chn 190.267 76.122 114.145 | ",
            // Twelve months of exports sum to the year; eleven of imports leave a gap.
            "2023 comtrade-chn - 96.078 - | No total: imports: only 11 of 12 months.",
        ]
    );
    let trade = fs::read_to_string(dir.join("trade.csv")).unwrap();
    assert!(trade.contains(
        "comtrade,\"UN Comtrade final data (comtrade-monthly.csv): China (CHN) as reporter, \
         exports (X) and imports (M) with Russia\""
    ));
    let check = bilat(&["check", dir.to_str().unwrap()], tmp.path());
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

#[test]
fn a_country_that_reports_nothing_is_warned_of() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let out = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-monthly.csv"),
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
        ],
    );
    assert!(out.status.success());
    assert!(
        stderr(&out)
            .contains("warning: no figures reported by Russia (RUS): its series is left out"),
        "{}",
        stderr(&out)
    );
    assert_eq!(rows(&dir, "comtrade").len(), 1);
}

#[test]
fn a_second_import_changes_nothing_and_hand_written_rows_stay() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = russia_china(tmp.path());
    let before = fs::read_to_string(dir.join("trade.csv")).unwrap();
    let args = [
        "comtrade",
        &fixture("comtrade-annual.csv"),
        "--into",
        dir.to_str().unwrap(),
    ];
    assert!(import(tmp.path(), &args).status.success());
    let once = snapshot(&dir);
    let trade = String::from_utf8(once.0["trade.csv"].clone()).unwrap();
    // The file gains the flow columns at the end of its header; every hand-written line,
    // its note included, is kept as it was, with the two new fields empty.
    let mut lines = trade.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!(
            "{},exports_usd_bn,imports_usd_bn",
            before.lines().next().unwrap()
        )
    );
    for old in before.lines().skip(1) {
        assert_eq!(lines.next().unwrap(), format!("{old},,"));
    }
    let again = import(tmp.path(), &args);
    assert!(
        stderr(&again)
            .contains("wrote 4 rows (in place of the 4 an earlier comtrade import wrote)")
    );
    assert_eq!(snapshot(&dir), once, "byte-identical after the same import");
    // Another source's rows stay when Comtrade is imported again.
    let imf = [
        "imf",
        &fixture("imf-dots.csv"),
        // The legacy bulk CSV states no scale: its figures are millions.
        "--scale",
        "millions",
        "--into",
        dir.to_str().unwrap(),
    ];
    assert!(import(tmp.path(), &imf).status.success());
    let with_imf = snapshot(&dir);
    assert!(import(tmp.path(), &args).status.success());
    assert_eq!(snapshot(&dir), with_imf);
}

#[test]
fn a_broken_file_midway_leaves_the_folder_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = russia_china(tmp.path());
    let before = snapshot(&dir);
    let out = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-monthly.csv"),
            &fixture("comtrade-bad-value.csv"),
            "--into",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "comtrade-bad-value.csv:5:44: primaryValue: expected a number of US dollars, found \"n/a\""
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn comtrade_files_that_cannot_be_used_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = russia_china(tmp.path());
    let before = snapshot(&dir);
    let into = ["--into", dir.to_str().unwrap()];
    let missing = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-missing-column.csv"),
            into[0],
            into[1],
        ],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains(
        "comtrade-missing-column.csv:1: motCode: missing column: UN Comtrade final data has a \
         column \"motCode\""
    ));
    let other = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-other-pair.csv"),
            into[0],
            into[1],
        ],
    );
    assert_eq!(other.status.code(), Some(1));
    assert!(stderr(&other).contains(
        "no totals of trade between Russia and China in the files (reporterISO/partnerISO RUS \
         and CHN); reporters seen: \"USA\", \"CHN\""
    ));
    let wrong_pair = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-annual.csv"),
            into[0],
            into[1],
            "--pair",
            "India:IND,Russia:RUS",
        ],
    );
    assert!(stderr(&wrong_pair).contains("the dataset is for Russia:RUS,China:CHN"));
    assert_eq!(snapshot(&dir), before);
    let new = tmp.path().join("new");
    let no_pair = import(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-annual.csv"),
            "--into",
            new.to_str().unwrap(),
        ],
    );
    assert!(stderr(&no_pair).contains("a new dataset folder needs its two countries"));
    assert!(!new.exists());
}

#[test]
fn imf_reads_value_rows_of_the_pair_and_sums_complete_quarters() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let out = import(
        tmp.path(),
        &[
            "imf",
            &fixture("imf-dots.csv"),
            // The legacy bulk CSV states no scale: its figures are millions.
            "--scale",
            "millions",
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with("imf: read 7 rows, kept 4, skipped 3\n"),
        "{err}"
    );
    assert!(err.contains("1 Status rows (Attribute not Value)"), "{err}");
    assert!(err.contains("1 rows of other indicators (not TXG_FOB_USD or TMG_CIF_USD)"));
    assert_eq!(
        rows(&dir, "imf"),
        [
            // Millions of US dollars in the file, billions in the dataset.
            "2021 imf-rus 140.7251 68.0241 72.701 | ",
            "2022 imf-rus 163.1 87 76.1 | ",
            "2023 imf-rus - 122.0005 - | No total: imports: only 3 of 4 quarters.",
            "2021 imf-chn 146.8837 67.5653 79.3184 | ",
            "2022 imf-chn 190.267 76.122 114.145 | ",
            "2023 imf-chn 240.111 110.972 129.139 | ",
        ]
    );
}

#[test]
fn imf_codes_are_matched_or_the_missing_one_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new");
    let bhutan = import(
        tmp.path(),
        &[
            "imf",
            &fixture("imf-dots.csv"),
            // The legacy bulk CSV states no scale: its figures are millions.
            "--scale",
            "millions",
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "India:IND,Bhutan:BTN",
        ],
    );
    assert_eq!(bhutan.status.code(), Some(1));
    assert!(
        stderr(&bhutan)
            .contains("no IMF country code known for Bhutan (BTN): give it as --imf-code BTN=NNN")
    );
    // With China coded otherwise, no row is of the pair: the codes seen are listed.
    let recoded = import(
        tmp.path(),
        &[
            "imf",
            &fixture("imf-dots.csv"),
            // The legacy bulk CSV states no scale: its figures are millions.
            "--scale",
            "millions",
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
            "--imf-code",
            "CHN=999",
        ],
    );
    assert!(
        stderr(&recoded).contains("China (IMF code 999)")
            && stderr(&recoded).contains("country codes seen: \"922\", \"924\""),
        "{}",
        stderr(&recoded)
    );
    let bad = import(
        tmp.path(),
        &[
            "imf",
            &fixture("imf-bad-value.csv"),
            // The legacy bulk CSV states no scale: its figures are millions.
            "--scale",
            "millions",
            "--into",
            dir.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
        ],
    );
    assert!(
        stderr(&bad).contains(
            "imf-bad-value.csv:4:9: 2022: expected a number of US dollars, found \"12,5\""
        )
    );
    assert!(!dir.exists());
}
