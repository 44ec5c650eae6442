//! Printed precision through every output: a figure keeps the decimals its source printed,
//! a lower bound stays a bound, and computed figures carry no float noise.

use crate::common;

use bilat::data::Dataset;
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::export::{ExportFormat, export, load_json};
use bilat::report::record::{Record, Subject};
use bilat::text::symbols::{ASCII, UNICODE};

/// 2018: an approximate 104; 2019: 19.96 with exports 3.06 and imports 16.9 (a balance that
/// is -13.839999999999998 in plain f64); 2020: exports only; 2021: "more than 2.17".
fn precision() -> Dataset {
    Dataset::from_folder(&common::fixtures().join("valid/precision")).unwrap()
}

fn figure_field(data: &Dataset, year: i32) -> String {
    let record = Record::of(data, Subject::TradeYear(year), "–");
    let entry = &record.entries[0];
    let field = entry.fields.iter().find(|f| f.label == "Figure").unwrap();
    field.text.clone()
}

#[test]
fn the_record_gives_an_approximate_round_figure_as_printed() {
    let data = precision();
    // It read 104.000 (USD billions, nominal).
    assert_eq!(figure_field(&data, 2018), "104 (USD billions, nominal)");
    assert_eq!(
        figure_field(&data, 2021),
        "more than 2.17 (USD billions, nominal)"
    );
    let record = Record::of(&data, Subject::TradeYear(2019), "–");
    let flows = record.entries[0]
        .fields
        .iter()
        .find(|f| f.label == "Flows")
        .unwrap();
    assert_eq!(
        flows.text,
        "ATL exports to LEM 3.06, ATL imports from LEM 16.9, balance -13.84 \
         (USD billions, nominal)"
    );
}

#[test]
fn the_json_brief_prints_no_float_noise() {
    let brief = Brief::new(
        &precision(),
        BriefOptions {
            since: None,
            events: 5,
        },
    );
    let json = brief.render(Format::Json, &UNICODE);
    assert!(json.contains("\"balance_usd_bn\": -13.84,"), "{json}");
    assert!(!json.contains("13.83999"), "{json}");
    // A figure printed without decimals is a whole number; a bound says so beside it.
    assert!(json.contains("\"value_usd_bn\": 104\n"), "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["trade"]["latest"]["value_usd_bn"], 2.17);
    assert_eq!(v["trade"]["latest"]["value_bound"], "at-least");
    assert!(v["trade"]["balance"].get("balance_bound").is_none());
}

#[test]
fn the_text_brief_says_a_lower_bound_in_words_and_the_balance_at_its_decimals() {
    let brief = Brief::new(
        &precision(),
        BriefOptions {
            since: None,
            events: 5,
        },
    );
    let text = brief.render(Format::Text, &ASCII);
    assert!(text.contains("more than USD 2.17 bn in 2021"), "{text}");
    // The line wraps at 80 columns: compare its words.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "Atlantis -13.84 bn in 2019 (ATL exports to LEM 3.06, ATL imports from LEM 16.9)"
        ),
        "{text}"
    );
}

#[test]
fn html_and_markdown_keep_flows_without_a_total_and_every_decimal() {
    let tmp = tempfile::tempdir().unwrap();
    let data = precision();
    let page = tmp.path().join("p.html");
    export(&data, ExportFormat::Html, &page, false).unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    // Rounded to 0.1 before, 19.96 read 20.0 and 3.06 read 3.1; the exports-only year
    // showed nothing.
    assert!(
        html.contains(
            "<td class=\"date\">2019</td><td class=\"num\">19.96</td>\
             <td class=\"num\">3.06</td><td class=\"num\">16.9</td>"
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "<td class=\"date\">2020</td><td class=\"num\"></td>\
             <td class=\"num\">3.06</td><td class=\"num\"></td>"
        ),
        "{html}"
    );
    assert!(html.contains("<th scope=\"col\">ATL exports to LEM</th>"));
    assert!(html.contains("<td class=\"num\">≥2.17</td>"));
    let md = tmp.path().join("p.md");
    export(&data, ExportFormat::Md, &md, false).unwrap();
    let md = std::fs::read_to_string(&md).unwrap();
    assert!(md.contains("| 2019 | 19.96 | 3.06 | 16.9 |"), "{md}");
    assert!(md.contains("| 2020 |  | 3.06 |  |"), "{md}");
    assert!(
        md.contains("| ATL exports to LEM | ATL imports from LEM |"),
        "{md}"
    );
}

#[test]
fn csv_and_json_exports_read_back_as_the_same_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let data = precision();
    let out = tmp.path().join("p.json");
    export(&data, ExportFormat::Json, &out, false).unwrap();
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(
        json.contains("\"value_usd_bn_bound\": \"at-least\""),
        "{json}"
    );
    let back = load_json(&json, "p.json").unwrap();
    assert_eq!(back.trade, data.trade);
    // Trailing zeros a JSON number cannot hold travel beside it.
    let zeros = json.replace("\"value_usd_bn\": 19.96", "\"value_usd_bn\": 19.9");
    let zeros = zeros.replacen(
        "\"value_usd_bn\": 19.9,",
        "\"value_usd_bn\": 19.9,\n\"value_usd_bn_decimals\": 2,",
        1,
    );
    let back = load_json(&zeros, "p.json").unwrap();
    let row = back.trade.iter().find(|t| t.period_text == "2019").unwrap();
    assert_eq!(row.value_usd_bn.unwrap().number(), "19.90");
    let dir = tmp.path().join("csv");
    export(&data, ExportFormat::Csv, &dir, false).unwrap();
    let again = Dataset::from_folder(&dir).unwrap();
    assert_eq!(again.trade, data.trade);
}

mod generated {
    use super::*;
    use proptest::prelude::*;

    /// A figure cell as a source prints it: 0 to 4 decimals, sometimes a lower bound.
    fn cell() -> impl Strategy<Value = String> {
        ("(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?", any::<bool>())
            .prop_map(|(n, lower)| if lower { format!(">{n}") } else { n })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever a cell prints, every output gives it back as printed: the record, the
        /// HTML table, the JSON brief's number, and a CSV export read back.
        #[test]
        fn every_output_gives_a_figure_as_printed(years in proptest::collection::vec(cell(), 1..5)) {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("pair");
            common::copy_tree(&common::fixtures().join("valid/precision"), &dir);
            let mut trade = String::from(
                "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,yoy_pct,quality,\
                 note,reported_by,source_ids,source_text\n",
            );
            for (i, value) in years.iter().enumerate() {
                trade.push_str(&format!("{},atl,{value},,,,,,,,Yearbook\n", 2000 + i));
            }
            std::fs::write(dir.join("trade.csv"), trade).unwrap();
            let data = Dataset::from_folder(&dir).unwrap();
            let page = tmp.path().join("p.html");
            export(&data, ExportFormat::Html, &page, false).unwrap();
            let html = std::fs::read_to_string(&page).unwrap();
            for (i, text) in years.iter().enumerate() {
                let (words, shown) = match text.strip_prefix('>') {
                    Some(n) => (format!("more than {n}"), format!("≥{n}")),
                    None => (text.clone(), text.clone()),
                };
                let want = format!("{words} (USD billions, nominal)");
                prop_assert_eq!(figure_field(&data, 2000 + i as i32), want);
                let figure = data.trade[i].value_usd_bn.unwrap();
                prop_assert_eq!(figure.shown(false), shown.clone());
                let json = serde_json::to_string(&figure).unwrap();
                let number: f64 = json.parse().unwrap();
                let printed: f64 = text.trim_start_matches('>').parse().unwrap();
                prop_assert!((number - printed).abs() < 1e-9, "{} for {}", json, text);
                let row = format!(
                    "<td class=\"date\">{}</td><td class=\"num\">{shown}</td>",
                    2000 + i
                );
                prop_assert!(html.contains(&row), "{}", row);
            }
            let out = tmp.path().join("csv");
            export(&data, ExportFormat::Csv, &out, false).unwrap();
            prop_assert_eq!(&Dataset::from_folder(&out).unwrap().trade, &data.trade);
        }
    }
}
