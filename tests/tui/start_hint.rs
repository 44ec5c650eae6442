//! The start hint: the dashboard's footer names the help key until the first key, never
//! over an error or a message, and a printed screen (`bilat render`) has none.

use crate::common;
use crate::screen;

use bilat::data::Dataset;
use bilat::tui::app::App;
use crossterm::event::{Event, KeyCode, KeyEvent};
use screen::{render, text};

const HINT: &str = " Press ? for help and what the marks mean   q quit";

/// The dashboard as it starts, at `width`x24.
fn started(width: u16) -> App {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), width, 24);
    app.set_start_hint(true);
    app
}

fn footer(app: &App) -> String {
    text(&render(app)).lines().last().unwrap().to_string()
}

fn key(app: &mut App, code: KeyCode) -> bool {
    app.handle_event(&Event::Key(KeyEvent::from(code))).redraw
}

#[test]
fn the_hint_fits_80_columns_and_goes_with_the_first_key() {
    let mut app = started(80);
    let buf = render(&app);
    let line = footer(&app);
    assert_eq!(line.trim_end(), HINT);
    // The key names are drawn as keys elsewhere in the footer are.
    let at = HINT.find('?').unwrap() as u16;
    assert_eq!(buf[(at, 23)].style().fg, app.theme().key.fg);
    // A key bound to nothing still takes the hint away, and asks for the frame that shows so.
    assert!(key(&mut app, KeyCode::Char('x')));
    let line = footer(&app);
    assert!(!line.contains("Press ?"), "{line}");
    assert!(line.contains("h/l move"), "{line}");
}

#[test]
fn a_message_or_an_error_is_never_covered() {
    let mut app = started(120);
    app.set_config_error(Some(
        "bilat.toml:2:9: ui.mouse: expected true or false".into(),
    ));
    let line = footer(&app);
    assert!(
        line.contains("kept the last good data: bilat.toml:2:9"),
        "{line}"
    );
    assert!(!line.contains("Press ?"), "{line}");
    app.set_config_error(None);
    app.set_status(Some(bilat::tui::app::Status {
        text: "match 1 of 3".into(),
        warning: false,
    }));
    assert_eq!(footer(&app).trim(), "match 1 of 3");
    assert!(app.start_hint(), "the hint waits for the first key");
}

#[test]
fn the_hint_names_the_keys_as_configured() {
    let mut app = started(80);
    let overrides = [("help", "f1"), ("quit", "x")]
        .map(|(action, key)| (action.to_string(), vec![key.to_string()]));
    app.set_keys(
        bilat::tui::input::keys::KeyMap::new(
            &overrides.into_iter().collect(),
            &app.registry().keys(),
        )
        .unwrap(),
    );
    let line = footer(&app);
    let help = app
        .keys()
        .first(bilat::tui::input::action::Action::Help)
        .unwrap();
    assert!(
        line.starts_with(&format!(" Press {help} for help")),
        "{line}"
    );
    assert_ne!(help, "?");
    assert!(line.contains("x quit"), "{line}");
}

#[test]
fn a_printed_screen_has_no_hint() {
    let app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 80, 24);
    assert!(!footer(&app).contains("Press ?"));
    let tmp = tempfile::tempdir().unwrap();
    let out = common::bilat(&["render", "--size", "80x24", "--footer"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let screen = common::stdout(&out);
    assert!(screen.contains("? help"), "the footer is there: {screen}");
    assert!(!screen.contains("Press ?"), "{screen}");
}
