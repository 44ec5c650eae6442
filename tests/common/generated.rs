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
