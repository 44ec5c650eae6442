//! `bilat render` printing to a real terminal: with no `--size` it draws at the terminal's
//! size, and a terminal smaller than the dashboard's smallest size is named.
#![cfg(unix)]

use crate::pty;

use std::time::Duration;

use pty::Term;

/// What `render` printed, line by line (the terminal turns each newline into CR LF).
fn printed(term: &Term) -> Vec<String> {
    let bytes = term.bytes();
    let text = String::from_utf8(bytes).expect("UTF-8 output");
    text.lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

#[test]
fn without_a_size_render_fills_the_terminal() {
    let mut term = Term::spawn_with(100, 30, &["render"]);
    assert_eq!(term.wait_exit(Duration::from_secs(10)).exit_code(), 0);
    let lines = printed(&term);
    assert_eq!(lines.len(), 30, "one line a row:\n{}", lines.join("\n"));
    let widest = lines.iter().map(|l| l.chars().count()).max();
    assert_eq!(widest, Some(100), "as wide as the terminal");
    assert!(
        !lines.iter().any(|l| l.contains("q quit")),
        "no key hints without --footer"
    );
}

#[test]
fn a_terminal_too_small_to_render_is_named() {
    let mut term = Term::spawn_with(60, 20, &["render"]);
    assert_eq!(term.wait_exit(Duration::from_secs(10)).exit_code(), 1);
    let screen = term.screen();
    assert!(
        screen.contains("at least 80x24") && screen.contains("this terminal is 60x20"),
        "{screen}"
    );
}
