//! The arms pane: SIPRI TIV delivered per year, stacked by supplier, a mark on years whose
//! deliveries have no TIV, the cursor year's deals under the chart, and the year cursor
//! linked to the other panes; at 80x24 and 120x40, whole screen and zoomed, without colour
//! and in ASCII.

use crate::screen;

use bilat::data::Dataset;
use bilat::text::symbols::{ASCII, UNICODE};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::style::Modifier;
use screen::{render, text};

/// The minimal dataset, whose deals have TIV figures, with the arms pane in focus.
fn arms_app(theme: Theme, width: u16, height: u16) -> App {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    let mut app = screen::app_of(Dataset::from_folder(&dir).unwrap(), theme, width, height);
    app.apply(Action::FocusPane(4));
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), bilat::tui::panes::arms::ID);
    app
}

#[test]
fn the_arms_pane_at_80x24() {
    let mut app = arms_app(screen::dark(), 80, 24);
    app.apply(Action::Left);
    app.apply(Action::Left);
    insta::assert_snapshot!(text(&render(&app)));
}

#[test]
fn the_arms_pane_at_120x40() {
    let mut app = arms_app(screen::dark(), 120, 40);
    app.apply(Action::Left);
    app.apply(Action::Left);
    insta::assert_snapshot!(text(&render(&app)));
}

#[test]
fn the_arms_pane_zoomed_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = arms_app(screen::dark(), w, h);
        app.apply(Action::Zoom);
        insta::assert_snapshot!(format!("zoomed_{w}x{h}"), text(&render(&app)));
    }
}

#[test]
fn tiv_is_said_to_be_a_volume_index_not_money() {
    let app = arms_app(screen::dark(), 200, 40);
    let screen = text(&render(&app));
    // The pane is narrow beside three others: the short form still says it.
    assert!(screen.contains("TIV, not money"), "{screen}");
    assert!(screen.contains("TIV is not money"), "{screen}");
}

#[test]
fn the_cursor_year_lists_its_deals_and_the_tiv_spread_over_delivery_years() {
    let mut app = arms_app(screen::dark(), 200, 40);
    // The cursor starts on the latest delivery, 2023, a deal without a TIV.
    let screen = text(&render(&app));
    assert!(
        screen.contains("2023: 1 deal delivered, TIV unknown"),
        "{screen}"
    );
    assert!(screen.contains("▸ delivered: Storm-1"), "{screen}");
    // 2021: half of Wave-2's 60 TIV of deliveries (2020 and 2021), and Storm-1 ordered.
    app.apply(Action::Left);
    app.apply(Action::Left);
    let screen = text(&render(&app));
    assert!(
        screen.contains("2021: 30 m TIV delivered, 1 ordered"),
        "{screen}"
    );
    assert!(screen.contains("▸ delivered: Wave-2"), "{screen}");
    assert!(screen.contains("▸ ordered: Storm-1"), "{screen}");
}

#[test]
fn zoomed_a_deal_shows_its_tiv_note_and_source() {
    let mut app = arms_app(screen::dark(), 120, 40);
    app.apply(Action::Zoom);
    let screen = text(&render(&app));
    assert!(screen.contains("Storm-1 (surface-to-air missile system), LEM to ATL: 2? ordered in 2021?, 1 delivered in 2023 [disputed]"), "{screen}");
    assert!(screen.contains("TIV: not known"), "{screen}");
    assert!(screen.contains("Reported value: USD 0.5 bn"), "{screen}");
    assert!(
        screen.contains("Note: Other Wire says three systems; no TIV found"),
        "{screen}"
    );
    assert!(
        screen.contains("Source: Example Wire, \"Reports\" (2023)"),
        "{screen}"
    );
}

#[test]
fn the_arms_years_are_linked_to_the_other_panes() {
    let mut app = arms_app(screen::dark(), 120, 40);
    app.apply(Action::Left);
    app.apply(Action::Left);
    assert_eq!(app.linked_year(), Some(2021));
    // The timeline follows the cursor into its year.
    let v = app.view();
    let selected = v.timeline.selected().unwrap();
    assert_eq!(v.data.events.date(selected).year(), 2021);
    // A click on a year's slot moves the cursor there.
    let area = app.pane_area(bilat::tui::panes::arms::ID);
    let geometry_row = area.y + area.height / 3;
    let mut found = None;
    for x in area.x + 1..area.x + area.width - 1 {
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: geometry_row,
            modifiers: KeyModifiers::NONE,
        });
        bilat::tui::terminal::pointer::handle_event(&mut app, &click);
        if app.charts().year(bilat::tui::panes::arms::ID) == 2020 {
            found = Some(x);
            break;
        }
    }
    assert!(found.is_some(), "no column of the chart is 2020");
}

#[test]
fn without_colour_the_cursor_bar_is_reversed_and_the_marks_are_glyphs() {
    let mut app = arms_app(
        Theme::new(Background::Dark, ColorDepth::None, UNICODE),
        120,
        40,
    );
    app.apply(Action::Left);
    app.apply(Action::Left);
    let buf = render(&app);
    let screen = text(&buf);
    let reversed = buf
        .content()
        .iter()
        .any(|c| c.symbol() == "█" && c.modifier.contains(Modifier::REVERSED));
    assert!(reversed, "{screen}");
    assert!(screen.contains('◇'), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn ascii_mode_draws_the_arms_pane_in_ascii() {
    let mut app = arms_app(
        Theme::new(Background::Dark, ColorDepth::Ansi16, ASCII),
        80,
        24,
    );
    app.apply(Action::Zoom);
    let screen = text(&render(&app));
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("not money # LEM o no TIV"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn tiny_areas_do_not_panic() {
    for (w, h) in [(0, 0), (1, 1), (80, 24), (81, 25)] {
        let mut app = arms_app(screen::dark(), 120, 40);
        app.set_area(ratatui::layout::Rect::new(0, 0, w, h));
        app.apply(Action::Zoom);
        let _ = render(&app);
    }
}

#[test]
fn enter_opens_the_years_deals_in_full_with_tiv_called_a_volume_index() {
    let mut app = arms_app(screen::dark(), 120, 40);
    app.apply(Action::Left);
    app.apply(Action::Left);
    app.apply(Action::Details);
    let screen = text(&render(&app));
    assert!(
        screen.contains("Arms, 2021: 2 deals ordered or delivered"),
        "{screen}"
    );
    assert!(screen.contains("Wave-2, LEM to ATL"), "{screen}");
    assert!(
        screen.contains("deliveries 60 (millions; SIPRI's volume index, not"),
        "{screen}"
    );
    assert!(screen.contains("Example Wire"), "{screen}");
}

#[test]
fn without_any_tiv_the_bars_count_the_deals_delivered_and_say_so() {
    // The bundled Russia–China deals give no TIV: the chart counts deals instead of standing
    // empty, and the title and notes say it is a count.
    let data = Dataset::bundled().unwrap();
    assert!(data.derived.arms.iter().all(|a| a.with_tiv == 0));
    let mut years: Vec<(i32, u32)> = Vec::new();
    for a in &data.derived.arms {
        match years.last_mut() {
            Some((y, n)) if *y == a.year => *n += a.without_tiv,
            _ => years.push((a.year, a.without_tiv)),
        }
    }
    let busiest = years.iter().map(|(_, n)| *n).max().unwrap();
    let mut app = screen::app_of(data, screen::dark(), 200, 55);
    app.zoom(bilat::tui::panes::arms::ID);
    let screen = text(&render(&app));
    let title = screen.lines().find(|l| l.contains("5 Arms")).unwrap();
    assert!(
        title.contains("deals delivered (count; no TIV figures)"),
        "{title}"
    );
    assert!(!title.contains("no TIV ◇"), "{title}");
    assert!(
        screen.contains("Bars count the deals delivered each year"),
        "{screen}"
    );
    // The tallest bar's count stands over it, read back off the screen.
    let counts: Vec<u32> = screen
        .lines()
        .skip(2)
        .flat_map(|l| l.split(|c: char| !c.is_ascii_digit()))
        .filter(|w| (1..=2).contains(&w.len()))
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(counts.iter().max(), Some(&busiest), "{screen}");
}
