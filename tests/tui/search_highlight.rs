//! After a search, every row of the timeline that matches is marked in the gutter and the
//! words found in its title are in reverse video: in colour, without colour and in ASCII.

use crate::screen;

use bilat::data::Dataset;
use bilat::text::symbols::{ASCII, Symbols, UNICODE};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use screen::{render, search};

/// One list row as drawn: its screen line, its gutter cell, and the event it shows.
struct Row {
    y: u16,
    gutter: String,
    event: u32,
}

/// The timeline zoomed to the whole screen, after `/query`.
fn searched(depth: ColorDepth, symbols: Symbols, query: &str) -> App {
    let theme = Theme::new(Background::Dark, depth, symbols);
    let mut app = screen::app_of(Dataset::bundled().unwrap(), theme, 120, 40);
    app.apply(Action::FocusPane(4));
    app.apply(Action::Zoom);
    search(&mut app, query);
    app
}

/// The list's rows on screen: the first is the line whose date is the first visible row's.
fn rows(app: &App, buf: &Buffer) -> Vec<Row> {
    let v = app.view();
    let state = &v.timeline;
    let first = v.data.events.get(state.rows[state.cursor.offset] as usize);
    let date = first.date().to_string();
    let top = (0..buf.area.height)
        .find(|&y| {
            let cells: String = (2..12).map(|x| buf[(x, y)].symbol()).collect();
            cells == format!("{date:<10}")
        })
        .expect("the first visible row");
    (top..buf.area.height)
        .zip(&state.rows[state.cursor.offset..])
        .take_while(|&(y, _)| buf[(2u16, y)].symbol().starts_with(['1', '2']))
        .map(|(y, &event)| Row {
            y,
            gutter: buf[(1u16, y)].symbol().to_string(),
            event,
        })
        .collect()
}

/// The columns of row `y` from `x` whose cells are in reverse video.
fn reversed(buf: &Buffer, x: u16, y: u16) -> Vec<u16> {
    (x..buf.area.width - 1)
        .filter(|&x| buf[(x, y)].modifier.contains(Modifier::REVERSED))
        .collect()
}

/// Checks every visible row after a search for `query`, and returns how many rows show it in
/// their title.
fn check_rows(app: &App, query: &str, mark: &str, pointer: &str) -> usize {
    let buf = render(app);
    let v = app.view();
    let hits = bilat::tui::app::timeline::search(&v.data, query);
    let selected = v.timeline.rows[v.timeline.cursor.selected];
    let rows = rows(app, &buf);
    assert!(rows.len() > 20, "a screenful of rows");
    let mut shown = 0;
    let mut marked_elsewhere = 0;
    for row in &rows {
        let event = v.data.events.get(row.event as usize);
        let matched = hits.binary_search(&row.event).is_ok();
        let line: String = (0..buf.area.width)
            .map(|x| buf[(x, row.y)].symbol())
            .collect();
        // The selection keeps its pointer; every other row says whether it matches.
        let expected = match (row.event == selected, matched) {
            (true, _) => pointer,
            (false, true) => mark,
            (false, false) => " ",
        };
        assert_eq!(row.gutter, expected, "{line}");
        // After the date (the selection reverses it), reverse video is the words found.
        let lit = reversed(&buf, 12, row.y);
        let in_title = event.title().to_lowercase().contains(&query.to_lowercase());
        match in_title {
            true => {
                assert!(matched);
                let word: String = lit.iter().map(|&x| buf[(x, row.y)].symbol()).collect();
                assert_eq!(word.to_lowercase(), query.to_lowercase(), "{line}");
                shown += 1;
            }
            false => assert!(lit.is_empty(), "nothing lit: {line}"),
        }
        if matched && row.event != selected {
            marked_elsewhere += 1;
        }
    }
    assert!(marked_elsewhere >= 2, "other matches are marked too");
    shown
}

#[test]
fn every_match_is_marked_and_its_words_lit_in_colour() {
    // Putin: the selected match's title holds the word, other matches only their text.
    let app = searched(ColorDepth::Indexed256, UNICODE, "Putin");
    assert!(check_rows(&app, "Putin", "•", "▶") >= 1);
    // Power: several titles on screen hold it.
    let app = searched(ColorDepth::Indexed256, UNICODE, "power");
    assert!(check_rows(&app, "power", "•", "▶") >= 3);
    // The words found are in the theme's colour for them, bold: not the title's own style.
    let buf = render(&app);
    let lit = rows(&app, &buf)
        .iter()
        .find_map(|row| reversed(&buf, 12, row.y).first().map(|&x| (x, row.y)))
        .unwrap();
    let cell = &buf[lit];
    assert_eq!(cell.fg, Color::Indexed(214));
    assert!(cell.modifier.contains(Modifier::BOLD));
}

#[test]
fn without_colour_the_marks_and_reverse_video_still_show() {
    let app = searched(ColorDepth::None, UNICODE, "Putin");
    assert!(check_rows(&app, "Putin", "•", "▶") >= 1);
    let app = searched(ColorDepth::None, UNICODE, "power");
    assert!(check_rows(&app, "power", "•", "▶") >= 3);
    let buf = render(&app);
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert!(
                matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
                "no colour at {x},{y}: {cell:?}"
            );
        }
    }
}

#[test]
fn in_ascii_the_gutter_mark_is_a_plus() {
    let app = searched(ColorDepth::None, ASCII, "power");
    assert!(check_rows(&app, "power", "+", "*") >= 3);
}

#[test]
fn a_new_search_moves_the_marks_and_esc_clears_them() {
    let mut app = searched(ColorDepth::None, UNICODE, "Putin");
    search(&mut app, "Vostok");
    let buf = render(&app);
    let v = app.view();
    let hits = bilat::tui::app::timeline::search(&v.data, "Vostok");
    for row in rows(&app, &buf) {
        if row.gutter == "•" {
            assert!(hits.binary_search(&row.event).is_ok());
        }
    }
    app.apply(Action::Back); // out of zoom
    app.apply(Action::Back); // out of the search
    let buf = render(&app);
    let screen = screen::text(&buf);
    assert!(!screen.contains('•'), "{screen}");
}
