//! The exported indicator charts read back from their SVG: every marker and every stretch of
//! line is turned back into (year, value) through the axes' own labels and checked against
//! the dataset's `indicators.csv`, read here with nothing of bilat's; a year without a value
//! draws nothing. Checked on every bundled dataset and the minimal fixture, whose small chart
//! is also kept as a snapshot.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use bilat::data::Dataset;
use bilat::report::export::{ExportFormat, export};

use crate::common;

/// The number in attribute `name="…"` of an SVG tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

fn number(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn points(tag: &str) -> Vec<(f64, f64)> {
    attr(tag, "points")
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// What one chart draws of one series, in pixels, and its axes' labels.
#[derive(Debug, Default)]
pub(crate) struct Drawn {
    /// Each marker's middle.
    pub markers: Vec<(f64, f64)>,
    /// Each stretch of the series' line.
    pub lines: Vec<Vec<(f64, f64)>>,
    /// Rings round marked values.
    pub rings: Vec<(f64, f64)>,
    /// Year labels under the plot and where they sit.
    pub years: Vec<(f64, f64)>,
    /// Value labels left of the plot and where they sit.
    pub values: Vec<(f64, f64)>,
    pub texts: Vec<String>,
}

/// Left of this, a shape is the legend's sample, not the plot's.
const PLOT_LEFT: f64 = 84.0;

/// Each tag of an SVG, with the text a `<text>` holds.
fn tags(svg: &str) -> Vec<(&str, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        let end = rest.find('>').expect("a tag closes");
        let tag = &rest[..=end];
        rest = &rest[end + 1..];
        let body = tag
            .starts_with("<text")
            .then(|| rest[..rest.find("</text>").unwrap()].trim().to_string());
        out.push((tag, body));
    }
    out
}

/// The chart's one series, in the colour of the legend's first line sample.
pub(crate) fn read_svg(svg: &str) -> Drawn {
    let sample = tags(svg)
        .into_iter()
        .find(|(tag, _)| tag.starts_with("<polyline") && attr(tag, "stroke-width") == Some("2"));
    let color = sample
        .and_then(|(tag, _)| attr(tag, "stroke"))
        .unwrap_or("");
    read_series(svg, color)
}

/// What the chart draws in `color` inside its plot: right of the value axis and below the
/// legend's last line (legend labels are the text set from its left on their line's middle,
/// `dy="0.5ex"`),
/// whatever the marker's shape (a filled polygon or dot, an outlined ring or square).
pub(crate) fn read_series(svg: &str, color: &str) -> Drawn {
    let tags = tags(svg);
    let legend_bottom = tags
        .iter()
        .filter(|(tag, _)| {
            tag.starts_with("<text")
                && tag.contains(" dy=\"0.5ex\"")
                && attr(tag, "text-anchor") == Some("start")
        })
        .map(|(tag, _)| number(tag, "y"))
        .fold(0.0, f64::max);
    let in_plot = |&(x, y): &(f64, f64)| x > PLOT_LEFT && y > legend_bottom + 10.0;
    let mut drawn = Drawn::default();
    for (tag, body) in tags {
        let stroke = attr(tag, "stroke");
        if tag.starts_with("<polyline") {
            let line = points(tag);
            if stroke != Some(color)
                || attr(tag, "stroke-width") != Some("2")
                || !line.iter().all(in_plot)
            {
                continue;
            }
            // An outlined square is a closed path 10 px across; a line joins years.
            let xs = line.iter().map(|p| p.0);
            let wide = xs.clone().fold(f64::MIN, f64::max) - xs.fold(f64::MAX, f64::min);
            if line.len() == 5 && line.first() == line.last() && wide <= 12.0 {
                drawn.markers.push(middle(&line[..4]));
            } else {
                drawn.lines.push(line);
            }
        } else if tag.starts_with("<polygon") && attr(tag, "fill") == Some(color) {
            let at = middle(&points(tag));
            if in_plot(&at) {
                drawn.markers.push(at);
            }
        } else if tag.starts_with("<circle") {
            let at = (number(tag, "cx"), number(tag, "cy"));
            let radius = number(tag, "r");
            let filled = attr(tag, "fill") == Some(color);
            if !in_plot(&at) || !(filled || stroke == Some(color)) {
                continue;
            }
            if radius > 6.0 {
                drawn.rings.push(at);
            } else {
                drawn.markers.push(at);
            }
        } else if let Some(body) = body {
            let (x, y) = (number(tag, "x"), number(tag, "y"));
            match (attr(tag, "text-anchor"), body.parse::<f64>()) {
                (Some("middle"), Ok(year)) if body.len() == 4 => drawn.years.push((year, x)),
                (Some("end"), Ok(value)) => drawn.values.push((value, y)),
                _ => {}
            }
            drawn.texts.push(body);
        }
    }
    drawn
}

/// The middle of a shape's corners.
fn middle(corners: &[(f64, f64)]) -> (f64, f64) {
    let n = corners.len() as f64;
    corners
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x / n, b + y / n))
}

/// The line through the first and last labels: pixel to value.
pub(crate) fn axis(labels: &[(f64, f64)]) -> impl Fn(f64) -> f64 {
    let lo = labels
        .iter()
        .copied()
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap();
    let hi = labels
        .iter()
        .copied()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap();
    assert!(hi.0 > lo.0, "two labels on an axis: {labels:?}");
    let per_px = (hi.0 - lo.0) / (hi.1 - lo.1);
    move |px| lo.0 + (px - lo.1) * per_px
}

/// One indicator's rows as the file has them: year → value (None for an empty one), and
/// the years marked with a quality.
pub(crate) struct Expected {
    pub values: BTreeMap<i32, Option<f64>>,
    pub marked: BTreeSet<i32>,
}

/// Each indicator's rows in the folder's `indicators.csv`, by id.
pub(crate) fn expected(folder: &Path) -> BTreeMap<String, Expected> {
    let mut reader = csv::Reader::from_path(folder.join("indicators.csv")).unwrap();
    let mut out: BTreeMap<String, Expected> = BTreeMap::new();
    for record in reader.deserialize::<BTreeMap<String, String>>() {
        let r = record.unwrap();
        let year: i32 = r["period"].parse().unwrap();
        let value = (!r["value"].is_empty()).then(|| r["value"].parse::<f64>().unwrap());
        let e = out.entry(r["indicator"].clone()).or_insert(Expected {
            values: BTreeMap::new(),
            marked: BTreeSet::new(),
        });
        e.values.insert(year, value);
        if !r["quality"].is_empty() && value.is_some() {
            e.marked.insert(year);
        }
    }
    out
}

fn export_svg(folder: &Path) -> tempfile::TempDir {
    let data = Dataset::from_folder(folder).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    export(&data, ExportFormat::Svg, tmp.path(), false).unwrap();
    tmp
}

/// [`check_drawn`] of the chart's one series.
fn check_chart(name: &str, svg: &str, want: &Expected) -> usize {
    check_drawn(name, &read_svg(svg), want)
}

/// Every marker is a year with a value, at that value; every year with a value has one;
/// every stretch of line joins neighbouring years with values, at their values; a year
/// without one (an empty value, or no row) draws nothing. Returns how many values it read.
pub(crate) fn check_drawn(name: &str, drawn: &Drawn, want: &Expected) -> usize {
    let year_of = axis(&drawn.years);
    let value_of = axis(&drawn.values);
    // A pixel's worth of the value axis, and a little for the labels' rounding.
    let (a, b) = (value_of(0.0), value_of(1.0));
    let tolerance = (a - b).abs() * 1.0 + 1e-9;
    let read = |&(x, y): &(f64, f64)| {
        let year = year_of(x);
        let whole = year.round();
        assert!((year - whole).abs() < 0.1, "{name}: x {x} is year {year}");
        (whole as i32, value_of(y))
    };
    let valued: BTreeMap<i32, f64> = want
        .values
        .iter()
        .filter_map(|(&y, v)| Some((y, (*v)?)))
        .collect();

    let mut marked_years = BTreeSet::new();
    for marker in &drawn.markers {
        let (year, value) = read(marker);
        let Some(&truth) = valued.get(&year) else {
            panic!("{name}: a marker at {year}, which has no value");
        };
        assert!(
            (value - truth).abs() <= tolerance,
            "{name}: {year} drawn at {value}, the file has {truth} (±{tolerance})"
        );
        assert!(marked_years.insert(year), "{name}: two markers at {year}");
    }
    assert_eq!(
        marked_years,
        valued.keys().copied().collect::<BTreeSet<i32>>(),
        "{name}: a marker for every year with a value, none for another"
    );
    for (&year, value) in &want.values {
        if value.is_none() {
            assert!(
                !marked_years.contains(&year),
                "{name}: the gap {year} has a point"
            );
        }
    }

    let mut joined = BTreeSet::new();
    for line in &drawn.lines {
        let read: Vec<(i32, f64)> = line.iter().map(read).collect();
        for &(year, value) in &read {
            let truth = valued[&year];
            assert!((value - truth).abs() <= tolerance, "{name}: line at {year}");
        }
        for pair in read.windows(2) {
            assert_eq!(
                pair[1].0,
                pair[0].0 + 1,
                "{name}: a line from {} to {} crosses a year without a value",
                pair[0].0,
                pair[1].0
            );
            joined.insert(pair[0].0);
        }
    }
    let neighbours: BTreeSet<i32> = valued
        .keys()
        .copied()
        .filter(|y| valued.contains_key(&(y + 1)))
        .collect();
    assert_eq!(
        joined, neighbours,
        "{name}: a line between every two neighbouring values"
    );

    let rings: BTreeSet<i32> = drawn.rings.iter().map(|r| read(r).0).collect();
    assert_eq!(rings, want.marked, "{name}: a ring round each marked value");
    valued.len()
}

pub(crate) fn bundled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

#[test]
fn every_drawn_year_and_value_is_the_datasets_and_gaps_draw_nothing() {
    let mut checked = 0;
    for folder in [
        bundled("russia-china"),
        bundled("india-russia"),
        bundled("china-pakistan"),
        common::fixtures().join("valid/minimal"),
    ] {
        let want = expected(&folder);
        assert!(!want.is_empty(), "{}", folder.display());
        let out = export_svg(&folder);
        for (id, expected) in &want {
            let file = out.path().join(format!("indicator-{id}.svg"));
            let svg = std::fs::read_to_string(&file).unwrap();
            checked += check_chart(&file.display().to_string(), &svg, expected);
        }
    }
    // All the bundled values, and the fixture's two.
    assert!(checked > 550, "{checked}");
}

#[test]
fn a_chart_says_its_name_unit_range_direction_gaps_marks_and_source() {
    let out = export_svg(&common::fixtures().join("valid/minimal"));
    let svg = std::fs::read_to_string(out.path().join("indicator-agreement.svg")).unwrap();
    let texts = read_svg(&svg).texts;
    for text in [
        "Atlantis–Lemuria: UN voting agreement",
        "UN voting agreement",
        "higher = closer alignment",
        "range 0 to 1",
        "share 0-1",
        "A break in the line is a year without a value, not a zero: 2020.",
        "A ring round a marker: a value marked approximate in the dataset.",
    ] {
        assert!(texts.iter().any(|t| t == text), "{text:?} in {texts:#?}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Source: Example Wire, &quot;Reports&quot; (2023)")),
        "{texts:#?}"
    );
    // The bounded scale: its range from the bottom of the plot to the top.
    let values: Vec<f64> = read_svg(&svg).values.iter().map(|v| v.0).collect();
    assert_eq!(values.first(), Some(&0.0), "{values:?}");
    assert_eq!(values.last(), Some(&1.0), "{values:?}");
    insta::assert_snapshot!("indicator_chart_minimal", svg);
}

#[test]
fn a_dataset_without_indicators_has_no_indicator_chart() {
    let data = Dataset::from_folder(&common::fixtures().join("valid/two-bases")).unwrap();
    assert!(data.manifest.indicators.is_empty() || !data.has(bilat::data::TableId::Indicators));
    let tmp = tempfile::tempdir().unwrap();
    let written = export(&data, ExportFormat::Svg, tmp.path(), false).unwrap();
    assert_eq!(
        written,
        [
            tmp.path().join("trade.svg"),
            tmp.path().join("meetings.svg")
        ]
    );
}
