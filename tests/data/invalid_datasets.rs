//! Every folder under `tests/fixtures/invalid/` breaks one rule (or, `several-problems`,
//! several); loading it must give exactly the messages in its `expected.txt`, where `DIR`
//! stands for the dataset folder.

use crate::common;

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
    let quoted = sheet.events.get(2);
    assert_eq!(
        quoted.description(),
        "First joint land exercise, \"Sand Storm\"."
    );
}

#[test]
fn a_pipe_or_device_is_refused_without_reading_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("set");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let trade = dir.join("trade.csv");
    std::fs::remove_file(&trade).unwrap();
    let path = std::ffi::CString::new(trade.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates the node.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    std::fs::remove_file(dir.join("events.csv")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("events.csv")).unwrap();
    let problems = Dataset::from_folder(&dir).unwrap_err().0;
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let expected = "expected a regular file, found a pipe, socket or device";
    assert!(
        shown[0].ends_with(&format!("trade.csv: {expected}")),
        "{shown:?}"
    );
    assert!(
        shown[1].ends_with(&format!("events.csv: {expected}")),
        "{shown:?}"
    );
}

#[test]
fn an_end_date_less_precise_than_the_start_is_not_before_it() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("valid/minimal"), tmp.path());
    let path = tmp.path().join("exercises.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("2021-08-01,2021-08-09", "2021-08-15,2021-08");
    std::fs::write(&path, text).unwrap();
    let data = Dataset::from_folder(tmp.path()).unwrap();
    assert_eq!(data.exercises[0].end.unwrap().to_string(), "2021-08");
}

#[test]
fn control_characters_in_paths_are_shown_harmless() {
    let tmp = tempfile::tempdir().unwrap();
    let output = common::bilat(&["check", "x\x1b[31m\u{9b}y"], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    let out = common::stdout(&output);
    assert!(out.starts_with("x^[[31m<U+009B>y: no such folder"), "{out}");
}
