//! The binary's `--compare` commands: `brief --compare A B [C [D]]` and `export --compare A
//! B [C [D]]`, the two to four datasets they load, and the usage error when the command line
//! names them wrongly. Part of the `bilat` binary (declared in `main.rs`), not of the
//! library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

use bilat::cli::{COMPARED, Cli};
use bilat::data::{Dataset, Origin};
use bilat::library::Library;
use bilat::library::config::LoadedConfig;
use bilat::report::brief::{Comparison, Format};
use bilat::report::export::CompareFormat;
use bilat::text::symbols::Symbols;

use crate::{load, print, problems_message};

/// `brief --compare A B [C [D]]`: the pairs side by side.
pub(crate) fn compare_brief(
    pairs: &[Dataset],
    config: &LoadedConfig,
    format: Format,
    since: Option<i32>,
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    let options = crate::brief_options(config, since);
    let pairs: Vec<&Dataset> = pairs.iter().collect();
    print(&Comparison::new(&pairs, options).render(format, symbols))?;
    Ok(ExitCode::SUCCESS)
}

/// `export --compare A B [C [D]]`: one page (or JSON file) holding every pair.
pub(crate) fn compare_export(
    pairs: &[Dataset],
    format: CompareFormat,
    out: &Path,
    force: bool,
) -> Result<ExitCode, String> {
    let pairs: Vec<&Dataset> = pairs.iter().collect();
    let written = bilat::report::export::export_compare(&pairs, format, out, force)
        .map_err(|err| err.to_string())?;
    let lines: String = written
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    print(&lines)?;
    Ok(ExitCode::SUCCESS)
}

/// A mistake in the command that clap cannot see by itself, reported as clap reports its
/// own: the message, the subcommand's usage, exit 2.
pub(crate) fn usage_error(subcommand: &str, message: impl std::fmt::Display) -> ! {
    let mut command = Cli::command();
    command.build();
    let kind = clap::error::ErrorKind::ArgumentConflict;
    match command.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(kind, message).exit(),
        None => command.error(kind, message).exit(),
    }
}

/// `--data` beside `--compare` in `brief` and `export`: `--compare` names every dataset.
pub(crate) fn refuse_data(with_data: bool, subcommand: &str) {
    if with_data {
        usage_error(
            subcommand,
            "--compare names every dataset; leave out --data",
        );
    }
}

/// Where each dataset `--compare` names is, resolved as `--data` would resolve it. clap
/// has already counted them; a count it let through all the same is a usage error.
pub(crate) fn compare_origins(
    library: &Library,
    subcommand: &str,
    paths: &[PathBuf],
) -> Vec<Origin> {
    if !COMPARED.contains(&paths.len()) {
        usage_error(subcommand, "--compare takes two to four datasets");
    }
    paths.iter().map(|path| library.resolve(path)).collect()
}

/// The datasets `--compare` names, in its order; if any does not load, every problem of
/// each that does not, one dataset after another.
pub(crate) fn load_pairs(
    library: &Library,
    subcommand: &str,
    paths: &[PathBuf],
) -> Result<Vec<Dataset>, String> {
    let origins = compare_origins(library, subcommand, paths);
    all_loaded(origins.into_iter().map(load), problems_message)
}

/// Every dataset loaded, in order, or the problems of each that was not, each said by
/// `message`, one after another.
pub(crate) fn all_loaded<T, E>(
    loaded: impl Iterator<Item = Result<T, E>>,
    message: impl Fn(E) -> String,
) -> Result<Vec<T>, String> {
    let (loaded, broken): (Vec<_>, Vec<_>) = loaded.partition(Result::is_ok);
    if broken.is_empty() {
        return Ok(loaded.into_iter().filter_map(Result::ok).collect());
    }
    let broken: Vec<String> = broken
        .into_iter()
        .filter_map(Result::err)
        .map(message)
        .collect();
    Err(broken.join("\n"))
}

/// The datasets `--compare` names, loaded, as the dashboard (and `render`, which draws it)
/// takes them: the first in front, the others beside it in the order named.
pub(crate) fn compare_views<T>(compared: Vec<T>) -> (T, Vec<T>) {
    let mut each = compared.into_iter();
    let first = each
        .next()
        .unwrap_or_else(|| usage_error("", "--compare takes two to four datasets"));
    (first, each.collect())
}
