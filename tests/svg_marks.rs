//! The exported trade chart read back from its SVG: each series has a marker shape of its
//! own (as the dashboard gives each its glyph), and every footer line sits whole inside the
//! picture. Checked on India–Russia, whose four series use every shape.

mod common;

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
