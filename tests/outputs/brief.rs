//! `bilat brief` in each format: what a reader sees, the JSON shape scripts rely on, and the
//! 80-column, one-screen limit.

use crate::common;

use bilat::data::Dataset;
use bilat::report::brief::{Brief, BriefOptions, Format, WIDTH};
use bilat::text::fit;
use bilat::text::symbols::{ASCII, UNICODE};

fn minimal() -> Dataset {
    Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap()
}

fn options() -> BriefOptions {
    BriefOptions {
        since: None,
        events: 5,
    }
}

#[test]
fn text_brief_of_a_small_dataset() {
    let text = Brief::new(&minimal(), options()).render(Format::Text, &UNICODE);
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_brief_of_a_small_dataset() {
    let text = Brief::new(&minimal(), options()).render(Format::Markdown, &UNICODE);
    insta::assert_snapshot!(text);
}

#[test]
fn ascii_brief_has_only_ascii() {
    let text = Brief::new(&minimal(), options()).render(Format::Text, &ASCII);
    assert!(text.is_ascii(), "{text}");
    assert!(text.contains("2019-2023"), "{text}");
}

#[test]
fn json_brief_has_the_documented_shape() {
    let json = Brief::new(&minimal(), options()).render(Format::Json, &UNICODE);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], 2);
    assert_eq!(v["title"], "Atlantis–Lemuria");
    assert_eq!(v["as_of"], "2024-03-01");
    assert_eq!(v["countries"][1]["code"], "LEM");
    assert_eq!(v["since"], serde_json::Value::Null);
    let trade = &v["trade"];
    assert_eq!(trade["unit"], "USD billions, nominal");
    assert_eq!(trade["series"]["id"], "ATL");
    assert_eq!(trade["series"]["reporter"], "customs");
    assert_eq!(trade["series"]["country"], "ATL");
    assert_eq!(trade["latest"]["period"]["label"], "2023");
    assert_eq!(trade["latest"]["period"]["as_written"], "2023");
    assert_eq!(trade["latest"]["period"]["start"], "2023-01-01");
    assert_eq!(trade["latest"]["period"]["end"], "2023-12-31");
    assert_eq!(trade["latest"]["previous"], "2022");
    assert_eq!(trade["latest"]["value_usd_bn"], 13.5);
    assert_eq!(trade["latest"]["yoy_pct"], -10.0);
    assert_eq!(trade["latest"]["yoy_basis"], "computed");
    assert_eq!(trade["latest"]["quality"], "firm");
    assert_eq!(
        trade["latest"]["source"],
        "Atlantis Customs, \"Yearbook\" (2024); Example Wire, \"Reports\" (2023)"
    );
    let series = trade["points"].as_array().unwrap();
    assert_eq!(series.len(), 5);
    assert_eq!(series[1]["period"]["label"], "2020");
    assert!(series[1]["value_usd_bn"].is_null(), "a gap stays a gap");
    let m = &v["meetings"];
    // The 2023 summit is only `unconfirmed`: listed, not counted.
    assert_eq!(m["latest_year"], 2022);
    assert_eq!(m["latest_year_in_person"], 0);
    assert_eq!(m["latest_year_remote"], 2);
    assert_eq!(m["first_year"], 2021);
    assert_eq!(m["total"], 3);
    assert_eq!(m["total_in_person"], 1);
    let x = &v["largest_exercise"];
    assert_eq!(x["name"], "Sand Storm 2022");
    assert_eq!(x["total_personnel"], 5000);
    assert_eq!(x["size"], 5000);
    assert_eq!(x["size_basis"], "claimed");
    assert_eq!(x["quality"], "disputed");
    let events = v["latest_events"].as_array().unwrap();
    assert_eq!(events.len(), 4);
    assert_eq!(events[0]["date"], "2023-11-30");
    assert_eq!(events[0]["category"], "border");
    assert_eq!(events[0]["title"], "Border treaty");
}

#[test]
fn since_leaves_out_earlier_years() {
    let brief = Brief::new(
        &minimal(),
        BriefOptions {
            since: Some(2022),
            events: 5,
        },
    );
    assert_eq!(
        brief.trade.points.first().map(|p| p.period.label.as_str()),
        Some("2022")
    );
    let meetings = brief.meetings.as_ref().expect("a meetings table");
    assert_eq!(meetings.total, 2);
    assert_eq!(meetings.first_year, Some(2022));
    assert_eq!(brief.latest_events.len(), 2);
    let text = brief.render(Format::Text, &UNICODE);
    assert!(text.contains("Since 2022."), "{text}");
}

fn assert_fits_one_screen(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 24, "{} lines:\n{text}", lines.len());
    for line in lines {
        assert!(
            fit::width(line) <= WIDTH,
            "{} columns: {line}",
            fit::width(line)
        );
    }
}

#[test]
fn the_bundled_brief_fits_80_columns_and_one_screen() {
    let data = Dataset::bundled().unwrap();
    for format in [Format::Text, Format::Markdown] {
        for symbols in [&UNICODE, &ASCII] {
            let text = Brief::new(&data, options()).render(format, symbols);
            if format == Format::Markdown {
                // A file, not a screen: the indicators line (UN ideal-point distance) takes
                // it one line past the terminal's 24.
                assert!(text.lines().count() <= 25, "{text}");
                assert!(text.lines().all(|l| fit::width(l) <= WIDTH), "{text}");
            } else {
                assert_fits_one_screen(&text);
            }
        }
    }
}

#[test]
fn hostile_text_is_cut_to_width_and_harmless() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("valid/minimal"), tmp.path());
    let long = "中".repeat(200);
    let events = format!(
        "date,category,title,description,quality,note,source_ids,source_text\n\
         2024-01-01,border,\"\x1b[31mred\x1b]52;c;aGk=\x07 {long}\",d,,,wire,\n"
    );
    std::fs::write(tmp.path().join("events.csv"), events).unwrap();
    let data = Dataset::from_folder(tmp.path()).unwrap();
    for format in [Format::Text, Format::Markdown, Format::Json] {
        let text = Brief::new(&data, options()).render(format, &UNICODE);
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
        if format != Format::Json {
            assert_fits_one_screen(&text);
        }
    }
}

#[test]
fn brief_takes_md_as_export_does() {
    let tmp = tempfile::tempdir().unwrap();
    let md = common::bilat(&["brief", "--format", "md"], tmp.path());
    let markdown = common::bilat(&["brief", "--format", "markdown"], tmp.path());
    assert!(md.status.success(), "{}", common::stderr(&md));
    assert_eq!(md.stdout, markdown.stdout);
}

#[test]
fn the_meetings_line_names_the_latest_meeting() {
    let data = Dataset::bundled().unwrap();
    let brief = Brief::new(&data, options());
    let meetings = brief.meetings.as_ref().expect("a meetings table");
    let latest = meetings.latest.as_ref().expect("a latest meeting");
    assert_eq!(latest.date, "2025-09-02");
    assert!(latest.place.contains("Beijing"), "{}", latest.place);
    let text = brief.render(Format::Text, &UNICODE);
    assert!(
        text.contains("latest\n           2025-09-02 in Beijing"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&brief.render(Format::Json, &UNICODE)).unwrap();
    assert_eq!(json["meetings"]["latest"]["kind"], "in-person");
}

#[test]
fn the_brief_names_the_latest_month_of_gdelt_events_where_the_table_exists() {
    let json = Brief::new(&minimal(), options()).render(Format::Json, &UNICODE);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let c = &v["cooperation"];
    assert_eq!(c["month"], "2021-06");
    assert_eq!(c["events"], 8);
    assert_eq!(c["net_cooperation"], 1.0);
    assert_eq!(c["goldstein_mean"], 4.75);
    assert_eq!(c["source"], "Example Wire, \"Reports\" (2023)");

    // Since a year after the last month: the table is there, without a month to name.
    let later = BriefOptions {
        since: Some(2022),
        ..options()
    };
    let text = Brief::new(&minimal(), later).render(Format::Text, &UNICODE);
    assert!(
        text.contains("GDELT      no GDELT events between the pair recorded"),
        "{text}"
    );

    // A dataset without the table says nothing of it, in text or JSON.
    let bundled = bilat::data::Dataset::bundled().unwrap();
    let brief = Brief::new(&bundled, options());
    assert!(!brief.render(Format::Text, &UNICODE).contains("GDELT"));
    assert!(!brief.render(Format::Json, &UNICODE).contains("cooperation"));
}

/// `--since` past the data: one sentence, not a "no figure" on every line.
#[test]
fn since_past_the_data_says_once_that_nothing_is_recorded() {
    let later = BriefOptions {
        since: Some(2030),
        ..options()
    };
    let brief = Brief::new(&minimal(), later);
    insta::assert_snapshot!(
        "since_past_the_data_text",
        brief.render(Format::Text, &UNICODE)
    );
    let md = brief.render(Format::Markdown, &UNICODE);
    insta::assert_snapshot!("since_past_the_data_markdown", md);
    let json = brief.render(Format::Json, &UNICODE);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["nothing_since"], true);
    assert_eq!(v["last_year"], 2023);
    // Within the data, nothing is said of it.
    let brief = Brief::new(&minimal(), options());
    assert!(!brief.nothing_since);
    assert!(
        !brief
            .render(Format::Text, &UNICODE)
            .contains("Nothing is recorded")
    );
}

/// Two points make no trend a reader can see (a fall looks like a step): the figures show.
#[test]
fn two_trade_figures_are_shown_rather_than_drawn() {
    let two = BriefOptions {
        since: Some(2022),
        ..options()
    };
    let brief = Brief::new(&minimal(), two);
    assert_eq!(brief.trade.points.len(), 2);
    let text = brief.render(Format::Text, &UNICODE);
    insta::assert_snapshot!("two_trade_figures_text", text);
    assert!(
        text.contains("\n           2022: USD 15 bn, 2023: USD 13.5 bn\n"),
        "{text}"
    );
    let md = brief.render(Format::Markdown, &ASCII);
    assert!(
        md.contains("\n  2022: USD 15 bn, 2023: USD 13.5 bn\n"),
        "{md}"
    );
    // Five years still draw a sparkline.
    let all = Brief::new(&minimal(), options()).render(Format::Text, &UNICODE);
    assert!(!all.contains("2022: USD"), "{all}");
}

/// The latest meeting's occasion wraps under itself to its last word, in both text forms.
#[test]
fn the_meeting_occasion_is_wrapped_whole() {
    let data = Dataset::bundled().unwrap();
    let brief = Brief::new(&data, options());
    let text = brief.render(Format::Text, &UNICODE);
    assert!(
        text.contains("parade on 3\n           September\nExercises"),
        "{text}"
    );
    let md = brief.render(Format::Markdown, &UNICODE);
    assert!(md.contains("parade on 3 September\n"), "{md}");
    assert!(!text.contains('…') && !md.contains('…'), "{text}\n{md}");
}
