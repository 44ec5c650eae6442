//! Importing public data into a dataset folder. Each source has its own reader, which turns
//! its files into a [`Batch`]: rows for one table, tagged with the source, plus the trade
//! series and the `[[sources]]` entry they need. [`write`] puts a batch into a folder:
//!
//! - a folder that does not exist or is empty is first made as `bilat new` makes one, for
//!   the pair [`Target::pair`] names;
//! - the rows an earlier import of the same source wrote (those whose `source_ids` cite the
//!   source's tag) are replaced; every other row, and its note, is kept byte for byte, so
//!   importing the same files twice changes nothing;
//! - `dataset.toml` is edited in place (comments and layout kept) to declare the series and
//!   the source, whose title names the files read;
//! - all of it or nothing: the changed files are written beside a staged copy of the folder,
//!   which must load as a dataset before they are moved into place.

pub mod atop;
pub mod comtrade;
pub mod comtrade_many;
pub mod cow;
pub mod dyad;
pub mod gdelt;
pub mod imf;
mod input;
pub use input::decode;
mod manifest_edit;
mod merge;
mod report;
pub mod scale;
pub(crate) use report::possessive;
pub use report::report;
pub mod sipri;
mod stage;
pub mod stream;
pub mod unga;
mod years;

use std::fs;
use std::path::{Path, PathBuf};

use crate::data::{Country, MANIFEST_FILE, Problem, Problems, Reporter, TableId, sanitize};
use crate::library::new::Pair;

/// One row for a table, its fields by column name; columns left out are empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedRow {
    fields: Vec<(&'static str, String)>,
}

impl ImportedRow {
    /// Sets a column's field (a column of the table's [`crate::data::TableSpec`]).
    pub fn set(&mut self, column: &'static str, value: impl Into<String>) {
        let value = value.into();
        match self.fields.iter_mut().find(|(c, _)| *c == column) {
            Some((_, old)) => *old = value,
            None => self.fields.push((column, value)),
        }
    }

    /// A column's field, empty if never set.
    pub fn get(&self, column: &str) -> &str {
        self.fields
            .iter()
            .find(|(c, _)| *c == column)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// The source an import's rows come from, as `dataset.toml` lists it under `[[sources]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceEntry {
    /// The source's id, which every imported row cites in `source_ids` and by which a later
    /// import of the same source finds the rows to replace: `comtrade`.
    pub tag: &'static str,
    pub publisher: String,
    /// Names the files read, so that the manifest says what the rows came from.
    pub title: String,
    /// The year of the data as the files state it (SIPRI's "Data generated" date); `None`:
    /// the year of the import.
    pub year: Option<i32>,
}

/// A trade series an import fills, declared in `dataset.toml` unless a series with its id
/// is declared already (the user's edits to it stay).
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesEntry {
    pub id: String,
    /// At most [`crate::data::LABEL_WIDTH`] characters.
    pub label: String,
    pub name: String,
    pub reporter: Reporter,
    /// For customs and ministry series: whose (a code of the pair).
    pub country: Option<String>,
    /// What the figures count; may be empty.
    pub basis: String,
}

/// Rows of the input left out, by reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub reason: String,
    pub count: usize,
    /// Where the first one was: `file.csv:12`.
    pub first: String,
}

/// What a reader did with its input rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Rows read from the input files (headers not counted).
    pub read: usize,
    /// Rows that went into the batch's figures.
    pub kept: usize,
    /// The rest, by reason, in the order first met.
    pub skipped: Vec<Skip>,
    /// What else the user should know (a country that reports nothing).
    pub warnings: Vec<String>,
}

impl Tally {
    /// The rows left out, as said once for a library import: `2 rows of ... (first at
    /// FILE:LINE); ...`, or nothing.
    pub fn skipped_line(&self) -> Option<String> {
        let parts: Vec<String> = self
            .skipped
            .iter()
            .map(|s| format!("{} {} (first at {})", s.count, s.reason, s.first))
            .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// Counts a row left out, and where the first of its kind was.
    pub fn skip(&mut self, reason: &str, at: impl FnOnce() -> String) {
        match self.skipped.iter_mut().find(|s| s.reason == reason) {
            Some(skip) => skip.count += 1,
            None => self.skipped.push(Skip {
                reason: reason.to_string(),
                count: 1,
                first: at(),
            }),
        }
    }

    pub fn skipped_count(&self) -> usize {
        self.skipped.iter().map(|s| s.count).sum()
    }
}

/// What one import brings: rows for one table, from one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub source: SourceEntry,
    /// Any table of [`crate::data::TABLES`] with a `source_ids` column.
    pub table: TableId,
    /// Each row's `source_ids` must cite [`SourceEntry::tag`] for a later import to find it.
    pub rows: Vec<ImportedRow>,
    /// Trade series the rows name.
    pub series: Vec<SeriesEntry>,
    /// Indicators the rows name (for the indicators table), declared with the source as
    /// theirs unless declared already.
    pub indicators: Vec<IndicatorEntry>,
    pub tally: Tally,
}

/// An indicator an import fills, declared in `dataset.toml` under `[[indicators]]` unless
/// one with its id is declared already (the user's edits to it stay).
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorEntry {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub range: Option<[f64; 2]>,
    /// What a higher value means.
    pub higher: String,
}

/// The folder an import writes into.
#[derive(Debug, Clone)]
pub struct Target {
    pub dir: PathBuf,
    /// The two countries, needed for a new folder; for an existing one, if given, they must
    /// be the manifest's.
    pub pair: Option<Pair>,
    /// Today, `YYYY-MM-DD`: a new manifest's `as_of`, and the year of the source entry.
    pub today: String,
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {source}", shown(.path))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A located problem in an input file or in the folder's files.
    #[error("{0}")]
    Problem(Problem),
    /// Every located problem found in an input file.
    #[error("{0}")]
    Problems(Problems),
    #[error(
        "{}: a new dataset folder needs its two countries: add --pair NAME:CODE,NAME:CODE",
        shown(.0)
    )]
    NoPair(PathBuf),
    #[error(
        "{}: the dataset is for {found}, but --pair names {given}: leave --pair out, or \
         import into another folder",
        shown(.dir)
    )]
    PairMismatch {
        dir: PathBuf,
        found: String,
        given: String,
    },
    #[error(
        "{}: the import would leave the dataset unable to load, so nothing was written:\n{problems}",
        shown(.dir)
    )]
    WouldNotLoad { dir: PathBuf, problems: Problems },
}

fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// Whether `dir` is missing or empty: an import makes it as `bilat new` would.
fn is_new(dir: &Path) -> Result<bool, ImportError> {
    if !dir.exists() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(dir).map_err(|source| ImportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(entries.next().is_none())
}

/// The pair the import is for: the folder's, or `--pair` for a new folder.
pub fn countries(target: &Target) -> Result<[Country; 2], ImportError> {
    if is_new(&target.dir)? {
        return match &target.pair {
            Some(pair) => Ok(pair.0.clone()),
            None => Err(ImportError::NoPair(target.dir.clone())),
        };
    }
    let path = target.dir.join(MANIFEST_FILE);
    let label = shown(&path);
    let text = fs::read_to_string(&path).map_err(|source| ImportError::Io {
        path: path.clone(),
        source,
    })?;
    let manifest = crate::data::parse_manifest(&label, &text).map_err(|problems| {
        ImportError::WouldNotLoad {
            dir: target.dir.clone(),
            problems: Problems(problems),
        }
    })?;
    let found = manifest.countries;
    if let Some(pair) = &target.pair {
        let codes = |c: &[Country; 2]| {
            let mut codes = [c[0].code.clone(), c[1].code.clone()];
            codes.sort();
            codes
        };
        if codes(&pair.0) != codes(&found) {
            let names = |c: &[Country; 2]| {
                format!("{}:{},{}:{}", c[0].name, c[0].code, c[1].name, c[1].code)
            };
            return Err(ImportError::PairMismatch {
                dir: target.dir.clone(),
                found: names(&found),
                given: names(&pair.0),
            });
        }
    }
    Ok(found)
}

/// What [`write`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The table's file.
    pub file: PathBuf,
    /// Whether the folder was made for this import.
    pub created: bool,
    /// Rows written for the batch.
    pub written: usize,
    /// Rows an earlier import of the same source had written, now replaced.
    pub replaced: usize,
    /// Other rows of the table, kept as they were.
    pub kept: usize,
    /// Columns added to the table's header.
    pub added_columns: Vec<&'static str>,
}

/// Writes `batch` into the target folder, all or nothing (see the module's documentation).
pub fn write(target: &Target, batch: &Batch) -> Result<Written, ImportError> {
    write_with(target, batch, false)
}

/// As [`write`], but a new folder gets only the manifest, any required table (none today)
/// and the batch's: a dataset made from a multi-pair file has no meetings, exercises,
/// events or arms table (nor trade, for UN votes), which is not the same as empty ones.
pub fn write_bare(target: &Target, batch: &Batch) -> Result<Written, ImportError> {
    write_with(target, batch, true)
}

fn write_with(target: &Target, batch: &Batch, bare: bool) -> Result<Written, ImportError> {
    let countries = countries(target)?;
    let dir = &target.dir;
    let created = is_new(dir)?;
    // The folder's files as they are, or as `bilat new` would make them.
    let base: Vec<(&'static str, String)> = match (&target.pair, created) {
        (Some(pair), true) => {
            let mut files = crate::library::new::files(pair, &target.today);
            if bare {
                files.retain(|(name, _)| {
                    *name == MANIFEST_FILE
                        || crate::data::TABLES
                            .iter()
                            .any(|t| t.file == *name && t.is_required())
                });
            }
            files
        }
        (None, true) => return Err(ImportError::NoPair(dir.clone())),
        (_, false) => Vec::new(),
    };
    let read = |name: &str| -> Result<Option<String>, ImportError> {
        if let Some((_, text)) = base.iter().find(|(n, _)| *n == name) {
            return Ok(Some(text.clone()));
        }
        let path = dir.join(name);
        match crate::data::read_file(&path, &shown(&path)) {
            Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
                ImportError::Problem(Problem::in_file(
                    &shown(&path),
                    "not valid UTF-8: save the file as UTF-8 text",
                ))
            }),
            Err(_) if !path.exists() => Ok(None),
            Err(problem) => Err(ImportError::Problem(problem)),
        }
    };
    let spec = batch.table.spec();
    let table_path = dir.join(spec.file);
    let table_text =
        read(spec.file)?.unwrap_or_else(|| format!("{}\n", spec.columns.names.join(",")));
    let merged = merge::merge(
        &shown(&table_path),
        &table_text,
        spec,
        batch.source.tag,
        &batch.rows,
    )
    .map_err(ImportError::Problem)?;
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_text = read(MANIFEST_FILE)?.unwrap_or_default();
    let year = batch.source.year.unwrap_or_else(|| {
        target
            .today
            .get(..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or(1970)
    });
    let manifest = manifest_edit::edit(
        &shown(&manifest_path),
        &manifest_text,
        &countries,
        &batch.source,
        year,
        &batch.series,
        &batch.indicators,
    )
    .map_err(ImportError::Problem)?;
    let mut changes: Vec<(&'static str, String)> = base;
    changes.retain(|(name, _)| *name != spec.file && *name != MANIFEST_FILE);
    if merged.text != table_text || created {
        changes.push((spec.file, merged.text));
    }
    if manifest != manifest_text || created {
        changes.push((MANIFEST_FILE, manifest));
    }
    stage::apply(dir, &changes, created)?;
    Ok(Written {
        file: table_path,
        created,
        written: batch.rows.len(),
        replaced: merged.replaced,
        kept: merged.kept,
        added_columns: merged.added_columns,
    })
}
