//! `bilat import sipri`: SIPRI trade register exports (latin-1, a preamble, the header row,
//! `?` columns of uncertainty; or the older `;`-separated `.txt`) into `arms.csv`, with the
//! pair's deals kept in either direction, the others counted, and bad rows located.

use crate::common;

use std::path::{Path, PathBuf};

use bilat::data::{Country, Dataset, TableId};
use bilat::import::sipri;
use common::{bilat, stderr};
use proptest::prelude::*;

fn fixture(name: &str) -> PathBuf {
    common::fixtures().join("import/sipri").join(name)
}

fn pair(a: (&str, &str), b: (&str, &str)) -> [Country; 2] {
    let c = |(name, code): (&str, &str)| Country {
        name: name.to_string(),
        code: code.to_string(),
    };
    [c(a), c(b)]
}

fn russia_china() -> [Country; 2] {
    pair(("Russia", "RUS"), ("China", "CHN"))
}

fn parse(name: &str, countries: &[Country; 2]) -> Result<sipri::Register, String> {
    let bytes = std::fs::read(fixture(name)).unwrap();
    sipri::parse(name, name, &bytes, countries, sipri::SovietUnion::LeftOut)
        .map_err(|p| p.to_string())
}

#[test]
fn the_pairs_deals_are_kept_in_both_directions_with_their_marks() {
    let register = parse("trade-register.csv", &russia_china()).unwrap();
    assert_eq!(register.generated.as_deref(), Some("10 March 2025"));
    assert_eq!((register.tally.read, register.tally.kept), (5, 2));
    let skipped = &register.tally.skipped;
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].reason, "rows of other pairs");
    assert_eq!(skipped[0].count, 3);
    // The preamble's 11 lines, the header on line 12: Côte d'Ivoire's row is line 15.
    assert_eq!(skipped[0].first, "trade-register.csv:15");

    let [sale, back] = &register.rows[..] else {
        panic!("two rows: {:?}", register.rows)
    };
    assert_eq!(sale.get("supplier"), "RUS");
    assert_eq!(sale.get("recipient"), "CHN");
    assert_eq!(sale.get("order_year"), "2015");
    assert_eq!(sale.get("delivery_years"), "2016; 2017; 2018");
    assert_eq!(sale.get("tiv_delivered"), "1200");
    assert_eq!(sale.get("status"), "new");
    assert_eq!(
        sale.get("note"),
        "Deal worth about $2 b; first export customer"
    );
    assert_eq!(
        sale.get("source_text"),
        "SIPRI Arms Transfers Database, trade-register.csv (generated 10 March 2025)"
    );
    assert_eq!(sale.get("source_ids"), "sipri");

    // China to Russia: "?" in the column after the year and the number delivered, and a
    // bracketed number ordered, are all kept as uncertain.
    assert_eq!(
        (back.get("supplier"), back.get("recipient")),
        ("CHN", "RUS")
    );
    assert_eq!(back.get("order_year"), "2019?");
    assert_eq!(back.get("ordered"), "6?");
    assert_eq!(back.get("delivered"), "2?");
    assert_eq!(back.get("delivery_years"), "2021; 2022");
    assert_eq!(back.get("status"), "second-hand");
    assert_eq!(
        back.get("note"),
        "SIPRI marks some delivery years uncertain."
    );
    assert_eq!(back.get("value_usd_bn"), "");
}

#[test]
fn latin1_names_are_decoded_and_matched() {
    let civ = pair(("Côte d'Ivoire", "CIV"), ("Russia", "RUS"));
    let register = parse("trade-register.csv", &civ).unwrap();
    let [row] = &register.rows[..] else {
        panic!("one row: {:?}", register.rows)
    };
    assert_eq!((row.get("supplier"), row.get("recipient")), ("RUS", "CIV"));
    assert_eq!(row.get("note"), "Livré à Abidjan");
    assert_eq!(bilat::import::decode(b"C\xf4te"), "Côte");
    assert_eq!(bilat::import::decode("Côte".as_bytes()), "Côte");
}

#[test]
fn the_older_semicolon_layout_with_a_short_preamble_is_read() {
    let register = parse("trade-register.txt", &russia_china()).unwrap();
    assert_eq!(register.generated.as_deref(), Some("02 February 2012"));
    assert_eq!((register.tally.read, register.tally.kept), (3, 1));
    assert_eq!(register.rows[0].get("designation"), "Fighter-X");
    assert_eq!(register.rows[0].get("delivery_years"), "2016; 2017; 2018");
    assert_eq!(register.tally.skipped[0].first, "trade-register.txt:7");
}

#[test]
fn a_truncated_row_and_a_word_for_a_tiv_are_located() {
    assert_eq!(
        parse("truncated.csv", &russia_china()).unwrap_err(),
        "truncated.csv:14: expected 16 fields as in the header, found 8: is the row cut short?"
    );
    assert_eq!(
        parse("bad-tiv.csv", &russia_china()).unwrap_err(),
        "bad-tiv.csv:13:15: SIPRI TIV for total order: expected a number of SIPRI TIV \
         (millions), found \"about 1200\""
    );
}

#[test]
fn a_file_without_the_header_or_with_a_column_missing_is_refused() {
    let countries = russia_china();
    let none = sipri::parse(
        "x.csv",
        "x.csv",
        b"a,b\n1,2\n",
        &countries,
        Default::default(),
    )
    .unwrap_err();
    assert!(
        none.to_string()
            .starts_with("x.csv: no header row naming Recipient and Supplier"),
        "{none}"
    );
    let short = sipri::parse(
        "y.csv",
        "y.csv",
        b"pre\nRecipient,Supplier\n",
        &countries,
        Default::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        short.starts_with("y.csv:2: missing columns \"Year of order\", \"Number ordered\""),
        "{short}"
    );
}

fn import(args: &[&str], cwd: &Path) -> std::process::Output {
    let mut all = vec!["import", "sipri"];
    all.extend_from_slice(args);
    bilat(&all, cwd)
}

#[test]
fn the_command_makes_a_folder_that_checks_and_a_second_run_replaces_its_own_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("trade-register.csv");
    let file = file.to_str().unwrap();
    let out = import(&[file, "--into", "rc"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("needs its two countries"),
        "{}",
        stderr(&out)
    );

    let out = import(
        &[file, "--into", "rc", "--pair", "Russia:RUS,China:CHN"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("sipri: read 5 rows, kept 2, skipped 3\n"),
        "{err}"
    );
    assert!(
        err.contains("rc/arms.csv: wrote 2 rows, kept 0 other rows"),
        "{err}"
    );
    let data = Dataset::from_folder(&tmp.path().join("rc")).unwrap();
    assert!(data.has(TableId::Arms));
    assert_eq!(data.arms.len(), 2);
    assert_eq!(data.arms[0].tiv_delivered, Some(1200.0));
    assert_eq!(
        data.manifest.sources[0].title,
        "Arms Transfers Database, trade register (trade-register.csv, generated 10 March 2025)"
    );

    // A row typed by hand stays; the imported ones are replaced, not doubled.
    let arms = tmp.path().join("rc/arms.csv");
    let mut text = std::fs::read_to_string(&arms).unwrap();
    text.push_str("RUS,CHN,2014,S-400,SAM system,,,,,,,,3,,,,Vedomosti (2014)\n");
    std::fs::write(&arms, &text).unwrap();
    let out = import(&[file, "--into", "rc"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "wrote 2 rows (in place of the 2 an earlier sipri import wrote), kept 1 other row"
        ),
        "{}",
        stderr(&out)
    );
    let data = Dataset::from_folder(&tmp.path().join("rc")).unwrap();
    assert_eq!(data.arms.len(), 3);
}

#[test]
fn a_bad_file_writes_nothing_and_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixture("bad-tiv.csv");
    let out = import(
        &[
            file.to_str().unwrap(),
            "--into",
            "rc",
            "--pair",
            "Russia:RUS,China:CHN",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("bad-tiv.csv:13:15: SIPRI TIV for total order: expected a number"),
        "{}",
        stderr(&out)
    );
    assert!(!tmp.path().join("rc").exists());
}

proptest! {
    /// Whatever follows a valid header, the parser gives rows or located problems.
    #[test]
    fn any_body_gives_rows_or_problems(body in prop::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = std::fs::read(fixture("trade-register.csv")).unwrap();
        bytes.truncate(bytes.windows(2).position(|w| w == b"\r\nC").unwrap_or(bytes.len()) + 2);
        bytes.extend(body);
        if let Err(problems) = sipri::parse("f.csv", "f.csv", &bytes, &russia_china(), Default::default()) {
            prop_assert!(!problems.0.is_empty());
            prop_assert!(problems.0.iter().all(|p| p.file == "f.csv"));
        }
    }
}
