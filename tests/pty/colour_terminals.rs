//! The bytes the dashboard writes on each kind of terminal bilat tells apart, in a real
//! pseudo-terminal: 256 colours where `TERM` or `COLORTERM` says so, only the sixteen
//! classic codes on other colour terminals, no colour at all with `NO_COLOR` or on a
//! monochrome DEC terminal (bold and reverse video still mark the selection), ASCII on the
//! Linux console, a VT100 or a non-UTF-8 locale, and no escape sequence at all in plain mode.
#![cfg(unix)]

use crate::pty;

use std::time::Duration;

use pty::Term;

/// Starts the dashboard with `env`, moves the timeline's selection (so the selection's
/// style is written twice) and quits; returns every byte bilat wrote.
fn dashboard(env: &[(&str, &str)]) -> String {
    let mut term = Term::spawn_in(100, 30, &[], env);
    term.wait_ready();
    term.send("4j");
    term.wait_for("2/88");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{env:?}: {status:?}");
    String::from_utf8_lossy(&term.bytes()).into_owned()
}

/// The parameters of every SGR sequence (`ESC [ ... m`), an empty one read as 0.
fn sgr_params(bytes: &str) -> Vec<Vec<u16>> {
    let mut out = Vec::new();
    for piece in bytes.split("\x1b[").skip(1) {
        let end = piece
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(piece.len());
        if piece[end..].starts_with('m') {
            let params = piece[..end]
                .split([';', ':'])
                .map(|p| p.parse().unwrap_or(0))
                .collect();
            out.push(params);
        }
    }
    out
}

/// Whether an SGR sequence sets a colour: a foreground, background or underline colour of
/// any form. 39, 49 and 59 put back the terminal's own colours, which is no colour.
fn sets_colour(params: &[u16]) -> bool {
    params
        .iter()
        .any(|&p| matches!(p, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107))
}

/// The 256-colour forms: `38;5;N`, `48;5;N`.
fn has_256_colour_codes(bytes: &str) -> bool {
    bytes.contains("38;5;") || bytes.contains("48;5;")
}

fn has_box_drawing(bytes: &str) -> bool {
    bytes.contains(['─', '│', '┌', '┐', '└', '┘'])
}

/// Bold and reverse video are written, so the selection shows without colour.
fn assert_bold_and_reverse(what: &str, bytes: &str) {
    let sgr = sgr_params(bytes);
    assert!(
        sgr.iter().any(|p| p.contains(&7)),
        "{what}: no reverse video"
    );
    assert!(sgr.iter().any(|p| p.contains(&1)), "{what}: no bold");
}

fn assert_no_colour(what: &str, bytes: &str) {
    let coloured: Vec<Vec<u16>> = sgr_params(bytes)
        .into_iter()
        .filter(|p| sets_colour(p))
        .take(3)
        .collect();
    assert!(coloured.is_empty(), "{what}: colour codes {coloured:?}");
}

/// The classic colour codes only: colour, but never a 256-colour one.
fn assert_sixteen_colours(what: &str, bytes: &str) {
    assert!(!has_256_colour_codes(bytes), "{what}: 256-colour codes");
    assert!(
        sgr_params(bytes).iter().any(|p| sets_colour(p)),
        "{what}: no colour at all"
    );
}

#[test]
fn xterm_256color_gets_256_colour_codes_and_box_drawing() {
    let bytes = dashboard(&[("TERM", "xterm-256color")]);
    assert!(has_256_colour_codes(&bytes), "no 256-colour code");
    assert!(has_box_drawing(&bytes));
}

#[test]
fn colorterm_truecolor_gets_256_colours_on_a_plain_xterm() {
    let bytes = dashboard(&[("TERM", "xterm"), ("COLORTERM", "truecolor")]);
    assert!(has_256_colour_codes(&bytes), "no 256-colour code");
}

#[test]
fn a_plain_xterm_gets_only_the_sixteen_classic_colours() {
    let bytes = dashboard(&[("TERM", "xterm")]);
    assert_sixteen_colours("TERM=xterm", &bytes);
    assert!(has_box_drawing(&bytes), "xterm draws boxes");
}

#[test]
fn the_linux_console_gets_sixteen_colours_and_ascii_only() {
    let bytes = dashboard(&[("TERM", "linux")]);
    assert_sixteen_colours("TERM=linux", &bytes);
    assert!(bytes.is_ascii(), "TERM=linux: a byte beyond ASCII");
}

#[test]
fn dec_terminals_get_no_colour_but_bold_reverse_and_ascii() {
    // None of them has colour, and their line drawing is a character set of their own, not
    // UTF-8: ASCII is what they all show.
    for term in ["vt100", "vt102", "vt220"] {
        let what = format!("TERM={term}");
        let bytes = dashboard(&[("TERM", term)]);
        assert_no_colour(&what, &bytes);
        assert_bold_and_reverse(&what, &bytes);
        assert!(bytes.is_ascii(), "{what}: a byte beyond ASCII");
    }
}

#[test]
fn no_color_gets_no_colour_but_bold_and_reverse() {
    let bytes = dashboard(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")]);
    assert_no_colour("NO_COLOR=1", &bytes);
    assert_bold_and_reverse("NO_COLOR=1", &bytes);
    assert!(has_box_drawing(&bytes), "a UTF-8 xterm still draws boxes");
}

#[test]
fn a_non_utf8_locale_gets_ascii_in_colour() {
    let bytes = dashboard(&[("TERM", "xterm-256color"), ("LANG", "C")]);
    assert!(bytes.is_ascii(), "LANG=C: a byte beyond ASCII");
    assert!(has_256_colour_codes(&bytes));
}

#[test]
fn colours_set_to_16_while_running_take_the_classic_codes_from_then_on() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("bilat.toml");
    std::fs::write(&config, "[ui]\ncolors = \"256\"\n").unwrap();
    let args = ["--config", config.to_str().unwrap()];
    let mut term = Term::spawn_in(100, 30, &args, &[("TERM", "xterm")]);
    term.wait_ready();
    assert!(has_256_colour_codes(&String::from_utf8_lossy(
        &term.bytes()
    )));
    let from = term.bytes().len();
    let since = |t: &Term| String::from_utf8_lossy(&t.bytes()[from..]).into_owned();
    std::fs::write(&config, "[ui]\ncolors = \"16\"\n").unwrap();
    // The accent turns from colour 81 to cyan, in one form or the other. (A 30-row screen
    // has no cursor move to row 36.)
    let cyan = |bytes: &str| {
        ["\x1b[36", "\x1b[38;5;6;", "\x1b[38;5;6m"]
            .iter()
            .filter_map(|form| bytes.find(form))
            .min()
    };
    term.wait_until("the accent in cyan", |t| cyan(&since(t)).is_some());
    term.send("4j");
    term.wait_for("2/88");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    // From the frame that turned cyan on: frames drawn before the reload are 256-colour.
    let bytes = since(&term);
    let first = cyan(&bytes).unwrap();
    let frame = bytes[..first].rfind("\x1b[?2026h").unwrap_or(0);
    assert_sixteen_colours("colors = 16 after a reload", &bytes[frame..]);
}

/// The plain mode: the greeting, one key, quit; every byte it wrote.
fn plain(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut term = Term::spawn_in(100, 30, args, env);
    term.wait_for("plain mode");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{args:?} {env:?}: {status:?}");
    String::from_utf8_lossy(&term.bytes()).into_owned()
}

#[test]
fn dumb_and_plain_write_no_escape_sequence_at_all() {
    for (args, env) in [
        (&[][..], &[("TERM", "dumb")][..]),
        (&["--plain"][..], &[("TERM", "xterm-256color")][..]),
    ] {
        let bytes = plain(args, env);
        assert!(
            !bytes.contains('\x1b'),
            "{args:?} {env:?}: an escape: {bytes:?}"
        );
        assert!(bytes.contains("Press ? for the keys"), "{bytes}");
    }
}
