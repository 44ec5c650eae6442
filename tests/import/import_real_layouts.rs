//! Imports of files in the exact layouts real downloads have, with their traps: latin-1
//! text, line breaks inside fields, GDELT's 57-column backfile, figures in whole dollars,
//! and files bilat cannot use, refused with the reason. Every fixture here is hand-made
//! after the real layout (same columns, encoding and line ends), not a copy of a download.

use crate::common;

use std::fs;
use std::path::Path;

use bilat::data::Dataset;
use common::{bilat, stderr};

fn fixture(name: &str) -> String {
    common::fixtures()
        .join("import")
        .join(name)
        .display()
        .to_string()
}

fn import(tmp: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    bilat(&all, tmp)
}

/// The trade rows, as `period series value exports imports`.
fn trade_rows(dir: &Path) -> Vec<String> {
    let data = Dataset::from_folder(dir).unwrap();
    data.trade
        .iter()
        .map(|t| {
            let n =
                |v: Option<bilat::data::Figure>| v.map_or("-".to_string(), |v| v.value.to_string());
            format!(
                "{} {} {} {} {}",
                t.period_text,
                data.manifest.trade_series[t.series].id,
                n(t.value_usd_bn),
                n(t.exports_usd_bn),
                n(t.imports_usd_bn),
            )
        })
        .collect()
}

/// Runs an import into `tmp/out` and returns the folder, stderr and the exit code.
fn run(tmp: &Path, args: &[&str]) -> (std::path::PathBuf, String, Option<i32>) {
    let dir = tmp.join("out");
    let mut all: Vec<&str> = args.to_vec();
    let into = dir.to_str().unwrap().to_string();
    all.extend(["--into", &into]);
    let out = import(tmp, &all);
    (dir, stderr(&out), out.status.code())
}

// Hand-made after Comtrade Plus's "final data" download: 47 named columns, a trailing
// empty field on each row, CR LF, latin-1 partner names (Côte d'Ivoire, Türkiye, Curaçao).
#[test]
fn comtrade_latin1_download_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("comtrade-latin1.csv");
    let (dir, err, code) = run(
        tmp.path(),
        &["comtrade", &file, "--pair", "China:CHN,United States:USA"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        trade_rows(&dir),
        [
            "2022 comtrade-chn 761.712939598 582.756110047 178.956829551",
            "2022 comtrade-usa 729.525113587 153.837022415 575.688091172",
        ]
    );
    let manifest = fs::read_to_string(dir.join("dataset.toml")).unwrap();
    assert!(
        manifest.contains("United States' customs figures"),
        "{manifest}"
    );
    assert!(!manifest.contains("States's"), "{manifest}");
}

// Hand-made after a services download (typeCode S, cmdCode 200 or S) and a commodity
// download (cmdCode 8542), both in the final-data layout, latin-1.
#[test]
fn comtrade_without_goods_totals_is_refused_saying_so() {
    for (name, held) in [
        ("comtrade-services.csv", "only 3 services rows (typeCode S)"),
        (
            "comtrade-hs8542.csv",
            "only commodity rows (cmdCode \"8542\")",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, err, code) = run(
            tmp.path(),
            &[
                "comtrade",
                &fixture(name),
                "--pair",
                "China:CHN,United States:USA",
            ],
        );
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.contains("no TOTAL goods rows (typeCode C, cmdCode TOTAL) in the files"),
            "{err}"
        );
        assert!(err.contains(held), "{err}");
        assert!(!dir.exists());
    }
}

// Hand-made after the retired legacy Comtrade CSV (35 columns, Trade Value (US$)).
#[test]
fn comtrade_legacy_layout_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, err, code) = run(
        tmp.path(),
        &[
            "comtrade",
            &fixture("comtrade-legacy.csv"),
            "--pair",
            "China:CHN,United States:USA",
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("comtrade-legacy.csv:1:"), "{err}");
    assert!(
        err.contains("the retired legacy UN Comtrade layout"),
        "{err}"
    );
    assert!(!err.contains("missing column"), "{err}");
}

// Hand-made after a SIPRI trade register of 2025: latin-1, 11-line preamble ending in
// "Data generated", LF line ends, and the unquoted CR LF SIPRI leaves inside Comments
// (one in a China-Russia deal, one in another pair's); a row of another pair cut short;
// a Soviet Union deal with China.
#[test]
fn sipri_rejoins_split_records_and_counts_broken_rows_of_other_pairs() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("sipri/register-2025-split.csv");
    let (dir, err, code) = run(
        tmp.path(),
        &["sipri", &file, "--pair", "China:CHN,Russia:RUS"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains(
            "warning: rejoined 2 records split by a line break inside a field (the first at "
        ) && err.contains("register-2025-split.csv:14)"),
        "{err}"
    );
    assert!(
        err.contains("1 rows of other pairs with fewer fields than the header (first at ")
            && err.contains("register-2025-split.csv:18)"),
        "{err}"
    );
    let data = Dataset::from_folder(&dir).unwrap();
    let notes: Vec<&str> = data.arms.iter().map(|a| a.note.as_str()).collect();
    assert_eq!(data.arms.len(), 2, "{notes:?}");
    assert!(
        notes.contains(&"For 4 Fighter-X aircraft produced in China"),
        "{notes:?}"
    );
    // The source's year is the export's, not the day of the import.
    let manifest = fs::read_to_string(dir.join("dataset.toml")).unwrap();
    let source = manifest.split("id = \"sipri\"").nth(1).unwrap();
    assert!(source.contains("year = 2025"), "{manifest}");
}

#[test]
fn sipri_soviet_union_deals_are_counted_and_imported_on_request() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("sipri/register-2025-split.csv");
    let (_, err, code) = run(
        tmp.path(),
        &["sipri", &file, "--pair", "China:CHN,Russia:RUS"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains(
            "warning: left out 1 deal between the Soviet Union and China: SIPRI lists the \
             Soviet Union apart from Russia; add --soviet-union-as-russia"
        ),
        "{err}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let (dir, err, code) = run(
        tmp.path(),
        &[
            "sipri",
            &file,
            "--pair",
            "China:CHN,Russia:RUS",
            "--soviet-union-as-russia",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("Soviet"), "{err}");
    let data = Dataset::from_folder(&dir).unwrap();
    let soviet: Vec<_> = data
        .arms
        .iter()
        .filter(|a| a.note.contains("Soviet Union"))
        .collect();
    assert_eq!(soviet.len(), 1);
    assert_eq!(soviet[0].note, "SIPRI names the supplier the Soviet Union.");
    assert_eq!(soviet[0].designation, "Fighter-S");
}

// Hand-made after SIPRI's per-delivery export (SIPRI AT Database ID, ..., TIV delivery
// values, Local production), with its preamble.
#[test]
fn sipri_per_delivery_layout_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("sipri/per-delivery.csv");
    let (dir, err, code) = run(
        tmp.path(),
        &["sipri", &file, "--pair", "China:CHN,Russia:RUS"],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("per-delivery.csv:12: SIPRI AT Database ID: SIPRI's per-delivery layout"),
        "{err}"
    );
    assert!(err.contains("download the trade register instead"), "{err}");
    assert!(!dir.exists());
}

// Hand-made after GDELT 1.0: four lines of the historical backfile (57 columns, no
// SOURCEURL) followed by two of a daily file (58 columns), stacked in one file as a user
// might; tab-separated, no header.
#[test]
fn gdelt_backfile_lines_of_57_columns_are_read_beside_daily_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("gdelt/v1-backfile-and-daily.CSV");
    let out = import(tmp.path(), &["gdelt", &file, "--pair", "CHN,USA"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = common::stdout(&out);
    let months: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.splitn(10, ',').take(9).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        months,
        [
            "1979-01,2,1,0,0,1,-4,1.1632,2",
            "1979-02,0,0,0,0,0,,,1",
            "1979-12,0,0,0,0,0,,,1",
            "2013-03,1,0,0,1,0,-2,-1.25,2",
        ],
        "{csv}"
    );
}

/// A result of the printed query, as DuckDB writes it.
const RESULT: &str = "month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean,all_events\n\
                      2019-03,5,3,0,1,1,1.44,0.4,8\n\
                      2019-06,0,0,0,0,0,,,1\n";

#[test]
fn gdelt_monthly_result_goes_into_a_new_folder_and_an_existing_one() {
    let tmp = tempfile::tempdir().unwrap();
    let result = tmp.path().join("result.csv");
    fs::write(&result, RESULT).unwrap();
    let result = result.to_str().unwrap();
    // A new folder.
    let new = tmp.path().join("new");
    let out = import(
        tmp.path(),
        &[
            "gdelt-monthly",
            result,
            "--into",
            new.to_str().unwrap(),
            "--pair",
            "Russia:RUS,China:CHN",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let data = Dataset::from_folder(&new).unwrap();
    assert_eq!(data.cooperation.len(), 2);
    assert_eq!(data.cooperation[0].events, 5);
    let manifest = fs::read_to_string(new.join("dataset.toml")).unwrap();
    assert!(manifest.contains("GDELT events by month, from a query's result: result.csv"));
    // An existing dataset folder: its own months are replaced by the result's.
    let existing = tmp.path().join("rc");
    common::copy_tree(Path::new("data/russia-china"), &existing);
    let out = import(
        tmp.path(),
        &[
            "gdelt-monthly",
            result,
            "--into",
            existing.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let data = Dataset::from_folder(&existing).unwrap();
    let months: Vec<String> = data
        .cooperation
        .iter()
        .map(|c| c.month.to_string())
        .collect();
    assert!(months.contains(&"2019-06".to_string()), "{months:?}");
    let again = import(
        tmp.path(),
        &[
            "gdelt-monthly",
            result,
            "--into",
            existing.to_str().unwrap(),
        ],
    );
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("in place of the 2 an earlier gdelt import wrote"),
        "{}",
        stderr(&again)
    );
}

/// Germany–United States into a new folder from an IMF file, with more arguments.
fn imf(tmp: &Path, file: &str, more: &[&str]) -> (std::path::PathBuf, String, Option<i32>) {
    let mut args = vec!["imf", file, "--pair", "Germany:DEU,United States:USA"];
    args.extend_from_slice(more);
    run(tmp, &args)
}

// Hand-made after data.imf.org's DOTS CSV of 2024: CR LF, a trailing empty column, Value
// and Status rows, monthly columns, figures in whole US dollars under indicator names that
// state no scale.
#[test]
fn imf_in_whole_dollars_needs_its_scale_and_is_read_right_with_it() {
    let file = fixture("imf-whole-dollars.csv");
    let tmp = tempfile::tempdir().unwrap();
    let (dir, err, code) = imf(tmp.path(), &file, &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("imf-whole-dollars.csv:2:3: Indicator Name: the file does not state the scale of its figures"), "{err}");
    assert!(
        err.contains("give --scale units|thousands|millions|billions"),
        "{err}"
    );
    assert!(
        err.contains("USD 1.117 bn as units and USD 1,117,146 bn as millions"),
        "{err}"
    );
    assert!(!dir.exists());

    let tmp = tempfile::tempdir().unwrap();
    let (dir, err, code) = imf(tmp.path(), &file, &["--scale", "millions"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "imf-whole-dollars.csv:2:8: 2023M1: \"1117145919\" read as millions: above 10,000 \
             bn, more than any two countries trade in a year: most likely a scale error"
        ),
        "{err}"
    );
    assert!(!dir.exists());

    let tmp = tempfile::tempdir().unwrap();
    let (dir, err, code) = imf(tmp.path(), &file, &["--scale", "units"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        trade_rows(&dir),
        [
            "2023 imf-deu 20.045375238 13.405817028 6.63955821",
            "2023 imf-usa - 6.014927466 -",
        ]
    );
}

// Hand-made after the same layout with a Scale column (Millions), as newer downloads have.
#[test]
fn imf_scale_stated_by_the_file_wins_over_the_flag() {
    let file = fixture("imf-scale-column.csv");
    for more in [&[][..], &["--scale", "units"][..]] {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, err, code) = imf(tmp.path(), &file, more);
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(
            trade_rows(&dir),
            ["2023 imf-deu 260.63018 160.8691 99.76108"]
        );
    }
}

#[test]
fn a_yearly_figure_above_10000_bn_is_refused_at_load_naming_the_scale_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rc");
    common::copy_tree(Path::new("data/russia-china"), &dir);
    let mut trade = fs::read_to_string(dir.join("trade.csv")).unwrap();
    let columns = trade.lines().next().unwrap().split(',').count();
    let line = trade.lines().count() + 1;
    let mut row = vec![""; columns];
    row[0] = "2024";
    row[1] = "CHN";
    row[2] = "20045308.786";
    row[columns - 1] = "A figure in whole dollars read as millions";
    trade.push_str(&row.join(","));
    trade.push('\n');
    fs::write(dir.join("trade.csv"), trade).unwrap();
    let out = bilat(&["check", dir.to_str().unwrap()], tmp.path());
    let err = common::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.ends_with(": 1 problem in 1 file\n"), "{err}");
    assert!(
        err.contains(&format!(
            "trade.csv:{line}:3: value_usd_bn: \"20045308.786\" bn: above 10,000 bn, more than \
             any two countries trade in a year: most likely a scale error, whole US dollars or \
             thousands read as millions"
        )),
        "{err}"
    );
}

#[test]
fn comtrade_figure_above_10000_bn_is_refused_naming_its_cell() {
    let tmp = tempfile::tempdir().unwrap();
    // The latin-1 download with one figure a million times too large.
    let bytes = fs::read(fixture("comtrade-latin1.csv")).unwrap();
    let text = String::from_utf8_lossy(&bytes).replace("582756110047", "582756110047000000");
    let file = tmp.path().join("TradeData.csv");
    fs::write(&file, text).unwrap();
    let (dir, err, code) = run(
        tmp.path(),
        &[
            "comtrade",
            file.to_str().unwrap(),
            "--pair",
            "China:CHN,United States:USA",
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "TradeData.csv:5:44: primaryValue: \"582756110047000000\" US dollars: above 10,000 \
             bn, more than any two countries trade in a year"
        ),
        "{err}"
    );
    assert!(!dir.exists());
}
