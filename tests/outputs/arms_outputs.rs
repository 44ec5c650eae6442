//! Arms transfers beyond the dashboard: the brief's line (text, Markdown, JSON), and the
//! HTML and Markdown briefings' table of deals with their sources; TIV labelled as SIPRI's
//! volume index, not money, everywhere; nothing of it for a dataset without the table.

use crate::common;

use std::path::PathBuf;

use bilat::data::Dataset;
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::export::{ExportFormat, export};
use bilat::text::symbols::UNICODE;

fn minimal_dir() -> PathBuf {
    common::fixtures().join("valid/minimal")
}

fn without_arms(into: &std::path::Path) -> Dataset {
    let dir = into.join("pair");
    common::copy_tree(&minimal_dir(), &dir);
    std::fs::remove_file(dir.join("arms.csv")).unwrap();
    Dataset::from_folder(&dir).unwrap()
}

fn brief(data: &Dataset) -> Brief {
    let options = BriefOptions {
        since: None,
        events: 5,
    };
    Brief::new(data, options)
}

#[test]
fn the_brief_names_the_latest_deliveries_and_says_tiv_is_not_money() {
    let data = Dataset::from_folder(&minimal_dir()).unwrap();
    let b = brief(&data);
    let text = b.render(Format::Text, &UNICODE);
    assert!(
        text.contains("Arms       2023: Storm-1 to ATL; TIV unknown (volume index, not money)"),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&b.render(Format::Json, &UNICODE)).unwrap();
    let arms = &json["arms"];
    assert_eq!(
        arms["tiv_unit"],
        "SIPRI TIV, millions (a volume index, not money)"
    );
    assert_eq!(arms["latest_year"], 2023);
    assert_eq!(arms["latest_year_tiv"], serde_json::Value::Null);
    assert_eq!(arms["latest_deliveries"][0]["designation"], "Storm-1");
    assert_eq!(arms["latest_deliveries"][0]["delivered"], "1");
    assert_eq!(arms["latest_deliveries"][0]["quality"], "disputed");

    // Back to 2021, when Wave-2's TIV of deliveries (60, over 2020 and 2021) is known.
    let options = BriefOptions {
        since: Some(2020),
        events: 5,
    };
    let mut data = data;
    data.derived.arms.retain(|a| a.year <= 2021);
    let b = Brief::new(&data, options);
    let arms = b.arms.as_ref().unwrap();
    assert_eq!(arms.latest_year, Some(2021));
    assert_eq!(arms.latest_year_tiv, Some(30.0));
    assert_eq!(
        arms.line(),
        "2021: Wave-2 to ATL; TIV 30 m (volume index, not money)"
    );
}

#[test]
fn a_dataset_without_the_table_has_no_arms_line() {
    let tmp = tempfile::tempdir().unwrap();
    let b = brief(&without_arms(tmp.path()));
    assert!(b.arms.is_none());
    let text = b.render(Format::Text, &UNICODE);
    assert!(!text.contains("Arms"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&b.render(Format::Json, &UNICODE)).unwrap();
    assert_eq!(json["arms"], serde_json::Value::Null);
}

#[test]
fn the_markdown_and_html_briefings_list_every_deal_with_its_source() {
    let data = Dataset::from_folder(&minimal_dir()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let md = tmp.path().join("brief.md");
    export(&data, ExportFormat::Md, &md, false).unwrap();
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("## Arms transfers"), "{text}");
    assert!(
        text.contains("TIV in SIPRI TIV, millions (a volume index, not money)"),
        "{text}"
    );
    assert!(
        text.contains(
            "| 2019 | Wave-2 (patrol boat) | LEM to ATL | 4 | 4 | 2020; 2021 | delivered: 60 |  \
             |  |  | Example Wire, \"Reports\" (2023) |"
        ),
        "{text}"
    );
    assert!(text.contains("| 2021? | Storm-1"), "{text}");
    assert!(
        text.contains("- **Arms transfers**: 2023: Storm-1 to ATL; TIV unknown"),
        "{text}"
    );

    let html = tmp.path().join("brief.html");
    export(&data, ExportFormat::Html, &html, false).unwrap();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("<a href=\"#arms\">Arms transfers</a>"),
        "{page}"
    );
    assert!(page.contains("<section id=\"arms\">"), "{page}");
    assert!(page.contains("a volume index, not money"), "{page}");
    assert!(
        page.contains("Other Wire says three systems; no TIV found"),
        "{page}"
    );

    let without = without_arms(tmp.path());
    let html = tmp.path().join("without.html");
    export(&without, ExportFormat::Html, &html, false).unwrap();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(!page.contains("#arms"), "{page}");
}
