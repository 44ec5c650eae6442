//! Two pairs compared: V hands the keys over without moving either pair on screen, a record
//! names the pair it is of, and each pair's exercises open as a full list.

use crate::screen;

use bilat::data::{Bundled, Dataset, Origin};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;

fn compared(w: u16, h: u16) -> App {
    let load = |name| Dataset::load(Origin::Bundled(Bundled::find(name).unwrap())).unwrap();
    let mut app = screen::app_of(load("india-russia"), screen::dark(), w, h);
    app.opened(Ok(load("russia-china")), true);
    app
}

/// The screen's rows whose title bar names a pair, top to bottom, left to right.
fn pairs_in_order(screen: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    // Titles, or codes where every pane of both shares the width.
    for (pair, codes) in [("India–Russia", "IND–RUS"), ("Russia–China", "RUS–CHN")] {
        for (i, line) in screen.lines().enumerate().skip(1) {
            // The title bar: ` 1 Trade ● India–Russia `, the glyph being the pair's.
            if let Some(col) = line
                .find(&format!(" {pair} "))
                .or_else(|| line.find(&format!(" {codes} ")))
                .filter(|_| line.contains(" Trade "))
            {
                found.push((i * 1000 + col, pair));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

#[test]
fn v_hands_over_the_keys_without_moving_the_pairs() {
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let mut app = compared(w, h);
        let before = screen::text(&screen::render(&app));
        let order = pairs_in_order(&before);
        assert_eq!(
            order,
            ["India–Russia", "Russia–China"],
            "{w}x{h}:\n{before}"
        );
        let first = app.current();
        app.apply(Action::SwapCompared);
        assert_ne!(app.current(), first, "V gives the keys to the other pair");
        let after = screen::text(&screen::render(&app));
        assert_eq!(pairs_in_order(&after), order, "{w}x{h}:\n{after}");
        // The header names them in the same order.
        let header = after.lines().next().unwrap_or_default().to_string();
        assert!(header.contains("India–Russia vs Russia–China"), "{header}");
    }
}

#[test]
fn a_compared_record_names_its_pair() {
    let mut app = compared(120, 40);
    app.apply(Action::Details);
    let screen = screen::text(&screen::render(&app));
    assert!(screen.contains("India–Russia: Trade, "), "{screen}");
    app.apply(Action::Back);
    app.apply(Action::SwapCompared);
    app.apply(Action::Details);
    let screen = screen::text(&screen::render(&app));
    assert!(screen.contains("Russia–China: Trade, "), "{screen}");
}

#[test]
fn compared_exercises_open_as_full_lists() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = compared(w, h);
        app.apply(Action::FocusPane(3));
        let screen = screen::text(&screen::render(&app));
        // Under each list's column header, rows of exercises fill the list: no row of a
        // year followed by blank rows while earlier exercises wait above.
        let lines: Vec<&str> = screen.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.contains(" Year ") && line.contains("Name") {
                let second = lines.get(i + 2).copied().unwrap_or_default();
                let year = second.trim_start_matches(['│', ' ', '▸']);
                assert!(
                    year.starts_with(|c: char| c.is_ascii_digit()),
                    "{w}x{h}: a blank row under the list's first:\n{screen}"
                );
            }
        }
    }
}
