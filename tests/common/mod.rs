//! Helpers shared by the integration tests: fixture folders and the built binary.
#![allow(dead_code)] // each test crate uses its own subset

use std::path::Path;
use std::process::{Command, Output};

mod files;
pub use files::*;

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
