//! The header line: the pair on the left, the years shown and the as-of date on the right,
//! with a space between them at every width, whatever the names' lengths.

use crate::generated;
use crate::screen;

use bilat::tui::input::action::Action;
use screen::{render, text};

/// The header's first row, and where its right part (`years …`, `[zoom]`) begins.
fn header_parts(screen: &str) -> (String, usize) {
    let header = screen.lines().next().unwrap().to_string();
    let starts = ["[zoom]", "years ", "no yearly figures"];
    let at = starts
        .iter()
        .filter_map(|s| header.find(s))
        .min()
        .unwrap_or_else(|| panic!("no years in the header: {header:?}"));
    (header, at)
}

#[test]
fn the_pair_and_the_years_never_run_together() {
    let names = [
        ("China–Pakistan", "China", "Pakistan"),
        ("A–B", "A", "B"),
        (
            "Democratic People's Republic of Korea–Russia",
            "Democratic People's Republic of Korea",
            "Russian Federation",
        ),
    ];
    for (title, first, second) in names {
        let data = generated::renamed(title, first, second);
        for width in 80..=160 {
            for zoom in [false, true] {
                let mut app = screen::app_of(data.clone(), screen::dark(), width, 24);
                if zoom {
                    app.apply(Action::Zoom);
                    app.apply(Action::NarrowYears);
                }
                let (header, at) = header_parts(&text(&render(&app)));
                let before = header[..at].chars().last();
                assert_eq!(
                    before,
                    Some(' '),
                    "at {width} columns the words run together: {header:?}"
                );
            }
        }
    }
}
