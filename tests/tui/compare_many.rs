//! Three and four pairs compared in the dashboard, read back off the screen: every pane of
//! every pair is there, each pair wears one glyph in every title and no two pairs share
//! one, the header names the countries the pairs share (counted from the manifests), V
//! hands the keys round without moving a pair, a fifth pair is refused and X stops.

use std::collections::BTreeMap;

use crate::{generated, screen};

use bilat::data::{Bundled, Dataset, Origin, TableId};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;

const SIZES: [(u16, u16); 5] = [(80, 24), (120, 40), (160, 45), (200, 55), (330, 60)];

fn bundled(name: &str) -> Dataset {
    Dataset::load(Origin::Bundled(Bundled::find(name).unwrap())).unwrap()
}

/// The bundled pairs, then a made-up one that shares no country with them.
fn datasets(n: usize) -> Vec<Dataset> {
    let mut all = vec![
        bundled("india-russia"),
        bundled("russia-china"),
        bundled("china-pakistan"),
        generated::renamed("Atlantis–Lemuria", "Atlantis", "Lemuria"),
    ];
    all.truncate(n);
    all
}

fn compared(n: usize, w: u16, h: u16) -> App {
    let mut data = datasets(n).into_iter();
    let mut app = screen::app_of(data.next().unwrap(), screen::dark(), w, h);
    for other in data {
        app.opened(Ok(other), true);
    }
    app
}

/// How the panes' titles name each pair when three or four are compared: by their codes.
fn codes(data: &[Dataset]) -> Vec<String> {
    data.iter()
        .map(|d| {
            let [a, b] = &d.manifest.countries;
            format!("{}–{}", a.code, b.code)
        })
        .collect()
}

/// Each title bar that names a pair: (row, column, glyph before the title, pair's title).
fn titled(screen: &str, titles: &[String]) -> Vec<(usize, usize, String, String)> {
    let mut found = Vec::new();
    for (row, line) in screen.lines().enumerate().skip(1) {
        for title in titles {
            for (byte, _) in line.match_indices(&format!(" {title} ")) {
                let before: Vec<char> = line[..byte].chars().collect();
                let glyph = before.last().map(|c| c.to_string()).unwrap_or_default();
                let col = before.len();
                found.push((row, col, glyph, title.clone()));
            }
        }
    }
    found.sort();
    found
}

/// The countries two or more manifests name, by code, counted from the manifests alone.
fn shared_codes(data: &[Dataset]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for d in data {
        for c in &d.manifest.countries {
            *counts.entry(c.code.clone()).or_insert(0) += 1;
        }
    }
    counts.retain(|_, n| *n > 1);
    counts
}

#[test]
fn every_pair_wears_one_glyph_in_every_pane_and_the_header_names_what_they_share() {
    for n in 3..=4 {
        let data = datasets(n);
        let titles = codes(&data);
        let shared = shared_codes(&data);
        for (w, h) in SIZES {
            let app = compared(n, w, h);
            let text = screen::text(&screen::render(&app));
            let found = titled(&text, &titles);
            let mut glyphs: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (_, _, glyph, title) in &found {
                glyphs.entry(title).or_default().push(glyph);
            }
            let counts: Vec<usize> = titles
                .iter()
                .map(|t| glyphs.get(t.as_str()).map_or(0, Vec::len))
                .collect();
            assert!(
                counts[0] > 0,
                "{n} pairs at {w}x{h}: no pane titled\n{text}"
            );
            assert!(
                counts.iter().all(|&c| c == counts[0]),
                "{n} pairs at {w}x{h}: each pair has as many panes {counts:?}\n{text}"
            );
            let each: Vec<&str> = titles
                .iter()
                .map(|t| {
                    let seen = &glyphs[t.as_str()];
                    assert!(
                        seen.iter().all(|g| g == &seen[0]),
                        "{t} wears one glyph at {w}x{h}: {seen:?}\n{text}"
                    );
                    seen[0]
                })
                .collect();
            for (i, g) in each.iter().enumerate() {
                assert!(!g.trim().is_empty(), "{} has no glyph\n{text}", titles[i]);
                assert!(
                    !each[..i].contains(g),
                    "{n} pairs at {w}x{h}: two pairs wear {g}\n{text}"
                );
            }
            // Each pane kind is as wide for every pair (within a column of rounding), so
            // their years fall under each other on the shared axis.
            let geometry = app.geometry().unwrap();
            for slot in &geometry.slots {
                let kin = geometry.slots.iter().filter(|s| s.pane == slot.pane);
                let widths: Vec<u16> = kin.map(|s| s.area.width).collect();
                let (lo, hi) = (widths.iter().min().unwrap(), widths.iter().max().unwrap());
                assert!(hi - lo <= 1, "{n} pairs at {w}x{h}: widths {widths:?}");
            }
            let header = text.lines().next().unwrap_or_default();
            for code in shared.keys() {
                assert!(
                    header.contains(code.as_str()),
                    "{code} at {w}x{h}: {header}"
                );
            }
            for (d, codes) in data.iter().zip(&titles) {
                let title = &d.manifest.title;
                assert!(
                    header.contains(title.as_str()) || header.contains(codes.as_str()),
                    "{title} at {w}x{h}: {header}"
                );
            }
        }
    }
}

#[test]
fn v_hands_the_keys_round_without_moving_a_pair() {
    for n in 3..=4 {
        for (w, h) in [(80, 24), (200, 55)] {
            let mut app = compared(n, w, h);
            let titles = codes(&datasets(n));
            let before = titled(&screen::text(&screen::render(&app)), &titles);
            let first = app.current();
            let mut had_keys = vec![first];
            for step in 1..=n {
                app.apply(Action::SwapCompared);
                let after = titled(&screen::text(&screen::render(&app)), &titles);
                assert_eq!(
                    after, before,
                    "{n} pairs at {w}x{h}, V pressed {step} times"
                );
                had_keys.push(app.current());
            }
            assert_eq!(
                app.current(),
                first,
                "after {n} presses the first has the keys again"
            );
            let mut distinct = had_keys[..n].to_vec();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(
                distinct.len(),
                n,
                "each pair had the keys once: {had_keys:?}"
            );
        }
    }
}

#[test]
fn a_fifth_pair_is_refused_with_a_word_and_x_stops_comparing() {
    let mut app = compared(4, 120, 40);
    app.opened(Ok(generated::renamed("Mu–Thule", "Mu", "Thule")), true);
    assert_eq!(app.shown_views().len(), 4);
    let text = screen::text(&screen::render(&app));
    let footer = text.lines().last().unwrap_or_default();
    assert!(footer.contains("4 pairs compared at most"), "{footer}");
    assert!(!text.contains("Mu–Thule"), "{text}");
    app.apply(Action::StopCompare);
    assert_eq!(app.shown_views().len(), 1);
    let text = screen::text(&screen::render(&app));
    assert!(
        !text.lines().next().unwrap_or_default().contains(" vs "),
        "{text}"
    );
}

#[test]
fn the_charts_share_one_scale_until_a_gives_each_its_own() {
    // Each chart pane of the three pairs, shown one kind at a time: its titles say which
    // scale (in full, or `shared`/`own` where narrow), before and after `a`.
    let titles = |app: &App, pane: &str| -> String {
        let text = screen::text(&screen::render(app));
        let titles: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with('┌') && l.contains(pane))
            .collect();
        titles.concat()
    };
    let mut app = compared(3, 200, 55);
    let charts = [
        (1, " Trade ", TableId::Trade),
        (2, " Meetings ", TableId::Meetings),
        (5, " Arms ", TableId::Arms),
    ];
    for (number, pane, table) in charts {
        // A pair without the table says so, with no scale to name.
        let with = datasets(3).iter().filter(|d| d.has(table)).count();
        app.apply(Action::FocusPane(number));
        assert_eq!(
            titles(&app, pane).matches(" shared").count(),
            with,
            "{pane}"
        );
        app.apply(Action::OwnScale);
        assert_eq!(titles(&app, pane).matches(" own").count(), with, "{pane}");
        app.apply(Action::OwnScale);
    }
}

#[test]
fn no_chart_pane_of_four_pairs_at_80x24_stands_blank() {
    // Each pane draws its chart (its scale's figures show) or says why it cannot.
    let mut app = compared(4, 80, 24);
    let charts = [
        (1, "Trade"),
        (2, "Meetings"),
        (5, "Arms"),
        (7, "Indicators"),
    ];
    for (number, pane) in charts {
        app.apply(Action::FocusPane(number));
        let text = screen::text(&screen::render(&app));
        let lines: Vec<&str> = text.lines().collect();
        let mut boxes = 0;
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with(&format!("┌ {number} {pane} ")) {
                continue;
            }
            boxes += 1;
            let inside: Vec<&str> = lines[i + 1..]
                .iter()
                .take_while(|l| !l.starts_with('└'))
                .copied()
                .collect();
            let said = inside.iter().any(|l| {
                l.contains("Too little room")
                    || l.contains("has no")
                    || l.chars().skip(1).any(|c| c.is_ascii_digit())
            });
            assert!(said, "{pane} box at row {i} stands blank:\n{text}");
        }
        assert_eq!(boxes, 4, "{pane}:\n{text}");
    }
}
