//! The optional indicators table: declared in `[[indicators]]`, read with printed precision,
//! each bad row a located error, absent not the same as empty, and kept through the exports.

use crate::common;

use bilat::data::{Dataset, TableId};

fn minimal_copy(into: &std::path::Path) -> std::path::PathBuf {
    let dir = into.join("pair");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    dir
}

#[test]
fn indicators_load_by_year_with_printed_decimals_gaps_and_marks() {
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    assert!(data.has(TableId::Indicators));
    let series = data.indicator_series();
    assert_eq!(series.len(), 1);
    let s = series[0];
    assert_eq!(s.indicator.id, "agreement");
    assert_eq!(s.indicator.range, Some([0.0, 1.0]));
    let years: Vec<i32> = s.points.iter().map(|p| p.year).collect();
    assert_eq!(years, [2019, 2020, 2021]);
    assert_eq!(s.at(2019).unwrap().value.unwrap().number(), "0.450");
    assert!(s.at(2020).unwrap().value.is_none(), "a gap stays a gap");
    assert_eq!(s.at(2021).unwrap().quality.label(), "approximate");
    assert_eq!(s.span(), Some((2019, 2021)));
    assert_eq!(s.latest().unwrap().year, 2021);
}

#[test]
fn absent_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_copy(tmp.path());
    std::fs::remove_file(dir.join("indicators.csv")).unwrap();
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(!data.has(TableId::Indicators));
    std::fs::write(
        dir.join("indicators.csv"),
        "period,indicator,value,quality,note,source_ids,source_text\n",
    )
    .unwrap();
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(data.has(TableId::Indicators));
    assert!(data.indicators.is_empty());
}

#[test]
fn bad_rows_name_file_line_column_rule_and_value() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_copy(tmp.path());
    std::fs::write(
        dir.join("indicators.csv"),
        "period,indicator,value,quality,note,source_ids,source_text\n\
         2019,agreement,1.5,,,wire,\n\
         19x9,agreement,0.5,,,wire,\n\
         2019,nope,0.5,,,wire,\n\
         2018,agreement,,,,wire,\n\
         2017,agreement,abc,,,wire,\n\
         2017,agreement,0.1,,,wire,\n",
    )
    .unwrap();
    let problems = Dataset::from_folder(&dir).unwrap_err().to_string();
    for want in [
        "indicators.csv:2:3: value: outside the range 0 to 1 dataset.toml gives \"agreement\", found \"1.5\"",
        "indicators.csv:3:1: period: expected a calendar year as YYYY, found \"19x9\"",
        "indicators.csv:4:2: indicator: expected an indicator id from dataset.toml's [[indicators]] (agreement), found \"nope\"",
        "indicators.csv:5:5: note: required when value is empty",
        "indicators.csv:6:3: value: expected a number, found \"abc\"",
    ] {
        assert!(problems.contains(want), "missing {want:?} in\n{problems}");
    }
}

#[test]
fn the_manifest_checks_each_indicator() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_copy(tmp.path());
    let path = dir.join("dataset.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace("range = [0, 1]", "range = [1, 0]")
        .replace("source = \"wire\"\n", "source = \"nowhere\"\n");
    std::fs::write(&path, text).unwrap();
    let problems = Dataset::from_folder(&dir).unwrap_err().to_string();
    assert!(problems.contains("indicators[0].range"), "{problems}");
    assert!(
        problems.contains("indicators[0].source: unknown source id \"nowhere\""),
        "{problems}"
    );
}

#[test]
fn the_csv_export_keeps_the_table_and_its_decimals() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    bilat::report::export::export(&data, bilat::report::export::ExportFormat::Csv, &out, false)
        .unwrap();
    let text = std::fs::read_to_string(out.join("indicators.csv")).unwrap();
    assert!(text.contains("2019,agreement,0.450,"), "{text}");
    let back = Dataset::from_folder(&out).unwrap();
    assert_eq!(back.indicators, data.indicators);
    assert_eq!(back.manifest.indicators, data.manifest.indicators);
}
