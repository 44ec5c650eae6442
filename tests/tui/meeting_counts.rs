//! One rule for counting leader meetings: a meeting announced but not confirmed to have
//! happened is listed and never counted, by the chart, the record, plain mode and the
//! exports alike, and each says so where it leaves one out.

use crate::common;
use crate::panes_read;
use crate::screen;

use std::path::Path;

use bilat::data::Dataset;
use bilat::report::record::{Record, Subject};
use bilat::tui::input::action::Action;
use panes_read::{cursor_bar_count, meetings_count_in, pane};
use screen::{render, text};

fn minimal() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    Dataset::from_folder(&dir).unwrap()
}

#[test]
fn a_years_record_counts_what_its_bar_counts_and_says_why_one_is_left_out() {
    // 2023 holds one meeting, scheduled only: marked unconfirmed.
    let mut app = screen::app_of(minimal(), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(2));
    while app.charts().year(bilat::tui::panes::meetings::ID) > 2023 {
        app.apply(Action::Left);
    }
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2023);
    let buf = render(&app);
    let meetings = pane(&buf, "2 Meetings").unwrap();
    let bg = app.theme().selection.bg.unwrap();
    let bar = cursor_bar_count(&buf, &meetings, bg).expect("the cursor bar count");
    let screen = meetings.inner_rows(&buf).join("\n");
    let details = meetings_count_in(&screen, 2023).unwrap();
    assert_eq!((bar, details), (0, 0), "{screen}");
    assert!(screen.contains("not counted: 1 unconfirmed"), "{screen}");
    app.apply(Action::Details);
    let record = text(&render(&app));
    let count = meetings_count_in(&record, 2023).unwrap();
    assert_eq!(
        count, bar,
        "the record counts {count}, the bar {bar}: {record}"
    );
    assert!(
        record.contains("1 unconfirmed, listed but not counted"),
        "{record}"
    );
}

#[test]
fn exports_and_the_list_count_by_the_same_rule() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    let data = data.to_str().unwrap();
    let out = dir.path().join("brief.md");
    let run = common::bilat(
        &[
            "--data",
            data,
            "export",
            "--format",
            "md",
            "--out",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(run.status.success(), "{}", common::stderr(&run));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.contains("3 leader meetings, and 1 announced but not confirmed"),
        "{md}"
    );
    let list = common::bilat(&["--data", data, "list"], dir.path());
    let list = common::stdout(&list);
    let header = list.lines().next().unwrap();
    let line = list.lines().find(|l| l.contains("Atlantis")).unwrap();
    // The count ends under the heading's end (right-aligned): four rows, one unconfirmed.
    let end = header.find("MEETINGS").unwrap() + "MEETINGS".len();
    let before: String = line.chars().take(end).collect();
    assert!(before.ends_with(" 3"), "{list}");
}

#[test]
fn a_year_outside_the_meetings_table_is_not_covered_rather_than_none() {
    // Russia–China's meetings run from their first recorded year; its trade reaches back
    // further. Linked to each trade year, the meetings pane, plain mode and the record say
    // "none recorded" only inside the meetings' years.
    let data = Dataset::bundled().unwrap();
    let years: Vec<i32> = data.derived.meetings.iter().map(|m| m.year).collect();
    let (first, last) = (years[0], *years.last().unwrap());
    let mut app = screen::app_of(data.clone(), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(1));
    app.apply(Action::Top);
    let meetings = bilat::tui::panes::meetings::ID;
    let words = app.registry().get(meetings).and_then(|p| p.words).unwrap();
    let mut outside = 0;
    loop {
        let year = app.linked_year().unwrap();
        let buf = render(&app);
        let screen = pane(&buf, "2 Meetings")
            .unwrap()
            .inner_rows(&buf)
            .join("\n");
        let plain = (words.said)(&app, app.view());
        let record = Record::of(&data, Subject::MeetingYear(year), "–").title;
        let said = format!("{year}: not covered ({first}–{last})");
        if (first..=last).contains(&year) {
            assert!(!screen.contains("not covered"), "{year}: {screen}");
        } else {
            outside += 1;
            assert!(screen.contains(&said), "{year}: {screen}");
            assert!(record.ends_with(&said), "{year}: {record}");
            assert!(
                plain.contains(&format!("not covered ({first} to {last})")),
                "{plain}"
            );
            assert!(!screen.contains("none recorded"), "{year}: {screen}");
        }
        app.apply(Action::Right);
        if app.linked_year() == Some(year) {
            break;
        }
    }
    assert!(outside > 0, "the trade years reach before {first}");
}
