//! One colour per series and per pair, everywhere: a series keeps the colour (and marker)
//! of its single-pair chart in the comparison's chart, and a pair keeps it from the
//! comparison's trade chart to its meetings chart. Read back from the legends of the
//! charts the HTML pages hold.

use crate::common;

use std::path::Path;

use common::{bilat, stderr};

/// Each legend entry of the first chart in `page` at or after `from`: its text and the
/// colour of the swatch drawn just before it (a line's stroke, a marker's or block's fill).
fn legend(page: &str, from: usize) -> Vec<(String, String)> {
    let start = from + page[from..].find("<svg").unwrap();
    let end = start + page[start..].find("</svg>").unwrap();
    let lines: Vec<&str> = page[start..end].lines().collect();
    let colour = |tag: &str, attr: &str| {
        let at = tag.find(&format!(" {attr}=\"#"))? + attr.len() + 3;
        Some(tag[at..at + 7].to_string())
    };
    let mut swatch = String::new();
    let mut out = Vec::new();
    for (i, tag) in lines.iter().enumerate() {
        if tag.starts_with("<polyline") {
            swatch = colour(tag, "stroke").unwrap_or_default();
        } else if ["<polygon", "<circle", "<rect"]
            .iter()
            .any(|t| tag.starts_with(t))
        {
            swatch = colour(tag, "fill").unwrap_or_default();
        } else if tag.starts_with("<text") && tag.contains(" y=\"54\"") {
            out.push((lines[i + 1].to_string(), swatch.clone()));
        }
    }
    out
}

fn html(args: &[&str], out: &Path) -> String {
    let mut all: Vec<&str> = args.to_vec();
    let out_arg = out.to_str().unwrap();
    all.extend(["--format", "html", "--out", out_arg]);
    let output = bilat(&all, Path::new("."));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    std::fs::read_to_string(out).unwrap()
}

fn colour_of(legend: &[(String, String)], text: &str) -> String {
    let entry = legend.iter().find(|(t, _)| t == text);
    entry
        .unwrap_or_else(|| panic!("no {text:?} in {legend:#?}"))
        .1
        .clone()
}

#[test]
fn a_pair_keeps_its_series_colour_from_its_own_page_to_the_comparison() {
    let tmp = tempfile::tempdir().unwrap();
    let rc = html(
        &["--data", "russia-china", "export"],
        &tmp.path().join("rc.html"),
    );
    let ir = html(
        &["--data", "india-russia", "export"],
        &tmp.path().join("ir.html"),
    );
    let both = html(
        &["export", "--compare", "russia-china", "india-russia"],
        &tmp.path().join("both.html"),
    );
    let china = colour_of(&legend(&rc, 0), "China customs");
    let india = colour_of(&legend(&ir, 0), "IND MoC");
    assert_ne!(china, india);

    let trade = legend(&both, 0);
    assert_eq!(colour_of(&trade, "Russia–China: China customs"), china);
    assert_eq!(
        colour_of(
            &trade,
            "India–Russia: India, Ministry of Commerce (DGCI&amp;S)"
        ),
        india
    );
    // The meetings chart, second on the page: each pair in its trade colour.
    let second = both.find("</svg>").unwrap();
    let meetings = legend(&both, second);
    assert_eq!(colour_of(&meetings, "Russia–China"), china);
    assert_eq!(colour_of(&meetings, "India–Russia"), india);
}

#[test]
fn two_pairs_whose_headline_series_share_a_colour_are_still_told_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let both = html(
        &["export", "--compare", "india-russia", "india-russia"],
        &tmp.path().join("same.html"),
    );
    let trade = legend(&both, 0);
    assert_eq!(trade.len(), 2, "{trade:#?}");
    assert_ne!(trade[0].1, trade[1].1, "{trade:#?}");
}
