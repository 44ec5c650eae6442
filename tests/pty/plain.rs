//! The plain, accessible mode in a real pseudo-terminal: each key is answered in sentences,
//! with units and marks in words, and not one escape byte is written.
#![cfg(unix)]

use crate::pty;

use std::time::Duration;

use pty::Term;

/// Waits until bilat has written `text` (in the bytes, so a wrapped line still counts).
fn said(term: &mut Term, text: &str) {
    term.wait_until(text, |t| String::from_utf8_lossy(&t.bytes()).contains(text));
}

#[test]
fn a_short_session_is_sentences_and_no_escape_byte() {
    let mut term = Term::spawn_with(100, 40, &["--plain"]);
    said(&mut term, "bilat, plain mode.");
    said(
        &mut term,
        "Trade, 2025. China customs: 228.105 billion US dollars, down 6.9 percent",
    );
    // Back seven years to 2018: both customs' figures, the change spelled out.
    term.send("hhhhhhh");
    said(
        &mut term,
        "Trade, 2018. China customs: 107.06 billion US dollars, up 27.1 percent",
    );
    said(
        &mut term,
        "Russia customs: 108.3 billion US dollars, up 24.5 percent",
    );
    // The note and the source on request.
    term.send("\r");
    said(&mut term, "Source: TASS");
    // The exercises: a claimed, disputed size in words.
    term.send("3");
    said(&mut term, "Exercises pane. Exercise");
    // By total, largest first, then the first row.
    term.send("ss");
    said(&mut term, "Sorted by total personnel");
    term.send("Sg");
    said(
        &mut term,
        "Sorted by total personnel, largest or latest first.",
    );
    said(&mut term, "Vostok-2018");
    said(&mut term, "300,000 people in all, a claimed figure.");
    said(&mut term, "Marked disputed.");
    // Search the exercises, where the focus is: the prompt names the list, and Enter is
    // answered with the match and the row it landed on.
    term.send("/");
    said(&mut term, "Search the exercises: type words, then enter.");
    term.send("Tsentr\r");
    said(&mut term, "match 1 of 1 for \"Tsentr\"");
    said(&mut term, "Tsentr-2019");
    // Search the timeline, answered with the match.
    term.send("4");
    said(&mut term, "Timeline pane.");
    term.send("/Friendship\r");
    said(&mut term, "Friendship Medal for Putin");
    // The keys as sentences, from the key table.
    term.send("?");
    said(&mut term, "Quit bilat: press q or ctrl-c.");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    let bytes = term.bytes();
    assert!(
        !bytes.contains(&0x1b),
        "an escape byte was written: {}",
        String::from_utf8_lossy(&bytes)
    );
    assert!(String::from_utf8_lossy(&bytes).contains("Goodbye."));
}

#[test]
fn compare_and_a_year_jump_work_in_plain_mode() {
    let mut term = Term::spawn_with(
        100,
        40,
        &["--plain", "--compare", "russia-china", "india-russia"],
    );
    said(&mut term, "Russia–China: Trade, 2025.");
    said(&mut term, "India–Russia: Trade, 2025.");
    term.send("4");
    term.send("y2018\r");
    said(&mut term, "2018");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    assert!(!term.bytes().contains(&0x1b));
}

#[test]
fn the_arms_pane_speaks_of_tiv_as_a_volume_index_and_gives_each_deals_source() {
    let mut term = Term::spawn_with(100, 40, &["--plain"]);
    said(&mut term, "bilat, plain mode.");
    // Tab from the timeline reaches the arms pane, on the year the timeline's event is of;
    // a step back lands on the latest delivery.
    term.send("4\t");
    said(&mut term, "Arms pane.");
    said(&mut term, "Arms, 2025: no deliveries recorded.");
    term.send("h");
    said(
        &mut term,
        "Arms, 2019: deliveries from RUS, 1 deal whose TIV is not known.",
    );
    // z reads each deal of the year with its note and source; Enter opens the year's record.
    term.send("z");
    said(
        &mut term,
        "S-400 Triumf (Long-range surface-to-air missile systems",
    );
    said(&mut term, "Source: TASS via defense-aerospace.com");
    term.send("\r");
    said(&mut term, "Arms, 2019: 1 deal ordered or delivered");
}

#[test]
fn in_a_menu_up_and_down_read_only_the_newly_selected_item() {
    let mut term = Term::spawn_with(100, 40, &["--plain"]);
    said(&mut term, "bilat, plain mode.");
    term.send("4");
    said(&mut term, "Timeline pane.");
    term.send("f");
    said(&mut term, "Show events: ");
    let opened = term.bytes().len();
    // Down: the second entry alone, with its place among them.
    term.send("\x1b[B");
    term.wait_until("the second entry", |t| {
        String::from_utf8_lossy(&t.bytes()[opened..]).contains("2 of ")
    });
    term.send("\x1b[B");
    term.wait_until("the third entry", |t| {
        String::from_utf8_lossy(&t.bytes()[opened..]).contains("3 of ")
    });
    term.send("\x1b[A");
    term.wait_until("back to the second", |t| {
        String::from_utf8_lossy(&t.bytes()[opened..])
            .matches("2 of ")
            .count()
            == 2
    });
    let after = String::from_utf8_lossy(&term.bytes()[opened..]).to_string();
    assert!(
        !after.contains("Show events: "),
        "the choices read again: {after}"
    );
    assert!(
        !after.contains("choices."),
        "the choices read again: {after}"
    );
    // Esc closes the menu; q quits.
    term.send("\x1b");
    std::thread::sleep(Duration::from_millis(200));
    term.send("q");
    assert!(term.wait_exit(Duration::from_secs(5)).success());
}

#[test]
fn silent_keys_are_answered_in_plain_mode_too() {
    let mut term = Term::spawn_with(100, 40, &["--plain"]);
    said(&mut term, "bilat, plain mode.");
    said(&mut term, "Trade, 2025.");
    term.send("r");
    said(&mut term, "Reloaded 1 dataset.");
    term.send("6");
    said(&mut term, "no cooperation table in this dataset");
    // The trade cursor starts on the latest year.
    term.send("l");
    said(&mut term, "already at the latest year (2025)");
    term.send("q");
    assert!(term.wait_exit(Duration::from_secs(5)).success());
}

#[test]
fn o_reads_the_overview_row_by_row_in_sentences() {
    let cache = tempfile::tempdir().unwrap();
    let cache_home = cache.path().display().to_string();
    let mut term = Term::spawn_in(
        100,
        40,
        &["--plain"],
        &[("XDG_CACHE_HOME", cache_home.as_str())],
    );
    said(&mut term, "bilat, plain mode.");
    term.send("o");
    said(&mut term, "Overview: 3 pairs.");
    said(
        &mut term,
        "China (CHN) and Pakistan (PAK), 2004 to 2025: trade 18.78 billion US dollars in \
         FY2024-25, up 15.8 percent; PAK's deficit 13.84 billion in FY2024-25",
    );
    // No arms table: no arms figure, not a zero.
    let bytes = String::from_utf8_lossy(&term.bytes()).to_string();
    let pakistan = bytes.lines().find(|l| l.contains("(PAK),")).unwrap();
    assert!(!pakistan.contains("arms"), "{pakistan}");
    // The dashboard is as it was: the next key moves the trade pane's year.
    term.send("h");
    said(&mut term, "Trade, 2024.");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    assert!(!term.bytes().contains(&0x1b));
}
