//! Datasets made from one multi-pair file hold one table: only trade (COW, Comtrade), only
//! indicators (UN votes, ATOP) or only cooperation (GDELT). Each must pass `check` and go
//! through every output: the screen at two sizes and compared, the brief in each format,
//! every export and the plain mode, saying the other tables are absent and never drawing
//! them as empty.

use crate::common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{bilat, stderr, stdout};

use bilat::data::{Dataset, TableId};

/// The tables a one-file dataset may hold alone, and the pane title that shows each.
const ALONE: [(&str, TableId, &str); 3] = [
    ("trade", TableId::Trade, "Trade"),
    ("indicators", TableId::Indicators, "Indicators"),
    ("cooperation", TableId::Cooperation, "Cooperation"),
];

/// What an output must never say of an absent table.
const AS_IF_EMPTY: [&str; 4] = [
    "none recorded",
    "0 meetings",
    "no deals recorded",
    "no exercise with a published size",
];

/// The minimal dataset with only `table`'s file beside its manifest.
fn only(table: &str, tmp: &Path) -> PathBuf {
    let dir = tmp.join(format!("only-{table}"));
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name != "dataset.toml" && name != format!("{table}.csv") {
            std::fs::remove_file(&path).unwrap();
        }
    }
    dir
}

fn run(args: &[&str], cwd: &Path) -> String {
    let output = bilat(args, cwd);
    assert_eq!(
        output.status.code(),
        Some(0),
        "bilat {args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn assert_not_as_if_empty(text: &str, what: &str) {
    for words in AS_IF_EMPTY {
        assert!(!text.contains(words), "{what} says {words:?}:\n{text}");
    }
}

#[test]
fn a_dataset_of_one_table_passes_check_and_every_output() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("no-config-here")).unwrap();
    for (table, id, title) in ALONE {
        let dir = only(table, tmp.path());
        let data = Dataset::from_folder(&dir).unwrap();
        let present: Vec<TableId> = bilat::data::TABLES
            .iter()
            .map(|t| t.id)
            .filter(|&t| data.has(t))
            .collect();
        assert_eq!(present, [id], "{table}");
        let d = dir.to_str().unwrap();

        let checked = run(&["check", d], tmp.path());
        assert!(checked.contains(": ok"), "{checked}");
        for absent in ["meetings", "exercises", "events"] {
            assert!(checked.contains(&format!("no {absent} table")), "{checked}");
        }

        for size in ["80x24", "120x40"] {
            let screen = run(&["render", "--data", d, "--size", size], tmp.path());
            assert!(
                screen.contains(&format!(" {title} ")),
                "{table} at {size}:\n{screen}"
            );
            assert_not_as_if_empty(&screen, &format!("the {size} screen of only {table}"));
            // The header gives the table's years, as the overview does.
            let header = screen.lines().next().unwrap_or_default();
            assert!(!header.contains("no yearly figures"), "{table}: {header}");
            assert!(header.contains(" year"), "{table}: {header}");
        }
        let compared = run(
            &["render", "--compare", d, "russia-china", "--size", "120x40"],
            tmp.path(),
        );
        assert!(compared.contains(" vs Russia–China"), "{compared}");

        for format in ["text", "markdown"] {
            let brief = run(&["brief", "--data", d, "--format", format], tmp.path());
            assert!(!brief.trim().is_empty(), "{table} {format}");
            assert_not_as_if_empty(&brief, &format!("the {format} brief of only {table}"));
        }
        let json = run(&["brief", "--data", d, "--format", "json"], tmp.path());
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(doc.is_object(), "{json}");

        for (format, out) in [
            ("csv", "csv-out"),
            ("json", "out.json"),
            ("svg", "svg-out"),
            ("html", "out.html"),
            ("md", "out.md"),
        ] {
            let out = tmp.path().join(format!("{table}-{out}"));
            let o = out.to_str().unwrap();
            run(
                &["export", "--data", d, "--format", format, "--out", o],
                tmp.path(),
            );
            assert!(out.exists(), "{table} {format}");
        }
        // The CSV export is a dataset again, of the same one table.
        let back = Dataset::from_folder(&tmp.path().join(format!("{table}-csv-out"))).unwrap();
        assert!(back.has(id) && !back.has(TableId::Meetings), "{table}");

        // The plain mode reads it and quits on q, writing no escape byte.
        let mut child = Command::new(env!("CARGO_BIN_EXE_bilat"))
            .args(["--plain", "--data", d])
            .current_dir(tmp.path())
            .env_remove("BILAT_CONFIG")
            .env("XDG_CONFIG_HOME", tmp.path().join("no-config-here"))
            .env("XDG_DATA_HOME", tmp.path().join("no-data-here"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"jlq").unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(!output.stdout.contains(&0x1b), "{table}: an escape byte");
        assert!(
            stdout(&output).contains("plain mode"),
            "{}",
            stdout(&output)
        );
    }
}

#[test]
fn a_brief_of_indicators_alone_knows_its_last_year_and_names_no_trade_unit() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("no-config-here")).unwrap();
    let dir = only("indicators", tmp.path());
    let data = Dataset::from_folder(&dir).unwrap();
    let last = data
        .indicators
        .iter()
        .filter(|r| r.value.is_some())
        .map(|r| r.year)
        .max()
        .unwrap();
    let d = dir.to_str().unwrap();
    let since = (last + 2).to_string();
    let brief = run(&["brief", "--data", d, "--since", &since], tmp.path());
    assert!(
        brief.contains(&format!("the dataset's latest year is {last}")),
        "{brief}"
    );
    let json = run(&["brief", "--data", d, "--format", "json"], tmp.path());
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["last_year"], serde_json::json!(last), "{json}");
    let brief = run(&["brief", "--data", d], tmp.path());
    assert!(
        !brief.contains("trade in"),
        "no trade table, no trade unit:\n{brief}"
    );
}

#[test]
fn a_long_title_wraps_in_the_brief_rather_than_losing_its_end() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("no-config-here")).unwrap();
    let dir = only("trade", tmp.path());
    let long = "United States of America–United Kingdom of Great Britain and Northern Ireland";
    let manifest = std::fs::read_to_string(dir.join("dataset.toml")).unwrap();
    let manifest = manifest
        .replacen(
            "title = \"Atlantis–Lemuria\"",
            &format!("title = {long:?}"),
            1,
        )
        .replacen(
            "name = \"Atlantis\"",
            "name = \"United States of America\"",
            1,
        )
        .replacen(
            "name = \"Lemuria\"",
            "name = \"United Kingdom of Great Britain and Northern Ireland\"",
            1,
        );
    std::fs::write(dir.join("dataset.toml"), manifest).unwrap();
    let brief = run(&["brief", "--data", dir.to_str().unwrap()], tmp.path());
    let head: Vec<&str> = brief.lines().take_while(|l| !l.is_empty()).collect();
    let joined = head.join(" ");
    for words in [
        long,
        "Northern Ireland (LEM)",
        "trade in USD billions, nominal",
    ] {
        let flat: String = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(words), "{words:?} cut:\n{brief}");
    }
    assert!(head.iter().all(|l| l.chars().count() <= 80), "{brief}");
    assert!(!joined.contains('…'), "{brief}");
}

#[test]
fn the_overview_gives_gdelt_s_latest_month_with_events_for_a_cooperation_dataset() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("no-config-here")).unwrap();
    let dir = only("cooperation", tmp.path());
    // Counted again from the file: the last month with events, its net cooperation.
    let table = std::fs::read_to_string(dir.join("cooperation.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(table.as_bytes());
    let months: Vec<(String, [f64; 5])> = rows
        .records()
        .map(|r| {
            let r = r.unwrap();
            let n = |i: usize| r[i].parse::<f64>().unwrap();
            (r[0].to_string(), [n(1), n(2), n(3), n(4), n(5)])
        })
        .collect();
    let (month, [events, q1, q2, q3, q4]) = months.iter().rev().find(|m| m.1[0] > 0.0).unwrap();
    let net = (q1 + q2 - q3 - q4) / events;
    let mut want = format!("net {net:+.2} of {events}, {month}");
    let last = &months.last().unwrap().0;
    if last != month {
        want.push_str(&format!(", none to {last}"));
    }
    let d = dir.to_str().unwrap();
    let text = run(&["--data", d, "overview"], tmp.path());
    assert!(
        text.contains("GDELT LATEST") && text.contains(&want),
        "{want}:\n{text}"
    );
    let csv = run(&["--data", d, "overview", "--format", "csv"], tmp.path());
    assert!(
        csv.lines().next().unwrap().contains("cooperation_net"),
        "{csv}"
    );
    // Beside datasets without the table, its column is blank for them, never 0.
    let text = run(
        &["--data", d, "overview", "--sort", "cooperation"],
        tmp.path(),
    );
    let bundled: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("russia-china"))
        .collect();
    assert!(
        !bundled.is_empty() && !bundled[0].contains("net "),
        "{text}"
    );
}

#[test]
fn months_of_no_events_after_the_last_with_some_are_said_not_hidden() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("no-config-here")).unwrap();
    let dir = only("cooperation", tmp.path());
    let path = dir.join("cooperation.csv");
    let mut table = std::fs::read_to_string(&path).unwrap();
    let last = table.lines().last().unwrap().to_string();
    let (month, rest) = last.split_once(',').unwrap();
    let (year, m) = month.split_once('-').unwrap();
    let next = format!("{year}-{:02}", m.parse::<u32>().unwrap() + 1);
    // The same month's total of all events, none between the pair.
    let all_events = rest.split(',').nth(7).unwrap();
    table.push_str(&format!("{next},0,0,0,0,0,,,{all_events},,,wire,\n"));
    std::fs::write(&path, table).unwrap();
    let d = dir.to_str().unwrap();
    let brief = run(&["brief", "--data", d], tmp.path());
    let flat: String = brief.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("{month}: net cooperation")),
        "{brief}"
    );
    assert!(flat.contains(&format!("none to {next}")), "{brief}");
    let overview = run(&["--data", d, "overview"], tmp.path());
    assert!(
        overview.contains(&format!("{month}, none to {next}")),
        "{overview}"
    );
}
