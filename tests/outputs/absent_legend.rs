//! A compared pair without a table keys nothing in that pane's title: the other pair's
//! legend (the arms suppliers, the meeting kinds, the GDELT classes) or a count of rows is
//! not drawn over a pane that says the dataset has no such table.

use crate::common;

use common::{bilat, stderr, stdout};

#[test]
fn an_absent_tables_pane_has_no_legend_in_the_compare_render() {
    let tmp = tempfile::tempdir().unwrap();
    let full = tmp.path().join("full");
    let bare = tmp.path().join("bare");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &full);
    common::copy_tree(&full, &bare);
    let tables = [
        ("meetings", "in person"),
        ("exercises", "/"),
        ("arms", "no TIV"),
        ("cooperation", "net coop."),
    ];
    for (table, _) in tables {
        std::fs::remove_file(bare.join(format!("{table}.csv"))).unwrap();
    }
    let (full, bare) = (full.to_str().unwrap(), bare.to_str().unwrap());
    for (table, key) in tables {
        let args = [
            "render",
            "--compare",
            full,
            bare,
            "--pane",
            table,
            "--size",
            "100x24",
        ];
        let output = bilat(&args, tmp.path());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let screen = stdout(&output);
        // Zoomed, the pairs' panes stand one above the other: the second is the bare one.
        let titles: Vec<&str> = screen.lines().filter(|l| l.starts_with('┌')).collect();
        assert_eq!(titles.len(), 2, "{table}:\n{screen}");
        assert!(titles[0].contains(key), "{table}:\n{screen}");
        // It read "5 Arms bare  TIV: volume index, not money █ ATL ◇ no TIV".
        assert!(!titles[1].contains(key), "{table}:\n{screen}");
        assert!(screen.contains(&format!("This dataset has no {table} table.")));
    }
}
