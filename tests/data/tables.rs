//! Optional tables: a dataset without `meetings.csv` or `exercises.csv` loads and says the
//! table is absent (in `bilat check` too), keeps it absent through the CSV and JSON exports,
//! while a missing required table is still a located error.

use crate::common;
use crate::screen;

use std::path::{Path, PathBuf};

use bilat::data::{Dataset, TABLES, TableId};
use bilat::report::export::{ExportFormat, export, load_json};
use common::{bilat, stdout};

/// A copy of the minimal dataset without `file`.
fn minimal_without(file: &str, into: &Path) -> PathBuf {
    let dir = into.join("pair");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    std::fs::remove_file(dir.join(file)).unwrap();
    dir
}

/// `bilat check DIR`, run from DIR's parent: (exit code, stdout).
fn check(dir: &Path) -> (Option<i32>, String) {
    let parent = dir.parent().unwrap();
    std::fs::create_dir_all(parent.join("no-config-here")).unwrap();
    let name = dir.file_name().unwrap().to_str().unwrap();
    let output = bilat(&["check", name], parent);
    (output.status.code(), stdout(&output))
}

#[test]
fn the_list_declares_every_table_optional() {
    // Since datasets are made from multi-pair files (UN votes, ATOP, COW trade), a dataset
    // may hold only trade, only indicators or only cooperation: every table is optional,
    // and an absent one is not an empty one.
    let required: Vec<&str> = TABLES
        .iter()
        .filter(|t| t.is_required())
        .map(|t| t.name)
        .collect();
    assert!(required.is_empty(), "{required:?}");
    assert_eq!(TableId::Exercises.spec().file, "exercises.csv");
}

#[test]
fn a_full_dataset_has_every_table() {
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    assert!(TABLES.iter().all(|t| data.has(t.id)));
    // The bundled datasets have every table but GDELT's counts, which come from an import.
    let bundled = Dataset::bundled().unwrap();
    let lacks: Vec<TableId> = TABLES
        .iter()
        .filter(|t| !bundled.has(t.id))
        .map(|t| t.id)
        .collect();
    assert_eq!(lacks, [TableId::Cooperation]);
}

#[test]
fn a_dataset_without_exercises_loads_and_check_says_the_table_is_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("exercises.csv", tmp.path());
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(!data.has(TableId::Exercises));
    assert!(data.has(TableId::Meetings) && data.has(TableId::Trade));
    assert!(data.exercises.is_empty());
    assert!(!data.meetings.is_empty());

    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
    let meetings = data.meetings.len();
    let events = data.events.len();
    assert_eq!(
        out,
        format!(
            "warning: pair/trade.csv: old format (columns year and reporter): bilat assumed every \
             period is a calendar year and every reporter is that country's customs; if a figure \
             is a fiscal year or comes from another body, rename the columns period and series \
             and declare [[trade_series]] in dataset.toml\n\
             pair: ok (1 warning): {} trade rows, {meetings} meetings, no exercises table, {events} events, \
             {} cooperation months, {} arms deals, {} indicator rows, {} sources\n",
            data.trade.len(),
            data.cooperation.len(),
            data.arms.len(),
            data.indicators.len(),
            data.manifest.sources.len()
        )
    );
}

#[test]
fn a_dataset_without_meetings_loads_and_check_says_the_table_is_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("meetings.csv", tmp.path());
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(!data.has(TableId::Meetings));
    assert!(data.has(TableId::Exercises));
    assert!(data.meetings.is_empty());

    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(", no meetings table, "), "{out}");
    assert!(
        out.contains(&format!("{} exercises", data.exercises.len())),
        "{out}"
    );
}

#[test]
fn a_dataset_without_trade_or_events_loads_and_says_the_tables_are_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("trade.csv", tmp.path());
    std::fs::remove_file(dir.join("events.csv")).unwrap();
    let data = Dataset::from_folder(&dir).unwrap();
    assert!(!data.has(TableId::Trade) && !data.has(TableId::Events));
    assert!(data.has(TableId::Indicators));

    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("no trade table") && out.contains("no events table"),
        "{out}"
    );
}

#[test]
fn an_optional_table_that_is_a_folder_is_still_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("exercises.csv", tmp.path());
    std::fs::create_dir(dir.join("exercises.csv")).unwrap();
    let problems = Dataset::from_folder(&dir).unwrap_err().to_string();
    assert!(
        problems.contains("exercises.csv: expected a file, found a folder"),
        "{problems}"
    );
}

#[test]
fn csv_export_without_exercises_round_trips_without_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("exercises.csv", tmp.path());
    let data = Dataset::from_folder(&dir).unwrap();
    let out = tmp.path().join("copy");
    let written = export(&data, ExportFormat::Csv, &out, false).unwrap();
    let names: Vec<_> = written
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "dataset.toml",
            "trade.csv",
            "meetings.csv",
            "events.csv",
            "cooperation.csv",
            "arms.csv",
            "indicators.csv"
        ]
    );
    assert!(!out.join("exercises.csv").exists());

    let back = Dataset::from_folder(&out).unwrap();
    assert!(!back.has(TableId::Exercises));
    assert_eq!(back.trade, data.trade);
    assert_eq!(back.meetings, data.meetings);
    assert_eq!(back.events, data.events);
    assert_eq!(back.arms, data.arms);
}

#[test]
fn json_export_without_exercises_has_no_array_and_loads_back_without_the_table() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = minimal_without("exercises.csv", tmp.path());
    let data = Dataset::from_folder(&dir).unwrap();
    let out = tmp.path().join("data.json");
    export(&data, ExportFormat::Json, &out, false).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(!keys.contains(&"exercises"), "{keys:?}");
    assert!(keys.contains(&"meetings"), "{keys:?}");

    let back = load_json(&text, "data.json").unwrap();
    assert!(!back.has(TableId::Exercises));
    assert!(back.has(TableId::Meetings));
    assert_eq!(back.meetings, data.meetings);
    assert_eq!(back.events, data.events);
    assert_eq!(back.arms, data.arms);
}

#[test]
fn json_without_an_array_loads_without_the_table_and_an_unknown_one_is_refused() {
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data.json");
    export(&data, ExportFormat::Json, &out, false).unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();

    let mut without_events = doc.clone();
    without_events.as_object_mut().unwrap().remove("events");
    let back = load_json(&without_events.to_string(), "data.json").unwrap();
    assert!(!back.has(TableId::Events));

    let mut extra = doc;
    extra["flows"] = serde_json::json!([]);
    let problems = load_json(&extra.to_string(), "data.json")
        .unwrap_err()
        .to_string();
    assert!(problems.contains("unknown field `flows`"), "{problems}");
}

#[test]
fn a_pane_whose_table_is_absent_gives_its_room_alone_and_says_so_beside_a_pair_that_has_it() {
    for (file, pane, table) in [
        ("exercises.csv", "Exercises", "exercises"),
        ("meetings.csv", "Meetings", "meetings"),
        ("events.csv", "Timeline", "events"),
        ("trade.csv", "Trade", "trade"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = minimal_without(file, tmp.path());
        let lacking = Dataset::from_folder(&dir).unwrap();
        // Alone: no pane for a table it does not have; the others take the room.
        let app = screen::app_of(lacking.clone(), screen::dark(), 120, 40);
        let text = screen::text(&screen::render(&app));
        assert!(!text.contains(&format!(" {pane} ")), "{file}:\n{text}");
        // Beside a pair that has the table, its pane says the table is absent, not empty.
        let full = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
        let mut app = screen::app_of(lacking, screen::dark(), 200, 55);
        app.opened(Ok(full), true);
        let text = screen::text(&screen::render(&app));
        // Wrapped in a narrow pane: the sentence's start on one line, the table's name
        // on the same line or the next.
        let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
        let start: Vec<char> = "This dataset has no".chars().collect();
        let said = lines.windows(2).any(|w| {
            let rest =
                |l: &[char], at: usize| l.get(at..).unwrap_or_default().iter().collect::<String>();
            (0..w[0].len()).any(|at| {
                w[0][at..].starts_with(&start)
                    && (rest(&w[0], at).contains(table) || rest(&w[1], at).starts_with(table))
            })
        });
        assert!(said, "{file}: no {table} table said\n{text}");
    }
}

#[test]
fn the_cooperation_table_round_trips_through_csv_and_json_with_its_gaps() {
    let tmp = tempfile::tempdir().unwrap();
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    assert_eq!(data.cooperation.len(), 4);
    let gap = &data.cooperation[2];
    assert_eq!((gap.events, gap.goldstein_mean), (0, None));
    assert_eq!(gap.net_cooperation(), None);

    let out = tmp.path().join("copy");
    export(&data, ExportFormat::Csv, &out, false).unwrap();
    let again = Dataset::from_folder(&out).unwrap();
    assert_eq!(again.cooperation, data.cooperation);

    let json = tmp.path().join("copy.json");
    export(&data, ExportFormat::Json, &json, false).unwrap();
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(text.contains("\"cooperation\""), "{text}");
    let again = load_json(&text, "copy.json").unwrap();
    assert_eq!(again.cooperation, data.cooperation);
}
