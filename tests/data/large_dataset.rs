//! Large event files load, sort, search and scroll correctly (timings live in the benches).

use crate::common;

use std::fmt::Write;

use bilat::data::{Dataset, Origin};
use bilat::text::symbols::UNICODE;
use bilat::tui::app::{App, AppOptions, Effect};
use bilat::tui::input::action::Action;
use bilat::tui::input::keys::KeyMap;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use ratatui::layout::Rect;

const EVENTS: usize = 60_000;

/// A dataset whose events come in scrambled order; event `i` has the title `Event <i>`, is
/// dated in year 1950 + i / 1000, and one of them holds the word "needle".
fn scrambled(dir: &std::path::Path) {
    common::copy_tree(&common::fixtures().join("valid/minimal"), dir);
    let mut csv =
        String::from("date,category,title,description,quality,note,source_ids,source_text\n");
    let categories = ["political", "diplomatic", "border", "military", "economic"];
    for k in 0..EVENTS {
        // A fixed permutation of 0..EVENTS (EVENTS and 7919 share no factor).
        let i = k * 7919 % EVENTS;
        let year = 1950 + i / 1000;
        let day = 1 + i % 28;
        let category = categories[i % categories.len()];
        let description = if i == 4242 {
            "A needle in the haystack."
        } else {
            "Routine talks."
        };
        writeln!(
            csv,
            "{year}-01-{day:02},{category},Event {i},{description},,,,Wire {i}"
        )
        .unwrap();
    }
    std::fs::write(dir.join("events.csv"), csv).unwrap();
}

#[test]
fn a_scrambled_file_loads_in_date_order_with_every_field_intact() {
    let tmp = tempfile::tempdir().unwrap();
    scrambled(tmp.path());
    let data = Dataset::from_folder(tmp.path()).unwrap();
    assert_eq!(data.events.len(), EVENTS);
    let dates: Vec<_> = data.events.iter().map(|e| e.date()).collect();
    assert!(dates.is_sorted());
    for e in data.events.iter().step_by(997) {
        let i: usize = e.title()["Event ".len()..].parse().unwrap();
        assert_eq!(e.source_text(), format!("Wire {i}"));
        assert_eq!(e.date().year() as usize, 1950 + i / 1000);
    }
}

#[test]
fn the_staged_loader_reports_progress_and_gives_the_same_events() {
    let tmp = tempfile::tempdir().unwrap();
    scrambled(tmp.path());
    let whole = Dataset::from_folder(tmp.path()).unwrap();
    let (staged, loader) = Dataset::load_staged(Origin::Folder(tmp.path().into())).unwrap();
    assert!(staged.events.is_empty());
    let mut last = (0, 0);
    let events = loader
        .load(&mut |read, total| last = (read, total))
        .unwrap();
    assert_eq!(events, whole.events);
    assert!(
        last.0 > 0 && last.0 == last.1,
        "progress ends at the whole file: {last:?}"
    );
}

fn app(data: Dataset) -> App {
    let options = AppOptions {
        theme: Theme::new(Background::Dark, ColorDepth::None, UNICODE),
        keys: KeyMap::default(),
        mouse: false,
        bars: false,
        newest_first: true,
        registry: bilat::tui::panes::registry(),
    };
    App::new(data, options, Rect::new(0, 0, 120, 40))
}

#[test]
fn scrolling_searching_and_filtering_reach_every_event() {
    let tmp = tempfile::tempdir().unwrap();
    scrambled(tmp.path());
    let mut app = app(Dataset::from_folder(tmp.path()).unwrap());
    app.apply(Action::FocusPane(4));
    app.apply(Action::Bottom);
    assert_eq!(app.view().timeline.cursor.selected, EVENTS - 1);
    assert_eq!(
        app.view().timeline.selected(),
        Some(0),
        "newest first: the oldest is last"
    );
    app.apply(Action::Top);
    app.apply(Action::PageDown);
    assert!(app.view().timeline.cursor.selected > 1);

    // Search runs as a job; here it is finished on the spot.
    app.apply(Action::Search);
    for c in "NEEDLE".chars() {
        let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
        app.handle_event(&crossterm::event::Event::Key(key));
    }
    let enter = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter);
    let mut effects = app
        .handle_event(&crossterm::event::Event::Key(enter))
        .effects;
    // The state asks the loop for a search; it runs here on the spot.
    let Some(Effect::Search(job)) = effects.pop() else {
        panic!("Enter on a search prompt asks for a search");
    };
    app.run_search(job);
    let found = app
        .data()
        .events
        .get(app.view().timeline.selected().unwrap());
    assert_eq!(found.title(), "Event 4242");
    assert_eq!(
        app.status().as_ref().map(|s| s.text.as_str()),
        Some("match 1 of 1 for \"NEEDLE\"")
    );

    // One category of five keeps a fifth of the rows, the selection among them.
    app.apply(Action::NextCategory);
    assert_eq!(app.view().timeline.rows.len(), EVENTS / 5);
    let selected = app
        .data()
        .events
        .get(app.view().timeline.selected().unwrap());
    assert_eq!(selected.category(), 0);
    assert_eq!(app.focus(), bilat::tui::panes::timeline::ID);
}
