//! What the dashboard shows, rendered into ratatui's TestBackend: whole screens and each pane
//! zoomed, at 80x24 and 120x40, with colour, without (NO_COLOR) and in ASCII; driven by
//! actions; and at every size without a panic.

use crate::screen;

use screen::{render, text};

use bilat::data::Dataset;
use bilat::text::symbols::{ASCII, UNICODE};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use bilat::tui::ui;
use proptest::prelude::*;
use ratatui::style::{Color, Modifier};

fn app_with(theme: Theme, width: u16, height: u16) -> App {
    screen::app_of(Dataset::bundled().unwrap(), theme, width, height)
}

fn app(width: u16, height: u16) -> App {
    app_with(screen::dark(), width, height)
}

#[test]
fn four_panes_at_80x24() {
    insta::assert_snapshot!(text(&render(&app(80, 24))));
}

#[test]
fn four_panes_at_120x40() {
    insta::assert_snapshot!(text(&render(&app(120, 40))));
}

#[test]
fn each_pane_zoomed_at_120x40() {
    // The bundled dataset has no cooperation table, so no Cooperation pane
    // (tests/tui/cooperation_pane.rs draws it).
    for spec in bilat::tui::panes::registry()
        .panes
        .iter()
        .filter(|p| p.needs.is_none())
    {
        let mut app = app(120, 40);
        app.set_focus(spec.id);
        app.apply(Action::Zoom);
        insta::assert_snapshot!(format!("zoomed_{}", spec.title), text(&render(&app)));
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let app = app_with(
        Theme::new(Background::Dark, ColorDepth::Ansi16, ASCII),
        80,
        24,
    );
    let screen = text(&render(&app));
    assert!(screen.is_ascii(), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn without_colour_the_selection_and_series_stay_distinguishable() {
    let mut app = app_with(
        Theme::new(Background::Dark, ColorDepth::None, UNICODE),
        80,
        24,
    );
    app.apply(Action::FocusPane(4));
    let buf = render(&app);
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "no colour at all under NO_COLOR");
        assert_eq!(cell.bg, Color::Reset, "no colour at all under NO_COLOR");
    }
    // The selected timeline row is in reverse video.
    let screen = text(&buf);
    let row = screen
        .lines()
        .position(|l| l.contains("2025-12-09 military  Tenth"))
        .unwrap() as u16;
    let x = screen
        .lines()
        .nth(row.into())
        .unwrap()
        .find("2025-12-09")
        .unwrap() as u16;
    assert!(buf[(x, row)].modifier.contains(Modifier::REVERSED));
    // The two trade series use different glyphs, named in the legend.
    assert!(
        screen.contains("◆ RUS") && screen.contains("● CHN"),
        "{screen}"
    );
}

#[test]
fn the_help_lists_every_key_from_the_table() {
    let mut app = app(120, 40);
    app.apply(Action::Help);
    let screen = text(&render(&app));
    insta::assert_snapshot!(screen);
    // Unwrapped: each key's help on one line.
    let all: Vec<String> = bilat::tui::app::help_text::lines_at(&app, 1000)
        .iter()
        .map(|l| l.text())
        .collect();
    for info in bilat::tui::input::action::key_table(&app.registry().keys()) {
        assert!(
            all.iter().any(|l| l.contains(&info.help)),
            "{} missing from help",
            info.name
        );
    }
}

#[test]
fn a_small_terminal_says_the_size_needed() {
    let screen = text(&render(&app(60, 20)));
    assert!(
        screen.contains("bilat needs a terminal of at least 80x24; this one is 60x20"),
        "{screen}"
    );
}

#[test]
fn tiny_sizes_never_panic() {
    for (w, h) in [
        (0, 0),
        (1, 1),
        (20, 5),
        (80, 1),
        (1, 24),
        (79, 23),
        (80, 24),
    ] {
        let mut app = app(w, h);
        render(&app);
        for spec in bilat::tui::panes::registry().panes {
            app.set_focus(spec.id);
            app.set_zoomed(true);
            render(&app);
        }
    }
}

fn screen_after(actions: &[Action]) -> String {
    let mut app = app(80, 24);
    for a in actions {
        app.apply(*a);
    }
    text(&render(&app))
}

#[test]
fn j_moves_down_the_timeline_and_the_title_counts() {
    let screen = screen_after(&[Action::FocusPane(4), Action::Down, Action::Down]);
    assert!(screen.contains("4 Timeline  3/88"), "{screen}");
}

#[test]
fn bottom_and_top_jump_to_the_ends() {
    let screen = screen_after(&[Action::FocusPane(4), Action::Bottom]);
    assert!(screen.contains("88/88"), "{screen}");
    assert!(screen.contains("1969-03-02"), "{screen}");
    let screen = screen_after(&[Action::FocusPane(4), Action::Bottom, Action::Top]);
    assert!(screen.contains("1/88"), "{screen}");
}

#[test]
fn the_trade_cursor_shows_its_year_reporters_and_source() {
    let mut app = app(160, 40);
    for _ in 0..7 {
        app.apply(Action::Left);
    }
    let screen = text(&render(&app));
    assert!(
        screen.contains("2018  ● CHN 107.06 bn +27.1%  ◆ RUS 108.3 bn +24.5%"),
        "{screen}"
    );
    assert!(screen.contains("Source: "), "{screen}");
}

#[test]
fn a_gap_year_shows_as_no_figure() {
    let mut app = app(80, 24);
    app.apply(Action::Top);
    app.apply(Action::Right);
    let screen = text(&render(&app));
    assert!(screen.contains("1993  ● CHN no figure"), "{screen}");
}

#[test]
fn bars_mode_draws_bars() {
    let screen = screen_after(&[Action::ToggleChart]);
    assert!(screen.contains("bars"), "{screen}");
    assert!(screen.lines().nth(6).unwrap().contains('█'), "{screen}");
}

#[test]
fn sorting_exercises_by_total_puts_vostok_first_when_reversed() {
    let mut app = app(120, 40);
    app.apply(Action::FocusPane(3));
    // The key cycles through the columns shown: Year, Name, Total, RUS, CHN at this width.
    for _ in 0..2 {
        app.apply(Action::SortNext);
    }
    app.apply(Action::SortReverse);
    app.apply(Action::Top);
    let screen = text(&render(&app));
    assert!(screen.contains("Total▼"), "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    let header = lines.iter().position(|l| l.contains("Total▼")).unwrap();
    let first_row = lines[header + 1];
    assert!(
        first_row.contains("Vostok-2018") && first_row.contains("300,000 c!"),
        "{screen}"
    );
}

#[test]
fn the_category_filter_shows_one_category() {
    let screen = screen_after(&[
        Action::FocusPane(4),
        Action::NextCategory,
        Action::NextCategory,
    ]);
    // At 80x24 the title has room for the start of the category.
    assert!(screen.contains("[dipl"), "{screen}");
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains("│ 20")).collect();
    assert!(!rows.is_empty());
}

#[test]
fn linked_years_are_marked_in_the_other_panes() {
    let mut app = app(80, 24);
    for _ in 0..7 {
        app.apply(Action::Left);
    }
    // The trade cursor is on 2018: the timeline has followed it to 2018's first event and
    // the exercises to 2018's first exercise, marked as linked.
    let screen = text(&render(&app));
    assert!(screen.contains("▶2018-"), "{screen}");
    assert!(screen.contains("│▸2018"), "{screen}");
    app.apply(Action::ShowInTimeline);
    let screen_after = text(&render(&app));
    assert!(screen_after.contains("▶2018-"), "{screen_after}");
}

#[test]
fn narrowing_the_years_changes_both_charts() {
    let screen = screen_after(&[Action::NarrowYears, Action::NarrowYears]);
    assert!(screen.contains("(narrowed)"), "{screen}");
    assert!(!screen.contains("1992"), "{screen}");
    let reset = screen_after(&[Action::NarrowYears, Action::ResetYears]);
    assert!(reset.contains("1992"), "{reset}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_size_and_state_renders(
        w in 0u16..260,
        h in 0u16..90,
        focus in 0usize..4,
        zoom: bool,
        ascii: bool,
        moves in prop::collection::vec(0usize..8, 0..12),
    ) {
        let symbols = if ascii { ASCII } else { UNICODE };
        let mut app = app_with(Theme::new(Background::Light, ColorDepth::Ansi16, symbols), w, h);
        app.set_focus(bilat::tui::panes::registry().panes[focus].id);
        app.set_zoomed(zoom);
        let actions = [
            Action::Down, Action::Up, Action::Left, Action::Right,
            Action::PageDown, Action::NarrowYears, Action::SortNext, Action::NextCategory,
        ];
        for m in moves {
            app.apply(actions[m]);
        }
        let screen = text(&render(&app));
        if w >= ui::MIN_WIDTH && h >= ui::MIN_HEIGHT && !zoom {
            // The bundled dataset has every table but the cooperation table.
            let registry = bilat::tui::panes::registry();
            for (i, spec) in registry.panes.iter().enumerate().filter(|(_, p)| p.needs.is_none()) {
                let title = format!("{} {}", i + 1, spec.title);
                prop_assert!(screen.contains(&title), "{} missing at {}x{}", title, w, h);
            }
        }
        if ascii {
            prop_assert!(screen.is_ascii());
        }
    }
}

fn mouse(kind: crossterm::event::MouseEventKind, column: u16, row: u16) -> crossterm::event::Event {
    crossterm::event::Event::Mouse(crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    })
}

#[test]
fn the_wheel_scrolls_the_pane_under_it_and_a_click_focuses_and_selects() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut app = app(80, 24);
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
    // The timeline is the bottom-middle pane at 80x24.
    bilat::tui::terminal::pointer::handle_event(
        &mut app,
        &mouse(MouseEventKind::ScrollDown, 40, 16),
    );
    assert_eq!(
        app.view().timeline.cursor.selected,
        3,
        "three rows per wheel step"
    );
    assert_eq!(
        app.focus(),
        bilat::tui::panes::trade::ID,
        "the wheel does not move the focus"
    );
    // A click on the exercises table's third row focuses it and selects that row.
    let screen = text(&render(&app));
    let row = screen
        .lines()
        .position(|l| l.contains("Year Name"))
        .unwrap() as u16
        + 3;
    bilat::tui::terminal::pointer::handle_event(
        &mut app,
        &mouse(MouseEventKind::Down(MouseButton::Left), 10, row),
    );
    assert_eq!(app.focus(), bilat::tui::panes::exercises::ID);
    let offset = app.view().exercises.cursor.offset;
    assert_eq!(app.view().exercises.cursor.selected, offset + 2);
    // A click on a year of the meetings chart moves its cursor there.
    let screen = text(&render(&app));
    // The year labels are the row above the cursor year's details ("2024: 4 meetings"): the
    // year of the exercise clicked, which every chart follows.
    let details = screen
        .lines()
        .position(|l| l.contains(" meetings ("))
        .unwrap();
    let labels = details - 1;
    let line = screen.lines().nth(labels).unwrap();
    let x = line.rfind("2013").unwrap();
    let column = line[..x].chars().count() as u16 + 1;
    bilat::tui::terminal::pointer::handle_event(
        &mut app,
        &mouse(
            MouseEventKind::Down(MouseButton::Left),
            column,
            labels as u16,
        ),
    );
    assert_eq!(app.focus(), bilat::tui::panes::meetings::ID);
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2013);
}

#[test]
fn without_the_mouse_clicks_do_nothing() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut app = app(80, 24);
    app.set_mouse(false);
    assert!(
        !bilat::tui::terminal::pointer::handle_event(
            &mut app,
            &mouse(MouseEventKind::Down(MouseButton::Left), 60, 16)
        )
        .redraw
    );
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
}
