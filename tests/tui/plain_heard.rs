//! The plain mode, heard: what a screen-reader user hears for a record, the keys, a
//! comparison's opening and the figures' units.

use std::io::Write;
use std::process::{Command, Stdio};

/// What `bilat --plain ARGS` says to the keys typed.
fn heard(args: &[&str], keys: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_bilat"))
        .arg("--plain")
        .args(args)
        .env("XDG_CONFIG_HOME", dir.path().join("no-config"))
        .env("XDG_DATA_HOME", dir.path().join("no-data"))
        .env_remove("BILAT_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(keys).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_record_is_spoken_as_the_sentences_are() {
    let said = heard(&["--data", "india-russia"], b"\rq");
    // The record's "FY2024-25 (Apr–Mar)", "68.7 (USD billions, nominal)" and "+4.7%".
    assert!(
        said.contains("fiscal year 2024-25, April to March. Figure: 68.7 billion US dollars. Change: up 4.7 percent"),
        "{said}"
    );
    assert!(
        !said.contains("(Apr–Mar)") && !said.contains("+4.7%"),
        "{said}"
    );
    // Dates in full, countries by name.
    let said = heard(&["--data", "india-russia"], b"3\rq");
    assert!(said.contains("Dates: 15 December 2025."), "{said}");
    assert!(
        !said.contains("IND") || said.contains("India (IND)"),
        "{said}"
    );
}

#[test]
fn every_figure_says_its_unit_and_keeps_its_decimals() {
    let said = heard(
        &[],
        &[b'h'; 7].iter().chain(b"q").copied().collect::<Vec<u8>>(),
    );
    // An approximate 104 is "104", not "104.000", and says its unit though it is the
    // second figure of its year.
    assert!(
        said.contains("Russia customs: 104 billion US dollars. Marked approximate."),
        "{said}"
    );
}

#[test]
fn the_keys_heard_are_those_that_work_here_grouped() {
    let said = heard(&[], b"?q");
    assert!(said.contains("\nAnywhere:\n"), "{said}");
    assert!(said.contains("\nMoving:\n"), "{said}");
    assert!(
        said.contains("Read the note and source of what is selected: press z."),
        "{said}"
    );
    // Bars or lines change only how the screen looks.
    assert!(!said.contains("between line and bars"), "{said}");
}

#[test]
fn a_comparison_opens_by_naming_both_pairs() {
    let said = heard(&["--compare", "india-russia", "russia-china"], b"q");
    let first = said.lines().next().unwrap_or_default();
    assert!(first.contains("Comparing 2 pairs."), "{first}");
    assert!(
        first.contains("India–Russia: India (IND) and Russia (RUS)")
            && first.contains("Russia–China: Russia (RUS) and China (CHN)"),
        "{first}"
    );
}

#[test]
fn e_says_what_the_trade_chart_shows() {
    let said = heard(&["--data", "india-russia"], b"eq");
    assert!(
        said.contains(
            "No series gives exports, so the trade chart still shows each series' total."
        ),
        "{said}"
    );
}

#[test]
fn a_search_of_a_list_says_which_match_and_the_row_found() {
    // The meetings: the prompt names the list; Enter says the match, the year and the
    // meeting found, which the year's own words would not single out.
    let said = heard(&[], b"2/Ufa\rnq");
    assert!(
        said.contains("Search the meetings: type words, then enter. esc cancels."),
        "{said}"
    );
    assert!(
        said.contains("match 1 of 1 for \"Ufa\" (wrapped to the first). Meetings, 2015:"),
        "{said}"
    );
    assert!(
        said.contains("Found: 8 July 2015 in Ufa, Russia: Bilateral at the BRICS and SCO summits."),
        "{said}"
    );
    // n with one match stays on it, and says so.
    assert!(said.contains("for \"Ufa\" (the only one)."), "{said}");
    // The arms deals, likewise.
    let said = heard(&[], b"5/Su-35\rq");
    assert!(said.contains("Search the arms deals: type words"), "{said}");
    assert!(said.contains("Found: Su-35"), "{said}");
    // The exercises: the row is the selection, said as ever; nothing found is said too.
    let said = heard(&[], b"3/Tsentr\r/zzyzx\rq");
    assert!(said.contains("match 1 of 1 for \"Tsentr\""), "{said}");
    assert!(said.contains("Tsentr-2019"), "{said}");
    assert!(said.contains("no exercise matches \"zzyzx\"."), "{said}");
}
