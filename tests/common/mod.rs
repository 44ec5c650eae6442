//! Helpers shared by the integration tests: fixture folders and the built binary.
#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
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

/// Runs the built `bilat` with arguments, in `cwd`, with a clean configuration lookup and
/// an empty library (no data dir).
pub fn bilat(args: &[&str], cwd: &Path) -> Output {
    bilat_with_data_home(args, cwd, &cwd.join("no-data-here"))
}

/// [`bilat`] with `XDG_DATA_HOME` (and `HOME`) set to `data_home`, so the library holds the
/// folders in `data_home/bilat/datasets` (and the summaries' cache is `data_home/.cache`).
pub fn bilat_with_data_home(args: &[&str], cwd: &Path, data_home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bilat"))
        .args(args)
        .env_remove("XDG_CACHE_HOME")
        .current_dir(cwd)
        .env_remove("BILAT_CONFIG")
        .env("XDG_CONFIG_HOME", cwd.join("no-config-here"))
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("TERM", "xterm-256color")
        .output()
        .expect("the bilat binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}
