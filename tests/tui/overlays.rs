//! The boxes over the dashboard (help, record, switcher, filter menu) as a user sees them at
//! 80x24, 120x40 and 200x55: the help as wide as the screen allows with nothing cut, a
//! position and a search; the switcher's columns whole; and no strip of the pane behind
//! left at any box's edge.

use crate::screen;

use crossterm::event::{Event, KeyCode, KeyEvent};
use screen::{render, text};

use bilat::data::Dataset;
use bilat::tui::app::App;
use bilat::tui::input::action::{Action, key_table};
use ratatui::buffer::Buffer;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 55)];

fn app(width: u16, height: u16) -> App {
    screen::app_of(Dataset::bundled().unwrap(), screen::dark(), width, height)
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::from(code)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The titles the boxes carry.
const TITLES: [&str; 4] = [
    "┌ Help: keys ",
    "┌ Record ",
    "┌ Datasets ",
    "┌ Show events ",
];

/// The box whose frame's top is on `row`, found by its title, as (left, right) columns.
fn box_edges(buf: &Buffer, row: u16) -> (u16, u16) {
    let cells: Vec<&str> = (0..buf.area.width)
        .map(|x| buf[(x, row)].symbol())
        .collect();
    let left = (0..cells.len())
        .find(|&x| {
            TITLES.iter().any(|t| {
                let n = t.chars().count();
                x + n <= cells.len() && cells[x..x + n].concat() == *t
            })
        })
        .unwrap_or_else(|| panic!("no box: {}", cells.concat())) as u16;
    let right = (left..buf.area.width)
        .find(|&x| buf[(x, row)].symbol() == "┐")
        .unwrap();
    (left, right)
}

/// The text inside the box whose frame's top is on row 1.
fn inside_box(buf: &Buffer) -> String {
    let (left, right) = box_edges(buf, 1);
    let mut out = String::new();
    for y in 2..buf.area.height - 2 {
        for x in left + 1..right {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The help's text, every screen of it, scrolled through with j.
fn all_help(app: &mut App) -> String {
    let mut seen = String::new();
    for _ in 0..200 {
        seen.push_str(&inside_box(&render(app)));
        app.apply(Action::Down);
    }
    seen
}

#[test]
fn the_help_cuts_no_line_and_widens_with_the_screen() {
    let mut widths = Vec::new();
    for (w, h) in SIZES {
        let mut app = app(w, h);
        app.apply(Action::Help);
        let buf = render(&app);
        let (left, right) = box_edges(&buf, 1);
        widths.push(right - left + 1);
        let seen = all_help(&mut app);
        let words: Vec<&str> = seen
            .split(|c: char| c.is_whitespace() || c == '│')
            .filter(|w| !w.is_empty())
            .collect();
        for info in key_table(&app.registry().keys()) {
            let wanted: Vec<&str> = info.help.split_whitespace().collect();
            assert!(
                words.windows(wanted.len()).any(|x| x == wanted.as_slice()),
                "{w}x{h}: \"{}\" is cut",
                info.help
            );
        }
        assert!(!seen.contains('…'), "{w}x{h}: a help line ends cut");
    }
    assert_eq!(widths[0], 80, "at 80 columns the help takes the width");
    assert!(
        widths[2] > 100,
        "at 200 columns the help widens: {widths:?}"
    );
}

#[test]
fn the_help_says_where_it_is_and_searches() {
    let mut app = app(80, 24);
    app.apply(Action::Help);
    let first = text(&render(&app));
    let top = first.lines().nth(1).unwrap();
    assert!(top.contains("lines 1–20 of "), "{top}");
    app.apply(Action::Down);
    let top = text(&render(&app)).lines().nth(1).unwrap().to_string();
    assert!(top.contains("lines 2–21 of "), "{top}");

    // `/` then a word and Enter: the view goes to the first line holding it.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "pane");
    let typing = text(&render(&app));
    assert!(typing.contains("/pane"), "{typing}");
    key(&mut app, KeyCode::Enter);
    let screen = text(&render(&app));
    assert!(screen.contains("\"pane\": match 1 of "), "{screen}");
    assert!(screen.contains("▶  tab"), "{screen}");

    // n steps to the next match and wraps around; N goes back.
    typed(&mut app, "n");
    let second = text(&render(&app));
    assert!(second.contains("match 2 of "), "{second}");
    typed(&mut app, "N");
    assert!(text(&render(&app)).contains("match 1 of "));

    // Esc leaves the search, the help stays; Esc again closes it.
    key(&mut app, KeyCode::Esc);
    let after = text(&render(&app));
    assert!(
        after.contains("Help: keys") && !after.contains("match 1 of"),
        "{after}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.help().is_none());
}

#[test]
fn a_search_that_finds_nothing_says_so() {
    let mut app = app(120, 40);
    app.apply(Action::Help);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "zzzq");
    key(&mut app, KeyCode::Enter);
    let screen = text(&render(&app));
    assert!(screen.contains("\"zzzq\": no match"), "{screen}");
    assert!(
        screen.contains("nothing in the help matches \"zzzq\""),
        "{screen}"
    );
}

/// Every cell around the box whose frame starts at `top`: the screen's edge, or blank.
fn assert_no_strip(buf: &Buffer, what: &str) {
    let (left, right) = box_edges(buf, 1);
    let bottom = (2..buf.area.height)
        .find(|&y| buf[(left, y)].symbol() == "└")
        .unwrap();
    let size = format!("{}x{}", buf.area.width, buf.area.height);
    for y in 1..=bottom {
        for x in [left.checked_sub(1), Some(right + 1)].into_iter().flatten() {
            if x < buf.area.width {
                assert_eq!(buf[(x, y)].symbol(), " ", "{what} at {size}: ({x}, {y})");
            }
        }
    }
    if bottom + 1 < buf.area.height - 1 {
        for x in left..=right {
            assert_eq!(
                buf[(x, bottom + 1)].symbol(),
                " ",
                "{what} at {size}: below, {x}"
            );
        }
    }
}

#[test]
fn no_box_leaves_a_strip_of_the_pane_behind_at_its_edges() {
    for (w, h) in SIZES {
        let mut help = app(w, h);
        help.apply(Action::Help);
        assert_no_strip(&render(&help), "help");

        let mut record = app(w, h);
        record.apply(Action::FocusPane(4));
        record.apply(Action::Details);
        assert_no_strip(&render(&record), "record");

        let mut switcher = app(w, h);
        switcher.apply(Action::SwitchDataset);
        assert_no_strip(&render(&switcher), "switcher");

        let mut menu = app(w, h);
        menu.apply(Action::FocusPane(4));
        menu.apply(Action::PickFilter);
        assert!(menu.menu().is_some());
        assert_no_strip(&render(&menu), "menu");
    }
}

#[test]
fn the_switcher_shows_where_each_dataset_comes_from_whole() {
    use bilat::data::{Bundled, Origin};
    for (w, h) in SIZES {
        let mut app = app(w, h);
        // The library as bilat lists it, each described once read.
        app.set_library(
            ["russia-china", "india-russia", "china-pakistan"]
                .iter()
                .map(|name| {
                    let origin = Origin::Bundled(Bundled::find(name).unwrap());
                    bilat::tui::app::Choice {
                        name: name.to_string(),
                        place: format!("bundled (data/{name})"),
                        about: bilat::tui::app::describe(&Dataset::load(origin.clone()).unwrap()),
                        origin,
                    }
                })
                .collect(),
        );
        app.apply(Action::SwitchDataset);
        let screen = text(&render(&app));
        for place in [
            "bundled (data/russia-china)",
            "bundled (data/india-russia)",
            "bundled (data/china-pakistan)",
        ] {
            assert!(screen.contains(place), "{w}x{h}: {place} cut\n{screen}");
        }
        if w >= 120 {
            assert!(
                screen.contains("India (IND) – Russia (RUS), 1996–2025"),
                "{w}x{h}: the description is cut with room to spare\n{screen}"
            );
        }
    }
}
