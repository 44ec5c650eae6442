//! Two pairs side by side outside the terminal: `bilat brief --compare A B` in each format,
//! `bilat export --compare A B` as a page, Markdown and JSON, and the command's mistakes.

use crate::common;

use std::path::Path;

use bilat::report::export::load_json;
use bilat::text::fit;
use common::{bilat, stderr, stdout};

const PAIR: [&str; 2] = ["russia-china", "india-russia"];

fn brief(format: &str, cwd: &Path) -> String {
    let output = bilat(
        &["brief", "--compare", PAIR[0], PAIR[1], "--format", format],
        cwd,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

fn export(format: &str, out: &Path) -> Vec<String> {
    let out = out.to_str().unwrap();
    let args = [
        "export",
        "--compare",
        PAIR[0],
        PAIR[1],
        "--format",
        format,
        "--out",
        out,
    ];
    let output = bilat(&args, Path::new("."));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output).lines().map(str::to_string).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn text_comparison_names_the_shared_country_and_fits_80_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let text = brief("text", tmp.path());
    for line in text.lines() {
        assert!(
            fit::width(line) <= 80,
            "{} columns: {line}",
            fit::width(line)
        );
    }
    assert!(text.contains("\nShared country: Russia (RUS)\n"), "{text}");
    assert!(text.contains("Trade for both pairs in USD billions, nominal"));
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_comparison_has_a_heading_per_shared_term_and_fits_80_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let text = brief("markdown", tmp.path());
    assert!(text.starts_with("# Russia–China and India–Russia: bilateral briefs side by side\n"));
    for line in text.lines() {
        assert!(fit::width(line) <= 80, "{line}");
    }
    for heading in [
        "## Trade, latest figure",
        "## Leader meetings",
        "## Joint exercises",
        "## Latest events",
    ] {
        assert!(text.contains(&format!("\n{heading}\n")), "{heading}");
    }
    assert!(text.contains("- Shared country: Russia (RUS)\n"));
    assert!(text.contains("- **India–Russia**: USD 68.7 bn in FY2024-25 (Apr–Mar)"));
    assert!(text.contains("- **Russia–China**: 7 in 2025 (3 in person); 56 in 2014–2025"));
}

#[test]
fn json_comparison_holds_both_briefs_and_the_shared_terms() {
    let tmp = tempfile::tempdir().unwrap();
    let v: serde_json::Value = serde_json::from_str(&brief("json", tmp.path())).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["shared_countries"], serde_json::json!(["RUS"]));
    assert_eq!(
        v["common_years"],
        serde_json::json!({"first": 2014, "last": 2025})
    );
    assert_eq!(v["common_trade_unit"], "USD billions, nominal");
    let briefs = v["compare"].as_array().unwrap();
    assert_eq!(briefs.len(), 2);
    assert_eq!(briefs[0]["title"], "Russia–China");
    assert_eq!(briefs[1]["title"], "India–Russia");
    // Each brief is the single-pair brief, field for field.
    let single = bilat(
        &["--data", "india-russia", "brief", "--format", "json"],
        tmp.path(),
    );
    let single: serde_json::Value = serde_json::from_str(&stdout(&single)).unwrap();
    assert_eq!(briefs[1], single);
    let meetings = &v["common_meetings"];
    assert_eq!(meetings[0]["latest_year"], 7);
    assert_eq!(meetings[1]["total"], 45);
}

#[test]
fn differing_trade_units_are_said_plainly() {
    let tmp = tempfile::tempdir().unwrap();
    let euro = tmp.path().join("euro");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &euro);
    let manifest = read(&euro.join("dataset.toml"));
    let changed = manifest.replace("USD billions, nominal", "EUR billions, real 2015");
    assert_ne!(manifest, changed, "the fixture declares its unit");
    std::fs::write(euro.join("dataset.toml"), changed).unwrap();
    let output = bilat(&["brief", "--compare", "russia-china", "euro"], tmp.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("Trade units differ, so the figures are not comparable as they stand:"),
        "{text}"
    );
    assert!(text.contains("Shared country: none"), "{text}");
    let output = bilat(
        &[
            "brief",
            "--compare",
            "russia-china",
            "euro",
            "--format",
            "json",
        ],
        tmp.path(),
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(v["common_trade_unit"], serde_json::Value::Null);
    assert_eq!(v["shared_countries"], serde_json::json!([]));
}

#[test]
fn html_page_holds_both_pairs_and_charts_on_shared_axes_and_nothing_external() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("compare.html");
    assert_eq!(export("html", &out), [out.display().to_string()]);
    let html = read(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for reference in [
        "src=",
        "href=\"http",
        "href='http",
        "url(",
        "@import",
        "<link",
        "<script",
    ] {
        assert!(!html.contains(reference), "{reference}");
    }
    // The only links are to sections of the page itself.
    for (i, _) in html.match_indices("href=\"") {
        assert_eq!(&html[i + 6..i + 7], "#", "{}", &html[i..i + 40]);
    }
    assert!(html.contains(
        "<title>Russia–China and India–Russia: bilateral briefings side by side</title>"
    ));
    assert!(
        html.contains("<th scope=\"col\">Russia–China</th><th scope=\"col\">India–Russia</th>")
    );
    assert!(html.contains("<li>Shared country: Russia (RUS)</li>"));
    // Trade, meetings, and the indicators both declare: the distance and Russia's ideal
    // point.
    assert_eq!(html.matches("<svg").count(), 4);
    // The trade legend names each pair with its series, in one chart.
    let trade = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(trade.contains("Russia–China: China customs"), "{trade}");
    assert!(trade.contains("India–Russia: India, Ministry of Commerce (DGCI&amp;S)"));
    assert!(html.contains("Leader meetings, common years</th><td>7 in 2025 (3 in person)"));
}

#[test]
fn markdown_export_writes_the_page_and_its_charts() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("compare.md");
    let written = export("md", &out);
    let names: Vec<&str> = written
        .iter()
        .map(|p| Path::new(p).file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "compare-trade.svg",
            "compare-meetings.svg",
            "compare-indicator-unga-ip-distance.svg",
            "compare-indicator-unga-ip-rus.svg",
            "compare.md"
        ]
    );
    let md = read(&out);
    assert!(md.contains(
        "| **Countries** | Russia (RUS) and China (CHN) | India (IND) and Russia (RUS) |"
    ));
    assert!(md.contains("](compare-trade.svg)"));
    assert!(md.contains("](compare-meetings.svg)"));
    assert!(md.contains("\n## Indicators\n\n![Russia–China and India–Russia: UN voting: ideal-point distance](compare-indicator-unga-ip-distance.svg)\n"));
    let meetings = read(&tmp.path().join("compare-meetings.svg"));
    assert!(meetings.starts_with("<svg"));
    assert!(meetings.contains("Russia–China and India–Russia: leader meetings"));
    // One year axis covering both: Russia–China's record starts in 2013, India–Russia's in
    // 2014.
    assert!(meetings.contains("\n2013\n"), "{meetings}");
}

#[test]
fn json_export_holds_both_documents_and_each_loads_back() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("compare.json");
    export("json", &out);
    let v: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    assert_eq!(v["schema"], bilat::report::export::json::SCHEMA);
    let docs = v["compare"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    for (doc, name) in docs.iter().zip(PAIR) {
        let data = load_json(&doc.to_string(), "compare.json").unwrap();
        let bundled =
            bilat::data::Dataset::load(bilat::data::Origin::from_arg(Path::new(name))).unwrap();
        assert_eq!(data.manifest, bundled.manifest);
        assert_eq!(data.trade, bundled.trade);
        assert_eq!(data.events, bundled.events);
    }
}

#[test]
fn compare_takes_two_to_four_datasets_once_and_without_data() {
    let tmp = tempfile::tempdir().unwrap();
    let one = bilat(&["brief", "--compare", "russia-china"], tmp.path());
    assert_eq!(one.status.code(), Some(2));
    assert!(stderr(&one).contains("error: --compare takes two to four datasets; 1 was given"));
    let five = bilat(&["brief", "--compare", "a", "b", "c", "d", "e"], tmp.path());
    assert_eq!(five.status.code(), Some(2));
    assert!(stderr(&five).contains("error: --compare takes two to four datasets; 5 were given"));
    let twice = bilat(
        &["brief", "--compare", "a", "b", "--compare", "c", "d"],
        tmp.path(),
    );
    assert_eq!(twice.status.code(), Some(2));
    let with_data = bilat(
        &["--data", "russia-china", "brief", "--compare", "a", "b"],
        tmp.path(),
    );
    assert_eq!(with_data.status.code(), Some(2));
    assert!(stderr(&with_data).contains("--compare names every dataset; leave out --data"));
}

#[test]
fn formats_that_hold_one_pair_are_refused_with_compare() {
    let tmp = tempfile::tempdir().unwrap();
    for format in ["csv", "svg"] {
        let out = tmp.path().join("out");
        let args = [
            "export",
            "--compare",
            PAIR[0],
            PAIR[1],
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ];
        let output = bilat(&args, tmp.path());
        assert_eq!(output.status.code(), Some(2), "{format}");
        let message = stderr(&output);
        assert!(
            message.contains(&format!(
                "error: --compare writes html, md or json; {format} writes one dataset"
            )),
            "{message}"
        );
        assert!(message.contains("Usage: bilat export"), "{message}");
        assert!(!out.exists(), "nothing written for {format}");
    }
}

#[test]
fn a_broken_side_stops_the_comparison_with_its_located_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::broken_dataset("trade-bad-year", tmp.path());
    let dir = dir.to_str().unwrap();
    let output = bilat(&["brief", "--compare", "russia-china", dir], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(
        message.starts_with("bilat: the dataset has 1 problem:\n"),
        "{message}"
    );
    assert!(
        message.contains(&format!("{dir}/trade.csv:2:1: year: expected a year")),
        "{message}"
    );
    let out = tmp.path().join("c.html");
    let args = [
        "export",
        "--compare",
        dir,
        "india-russia",
        "--format",
        "html",
        "--out",
    ];
    let output = bilat(&[&args[..], &[out.to_str().unwrap()]].concat(), tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("trade.csv:2:1:"));
    assert!(!out.exists());
}
