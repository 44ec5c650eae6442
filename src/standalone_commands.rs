//! The binary's commands that read no dataset, so run before the configuration and the
//! library are looked at: `new`, `import`, `completions` and `man`. Part of the `bilat` binary
//! (declared in `main.rs`), not of the library.

use std::process::ExitCode;

use bilat::cli::{Command, ImportSource};

use crate::print;

/// Runs `command` if it is one of these; `None` for the commands that read datasets.
pub(super) fn run(command: Option<&Command>) -> Option<Result<ExitCode, String>> {
    let text = match command? {
        Command::New { dir, pair } => return Some(new(dir, pair)),
        Command::Import { source } => return Some(import(source)),
        Command::Completions { shell } => bilat::completions::script(*shell),
        Command::Man => bilat::manual::page(),
        _ => return None,
    };
    Some(print(&text).map(|()| ExitCode::SUCCESS))
}

/// `bilat new DIR --pair ...`: a new dataset folder to fill in.
fn new(dir: &std::path::Path, pair: &bilat::new::Pair) -> Result<ExitCode, String> {
    // The date in UTC: the manifest's `as_of` needs a day, not a time zone.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let written = bilat::new::create(dir, pair, &today).map_err(|e| e.to_string())?;
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

/// `bilat import SOURCE FILE --into DIR`: the pair's rows of a public source's file into a
/// dataset folder, all or nothing; what was read, kept, skipped and written goes to stderr.
fn import(source: &ImportSource) -> Result<ExitCode, String> {
    let ImportSource::Sipri { file, into, pair } = source;
    let target = bilat::import::Target {
        dir: into.clone(),
        pair: pair.clone(),
        today: chrono::Utc::now().format("%Y-%m-%d").to_string(),
    };
    let label = bilat::data::sanitize(&file.display().to_string()).into_owned();
    let bytes = bilat::data::read_file(file, &label).map_err(|p| p.to_string())?;
    let name = file.file_name().map_or(label.clone(), |n| {
        bilat::data::sanitize(&n.to_string_lossy()).into_owned()
    });
    let countries = bilat::import::countries(&target).map_err(|e| e.to_string())?;
    let register = bilat::import::sipri::parse(&label, &name, &bytes, &countries)
        .map_err(|p| p.to_string())?;
    let batch = bilat::import::sipri::batch(register, &name);
    let written = bilat::import::write(&target, &batch).map_err(|e| e.to_string())?;
    eprint!("{}", bilat::import::report(&batch, &written));
    Ok(ExitCode::SUCCESS)
}
