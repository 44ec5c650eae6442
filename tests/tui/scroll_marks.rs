//! Where each list stands, read off the screen: the position (`12/45`) and `▲`/`▼` exactly
//! where rows lie above or below the window shown, in the exercises and timeline titles and
//! under the zoomed meetings and arms lists.

use crate::screen;

use bilat::data::Dataset;
use bilat::tui::input::action::Action;
use screen::{render, text};

/// The title of the pane named `name`, up to its top-right corner.
fn title(screen: &str, name: &str) -> String {
    let line = screen.lines().find(|l| l.contains(name)).unwrap();
    let from = &line[line.find(name).unwrap()..];
    from.split('┐').next().unwrap().to_string()
}

#[test]
fn the_list_titles_mark_rows_above_and_below() {
    for (pane, name) in [
        (bilat::tui::panes::exercises::ID, "3 Exercises"),
        (bilat::tui::panes::timeline::ID, "4 Timeline"),
    ] {
        let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
        app.set_focus(pane);
        app.apply(Action::Top);
        let top = title(&text(&render(&app)), name);
        assert!(
            top.contains(" 1/") && top.contains('▼') && !top.contains('▲'),
            "{top}"
        );
        app.apply(Action::HalfPageDown);
        app.apply(Action::HalfPageDown);
        app.apply(Action::HalfPageDown);
        let middle = title(&text(&render(&app)), name);
        assert!(middle.contains("▲▼"), "{middle}");
        app.apply(Action::Bottom);
        let bottom = title(&text(&render(&app)), name);
        assert!(bottom.contains('▲') && !bottom.contains('▼'), "{bottom}");
        let (k, n) = bottom
            .split_whitespace()
            .find_map(|w| w.split_once('/'))
            .unwrap();
        assert_eq!(k, n, "{bottom}");
    }
}

#[test]
fn the_zoomed_meetings_list_says_where_it_stands() {
    // 2024's India–Russia meetings overflow the zoomed pane at 80x24.
    let data = Dataset::load(bilat::data::Origin::Bundled(
        bilat::data::Bundled::find("india-russia").unwrap(),
    ))
    .unwrap();
    let mut app = screen::app_of(data, screen::dark(), 80, 24);
    app.zoom(bilat::tui::panes::meetings::ID);
    let first = text(&screen::drawn(&mut app));
    let line = first.lines().find(|l| l.contains("more lines")).unwrap();
    assert!(line.contains("lines 1–") && line.contains('▼'), "{first}");
    assert!(!line.contains('▲'), "{first}");
    for _ in 0..200 {
        app.apply(Action::Down);
    }
    let last = text(&render(&app));
    let line = last.lines().find(|l| l.contains("lines above")).unwrap();
    assert!(line.contains('▲') && !line.contains('▼'), "{last}");
    let (shown, len) = line
        .split_whitespace()
        .find_map(|w| w.split_once('/'))
        .unwrap();
    assert_eq!(shown.rsplit('–').next().unwrap(), len, "{last}");
}
