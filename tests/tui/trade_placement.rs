//! Where the trade chart puts a figure, a gap's mark and a value label, in the cases that
//! once went wrong: a fiscal year that ends after the last calendar year, the gaps of a
//! series other than the main one, and labels of four digits and more.

use crate::chart_screen;
use crate::screen;

use bilat::data::Dataset;
use bilat::data::synthetic::{TradeSeries, write_trade};

fn dataset(series: &[TradeSeries]) -> Dataset {
    let tmp = tempfile::tempdir().unwrap();
    write_trade(tmp.path(), series).unwrap();
    Dataset::from_folder(tmp.path()).unwrap()
}

fn calendar(rows: &[(i32, Option<f64>)]) -> TradeSeries {
    TradeSeries {
        start_month: 1,
        statements: false,
        parts: Vec::new(),
        rows: rows.to_vec(),
    }
}

/// The columns of `glyph` on the trade chart's rows.
fn columns_of(chart: &chart_screen::TradeChart, glyph: &str) -> Vec<u16> {
    let mut found: Vec<u16> = (chart.top_row..=chart.baseline)
        .flat_map(|y| (chart.left..=chart.right).map(move |x| (x, y)))
        .filter(|&(x, y)| chart.cell(x, y) == glyph)
        .map(|(x, _)| x)
        .collect();
    found.sort();
    found
}

#[test]
fn the_newest_fiscal_year_sits_after_the_calendar_year_it_ends_after() {
    // July to June: FY2014-15 to FY2017-18, beside calendar 2015 to 2017.
    let fiscal = TradeSeries {
        start_month: 7,
        statements: false,
        parts: Vec::new(),
        rows: vec![
            (2014, Some(10.0)),
            (2015, Some(20.0)),
            (2016, Some(30.0)),
            (2017, Some(40.0)),
        ],
    };
    let yearly = calendar(&[(2015, Some(15.0)), (2016, Some(25.0)), (2017, Some(35.0))]);
    let data = dataset(&[fiscal, yearly]);
    for (w, h) in [(80, 24), (120, 40)] {
        let app = screen::app_of(data.clone(), screen::dark(), w, h);
        let buf = screen::render(&app);
        let chart = chart_screen::read(&buf).unwrap();
        let fy = columns_of(&chart, "◆");
        let cal = columns_of(&chart, "●");
        // FY2017-18 (July 2017 to June 2018) is centred on January 2018, calendar 2017 on
        // July 2017: the fiscal year is drawn to the right, not in 2017's column.
        assert_eq!(fy.len(), 4, "{}", screen::text(&buf));
        assert_eq!(cal.len(), 3, "{}", screen::text(&buf));
        assert!(
            fy[3] > cal[2],
            "{w}x{h}: {fy:?} {cal:?}\n{}",
            screen::text(&buf)
        );
        // And the first fiscal year, from July 2014, half a year before calendar 2015.
        assert!(
            fy[0] < cal[0],
            "{w}x{h}: {fy:?} {cal:?}\n{}",
            screen::text(&buf)
        );
    }
}

#[test]
fn every_series_marks_its_gaps() {
    let main = calendar(&(2010..=2020).map(|y| (y, Some(50.0))).collect::<Vec<_>>());
    // The second series gives 2010, 2015 and 2020 only: eight years without a figure.
    let second = calendar(&[(2010, Some(20.0)), (2015, Some(20.0)), (2020, Some(20.0))]);
    let data = dataset(&[main, second]);
    let mut app = screen::app_of(data, screen::dark(), 120, 40);
    app.zoom(bilat::tui::panes::trade::ID);
    let buf = screen::render(&app);
    let chart = chart_screen::read(&buf).unwrap();
    let marks = (chart.left..=chart.right)
        .filter(|&x| chart.cell(x, chart.baseline) == "?")
        .count();
    assert_eq!(marks, 8, "{}", screen::text(&buf));
}

#[test]
fn value_labels_of_four_digits_show_whole() {
    for (most, want) in [
        (980.0, ["1,000", "500", "0"]),
        (1900.0, ["2,000", "1,000", "0"]),
        (4800.0, ["5,000", "2,500", "0"]),
    ] {
        let data = dataset(&[calendar(&[(2020, Some(most / 2.0)), (2021, Some(most))])]);
        let mut app = screen::app_of(data, screen::dark(), 80, 24);
        app.zoom(bilat::tui::panes::trade::ID);
        let buf = screen::render(&app);
        let chart = chart_screen::read(&buf).unwrap();
        let labels: Vec<&str> = chart.labels.iter().map(|l| l.1.as_str()).collect();
        assert_eq!(labels, want, "{}", screen::text(&buf));
    }
}

#[test]
fn a_fiscal_years_bar_stands_over_its_own_months() {
    // July to June, FY2014-15 to FY2017-18: the bars run from July 2014 to June 2018, each
    // parted from the next by a blank column.
    let fiscal = TradeSeries {
        start_month: 7,
        statements: false,
        parts: Vec::new(),
        rows: (2014..=2017).map(|y| (y, Some(10.0))).collect(),
    };
    let data = dataset(&[fiscal]);
    let mut app = screen::app_of(data, screen::dark(), 100, 30);
    app.zoom(bilat::tui::panes::trade::ID);
    app.charts_mut().bars = true;
    let buf = screen::render(&app);
    let chart = chart_screen::read(&buf).unwrap();
    let feet: Vec<u16> = (chart.left..=chart.right)
        .filter(|&x| chart.cell(x, chart.baseline) == "█")
        .collect();
    let runs = feet.windows(2).filter(|w| w[1] > w[0] + 1).count() + 1;
    assert_eq!(runs, 4, "{}", screen::text(&buf));
    // The last bar runs on past the middle of 2017, to the plot's last columns.
    let (_, _, end_2017) = *chart.years.iter().find(|y| y.0 == 2017).unwrap();
    assert!(
        feet.last().copied() > Some(end_2017 + 4),
        "{feet:?}\n{}",
        screen::text(&buf)
    );
}

#[test]
fn the_zoomed_chart_holds_still_as_the_cursor_moves() {
    // India–Russia's records differ in length from year to year; the zoomed chart's frame
    // (its top label, baseline and labels) stays where it is while the notes below scroll.
    let data = bilat::data::Dataset::load(bilat::data::Origin::Bundled(
        bilat::data::BUNDLED
            .iter()
            .find(|b| b.name == "india-russia")
            .unwrap(),
    ))
    .unwrap();
    for (w, h) in [(80, 24), (120, 40), (200, 55)] {
        let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
        app.zoom(bilat::tui::panes::trade::ID);
        let mut frames = Vec::new();
        for _ in 0..12 {
            let chart = chart_screen::read(&screen::render(&app)).unwrap();
            frames.push((chart.top_row, chart.baseline, chart.labels.clone()));
            app.apply(bilat::tui::input::action::Action::Left);
        }
        assert!(
            frames.windows(2).all(|f| f[0] == f[1]),
            "{w}x{h}: {frames:?}"
        );
    }
}
