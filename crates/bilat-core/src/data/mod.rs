//! Loads a dataset folder into typed, validated, sorted records. Knows nothing of terminals.

mod arms;
mod arms_read;
mod cooperation;
mod coverage;
mod date;
mod derive;
mod duplicates;
mod events;
mod figure;
mod flows;
mod indicators;
mod loader;
mod manifest;
mod manifest_parts;
mod manifest_raw;
mod origin;
mod period;
mod period_parse;
mod problem;
mod quality;
mod records;
mod row;
mod rows;
mod scanner;
mod series;
#[cfg(feature = "synthetic")]
pub mod synthetic;
mod table;
mod tables;
mod text;
pub mod toml_errors;
mod trade_read;
mod vocabulary;
mod year_span;

use std::path::Path;

pub use arms::{ArmsDeal, ArmsYear, Marked, TIV_UNIT, TransferStatus};
pub use arms_read::parse_delivery_years;
pub use cooperation::{CooperationMonth, Month, QUAD_COLUMNS, QUAD_NAMES, read_cooperation_rows};
pub use date::{DateError, PartialDate};
pub use derive::{Derived, ExerciseYear, MeetingYear, TradePoint, YearOnYear};
pub use events::file::EventFile;
pub use events::scan::ScanStopped;
pub use events::{Event, Events, NewEvent};
pub use figure::{Bound, Figure, FigureError};
pub use flows::{Flow, flow_direction, flow_words, series_flow};
pub use indicators::{
    Indicator, IndicatorRow, IndicatorSeries, indicator_label, indicator_scale, same_unit,
};
pub use loader::EventsLoader;
pub use manifest::{Country, Manifest, Source, Units, parse as parse_manifest};
pub use origin::{BUNDLED, Bundled, MAX_FILE_BYTES, Origin, read_file};
pub use period::{MONTHS, Period, PeriodKind, month_name};
pub use period_parse::PeriodError;
pub use problem::{Location, Problem, Problems, quoted};
pub use records::{Citation, Exercise, Meeting, MeetingKind, Quality, TradeRow};
pub use series::{LABEL_WIDTH, Reporter, TradeSeries};
pub use table::{Columns, decode_utf8};
pub use tables::{MANIFEST_FILE, Presence, TABLES, TableId, TableSpec, table_named};
pub use text::sanitize;
pub use trade_read::{MAX_BILATERAL_USD_BN, implausible_usd_bn};
pub use vocabulary::{DEFAULT_CATEGORIES, DEFAULT_DOMAINS, DEFAULT_SIZE_BASES};
pub use year_span::YearSpan;

/// A loaded, validated dataset: every table sorted by date.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub origin: Origin,
    pub manifest: Manifest,
    /// Sorted by series in manifest order, then period.
    pub trade: Vec<TradeRow>,
    pub meetings: Vec<Meeting>,
    pub exercises: Vec<Exercise>,
    pub events: Events,
    /// GDELT's monthly event counts between the pair, by month (empty when the dataset has
    /// no cooperation table).
    pub cooperation: Vec<CooperationMonth>,
    /// Sorted by order year.
    pub arms: Vec<ArmsDeal>,
    /// Sorted by indicator (manifest order), then year; empty when the dataset has no
    /// indicators table ([`Dataset::has`] tells).
    pub indicators: Vec<IndicatorRow>,
    /// What the panes and the brief read, computed once at load.
    pub derived: derive::Derived,
    /// What loading assumed rather than read (an old-format trade table's calendar years
    /// and customs series): not problems, but `bilat check` says them.
    pub warnings: Vec<Problem>,
    /// The tables whose files the dataset has: every required one, and the optional ones
    /// it holds. An absent table reads as empty; [`Dataset::has`] tells the two apart.
    present: Vec<TableId>,
}

impl Dataset {
    /// The default dataset compiled into the binary (Russia–China).
    pub fn bundled() -> Result<Dataset, Problems> {
        Dataset::load(Origin::Bundled(&BUNDLED[0]))
    }

    /// A dataset folder on disk.
    pub fn from_folder(dir: &Path) -> Result<Dataset, Problems> {
        if !dir.is_dir() {
            let label = sanitize(&dir.display().to_string()).into_owned();
            let message = if dir.exists() {
                "expected a dataset folder, found a file".to_string()
            } else if dir.components().count() > 1 {
                "no such folder".to_string()
            } else {
                let names: Vec<&str> = BUNDLED.iter().map(|b| b.name).collect();
                format!(
                    "no such folder, and no bundled dataset has that name ({})",
                    names.join(", ")
                )
            };
            return Err(Problems(vec![Problem::in_file(&label, message)]));
        }
        Dataset::load(Origin::Folder(dir.to_path_buf()))
    }

    /// Loads and validates every file, collecting every problem before giving up.
    pub fn load(origin: Origin) -> Result<Dataset, Problems> {
        Dataset::load_with(origin, false).map(|(data, _)| data)
    }

    /// Loads everything but the events, which may run to millions of rows: the returned
    /// loader reads them, on another thread if the caller likes, while the rest is in use.
    pub fn load_staged(origin: Origin) -> Result<(Dataset, EventsLoader), Problems> {
        let (data, loader) = Dataset::load_with(origin, true)?;
        let loader = loader.unwrap_or_else(|| unreachable!("a staged load returns its loader"));
        Ok((data, loader))
    }

    fn load_with(
        origin: Origin,
        events_later: bool,
    ) -> Result<(Dataset, Option<EventsLoader>), Problems> {
        let mut problems = Vec::new();
        let manifest_label = origin.file_label(MANIFEST_FILE);
        let manifest = origin
            .read(MANIFEST_FILE)
            .and_then(|bytes| table::decode_utf8(&manifest_label, &bytes).map(str::to_owned))
            .map_err(|p| vec![p])
            .and_then(|text| manifest::parse(&manifest_label, &text));
        let manifest = match manifest {
            Ok(manifest) => manifest,
            Err(found) => {
                problems.extend(found);
                // Check the tables for everything that does not need the manifest's codes,
                // categories and sources, so one broken manifest hides nothing else.
                check_tables(&origin, &Manifest::lenient(), events_later, &mut problems);
                sort_in_file_order(&mut problems);
                return Err(Problems(problems));
            }
        };
        let tables = check_tables(&origin, &manifest, events_later, &mut problems);
        let warnings = old_format_warning(&origin, &manifest, &tables);
        if !problems.is_empty() {
            sort_in_file_order(&mut problems);
            return Err(Problems(problems));
        }
        let Tables {
            present,
            old_trade_columns: _,
            mut trade,
            mut meetings,
            mut exercises,
            mut events,
            mut cooperation,
            mut arms,
            indicators,
        } = tables;
        // Most files are kept in date order already: check before sorting.
        if !trade.is_sorted_by_key(|t| (t.series, t.period)) {
            trade.sort_by_key(|t| (t.series, t.period));
        }
        if !meetings.is_sorted_by_key(|m| m.date) {
            meetings.sort_by_key(|m| m.date);
        }
        if !exercises.is_sorted_by_key(|e| e.start) {
            exercises.sort_by_key(|e| e.start);
        }
        if !cooperation.is_sorted_by_key(|c| c.month) {
            cooperation.sort_by_key(|c| c.month);
        }
        if !arms.is_sorted_by_key(|a| a.order_year.value) {
            arms.sort_by_key(|a| a.order_year.value);
        }
        events.sort_by_date();
        events.shrink_to_fit();
        let derived = derive::Derived::compute(derive::Tables {
            manifest: &manifest,
            trade: &trade,
            meetings: &meetings,
            exercises: &exercises,
            arms: &arms,
        });
        let loader = events_later.then(|| EventsLoader {
            origin: origin.clone(),
            manifest: manifest.clone(),
        });
        let data = Dataset {
            origin,
            manifest,
            trade,
            meetings,
            exercises,
            events,
            cooperation,
            arms,
            indicators,
            derived,
            warnings,
            present,
        };
        Ok((data, loader))
    }

    /// Whether the dataset has the table's file: false only for an optional table it lacks,
    /// which is not the same as a table with no rows ("no exercises table", not "no
    /// exercises").
    pub fn has(&self, table: TableId) -> bool {
        self.present.contains(&table)
    }

    /// How many rows the table holds (0 for an absent table, and for the events while a
    /// staged load has yet to read them).
    pub fn row_count(&self, table: TableId) -> usize {
        match table {
            TableId::Trade => self.trade.len(),
            TableId::Meetings => self.meetings.len(),
            TableId::Exercises => self.exercises.len(),
            TableId::Events => self.events.len(),
            TableId::Cooperation => self.cooperation.len(),
            TableId::Arms => self.arms.len(),
            TableId::Indicators => self.indicators.len(),
        }
    }

    /// A display name for a country by index: `Russia`.
    pub fn country_name(&self, index: usize) -> &str {
        self.manifest
            .countries
            .get(index)
            .map_or("", |c| c.name.as_str())
    }

    /// The manifest's name for an event's category.
    pub fn category_name(&self, event: Event<'_>) -> &str {
        self.manifest
            .event_categories
            .get(usize::from(event.category()))
            .map_or("", String::as_str)
    }
}

/// What an old-format trade table (columns `year` and `reporter`, no declared series) made
/// bilat assume: a fiscal year stored at its start year is drawn as that calendar year.
fn old_format_warning(origin: &Origin, manifest: &Manifest, tables: &Tables) -> Vec<Problem> {
    if !tables.old_trade_columns || manifest.declares_series {
        return Vec::new();
    }
    let file = origin.file_label(TableId::Trade.spec().file);
    let message = "old format (columns year and reporter): bilat assumed every period is a \
                   calendar year and every reporter is that country's customs; if a figure is \
                   a fiscal year or comes from another body, rename the columns period and \
                   series and declare [[trade_series]] in dataset.toml";
    vec![Problem::in_file(&file, message.to_string())]
}

/// The tables as read, before sorting.
struct Tables {
    present: Vec<TableId>,
    /// Whether `trade.csv` names its columns `year` and `reporter`, as files did before
    /// series and fiscal years.
    old_trade_columns: bool,
    trade: Vec<TradeRow>,
    meetings: Vec<Meeting>,
    exercises: Vec<Exercise>,
    events: Events,
    cooperation: Vec<CooperationMonth>,
    arms: Vec<ArmsDeal>,
    indicators: Vec<IndicatorRow>,
}

/// Whether `origin` has the table: a required table always counts as there, so that reading
/// it names a missing file as a problem.
fn is_present(origin: &Origin, table: TableId) -> bool {
    let spec = table.spec();
    spec.is_required() || origin.has(spec.file)
}

/// Reads and checks every table against `manifest`, adding every problem found.
fn check_tables(
    origin: &Origin,
    manifest: &Manifest,
    events_later: bool,
    problems: &mut Vec<Problem>,
) -> Tables {
    let present: Vec<TableId> = TABLES
        .iter()
        .map(|t| t.id)
        .filter(|&id| is_present(origin, id))
        .collect();
    let mut old_trade_columns = false;
    let mut trade = load_table(origin, TableId::Trade, problems, |row| {
        old_trade_columns |= row.written_as("period").is_some();
        let record = trade_read::read_trade(row, manifest);
        (row.line(), record)
    });
    if manifest.checks_references() {
        duplicates::check_duplicate_trade(origin, manifest, &mut trade, problems);
    }
    let meetings = load_table(origin, TableId::Meetings, problems, |row| {
        rows::read_meeting(row, manifest)
    });
    let exercises = load_table(origin, TableId::Exercises, problems, |row| {
        rows::read_exercise(row, manifest)
    });
    let arms = load_table(origin, TableId::Arms, problems, |row| {
        arms_read::read_arms(row, manifest)
    });
    let events = if events_later {
        Events::default()
    } else {
        loader::read_events(origin, manifest, problems, &mut |_, _| {})
    };
    let cooperation = load_table(origin, TableId::Cooperation, problems, |row| {
        let month = cooperation::read_cooperation(row, manifest);
        (row.line(), month)
    });
    let label = origin.file_label(TableId::Cooperation.spec().file);
    let cooperation = duplicates::check_duplicate_months(&label, cooperation, problems);
    let indicators = load_table(origin, TableId::Indicators, problems, |row| {
        let read = indicators::read_indicator(row, manifest);
        (row.line(), read)
    });
    let label = origin.file_label(TableId::Indicators.spec().file);
    let indicators = indicators::check_duplicates(&label, manifest, indicators, problems);
    Tables {
        present,
        old_trade_columns,
        trade: trade.into_iter().map(|(_, t)| t).collect(),
        meetings,
        exercises,
        events,
        cooperation,
        arms,
        indicators,
    }
}

/// Streams one table and every row, with the file's label for messages; an optional table
/// the dataset does not have is no rows and no problem.
fn load_table<T>(
    origin: &Origin,
    table: TableId,
    problems: &mut Vec<Problem>,
    read_row: impl FnMut(&mut row::Row<'_>) -> T,
) -> Vec<T> {
    if !is_present(origin, table) {
        return Vec::new();
    }
    let spec = table.spec();
    let label = origin.file_label(spec.file);
    match origin.open(spec.file) {
        Ok(input) => table::read_table(&label, input, &spec.columns, problems, read_row),
        Err(p) => {
            problems.push(p);
            Vec::new()
        }
    }
}

/// Files in the order they were read, each file's problems by line and column.
pub(crate) fn sort_in_file_order(problems: &mut [Problem]) {
    let mut files: Vec<String> = Vec::new();
    for p in problems.iter() {
        if !files.contains(&p.file) {
            files.push(p.file.clone());
        }
    }
    problems.sort_by_key(|p| {
        let file = files.iter().position(|f| *f == p.file);
        let (line, column) = match p.location {
            Location::File => (0, 0),
            Location::Line(line) => (line, 0),
            Location::Cell { line, column } => (line, column),
        };
        (file, line, column)
    });
}
