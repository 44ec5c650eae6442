//! The binary's `--compare` commands: `brief --compare A B` and `export --compare A B`, the
//! two datasets they load, and the usage error when the command line names them wrongly.
//! Part of the `bilat` binary (declared in `main.rs`), not of the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

use bilat::cli::Cli;
use bilat::data::Dataset;
use bilat::library::Library;
use bilat::library::config::LoadedConfig;
use bilat::report::brief::{Comparison, Format};
use bilat::report::export::CompareFormat;
use bilat::text::symbols::Symbols;

use crate::{load, print, problems_message};

/// `brief --compare A B`: the two pairs side by side.
pub(crate) fn compare_brief(
    [a, b]: [&Dataset; 2],
    config: &LoadedConfig,
    format: Format,
    since: Option<i32>,
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    let options = crate::brief_options(config, since);
    print(&Comparison::new(a, b, options).render(format, symbols))?;
    Ok(ExitCode::SUCCESS)
}

/// `export --compare A B`: one page (or JSON file) holding both pairs.
pub(crate) fn compare_export(
    pair: [&Dataset; 2],
    format: CompareFormat,
    out: &Path,
    force: bool,
) -> Result<ExitCode, String> {
    let written = bilat::report::export::export_compare(pair, format, out, force)
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

/// The two datasets `--compare` names, each resolved as `--data` would be; if either does
/// not load, every problem of each that does not.
pub(crate) fn load_pair(
    library: &Library,
    with_data: bool,
    subcommand: &str,
    paths: &[PathBuf],
) -> Result<[Dataset; 2], String> {
    if with_data {
        usage_error(
            subcommand,
            "--compare names both datasets; leave out --data",
        );
    }
    let [a, b] = paths else {
        usage_error(subcommand, "--compare takes exactly two datasets");
    };
    match (load(library.resolve(a)), load(library.resolve(b))) {
        (Ok(a), Ok(b)) => Ok([a, b]),
        (a, b) => {
            let broken: Vec<String> = [a.err(), b.err()]
                .into_iter()
                .flatten()
                .map(problems_message)
                .collect();
            Err(broken.join("\n"))
        }
    }
}
