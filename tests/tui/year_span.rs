//! One span of years per dataset: the header, the switcher, `bilat list` and the arms
//! chart's axis all give the same first and last year.

use crate::panes_read;
use crate::screen;

use bilat::data::{BUNDLED, Dataset, Origin};
use screen::{render, text};

/// `1990–2025` (or with `-`) in `text`, after `after`.
fn span_after(text: &str, after: &str) -> Option<(i32, i32)> {
    let at = text.find(after)? + after.len();
    let rest: String = text[at..].chars().take(9).collect();
    let first = rest.get(..4)?.parse().ok()?;
    let last = rest
        .chars()
        .skip(5)
        .take(4)
        .collect::<String>()
        .parse()
        .ok()?;
    Some((first, last))
}

/// The first and last labels on the arms chart's axis, with the cursor on the last year
/// (as at start) so that both ends are labelled.
fn arms_axis(app: &bilat::tui::app::App) -> Option<(i32, i32)> {
    let buf = render(app);
    let pane = panes_read::pane(&buf, "5 Arms")?;
    let rows = pane.inner_rows(&buf);
    let axis = rows.iter().rev().find(|r| {
        let words: Vec<&str> = r.split_whitespace().collect();
        !words.is_empty()
            && words
                .iter()
                .all(|w| w.len() == 4 && w.parse::<i32>().is_ok())
    })?;
    let years: Vec<i32> = axis
        .split_whitespace()
        .map(|w| w.parse().unwrap())
        .collect();
    Some((*years.first()?, *years.last()?))
}

#[test]
fn the_header_the_switcher_the_list_and_the_arms_axis_give_one_span() {
    for bundled in BUNDLED.iter() {
        let data = Dataset::load(Origin::Bundled(bundled)).unwrap();
        let switcher = span_after(&bilat::tui::app::describe(&data), "), ").unwrap();
        let listed = bilat::commands::list::years(&data).unwrap();
        for (w, h) in [(80, 24), (120, 40), (200, 55)] {
            let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
            // The cursor on the last year, so both ends of each axis are labelled.
            app.apply(bilat::tui::input::action::Action::Bottom);
            let screen = text(&render(&app));
            let header = span_after(&screen, "years ").unwrap();
            assert_eq!(header, switcher, "{}: header and switcher", bundled.name);
            assert_eq!(header, listed, "{}: header and bilat list", bundled.name);
            if let Some(axis) = arms_axis(&app) {
                assert_eq!(axis, header, "{} at {w}x{h}: the arms axis", bundled.name);
            }
        }
    }
}
