//! `bilat export`: the dataset and the briefing as files that leave the terminal (CSV, JSON,
//! SVG charts, a self-contained HTML page, Markdown), each written atomically.

mod arms_table;
mod briefing;
mod chart;
mod compare;
mod compare_html;
mod compare_indicator_svg;
mod compare_md;
mod compare_svg;
mod csv;
mod html;
mod html_tables;
mod indicator_plot;
mod indicator_svg;
pub mod json;
mod json_read;
mod manifest;
mod md;
mod overview_html;
mod sources;
mod svg;
mod tables;
mod trade_table;
mod write;

use std::path::{Path, PathBuf};

use crate::data::{Dataset, sanitize};

pub use compare::{CompareFormat, NotComparable, export_compare};
pub use json::load_json;
pub use overview_html::overview_page;
pub use tables::{cooperation_csv, cooperation_fields};

/// What `--format` names, and what `--out` then is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A dataset folder in bilat's own format: `dataset.toml` and the dataset's tables.
    Csv,
    /// One JSON document holding the manifest and every row.
    Json,
    /// A folder receiving `trade.svg`, `meetings.svg` and a chart per indicator.
    Svg,
    /// One self-contained page: the briefing with its charts inlined.
    Html,
    /// The briefing in Markdown, with its charts as SVG files beside it.
    Md,
}

/// Why an export stopped. Every message names the path the user gave or a file inside it.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file is there already and `--force` was not given.
    #[error("{}: exists; pass --force to replace it", shown(.0))]
    Exists(PathBuf),
    /// The path cannot take what the format writes (a folder where a file goes, or a file
    /// where a folder goes).
    #[error("{}: {what}", shown(.path))]
    Unusable { path: PathBuf, what: String },
    /// The system refused: `action` says what bilat was doing.
    #[error("{}: {action}: {}", shown(.path), reason(.source))]
    Io {
        path: PathBuf,
        action: String,
        source: std::io::Error,
    },
    /// A comparison asked of fewer pairs than two or more than four.
    #[error("a comparison holds two to four pairs, not {0}")]
    PairCount(usize),
    /// plotters could not draw a chart (it draws into memory, so this is a bug, not the disk).
    #[error("cannot draw the {chart} chart: {message}")]
    Chart {
        chart: &'static str,
        message: String,
    },
}

/// A path as messages show it: control characters made visible, like data text.
pub(crate) fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// What went wrong, in the words a user would look for.
fn reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::NotFound => "no such folder".to_string(),
        ErrorKind::NotADirectory => "a folder on the way is a file".to_string(),
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_string(),
        ErrorKind::StorageFull => "the disk is full".to_string(),
        _ => sanitize(&err.to_string()).into_owned(),
    }
}

/// Writes `data` as `format` to `out` and returns the files written, in the order written.
///
/// Nothing is overwritten without `force`; every file this export would write is checked
/// before the first is written, so a refusal leaves the disk as it was.
pub fn export(
    data: &Dataset,
    format: ExportFormat,
    out: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let files: Vec<(PathBuf, Vec<u8>)> = match format {
        ExportFormat::Csv => into_folder(out, csv::files(data)),
        ExportFormat::Json => vec![(out.to_path_buf(), json::document(data).into_bytes())],
        ExportFormat::Svg => into_folder(out, svg::files(data)?),
        ExportFormat::Html => vec![(out.to_path_buf(), html::page(data)?.into_bytes())],
        ExportFormat::Md => md::files(data, out)?,
    };
    let folder_out = matches!(format, ExportFormat::Csv | ExportFormat::Svg);
    write_all(files, out, folder_out, force)
}

/// `--out -`: the one document a format makes, for stdout. Formats that write a folder or
/// files beside their document cannot go there, and say so.
pub fn to_stdout(data: &Dataset, format: ExportFormat) -> Result<String, ExportError> {
    let refuse = |what: &str| ExportError::Unusable {
        path: PathBuf::from("-"),
        what: format!("{what}; name a path to write to, or use json or html for stdout"),
    };
    match format {
        ExportFormat::Json => Ok(json::document(data)),
        ExportFormat::Html => html::page(data),
        ExportFormat::Md => Err(refuse("md writes its charts beside the Markdown")),
        ExportFormat::Csv | ExportFormat::Svg => Err(refuse("this format writes a folder")),
    }
}

/// Writes every file, after checking that none is in the way: `out` is the folder the
/// files go into when `folder_out`, else the one file the user named.
fn write_all(
    files: Vec<(PathBuf, Vec<u8>)>,
    out: &Path,
    folder_out: bool,
    force: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    if folder_out {
        write::check_folder(out)?;
    }
    let paths: Vec<PathBuf> = files.iter().map(|(path, _)| path.clone()).collect();
    write::check_free(&paths, force)?;
    if folder_out {
        write::ensure_folder(out, out)?;
    } else {
        write::ensure_folder(&write::parent(out), out)?;
    }
    for (path, bytes) in &files {
        write::write_atomic(path, bytes)?;
    }
    Ok(paths)
}

fn into_folder<N: AsRef<Path>>(dir: &Path, files: Vec<(N, Vec<u8>)>) -> Vec<(PathBuf, Vec<u8>)> {
    files
        .into_iter()
        .map(|(name, bytes)| (dir.join(name), bytes))
        .collect()
}
