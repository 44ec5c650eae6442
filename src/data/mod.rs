//! Loads a dataset folder into typed, validated, sorted records. Knows nothing of terminals.

mod date;
mod derive;
mod event;
mod events;
mod loader;
mod manifest;
mod origin;
mod period;
mod problem;
mod records;
mod row;
mod rows;
mod series;
mod table;
mod text;
pub mod toml_errors;

use std::path::Path;

pub use date::{DateError, PartialDate};
pub use derive::{ExerciseYear, MeetingYear, TradePoint, YearOnYear};
pub use events::{Event, Events, NewEvent};
pub use loader::EventsLoader;
pub use manifest::{
    Country, DEFAULT_CATEGORIES, DEFAULT_DOMAINS, DEFAULT_SIZE_BASES, Manifest, Source, Units,
};
pub use origin::{BUNDLED, Bundled, MAX_FILE_BYTES, Origin, read_file};
pub use period::{MONTHS, Period, PeriodError, PeriodKind, month_name};
pub use problem::{Location, Problem, Problems};
pub use records::{Citation, Exercise, Meeting, MeetingKind, Quality, TradeRow};
pub use rows::{EVENT_COLUMNS, EXERCISE_COLUMNS, MEETING_COLUMNS, TRADE_COLUMNS, TRADE_TABLE};
pub use series::{LABEL_WIDTH, Reporter, TradeSeries};
pub use table::{Columns, decode_utf8};
pub use text::sanitize;

/// The five files of a dataset folder.
pub const MANIFEST_FILE: &str = "dataset.toml";
pub const TRADE_FILE: &str = "trade.csv";
pub const MEETINGS_FILE: &str = "meetings.csv";
pub const EXERCISES_FILE: &str = "exercises.csv";
pub const EVENTS_FILE: &str = "events.csv";

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
    /// What the panes and the brief read, computed once at load.
    pub derived: derive::Derived,
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
        if !problems.is_empty() {
            sort_in_file_order(&mut problems);
            return Err(Problems(problems));
        }
        let Tables {
            mut trade,
            mut meetings,
            mut exercises,
            mut events,
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
        events.sort_by_date();
        events.shrink_to_fit();
        let derived = derive::Derived::compute(&manifest, &trade, &meetings, &exercises);
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
            derived,
        };
        Ok((data, loader))
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

/// The four tables as read, before sorting.
struct Tables {
    trade: Vec<TradeRow>,
    meetings: Vec<Meeting>,
    exercises: Vec<Exercise>,
    events: Events,
}

/// Reads and checks the four tables against `manifest`, adding every problem found.
fn check_tables(
    origin: &Origin,
    manifest: &Manifest,
    events_later: bool,
    problems: &mut Vec<Problem>,
) -> Tables {
    let mut trade = load_table(origin, TRADE_FILE, &rows::TRADE_TABLE, problems, |row| {
        let record = rows::read_trade(row, manifest);
        (row.line(), record)
    });
    if manifest.checks_references() {
        check_duplicate_trade(origin, manifest, &mut trade, problems);
    }
    let meetings = load_table(
        origin,
        MEETINGS_FILE,
        &Columns::fixed(&rows::MEETING_COLUMNS),
        problems,
        |row| rows::read_meeting(row, manifest),
    );
    let exercises = load_table(
        origin,
        EXERCISES_FILE,
        &Columns::fixed(&rows::EXERCISE_COLUMNS),
        problems,
        |row| rows::read_exercise(row, manifest),
    );
    let mut events = Events::with_capacity(if events_later {
        0
    } else {
        origin.size(EVENTS_FILE)
    });
    if !events_later {
        load_table(
            origin,
            EVENTS_FILE,
            &Columns::fixed(&rows::EVENT_COLUMNS),
            problems,
            |row| rows::read_event(row, manifest, &mut events),
        );
    }
    Tables {
        trade: trade.into_iter().map(|(_, t)| t).collect(),
        meetings,
        exercises,
        events,
    }
}

/// Streams one table and every row, with the file's label for messages.
fn load_table<T>(
    origin: &Origin,
    name: &str,
    columns: &Columns,
    problems: &mut Vec<Problem>,
    read_row: impl FnMut(&mut row::Row<'_>) -> T,
) -> Vec<T> {
    let label = origin.file_label(name);
    match origin.open(name) {
        Ok(input) => table::read_table(&label, input, columns, problems, read_row),
        Err(p) => {
            problems.push(p);
            Vec::new()
        }
    }
}

/// Two rows for the same period of one series are an error naming both lines. (Periods of
/// one series cannot overlap otherwise: they all start in the series' first month.)
fn check_duplicate_trade(
    origin: &Origin,
    manifest: &Manifest,
    rows: &mut [(u64, TradeRow)],
    problems: &mut Vec<Problem>,
) {
    rows.sort_by_key(|(line, t)| (t.series, t.period, *line));
    for pair in rows.windows(2) {
        let (first_line, first) = &pair[0];
        let (line, row) = &pair[1];
        if first.series == row.series && first.period == row.period {
            let series = &manifest.trade_series[row.series];
            problems.push(Problem {
                file: origin.file_label(TRADE_FILE),
                location: Location::Line(*line),
                field: None,
                message: format!(
                    "duplicate row: period {} of series {} is already on line {first_line}",
                    problem::quoted(&row.period_text),
                    problem::quoted(&series.id)
                ),
            });
        }
    }
}

/// Files in the order they were read, each file's problems by line and column.
fn sort_in_file_order(problems: &mut [Problem]) {
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
