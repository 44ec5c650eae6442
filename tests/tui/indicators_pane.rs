//! The indicators pane read back off the drawn screen and held against
//! `Dataset::indicator_series()`: every bundled pair, every indicator, at 80x24, 120x40 and
//! 200x55. Each value is a point in its year's columns on its value's row (by the scale's
//! labels), each gap a `?` on the baseline, no dot joins years across a gap, and the title
//! and the lines below name the indicator, its unit and what a higher value means. Then the
//! keys that change indicator, the record, plain words, compare and the snapshots.

use crate::chart_screen::month_columns;
use crate::screen;

use bilat::data::{Dataset, IndicatorSeries, YearSpan};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use bilat::tui::panes::indicators;
use ratatui::buffer::Buffer;
use screen::{render, text};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 55)];
/// The bundled pairs, and the minimal fixture, whose bounded indicator has a gap (2020)
/// between two values and a marked one.
const PAIRS: [&str; 4] = [
    "data/russia-china",
    "data/india-russia",
    "data/china-pakistan",
    "tests/fixtures/valid/minimal",
];

fn bundled(name: &str) -> Dataset {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    Dataset::from_folder(&dir).unwrap()
}

/// The dashboard on `name` with the indicators pane in focus.
fn indicators_app(name: &str, width: u16, height: u16) -> App {
    let mut app = screen::app_of(bundled(name), screen::dark(), width, height);
    app.set_focus(indicators::ID);
    app
}

/// The pane as the screen shows it: every cell, and the inside of its border
/// (left, right, top, bottom, inclusive), with its title row's text.
struct Pane {
    cells: Vec<Vec<String>>,
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
    title: String,
}

fn read_pane(buf: &Buffer) -> Option<Pane> {
    let (w, h) = (usize::from(buf.area.width), usize::from(buf.area.height));
    let cells: Vec<Vec<String>> = (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x as u16, y as u16)].symbol().to_string())
                .collect()
        })
        .collect();
    for y in 0..h {
        for x in 0..w {
            let rest = cells[y][x..].concat();
            let named = rest.starts_with("┌ ")
                && rest[4..]
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(" Indicators");
            if named {
                let right = (x + 1..w).find(|&c| cells[y][c] == "┐")?;
                let bottom = (y + 1..h).find(|&r| cells[r][x] == "└")?;
                let title = cells[y][x..=right].concat();
                return Some(Pane {
                    cells,
                    x0: x + 1,
                    x1: right - 1,
                    y0: y + 1,
                    y1: bottom - 1,
                    title,
                });
            }
        }
    }
    None
}

impl Pane {
    fn row(&self, y: usize) -> String {
        self.cells[y][self.x0..=self.x1].concat()
    }
}

/// Checks the pane on `buf` against `series` over `span`; one line per disagreement.
fn disagreements(buf: &Buffer, series: &IndicatorSeries<'_>, span: YearSpan) -> Vec<String> {
    let Some(p) = read_pane(buf) else {
        return vec!["no indicators pane".to_string()];
    };
    let mut out = Vec::new();
    let def = series.indicator;
    // The title names the indicator (cut where the pane is narrow).
    let named = format!("{} {}", screen::dark().glyphs.point(0), def.name);
    let shown_title: String = p.title.chars().skip(16).take_while(|&c| c != '─').collect();
    let shown_title = shown_title.trim_end_matches([' ', '┐']);
    // Less the position among several (` 2/3`), kept whole however narrow.
    let shown_title = match shown_title.rsplit_once(' ') {
        Some((name, count))
            if count.contains('/') && count.chars().all(|c| c.is_ascii_digit() || c == '/') =>
        {
            name
        }
        _ => shown_title,
    };
    let shown_title = shown_title.trim_end_matches(['…', ' ']);
    if !named.starts_with(shown_title.trim_start()) && !shown_title.contains(&named) {
        out.push(format!("title {:?} does not name {:?}", p.title, def.name));
    }
    // The value labels: numbers at the left of the rows, right-aligned in the gutter.
    let mut labels: Vec<(usize, f64, usize)> = Vec::new();
    for y in p.y0..=p.y1 {
        let row = &p.cells[y];
        let Some(start) = (p.x0..=p.x1).find(|&x| row[x] != " ") else {
            continue;
        };
        let end = (start..=p.x1)
            .take_while(|&x| row[x] != " ")
            .last()
            .unwrap();
        let word = row[start..=end].concat();
        if word.len() <= 6
            && word.parse::<f64>().is_ok()
            && !(1000..=3000).contains(&word.parse::<i32>().unwrap_or(0))
        {
            labels.push((y, word.parse().unwrap(), end));
        }
    }
    let (Some(&(top_row, top, _)), Some(&(base_row, bottom, _))) = (labels.first(), labels.last())
    else {
        return vec![format!(
            "no value labels: {:?}",
            (p.y0..=p.y1).map(|y| p.row(y)).collect::<Vec<_>>()
        )];
    };
    if top_row != p.y0 || top <= bottom {
        out.push(format!(
            "scale {top} on row {top_row}, {bottom} on row {base_row}"
        ));
    }
    if let Some([low, high]) = def.range
        && (top, bottom) != (high, low)
    {
        out.push(format!(
            "a bounded indicator's scale is its range {low}..{high}, not {bottom}..{top}"
        ));
    }
    let gutter_end = labels.iter().map(|l| l.2).max().unwrap();
    let (left, right) = (gutter_end + 2, p.x1 - 1);
    let h = (base_row - top_row) as f64;
    let near = |y: usize, v: f64| {
        let want = base_row as f64 - (v - bottom) / (top - bottom) * h;
        (y as f64 - want).abs() <= 0.5 + 1e-9
    };
    let extent = (span.first * 12, (span.last + 1) * 12);
    let slot = |year: i32| {
        let (a, b) = month_columns(left as u16, right as u16, extent, year * 12, year * 12 + 11);
        (usize::from(a), usize::from(b))
    };
    let glyph = screen::dark().glyphs.point(0);
    let points: Vec<(i32, f64)> = series
        .points
        .iter()
        .filter(|r| span.contains(r.year))
        .filter_map(|r| r.value.map(|v| (r.year, v.value)))
        .collect();
    for &(year, v) in &points {
        let (a, b) = slot(year);
        let found =
            (top_row..=base_row).any(|y| near(y, v) && (a..=b).any(|x| p.cells[y][x] == glyph));
        if !found {
            out.push(format!("{year} ({v}): no {glyph} in columns {a}..={b}"));
        }
    }
    let linked = |x: usize| {
        points
            .windows(2)
            .any(|w| w[1].0 == w[0].0 + 1 && slot(w[0].0).0 <= x && x <= slot(w[1].0).1)
    };
    for y in top_row..=base_row {
        for x in left..=right {
            let cell = p.cells[y][x].as_str();
            if cell == glyph {
                let explained = points.iter().any(|&(year, v)| {
                    let (a, b) = slot(year);
                    (a..=b).contains(&x) && near(y, v)
                });
                if !explained {
                    out.push(format!(
                        "a {glyph} at ({x}, {y}) is no value of the years there"
                    ));
                }
            } else if cell == "·" && !linked(x) {
                out.push(format!("a dot at ({x}, {y}) joins years across a gap"));
            }
        }
    }
    // Gaps: a `?` on the baseline in the year's columns (or a point there, drawn over it).
    for r in series
        .points
        .iter()
        .filter(|r| span.contains(r.year) && r.value.is_none())
    {
        let (a, b) = slot(r.year);
        if !(a..=b).any(|x| p.cells[base_row][x] == "?" || p.cells[base_row][x] == glyph) {
            out.push(format!("the gap of {} has no ? on the baseline", r.year));
        }
    }
    for x in left..=right {
        if p.cells[base_row][x] == "?" {
            let year_gap = series.points.iter().any(|r| {
                r.value.is_none()
                    && span.contains(r.year)
                    && (slot(r.year).0..=slot(r.year).1).contains(&x)
            });
            if !year_gap {
                out.push(format!("a ? at column {x} is no gap"));
            }
        }
    }
    // The line under the chart says what a higher value means.
    let higher = format!("Higher: {}", def.higher);
    let said = p.row(p.y1);
    let said = said.trim_end().trim_end_matches('…');
    if !higher.starts_with(said) && !said.contains(&higher) {
        out.push(format!("the last line {said:?} does not say {higher:?}"));
    }
    out
}

/// Every indicator of every bundled pair, at every size, as drawn and zoomed.
#[test]
fn every_indicator_drawn_reads_back_as_its_series() {
    for name in PAIRS {
        let data = bundled(name);
        let series = data.indicator_series();
        assert!(!series.is_empty(), "{name} has no indicators");
        for (w, h) in SIZES {
            for zoomed in [false, true] {
                let mut app = indicators_app(name, w, h);
                app.set_zoomed(zoomed);
                for (i, s) in series.iter().enumerate() {
                    assert_eq!(app.charts().indicator, i);
                    let span = app
                        .extent_of(indicators::ID)
                        .unwrap()
                        .intersect(app.charts().shown)
                        .unwrap();
                    let buf = render(&app);
                    let problems = disagreements(&buf, s, span);
                    assert!(
                        problems.is_empty(),
                        "{name} {w}x{h} zoomed {zoomed} {}:\n{}\n{}",
                        s.indicator.id,
                        problems.join("\n"),
                        text(&buf)
                    );
                    app.apply(Action::NextIndicator);
                }
                assert_eq!(app.charts().indicator, 0, "i cycles back to the first");
            }
        }
    }
}

/// A dataset holding only its indicators (as a multi-pair import of UN votes makes one):
/// the header gives their years, and the pane draws them true.
#[test]
fn a_dataset_of_indicators_alone_covers_their_years() {
    let tmp = tempfile::tempdir().unwrap();
    let from =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    for file in ["dataset.toml", "indicators.csv"] {
        std::fs::copy(from.join(file), tmp.path().join(file)).unwrap();
    }
    let data = Dataset::from_folder(tmp.path()).unwrap();
    for (w, h) in SIZES {
        let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
        app.set_focus(indicators::ID);
        let buf = render(&app);
        let screen = text(&buf);
        assert!(
            screen.lines().next().unwrap().contains("years 2019–2021"),
            "{screen}"
        );
        let span = app.extent_of(indicators::ID).unwrap();
        let series = data.indicator_series();
        let problems = disagreements(&buf, &series[0], span);
        assert!(
            problems.is_empty(),
            "{w}x{h}: {}\n{screen}",
            problems.join("\n")
        );
    }
}
