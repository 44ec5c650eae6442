//! Oracles for the cooperation and arms charts' axes, read back off the drawn screen: the
//! cooperation line's labels whole and its points over their own months (generated months
//! at several sizes); the arms chart's bars and marks within their years' slots, under
//! whole year labels.

use crate::chart_screen;
use crate::common;
use crate::screen;

use bilat::data::Dataset;
use bilat::tui::input::action::Action;
use chart_screen::month_columns;
use proptest::prelude::*;
use ratatui::buffer::Buffer;

const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (120, 40), (200, 55)];

/// Every cell's symbol, by row then column.
fn cells(buf: &Buffer) -> Vec<Vec<String>> {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

/// The inside of the pane whose title names `title`: (left, right, top, bottom), inclusive.
fn pane(cells: &[Vec<String>], title: &str) -> Option<(usize, usize, usize, usize)> {
    for (y, row) in cells.iter().enumerate() {
        for x in 0..row.len() {
            let rest = row[x..].concat();
            let named = rest.starts_with("┌ ")
                && rest[4..]
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(&format!(" {title}"));
            if named {
                let right = (x + 1..row.len()).find(|&c| row[c] == "┐")?;
                let bottom = (y + 1..cells.len()).find(|&r| cells[r][x] == "└")?;
                return Some((x + 1, right - 1, y + 1, bottom - 1));
            }
        }
    }
    None
}

/// The first word of a row from column `from`: (text, first column, last column).
fn first_word(row: &[String], from: usize, to: usize) -> Option<(String, usize, usize)> {
    let start = (from..=to).find(|&x| row[x] != " ")?;
    let end = (start..=to).take_while(|&x| row[x] != " ").last()?;
    Some((row[start..=end].concat(), start, end))
}

/// Checks the cooperation pane on `buf` against `data`'s months; one line per problem.
fn cooperation_disagreements(buf: &Buffer, data: &Dataset) -> Vec<String> {
    let cells = cells(buf);
    let Some((x0, x1, y0, y1)) = pane(&cells, "Cooperation") else {
        return vec!["no cooperation pane".to_string()];
    };
    let mut out = Vec::new();
    // The line's labels: +1 on the top row, 0 on the zero line, -1 on its last row.
    let words: Vec<_> = (y0..=y1)
        .map(|y| (y, first_word(&cells[y], x0, x1)))
        .collect();
    let row_of_label = |label: &str| {
        words
            .iter()
            .find(|(_, w)| w.as_ref().is_some_and(|w| w.0 == label && w.1 == x0))
            .map(|(y, _)| *y)
    };
    let (Some(top), Some(zero), Some(bottom)) =
        (row_of_label("+1"), row_of_label("0"), row_of_label("-1"))
    else {
        return vec![format!(
            "the line's labels are not +1, 0 and -1 whole: {words:?}"
        )];
    };
    if top != y0 || !(top < zero && zero < bottom) {
        out.push(format!("labels on rows {top}, {zero}, {bottom}"));
    }
    // The zero line runs the width of the plot.
    let row = &cells[zero];
    let Some(left) = (x0 + 2..=x1).find(|&x| row[x] != " ") else {
        return vec!["no zero line".to_string()];
    };
    let right = (left..=x1).rev().find(|&x| row[x] != " ").unwrap();
    let months: Vec<_> = data.cooperation.iter().collect();
    let first_year = months.iter().map(|m| m.month.year).min().unwrap();
    let last_year = months.iter().map(|m| m.month.year).max().unwrap();
    let extent = (first_year * 12, (last_year + 1) * 12);
    let (l, r) = (left as u16, right as u16);
    let height = (bottom - top) as f64;
    let row_of = |v: f64| top as f64 + (1.0 - v) / 2.0 * height;
    let near = |y: usize, v: f64| (y as f64 - row_of(v)).abs() <= 0.5 + 1e-9;
    let glyph = screen::dark().glyphs.point(0);
    let points: Vec<(i32, f64)> = months
        .iter()
        .filter_map(|m| {
            let index = m.month.year * 12 + i32::from(m.month.month) - 1;
            m.net_cooperation().map(|v| (index, v))
        })
        .collect();
    for &(m, v) in &points {
        let (c0, c1) = month_columns(l, r, extent, m, m);
        let shown = (top..=bottom)
            .any(|y| near(y, v) && (c0..=c1).any(|x| cells[y][usize::from(x)] == glyph));
        if !shown {
            out.push(format!(
                "month {m} ({v}): no {glyph} in columns {c0}..={c1}"
            ));
        }
    }
    for (y, row) in cells.iter().enumerate().take(bottom + 1).skip(top) {
        for (x, cell) in row.iter().enumerate().take(right + 1).skip(left) {
            if cell == glyph {
                let explained = points.iter().any(|&(m, v)| {
                    let (c0, c1) = month_columns(l, r, extent, m, m);
                    (usize::from(c0)..=usize::from(c1)).contains(&x) && near(y, v)
                });
                if !explained {
                    out.push(format!("{glyph} at column {x}, row {y}: no month there"));
                }
            }
        }
    }
    // Each year label starts in its year's columns (at its January).
    let labels = (bottom + 1..=y1).find(|&y| {
        let text: String = cells[y][left..=right].concat();
        text.contains(|c: char| c.is_ascii_digit())
            && text.chars().all(|c| c == ' ' || c.is_ascii_digit())
    });
    if let Some(y) = labels {
        let mut x = left;
        while let Some((word, start, end)) = first_word(&cells[y], x, right) {
            let whole = word.len() == 4 && cells[y][end + 1] == " ";
            match word.parse::<i32>() {
                Ok(year) if whole => {
                    let (c0, c1) = month_columns(l, r, extent, year * 12, year * 12 + 11);
                    if !(usize::from(c0)..=usize::from(c1)).contains(&start) {
                        out.push(format!(
                            "year label {year} at {start}, its months {c0}..={c1}"
                        ));
                    }
                }
                _ => out.push(format!("year label {word:?} is not a whole year")),
            }
            x = end + 1;
            if x > right {
                break;
            }
        }
    }
    out
}

/// The minimal dataset with `months` of events instead of its own: (year, month, quad
/// counts).
fn with_months(months: &[(i32, u8, [u32; 4])]) -> Dataset {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let mut csv = String::from(
        "month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean,all_events,quality,note,source_ids,source_text\n",
    );
    for (year, month, q) in months {
        let events: u32 = q.iter().sum();
        csv.push_str(&format!(
            "{year}-{month:02},{events},{},{},{},{},,,,,,wire,\n",
            q[0], q[1], q[2], q[3]
        ));
    }
    std::fs::write(dir.join("cooperation.csv"), csv).unwrap();
    Dataset::from_folder(&dir).unwrap()
}

fn check_cooperation(data: &Dataset) -> Result<(), String> {
    for (w, h) in SIZES {
        for zoomed in [false, true] {
            let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
            if zoomed {
                app.apply(Action::FocusPane(6));
                app.zoom(bilat::tui::panes::cooperation::ID);
            }
            let buf = screen::render(&app);
            let problems = cooperation_disagreements(&buf, data);
            if !problems.is_empty() {
                return Err(format!(
                    "{w}x{h}{}:\n{}\n{}",
                    if zoomed { " zoomed" } else { "" },
                    problems.join("\n"),
                    screen::text(&buf)
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn the_cooperation_line_of_the_test_dataset_reads_back_true() {
    let data = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    check_cooperation(&data).unwrap_or_else(|e| panic!("{e}"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn generated_months_read_back_true(
        first in 2015i32..2021,
        months in prop::collection::btree_map(0u32..72, prop::array::uniform4(0u32..6), 1..40),
    ) {
        let rows: Vec<(i32, u8, [u32; 4])> = months
            .into_iter()
            .map(|(i, q)| (first + (i / 12) as i32, (i % 12 + 1) as u8, q))
            .collect();
        let data = with_months(&rows);
        if let Err(e) = check_cooperation(&data) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// The years the header line names (`years 1990–2025`), if it names them.
fn header_years(cells: &[Vec<String>]) -> Option<(i32, i32)> {
    let top: String = cells.first()?.concat();
    let rest = &top[top.find("years ")? + "years ".len()..];
    let first: i32 = rest.get(..4)?.parse().ok()?;
    let after = rest.get(4..)?.trim_start_matches(['–', '-']);
    let last: i32 = after.get(..4)?.parse().ok()?;
    Some((first, last))
}

/// Checks the arms pane on `buf` against `data`'s deliveries; one line per problem.
///
/// Every year of the span gets a slot of equal width, what the plot's columns leave over
/// shared between its two sides (each year at least one column); a year's bar and its
/// no-TIV mark stand in its slot, and its label is centred on it.
fn arms_disagreements(buf: &Buffer, data: &Dataset) -> Vec<String> {
    let cells = cells(buf);
    let Some((x0, x1, y0, y1)) = pane(&cells, "Arms") else {
        return vec!["no arms pane".to_string()];
    };
    let mut out = Vec::new();
    let years: Vec<i32> = data
        .arms
        .iter()
        .flat_map(|a| std::iter::once(a.order_year.value).chain(a.delivery_years.clone()))
        .collect();
    // The axis spans the years the header gives (every year the dataset covers), so the
    // header, the switcher and the arms axis agree; read them off the screen.
    let (first, last) = header_years(&cells)
        .unwrap_or_else(|| (*years.iter().min().unwrap(), *years.iter().max().unwrap()));
    // The plot: one column of labels on the left, a blank one on the right.
    let (left, right) = (x0 + 1, x1 - 1);
    let n = (last - first + 1) as usize;
    let width = right - left + 1;
    let slot = width / n;
    let (from, columns) = if slot >= 2 {
        (left + (width - slot * n) / 2, slot * n)
    } else {
        (left, width)
    };
    let year_columns = |year: i32| {
        let (c0, c1) = month_columns(
            from as u16,
            (from + columns - 1) as u16,
            (first * 12, (last + 1) * 12),
            year * 12,
            year * 12 + 11,
        );
        (usize::from(c0), usize::from(c1))
    };
    let Some(labels) = (y0..=y1).find(|&y| {
        let text: String = cells[y][x0..=x1].concat();
        // Whole years only: a bar's count (a chart of deals without TIV) is not a label.
        text.contains(|c: char| c.is_ascii_digit())
            && text.chars().all(|c| c == ' ' || c.is_ascii_digit())
            && text.split_whitespace().all(|w| w.len() == 4)
    }) else {
        return vec!["no year labels".to_string()];
    };
    let theme = screen::dark();
    let marks = [theme.bar_full[0], theme.bar_full[1], theme.unmeasured];
    let delivered: Vec<i32> = data.derived.arms.iter().map(|a| a.year).collect();
    for (y, row) in cells.iter().enumerate().take(labels).skip(y0) {
        for (x, cell) in row.iter().enumerate().take(right + 1).skip(left) {
            let cell = cell.as_str();
            if marks.contains(&cell)
                && !delivered.iter().any(|&year| {
                    let (c0, c1) = year_columns(year);
                    (c0..=c1).contains(&x)
                })
            {
                out.push(format!(
                    "{cell} at column {x}, row {y}: no delivery's year there"
                ));
            }
        }
    }
    for &year in &delivered {
        let (c0, c1) = year_columns(year);
        let shown = (y0..labels).any(|y| (c0..=c1).any(|x| marks.contains(&cells[y][x].as_str())));
        if !shown {
            out.push(format!(
                "deliveries of {year}: nothing in columns {c0}..={c1}"
            ));
        }
    }
    let mut x = x0;
    while let Some((word, start, end)) = first_word(&cells[labels], x, x1) {
        match word.parse::<i32>() {
            Ok(year) if word.len() == 4 && (first..=last).contains(&year) => {
                // Centred on its slot, or pushed in from the plot's edge.
                let (c0, c1) = year_columns(year);
                let at_edge = start == from || end + 1 == from + columns;
                let (m0, m1) = if at_edge {
                    (start, end)
                } else {
                    (start + 1, end - 1)
                };
                if m1 < c0 || c1 < m0 {
                    out.push(format!(
                        "year label {year} at {start}..={end}, its slot {c0}..={c1}"
                    ));
                }
            }
            _ => out.push(format!(
                "year label {word:?} is not a whole year of {first}–{last}"
            )),
        }
        x = end + 1;
        if x > x1 {
            break;
        }
    }
    out
}

#[test]
fn the_arms_bars_stand_in_their_years_under_whole_labels() {
    let mut datasets: Vec<(String, Dataset)> = bilat::data::BUNDLED
        .iter()
        .map(|b| {
            let data = Dataset::load(bilat::data::Origin::Bundled(b)).unwrap();
            (b.name.to_string(), data)
        })
        .collect();
    let minimal = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    datasets.push(("minimal".to_string(), minimal));
    // A dataset without an arms table has no arms pane to read.
    datasets.retain(|(_, data)| data.has(bilat::data::TableId::Arms));
    assert!(datasets.len() >= 2, "the bundled pairs with arms are read");
    for (name, data) in &datasets {
        for (w, h) in SIZES {
            for zoomed in [false, true] {
                let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
                if zoomed {
                    app.zoom(bilat::tui::panes::arms::ID);
                }
                let buf = screen::render(&app);
                let problems = arms_disagreements(&buf, data);
                assert!(
                    problems.is_empty(),
                    "{name} {w}x{h}{}:\n{}\n{}",
                    if zoomed { " zoomed" } else { "" },
                    problems.join("\n"),
                    screen::text(&buf)
                );
            }
        }
    }
}
