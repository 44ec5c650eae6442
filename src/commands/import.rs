//! `bilat import SOURCE FILE... --into DIR`: reads a public source's files and writes them
//! into a dataset folder, saying on stderr what was read, kept, skipped and written. Part of
//! the `bilat` binary (declared in `main.rs`), not of the library.

use std::path::PathBuf;
use std::process::ExitCode;

use bilat::cli::{ImportFiles, ImportSource};
use bilat::data::Country;
use bilat::import::{self, Batch, ImportError, Target, comtrade, imf, sipri};

/// Runs one import; any error leaves the folder as it was.
pub(super) fn run(source: &ImportSource) -> Result<ExitCode, String> {
    match source {
        ImportSource::Comtrade(args) if args.into_library.is_some() => {
            crate::commands::import_dyad::run_many(
                args.pairs.as_ref().map(|p| p.0.as_slice()),
                args.country.as_deref(),
                args.into_library.as_deref(),
                |focus| {
                    let many = import::comtrade_many::read(&args.files, focus)?;
                    if let Some(line) = import::comtrade_many::summary(&many) {
                        eprintln!("comtrade: {line}");
                    }
                    Ok(many)
                },
            )
        }
        ImportSource::Comtrade(args) => {
            let files = ImportFiles {
                files: args.files.clone(),
                into: args.into.clone().unwrap_or_default(),
                pair: args.pair.clone().map(bilat::library::new::Pair),
            };
            import_files(&files, comtrade::read)
        }
        ImportSource::Imf {
            files: args,
            imf_code,
            scale,
        } => import_files(args, |files, countries| {
            imf::read(files, countries, imf_code, *scale)
        }),
        ImportSource::Sipri {
            files: args,
            soviet_union_as_russia,
        } => {
            let soviet_union = if *soviet_union_as_russia {
                sipri::SovietUnion::AsRussia
            } else {
                sipri::SovietUnion::LeftOut
            };
            import_files(args, |files, countries| {
                sipri::read(files, countries, soviet_union)
            })
        }
        ImportSource::Gdelt(args) => crate::commands::import_gdelt::events(args),
        ImportSource::UngaIdealPoints(args) => {
            crate::commands::import_dyad::run(args, |path, _| {
                import::unga::ideal_points::read(path)
            })
        }
        ImportSource::Unga(args) => {
            crate::commands::import_dyad::run(args, import::unga::agreement::read)
        }
        ImportSource::CowTrade(args) => {
            crate::commands::import_dyad::run(args, import::cow::trade::read)
        }
        ImportSource::Atop(args) => crate::commands::import_dyad::run(args, import::atop::read),
        ImportSource::GdeltMonthly {
            file,
            into_library: Some(library),
            pairs,
            country,
            ..
        } => {
            let label = bilat::data::sanitize(&file.display().to_string()).into_owned();
            let name = file
                .file_name()
                .map_or_else(|| label.clone(), |n| n.to_string_lossy().into_owned());
            let source = format!("GDELT events by month, from a query's result: {name}");
            crate::commands::import_dyad::run_many(
                pairs.as_ref().map(|p| p.0.as_slice()),
                country.as_deref(),
                Some(library),
                |focus| {
                    let input = std::fs::File::open(file).map_err(|source| ImportError::Io {
                        path: file.clone(),
                        source,
                    })?;
                    let many = import::gdelt::many::read(&label, input, &source, focus)?;
                    if let Some(line) = import::gdelt::many::summary(&many) {
                        eprintln!("gdelt-monthly: {line}");
                    }
                    Ok(many)
                },
            )
        }
        ImportSource::GdeltMonthly {
            file, into, pair, ..
        } => crate::commands::import_gdelt::monthly(file, into.as_deref(), pair.as_ref()),
    }
}

/// Reads the files with `read` and writes the batch into the folder --into names.
fn import_files(
    args: &ImportFiles,
    read: impl FnOnce(&[PathBuf], &[Country; 2]) -> Result<Batch, ImportError>,
) -> Result<ExitCode, String> {
    let ImportFiles { files, into, pair } = args;
    let target = Target {
        dir: into.clone(),
        pair: pair.clone(),
        today: today(),
    };
    let fail = |err: ImportError| err.to_string();
    let countries = import::countries(&target).map_err(fail)?;
    let batch = read(files, &countries).map_err(fail)?;
    let written = import::write(&target, &batch).map_err(fail)?;
    eprint!("{}", import::report(&batch, &written));
    Ok(ExitCode::SUCCESS)
}

/// The date in UTC: the year of the source entry, and a new manifest's `as_of`.
pub(super) fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}
