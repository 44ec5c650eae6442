//! Several datasets in one dashboard: the switcher in a real terminal, the comparison drawn
//! at the sizes people use, and a broken reload of one dataset that leaves the other alone.

use crate::pty;
use crate::screen;

use std::time::Duration;

use bilat::data::{Bundled, Dataset, Origin, Problem, Problems};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use pty::{Term, assert_restored};
use screen::{render, search, text};

fn bundled(name: &str) -> Dataset {
    Dataset::load(Origin::Bundled(Bundled::find(name).unwrap())).unwrap()
}

/// Russia–China in front, India–Russia beside it.
fn compared(width: u16, height: u16) -> App {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), width, height);
    app.opened(Ok(bundled("india-russia")), true);
    app
}

#[test]
fn compare_at_80x24_shows_one_pane_kind_for_both_pairs() {
    let app = compared(80, 24);
    let screen = text(&render(&app));
    insta::assert_snapshot!("compare_80x24", screen);
    assert!(screen.contains("Russia–China vs India–Russia"), "{screen}");
    // Each pair's glyph is the one its headline series has: China's customs (●) for
    // Russia–China, India's ministry (◆) for India–Russia.
    assert!(screen.contains("1 Trade ● Russia–China"), "{screen}");
    assert!(screen.contains("1 Trade ◆ India–Russia"), "{screen}");
}

#[test]
fn compare_at_120x40_shares_the_years_and_the_scale() {
    let app = compared(120, 40);
    let screen = text(&render(&app));
    insta::assert_snapshot!("compare_120x40", screen);
    assert!(screen.contains("shared: Russia (RUS)"), "{screen}");
    // One axis: both charts label the same first and last years.
    let axes: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with("│    1992"))
        .collect();
    assert_eq!(axes.len(), 2, "{screen}");
    assert_eq!(axes[0], axes[1]);
    let scales: Vec<&str> = screen.lines().filter(|l| l.starts_with("│250")).collect();
    assert_eq!(scales.len(), 2, "one scale for both: {screen}");
}

#[test]
fn compare_at_200x55_uses_the_room_for_every_pane_of_both() {
    let app = compared(200, 55);
    let screen = text(&render(&app));
    insta::assert_snapshot!("compare_200x55", screen);
    // Every pane of both, each pair by its codes and glyph: titles would leave the legends
    // no room in panes this narrow.
    for title in ["Trade", "Meetings", "Exercises", "Timeline"] {
        for pair in ["● RUS–CHN", "◆ IND–RUS"] {
            assert!(
                screen.contains(&format!("{title} {pair}")),
                "{title} {pair}: {screen}"
            );
        }
    }
}

#[test]
fn the_linked_cursor_moves_both_and_swapping_gives_the_other_the_keys() {
    let mut app = compared(120, 40);
    app.apply(Action::Left);
    let screen = text(&render(&app));
    assert!(screen.contains("│2024  ● CHN 244.81 bn +1.9%"), "{screen}");
    assert!(
        screen.contains("│2024  ◆ IND MoC FY2024-25 (Apr–Mar) 68.7 bn"),
        "{screen}"
    );
    app.apply(Action::SwapCompared);
    assert_eq!(app.view().name, "india-russia");
    app.apply(Action::StopCompare);
    assert!(!app.comparing(), "X stops comparing");
    assert_eq!(
        app.views().len(),
        2,
        "the other stays open for a quick switch back"
    );
}

#[test]
fn a_broken_reload_of_one_dataset_leaves_the_other_alone() {
    let mut app = compared(120, 40);
    let beside = app.views()[1].id;
    let broken = Problems(vec![Problem::in_file("x/trade.csv", "no such file")]);
    bilat::tui::terminal::live::data_reloaded(&mut app, beside, Err(broken));
    assert!(app.views()[1].reload_error.is_some());
    assert!(app.views()[0].reload_error.is_none());
    assert_eq!(app.views()[0].data.trade.len(), 42);
    assert_eq!(
        app.views()[1].data.trade.len(),
        27,
        "the last good data stays"
    );
}

#[test]
fn the_switcher_opens_filters_switches_and_quit_restores_the_terminal() {
    let mut term = Term::spawn(100, 30);
    term.wait_ready();
    term.send("d");
    term.wait_for(" Datasets ");
    // Each dataset is described once read: its pair and years.
    term.wait_for("India (IND) – Russia (RUS), 1996–2025");
    term.send("ind");
    term.wait_until("only India–Russia left", |t| {
        let s = t.screen();
        s.contains("filter: ind") && !s.contains("Russia (RUS) – China (CHN)")
    });
    term.send("\r");
    term.wait_for("India–Russia · India (IND) and Russia (RUS)");
    // Back: already open, so at once.
    term.send("d");
    term.wait_for(" Datasets ");
    term.send("russia-china\r");
    term.wait_for("Russia–China · Russia (RUS) and China (CHN)");
    // Compare: v, pick, and the header names the shared country.
    term.send("v");
    term.wait_for(" Compare with ");
    term.send("india\r");
    term.wait_for("shared: Russia (RUS)");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    assert_restored(&term);
}

#[test]
fn prompt_keys_come_from_the_key_table_and_their_hints_follow() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let overrides = [("cancel".to_string(), vec!["ctrl-g".to_string()])]
        .into_iter()
        .collect();
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.set_keys(bilat::tui::input::keys::KeyMap::new(&overrides, &app.registry().keys()).unwrap());
    app.apply(Action::Search);
    let screen = text(&render(&app));
    assert!(screen.contains("enter: go  ctrl-g: cancel"), "{screen}");
    let esc = Event::Key(KeyEvent::from(KeyCode::Esc));
    app.handle_event(&esc);
    assert!(
        app.prompt().is_some(),
        "esc is no longer the prompt's cancel"
    );
    let ctrl_g = Event::Key(KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL));
    app.handle_event(&ctrl_g);
    assert!(app.prompt().is_none());
    // The switcher's hints name the same keys.
    app.apply(Action::SwitchDataset);
    let screen = text(&render(&app));
    assert!(
        screen.contains("up/down move  enter: switch  ctrl-g: close"),
        "{screen}"
    );
}

#[test]
fn v_then_enter_adds_the_next_dataset_of_the_library() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.set_library(
        ["russia-china", "india-russia"]
            .iter()
            .map(|name| bilat::tui::app::Choice {
                name: name.to_string(),
                place: "bundled".to_string(),
                origin: Origin::Bundled(Bundled::find(name).unwrap()),
                about: String::new(),
            })
            .collect(),
    );
    app.apply(Action::CompareDataset);
    let enter = crossterm::event::Event::Key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Enter,
    ));
    let effects = app.handle_event(&enter).effects;
    let Some(bilat::tui::app::Effect::Open { origin, beside }) = effects.into_iter().next() else {
        panic!("Enter asks the loop to read the next dataset");
    };
    assert!(beside);
    assert_eq!(bilat::tui::app::name_of(&origin), "india-russia");
}

#[test]
fn zoomed_meetings_list_each_meeting_with_its_place_occasion_and_source() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(2));
    app.apply(Action::Zoom);
    for _ in 0..7 {
        app.apply(Action::Left);
    }
    let screen = text(&screen::drawn(&mut app));
    assert!(
        screen.contains("in person · Vladivostok, Russia"),
        "{screen}"
    );
    assert!(screen.contains("Source: "), "{screen}");
    let before = screen.clone();
    for _ in 0..30 {
        app.apply(Action::Down);
    }
    let after = text(&render(&app));
    assert_ne!(
        before, after,
        "j scrolls the list where it is longer than the room"
    );
    assert!(!after.contains("more lines"), "{after}");
}

#[test]
fn narrowing_one_chart_brings_the_other_charts_cursors_into_the_years_shown() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    // The meetings cursor on 2014, then back to trade, narrowed around 2025 and reset.
    app.apply(Action::FocusPane(2));
    for _ in 0..11 {
        app.apply(Action::Left);
    }
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2014);
    // One linked year: the trade cursor followed the meetings cursor.
    assert_eq!(app.charts().year(bilat::tui::panes::trade::ID), 2014);
    app.apply(Action::FocusPane(1));
    for _ in 0..4 {
        app.apply(Action::Right);
    }
    for _ in 0..4 {
        app.apply(Action::NarrowYears);
    }
    let shown = app.charts().shown;
    assert!(!shown.contains(2014));
    assert_eq!(
        app.charts().year(bilat::tui::panes::meetings::ID),
        app.charts().year(bilat::tui::panes::trade::ID)
    );
    assert!(
        shown.contains(app.charts().year(bilat::tui::panes::meetings::ID)),
        "{shown:?}"
    );
    app.apply(Action::ResetYears);
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2018);
}

#[test]
fn moving_a_year_cursor_brings_that_years_rows_into_the_other_panes() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    for _ in 0..7 {
        app.apply(Action::Left);
    }
    assert_eq!(app.charts().year(bilat::tui::panes::trade::ID), 2018);
    let v = app.view();
    let exercise = &v.data.exercises[v.exercises.selected().unwrap()];
    assert_eq!(exercise.start.year(), 2018);
    let event = v.data.events.get(v.timeline.selected().unwrap());
    assert_eq!(event.date().year(), 2018);
    // The linked marks are on screen in both lists.
    let screen = text(&render(&app));
    assert!(screen.contains("│▸2018"), "{screen}");
    assert!(screen.contains("│▶2018-"), "{screen}");
}

#[test]
fn help_ends_with_what_every_mark_means() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.apply(Action::Help);
    app.apply(Action::Bottom);
    let screen = text(&render(&app));
    assert!(screen.contains("What the marks mean"), "{screen}");
    for meaning in [
        "A period with no figure: a gap, not a zero",
        "Sources disagree or the figure is uncertain",
        "A row of the year another pane points at",
        "•               A search (/) match; the words found are highlighted",
    ] {
        assert!(screen.contains(meaning), "{meaning}: {screen}");
    }
}

#[test]
fn a_search_that_finds_nothing_does_not_stay_in_the_title() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    search(&mut app, "zzyzx");
    let screen = text(&render(&app));
    assert!(screen.contains("no event matches \"zzyzx\""), "{screen}");
    let title = screen.lines().find(|l| l.contains("4 Timeline")).unwrap();
    assert!(!title.contains("zzyzx"), "{title}");
}

#[test]
fn dates_are_searchable_as_they_are_shown() {
    let data = bundled("russia-china");
    let hits = bilat::tui::app::timeline::search(&data, "1969");
    assert!(hits.len() >= 3, "{hits:?}");
    assert!(
        hits.iter()
            .all(|&i| data.events.date(i as usize).year() == 1969)
    );
    let day = bilat::tui::app::timeline::search(&data, "1969-09-11");
    assert_eq!(day.len(), 1);
}

#[test]
fn a_search_lands_on_the_best_match_a_title_word_first() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    search(&mut app, "Friendship");
    let v = app.view();
    let event = v.data.events.get(v.timeline.selected().unwrap());
    assert_eq!(event.title(), "Friendship Medal for Putin");
}

#[test]
fn meeting_bars_are_one_width_with_even_gaps_at_every_size() {
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let mut app = screen::app_of(bundled("russia-china"), screen::dark(), w, h);
        app.apply(Action::FocusPane(2));
        app.apply(Action::Zoom);
        let screen = text(&render(&app));
        // The row just above the year labels: every year 2013–2025 has a bar there.
        let rows: Vec<&str> = screen.lines().collect();
        let labels = rows.iter().position(|l| l.contains("2013")).unwrap();
        let bars: Vec<char> = rows[labels - 1].chars().collect();
        let mut runs = Vec::new();
        let mut gaps = Vec::new();
        let (mut run, mut gap, mut seen) = (0, 0, false);
        for c in bars {
            if c == '█' || c == '▒' {
                if seen && gap > 0 {
                    gaps.push(gap);
                }
                run += 1;
                gap = 0;
                seen = true;
            } else if run > 0 {
                runs.push(run);
                run = 0;
                gap = 1;
            } else if seen {
                gap += 1;
            }
        }
        assert_eq!(runs.len(), 13, "{w}x{h}: {runs:?}\n{screen}");
        assert!(
            runs.iter().all(|&r| r == runs[0]),
            "{w}x{h}: widths {runs:?}"
        );
        assert!(
            gaps.iter().all(|&g| g == gaps[0] && g >= 1),
            "{w}x{h}: gaps {gaps:?}"
        );
    }
}

#[test]
fn the_selected_events_date_is_in_reverse_video_of_the_terminals_colours() {
    use ratatui::style::{Color, Modifier};
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(4));
    let buf = render(&app);
    let screen = text(&buf);
    let y = screen.lines().position(|l| l.contains('▶')).unwrap() as u16;
    let x = screen
        .lines()
        .nth(y as usize)
        .unwrap()
        .chars()
        .position(|c| c == '▶')
        .unwrap() as u16;
    let cell = &buf[(x + 2, y)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    assert_eq!(cell.fg, Color::Reset, "{cell:?}");
    assert_eq!(cell.bg, Color::Reset, "{cell:?}");
}

#[test]
fn a_sixteen_colour_terminal_gets_the_classic_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[ui]\ncolors = \"16\"\n").unwrap();
    let mut term = Term::spawn_with(100, 30, &["--config", config.to_str().unwrap()]);
    term.wait_ready();
    term.send("j");
    term.send("q");
    let status = term.wait_exit(Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    let bytes = String::from_utf8_lossy(&term.bytes()).into_owned();
    assert!(
        !bytes.contains("38;5;") && !bytes.contains("48;5;"),
        "256-colour codes sent"
    );
    assert!(
        bytes.contains("\x1b[3") || bytes.contains(";3"),
        "no colour at all?"
    );
}

#[test]
fn a_year_jump_shows_that_years_events_below_the_first() {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 80, 24);
    app.apply(Action::JumpToYear);
    for c in "1969".chars() {
        app.handle_event(&Event::Key(KeyEvent::from(KeyCode::Char(c))));
    }
    app.handle_event(&Event::Key(KeyEvent::from(KeyCode::Enter)));
    let screen = text(&render(&app));
    // Newest first: 11 September, then both border clashes of 1969, all on screen.
    assert!(screen.contains("▶1969-09-11"), "{screen}");
    assert!(screen.contains("1969-08-13"), "{screen}");
    assert!(screen.contains("1969-03-02"), "{screen}");
}

#[test]
fn t_on_an_exercise_lands_on_its_own_event() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(3));
    // Sorted by total, largest first, the first row is Vostok-2018.
    app.apply(Action::SortNext);
    app.apply(Action::SortNext);
    app.apply(Action::SortReverse);
    app.apply(Action::Top);
    let v = app.view();
    assert_eq!(
        v.data.exercises[v.exercises.selected().unwrap()].name,
        "Vostok-2018"
    );
    app.apply(Action::ShowInTimeline);
    let v = app.view();
    let event = v.data.events.get(v.timeline.selected().unwrap());
    assert_eq!(event.title(), "PLA joins Vostok-2018");
}
