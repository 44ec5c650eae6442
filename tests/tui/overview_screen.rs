//! The overview screen as the user sees it: one row per dataset of the library at 80x24,
//! 120x40 and 200x55, every cell read back off the screen against the summaries, a broken
//! dataset as a row with its first problem, and sort, filter, Enter and Esc round trips.

use std::path::Path;

use bilat::data::Dataset;
use bilat::library::cache::Cache;
use bilat::library::overview::{Row, rows};
use bilat::library::{Library, Places};
use bilat::tui::app::{App, Choice, Effect};
use bilat::tui::overview::draw;
use crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::buffer::Buffer;

use crate::common::{broken_dataset, copy_tree, fixtures};
use crate::screen::{self, render, text};

/// A library of the bundled pairs, the minimal fixture as `good-one` and a broken dataset.
fn library(root: &Path) -> Library {
    let dir = root.join("datasets");
    copy_tree(&fixtures().join("valid/minimal"), &dir.join("good-one"));
    broken_dataset("meetings-impossible-date", &dir);
    Library::discover(&Places {
        datasets_dir: Some(dir),
        ..Places::default()
    })
    .unwrap()
}

/// The dashboard at `width`x`height` with the overview open and every row read.
fn overview_app(lib: &Library, width: u16, height: u16) -> App {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), width, height);
    let choices = lib
        .entries()
        .iter()
        .map(|e| Choice {
            name: e.name.clone(),
            place: e.place(),
            origin: e.origin.clone(),
            about: String::new(),
        })
        .collect();
    app.set_library(choices);
    app.set_overview(lib.entries().to_vec(), false);
    let effects = key(&mut app, KeyCode::Char('o'));
    assert!(matches!(effects.as_slice(), [Effect::Summarise(_)]));
    // The rows come in two parts, as a cold start reads them.
    let mut all = read(lib);
    let rest = all.split_off(2);
    app.summarised(all);
    assert!(text(&render(&app)).contains("2 of 5 pairs, reading 2 of 5"));
    app.summarised(rest);
    app
}

fn read(lib: &Library) -> Vec<Row> {
    rows(lib, &mut Cache::none(), &|_, _| {})
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::from(code))).effects
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Row `y` of the screen from column `x`, `width` cells, trimmed.
fn cells(buf: &Buffer, x: usize, y: u16, width: usize) -> String {
    (x..x + width)
        .map(|x| buf[(x as u16, y)].symbol().to_string())
        .collect::<String>()
        .trim()
        .to_string()
}

#[test]
fn the_overview_at_three_sizes() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = library(tmp.path());
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let app = overview_app(&lib, w, h);
        let screen = text(&render(&app)).replace(&tmp.path().display().to_string(), "[TMP]");
        insta::assert_snapshot!(format!("overview_screen_{w}x{h}"), screen);
    }
}

#[test]
fn every_cell_on_screen_is_the_summary_s_and_blank_where_it_lacks_one() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = library(tmp.path());
    let summaries = read(&lib);
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let app = overview_app(&lib, w, h);
        let buf = render(&app);
        let o = app.overview();
        let columns = draw::layout(o, app.theme(), usize::from(w) - 1);
        let sym = &app.theme().symbols;
        assert_eq!(o.order.len(), summaries.len());
        for (line, row) in o.shown().enumerate() {
            let y = draw::ABOVE + line as u16;
            let truth = summaries.iter().find(|s| s.name == row.name).unwrap();
            assert_eq!(truth, row);
            if let Some(problem) = &truth.summary.problem {
                // A broken dataset: its name and the start of its first problem.
                let shown = cells(&buf, 2, y, usize::from(w) - 3);
                assert!(shown.starts_with(&row.name), "{shown}");
                assert!(shown.contains("does not load"), "{shown}");
                assert!(problem.contains("meetings.csv"));
                continue;
            }
            let mut x = 2;
            for (column, width) in &columns {
                let want = column.text(truth, sym);
                let got = cells(&buf, x, y, *width);
                let want = bilat::text::fit::truncate(&want, *width, sym.ellipsis);
                assert_eq!(got, want.trim(), "{w}x{h} {} {column:?}", row.name);
                x += width + 2;
            }
        }
        // The header says how many of how many; every pair is there.
        assert!(text(&buf).starts_with("Overview: 5 pairs"));
    }
}

#[test]
fn sort_filter_enter_and_esc_come_back_to_the_same_row() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = library(tmp.path());
    let mut app = overview_app(&lib, 120, 40);
    let names = |app: &App| {
        app.overview()
            .shown()
            .map(|r| r.name.clone())
            .collect::<Vec<_>>()
    };
    // s sorts by the first column (the pair), S reverses; blanks (the broken one) last.
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(names(&app)[0], "good-one");
    key(&mut app, KeyCode::Char('S'));
    assert_eq!(
        names(&app),
        [
            "russia-china",
            "india-russia",
            "china-pakistan",
            "good-one",
            "meetings-impossible-date"
        ]
    );
    assert!(text(&render(&app)).contains("by pair desc"));
    // RUS keeps Russia's pairs; the header says so.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "RUS");
    key(&mut app, KeyCode::Enter);
    assert_eq!(names(&app), ["russia-china", "india-russia"]);
    assert!(text(&render(&app)).starts_with("Overview: 2 of 5 pairs"));
    // Enter on the second row opens it in the dashboard (read off the loop's thread).
    key(&mut app, KeyCode::Char('j'));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(!app.overview().open);
    let [Effect::Open { origin, beside }] = effects.as_slice() else {
        panic!("Enter opens the pair");
    };
    assert!(!beside);
    app.opened(
        Dataset::load(origin.clone()).map_err(|p| p.to_string()),
        false,
    );
    assert_eq!(app.view().name, "india-russia");
    assert!(text(&render(&app)).contains("India–Russia"));
    // Esc comes back to the same row, filter and order.
    key(&mut app, KeyCode::Esc);
    assert!(app.overview().open);
    assert_eq!(app.overview().selected_row().unwrap().name, "india-russia");
    assert!(text(&render(&app)).contains("country RUS"));
    // v marks two pairs; Enter then compares them.
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Char('v'));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "both are open already");
    assert!(app.comparing());
    // Free text filters too; a filter nothing passes says so.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "nothing like this");
    key(&mut app, KeyCode::Enter);
    assert!(text(&render(&app)).contains("No dataset matches the filter"));
}

#[test]
fn the_column_menu_hides_a_column_and_tiny_screens_do_not_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = library(tmp.path());
    let mut app = overview_app(&lib, 120, 40);
    assert!(text(&render(&app)).contains("Trade $bn"));
    key(&mut app, KeyCode::Char('c'));
    assert!(text(&render(&app)).contains("[x] Years"));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Esc);
    let screen = text(&render(&app));
    assert!(!screen.contains("Trade $bn"), "{screen}");
    assert!(app.overview().open);
    // ? opens the help over the overview, which lists the overview's keys; Esc closes it.
    key(&mut app, KeyCode::Char('?'));
    let screen = text(&render(&app));
    assert!(screen.contains("Help: keys"), "{screen}");
    key(&mut app, KeyCode::Esc);
    assert!(app.overview().open && text(&render(&app)).starts_with("Overview"));
    // The selected row stays in view when the screen shrinks under it.
    key(&mut app, KeyCode::Char('G'));
    app.handle_event(&Event::Resize(80, 6));
    let last = app.overview().selected_row().unwrap().name.clone();
    assert!(text(&render(&app)).contains(&last), "{last}");
    for (w, h) in [(0, 0), (1, 1), (20, 3), (80, 4)] {
        app.handle_event(&Event::Resize(w, h));
        render(&app);
    }
}

#[test]
fn four_marked_pairs_open_compared_in_the_order_marked_whatever_order_they_arrive_in() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = library(tmp.path());
    let mut app = overview_app(&lib, 200, 55);
    // Mark the four rows that load, bottom up: the order marked is not the library's.
    let loads: Vec<String> = app
        .overview()
        .shown()
        .filter(|r| r.summary.problem.is_none())
        .map(|r| r.name.clone())
        .collect();
    assert_eq!(loads.len(), 4, "{loads:?}");
    let mut marked = Vec::new();
    key(&mut app, KeyCode::End);
    while marked.len() < 4 {
        let row = app.overview().selected_row().unwrap().name.clone();
        if loads.contains(&row) {
            key(&mut app, KeyCode::Char('v'));
            marked.push(row);
        }
        key(&mut app, KeyCode::Char('k'));
    }
    let effects = key(&mut app, KeyCode::Enter);
    // Those not open yet are read off the loop's thread; they arrive in reverse order.
    for effect in effects.iter().rev() {
        let Effect::Open { origin, beside } = effect else {
            panic!("Enter opens the marked pairs, and nothing else");
        };
        let data = Dataset::load(origin.clone()).map_err(|p| p.to_string());
        app.opened(data, *beside);
    }
    let shown: Vec<String> = app
        .shown_views()
        .into_iter()
        .map(|i| app.views()[i].name.clone())
        .collect();
    assert_eq!(shown, marked);
    // The header names them in that order, by their titles or codes.
    let header = text(&render(&app))
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let at: Vec<usize> = shown
        .iter()
        .map(|name| {
            let i = app.views().iter().position(|v| v.name == *name).unwrap();
            let m = &app.views()[i].data.manifest;
            let [a, b] = &m.countries;
            let codes = format!("{}–{}", a.code, b.code);
            header
                .find(m.title.as_str())
                .or_else(|| header.find(&codes))
                .unwrap_or_else(|| panic!("{name} not in {header}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{header}");
}
