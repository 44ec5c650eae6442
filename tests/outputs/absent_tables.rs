//! A table a dataset does not have (no file for it in the folder) stays absent in every
//! output: said to be absent, never shown as a table with nothing in it ("none recorded",
//! "0 meetings", "no deals recorded"). Checked for each optional table (meetings,
//! exercises, arms, cooperation) in the compare render, the brief (text, Markdown, JSON;
//! single and compared) and the exports (HTML, Markdown, JSON; single and compared).

use crate::common;

use std::path::{Path, PathBuf};

use common::{bilat, stderr, stdout};

/// The optional tables, by the name the user reads.
const OPTIONAL: [&str; 4] = ["meetings", "exercises", "arms", "cooperation"];

/// The minimal dataset with every table (`full`), and a copy without the optional tables'
/// files (`bare`), both in `tmp`.
fn pair(tmp: &Path) -> (PathBuf, PathBuf) {
    let full = tmp.join("full");
    let bare = tmp.join("bare");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &full);
    common::copy_tree(&full, &bare);
    for table in OPTIONAL {
        std::fs::remove_file(bare.join(format!("{table}.csv"))).unwrap();
    }
    (full, bare)
}

fn run(args: &[&str], cwd: &Path) -> String {
    let output = bilat(args, cwd);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What an output must never say of an absent table.
const AS_IF_EMPTY: [&str; 5] = [
    "none recorded",
    "0 meetings",
    "no deals recorded",
    "no figures",
    "no exercise with a published size",
];

fn assert_not_as_if_empty(text: &str, what: &str) {
    for words in AS_IF_EMPTY {
        assert!(
            !text.contains(words),
            "{what} says {words:?} of an absent table:\n{text}"
        );
    }
}

/// Each text in a pane that starts with `start`, joined with the pane's next line (a
/// narrow pane wraps it): the characters from its column to the pane's right border.
fn wrapped_in_panes(screen: &str, start: &str) -> Vec<String> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let to_border = |line: &[char], col: usize| -> String {
        let rest = line.get(col..).unwrap_or_default();
        rest.iter().take_while(|&&c| c != '│').collect::<String>()
    };
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text: String = line.iter().collect();
        for (byte, _) in text.match_indices(start) {
            let col = text[..byte].chars().count();
            let next = lines
                .get(i + 1)
                .map_or(String::new(), |l| to_border(l, col));
            let joined = format!("{} {}", to_border(line, col).trim(), next.trim());
            found.push(joined.trim().to_string());
        }
    }
    found
}

#[test]
fn the_compare_render_says_each_absent_table_is_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, bare) = pair(tmp.path());
    let (full, bare) = (full.to_str().unwrap(), bare.to_str().unwrap());
    for table in OPTIONAL {
        let screen = run(
            &[
                "render",
                "--compare",
                full,
                bare,
                "--pane",
                table,
                "--size",
                "100x24",
            ],
            tmp.path(),
        );
        // Zoomed, the pairs' panes stand one above the other: the second is the bare one.
        let panes: Vec<&str> = screen.split('┌').skip(1).collect();
        assert_eq!(panes.len(), 2, "{table}:\n{screen}");
        let absent = format!("This dataset has no {table} table.");
        assert!(!panes[0].contains(&absent), "{table}:\n{screen}");
        assert!(panes[1].contains(&absent), "{table}:\n{screen}");
        assert_not_as_if_empty(panes[1], table);
    }
    // Every pane at once, each narrow: the words still say the table is absent.
    let screen = run(
        &["render", "--compare", full, bare, "--size", "220x60"],
        tmp.path(),
    );
    let said = wrapped_in_panes(&screen, "This dataset has no");
    for table in OPTIONAL {
        let absent = format!("This dataset has no {table} table.");
        assert!(said.contains(&absent), "{table}: {said:?}\n{screen}");
    }
}

#[test]
fn the_brief_says_absent_meetings_and_exercises_are_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, bare) = pair(tmp.path());
    let bare = bare.to_str().unwrap();
    let text = run(&["--data", bare, "brief"], tmp.path());
    assert!(text.contains("Meetings   no meetings table\n"), "{text}");
    assert!(text.contains("Exercises  no exercises table\n"), "{text}");
    assert!(!text.contains("Arms") && !text.contains("GDELT"), "{text}");
    assert_not_as_if_empty(&text, "the text brief");

    let md = run(&["--data", bare, "brief", "--format", "md"], tmp.path());
    assert!(md.contains("- **Meetings**: no meetings table\n"), "{md}");
    assert!(md.contains("- **Exercises**: no exercises table\n"), "{md}");
    assert_not_as_if_empty(&md, "the Markdown brief");

    let json = run(&["--data", bare, "brief", "--format", "json"], tmp.path());
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["tables"],
        serde_json::json!(["trade", "events", "indicators"])
    );
    for key in ["meetings", "largest_exercise", "arms"] {
        assert_eq!(json[key], serde_json::Value::Null, "{key}: {json}");
    }
    assert!(json.get("cooperation").is_none(), "{json}");
}

#[test]
fn an_empty_table_is_not_an_absent_one_in_the_brief() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, bare) = pair(tmp.path());
    // Each optional table present with its header and no rows.
    for table in OPTIONAL {
        let header = read(&full.join(format!("{table}.csv")));
        let header = header.lines().next().unwrap();
        std::fs::write(bare.join(format!("{table}.csv")), format!("{header}\n")).unwrap();
    }
    let bare = bare.to_str().unwrap();
    let text = run(&["--data", bare, "brief"], tmp.path());
    assert!(text.contains("Meetings   none recorded\n"), "{text}");
    assert!(!text.contains(" table"), "{text}");
    let json = run(&["--data", bare, "brief", "--format", "json"], tmp.path());
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["tables"],
        serde_json::json!([
            "trade",
            "meetings",
            "exercises",
            "events",
            "cooperation",
            "arms",
            "indicators"
        ])
    );
    assert_eq!(json["meetings"]["total"], 0);
}

#[test]
fn the_compare_brief_says_which_pair_lacks_a_table() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, bare) = pair(tmp.path());
    let (full, bare) = (full.to_str().unwrap(), bare.to_str().unwrap());
    let text = run(&["brief", "--compare", full, bare], tmp.path());
    assert!(text.contains("no meetings table"), "{text}");
    assert!(text.contains("no exercises table"), "{text}");
    assert_not_as_if_empty(&text, "the compare brief");
    let md = run(
        &["brief", "--compare", full, bare, "--format", "md"],
        tmp.path(),
    );
    assert!(md.contains(": no meetings table"), "{md}");
    assert!(md.contains(": no exercises table"), "{md}");
    assert!(
        md.contains("- No common meeting years: Atlantis–Lemuria has no meetings table\n"),
        "{md}"
    );
    assert_not_as_if_empty(&md, "the Markdown compare brief");
    let json = run(
        &["brief", "--compare", full, bare, "--format", "json"],
        tmp.path(),
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["compare"][1]["meetings"], serde_json::Value::Null);
    assert_eq!(
        json["compare"][1]["tables"],
        serde_json::json!(["trade", "events", "indicators"])
    );
    assert_eq!(json["compare"][0]["tables"].as_array().unwrap().len(), 7);
}

#[test]
fn the_compare_exports_say_each_absent_table_is_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, bare) = pair(tmp.path());
    let (full, bare) = (full.to_str().unwrap(), bare.to_str().unwrap());
    let out = tmp.path().join("compare.html");
    let args = |format: &'static str, out: &Path| {
        let out = out.to_str().unwrap().to_string();
        let args: Vec<String> = [
            "export",
            "--compare",
            full,
            bare,
            "--format",
            format,
            "--out",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([out])
        .collect();
        args
    };
    let html_args = args("html", &out);
    run(
        &html_args.iter().map(String::as_str).collect::<Vec<_>>(),
        tmp.path(),
    );
    let page = read(&out);
    for (label, table) in [
        ("Leader meetings", "meetings"),
        ("Joint exercises", "exercises"),
        ("Largest exercise", "exercises"),
        ("Arms transfers", "arms"),
    ] {
        let row = page
            .lines()
            .find(|l| l.starts_with(&format!("<tr><th scope=\"row\">{label}</th>")))
            .unwrap_or_else(|| panic!("no {label} row:\n{page}"));
        assert!(
            row.ends_with(&format!("<td>no {table} table</td></tr>")),
            "{row}"
        );
    }
    assert!(
        page.contains("right bar Atlantis–Lemuria (no meetings table);"),
        "{page}"
    );
    assert_not_as_if_empty(&page, "the HTML compare page");

    let out = tmp.path().join("compare.md");
    let md_args = args("md", &out);
    run(
        &md_args.iter().map(String::as_str).collect::<Vec<_>>(),
        tmp.path(),
    );
    let md = read(&out);
    for (label, table) in [
        ("Leader meetings", "meetings"),
        ("Joint exercises", "exercises"),
        ("Largest exercise", "exercises"),
        ("Arms transfers", "arms"),
    ] {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| **{label}** |")))
            .unwrap_or_else(|| panic!("no {label} row:\n{md}"));
        assert!(row.ends_with(&format!("| no {table} table |")), "{row}");
    }
    assert_not_as_if_empty(&md, "the Markdown compare page");

    // JSON: the table's key is left out, where an empty table is an empty list.
    let out = tmp.path().join("compare.json");
    let json_args = args("json", &out);
    run(
        &json_args.iter().map(String::as_str).collect::<Vec<_>>(),
        tmp.path(),
    );
    let json: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    let docs = json["compare"]
        .as_array()
        .unwrap_or_else(|| panic!("{json}"));
    for table in OPTIONAL {
        assert!(docs[0].get(table).is_some(), "{table}");
        assert!(docs[1].get(table).is_none(), "{table}");
    }
}

#[test]
fn the_single_exports_say_each_absent_table_is_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, bare) = pair(tmp.path());
    let bare = bare.to_str().unwrap();
    let out = tmp.path().join("brief.md");
    let out_arg = out.to_str().unwrap();
    run(
        &["--data", bare, "export", "--format", "md", "--out", out_arg],
        tmp.path(),
    );
    let md = read(&out);
    assert!(
        md.contains("- **Leader meetings**: no meetings table\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Joint exercises**: no exercises table\n"),
        "{md}"
    );
    assert!(md.contains("This dataset has no meetings table."), "{md}");
    assert!(md.contains("This dataset has no exercises table."), "{md}");
    assert!(!md.contains("Arms"), "{md}");
    assert_not_as_if_empty(&md, "the Markdown export");

    let out = tmp.path().join("brief.html");
    let out_arg = out.to_str().unwrap();
    run(
        &[
            "--data", bare, "export", "--format", "html", "--out", out_arg,
        ],
        tmp.path(),
    );
    let page = read(&out);
    assert!(
        page.contains("This dataset has no meetings table."),
        "{page}"
    );
    assert!(
        page.contains("This dataset has no exercises table."),
        "{page}"
    );
    assert!(page.contains("no meetings table"), "{page}");
    assert!(!page.contains("No meetings in this dataset."), "{page}");
    assert_not_as_if_empty(&page, "the HTML export");
}

#[test]
fn a_record_of_an_absent_table_says_it_is_absent() {
    use bilat::data::{Dataset, Month};
    use bilat::report::record::{Record, Subject};
    let tmp = tempfile::tempdir().unwrap();
    let (_, bare) = pair(tmp.path());
    let data = Dataset::from_folder(&bare).unwrap();
    for (subject, table) in [
        (Subject::MeetingYear(2022), "meetings"),
        (Subject::ArmsYear(2023), "arms"),
        (Subject::Exercise(0), "exercises"),
        (
            Subject::CooperationMonth(Month {
                year: 2021,
                month: 6,
            }),
            "cooperation",
        ),
    ] {
        let record = Record::of(&data, subject, "–");
        assert_eq!(record.title, format!("This dataset has no {table} table."));
        assert!(record.entries.is_empty());
    }
}

#[test]
fn the_compare_meetings_chart_says_when_neither_pair_has_the_table() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, bare) = pair(tmp.path());
    let bare = bare.to_str().unwrap();
    let out = tmp.path().join("c.md");
    let out_arg = out.to_str().unwrap();
    run(
        &[
            "export",
            "--compare",
            bare,
            bare,
            "--format",
            "md",
            "--out",
            out_arg,
        ],
        tmp.path(),
    );
    let chart = read(&tmp.path().join("c-meetings.svg"));
    assert!(
        chart.contains("Neither dataset has a meetings table."),
        "{chart}"
    );
    assert!(!chart.contains("No meetings in either dataset."), "{chart}");
    let md = read(&out);
    assert!(
        md.contains("- No common meeting years: neither pair has a meetings table\n"),
        "{md}"
    );
}
