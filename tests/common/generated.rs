//! Datasets made up for property tests, held in memory: the minimal fixture's manifest with a
//! title, country names and tables drawn from a seed.
#![allow(dead_code)] // each test crate uses its own subset

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use bilat::data::{Dataset, Origin};

/// The minimal fixture's files, by name.
pub fn minimal_files() -> BTreeMap<String, Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A dataset held in memory from `files`.
pub fn load(label: &str, files: BTreeMap<String, Vec<u8>>) -> Dataset {
    let origin = Origin::Memory {
        label: label.to_string(),
        files: Arc::new(files),
    };
    match Dataset::load(origin) {
        Ok(data) => data,
        Err(problems) => panic!("{label} does not load: {problems:?}"),
    }
}

/// The minimal fixture with another title and other country names.
pub fn renamed(title: &str, first: &str, second: &str) -> Dataset {
    let mut files = minimal_files();
    let manifest = String::from_utf8(files["dataset.toml"].clone()).unwrap();
    let manifest = manifest
        .replacen(
            "title = \"Atlantis–Lemuria\"",
            &format!("title = {title:?}"),
            1,
        )
        .replacen("name = \"Atlantis\"", &format!("name = {first:?}"), 1)
        .replacen("name = \"Lemuria\"", &format!("name = {second:?}"), 1);
    files.insert("dataset.toml".to_string(), manifest.into_bytes());
    load(title, files)
}

/// The minimal fixture with two trade series that give flows: Lemuria's customs (the second
/// country's) and a third-party series, whose flows are Atlantis's (the first country's).
pub fn flows_files() -> BTreeMap<String, Vec<u8>> {
    let mut files = minimal_files();
    let mut manifest = String::from_utf8(files["dataset.toml"].clone()).unwrap();
    manifest.push_str(
        "\n[[trade_series]]\nid = \"lem\"\nlabel = \"LEM\"\nname = \"Lemuria customs\"\n\
         reporter = \"customs\"\ncountry = \"LEM\"\nperiod = \"calendar\"\n\n\
         [[trade_series]]\nid = \"imf\"\nlabel = \"IMF\"\nname = \"IMF DOTS\"\n\
         reporter = \"third-party\"\nperiod = \"calendar\"\n",
    );
    files.insert("dataset.toml".to_string(), manifest.into_bytes());
    let trade = "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,yoy_pct,quality,note,reported_by,source_ids,source_text\n\
                 2021,lem,10,4,6,,,,,,Lemuria customs (2022)\n\
                 2022,lem,12,5,7,,,,,,Lemuria customs (2023)\n\
                 2021,imf,10.5,6.5,4,,,,,,IMF DOTS (2022)\n\
                 2022,imf,12.5,7.5,5,,,,,,IMF DOTS (2023)\n";
    files.insert("trade.csv".to_string(), trade.as_bytes().to_vec());
    files
}
