//! One linked year: whichever pane has the focus, every chart marks that one year (its axis
//! label, its details) and the lists mark only rows of it; narrowing the years leaves no
//! pane on a year outside them.

use crate::panes_read;
use crate::screen;

use bilat::data::{BUNDLED, Dataset, Origin};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use panes_read::{chart_years, pane};
use screen::render;

fn bundled(name: &str) -> Dataset {
    let b = BUNDLED.iter().find(|b| b.name == name).unwrap();
    Dataset::load(Origin::Bundled(b)).unwrap()
}

/// Each chart pane on screen: its title and the years it marks.
fn charts(app: &App) -> Vec<(&'static str, panes_read::ChartYears)> {
    let buf = render(app);
    let bg = app.theme().selection.bg.unwrap_or_default();
    ["1 Trade", "2 Meetings", "5 Arms"]
        .into_iter()
        .filter_map(|t| Some((t, chart_years(&buf, &pane(&buf, t)?, bg))))
        .collect()
}

fn press(app: &mut App, action: Action, times: usize) {
    for _ in 0..times {
        app.apply(action);
    }
}

#[test]
fn with_the_arms_cursor_on_2019_the_trade_pane_marks_2019_alone() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    // The trade cursor on 2020, then the arms cursor on 2019.
    press(&mut app, Action::Left, 5);
    assert_eq!(app.charts().year(bilat::tui::panes::trade::ID), 2020);
    app.apply(Action::FocusPane(5));
    let arms = app.charts().year(bilat::tui::panes::arms::ID);
    press(&mut app, Action::Left, (arms - 2019) as usize);
    press(&mut app, Action::Right, (2019 - arms).max(0) as usize);
    assert_eq!(app.linked_year(), Some(2019));
    for (title, years) in charts(&app) {
        assert!(
            years.labels.iter().all(|&y| y == 2019),
            "{title} marks {years:?}"
        );
        assert_eq!(years.details, Some(2019), "{title} details another year");
    }
}

#[test]
fn at_start_every_chart_is_on_the_trade_cursors_year() {
    for size in [(80, 24), (120, 40), (200, 55)] {
        let app = screen::app_of(bundled("russia-china"), screen::dark(), size.0, size.1);
        let year = app.linked_year().unwrap();
        for (title, years) in charts(&app) {
            assert_eq!(years.details, Some(year), "{title} at {size:?}");
        }
    }
}

#[test]
fn narrowing_the_years_moves_every_pane_into_them() {
    let mut app = screen::app_of(bundled("russia-china"), screen::dark(), 120, 40);
    // The meetings cursor on 2014, then back to trade, narrowed around 2025.
    app.apply(Action::FocusPane(2));
    press(&mut app, Action::Left, 11);
    assert_eq!(app.charts().year(bilat::tui::panes::meetings::ID), 2014);
    app.apply(Action::FocusPane(1));
    press(&mut app, Action::NarrowYears, 4);
    let shown = app.charts().shown;
    for cursor in [
        app.charts().year(bilat::tui::panes::trade::ID),
        app.charts().year(bilat::tui::panes::meetings::ID),
        app.charts().year(bilat::tui::panes::arms::ID),
    ] {
        assert!(shown.contains(cursor), "{cursor} outside {shown:?}");
    }
    for (title, years) in charts(&app) {
        if let Some(year) = years.details {
            assert!(shown.contains(year), "{title} on {year}, outside {shown:?}");
        }
    }
}
