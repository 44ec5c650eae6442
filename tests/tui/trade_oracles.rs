//! Oracles for the trade chart: the figures read back off the drawn screen agree with the
//! dataset's rows, over generated datasets (any fiscal start, one to eight series, gaps,
//! figures for part of a year, figures up to 5,000 bn, any years) and every bundled pair, at
//! several terminal sizes.
//! What the chart must show is worked out here from the rows alone, never by the code that
//! draws it: the value labels are whole numbers on a true scale; every figure's glyph sits
//! on its row and over its period's months (in the bars view, the main series' bars over
//! theirs; a figure for part of a year always a glyph, with its span only over its months);
//! every gap of every series has its `?`.

use crate::chart_screen;
use crate::common;
use crate::screen;

use bilat::data::synthetic::{TradeSeries, write_trade};
use bilat::data::{Dataset, Period, Reporter};
use chart_screen::{TradeChart, month_columns};
use proptest::prelude::*;

const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (120, 40), (200, 55)];

/// The months a period covers, counted since January of year 0: its first and last.
fn months(p: Period) -> (i32, i32) {
    let (end_year, end_month) = p.end();
    (
        p.start_year() * 12 + i32::from(p.start_month()) - 1,
        end_year * 12 + i32::from(end_month) - 1,
    )
}

/// What the rows say the chart shows.
struct Expected {
    /// The point glyph of each series, in manifest order.
    glyphs: Vec<&'static str>,
    /// The glyphs of a bar: a whole cell and its eighths.
    bar_glyphs: Vec<&'static str>,
    /// The span across a part-year figure's months.
    part_span: &'static str,
    /// The series drawn as bars in the bars view.
    main: usize,
    /// (series, first month, last month, USD bn) of every figure; fewer than twelve months
    /// is a figure for part of a year.
    figures: Vec<(usize, i32, i32, f64)>,
    /// (series, first month, last month) of every gap.
    gaps: Vec<(usize, i32, i32)>,
    /// The months the plot covers, the end excluded: the calendar years from the first
    /// whose July a period holds to the last, widened to every period's months.
    extent: (i32, i32),
}

fn expected(d: &Dataset) -> Expected {
    let theme = screen::dark();
    let series = &d.manifest.trade_series;
    let glyphs = (0..series.len()).map(|i| theme.glyphs.point(i)).collect();
    let bar_glyphs = std::iter::once(theme.bar_full[0])
        .chain(theme.bar_eighths.into_iter().filter(|g| g.trim() != ""))
        .collect();
    let figures = d
        .trade
        .iter()
        .filter_map(|t| {
            let (a, b) = months(t.period);
            t.value_usd_bn.map(|v| (t.series, a, b, v.value))
        })
        .collect();
    let mut gaps = Vec::new();
    for (s, declared) in series.iter().enumerate() {
        // Part of a year is never a gap's neighbour: the years run on without it.
        let twelve = |t: &&bilat::data::TradeRow| {
            let (a, b) = months(t.period);
            b - a == 11
        };
        let rows: Vec<_> = d
            .trade
            .iter()
            .filter(|t| t.series == s)
            .filter(twelve)
            .collect();
        let has_figure = |first: i32| {
            rows.iter()
                .any(|t| months(t.period).0 == first && t.value_usd_bn.is_some())
        };
        if declared.reporter == Reporter::Statement {
            // Statements are not expected every year: a gap is a row without a figure.
            gaps.extend(
                rows.iter()
                    .filter(|t| t.value_usd_bn.is_none())
                    .map(|t| (s, months(t.period).0, months(t.period).1)),
            );
        } else if let (Some(first), Some(last)) = (
            rows.iter().map(|t| months(t.period).0).min(),
            rows.iter().map(|t| months(t.period).0).max(),
        ) {
            // Every twelve months from the first row to the last without a figure.
            let mut m = first;
            while m <= last {
                if !has_figure(m) {
                    gaps.push((s, m, m + 11));
                }
                m += 12;
            }
        }
    }
    // The calendar year of each period's middle month (the earlier of two): for twelve
    // months a..=a+11, the year whose July it holds (July of year y is month 12y + 6).
    let july_year = |t: &&bilat::data::TradeRow| {
        let (a, b) = months(t.period);
        (a + (b - a) / 2).div_euclid(12)
    };
    let first_year = d.trade.iter().map(|t| july_year(&t)).min().unwrap_or(2000);
    let last_year = d.trade.iter().map(|t| july_year(&t)).max().unwrap_or(2000);
    let first_month = d.trade.iter().map(|t| months(t.period).0).min();
    let end_month = d.trade.iter().map(|t| months(t.period).1 + 1).max();
    let extent = (
        first_month.map_or(first_year * 12, |m| m.min(first_year * 12)),
        end_month.map_or((last_year + 1) * 12, |m| m.max((last_year + 1) * 12)),
    );
    Expected {
        glyphs,
        bar_glyphs,
        part_span: theme.part_span,
        main: d.derived.main_series,
        figures,
        gaps,
        extent,
    }
}

/// Every way the chart read off the screen disagrees with the rows, one per line.
fn disagreements(chart: &TradeChart, want: &Expected, bars: bool) -> Vec<String> {
    let mut out = Vec::new();
    // (a) Each value label a whole number, and together a true scale.
    let mut top = None;
    for (row, text, start, end) in &chart.labels {
        let before = chart.cell(start - 1, *row);
        let after = chart.cell(end + 1, *row);
        if !(before == " " || before == "│") || after != " " {
            out.push(format!("label {text:?} on row {row} is cut"));
        }
        let grouped = text.trim_start_matches('-').split('.').next().unwrap_or("");
        let groups: Vec<&str> = grouped.split(',').collect();
        let well_grouped = groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3);
        let value: Option<f64> = text.replace(',', "").parse().ok();
        match value {
            Some(v) if well_grouped => {
                if *row == chart.top_row {
                    top = Some(v);
                }
            }
            _ => out.push(format!("label {text:?} on row {row} is not a number")),
        }
    }
    let Some(top) = top.filter(|t| *t > 0.0) else {
        out.push("no positive label at the top".to_string());
        return out;
    };
    let most = want.figures.iter().map(|f| f.3).fold(0.0, f64::max);
    if top < most {
        out.push(format!(
            "the top label {top} is below the largest figure {most}"
        ));
    }
    let height = f64::from(chart.baseline - chart.top_row);
    let row_of = |v: f64| f64::from(chart.baseline) - v / top * height;
    for (row, text, ..) in &chart.labels {
        if let Ok(v) = text.replace(',', "").parse::<f64>()
            && (f64::from(*row) - row_of(v)).abs() > 0.5 + 1e-9
        {
            out.push(format!(
                "label {text} on row {row}, its value's row is {}",
                row_of(v)
            ));
        }
    }
    // (b) Each figure's glyph on its row, over its months; each glyph on screen a figure's.
    let (left, right) = (chart.left, chart.right);
    let columns = |a: i32, b: i32| month_columns(left, right, want.extent, a, b);
    let rows_near = |v: f64| {
        let r = row_of(v);
        (chart.top_row..=chart.baseline).filter(move |y| (f64::from(*y) - r).abs() <= 0.5 + 1e-9)
    };
    let is_glyph = |s: &str| want.glyphs.contains(&s);
    let is_bar = |s: &str| want.bar_glyphs.contains(&s);
    // Part of a year is a point in the bars view too.
    let as_bars = |&(s, a, b, _): &(usize, i32, i32, f64)| bars && s == want.main && b - a == 11;
    for &(s, a, b, v) in want.figures.iter().filter(|f| !as_bars(f)) {
        let (c0, c1) = columns(a, b);
        let shown = rows_near(v).any(|y| (c0..=c1).any(|x| is_glyph(chart.cell(x, y))));
        if !shown {
            out.push(format!(
                "{} of series {s} (months {a}..={b}, {v} bn): no glyph in columns {c0}..={c1} on row {:.1}",
                want.glyphs[s],
                row_of(v)
            ));
        }
    }
    for y in chart.top_row..=chart.baseline {
        for x in left..=right {
            let cell = chart.cell(x, y);
            for (s, _) in want.glyphs.iter().enumerate().filter(|(_, g)| **g == cell) {
                let explained = want.figures.iter().any(|&(fs, a, b, v)| {
                    let (c0, c1) = columns(a, b);
                    fs == s && (c0..=c1).contains(&x) && rows_near(v).any(|r| r == y)
                });
                if !explained {
                    out.push(format!(
                        "{cell} at column {x}, row {y}: no figure of series {s} there"
                    ));
                }
            }
        }
        // In the bars view, each bar's cells over its period's months.
        for x in (left..=right).filter(|&x| is_bar(chart.cell(x, y))) {
            let explained = want.figures.iter().any(|f| {
                let (c0, c1) = columns(f.1, f.2);
                as_bars(f) && (c0..=c1).contains(&x)
            });
            if !explained {
                out.push(format!(
                    "{} at column {x}, row {y}: no bar's months there",
                    chart.cell(x, y)
                ));
            }
        }
        // Each cell of a part-year span on a part-year figure's row, over its months.
        for x in (left..=right).filter(|&x| chart.cell(x, y) == want.part_span) {
            let explained = want.figures.iter().any(|&(_, a, b, v)| {
                let (c0, c1) = columns(a, b);
                b - a < 11 && (c0..=c1).contains(&x) && rows_near(v).any(|r| r == y)
            });
            if !explained {
                out.push(format!(
                    "{} at column {x}, row {y}: no part-year figure's months there",
                    want.part_span
                ));
            }
        }
        // Nothing is drawn in the blank column before the border.
        if chart.cell(right + 1, y) != " " {
            out.push(format!(
                "row {y} runs past the plot: {:?}",
                chart.cell(right + 1, y)
            ));
        }
    }
    // Each bar tall enough for a whole cell stands on the baseline over its months (or a
    // point of another series sits on its foot).
    let room = f64::from(chart.baseline - chart.top_row + 1);
    for &(s, a, b, v) in want.figures.iter().filter(|f| as_bars(f)) {
        let (c0, c1) = columns(a, b);
        let foot = (c0..=c1).any(|x| {
            let cell = chart.cell(x, chart.baseline);
            is_bar(cell) || is_glyph(cell)
        });
        if v / top * room >= 1.0 && !foot {
            out.push(format!(
                "bar of series {s} (months {a}..={b}, {v} bn): none in columns {c0}..={c1}"
            ));
        }
    }
    // (c) Every gap of every series: a `?` on the baseline over its months, unless a
    // figure sits there (a mark never hides one).
    for &(s, a, b) in &want.gaps {
        let (c0, c1) = columns(a, b);
        let marked = (c0..=c1).any(|x| {
            let cell = chart.cell(x, chart.baseline);
            cell == "?" || is_glyph(cell) || (bars && is_bar(cell))
        });
        if !marked {
            out.push(format!(
                "gap of series {s} (months {a}..={b}) has no ? in columns {c0}..={c1}"
            ));
        }
    }
    // And each year label over its year.
    for &(year, start, end) in &chart.years {
        let (c0, c1) = columns(year * 12, year * 12 + 11);
        let at_edge = start == left || end == right;
        let (m0, m1) = if at_edge {
            (start, end)
        } else {
            (start + 1, end - 1)
        };
        if m1 < c0 || c1 < m0 {
            out.push(format!(
                "year label {year} at {start}..={end}, its months at {c0}..={c1}"
            ));
        }
    }
    out
}

/// Draws `data` at each size, as the dashboard and zoomed, and checks each screen.
fn check_everywhere(data: &Dataset) -> Result<(), String> {
    let want = expected(data);
    for (w, h) in SIZES {
        for (zoomed, bars) in [(false, false), (true, false), (false, true), (true, true)] {
            let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
            if zoomed {
                app.zoom(bilat::tui::panes::trade::ID);
            }
            app.charts_mut().bars = bars;
            let buf = screen::render(&app);
            let problems = match chart_screen::read(&buf) {
                Ok(chart) => {
                    let mut found = disagreements(&chart, &want, bars);
                    if !found.is_empty() {
                        found.push(format!(
                            "(plot columns {}..={}, rows {}..={}, months {:?}; figures {:?})",
                            chart.left,
                            chart.right,
                            chart.top_row,
                            chart.baseline,
                            want.extent,
                            want.figures
                        ));
                    }
                    found
                }
                Err(e) => vec![e],
            };
            if !problems.is_empty() {
                return Err(format!(
                    "{w}x{h}{}{}:\n{}\n{}",
                    if zoomed { " zoomed" } else { "" },
                    if bars { " bars" } else { "" },
                    problems.join("\n"),
                    screen::text(&buf)
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn every_bundled_pair_reads_back_true() {
    for bundled in &bilat::data::BUNDLED {
        let data = Dataset::load(bilat::data::Origin::Bundled(bundled)).unwrap();
        if let Err(e) = check_everywhere(&data) {
            panic!("{}: {e}", bundled.name);
        }
    }
}

#[test]
fn every_valid_fixture_reads_back_true() {
    for name in ["minimal", "spreadsheet", "two-bases"] {
        let data = Dataset::from_folder(&common::fixtures().join("valid").join(name)).unwrap();
        if let Err(e) = check_everywhere(&data) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn compared_pairs_share_one_axis_and_read_back_true() {
    let load = |name| {
        Dataset::load(bilat::data::Origin::Bundled(
            bilat::data::Bundled::find(name).unwrap(),
        ))
        .unwrap()
    };
    let pairs = [load("russia-china"), load("india-russia")];
    let wants: Vec<Expected> = pairs.iter().map(expected).collect();
    // One axis for both: the months of every period of either.
    let extent = (
        wants.iter().map(|w| w.extent.0).min().unwrap(),
        wants.iter().map(|w| w.extent.1).max().unwrap(),
    );
    for (w, h) in SIZES {
        let mut app = screen::app_of(pairs[0].clone(), screen::dark(), w, h);
        app.opened(Ok(pairs[1].clone()), true);
        let buf = screen::render(&app);
        for (n, want) in wants.iter().enumerate() {
            let want = Expected {
                extent,
                glyphs: want.glyphs.clone(),
                bar_glyphs: want.bar_glyphs.clone(),
                part_span: want.part_span,
                figures: want.figures.clone(),
                gaps: want.gaps.clone(),
                main: want.main,
            };
            let problems = match chart_screen::read_nth(&buf, n) {
                Ok(chart) => disagreements(&chart, &want, false),
                Err(e) => vec![e],
            };
            assert!(
                problems.is_empty(),
                "{w}x{h}, pane {n}:\n{}\n{}",
                problems.join("\n"),
                screen::text(&buf)
            );
        }
    }
}

#[test]
fn compared_pairs_on_their_own_scales_read_back_true_and_say_so() {
    // On one shared scale India–Russia's trade lies flat under Russia–China's; the key for
    // each pair's own scale gives it a scale of its own, and each title says which it is.
    let load = |name| {
        Dataset::load(bilat::data::Origin::Bundled(
            bilat::data::Bundled::find(name).unwrap(),
        ))
        .unwrap()
    };
    let pairs = [load("russia-china"), load("india-russia")];
    let wants: Vec<Expected> = pairs.iter().map(expected).collect();
    let extent = (
        wants.iter().map(|w| w.extent.0).min().unwrap(),
        wants.iter().map(|w| w.extent.1).max().unwrap(),
    );
    let top = |chart: &chart_screen::TradeChart| -> f64 {
        chart.labels[0].1.replace(',', "").parse().unwrap()
    };
    for (w, h) in SIZES {
        let mut app = screen::app_of(pairs[0].clone(), screen::dark(), w, h);
        app.opened(Ok(pairs[1].clone()), true);
        let shared = screen::render(&app);
        let before = screen::text(&shared);
        assert_eq!(before.matches("USD bn, shared").count(), 2, "{before}");
        app.apply(bilat::tui::input::action::Action::OwnScale);
        let own = screen::render(&app);
        let text = screen::text(&own);
        assert_eq!(text.matches("USD bn, own").count(), 2, "{text}");
        for (n, want) in wants.iter().enumerate() {
            let want = Expected {
                extent,
                glyphs: want.glyphs.clone(),
                bar_glyphs: want.bar_glyphs.clone(),
                part_span: want.part_span,
                figures: want.figures.clone(),
                gaps: want.gaps.clone(),
                main: want.main,
            };
            let chart = chart_screen::read_nth(&own, n).unwrap();
            let problems = disagreements(&chart, &want, false);
            assert!(
                problems.is_empty(),
                "{w}x{h}, pane {n}:\n{}\n{text}",
                problems.join("\n")
            );
        }
        let (china, india) = (
            chart_screen::read_nth(&own, 0).unwrap(),
            chart_screen::read_nth(&own, 1).unwrap(),
        );
        assert!(top(&india) < top(&china), "{w}x{h}:\n{text}");
        let shared_india = chart_screen::read_nth(&shared, 1).unwrap();
        assert_eq!(top(&shared_india), top(&china), "{w}x{h}");
    }
}

/// What a year of a generated series holds.
#[derive(Debug, Clone, Copy)]
enum Year {
    Figure(f64),
    Gap,
    NoRow,
}

fn a_year(scale: f64) -> impl Strategy<Value = Year> {
    prop_oneof![
        6 => (0.0..=1.0f64).prop_map(move |u| Year::Figure((u * scale * 1000.0).round() / 1000.0)),
        2 => Just(Year::Gap),
        2 => Just(Year::NoRow),
    ]
}

fn a_series() -> impl Strategy<Value = TradeSeries> {
    let scale = prop_oneof![
        Just(5_000.0),
        Just(1_000.0),
        Just(300.0),
        Just(40.0),
        Just(2.0)
    ];
    (1u8..=12, prop::bool::weighted(0.25), 1980i32..2025, scale)
        .prop_flat_map(|(start_month, statements, first, scale)| {
            (
                Just(start_month),
                Just(statements),
                Just(first),
                prop::collection::vec(a_year(scale), 1..=30),
                // Up to two figures for part of a year, anywhere in its years or past them.
                prop::collection::btree_map(0i32..32, (1u8..=12, 1u8..=11, 0.0..=1.0f64), 0..=2),
                Just(scale),
            )
        })
        .prop_map(
            |(start_month, statements, first, years, parts, scale)| TradeSeries {
                start_month,
                statements,
                parts: parts
                    .into_iter()
                    .map(|(k, (month, count, u))| {
                        (
                            first + k,
                            month,
                            count,
                            (u * scale * 1000.0).round() / 1000.0,
                        )
                    })
                    .collect(),
                rows: years
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, y)| {
                        let year = first + i as i32;
                        match y {
                            Year::Figure(v) => Some((year, Some(v))),
                            Year::Gap => Some((year, None)),
                            Year::NoRow => None,
                        }
                    })
                    .collect(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generated_datasets_read_back_true(series in prop::collection::vec(a_series(), 1..=8)) {
        // Every series has a row, or the dataset has nothing to draw.
        prop_assume!(series.iter().all(|s| !s.rows.is_empty()));
        let tmp = tempfile::tempdir().unwrap();
        write_trade(tmp.path(), &series).unwrap();
        let data = Dataset::from_folder(tmp.path()).unwrap();
        if let Err(e) = check_everywhere(&data) {
            prop_assert!(false, "{}", e);
        }
    }
}
