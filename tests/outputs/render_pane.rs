//! `bilat render --pane NAME`: a pane the dataset does not show (its table is absent) is an
//! error naming the panes it has, never another pane printed in its place.

use crate::common;

use std::path::{Path, PathBuf};

use common::{bilat, stderr, stdout};

/// The minimal dataset without the files in `remove`, in `tmp/name`.
fn without(tmp: &Path, name: &str, remove: &[&str]) -> PathBuf {
    let dir = tmp.join(name);
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    for file in remove {
        std::fs::remove_file(dir.join(file)).unwrap();
    }
    dir
}

#[test]
fn a_pane_whose_table_the_dataset_lacks_is_an_error_naming_its_panes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = without(tmp.path(), "pair", &["arms.csv", "cooperation.csv"]);
    let dir = dir.to_str().unwrap();
    for pane in ["arms", "cooperation"] {
        let output = bilat(
            &["--data", dir, "render", "--pane", pane, "--size", "80x24"],
            tmp.path(),
        );
        assert_eq!(output.status.code(), Some(1), "{pane}: {}", stdout(&output));
        assert_eq!(stdout(&output), "", "{pane}");
        assert_eq!(
            stderr(&output),
            format!(
                "bilat: --pane {pane}: Atlantis–Lemuria has no {pane} pane, as it has no \
                 {pane} table; its panes are trade, meetings, exercises, timeline, indicators\n"
            ),
            "{pane}"
        );
    }
    // A pane it has is drawn.
    let output = bilat(
        &[
            "--data", dir, "render", "--pane", "meetings", "--size", "80x24",
        ],
        tmp.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Meetings"), "{}", stdout(&output));
}

#[test]
fn compared_a_pane_is_shown_when_either_pair_has_it() {
    let tmp = tempfile::tempdir().unwrap();
    let bare = without(tmp.path(), "bare", &["arms.csv", "cooperation.csv"]);
    let full = without(tmp.path(), "full", &[]);
    let (bare, full) = (bare.to_str().unwrap(), full.to_str().unwrap());
    let output = bilat(
        &[
            "render",
            "--compare",
            bare,
            full,
            "--pane",
            "arms",
            "--size",
            "80x24",
        ],
        tmp.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Arms"), "{}", stdout(&output));

    let output = bilat(
        &[
            "render",
            "--compare",
            bare,
            bare,
            "--pane",
            "arms",
            "--size",
            "80x24",
        ],
        tmp.path(),
    );
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert_eq!(
        stderr(&output),
        "bilat: --pane arms: neither Atlantis–Lemuria nor Atlantis–Lemuria has an arms \
         table, so neither has an arms pane; their panes are trade, meetings, exercises, \
         timeline, indicators\n"
    );
}
