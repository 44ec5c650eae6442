//! The Cooperation pane on a dataset with GDELT's monthly counts (the small test dataset):
//! whole screens and zoomed at 80x24 and 120x40, readable without colour and in ASCII, the
//! line switching measure, the month cursor, gaps, and no pane without the table.

use crate::screen;

use std::path::Path;

use screen::{render, text};

use bilat::data::Dataset;
use bilat::text::symbols::{ASCII, UNICODE};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use ratatui::style::Color;

fn minimal() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    Dataset::from_folder(&dir).unwrap()
}

fn app_with(theme: Theme, width: u16, height: u16) -> App {
    screen::app_of(minimal(), theme, width, height)
}

fn app(width: u16, height: u16) -> App {
    app_with(screen::dark(), width, height)
}

/// The dashboard with the linked year on 2021, the year of the cooperation table.
fn in_2021(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    // The trade cursor starts on 2023, its latest figure.
    app.apply(Action::Left);
    app.apply(Action::Left);
    assert_eq!(app.linked_year(), Some(2021));
    app
}

fn zoomed(width: u16, height: u16) -> App {
    let mut app = in_2021(width, height);
    app.apply(Action::FocusPane(6));
    app.apply(Action::Zoom);
    app
}

#[test]
fn whole_screen_with_the_pane_at_80x24_and_120x40() {
    insta::assert_snapshot!("screen_80x24", text(&render(&app(80, 24))));
    insta::assert_snapshot!("screen_120x40", text(&render(&app(120, 40))));
}

#[test]
fn zoomed_at_80x24_and_120x40() {
    insta::assert_snapshot!("zoomed_80x24", text(&render(&zoomed(80, 24))));
    insta::assert_snapshot!("zoomed_120x40", text(&render(&zoomed(120, 40))));
}

#[test]
fn the_cursor_starts_on_the_latest_month_and_a_month_without_events_is_a_gap() {
    let mut app = zoomed(120, 40);
    let screen = text(&render(&app));
    assert!(
        screen.contains(
            "2021-06: 8 events, net +1.00, Goldstein +4.75, tone +3.10 (of 420000 in all)"
        ),
        "{screen}"
    );
    assert!(
        screen.contains("Source: Example Wire, \"Reports\" (2023)"),
        "{screen}"
    );
    app.apply(Action::Left);
    let screen = text(&render(&app));
    assert!(
        screen.contains("2021-05: no events between the pair"),
        "{screen}"
    );
    app.apply(Action::Left);
    let screen = text(&render(&app));
    assert!(
        screen.contains("2021-04: 4 events, net -0.50, Goldstein -3.10"),
        "{screen}"
    );
    // The first month is as far as the cursor goes.
    for _ in 0..5 {
        app.apply(Action::Left);
    }
    assert!(text(&render(&app)).contains("2021-03: 10 events"));
}

#[test]
fn w_switches_the_line_between_net_cooperation_and_goldstein() {
    let mut app = zoomed(80, 24);
    let screen = text(&render(&app));
    assert!(
        screen.contains("◆ net coop.") && screen.contains("+1 "),
        "{screen}"
    );
    app.apply(Action::CycleCooperationLine);
    let screen = text(&render(&app));
    assert!(
        screen.contains("◆ Goldstein") && screen.contains("+10"),
        "{screen}"
    );
    app.apply(Action::CycleCooperationLine);
    assert!(text(&render(&app)).contains("◆ net coop."));
}

#[test]
fn the_month_cursor_links_its_year_to_the_other_panes() {
    let mut app = app(120, 40);
    app.apply(Action::FocusPane(6));
    assert_eq!(app.focus(), bilat::tui::panes::cooperation::ID);
    // It took the trade cursor's year, 2023, where the table has no month.
    assert_eq!(app.linked_year(), Some(2023));
    assert!(text(&render(&app)).contains("2023-12: no figures"));
    // The first step lands on the table's latest month, and the other charts follow.
    app.apply(Action::Left);
    assert_eq!(app.linked_year(), Some(2021));
    assert_eq!(app.charts().year(bilat::tui::panes::trade::ID), 2021);
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2021);
}

#[test]
fn without_colour_and_in_ascii_the_quad_classes_keep_their_own_fills() {
    let mut app = app_with(
        Theme::new(Background::Dark, ColorDepth::None, UNICODE),
        120,
        40,
    );
    app.apply(Action::FocusPane(6));
    app.apply(Action::Zoom);
    let buf = render(&app);
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    let screen = text(&buf);
    assert!(screen.contains("█1 ▓2 ▒3 ░4"), "{screen}");

    let mut app = app_with(
        Theme::new(Background::Dark, ColorDepth::Ansi16, ASCII),
        80,
        24,
    );
    app.apply(Action::Left);
    app.apply(Action::Left);
    app.apply(Action::FocusPane(6));
    app.apply(Action::Zoom);
    let screen = text(&render(&app));
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("o net coop. #1 =2 +3 .4"), "{screen}");
    insta::assert_snapshot!("zoomed_ascii_80x24", screen);
}

#[test]
fn a_dataset_without_the_table_has_no_cooperation_pane() {
    let app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
    let screen = text(&render(&app));
    assert!(!screen.contains("Cooperation"), "{screen}");
}

#[test]
fn tiny_sizes_never_panic() {
    for (w, h) in [(0, 0), (1, 1), (10, 5), (30, 8), (80, 10)] {
        render(&zoomed(w, h));
        render(&app(w, h));
    }
}

#[test]
fn a_click_on_a_month_moves_the_cursor_there() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = zoomed(80, 24);
    let screen = text(&render(&app));
    // April's point is the one below the zero line.
    let zero = screen.lines().position(|l| l.contains("0  ····")).unwrap();
    let (row, line) = screen
        .lines()
        .enumerate()
        .skip(zero + 1)
        .find(|(_, l)| l.contains('◆'))
        .unwrap();
    let column = line.chars().position(|c| c == '◆').unwrap();
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: column as u16,
        row: row as u16,
        modifiers: KeyModifiers::NONE,
    });
    bilat::tui::terminal::pointer::handle_event(&mut app, &click);
    let screen = text(&render(&app));
    assert!(screen.contains("2021-04: 4 events"), "{screen}");
}

#[test]
fn enter_opens_the_cursor_months_whole_record() {
    let mut app = in_2021(120, 40);
    app.apply(Action::FocusPane(6));
    app.apply(Action::Left);
    app.apply(Action::Left);
    app.apply(Action::Details);
    let screen = text(&render(&app));
    for part in [
        "GDELT events between the pair: 2021-04",
        "Quad class 3:",
        "2 verbal conflict",
        "Net cooperation:",
        "-0.5000",
        "All GDELT events:",
        "410,000",
        "Example Wire",
    ] {
        assert!(screen.contains(part), "{part}: {screen}");
    }
}
