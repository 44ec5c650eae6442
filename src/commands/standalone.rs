//! The binary's commands that need neither the configuration nor the library, so run
//! before either is looked at: `new`, `import` (which reads and writes only the folder it
//! names), `completions` and `man`. Part of the `bilat` binary (declared in `main.rs`), not
//! of the library.

use std::process::ExitCode;

use bilat::cli::Command;

use crate::print;

/// Runs `command` if it is one of these; `None` for the commands that read datasets.
pub(crate) fn run(command: Option<&Command>) -> Option<Result<ExitCode, String>> {
    let text = match command? {
        Command::New { dir, pair } => return Some(new(dir, pair)),
        Command::Import { source } => return Some(crate::commands::import::run(source)),
        Command::Completions { shell } => bilat::cli::completions::script(*shell),
        Command::Man => bilat::cli::manual::page(),
        _ => return None,
    };
    Some(print(&text).map(|()| ExitCode::SUCCESS))
}

/// `bilat new DIR --pair ...`: a new dataset folder to fill in.
fn new(dir: &std::path::Path, pair: &bilat::library::new::Pair) -> Result<ExitCode, String> {
    // The date in UTC: the manifest's `as_of` needs a day, not a time zone.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let written = bilat::library::new::create(dir, pair, &today).map_err(|e| e.to_string())?;
    let mut out: String = written
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    out.push_str(&format!(
        "Next: add rows, then `bilat check {0}` and `bilat --data {0}`.\n",
        dir.display()
    ));
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}
