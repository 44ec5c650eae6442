//! A change on the previous period keeps the decimals its source printed (`+28%`,
//! `-2.69%`) in every output; a change bilat computes keeps one decimal.

use crate::common;

use bilat::data::Dataset;
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::export::{ExportFormat, export, load_json};
use bilat::report::record::{Record, Subject};
use bilat::text::symbols::UNICODE;

/// 2019 reports +28, 2020 is computed (11.00 on 12.8: -14.0625), 2021 reports -2.69.
fn changes(into: &std::path::Path) -> Dataset {
    let dir = into.join("pair");
    common::copy_tree(&common::fixtures().join("valid/precision"), &dir);
    let trade = "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,yoy_pct,quality,\
                 note,reported_by,source_ids,source_text\n\
                 2018,atl,10,,,,,,,,Yearbook\n\
                 2019,atl,12.8,,,28,,,,,Yearbook\n\
                 2020,atl,11.00,,,,,,,,Yearbook\n\
                 2021,atl,10.70,,,-2.69,,,,,Yearbook\n";
    std::fs::write(dir.join("trade.csv"), trade).unwrap();
    Dataset::from_folder(&dir).unwrap()
}

fn change_field(data: &Dataset, year: i32) -> String {
    let record = Record::of(data, Subject::TradeYear(year), "–");
    let fields = &record.entries[0].fields;
    fields
        .iter()
        .find(|f| f.label == "Change")
        .unwrap()
        .text
        .clone()
}

#[test]
fn the_record_gives_each_change_at_its_printed_decimals() {
    let tmp = tempfile::tempdir().unwrap();
    let data = changes(tmp.path());
    assert!(
        change_field(&data, 2019).starts_with("+28% "),
        "{}",
        change_field(&data, 2019)
    );
    assert!(change_field(&data, 2020).starts_with("-14.1% "));
    assert!(change_field(&data, 2021).starts_with("-2.69% "));
}

#[test]
fn the_brief_gives_the_change_as_printed_in_text_markdown_and_json() {
    let tmp = tempfile::tempdir().unwrap();
    let data = changes(tmp.path());
    let brief = Brief::new(
        &data,
        BriefOptions {
            since: None,
            events: 5,
        },
    );
    for format in [Format::Text, Format::Markdown] {
        let text = brief.render(format, &UNICODE);
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("-2.69% on 2020 (reported)"), "{text}");
    }
    let json = brief.render(Format::Json, &UNICODE);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["trade"]["latest"]["yoy_pct"], -2.69);
}

#[test]
fn exports_give_each_change_as_printed_and_read_it_back() {
    let tmp = tempfile::tempdir().unwrap();
    let data = changes(tmp.path());
    for (format, name) in [(ExportFormat::Html, "p.html"), (ExportFormat::Md, "p.md")] {
        let out = tmp.path().join(name);
        export(&data, format, &out, false).unwrap();
        let page = std::fs::read_to_string(&out).unwrap();
        // It read +28.0% and -2.7%.
        assert!(page.contains("+28%"), "{page}");
        assert!(page.contains("-2.69%"), "{page}");
        assert!(page.contains("-14.1% (calc.)"), "{page}");
        assert!(
            !page.contains("+28.0%") && !page.contains("-2.7%"),
            "{page}"
        );
    }
    let out = tmp.path().join("p.json");
    export(&data, ExportFormat::Json, &out, false).unwrap();
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.contains("\"yoy_pct\": 28,"), "{json}");
    assert!(json.contains("\"yoy_pct\": -2.69,"), "{json}");
    assert_eq!(load_json(&json, "p.json").unwrap().trade, data.trade);
    let dir = tmp.path().join("csv");
    export(&data, ExportFormat::Csv, &dir, false).unwrap();
    let csv = std::fs::read_to_string(dir.join("trade.csv")).unwrap();
    assert!(csv.contains("2019,atl,12.8,,,,28,"), "{csv}");
    assert!(csv.contains("2021,atl,10.70,,,,-2.69,"), "{csv}");
    assert_eq!(Dataset::from_folder(&dir).unwrap().trade, data.trade);
}
