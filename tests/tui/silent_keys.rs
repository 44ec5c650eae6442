//! Keys that once did nothing without a word now say why: `6` on a dataset with no
//! cooperation table, `l` at the latest year, `h` at the earliest.

use crate::screen;

use screen::{render, text};

use bilat::data::Dataset;
use bilat::tui::input::action::Action;

/// The footer, the screen's last line.
fn footer(app: &bilat::tui::app::App) -> String {
    text(&render(app))
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn six_on_a_dataset_without_a_cooperation_table_says_so() {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 80, 24);
    let before = app.focus();
    app.apply(Action::FocusPane(6));
    assert_eq!(app.focus(), before);
    let footer = footer(&app);
    assert!(
        footer.contains("no cooperation table in this dataset"),
        "{footer}"
    );
}

#[test]
fn l_at_the_latest_year_says_so_and_h_at_the_earliest() {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 80, 24);
    app.apply(Action::FocusPane(1));
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
    for _ in 0..60 {
        app.apply(Action::Right);
    }
    let year = app.charts().year(bilat::tui::panes::trade::ID);
    let footer_now = footer(&app);
    assert!(
        footer_now.contains(&format!("already at the latest year ({year})")),
        "{footer_now}"
    );
    for _ in 0..60 {
        app.apply(Action::Left);
    }
    let footer_now = footer(&app);
    assert!(
        footer_now.contains("already at the earliest year ("),
        "{footer_now}"
    );
}
