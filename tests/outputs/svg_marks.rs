//! The exported trade chart read back from its SVG: each series has a marker shape of its
//! own (as the dashboard gives each its glyph), and every footer line sits whole inside the
//! picture. Checked on India–Russia, whose four series use every shape.

use std::collections::BTreeMap;

use bilat::data::Dataset;
use bilat::report::export::{ExportFormat, export};

/// The number in attribute `name="…"` of an SVG tag.
fn attr(tag: &str, name: &str) -> Option<f64> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()?.parse().ok()
}

fn text_attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// A marker's shape, whatever its place: a circle's radius, or a polygon's corners taken
/// from its first corner.
fn shape(tag: &str) -> Option<String> {
    if tag.starts_with("<circle") {
        return Some(format!("circle r={}", attr(tag, "r")?));
    }
    let points: Vec<(i64, i64)> = text_attr(tag, "points")?
        .split_whitespace()
        .filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect();
    let (x0, y0) = *points.first()?;
    let corners: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{},{}", x - x0, y - y0))
        .collect();
    Some(format!("polygon {}", corners.join(" ")))
}

/// The text as read, from the SVG's escaped form.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn india_russia_trade() -> String {
    let data = Dataset::from_folder(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/india-russia"),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    export(&data, ExportFormat::Svg, tmp.path(), false).unwrap();
    std::fs::read_to_string(tmp.path().join("trade.svg")).unwrap()
}

#[test]
fn each_of_four_series_has_a_marker_shape_of_its_own() {
    let svg = india_russia_trade();
    // The markers by fill colour: polygons and circles (lines are polylines).
    let mut shapes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for tag in svg
        .lines()
        .filter(|l| l.starts_with("<polygon") || l.starts_with("<circle"))
    {
        let fill = text_attr(tag, "fill").unwrap().to_string();
        let shape = shape(tag).unwrap_or_else(|| panic!("{tag}"));
        let seen = shapes.entry(fill).or_default();
        if !seen.contains(&shape) {
            seen.push(shape);
        }
    }
    assert_eq!(shapes.len(), 4, "four series, four colours: {shapes:#?}");
    for (fill, seen) in &shapes {
        assert_eq!(seen.len(), 1, "{fill} has one shape everywhere: {seen:?}");
    }
    let mut distinct: Vec<&String> = shapes.values().map(|s| &s[0]).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "four shapes: {shapes:#?}");
}

#[test]
fn every_footer_line_is_whole_inside_the_picture() {
    let svg = india_russia_trade();
    let head = &svg[..svg.find('>').unwrap()];
    let (width, height) = (attr(head, "width").unwrap(), attr(head, "height").unwrap());
    let view_box = text_attr(head, "viewBox").unwrap();
    assert_eq!(view_box, format!("0 0 {width} {height}"));
    let lines: Vec<&str> = svg.lines().collect();
    let mut footer = Vec::new();
    for (i, tag) in lines.iter().enumerate() {
        if !tag.starts_with("<text") {
            continue;
        }
        let text = lines[i + 1];
        let (y, size) = (attr(tag, "y").unwrap(), attr(tag, "font-size").unwrap());
        // Hanging from y (dy 0.76em): the text's foot is about a font size below.
        assert!(y + size <= height, "{text:?} at y {y} + {size} in {height}");
        // About half an em a character (as the footer is laid out), from x, within the width.
        let x = attr(tag, "x").unwrap();
        if text_attr(tag, "text-anchor") == Some("start") {
            let chars = unescape(text).chars().count();
            let right = x + chars as f64 * size * 0.5;
            assert!(right <= width, "{text:?} runs to {right} of {width}");
        }
        if size == 12.0 && y > height - 120.0 {
            footer.push(text);
        }
    }
    for note in [
        "A break in a line is a period with no published figure, not a zero.",
        "Fiscal-year figures sit over the months they cover.",
    ] {
        assert!(footer.contains(&note), "{note}: {footer:#?}");
    }
    assert!(footer[0].starts_with("Source:"), "{footer:#?}");
}

/// The trade chart of a dataset written from `series`.
fn trade_of(series: &[bilat::data::synthetic::TradeSeries]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    bilat::data::synthetic::write_trade(tmp.path(), series).unwrap();
    let data = Dataset::from_folder(tmp.path()).unwrap();
    let out = tempfile::tempdir().unwrap();
    export(&data, ExportFormat::Svg, out.path(), false).unwrap();
    std::fs::read_to_string(out.path().join("trade.svg")).unwrap()
}

/// Each marker's colour and shape: filled polygons and circles by their fill, outlined
/// circles and closed outlines by their stroke (a line or a span is an open polyline).
fn markers(svg: &str) -> BTreeMap<String, Vec<String>> {
    let mut shapes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for tag in svg.lines() {
        let (colour, shape) = if tag.starts_with("<polygon") || tag.starts_with("<circle") {
            let fill = text_attr(tag, "fill").unwrap();
            let colour = if fill == "none" {
                text_attr(tag, "stroke").unwrap()
            } else {
                fill
            };
            let outline = if fill == "none" { "outline " } else { "" };
            (colour, format!("{outline}{}", shape(tag).unwrap()))
        } else if tag.starts_with("<polyline") {
            let points: Vec<&str> = text_attr(tag, "points")
                .unwrap()
                .split_whitespace()
                .collect();
            if points.len() < 3 || points.first() != points.last() {
                continue;
            }
            let polygon = tag.replacen("<polyline", "<polygon", 1);
            let colour = text_attr(tag, "stroke").unwrap();
            (colour, format!("outline {}", shape(&polygon).unwrap()))
        } else {
            continue;
        };
        let seen = shapes.entry(colour.to_string()).or_default();
        if !seen.contains(&shape) {
            seen.push(shape);
        }
    }
    shapes
}

#[test]
fn each_of_eight_series_has_a_colour_and_marker_shape_of_its_own() {
    let series: Vec<bilat::data::synthetic::TradeSeries> = (0..8)
        .map(|i| bilat::data::synthetic::TradeSeries {
            start_month: 1,
            statements: false,
            rows: vec![
                (2000 + i, Some(10.0 + f64::from(i))),
                (2001 + i, Some(12.0)),
            ],
            parts: Vec::new(),
        })
        .collect();
    let shapes = markers(&trade_of(&series));
    assert_eq!(shapes.len(), 8, "eight series, eight colours: {shapes:#?}");
    assert!(!trade_of(&series).contains("marker as"));
    // A ninth shares the first's marker, and the legend says so.
    let mut nine = series.clone();
    nine.push(nine[0].clone());
    assert!(trade_of(&nine).contains("S8 (marker as S0)"));
    for (colour, seen) in &shapes {
        assert_eq!(seen.len(), 1, "{colour} has one shape everywhere: {seen:?}");
    }
    let mut distinct: Vec<&String> = shapes.values().map(|s| &s[0]).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 8, "eight shapes: {shapes:#?}");
}

#[test]
fn a_part_year_figure_is_a_bracketed_span_over_its_months_and_a_lower_bound_an_arrow() {
    let series = [bilat::data::synthetic::TradeSeries {
        start_month: 1,
        statements: false,
        rows: vec![(2019, Some(10.0)), (2020, Some(10.0)), (2021, Some(10.0))],
        parts: vec![(2020, 1, 6, 20.0)],
    }];
    let svg = trade_of(&series);
    // The span: an open horizontal line at one height, from January 2020 to the end of June.
    let spans: Vec<Vec<(f64, f64)>> = svg
        .lines()
        .filter(|t| t.starts_with("<polyline"))
        .map(|t| {
            text_attr(t, "points")
                .unwrap()
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .filter(|p: &Vec<(f64, f64)>| p.len() == 2 && p[0].1 == p[1].1 && p[0].0 < p[1].0)
        .collect();
    // The years' line is at 10 and the legend's swatch at the top; the span alone is at 20,
    // half as long as a year's step.
    let year_step = {
        let line = svg
            .lines()
            .find(|t| {
                t.starts_with("<polyline") && t.contains("stroke-width=\"2\"") && {
                    text_attr(t, "points").unwrap().split_whitespace().count() == 3
                }
            })
            .unwrap();
        let xs: Vec<f64> = text_attr(line, "points")
            .unwrap()
            .split_whitespace()
            .map(|p| p.split_once(',').unwrap().0.parse().unwrap())
            .collect();
        xs[1] - xs[0]
    };
    let half = spans
        .iter()
        .find(|p| ((p[1].0 - p[0].0) - year_step / 2.0).abs() <= 2.0);
    assert!(
        half.is_some(),
        "no span of half a year ({year_step} px a year): {spans:?}"
    );
    let footer = |text: &str| svg.contains(text);
    assert!(footer(
        "A marker on a bracketed span is a figure for part of a year"
    ));

    // China's official 2012 figure and the 2014 statement are lower bounds: two arrows.
    let cp = Dataset::from_folder(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/china-pakistan"),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    export(&cp, ExportFormat::Svg, tmp.path(), false).unwrap();
    let svg = std::fs::read_to_string(tmp.path().join("trade.svg")).unwrap();
    let arrows = svg
        .lines()
        .filter(|t| t.starts_with("<polygon"))
        .filter(|t| shape(t).as_deref() == Some("polygon 0,0 -4,6 4,6"))
        .count();
    assert_eq!(arrows, 2, "{svg}");
    assert!(svg.contains("An arrow above a marker: a lower bound"));
    // Seven series with totals: the legend takes a second line rather than run off the page.
    let width = attr(&svg[..svg.find('>').unwrap()], "width").unwrap();
    let lines: Vec<&str> = svg.lines().collect();
    for (i, tag) in lines.iter().enumerate() {
        if tag.starts_with("<text")
            && attr(tag, "font-size").is_some_and(|s| (s - 13.0).abs() < 0.01)
        {
            let chars = unescape(lines[i + 1]).chars().count() as f64;
            let right = attr(tag, "x").unwrap() + chars * 13.0 * 0.55;
            assert!(
                right <= width,
                "{:?} runs to {right} of {width}",
                lines[i + 1]
            );
        }
    }
}
