//! The dataset format's newer parts, loaded from files as a user writes them: reporter kinds,
//! the headline series, derived figures, lower bounds, parts that disagree with the total,
//! part-year periods, the leaders who met, and the warning for old trade tables. Each bad
//! file gives its located message.

use crate::common;

use std::path::{Path, PathBuf};

use bilat::data::{Bound, Dataset, Period};
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::record::{Record, Subject};
use bilat::text::symbols::UNICODE;

const HEAD: &str = r#"title = "Atlantis–Lemuria"
description = "A made-up dataset for tests."
as_of = "2025-09"

[[countries]]
name = "Atlantis"
code = "ATL"

[[countries]]
name = "Lemuria"
code = "LEM"

[units]
trade = "USD billions, nominal"
personnel = "people"
"#;

/// A customs series counting calendar years, and a ministry counting July–June years.
const SERIES: &str = r#"
[[trade_series]]
id = "atl"
name = "Atlantis customs"
reporter = "customs"
country = "ATL"
period = "calendar"

[[trade_series]]
id = "atl-moc"
name = "Atlantis, Ministry of Commerce"
reporter = "ministry"
country = "ATL"
period = "fiscal"
fiscal_start = 7
"#;

const TRADE_HEADER: &str = "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,derived,\
                            yoy_pct,quality,note,reported_by,source_ids,source_text\n";

const MEETINGS: &str = "date,kind,bilateral,place,occasion,leaders,quality,note,source_ids,\
                        source_text\n\
                        2021-05-02,in-person,yes,Port Royal,State visit,Ana Perez; Bo Lin,,,,\
                        Example Wire (2021)\n";

const EVENTS: &str = "date,category,title,description,quality,note,source_ids,source_text\n\
                      2021-05-02,political,State visit,,,,,Example Wire (2021)\n";

/// A dataset folder of the manifest `series` and the trade `rows` (after the header).
fn dataset(dir: &Path, series: &str, rows: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("dataset.toml"), format!("{HEAD}{series}")).unwrap();
    std::fs::write(dir.join("trade.csv"), format!("{TRADE_HEADER}{rows}")).unwrap();
    std::fs::write(dir.join("meetings.csv"), MEETINGS).unwrap();
    std::fs::write(dir.join("events.csv"), EVENTS).unwrap();
    dir.to_path_buf()
}

fn load(series: &str, rows: &str) -> Dataset {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(&tmp.path().join("pair"), series, rows);
    Dataset::from_folder(&dir).unwrap_or_else(|p| panic!("{p}"))
}

/// The problems, one a line, with the folder left out.
fn problems(series: &str, rows: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let dir = dataset(&tmp.path().join("pair"), series, rows);
    let err = Dataset::from_folder(&dir).expect_err("the dataset is broken");
    let prefix = format!("{}/", dir.display());
    err.0
        .iter()
        .map(|p| p.to_string().replace(&prefix, "") + "\n")
        .collect()
}

fn brief_text(data: &Dataset) -> String {
    let options = BriefOptions {
        since: None,
        events: 3,
    };
    Brief::new(data, options).render(Format::Text, &UNICODE)
}

fn record_fields(data: &Dataset, year: i32) -> Vec<(String, String)> {
    let record = Record::of(data, Subject::TradeYear(year), "–");
    record
        .entries
        .iter()
        .flat_map(|e| {
            std::iter::once(("Heading".to_string(), e.heading.clone())).chain(
                e.fields
                    .iter()
                    .map(|f| (f.label.to_string(), f.text.clone())),
            )
        })
        .collect()
}

const ROWS: &str = "2020,atl,20.5,,,,,,,,,Customs yearbook (2021)\n\
                    2021,atl,24.25,,,,,,,,,Customs yearbook (2022)\n\
                    2023-24,atl-moc,30.1,,,,,,,,,Ministry report (2024)\n\
                    2024-25,atl-moc,31.4,,,,,,,,,Ministry report (2025)\n";

#[test]
fn the_new_reporter_kinds_load_and_each_needs_its_country() {
    for kind in ["central-bank", "statistics-office", "agency"] {
        let series = SERIES.replace("reporter = \"ministry\"", &format!("reporter = \"{kind}\""));
        let data = load(&series, ROWS);
        assert_eq!(data.manifest.trade_series[1].reporter.name(), kind);
        let without = series.replace(
            "country = \"ATL\"\nperiod = \"fiscal\"",
            "period = \"fiscal\"",
        );
        assert_eq!(
            problems(&without, ROWS),
            format!(
                "dataset.toml:27:12: trade_series[1].country: required for a {kind} series: \
                 the code of the country it reports for\n"
            )
        );
    }
}

#[test]
fn the_headline_series_leads_and_the_brief_names_a_newer_figure() {
    // Without a headline the first declared series leads, though the ministry has more
    // figures.
    let more = format!("{ROWS}2022-23,atl-moc,29.8,,,,,,,,,Ministry report (2023)\n");
    let data = load(SERIES, &more);
    assert_eq!(data.derived.main_series, 0);
    let text = brief_text(&data);
    assert!(text.contains("USD 24.25 bn in 2021"), "{text}");
    // Its 2021 is not the latest word: the ministry's FY2024-25 is newer, and said so.
    assert!(
        text.contains(
            "Newer      USD 31.4 bn in FY2024-25 (Jul–Jun), Atlantis, Ministry of Commerce"
        ),
        "{text}"
    );
    let headline = SERIES.replace("fiscal_start = 7\n", "fiscal_start = 7\nheadline = true\n");
    let data = load(&headline, ROWS);
    assert_eq!(data.derived.main_series, 1);
    let text = brief_text(&data);
    assert!(
        text.contains("Trade      USD 31.4 bn in FY2024-25 (Jul–Jun)"),
        "{text}"
    );
    assert!(!text.contains("Newer"), "{text}");
    let two = headline.replace(
        "period = \"calendar\"\n",
        "period = \"calendar\"\nheadline = true\n",
    );
    assert_eq!(
        problems(&two, ROWS),
        "dataset.toml:32:12: trade_series[1].headline: only one series may be the headline: \
         remove headline = true from all but one\n"
    );
}

#[test]
fn derived_figures_are_marked_wherever_shown_and_need_their_arithmetic() {
    let rows = "2021,atl,24.25,10.25,14,exports,,,Exports are the total less imports.,,,\
                Customs yearbook (2022)\n";
    let data = load(SERIES, rows);
    let row = &data.trade[0];
    assert!(row.exports_usd_bn.unwrap().derived);
    assert!(!row.value_usd_bn.unwrap().derived && !row.imports_usd_bn.unwrap().derived);
    let fields = record_fields(&data, 2021);
    let flows = fields.iter().find(|(l, _)| l == "Flows").unwrap();
    assert!(flows.1.starts_with(
        "ATL exports to LEM 10.25 (derived), ATL imports from LEM 14, balance -3.75 (derived)"
    ));
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("p.html");
    bilat::report::export::export(
        &data,
        bilat::report::export::ExportFormat::Html,
        &page,
        false,
    )
    .unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<td class=\"num\">10.25 (derived)</td>"),
        "{html}"
    );
    // Exported and read back, the mark stays.
    let dir = tmp.path().join("csv");
    bilat::report::export::export(&data, bilat::report::export::ExportFormat::Csv, &dir, false)
        .unwrap();
    assert_eq!(Dataset::from_folder(&dir).unwrap().trade, data.trade);

    let bad = [
        (
            "2021,atl,24.25,10.25,14,exports,,,,,,Yearbook\n",
            "trade.csv:2:9: note: required with derived: say how the derived figures were \
             worked out\n",
        ),
        (
            "2021,atl,24.25,,,exports,,,Sum.,,,Yearbook\n",
            "trade.csv:2:6: derived: names exports, but exports_usd_bn is empty\n",
        ),
        (
            "2021,atl,24.25,,,total,,,Sum.,,,Yearbook\n",
            "trade.csv:2:6: derived: expected figures from value, exports, imports joined by \
             ';', found \"total\"\n",
        ),
    ];
    for (rows, want) in bad {
        assert_eq!(problems(SERIES, rows), want, "{rows}");
    }
}

#[test]
fn a_lower_bound_loads_as_one_and_prose_is_refused_with_the_spelling() {
    let data = load(SERIES, "2021,atl,>2.17,,,,,,,,,Minister's speech (2022)\n");
    let value = data.trade[0].value_usd_bn.unwrap();
    assert_eq!(
        (value.value, value.decimals, value.bound),
        (2.17, 2, Bound::AtLeast)
    );
    assert_eq!(
        problems(SERIES, "2021,atl,more than 2.17,,,,,,,,,Speech\n"),
        "trade.csv:2:3: value_usd_bn: expected a number, found \"more than 2.17\"; a lower \
         bound (\"more than 2.17\") is written >2.17\n"
    );
    assert_eq!(
        problems(SERIES, "2021,atl,>-2,,,,,,,,,Speech\n"),
        "trade.csv:2:3: value_usd_bn: must not be negative, found \">-2\"\n"
    );
}

#[test]
fn parts_must_meet_the_total_within_rounding_unless_marked_disputed() {
    // 3.06 + 16.9 is 19.96: a total printed 20.0 or 20 is within rounding.
    for total in ["19.96", "20.0", "20"] {
        let rows = format!("2021,atl,{total},3.06,16.9,,,,,,,Yearbook\n");
        load(SERIES, &rows);
    }
    // 20.1 is not: half a unit of each last decimal allows 19.905 to 20.015 for the parts.
    let rows = "2021,atl,20.1,3.06,16.9,,,,,,,Yearbook\n";
    assert_eq!(
        problems(SERIES, rows),
        "trade.csv:2:3: value_usd_bn: exports and imports (3.06 + 16.9) should add up to the \
         total within rounding (half a unit of each figure's last decimal), found \"20.1\"; if \
         the source prints figures that disagree, set quality to disputed and say so in the \
         note\n"
    );
    let disputed =
        "2021,atl,20.1,3.06,16.9,,,disputed,The bureau's parts add to 19.96.,,,Yearbook\n";
    let data = load(SERIES, disputed);
    assert_eq!(data.trade[0].value_usd_bn.unwrap().number(), "20.1");
    let unexplained = "2021,atl,20.1,3.06,16.9,,,disputed,,,,Yearbook\n";
    assert!(problems(SERIES, unexplained).contains("should add up to the total"));
    // A lower bound for a part reaches up without end.
    load(SERIES, "2021,atl,25,>3.06,16.9,,,,,,,Yearbook\n");
}

#[test]
fn part_of_a_year_stands_alone_beside_the_years() {
    let rows = "2021,atl,24.25,,,,,,,,,Customs yearbook (2022)\n\
                2022-H1,atl,13.5,,,,8.2,,,,,Customs half-year (2022)\n\
                2022,atl,26.675,,,,,,,,,Customs yearbook (2023)\n\
                2023-01..2023-09,atl,20,,,,,,,,,Customs (2023)\n";
    let data = load(SERIES, rows);
    let years: Vec<Period> = data.derived.trade[0].iter().map(|p| p.period).collect();
    assert_eq!(years, [Period::calendar(2021), Period::calendar(2022)]);
    // 2022 is compared with 2021 (+10.0%), never with its first half.
    assert_eq!(data.derived.trade[0][1].yoy.unwrap().pct.value, 10.0);
    let parts = &data.derived.partial[0];
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].period, Period::partial(2022, 1, 6));
    assert_eq!(parts[0].period.month_span(), (2022 * 12, 2022 * 12 + 5));
    assert!(
        parts[0].yoy.unwrap().reported,
        "only a change its source gave"
    );
    assert_eq!(parts[1].period.label("–"), "Jan–Sep 2023");
    let fields = record_fields(&data, 2022);
    let headings: Vec<&str> = fields
        .iter()
        .filter(|(l, _)| l == "Heading")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        headings,
        ["Atlantis customs, 2022", "Atlantis customs, Jan–Jun 2022"]
    );
    // The brief's latest is a year's figure, not the 2023 part.
    assert!(brief_text(&data).contains("USD 26.675 bn in 2022"));
    assert_eq!(
        problems(SERIES, "2022-Q5,atl,1,,,,,,,,,Customs\n"),
        "trade.csv:2:1: period: part of a year is a half (2022-H1, 2022-H2) or a quarter \
         (2022-Q1 to 2022-Q4), found \"2022-Q5\" in series \"atl\"\n"
    );
}

#[test]
fn the_leaders_who_met_are_read_shown_and_exported() {
    let data = load(SERIES, ROWS);
    assert_eq!(data.meetings[0].leaders, ["Ana Perez", "Bo Lin"]);
    let record = Record::of(&data, Subject::MeetingYear(2021), "–");
    let leaders = record.entries[0]
        .fields
        .iter()
        .find(|f| f.label == "Leaders")
        .unwrap();
    assert_eq!(leaders.text, "Ana Perez; Bo Lin");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("csv");
    bilat::report::export::export(&data, bilat::report::export::ExportFormat::Csv, &dir, false)
        .unwrap();
    let meetings = std::fs::read_to_string(dir.join("meetings.csv")).unwrap();
    assert!(
        meetings.contains(",State visit,Ana Perez; Bo Lin,"),
        "{meetings}"
    );
    assert_eq!(Dataset::from_folder(&dir).unwrap().meetings, data.meetings);
}

#[test]
fn check_warns_what_an_old_trade_table_made_it_assume_and_still_passes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("old");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let run = common::bilat(&["check", "old"], tmp.path());
    assert_eq!(run.status.code(), Some(0));
    let out = common::stdout(&run);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "warning: old/trade.csv: old format (columns year and reporter): bilat assumed every \
             period is a calendar year and every reporter is that country's customs; if a figure \
             is a fiscal year or comes from another body, rename the columns period and series \
             and declare [[trade_series]] in dataset.toml"
        )
    );
    assert!(lines.next().unwrap().starts_with("old: ok (1 warning): "));
    // The same figures under the current names: nothing assumed, nothing said.
    let trade = std::fs::read_to_string(dir.join("trade.csv")).unwrap();
    let renamed = trade.replacen("year,reporter,", "period,series,", 1);
    std::fs::write(dir.join("trade.csv"), renamed).unwrap();
    let out = common::stdout(&common::bilat(&["check", "old"], tmp.path()));
    assert!(out.starts_with("old: ok: "), "{out}");
}
