//! `bilat import unga-ideal-points|unga|cow-trade|atop FILE`: one multi-pair file into one
//! dataset (--pair, --into) or a dataset per pair (--pairs or --country, --into-library).
//! Part of the `bilat` binary (declared in `main.rs`).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use bilat::cli::DyadArgs;
use bilat::data::sanitize;
use bilat::import::dyad::{DyadFile, Selection};
use bilat::import::{self, ImportError, Target};
use bilat::library::new::Pair;

/// Reads the file once with `read` (given the countries whose rows matter), then writes each
/// pair's batch into its folder; a pair that fails is said and the others still written.
pub(super) fn run<F: DyadFile>(
    args: &DyadArgs,
    read: impl FnOnce(&Path, &BTreeSet<String>) -> Result<F, ImportError>,
) -> Result<ExitCode, String> {
    let selection = Selection::from_flags(
        args.pair.as_ref(),
        args.into.as_deref(),
        args.pairs.as_ref().map(|p| p.0.as_slice()),
        args.country.as_deref(),
        args.into_library.as_deref(),
    )?;
    let label = sanitize(&args.file.display().to_string()).into_owned();
    write_all(&selection, &label, |focus| read(&args.file, focus))
}

/// `--pairs` or `--country` with `--into-library`, for a source whose own command has
/// another shape (Comtrade's several files).
pub(crate) fn run_many<F: DyadFile>(
    pairs: Option<&[[bilat::data::Country; 2]]>,
    country: Option<&str>,
    library: Option<&Path>,
    read: impl FnOnce(&BTreeSet<String>) -> Result<F, ImportError>,
) -> Result<ExitCode, String> {
    let selection = Selection::from_flags(None, None, pairs, country, library)?;
    write_all(&selection, "the files", read)
}

fn write_all<F: DyadFile>(
    selection: &Selection,
    label: &str,
    read: impl FnOnce(&BTreeSet<String>) -> Result<F, ImportError>,
) -> Result<ExitCode, String> {
    let focus = selection.focus();
    let file = read(&focus).map_err(|e| e.to_string())?;
    let seen = file.countries();
    if let Selection::Country { code, .. } = selection
        && !seen.contains(code)
    {
        return Err(format!(
            "{label}: no rows for {code}: the file holds no pair with it"
        ));
    }
    let targets = selection.targets(&seen);
    let many = !matches!(selection, Selection::One { .. });
    let today = super::import::today();
    let (mut written, mut failed) = (0usize, 0usize);
    for (pair, dir) in targets {
        let result = file.batch(&pair).and_then(|batch| {
            let target = Target {
                dir: dir.clone(),
                pair: Some(Pair(pair.clone())),
                today: today.clone(),
            };
            let done = import::write_bare(&target, &batch)?;
            Ok((batch, done))
        });
        match result {
            Ok((batch, done)) if many => {
                written += 1;
                let replaced = if done.replaced > 0 {
                    ", replacing an earlier import's"
                } else {
                    ""
                };
                eprintln!(
                    "{}: {} row{}{replaced}{}",
                    sanitize(&dir.display().to_string()),
                    done.written,
                    if done.written == 1 { "" } else { "s" },
                    if done.created { " (new dataset)" } else { "" },
                );
                let _ = batch;
            }
            Ok((batch, done)) => {
                written += 1;
                eprint!("{}", import::report(&batch, &done));
            }
            Err(err) => {
                failed += 1;
                eprintln!("error: {err}");
            }
        }
    }
    if many {
        eprintln!(
            "{written} dataset{} written, {failed} failed",
            if written == 1 { "" } else { "s" }
        );
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
