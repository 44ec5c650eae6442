//! Every folder under `tests/fixtures/invalid/` breaks one rule (or, `several-problems`,
//! several); loading it must give exactly the messages in its `expected.txt`, where `DIR`
//! stands for the dataset folder.

mod common;

use bilat::data::Dataset;

#[test]
fn each_broken_dataset_gives_its_located_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(common::fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "expected at least 30 broken fixtures");
    let mut failures = Vec::new();
    for name in &names {
        let dir = common::broken_dataset(name, tmp.path());
        let problems = match Dataset::from_folder(&dir) {
            Ok(_) => {
                failures.push(format!("{name}: loaded without a problem"));
                continue;
            }
            Err(problems) => problems,
        };
        let prefix = format!("{}/", dir.display());
        let got: String = problems
            .0
            .iter()
            .map(|p| p.to_string().replace(&prefix, "DIR/") + "\n")
            .collect();
        let expected_file = common::fixtures()
            .join("invalid")
            .join(name)
            .join("expected.txt");
        if std::env::var_os("BILAT_BLESS").is_some() {
            std::fs::write(&expected_file, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_exits_1_and_prints_each_problem_with_a_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::broken_dataset("several-problems", tmp.path());
    let output = common::bilat(&["check", dir.to_str().unwrap()], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    let out = common::stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines[0].contains("trade.csv:4:3: value_usd_bn: expected a number"),
        "{out}"
    );
    assert!(lines[4].ends_with(": 4 problems in 2 files"), "{out}");
}

#[test]
fn a_missing_folder_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let output = common::bilat(&["check", "no/such/dir"], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        common::stdout(&output),
        "no/such/dir: no such folder\nno/such/dir: 1 problem in 1 file\n"
    );
}

#[test]
fn what_spreadsheets_write_is_accepted() {
    let fixtures = common::fixtures();
    let plain = Dataset::from_folder(&fixtures.join("valid/minimal")).unwrap();
    let sheet = Dataset::from_folder(&fixtures.join("valid/spreadsheet")).unwrap();
    assert_eq!(plain.trade, sheet.trade);
    assert_eq!(plain.meetings, sheet.meetings);
    assert_eq!(plain.exercises, sheet.exercises);
    assert_eq!(plain.events.len(), sheet.events.len());
    let quoted = &sheet.events[2];
    assert_eq!(
        quoted.description,
        "First joint land exercise, \"Sand Storm\"."
    );
}
