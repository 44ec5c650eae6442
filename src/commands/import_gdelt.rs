//! `bilat import gdelt` and `gdelt-monthly`: GDELT's events by month into a dataset folder
//! (or printed as the table's CSV), and the SQL that counts them where GDELT is hosted. Part
//! of the `bilat` binary (declared in `main.rs`), not of the library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bilat::cli::GdeltArgs;
use bilat::data::{Problems, sanitize};
use bilat::import::gdelt::{self, EXPECTED_COLUMNS, Layout, LineError, sql};
use bilat::import::{self, Batch, Target};
use bilat::report::export::cooperation_csv;

use crate::print;

/// `bilat import gdelt`: reads the files, or prints the query with --print-sql.
pub(super) fn events(args: &GdeltArgs) -> Result<ExitCode, String> {
    if let Some(engine) = args.print_sql {
        return print_sql(engine, args);
    }
    let Some(pair) = &args.pair else {
        return Err(
            "give the pair with --pair CODE,CODE (--country prints the partners' \
                    query, with --print-sql)"
                .to_string(),
        );
    };
    // A folder for another pair is refused before any file is read.
    let target = match &args.into {
        Some(dir) => Some(target(dir, pair.countries.as_ref(), Some(&pair.codes))?),
        None => None,
    };
    let found = gdelt::import(&args.files, pair.codes).map_err(|p| Problems(p).to_string())?;
    match target {
        Some(target) => write(&target, &found.batch()),
        None => {
            for warning in found.warnings() {
                warn(&warning);
            }
            print_csv(&cooperation_csv(&found.months()))
        }
    }
}

/// The folder to write into, checked to be for the pair `codes` names, if any.
fn target(
    dir: &Path,
    countries: Option<&bilat::library::new::Pair>,
    codes: Option<&gdelt::Pair>,
) -> Result<Target, String> {
    let target = Target {
        dir: dir.to_path_buf(),
        pair: countries.cloned(),
        today: crate::commands::import::today(),
    };
    let found = import::countries(&target).map_err(|e| e.to_string())?;
    if let Some(codes) = codes {
        let mut want = codes.0.map(|c| String::from_utf8_lossy(&c).into_owned());
        let mut have = [found[0].code.clone(), found[1].code.clone()];
        want.sort();
        have.sort();
        if want != have {
            return Err(format!(
                "{}: the dataset is for {}, but --pair names {}: import into \
                 a folder for that pair",
                sanitize(&dir.display().to_string()),
                have.join(","),
                want.join(",")
            ));
        }
    }
    Ok(target)
}

/// Writes the batch into the folder and says what was read, kept, skipped and written.
fn write(target: &Target, batch: &Batch) -> Result<ExitCode, String> {
    let written = import::write(target, batch).map_err(|e| e.to_string())?;
    eprint!("{}", import::report(batch, &written));
    Ok(ExitCode::SUCCESS)
}

/// `bilat import gdelt-monthly`: a query's result.
pub(super) fn monthly(
    file: &Path,
    into: Option<&Path>,
    pair: Option<&bilat::library::new::Pair>,
) -> Result<ExitCode, String> {
    let label = sanitize(&file.display().to_string()).into_owned();
    let input =
        std::fs::File::open(file).map_err(|e| format!("{label}: could not be opened: {e}"))?;
    let name = file.file_name().map_or_else(
        || label.clone(),
        |n| sanitize(&n.to_string_lossy()).into_owned(),
    );
    let source = format!("GDELT events by month, from a query's result: {name}");
    let Some(dir) = into else {
        let months = gdelt::monthly::read(&label, input, &source).map_err(|p| p.to_string())?;
        return print_csv(&cooperation_csv(&months));
    };
    let target = target(dir, pair, None)?;
    // Read as printed, each month citing the result, which the table's rules need; in the
    // folder the months cite the GDELT source entry instead, whose title names the file.
    let mut months = gdelt::monthly::read(&label, input, &source).map_err(|p| p.to_string())?;
    for month in &mut months {
        month.citation.source_text.clear();
    }
    let tally = import::Tally {
        read: months.len(),
        kept: months.len(),
        ..import::Tally::default()
    };
    write(&target, &gdelt::batch(&months, source, tally))
}

fn print_sql(engine: sql::Engine, args: &GdeltArgs) -> Result<ExitCode, String> {
    let input = if args.files.is_empty() {
        let table = args.table.clone().unwrap_or_else(|| {
            match engine {
                sql::Engine::Clickhouse => sql::CLICKHOUSE_TABLE,
                sql::Engine::Bigquery | sql::Engine::Duckdb => sql::BIGQUERY_TABLE,
            }
            .to_string()
        });
        if engine == sql::Engine::Duckdb && args.table.is_none() {
            return Err("DuckDB reads the event files: name them, or a table with --table".into());
        }
        sql::Input::Table(table)
    } else {
        sql::Input::Files {
            layout: one_layout(&args.files)?,
            paths: args.files.iter().map(|p| p.display().to_string()).collect(),
        }
    };
    let query = match (&args.country, &args.pair) {
        (Some(country), _) => sql::partners_query(engine, country, &input)?,
        (None, Some(pair)) => sql::query(engine, &pair.codes, &input)?,
        (None, None) => return Err("give --pair CODE,CODE or --country CODE".to_string()),
    };
    print(&query)?;
    Ok(ExitCode::SUCCESS)
}

/// The layout the files share, told by the first event line of each: the query names the
/// columns, so the files must agree, and be plain text (engines read no zip archives here).
fn one_layout(paths: &[PathBuf]) -> Result<Layout, String> {
    let mut found: Option<(Layout, String)> = None;
    for path in paths {
        let label = sanitize(&path.display().to_string()).into_owned();
        let layout = first_layout(path).map_err(|e| format!("{label}: {e}"))?;
        match &found {
            Some((first, first_label)) if *first != layout => {
                return Err(format!(
                    "{label}: {} columns ({}), but {first_label} has {} ({}): one query reads one layout",
                    layout.columns(),
                    layout.name(),
                    first.columns(),
                    first.name()
                ));
            }
            Some(_) => {}
            None => found = Some((layout, label)),
        }
    }
    found
        .map(|(layout, _)| layout)
        .ok_or_else(|| "no files".to_string())
}

fn first_layout(path: &Path) -> Result<Layout, String> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).map_err(|e| format!("could not be opened: {e}"))?;
    let mut reader = std::io::BufReader::new(file);
    let mut line = Vec::new();
    let mut line_no = 0u64;
    loop {
        line.clear();
        line_no += 1;
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("could not be read: {e}"))?;
        if n == 0 {
            return Err("no event lines".to_string());
        }
        if line.starts_with(b"PK\x03\x04") {
            return Err(
                "a zip archive: unzip it for the query (the engines read plain files here)".into(),
            );
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.is_empty() {
            continue;
        }
        return match gdelt::split(text) {
            Ok(fields) => Ok(fields.layout),
            Err(LineError::Header) => continue,
            Err(LineError::Columns(n)) => Err(format!("{line_no}: {EXPECTED_COLUMNS}, found {n}")),
        };
    }
}

fn print_csv(bytes: &[u8]) -> Result<ExitCode, String> {
    print(&String::from_utf8_lossy(bytes))?;
    Ok(ExitCode::SUCCESS)
}

fn warn(message: &str) {
    let _ = writeln!(std::io::stderr(), "bilat: warning: {message}");
}
