//! GDELT's machine-coded news events: the pair's events counted by month, from GDELT 1.0
//! and 2.0 event files or from the monthly result of the same count run where GDELT is
//! hosted ([`sql`]).

mod files;
mod line;
pub mod many;
pub mod monthly;
pub mod sql;
mod tally;

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

pub use files::{FileTally, read_events, read_file};
pub use line::{EXPECTED_COLUMNS, Layout, LineError, split};
pub use tally::{Pair, Tally, parse_code, round4};

use crate::data::{CooperationMonth, Problem, TableId, sanitize};
use crate::import::{Batch, ImportedRow, SourceEntry};
use crate::report::export::cooperation_fields;

/// `--pair` as given: CAMEO codes (`RUS,CHN`), and the countries' names if given as
/// `Russia:RUS,China:CHN`, which a new dataset folder needs.
#[derive(Debug, Clone)]
pub struct PairArg {
    pub codes: Pair,
    pub countries: Option<crate::library::new::Pair>,
}

/// Reads `RUS,CHN` or `Russia:RUS,China:CHN`, for clap: a mistake is a command-line error.
pub fn parse_pair_arg(text: &str) -> Result<PairArg, String> {
    if !text.contains(':') {
        return Pair::parse(text).map(|codes| PairArg {
            codes,
            countries: None,
        });
    }
    let countries = crate::library::new::parse_pair(text)?;
    let [a, b] = [&countries.0[0].code, &countries.0[1].code];
    Ok(PairArg {
        codes: Pair::parse(&format!("{a},{b}"))?,
        countries: Some(countries),
    })
}

/// `--country RUS` of the partners' query: one 3-letter CAMEO country code in capitals, for
/// clap (a mistake is a command-line error).
pub fn parse_country_arg(text: &str) -> Result<String, String> {
    parse_code(text).map(|code| String::from_utf8_lossy(&code).into_owned())
}

/// What the event files held for the pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub pair: Pair,
    pub tally: Tally,
    /// The files read, as given.
    pub files: Vec<String>,
    /// The files whose first line was a header row, skipped.
    pub skipped_headers: Vec<String>,
    /// The file of the first row of the pair skipped for a bad field.
    pub skipped_in: Option<String>,
}

impl Import {
    /// The months as the cooperation table's rows, each citing the files read.
    pub fn months(&self) -> Vec<CooperationMonth> {
        self.tally.months(&self.source_text())
    }

    /// `GDELT events, CHN-RUS both directions: 20190301.export.CSV.zip and 2 more files`,
    /// the codes in alphabetical order, so that the pair given either way cites the same.
    pub fn source_text(&self) -> String {
        let name = |f: &String| {
            let path = std::path::Path::new(f);
            path.file_name()
                .map_or_else(|| f.clone(), |n| n.to_string_lossy().into_owned())
        };
        let first = self.files.first().map(name).unwrap_or_default();
        let more = match self.files.len() {
            0 | 1 => String::new(),
            2 => " and 1 more file".to_string(),
            n => format!(" and {} more files", n - 1),
        };
        let mut codes = self.pair.0;
        codes.sort();
        format!(
            "GDELT events, {} both directions: {first}{more}",
            Pair(codes).label("-")
        )
    }

    /// What the user should know that is not an error: header rows skipped, rows of the
    /// pair skipped for a bad field, a pair that never occurs.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = self
            .skipped_headers
            .iter()
            .map(|f| format!("{f}:1: skipped a header row (GDELT event files have none)"))
            .collect();
        let skipped = &self.tally.skipped;
        if let Some((line, bad)) = &skipped.first {
            warnings.push(format!(
                "skipped {} row{} of the pair with a bad field, not counted in its months; \
                 the first: {}:{line}, {} (column {}): {}, found \"{}\"",
                skipped.rows,
                if skipped.rows == 1 { "" } else { "s" },
                self.skipped_in.as_deref().unwrap_or_default(),
                bad.column,
                bad.position,
                bad.rule,
                sanitize(&bad.found)
            ));
        }
        if self.tally.pair_rows == 0 && self.tally.skipped.rows == 0 {
            warnings.push(format!(
                "no event between {} in either direction in {} rows read: the months have \
                 0 events (Actor1CountryCode and Actor2CountryCode hold 3-letter CAMEO codes)",
                self.pair.label(" and "),
                self.tally.rows
            ));
        }
        warnings
    }
}

/// The source every GDELT import cites, by which a later one finds the rows to replace.
pub const TAG: &str = "gdelt";

/// CAMEO's region codes: three capital letters as a country's are, but Africa, Europe, the
/// West... (CAMEO's manual, its list of regions). An event's actor may carry one; as a
/// partner of a country it is no pair, so a query for every partner leaves them out and
/// the import of such a result skips and counts them.
pub const REGIONS: [&str; 25] = [
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
];

/// Whether a CAMEO code names a region, not a country ([`REGIONS`]).
pub fn is_region(code: &str) -> bool {
    REGIONS.contains(&code)
}

/// Months as a batch for the cooperation table, from the source `title` describes, with
/// what was read, kept and skipped.
pub fn batch(months: &[CooperationMonth], title: String, tally: crate::import::Tally) -> Batch {
    let columns = TableId::Cooperation.spec().columns.names;
    let rows = months
        .iter()
        .map(|month| {
            let mut row = ImportedRow::default();
            for (column, value) in columns.iter().zip(cooperation_fields(month, TAG)) {
                row.set(column, value);
            }
            row
        })
        .collect();
    Batch {
        source: SourceEntry {
            tag: TAG,
            publisher: "The GDELT Project".to_string(),
            title,
            year: None,
        },
        table: TableId::Cooperation,
        rows,
        series: Vec::new(),
        indicators: Vec::new(),
        tally,
    }
}

impl Import {
    /// The batch to write: the months, each citing the GDELT source, and what was read.
    pub fn batch(&self) -> Batch {
        let skipped = &self.tally.skipped;
        let mut tally = crate::import::Tally {
            read: usize::try_from(self.tally.rows).unwrap_or(usize::MAX),
            kept: usize::try_from(self.tally.pair_rows).unwrap_or(usize::MAX),
            skipped: Vec::new(),
            warnings: self.warnings(),
        };
        // The bad rows are in the warnings already, with their first place.
        if skipped.rows > 0 {
            tally.warnings.retain(|w| !w.starts_with("skipped"));
            if let Some((line, bad)) = &skipped.first {
                tally.skipped.push(crate::import::Skip {
                    reason: "rows of the pair with a bad field, not counted in their month"
                        .to_string(),
                    count: usize::try_from(skipped.rows).unwrap_or(usize::MAX),
                    first: format!(
                        "{}:{line}, {}: {}, found \"{}\"",
                        self.skipped_in.as_deref().unwrap_or_default(),
                        bad.column,
                        bad.rule,
                        sanitize(&bad.found)
                    ),
                });
            }
        }
        let months: Vec<CooperationMonth> = self.tally.months("");
        batch(&months, self.source_text(), tally)
    }
}

/// Reads every file, several at once, with a progress bar on stderr when it is a terminal.
/// Every file that fails gives a problem; any problem fails the import.
pub fn import(paths: &[PathBuf], pair: Pair) -> Result<Import, Vec<Problem>> {
    let total: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(total);
        let style = ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta} left",
        );
        if let Ok(style) = style {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let results = files::read_files(paths, &pair, threads, &progress);
    progress.finish_and_clear();
    let mut found = Import {
        pair,
        tally: Tally::default(),
        files: paths
            .iter()
            .map(|p| sanitize(&p.display().to_string()).into_owned())
            .collect(),
        skipped_headers: Vec::new(),
        skipped_in: None,
    };
    let mut problems = Vec::new();
    for (result, name) in results.into_iter().zip(&found.files) {
        match result {
            Ok(file) => {
                if found.tally.skipped.first.is_none() && file.tally.skipped.first.is_some() {
                    found.skipped_in = Some(name.clone());
                }
                if file.skipped_header {
                    found.skipped_headers.push(name.clone());
                }
                found.tally.merge(file.tally);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}
