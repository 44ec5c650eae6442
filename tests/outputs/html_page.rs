//! The HTML page as a reader sees it: badges apart from the text under them, a heading over
//! each trade table, charts as wide as the page on one pair and on two.

use crate::common;

use bilat::data::Dataset;
use bilat::report::export::{ExportFormat, export};
use common::bilat;

fn page() -> String {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("brief.html");
    export(
        &Dataset::bundled().unwrap(),
        ExportFormat::Html,
        &out,
        false,
    )
    .unwrap();
    std::fs::read_to_string(out).unwrap()
}

/// The rule that spaces a badge from a note set under it (a block), and from the text after it.
#[test]
fn quality_badges_keep_their_distance_from_the_note_text() {
    let html = page();
    // The exercises table sets a badge straight before its note.
    assert!(html.contains("<span class=\"mark\">disputed</span><span class=\"note\">"));
    assert!(
        html.contains(".mark + .note { margin-top: .3rem; }"),
        "no space under a badge"
    );
    assert!(
        html.contains(".mark { margin-right: .4rem; }"),
        "no space after a badge"
    );
}

#[test]
fn every_trade_table_has_its_own_heading() {
    let html = page();
    let start = html.find("<section id=\"trade\">").unwrap();
    let end = start + html[start..].find("</section>").unwrap();
    let section = &html[start..end];
    let tables = section.matches("<table").count();
    assert_eq!(tables, 2, "{section}");
    assert_eq!(section.matches("<h3>").count(), tables);
    // Each heading comes right before its own table and names the series.
    for heading in [
        "<h3>Russia customs</h3>\n<div",
        "<h3>China customs</h3>\n<div",
    ] {
        assert!(section.contains(heading), "{heading}");
    }
}

/// An inlined chart has no fixed size: its width is the page's and its viewBox keeps its
/// proportions; the stylesheet does not cap it either.
fn assert_charts_take_the_width(html: &str, charts: usize) {
    let svgs: Vec<&str> = html
        .match_indices("<svg")
        .map(|(at, _)| &html[at..])
        .collect();
    assert_eq!(svgs.len(), charts);
    for svg in svgs {
        let root = &svg[..svg.find('>').unwrap()];
        assert!(
            root.starts_with("<svg width=\"100%\" viewBox=\"0 0 "),
            "{root}"
        );
        assert!(!root.contains("height="), "{root}");
    }
    assert!(html.contains("figure svg { display: block; width: 100%; height: auto; }"));
    assert!(!html.contains("max-width: 800px"));
}

#[test]
fn charts_fill_the_pages_width_on_one_pair_and_on_two() {
    // Trade, meetings and Russia–China's three indicators.
    assert_charts_take_the_width(&page(), 5);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("compare.html");
    let args = ["export", "--format", "html", "--out", out.to_str().unwrap()];
    let compare = ["--compare", "russia-china", "india-russia"];
    let status = bilat(&[&args[..], &compare[..]].concat(), tmp.path()).status;
    assert!(status.success());
    // Trade, meetings, and the two indicators both pairs declare: the distance and
    // Russia's ideal point.
    assert_charts_take_the_width(&std::fs::read_to_string(out).unwrap(), 4);
    // The standalone chart files keep their fixed size, for viewers that need one.
    let dir = tmp.path().join("charts");
    let args = ["export", "--format", "svg", "--out", dir.to_str().unwrap()];
    assert!(bilat(&args, tmp.path()).status.success());
    let svg = std::fs::read_to_string(dir.join("trade.svg")).unwrap();
    assert!(
        svg.starts_with("<svg width=\"800\" height=\"480\" viewBox="),
        "{svg:.80}"
    );
}
