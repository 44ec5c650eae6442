//! The overview screen in a real terminal: `o` opens it over the dashboard with every
//! bundled pair, Enter opens one and Esc comes back; the configuration can make it the
//! start screen.

use crate::pty::{Term, assert_restored};

use std::time::Duration;

#[test]
fn o_opens_the_overview_and_enter_and_esc_go_and_come_back() {
    let cache = tempfile::tempdir().unwrap();
    let cache_home = cache.path().display().to_string();
    let mut term = Term::spawn_in(80, 24, &[], &[("XDG_CACHE_HOME", &cache_home)]);
    term.wait_ready();
    term.send("o");
    term.wait_for("Overview: 3 pairs");
    term.wait_for("CHN–PAK");
    // The third row, China–Pakistan, in the dashboard; Esc brings the overview back there.
    term.send("jj");
    term.send("\r");
    term.wait_for("China–Pakistan");
    term.send("\x1b");
    term.wait_until("the overview on the same row", |t| {
        t.screen().lines().any(|l| l.starts_with("▶ CHN–PAK"))
    });
    term.send("q");
    term.wait_exit(Duration::from_secs(5));
    assert_restored(&term);
}

#[test]
fn the_configuration_can_start_on_the_overview() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[ui]\nstart = \"overview\"\n").unwrap();
    let cache_home = dir.path().display().to_string();
    let config = config.display().to_string();
    let mut term = Term::spawn_in(
        120,
        40,
        &["--config", &config],
        &[("XDG_CACHE_HOME", &cache_home)],
    );
    term.wait_for("Overview: 3 pairs");
    term.send("\x1b");
    term.wait_for("Russia–China");
    term.send("q");
    term.wait_exit(Duration::from_secs(5));
}
