//! End-to-end tests of the dashboard on a real pseudo-terminal: the built `bilat` runs in a
//! pty, its output is parsed by `vt100`, and the tests type keys, resize, send signals and
//! close the terminal. Unix only. Every wait has a deadline and a failing test kills bilat.
#![cfg(unix)]

use crate::pty;

use std::time::{Duration, Instant};

use pty::Term;

const TITLES: [&str; 4] = ["1 Trade", "2 Meetings", "3 Exercises", "4 Timeline"];
const HEADER: &str = "Russia–China · Russia (RUS) and China (CHN)";

/// How long bilat may take to exit once asked.
const EXIT: Duration = Duration::from_secs(5);

use pty::assert_restored;

/// The exercises table's heading row (the line holding "Year Name"), as shown.
fn exercises_heading(term: &Term) -> Option<String> {
    term.screen()
        .lines()
        .find(|l| l.contains("Year Name"))
        .map(|l| {
            // The exercises pane is the left one of the bottom row: up to its right border.
            let end = l.find("││").unwrap_or(l.len());
            l[..end].to_string()
        })
}

/// While the dashboard runs the terminal is in raw mode (so the restore check means
/// something).
fn assert_raw(term: &Term) {
    let t = term.termios().expect("tcgetattr on the master");
    assert!(
        t.c_lflag & (libc::ICANON | libc::ECHO) == 0,
        "the dashboard runs but the terminal is not in raw mode"
    );
}

fn started(cols: u16, rows: u16) -> Term {
    let mut term = Term::spawn(cols, rows);
    term.wait_ready();
    term
}

#[test]
fn starts_and_shows_the_four_panes() {
    let mut term = started(80, 24);
    term.wait_for("as of 2026-01-14");
    let screen = term.screen();
    let header = screen.lines().next().unwrap_or_default();
    assert!(
        header.contains(HEADER) && header.contains("as of 2026-01-14"),
        "header row is {header:?}; screen:\n{screen}"
    );
    for title in TITLES {
        assert!(screen.contains(title), "no {title:?}; screen:\n{screen}");
    }
    // The first frame says where help is; the first key (an unbound one here) takes the
    // hint away, and the footer shows the focused pane's keys: Trade's.
    let footer = term.footer();
    assert!(
        footer.contains("Press ? for help and what the marks mean   q quit"),
        "footer is {footer:?}"
    );
    term.send("x");
    term.wait_for_footer("h/l move");
    term.wait_for_footer("b bars/line");
    assert!(!term.footer().contains("Press ?"), "{}", term.footer());
}

#[test]
fn tab_moves_focus() {
    let mut term = started(80, 24);
    term.send("\t\t");
    term.wait_for_footer("s sort");
    term.send("\t");
    term.wait_for_footer("/ search");
}

#[test]
fn j_scrolls_the_timeline() {
    let mut term = started(80, 24);
    term.send("4");
    term.wait_for_footer("/ search");
    term.wait_for("1/88");
    term.send("j");
    term.wait_for("2/88");
    assert!(
        !term.screen().contains("1/88"),
        "still 1/88 after j:\n{}",
        term.screen()
    );
}

#[test]
fn slash_finds_an_event() {
    let mut term = started(80, 24);
    term.send("4");
    term.wait_for_footer("/ search");
    term.send("/Vostok\r");
    term.wait_for_footer("match ");
    let footer = term.footer();
    assert!(
        footer.contains("for \"Vostok\""),
        "footer is {footer:?}; screen:\n{}",
        term.screen()
    );
    term.wait_for("Vostok");
    // Beyond the prompt echoed in the title and the footer, the selected event itself
    // (list row or detail) mentions it; the search ignores case ("Vladivostok").
    let screen = term.screen();
    let rows: Vec<&str> = screen.lines().collect();
    let body = rows[..rows.len() - 1]
        .iter()
        .filter(|l| !l.contains("4 Timeline"))
        .any(|l| l.to_lowercase().contains("vostok"));
    assert!(body, "no matching event on screen:\n{screen}");
}

#[test]
fn resize_reflows() {
    let mut term = started(80, 24);
    let heading = exercises_heading(&term).unwrap_or_default();
    assert!(
        !heading.contains("RUS") && !heading.contains("CHN"),
        "at 80x24 the exercises heading is {heading:?}"
    );

    // Wide enough for the exercises table's country columns beside the timeline and the
    // indicators.
    term.resize(170, 45);
    // China's contingent column; Russia's holds no figure in any row, so it takes no room.
    term.wait_until("the CHN column in the exercises table", |t| {
        exercises_heading(t).is_some_and(|h| h.contains("CHN") && !h.contains("RUS"))
    });

    term.resize(60, 20);
    term.wait_for("bilat needs a terminal of at least 80x24; this one is 60x20");

    term.resize(80, 24);
    term.wait_ready();
    let screen = term.screen();
    assert!(
        !screen.contains("needs a terminal"),
        "too-small message left over:\n{screen}"
    );
}

#[test]
fn q_exits_0_and_restores_the_terminal() {
    let mut term = started(80, 24);
    assert_raw(&term);
    term.send("q");
    let status = term.wait_exit(EXIT);
    assert_eq!(status.exit_code(), 0, "status {status}");
    assert!(status.signal().is_none(), "status {status}");
    assert_restored(&term);
}

#[test]
fn ctrl_c_key_exits_0_and_restores_the_terminal() {
    let mut term = started(80, 24);
    assert_raw(&term);
    term.send([0x03]);
    let status = term.wait_exit(EXIT);
    assert_eq!(status.exit_code(), 0, "status {status}");
    assert!(status.signal().is_none(), "status {status}");
    assert_restored(&term);
}

fn signal_restores_and_exits(signal: libc::c_int, code: u32) {
    let mut term = started(80, 24);
    assert_raw(&term);
    term.signal(signal);
    let status = term.wait_exit(EXIT);
    assert!(
        status.signal().is_none(),
        "bilat was killed by the signal instead of handling it: {status}"
    );
    assert_eq!(status.exit_code(), code, "status {status}");
    assert_restored(&term);
}

#[test]
fn sigterm_restores_and_exits() {
    signal_restores_and_exits(libc::SIGTERM, 143);
}

#[test]
fn sighup_restores_and_exits() {
    signal_restores_and_exits(libc::SIGHUP, 129);
}

#[test]
fn sigint_restores_and_exits() {
    signal_restores_and_exits(libc::SIGINT, 130);
}

/// Closes the terminal under a running bilat and waits for it to end, checking meanwhile
/// that it does not spin on the dead terminal.
fn close_and_wait() -> portable_pty::ExitStatus {
    let mut term = started(80, 24);
    term.close();
    let start = Instant::now();
    let mut cpu_checked = false;
    loop {
        if let Some(status) = term.try_wait() {
            return status;
        }
        assert!(
            start.elapsed() < EXIT,
            "bilat still runs {EXIT:?} after its terminal closed"
        );
        if !cpu_checked {
            cpu_checked = true;
            if let Some(before) = term.cpu_ticks() {
                std::thread::sleep(Duration::from_secs(1));
                if term.try_wait().is_none()
                    && let Some(after) = term.cpu_ticks()
                {
                    assert!(
                        after.saturating_sub(before) < 50,
                        "bilat spins after its terminal closed: {} ticks of CPU in 1 s",
                        after - before
                    );
                }
            }
            continue;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// bilat ends promptly, without spinning, once its terminal goes away.
#[test]
fn closing_the_terminal_ends_bilat() {
    let status = close_and_wait();
    assert!(status.signal().is_none(), "killed by a signal: {status}");
}

/// ... and reports it as a hangup (128 + SIGHUP).
#[test]
fn closing_the_terminal_exits_129() {
    let status = close_and_wait();
    assert!(status.signal().is_none(), "killed by a signal: {status}");
    assert_eq!(status.exit_code(), 129, "status {status}");
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// Waits until bilat has entered the alternate screen `times` times in all.
fn wait_entered(term: &mut Term, times: usize) {
    term.wait_until("the alternate screen entered again", |t| {
        count(&t.bytes(), b"\x1b[?1049h") >= times
    });
}

fn suspend_and_resume(suspend: impl Fn(&mut Term)) {
    let mut term = started(80, 24);
    assert_raw(&term);
    suspend(&mut term);
    // It gives the terminal back (and stops, where a shell's job control lets it)...
    term.wait_until("the terminal given back", |t| {
        count(&t.bytes(), b"\x1b[?1049l") >= 1
    });
    // ...and when continued takes it again and redraws all of it.
    term.signal(libc::SIGCONT);
    wait_entered(&mut term, 2);
    term.wait_for("4 Timeline");
    assert_raw(&term);
    for title in TITLES {
        term.wait_for(title);
    }
    term.send("q");
    let status = term.wait_exit(EXIT);
    assert_eq!(status.exit_code(), 0, "status {status}");
    assert_restored(&term);
}

#[test]
fn sigtstp_then_sigcont_gives_back_and_redraws() {
    suspend_and_resume(|term| term.signal(libc::SIGTSTP));
}

#[test]
fn ctrl_z_suspends_like_sigtstp() {
    suspend_and_resume(|term| term.send([0x1a]));
}

#[test]
fn a_thousand_resizes_in_a_row_end_in_a_right_frame() {
    let mut term = started(80, 24);
    for i in 0..1000u16 {
        term.resize(80 + i % 41, 24 + i % 17);
    }
    term.resize(100, 30);
    term.wait_until("a frame at 100x30", |t| {
        t.row(0).trim_end().ends_with("as of 2026-01-14") && t.screen().contains("4 Timeline")
    });
    let ticks = term.cpu_ticks();
    std::thread::sleep(Duration::from_millis(500));
    if let (Some(before), Some(after)) = (ticks, term.cpu_ticks()) {
        assert!(
            after - before < 20,
            "still busy after the resizes: {} ticks",
            after - before
        );
    }
    term.send("q");
    assert_eq!(term.wait_exit(EXIT).exit_code(), 0);
    assert_restored(&term);
}

#[test]
fn the_zoomed_timeline_scrolled_in_place_matches_a_full_redraw() {
    let mut term = started(100, 30);
    term.send("4z");
    term.wait_for("[zoom]");
    for _ in 0..40 {
        term.send("j");
    }
    for _ in 0..9 {
        term.send("k");
    }
    term.wait_for("32/88");
    let scrolled = term.screen();
    // A resize makes bilat draw everything afresh: wait for each whole frame.
    let frames = count(&term.bytes(), b"\x1b[?2026l");
    term.resize(101, 30);
    term.wait_until("a frame at 101 columns", |t| {
        count(&t.bytes(), b"\x1b[?2026l") > frames
    });
    let frames = count(&term.bytes(), b"\x1b[?2026l");
    term.resize(100, 30);
    term.wait_until("a frame at 100 columns again", |t| {
        count(&t.bytes(), b"\x1b[?2026l") > frames
    });
    // Blanks at the ends of lines are left out: whether a cell there was written as a space
    // or never written depends on what the footer held before (the trade pane's hints).
    let visible = |screen: &str| -> Vec<String> {
        screen.lines().map(|l| l.trim_end().to_string()).collect()
    };
    assert_eq!(visible(&term.screen()), visible(&scrolled));
    term.send("q");
    assert_eq!(term.wait_exit(EXIT).exit_code(), 0);
}
