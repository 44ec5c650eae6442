//! The details under the exercises list and the timeline, and the record Enter opens, always
//! name the selected row, whatever the sort, filter or search put before it.

use crate::panes_read;
use crate::screen;

use bilat::data::{BUNDLED, Dataset, Exercise, Origin};
use bilat::report::record::Subject;
use bilat::tui::input::action::Action;
use screen::render;

fn bundled(name: &str) -> Dataset {
    let b = BUNDLED.iter().find(|b| b.name == name).unwrap();
    Dataset::load(Origin::Bundled(b)).unwrap()
}

/// The rows under the exercises list that describe the selected exercise.
fn exercise_details(buf: &ratatui::buffer::Buffer) -> Vec<String> {
    let pane = panes_read::pane(buf, "3 Exercises").expect("the exercises pane is drawn");
    let rows = pane.inner_rows(buf);
    let lines = match rows.len() {
        0..=6 => 0,
        7..=14 => 2,
        _ => 4,
    };
    rows[rows.len() - lines..].to_vec()
}

/// The first line of an exercise's details: its dates, then its place.
fn dates_of(e: &Exercise) -> String {
    match e.end {
        Some(end) => format!("{}–{end}", e.start),
        None => e.start.to_string(),
    }
}

#[test]
fn after_a_sort_the_details_describe_the_exercise_still_selected() {
    let data = bundled("russia-china");
    let mut app = screen::app_of(data, screen::dark(), 120, 40);
    app.apply(Action::FocusPane(3));
    let before = app.view().exercises.selected().unwrap();
    let wanted = app.data().exercises[before].clone();
    for sort in [Action::SortNext, Action::SortReverse, Action::SortNext] {
        app.apply(sort);
        let buf = render(&app);
        let details = exercise_details(&buf);
        assert!(
            details[0].starts_with(&format!("{} ", dates_of(&wanted))),
            "after {sort:?} the details show {details:?}, not {} ({})",
            wanted.name,
            dates_of(&wanted)
        );
        assert!(details[0].contains(&wanted.location[..12]), "{details:?}");
        // The record Enter opens is of the same exercise.
        assert_eq!(app.selected_subject(), Some(Subject::Exercise(before)));
    }
}

/// Types `keys` as the user would, one key event each.
fn type_keys(app: &mut bilat::tui::app::App, keys: &str) {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        app.handle_event(&Event::Key(KeyEvent::from(code)));
    }
}

#[test]
fn after_a_filter_the_details_describe_the_row_selected() {
    let data = bundled("russia-china");
    let mut app = screen::app_of(data, screen::dark(), 80, 24);
    app.apply(Action::FocusPane(3));
    type_keys(&mut app, "fdomain naval\n");
    assert!(app.view().exercises.filter.is_some());
    for step in [Action::Top, Action::Down, Action::Down] {
        app.apply(step);
        let i = app.view().exercises.selected().unwrap();
        let wanted = &app.data().exercises[i];
        assert!(wanted.domain.split('/').any(|d| d == "naval"));
        let details = exercise_details(&render(&app));
        assert!(
            details[0].starts_with(&format!("{} ", dates_of(wanted))),
            "{details:?} for {}",
            wanted.name
        );
    }
}
