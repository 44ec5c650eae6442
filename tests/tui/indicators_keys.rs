//! The indicators pane's keys and words: `i` and the `I` menu change the indicator, Enter
//! opens the year's record with every indicator, note and source, the plain mode's
//! sentences, the pane shown only for a dataset with the table, compared pairs on one scale
//! where their units agree and said otherwise; and snapshots at 80x24 and 120x40.

use crate::screen;

use bilat::data::{Bundled, Dataset, Origin};
use bilat::report::record::{Record, Subject};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::panes::indicators;
use crossterm::event::{Event, KeyCode, KeyEvent};
use screen::{render, text};

fn bundled(name: &str) -> Dataset {
    Dataset::load(Origin::Bundled(Bundled::find(name).unwrap())).unwrap()
}

fn minimal() -> Dataset {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    Dataset::from_folder(&dir).unwrap()
}

fn focused(data: Dataset, w: u16, h: u16) -> App {
    let mut app = screen::app_of(data, screen::dark(), w, h);
    app.set_focus(indicators::ID);
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::from(code)));
}

#[test]
fn the_menu_lists_every_indicator_and_picks_one() {
    let mut app = focused(bundled("india-russia"), 120, 40);
    app.apply(Action::PickIndicator);
    let menu = app.menu().expect("I opens the menu");
    let names: Vec<&str> = menu.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names[1].starts_with("UN voting: India's ideal point"),
        "{names:?}"
    );
    assert!(menu.items[0].current);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert!(app.menu().is_none());
    assert_eq!(app.charts().indicator, 1);
    app.set_zoomed(true);
    let screen = text(&render(&app));
    assert!(screen.contains("India's ideal point"), "{screen}");
    // Typing narrows the menu to the one named.
    app.apply(Action::PickIndicator);
    for c in "russia".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.charts().indicator, 2);
}

#[test]
fn the_keys_work_only_in_the_pane_and_help_lists_them() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.apply(Action::NextIndicator);
    assert_eq!(
        app.charts().indicator,
        0,
        "i does nothing in the trade pane"
    );
    app.set_focus(indicators::ID);
    app.apply(Action::NextIndicator);
    assert_eq!(app.charts().indicator, 1);
    let footer = text(&render(&app));
    assert!(
        footer.lines().last().unwrap().contains("i next"),
        "{footer}"
    );
    app.apply(Action::Help);
    let mut help = String::new();
    for _ in 0..40 {
        help.push_str(&text(&render(&app)));
        app.apply(Action::PageDown);
    }
    assert!(help.contains("Show the next indicator"), "{help}");
    assert!(help.contains("Pick the indicator to show"), "{help}");
}

#[test]
fn enter_opens_every_indicator_of_the_year_with_notes_and_sources() {
    let mut app = focused(minimal(), 120, 40);
    app.apply(Action::Top);
    app.apply(Action::Right);
    assert_eq!(app.charts().year(indicators::ID), 2020);
    app.apply(Action::Details);
    let shown = text(&render(&app));
    assert!(
        shown.contains("Indicators, 2020: 0 of 1 with a value"),
        "{shown}"
    );
    let record = Record::of(&minimal(), Subject::IndicatorYear(2020), "–").plain_text();
    for part in [
        "UN voting agreement",
        "no value (a gap)",
        "no votes that session",
        "Example Wire",
        "closer alignment",
        "0 to 1",
    ] {
        assert!(record.contains(part), "{part} in {record}");
    }
    let marked = Record::of(&minimal(), Subject::IndicatorYear(2021), "–").plain_text();
    assert!(
        marked.contains("Mark") && marked.contains("approximate"),
        "{marked}"
    );
    let russia_china = bundled("russia-china");
    let none = Record::of(&russia_china, Subject::IndicatorYear(1964), "–").plain_text();
    assert!(none.contains("no row for this year"), "{none}");
}

#[test]
fn plain_words_say_the_value_what_higher_means_and_the_mark() {
    let mut app = focused(minimal(), 120, 40);
    app.apply(Action::Top);
    let view = &app.views()[0];
    assert_eq!(
        (indicators::WORDS.said)(&app, view),
        "UN voting agreement, 2019: 0.450 (higher: closer alignment, on a scale from 0 to 1)."
    );
    app.apply(Action::Bottom);
    // The mark shows beside the value under the chart, as the trade pane's do.
    let screen = text(&render(&app));
    assert!(
        screen.contains("2021: 0.5 [approximate]; rounded"),
        "{screen}"
    );
    let view = &app.views()[0];
    assert_eq!(
        (indicators::WORDS.said)(&app, view),
        "UN voting agreement, 2021: 0.5 (higher: closer alignment, on a scale from 0 to 1). \
         Marked approximate."
    );
    app.apply(Action::Left);
    let view = &app.views()[0];
    let said = (indicators::WORDS.said)(&app, view);
    assert!(said.contains("2020: no value (a gap)"), "{said}");
    let source = (indicators::WORDS.source)(&app, view);
    assert!(
        source.contains("Note: no votes that session") && source.contains("Source: "),
        "{source}"
    );
}

#[test]
fn the_pane_shows_only_for_a_dataset_with_the_table() {
    // The minimal fixture, copied without its indicators table.
    let tmp = tempfile::tempdir().unwrap();
    let from =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "indicators.csv" {
            std::fs::copy(entry.path(), tmp.path().join(entry.file_name())).unwrap();
        }
    }
    let without = Dataset::from_folder(tmp.path()).unwrap();
    assert!(!without.has(bilat::data::TableId::Indicators));
    let screen = text(&render(&screen::app_of(without, screen::dark(), 120, 40)));
    assert!(!screen.contains("Indicators"), "{screen}");
    let screen = text(&render(&screen::app_of(minimal(), screen::dark(), 120, 40)));
    assert!(screen.contains("7 Indicators"), "{screen}");
}

/// The top value label of each indicators pane on the screen, left to right.
fn top_labels(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let mut out = Vec::new();
    // Pane title bars only: the header may say "Indicators sets 2019".
    for (y, line) in lines.iter().enumerate().filter(|(_, l)| l.starts_with('┌')) {
        for (col, _) in line.match_indices(" Indicators ") {
            let chars = line[..col].chars().count();
            let below: String = lines[y + 1].chars().skip(chars).take(8).collect();
            out.push(
                below
                    .trim_matches(['│', ' '])
                    .split(' ')
                    .next()
                    .unwrap_or("")
                    .to_string(),
            );
        }
    }
    out
}

#[test]
fn compared_pairs_share_a_scale_when_units_agree_and_say_when_not() {
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let mut app = focused(bundled("india-russia"), w, h);
        app.opened(Ok(bundled("russia-china")), true);
        app.set_focus(indicators::ID);
        app.set_zoomed(false);
        let screen = text(&render(&app));
        let tops = top_labels(&screen);
        assert_eq!(tops.len(), 2, "{w}x{h}:\n{screen}");
        assert_eq!(
            tops[0], tops[1],
            "one scale for one unit, {w}x{h}:\n{screen}"
        );
        assert!(!screen.contains("units differ"), "{screen}");

        let mut app = focused(bundled("russia-china"), w, h);
        app.opened(Ok(minimal()), true);
        app.set_focus(indicators::ID);
        let screen = text(&render(&app));
        assert!(
            screen.contains("Units differ") || screen.contains("units differ"),
            "{w}x{h}:\n{screen}"
        );
    }
}

#[test]
fn snapshots_of_the_pane() {
    for (w, h) in [(80, 24), (120, 40)] {
        let app = focused(bundled("india-russia"), w, h);
        insta::assert_snapshot!(format!("india_russia_{w}x{h}"), text(&render(&app)));
        let mut app = focused(minimal(), w, h);
        app.set_zoomed(true);
        app.apply(Action::Top);
        insta::assert_snapshot!(format!("minimal_zoomed_{w}x{h}"), text(&render(&app)));
    }
}

#[test]
fn the_year_cursor_links_both_ways_and_a_click_picks_a_year() {
    use bilat::tui::panes::trade;
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = focused(bundled("russia-china"), 120, 40);
    // The series starts in 1971, the dataset's years in 1990: the cursor stops at the
    // header's first year, and the years shown stay the header's.
    app.apply(Action::Top);
    assert_eq!(app.charts().year(indicators::ID), 1990);
    assert_eq!(app.charts().shown, app.charts().all);
    app.apply(Action::Right);
    let year = app.charts().year(indicators::ID);
    assert_eq!(app.linked_year(), Some(year));
    assert_eq!(
        app.charts().year(trade::ID),
        year,
        "trade follows the indicators"
    );
    let screen = text(&render(&app));
    let detail = format!("{year}: ");
    assert!(screen.contains(&detail), "{screen}");
    // The trade cursor moves the indicators' year.
    app.set_focus(trade::ID);
    app.apply(Action::Right);
    let moved = app.charts().year(trade::ID);
    assert_eq!(app.charts().year(indicators::ID), moved);
    // A click on the indicators plot focuses the pane on the year under it.
    let slot = app.geometry().unwrap().slot(indicators::ID).unwrap().area;
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: slot.x + slot.width - 3,
        row: slot.y + 3,
        modifiers: KeyModifiers::NONE,
    });
    bilat::tui::terminal::pointer::handle_event(&mut app, &click);
    assert_eq!(app.focus(), indicators::ID);
    let clicked = app.charts().year(indicators::ID);
    // The plot's right end: the last years of the series (2019), far from the cursor's.
    assert!(
        (2015..=2019).contains(&clicked),
        "clicked {clicked}, was {moved}"
    );
    // Enter opens that year's record.
    app.apply(Action::Details);
    let screen = text(&render(&app));
    assert!(
        screen.contains(&format!("Indicators, {clicked}: 3 with a value")),
        "{screen}"
    );
}
