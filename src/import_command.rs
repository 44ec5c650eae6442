//! `bilat import SOURCE FILE... --into DIR`: reads a public source's files and writes them
//! into a dataset folder, saying on stderr what was read, kept, skipped and written. Part of
//! the `bilat` binary (declared in `main.rs`), not of the library.

use std::process::ExitCode;

use bilat::cli::{ImportFiles, ImportSource};
use bilat::import::{self, Target, comtrade, imf, sipri};

/// Runs one import; any error leaves the folder as it was.
pub(super) fn run(source: &ImportSource) -> Result<ExitCode, String> {
    let (ImportSource::Comtrade(args)
    | ImportSource::Imf { files: args, .. }
    | ImportSource::Sipri(args)) = source;
    let ImportFiles { files, into, pair } = args;
    // The date in UTC: the year of the source entry, and a new manifest's `as_of`.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let target = Target {
        dir: into.clone(),
        pair: pair.clone(),
        today,
    };
    let fail = |err: import::ImportError| err.to_string();
    let countries = import::countries(&target).map_err(fail)?;
    let batch = match source {
        ImportSource::Comtrade(_) => comtrade::read(files, &countries),
        ImportSource::Imf { imf_code, .. } => imf::read(files, &countries, imf_code),
        ImportSource::Sipri(_) => sipri::read(files, &countries),
    }
    .map_err(fail)?;
    let written = import::write(&target, &batch).map_err(fail)?;
    eprint!("{}", import::report(&batch, &written));
    Ok(ExitCode::SUCCESS)
}
