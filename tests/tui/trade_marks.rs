//! The trade chart's marks as a user sees them: eight series each with a glyph of its own
//! and a ninth numbered as a repeat; a figure for part of a year drawn over its months as a
//! span, apart from the line of years and named under its year in the details; a lower
//! bound marked above its point and shown `≥` in the details.

use crate::chart_screen;
use crate::screen;

use bilat::data::synthetic::{TradeSeries, write_trade};
use bilat::data::{Bundled, Dataset, Origin};
use bilat::text::symbols::ASCII;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use ratatui::style::Modifier;

fn dataset(series: &[TradeSeries]) -> Dataset {
    let tmp = tempfile::tempdir().unwrap();
    write_trade(tmp.path(), series).unwrap();
    Dataset::from_folder(tmp.path()).unwrap()
}

fn calendar(rows: &[(i32, Option<f64>)], parts: &[(i32, u8, u8, f64)]) -> TradeSeries {
    TradeSeries {
        start_month: 1,
        statements: false,
        rows: rows.to_vec(),
        parts: parts.to_vec(),
    }
}

fn china_pakistan() -> Dataset {
    Dataset::load(Origin::Bundled(Bundled::find("china-pakistan").unwrap())).unwrap()
}

/// The cells of the chart's plot holding `glyph`, as (column, row).
fn cells_of(chart: &chart_screen::TradeChart, glyph: &str) -> Vec<(u16, u16)> {
    (chart.top_row..=chart.baseline)
        .flat_map(|y| (chart.left..=chart.right).map(move |x| (x, y)))
        .filter(|&(x, y)| chart.cell(x, y) == glyph)
        .collect()
}

#[test]
fn eight_series_each_show_a_glyph_of_their_own() {
    let data = china_pakistan();
    assert_eq!(data.manifest.trade_series.len(), 8);
    let theme = screen::dark();
    let glyphs: Vec<&str> = (0..8).map(|i| theme.glyphs.point(i)).collect();
    for (i, g) in glyphs.iter().enumerate() {
        assert!(!glyphs[..i].contains(g), "{g} twice in {glyphs:?}");
    }
    // Zoomed and wide, every series' glyph is in the legend, and each series with a total
    // has its glyph on the plot.
    let mut app = screen::app_of(data.clone(), theme, 240, 60);
    app.zoom(bilat::tui::panes::trade::ID);
    let buf = screen::render(&app);
    let text = screen::text(&buf);
    let chart = chart_screen::read(&buf).unwrap();
    for (i, series) in data.manifest.trade_series.iter().enumerate() {
        let has_total = data.derived.trade[i].iter().any(|p| p.value().is_some());
        if has_total {
            assert!(
                text.contains(&format!("{} {}", glyphs[i], series.label)),
                "legend lacks {} {}:\n{text}",
                glyphs[i],
                series.label
            );
            assert!(!cells_of(&chart, glyphs[i]).is_empty(), "{}", glyphs[i]);
        }
    }
}

#[test]
fn a_ninth_series_is_numbered_as_a_repeat_and_the_legend_says_so() {
    let series: Vec<TradeSeries> = (0..9)
        .map(|i| calendar(&[(2000 + i, Some(10.0 + f64::from(i)))], &[]))
        .collect();
    let mut app = screen::app_of(dataset(&series), screen::dark(), 240, 40);
    app.zoom(bilat::tui::panes::trade::ID);
    let text = screen::text(&screen::render(&app));
    assert!(text.contains("◆ S0"), "{text}");
    assert!(text.contains("★ S7"), "{text}");
    assert!(text.contains("◆2 S8"), "{text}");
    assert!(text.contains("marks repeat past 8 series"), "{text}");
}

#[test]
fn a_part_year_figure_is_a_span_over_its_months_apart_from_the_years() {
    // Calendar years at 10, and January–June 2021 at 30: far above the line of years, so
    // nothing of the line is on its row.
    let data = dataset(&[calendar(
        &[
            (2019, Some(10.0)),
            (2020, Some(10.0)),
            (2021, Some(10.0)),
            (2022, Some(10.0)),
        ],
        &[(2021, 1, 6, 30.0)],
    )]);
    let mut app = screen::app_of(data, screen::dark(), 100, 30);
    app.charts_mut()
        .set_year(bilat::tui::panes::trade::ID, 2021);
    let buf = screen::render(&app);
    let text = screen::text(&buf);
    let chart = chart_screen::read(&buf).unwrap();
    // The years' glyphs share one row; the part-year figure's is alone on a higher one.
    let glyphs = cells_of(&chart, "◆");
    let years_row = glyphs.iter().map(|&(_, y)| y).max().unwrap();
    let above: Vec<(u16, u16)> = glyphs.into_iter().filter(|&(_, y)| y < years_row).collect();
    assert_eq!(above.len(), 1, "one glyph at 30:\n{text}");
    let (x, y) = above[0];
    // Underlined: told apart from a year's point without colour.
    assert!(
        buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "{text}"
    );
    // The span runs over January–June 2021, inside 2021's columns: left of the glyph, and
    // no further than the year's label.
    let spans = cells_of(&chart, "─");
    assert!(!spans.is_empty(), "no span:\n{text}");
    let (c0, c1) = chart_screen::month_columns(
        chart.left,
        chart.right,
        (2019 * 12, 2023 * 12),
        2021 * 12,
        2021 * 12 + 5,
    );
    assert!(
        (c0..=c1).contains(&x),
        "glyph at {x}, Jan–Jun 2021 at {c0}..={c1}:\n{text}"
    );
    for &(sx, sy) in &spans {
        assert_eq!(sy, y, "span off the figure's row:\n{text}");
        assert!(
            (c0..=c1).contains(&sx),
            "span at {sx}, Jan–Jun 2021 at {c0}..={c1}:\n{text}"
        );
    }
    // It reaches both sides of its glyph: a span, not a point.
    assert!(spans.iter().any(|&(sx, _)| sx < x) && spans.iter().any(|&(sx, _)| sx > x));
    // Never joined into the line of years: no link dot on its row.
    assert!(
        cells_of(&chart, "·").iter().all(|&(_, ly)| ly != y),
        "{text}"
    );
    // The details name it under its year, with its months.
    assert!(text.contains("Jan–Jun 2021 30 bn"), "{text}");
}

#[test]
fn a_part_year_figure_of_the_main_series_is_no_bar() {
    let data = dataset(&[calendar(
        &[
            (2019, Some(10.0)),
            (2020, Some(10.0)),
            (2021, Some(10.0)),
            (2022, Some(10.0)),
        ],
        &[(2021, 1, 6, 30.0)],
    )]);
    let mut app = screen::app_of(data, screen::dark(), 100, 30);
    app.charts_mut().bars = true;
    let buf = screen::render(&app);
    let chart = chart_screen::read(&buf).unwrap();
    // The years are bars; the part of 2021 a glyph with its span, above them.
    let glyphs: Vec<(u16, u16)> = cells_of(&chart, "◆");
    assert_eq!(glyphs.len(), 1, "{}", screen::text(&buf));
    assert!(!cells_of(&chart, "─").is_empty(), "{}", screen::text(&buf));
    let bars = cells_of(&chart, "█");
    assert!(
        bars.iter().all(|&(_, y)| y > glyphs[0].1 + 1),
        "{}",
        screen::text(&buf)
    );
}

#[test]
fn china_pakistans_part_year_imports_sit_over_july_2020_to_april_2021() {
    let data = china_pakistan();
    let mut app = screen::app_of(data, screen::dark(), 160, 60);
    app.zoom(bilat::tui::panes::trade::ID);
    // Imports: the part-year row gives imports alone.
    app.apply(bilat::tui::input::action::Action::CycleFlow);
    app.apply(bilat::tui::input::action::Action::CycleFlow);
    app.charts_mut()
        .set_year(bilat::tui::panes::trade::ID, 2020);
    let buf = screen::render(&app);
    let text = screen::text(&buf);
    // Under 2020, by its months, beside the fiscal year that has no import figure.
    assert!(
        text.contains("■ PAK SBP: PAK imports Jul 2020–Apr 2021 10.3"),
        "{text}"
    );
    let chart = chart_screen::read(&buf).unwrap();
    let spans = cells_of(&chart, "─");
    assert!(!spans.is_empty(), "{text}");
    let (c0, c1) = chart_screen::month_columns(
        chart.left,
        chart.right,
        // The axis: January 2004 to the end of FY2024-25 (June 2025).
        (2004 * 12, 2025 * 12 + 6),
        2020 * 12 + 6,
        2021 * 12 + 3,
    );
    assert!(
        spans.iter().all(|&(x, _)| (c0..=c1).contains(&x)),
        "{spans:?} outside {c0}..={c1}:\n{text}"
    );
}

#[test]
fn a_lower_bound_is_marked_above_its_point_and_shown_at_least() {
    // China's official 2012 figure is ">12": drawn at 12, marked, and `≥12` below.
    for (theme, mark, shown) in [
        (screen::dark(), "↑", "≥12 bn"),
        (
            Theme::new(Background::Dark, ColorDepth::None, ASCII),
            "^",
            ">=12 bn",
        ),
    ] {
        let point = theme.glyphs.point(1);
        let mut app = screen::app_of(china_pakistan(), theme, 160, 40);
        app.zoom(bilat::tui::panes::trade::ID);
        app.charts_mut()
            .set_year(bilat::tui::panes::trade::ID, 2012);
        let buf = screen::render(&app);
        let text = screen::text(&buf);
        assert!(
            text.contains(&format!("{point} CHN stats {shown}")),
            "{text}"
        );
        // Each mark stands on a point: `>12` (CHN stats) and `>16` (statements, 2014).
        let mut under = Vec::new();
        for y in 0..buf.area.height - 1 {
            for x in 0..buf.area.width {
                if buf[(x, y)].symbol() == mark {
                    under.push(buf[(x, y + 1)].symbol().to_string());
                }
            }
        }
        under.sort();
        let mut want = vec![point.to_string(), app.theme().glyphs.point(2).to_string()];
        want.sort();
        assert_eq!(under, want, "{text}");
    }
}

#[test]
fn the_trade_development_authoritys_exports_above_2_17_are_at_least_2_17() {
    let mut app = screen::app_of(china_pakistan(), screen::dark(), 160, 40);
    app.zoom(bilat::tui::panes::trade::ID);
    app.apply(bilat::tui::input::action::Action::CycleFlow);
    app.charts_mut()
        .set_year(bilat::tui::panes::trade::ID, 2012);
    let buf = screen::render(&app);
    let text = screen::text(&buf);
    assert!(text.contains("PAK exports to CHN ≥2.17,"), "{text}");
    assert!(!text.contains("2.2 bn"), "{text}");
    // The authority's glyph has the mark above it.
    let data = china_pakistan();
    let tdap = data
        .manifest
        .trade_series
        .iter()
        .position(|s| s.id == "pak-tdap");
    let glyph = app.theme().glyphs.point(tdap.unwrap());
    let chart = chart_screen::read(&buf).unwrap();
    let points = cells_of(&chart, glyph);
    assert!(
        points.iter().any(|&(x, y)| chart.cell(x, y - 1) == "↑"),
        "{glyph} {points:?}:\n{text}"
    );
}
