//! Live reload in the real dashboard: a changed file shows within a second, a broken one
//! keeps the last good data with the problem in the footer, `r` or SIGUSR2 reloads by hand.
#![cfg(unix)]

use crate::common;
use crate::pty;

use std::path::Path;
use std::time::Duration;

use pty::Term;

fn dataset(tmp: &Path) -> std::path::PathBuf {
    let dir = tmp.join("set");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    dir
}

fn edit(dir: &Path, from: &str, to: &str) {
    let path = dir.join("events.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from:?} not in events.csv");
    // Write a new file and rename it over the old one, as editors do.
    let tmp = dir.join(".events.csv.swp");
    std::fs::write(&tmp, text.replace(from, to)).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
}

#[test]
fn changes_show_and_breakage_keeps_the_last_good_data() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(tmp.path());
    // Wide enough for the timeline to show the edited title whole beside the other panes.
    let mut term = Term::spawn_with(140, 40, &["--data", dir.to_str().unwrap()]);
    term.wait_for("Border treaty");
    // Select the second event, to see the selection survive reloads.
    term.send("4j");
    term.wait_for("2/4");

    edit(&dir, "Border treaty", "Border treaty signed");
    term.wait_for("Border treaty signed");
    assert!(
        term.screen().contains("2/4"),
        "the selection stays:\n{}",
        term.screen()
    );

    edit(&dir, "2023-11-30,border", "2023-11-31,border");
    term.wait_for_footer("kept the last good data");
    term.wait_for_footer("events.csv:5:1: date: no such date");
    assert!(
        term.screen().contains("Border treaty signed"),
        "the last good data stays"
    );

    edit(&dir, "2023-11-31,border", "2023-11-30,border");
    term.wait_until("the problem gone from the footer", |t| {
        !t.footer().contains("kept the last good data")
    });
    term.send("q");
    assert_eq!(term.wait_exit(Duration::from_secs(5)).exit_code(), 0);
}

#[test]
fn without_watching_r_reloads_by_hand() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(tmp.path());
    let mut term = Term::spawn_with(100, 30, &["--no-watch", "--data", dir.to_str().unwrap()]);
    term.wait_for("Border treaty");
    edit(&dir, "Border treaty", "Border accord");
    std::thread::sleep(Duration::from_millis(1200));
    assert!(
        !term.screen().contains("Border accord"),
        "nothing is watched"
    );
    term.send("r");
    term.wait_for("Border accord");
    // The key answers: the footer says what it did.
    term.wait_for_footer("reloaded 1 dataset");
    term.send("q");
    assert_eq!(term.wait_exit(Duration::from_secs(5)).exit_code(), 0);
}

#[test]
fn a_changed_configuration_applies_and_a_broken_one_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("bilat.toml");
    std::fs::write(&config, "[ui]\nmouse = false\n").unwrap();
    let mut term = Term::spawn_with(100, 30, &["--config", config.to_str().unwrap()]);
    term.wait_for_footer("q quit");
    std::fs::write(&config, "[ui]\nmouse = false\n[keys]\nquit = [\"x\"]\n").unwrap();
    term.wait_for_footer("x quit");
    std::fs::write(&config, "[ui]\nmouse = maybe\n").unwrap();
    term.wait_for_footer("bilat.toml:2:9: ui.mouse");
    // The last good settings stay: x still quits.
    term.send("x");
    assert_eq!(term.wait_exit(Duration::from_secs(5)).exit_code(), 0);
}

#[test]
fn without_watching_sigusr2_reloads() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(tmp.path());
    let mut term = Term::spawn_with(100, 30, &["--no-watch", "--data", dir.to_str().unwrap()]);
    term.wait_for("Border treaty");
    edit(&dir, "Border treaty", "Border accord");
    std::thread::sleep(Duration::from_millis(1200));
    assert!(
        !term.screen().contains("Border accord"),
        "nothing is watched"
    );
    term.signal(libc::SIGUSR2);
    term.wait_for("Border accord");
    term.send("q");
    assert_eq!(term.wait_exit(Duration::from_secs(5)).exit_code(), 0);
}

#[test]
fn a_changed_arms_table_shows_and_a_broken_one_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(tmp.path());
    let mut term = Term::spawn_with(120, 40, &["--data", dir.to_str().unwrap()]);
    term.wait_for("Arms");
    // The arms pane, zoomed, on its latest delivery: Storm-1 in 2023.
    term.send("4\tz");
    term.wait_for("delivered: Storm-1");
    let path = dir.join("arms.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let swap = dir.join(".arms.csv.swp");
    std::fs::write(&swap, text.replace("Storm-1", "Storm-2")).unwrap();
    std::fs::rename(&swap, &path).unwrap();
    term.wait_for("delivered: Storm-2");
    std::fs::write(&swap, text.replace("2021?,Storm-1", "20x1,Storm-1")).unwrap();
    std::fs::rename(&swap, &path).unwrap();
    term.wait_for_footer("arms.csv:3:3: order_year");
    assert!(
        term.screen().contains("Storm-2"),
        "the last good data stays"
    );
    term.send("q");
}
