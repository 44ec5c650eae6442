//! The shared import writer: a batch of rows into a dataset folder, all or nothing, with
//! the user's rows, notes and manifest comments kept.

use crate::common;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use bilat::data::{Dataset, Reporter, TableId};
use bilat::import::{
    Batch, ImportError, ImportedRow, SeriesEntry, SourceEntry, Tally, Target, write,
};
use bilat::library::new::parse_pair;

fn row(period: &str, value: &str) -> ImportedRow {
    let mut row = ImportedRow::default();
    row.set("period", period);
    row.set("series", "tool-chn");
    row.set("value_usd_bn", value);
    row.set("reported_by", "A statistics office");
    row.set("source_ids", "tool");
    row.set("source_text", "tool.csv: China's customs");
    row
}

fn batch(rows: Vec<ImportedRow>) -> Batch {
    Batch {
        source: SourceEntry {
            tag: "tool",
            publisher: "A statistics office".into(),
            title: "Trade file (tool.csv)".into(),
            year: None,
        },
        table: TableId::Trade,
        rows,
        series: vec![SeriesEntry {
            id: "tool-chn".into(),
            label: "Tool CHN".into(),
            name: "China's customs, as the tool reports them".into(),
            reporter: Reporter::Customs,
            country: Some("CHN".into()),
            basis: String::new(),
        }],
        indicators: Vec::new(),
        tally: Tally::default(),
    }
}

fn target(dir: &Path, pair: Option<&str>) -> Target {
    Target {
        dir: dir.to_path_buf(),
        pair: pair.map(|p| parse_pair(p).unwrap()),
        today: "2026-01-02".into(),
    }
}

/// Every file of a folder (and its subfolders' names), by name.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = if e.path().is_file() {
                fs::read(e.path()).unwrap()
            } else {
                b"<folder>".to_vec()
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// A copy of the bundled Russia–China folder, whose trade.csv still uses the old names
/// `year` and `reporter` and whose manifest declares no series.
fn russia_china(into: &Path) {
    for entry in fs::read_dir(common::repo().join("data/russia-china")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), into.join(entry.file_name())).unwrap();
    }
}

#[test]
fn a_new_folder_is_made_and_loads() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pair");
    let done = write(
        &target(&dir, Some("Russia:RUS,China:CHN")),
        &batch(vec![row("2019", "110.8"), row("2020", "")]),
    )
    .unwrap();
    assert!(done.created);
    assert_eq!((done.written, done.replaced, done.kept), (2, 0, 0));
    let data = Dataset::from_folder(&dir).unwrap();
    assert_eq!(data.trade.len(), 2);
    assert_eq!(data.trade[1].value_usd_bn, None, "a gap stays a gap");
    let manifest = fs::read_to_string(dir.join("dataset.toml")).unwrap();
    assert!(manifest.starts_with("# A bilat dataset: Russia and China."));
    assert!(manifest.contains("id = \"tool\"\npublisher = \"A statistics office\""));
}

#[test]
fn a_new_folder_needs_a_pair() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pair");
    let err = write(&target(&dir, None), &batch(vec![])).unwrap_err();
    assert!(matches!(err, ImportError::NoPair(_)));
    assert!(
        err.to_string().contains("--pair NAME:CODE,NAME:CODE"),
        "{err}"
    );
    assert!(!dir.exists());
}

#[test]
fn hand_written_rows_stay_and_a_second_import_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    russia_china(tmp.path());
    let before = fs::read_to_string(tmp.path().join("trade.csv")).unwrap();
    let manifest_before = fs::read_to_string(tmp.path().join("dataset.toml")).unwrap();
    let first = write(
        &target(tmp.path(), None),
        &batch(vec![row("2019", "110.8"), row("2020", "107.7")]),
    )
    .unwrap();
    assert_eq!(first.added_columns, ["reported_by"]);
    let once = snapshot(tmp.path());
    let trade = String::from_utf8(once["trade.csv"].clone()).unwrap();
    // Every hand-written record, with its note, is there as written (plus the new empty
    // column at its end).
    for (old, new) in before.lines().skip(1).zip(trade.lines().skip(1)) {
        assert_eq!(new, format!("{old},"));
    }
    let manifest = String::from_utf8(once["dataset.toml"].clone()).unwrap();
    // Every line written before is still there, in order (the new source and series
    // join their own kind, so they may come between).
    let mut lines = manifest.lines();
    for old in manifest_before.lines() {
        assert!(
            lines.any(|l| l == old),
            "comments and layout kept: {old:?} missing or out of order"
        );
    }
    let data = Dataset::from_folder(tmp.path()).unwrap();
    let ids: Vec<&str> = data
        .manifest
        .trade_series
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["RUS", "CHN", "tool-chn"]);

    let second = write(
        &target(tmp.path(), Some("China:CHN,Russia:RUS")),
        &batch(vec![row("2019", "110.8"), row("2020", "107.7")]),
    )
    .unwrap();
    assert_eq!((second.replaced, second.kept), (2, first.kept));
    assert_eq!(
        snapshot(tmp.path()),
        once,
        "byte-identical after the same import"
    );
}

#[test]
fn a_failed_import_leaves_the_folder_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    russia_china(tmp.path());
    let before = snapshot(tmp.path());
    // The second row's value cannot load: the staged copy fails, nothing is moved in.
    let err = write(
        &target(tmp.path(), None),
        &batch(vec![row("2019", "110.8"), row("2020", "lots")]),
    )
    .unwrap_err();
    let message = err.to_string();
    assert!(message.contains("nothing was written"), "{message}");
    let trade = tmp.path().join("trade.csv").display().to_string();
    assert!(
        message.contains(&format!("{trade}:")),
        "names the folder's file: {message}"
    );
    assert!(!message.contains(".bilat-import-"), "{message}");
    assert_eq!(snapshot(tmp.path()), before);
}

#[test]
fn a_pair_that_is_not_the_folders_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    russia_china(tmp.path());
    let before = snapshot(tmp.path());
    let err = write(
        &target(tmp.path(), Some("India:IND,Russia:RUS")),
        &batch(vec![]),
    )
    .unwrap_err();
    assert!(err.to_string().contains("Russia:RUS,China:CHN"), "{err}");
    assert_eq!(snapshot(tmp.path()), before);
}
