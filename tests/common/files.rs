//! Fixture folders, shared by the binary's tests and the core crate's (which has no binary
//! to run, so this file names none).
#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};

/// The repository's top, found from whichever crate's tests are running.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("tests/fixtures").is_dir())
        .expect("the tests run inside the repository")
        .to_path_buf()
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

/// Copies a folder tree (files and sub-folders).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if target.is_file() {
                std::fs::remove_file(&target).unwrap();
            }
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// An invalid fixture laid over a copy of the minimal valid dataset: the fixture holds only
/// the files it breaks, plus `REMOVE` (files to delete first) and `expected.txt`.
pub fn broken_dataset(name: &str, into: &Path) -> PathBuf {
    let dir = into.join(name);
    copy_tree(&fixtures().join("valid/minimal"), &dir);
    let fixture = fixtures().join("invalid").join(name);
    if let Ok(list) = std::fs::read_to_string(fixture.join("REMOVE")) {
        for file in list.lines().filter(|l| !l.is_empty()) {
            std::fs::remove_file(dir.join(file)).unwrap();
        }
    }
    copy_tree(&fixture, &dir);
    for extra in ["REMOVE", "expected.txt"] {
        let _ = std::fs::remove_file(dir.join(extra));
    }
    dir
}

/// A copy of the minimal valid dataset in `into/name`, made another pair: its title, its
/// countries' names and ISO codes replaced in every file (the manifest and each table that
/// names them), so it loads as the pair `first`–`second`, each `(name, code)`.
pub fn minimal_pair(
    into: &Path,
    name: &str,
    title: &str,
    first: (&str, &str),
    second: (&str, &str),
) -> PathBuf {
    let dir = into.join(name);
    copy_tree(&fixtures().join("valid/minimal"), &dir);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            .replace("Atlantis–Lemuria", title)
            .replace("Atlantis", first.0)
            .replace("Lemuria", second.0)
            .replace("ATL", first.1)
            .replace("LEM", second.1);
        std::fs::write(&path, text).unwrap();
    }
    dir
}
