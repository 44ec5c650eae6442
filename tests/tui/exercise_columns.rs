//! The exercises table's columns, read off the screen: each as wide as its content, dates and
//! places where there is room, and a side whose column is empty in every row said to be left
//! out.

use crate::screen;

use bilat::data::Dataset;
use screen::{render, text};

/// The header row of the exercises table and the pane's title, at `width`x`height`.
fn header(data: &Dataset, width: u16, height: u16, zoomed: bool) -> (String, String) {
    let mut app = screen::app_of(data.clone(), screen::dark(), width, height);
    if zoomed {
        app.zoom(bilat::tui::panes::exercises::ID);
    }
    let screen = text(&render(&app));
    let mut lines = screen.lines().skip_while(|l| !l.contains("3 Exercises"));
    let title = lines.next().unwrap().to_string();
    let header = lines.next().unwrap().to_string();
    (title, header)
}

/// Where each heading of `header` starts, in columns, with the heading.
fn headings(header: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = header.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let starts = !c.is_whitespace() && *c != '│' && (i == 0 || chars[i - 1] == ' ');
        if starts {
            let word: String = chars[i..]
                .iter()
                .take_while(|c| !c.is_whitespace())
                .collect();
            out.push((i, word.trim_end_matches('│').to_string()));
        }
    }
    out
}

#[test]
fn the_name_column_is_as_wide_as_the_names_and_dates_and_places_show_where_there_is_room() {
    let data = Dataset::bundled().unwrap();
    let longest = data
        .exercises
        .iter()
        .map(|e| bilat::text::fit::width(&e.name))
        .max()
        .unwrap();
    for (w, h, zoomed) in [(200, 55, false), (200, 55, true), (160, 40, true)] {
        let (_, header) = header(&data, w, h, zoomed);
        let cols = headings(&header);
        let name = cols.iter().position(|(_, h)| h == "Name").unwrap();
        let (at, next) = (cols[name].0, cols[name + 1].0);
        // No blank room carried: at most the longest name (within its cap) and a space.
        assert!(next - at <= longest.min(40) + 1, "{w}x{h}: {header}");
        if zoomed {
            let names: Vec<&str> = cols.iter().map(|(_, h)| h.as_str()).collect();
            assert!(names.contains(&"Dates"), "{w}x{h}: {header}");
            assert!(names.contains(&"Place"), "{w}x{h}: {header}");
            assert!(names.contains(&"Host"), "{w}x{h}: {header}");
        }
    }
}

#[test]
fn a_side_with_no_figures_is_said_to_be_left_out() {
    // Russia–China gives no Russian contingent for any exercise: no RUS column, and the
    // title says why.
    let data = Dataset::bundled().unwrap();
    assert!(data.exercises.iter().all(|e| e.personnel[0].is_none()));
    // Where the table has room for the sides: zoomed at 120x40, in place at 200x55.
    for (w, h, zoomed) in [(120, 40, true), (200, 55, false)] {
        let (title, header) = header(&data, w, h, zoomed);
        assert!(title.contains("no RUS figures"), "{w}x{h}: {title}");
        assert!(!header.contains("RUS"), "{w}x{h}: {header}");
        assert!(header.contains("CHN"), "{w}x{h}: {header}");
    }
}

#[test]
fn the_column_menu_hides_and_shows_a_column() {
    use bilat::tui::input::action::Action;
    use crossterm::event::{Event, KeyCode, KeyEvent};
    let key = |app: &mut bilat::tui::app::App, code: KeyCode| {
        app.handle_event(&Event::Key(KeyEvent::from(code)));
    };
    let data = Dataset::bundled().unwrap();
    let mut app = screen::app_of(data, screen::dark(), 200, 55);
    app.zoom(bilat::tui::panes::exercises::ID);
    let header_of = |app: &bilat::tui::app::App| {
        let screen = text(&render(app));
        let mut lines = screen.lines().skip_while(|l| !l.contains("3 Exercises"));
        lines.nth(1).unwrap().to_string()
    };
    assert!(header_of(&app).contains("Host"));
    app.apply(Action::PickColumns);
    let menu = text(&render(&app));
    assert!(menu.contains("Exercise columns"), "{menu}");
    assert!(menu.contains("● host"), "{menu}");
    // Typing narrows the menu to the host; Enter hides it and the menu stays open on it.
    for c in "host".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    let menu = text(&render(&app));
    assert!(menu.contains("  host"), "{menu}");
    assert!(!menu.contains("● host"), "{menu}");
    key(&mut app, KeyCode::Esc);
    let header = header_of(&app);
    assert!(!header.contains("Host"), "{header}");
    assert!(header.contains("Place"), "{header}");
    // And again: shown.
    app.apply(Action::PickColumns);
    for c in "host".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert!(header_of(&app).contains("Host"));
}
