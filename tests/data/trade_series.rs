//! Trade series declared by who reports them, fiscal years, per-side marks and the second
//! bundled pair: what the trade pane, the loader, the brief and the exports make of them.

use crate::common;
use crate::screen;

use std::path::{Path, PathBuf};

use bilat::data::{Dataset, Period, Reporter};
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::export::{ExportFormat, export};
use bilat::text::symbols::UNICODE;
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use screen::{render, text};

fn two_bases_dir() -> PathBuf {
    common::fixtures().join("valid/two-bases")
}

fn two_bases() -> Dataset {
    Dataset::from_folder(&two_bases_dir()).unwrap()
}

fn app(data: Dataset, width: u16, height: u16) -> App {
    screen::app_of(data, screen::dark(), width, height)
}

/// (file, text to find, its replacement).
type Edit<'a> = (&'a str, &'a str, &'a str);

/// The minimal dataset with `edits` applied: (file, text to find, its replacement); an empty
/// `find` appends.
fn edited(base: &Path, edits: &[Edit], into: &Path) -> PathBuf {
    let dir = into.join("data");
    common::copy_tree(base, &dir);
    for (file, find, replace) in edits {
        let path = dir.join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        if find.is_empty() {
            text.push_str(replace);
        } else {
            assert!(text.contains(find), "{file} has no {find:?}");
            text = text.replacen(find, replace, 1);
        }
        std::fs::write(&path, text).unwrap();
    }
    dir
}

/// The problems loading `edits` of the two-bases fixture gives, one per line, folder removed.
fn problems(edits: &[Edit]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(&two_bases_dir(), edits, tmp.path());
    let err = Dataset::from_folder(&dir).expect_err("the edit breaks the dataset");
    let prefix = format!("{}/", dir.display());
    err.0
        .iter()
        .map(|p| p.to_string().replace(&prefix, "") + "\n")
        .collect()
}

#[test]
fn the_trade_pane_draws_a_fiscal_and_a_calendar_series_with_gaps_on_either_side() {
    let mut a = app(two_bases(), 100, 30);
    a.zoom(bilat::tui::panes::trade::ID);
    insta::assert_snapshot!("two_bases_zoomed_100x30", text(&render(&a)));
    let a = app(two_bases(), 80, 24);
    insta::assert_snapshot!("two_bases_80x24", text(&render(&a)));
}

#[test]
fn fiscal_years_are_read_as_written_and_placed_over_their_months() {
    let d = two_bases();
    let fy = &d.manifest.trade_series[0];
    assert_eq!(fy.reporter, Reporter::Ministry);
    // `FY2022` of a July–June year is July 2021 to June 2022.
    let row = d.trade.iter().find(|t| t.period_text == "FY2022").unwrap();
    assert_eq!(row.period, Period::starting(2021, 7));
    assert_eq!(row.period.start_date(), "2021-07-01");
    assert_eq!(row.period.end_date(), "2022-06-30");
    // Changes are computed only between neighbouring periods of one series: 2020-21
    // follows a gap, so it has none; no calendar figure is ever compared with a fiscal one.
    let points = &d.derived.trade[0];
    assert_eq!(points.len(), 4);
    assert!(points[2].yoy.is_none());
    assert_eq!(points[3].yoy.map(|y| y.reported), Some(true));
    // The statements series computes no change even between neighbouring years.
    assert!(d.derived.trade[2].iter().all(|p| p.yoy.is_none()));
}

#[test]
fn the_cursor_and_footer_name_the_fiscal_year_and_its_months() {
    let mut a = app(two_bases(), 120, 40);
    a.zoom(bilat::tui::panes::trade::ID);
    let screen = text(&render(&a));
    assert!(
        screen.contains("2021  ◆ ATL FY FY2021-22 (Jul–Jun) 14 bn +12% [approximate]"),
        "{screen}"
    );
    assert!(
        screen.contains(
            "Atlantis, Ministry of Trade: FY2021-22 (Jul–Jun), reported by Minister of Trade"
        ),
        "{screen}"
    );
}

#[test]
fn the_zoomed_record_scrolls_with_the_move_keys_and_says_what_is_left() {
    let mut a = app(
        Dataset::load(bilat::data::Origin::Bundled(
            bilat::data::Bundled::find("india-russia").unwrap(),
        ))
        .unwrap(),
        80,
        24,
    );
    for _ in 0..3 {
        a.apply(Action::Left);
    }
    a.zoom(bilat::tui::panes::trade::ID);
    let screen = text(&screen::drawn(&mut a));
    assert!(screen.contains("more lines: j/k scroll"), "{screen}");
    assert!(!screen.contains("fiscal 2021-22 (13.125"), "{screen}");
    for _ in 0..20 {
        a.apply(Action::Down);
    }
    let screen = text(&render(&a));
    // The end of the last row's note, and the year and figures stay on top.
    assert!(screen.contains("fiscal 2021-22 (13.125"), "{screen}");
    assert!(
        screen.contains("│2021  ◆ IND MoC FY2021-22 (Apr–Mar)"),
        "{screen}"
    );
    assert!(!screen.contains("more lines"), "{screen}");
    // Another year starts at the top again.
    a.apply(Action::Left);
    let screen = text(&render(&a));
    assert!(
        screen.contains("│◆ India, Ministry of Commerce"),
        "{screen}"
    );
}

#[test]
fn a_growth_rate_without_a_value_shows_as_such() {
    let mut a = app(two_bases(), 120, 40);
    a.apply(Action::Bottom);
    let screen = text(&render(&a));
    assert!(screen.contains("● IMF no figure, +5%"), "{screen}");
}

/// The minimal dataset with one more Lemurian row: a small 2020 figure where Atlantis's
/// series has its gap, and a gap row with a note in 2021.
fn sparse_other_side(tmp: &Path) -> Dataset {
    let rows = "2020,LEM,0.1,,,,customs,\n2021,LEM,,,,Lemuria published nothing.,customs,\n";
    let dir = edited(
        &common::fixtures().join("valid/minimal"),
        &[("trade.csv", "", rows)],
        tmp,
    );
    // The trade chart at the width it has beside the meetings pane alone.
    for optional in ["arms.csv", "cooperation.csv"] {
        std::fs::remove_file(dir.join(optional)).unwrap();
    }
    Dataset::from_folder(&dir).unwrap()
}

/// The cell on the trade chart's baseline under `year`, at 120x40 with every year shown.
fn baseline_cell(screen: &str, year_column: usize) -> char {
    let baseline = screen
        .lines()
        .find(|l| {
            l.strip_prefix('│')
                .is_some_and(|r| r.trim_start().starts_with("0 "))
        })
        .unwrap();
    baseline.chars().nth(year_column).unwrap()
}

/// The trade chart's year labels: the first line whose labels start at 2019.
fn year_labels(screen: &str) -> &str {
    screen
        .lines()
        .find(|l| {
            l.strip_prefix('│')
                .is_some_and(|r| r.trim_start().starts_with("2019"))
        })
        .unwrap()
}

#[test]
fn a_gap_marker_never_hides_the_other_series_point() {
    let tmp = tempfile::tempdir().unwrap();
    let screen = text(&render(&app(sparse_other_side(tmp.path()), 120, 40)));
    let labels = year_labels(&screen);
    let x2020 = labels[..labels.find("2020").unwrap()].chars().count() + 2;
    // Atlantis has no 2020 figure (a `?`), Lemuria's 0.1 sits on the same cell: it shows.
    assert_eq!(baseline_cell(&screen, x2020), '●', "{screen}");
}

#[test]
fn a_gap_row_of_the_sparser_series_gets_a_mark_and_its_note_is_reachable() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = app(sparse_other_side(tmp.path()), 120, 40);
    let screen = text(&render(&a));
    let labels = year_labels(&screen);
    let x2021 = labels[..labels.find("2021").unwrap()].chars().count() + 2;
    assert_eq!(baseline_cell(&screen, x2021), '?', "{screen}");
    a.apply(Action::Left);
    a.apply(Action::Left);
    let screen = text(&render(&a));
    assert!(
        screen.contains("2021  ◆ ATL 12.5 bn  ● LEM no figure"),
        "{screen}"
    );
    a.zoom(bilat::tui::panes::trade::ID);
    let screen = text(&render(&a));
    assert!(
        screen.contains("Note: Lemuria published nothing."),
        "{screen}"
    );
}

#[test]
fn the_footer_line_belongs_to_the_figure_it_names() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = app(sparse_other_side(tmp.path()), 120, 40);
    // 2020: Atlantis has a gap row with a note, Lemuria a figure; the second line is marked
    // with the glyph of the series whose row it quotes.
    for _ in 0..3 {
        a.apply(Action::Left);
    }
    let screen = text(&render(&a));
    assert!(
        screen.contains("2020  ◆ ATL no figure  ● LEM 0.1 bn"),
        "{screen}"
    );
    assert!(screen.contains("│◆ Note: no figure found"), "{screen}");
}

#[test]
fn the_dashboard_opens_on_the_latest_year_with_a_figure() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(
        &common::fixtures().join("valid/minimal"),
        &[("trade.csv", "", "2024,ATL,,,,Not yet published.,customs,\n")],
        tmp.path(),
    );
    let a = app(Dataset::from_folder(&dir).unwrap(), 120, 40);
    let screen = text(&render(&a));
    assert!(screen.contains("2023  ◆ ATL 13.5 bn"), "{screen}");
}

#[test]
fn per_side_figures_keep_their_marks_without_a_total() {
    let mut a = app(two_bases(), 120, 40);
    a.apply(Action::FocusPane(3));
    a.zoom(bilat::tui::panes::exercises::ID);
    let screen = text(&render(&a));
    // Blue Sky has only Atlantis's 3,000, leaked and disputed: the marks sit on it.
    let row = screen.lines().find(|l| l.contains("Blue Sky")).unwrap();
    assert!(row.contains("3,000 l!"), "{row}");
    assert!(screen.contains("Marks: l leaked, ! disputed"), "{screen}");
    assert!(
        screen.contains("Note: Only Atlantis's contingent was published."),
        "{screen}"
    );
}

#[test]
fn the_brief_counts_each_sides_personnel_and_says_the_quality() {
    let brief = Brief::new(
        &two_bases(),
        BriefOptions {
            since: Some(2023),
            events: 5,
        },
    );
    let e = brief
        .largest_exercise
        .as_ref()
        .expect("one side's size counts");
    assert_eq!(e.name, "Blue Sky 2023");
    assert_eq!(e.size, 3000);
    let text = brief.render(Format::Text, &UNICODE);
    assert!(
        text.contains("largest: Blue Sky 2023 (2023), ATL 3,000 people (no total) (leaked,"),
        "{text}"
    );
    // Since 2023 only the IMF has a row, and that without a value: no figure, said so.
    assert!(text.contains("Trade      no figure"), "{text}");
    let all = Brief::new(
        &two_bases(),
        BriefOptions {
            since: None,
            events: 5,
        },
    );
    let text = all.render(Format::Text, &UNICODE);
    assert!(
        text.contains("USD 14 bn in FY2021-22 (Jul–Jun), +12% on FY2020-21 (reported)"),
        "{text}"
    );
    assert!(
        text.contains("[approximate], Atlantis, Ministry of Trade"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&all.render(Format::Json, &UNICODE)).unwrap();
    let latest = &json["trade"]["latest"]["period"];
    assert_eq!(latest["as_written"], "FY2022");
    assert_eq!(latest["start"], "2021-07-01");
    assert_eq!(latest["end"], "2022-06-30");
}

#[test]
fn loader_names_each_way_a_series_or_period_can_be_wrong() {
    let cases: &[(&[Edit], &str)] = &[
        (
            &[("trade.csv", "2020-21,atl-fy", "2020-22,atl-fy")],
            "trade.csv:4:1: period: a fiscal year's second year must be the one after its first, as in 2021-22, found \"2020-22\" in series \"atl-fy\"\n",
        ),
        (
            &[("trade.csv", "2020-21,atl-fy", "2020-04..2021-03,atl-fy")],
            "trade.csv:4:1: period: the series' years start in July, but this period starts in April, found \"2020-04..2021-03\" in series \"atl-fy\"\n",
        ),
        (
            &[("trade.csv", "2020-21,atl-fy", "2020,atl-fy")],
            "trade.csv:4:1: period: the series counts fiscal years: expected a fiscal year such as 2021-22 or FY2022, found \"2020\" in series \"atl-fy\"\n",
        ),
        (
            &[("trade.csv", "2019,imf", "2019-20,imf")],
            "trade.csv:6:1: period: the series counts calendar years: expected a year such as 2021, found \"2019-20\" in series \"imf\"\n",
        ),
        (
            &[("trade.csv", "2019,imf", "2019,comtrade")],
            "trade.csv:6:2: series: expected a series id from dataset.toml's [[trade_series]] (atl-fy, imf, envoy), found \"comtrade\"\n",
        ),
        (
            &[("trade.csv", "2020-21,atl-fy", "FY2020,atl-fy")],
            "trade.csv:4: duplicate row: period \"FY2020\" of series \"atl-fy\" is already on line 3\n",
        ),
        (
            &[(
                "dataset.toml",
                "reporter = \"third-party\"",
                "reporter = \"embassy\"",
            )],
            "dataset.toml:33:12: trade_series[1].reporter: expected one of customs, ministry, central-bank, statistics-office, agency, third-party, statement, found \"embassy\"\n",
        ),
        (
            &[("dataset.toml", "country = \"ATL\"\n", "")],
            "dataset.toml:23:12: trade_series[0].country: required for a ministry series: the code of the country it reports for\n",
        ),
        (
            &[("dataset.toml", "fiscal_start = 7", "fiscal_start = 13")],
            "dataset.toml:26:16: trade_series[0].fiscal_start: expected the first month as a number from 2 to 12, found 13\n",
        ),
        (
            &[("dataset.toml", "fiscal_start = 7\n", "")],
            "dataset.toml:25:10: trade_series[0].fiscal_start: required for a fiscal series: its first month as a number (April is 4)\n",
        ),
        (
            &[("dataset.toml", "id = \"imf\"", "id = \"atl-fy\"")],
            "dataset.toml:30:6: trade_series[1].id: series id \"atl-fy\" is declared twice\n",
        ),
        (
            &[(
                "dataset.toml",
                "label = \"IMF\"",
                "label = \"International Monetary Fund\"",
            )],
            "dataset.toml:31:9: trade_series[1].label: a label is at most 12 characters, found \"International Monetary Fund\"\n",
        ),
        (
            &[(
                "dataset.toml",
                "period = \"calendar\"",
                "period = \"yearly\"",
            )],
            "dataset.toml:34:10: trade_series[1].period: expected \"calendar\" or \"fiscal\", found \"yearly\"\n",
        ),
        (
            &[(
                "dataset.toml",
                "reporter = \"third-party\"\n",
                "reporter = \"third-party\"\ncountry = \"ATL\"\n",
            )],
            "dataset.toml:34:11: trade_series[1].country: a third-party series reports for neither country: leave country out\n",
        ),
        (
            &[("dataset.toml", "as_of = \"2024-03\"", "as_of = \"2024\"")],
            "dataset.toml:3:9: as_of: expected a date as YYYY-MM-DD or a month as YYYY-MM, found \"2024\"\n",
        ),
        (
            &[(
                "dataset.toml",
                "size_bases = [\"leaked\"]",
                "size_bases = [\"claimed\"]",
            )],
            "dataset.toml:5:14: size_bases[0]: \"claimed\" is known already: list only new words\n",
        ),
        (
            &[("exercises.csv", "riverine/tri-service", "riverine/jungle")],
            "exercises.csv:2:6: domain: expected words from land, naval, air, amphibious, missile-defence, command-post, space, cyber, tri-service, multi-domain, special-forces, counter-terrorism, riverine joined by '/' (dataset.toml's exercise_domains may add more), found \"riverine/jungle\"\n",
        ),
        (
            &[("exercises.csv", ",leaked,", ",rumoured,")],
            "exercises.csv:3:10: size_basis: expected one of claimed, estimated, planned, announced, reported, official, leaked (dataset.toml's size_bases may add more), found \"rumoured\"\n",
        ),
    ];
    let mut failures = Vec::new();
    for (edits, want) in cases {
        let got = problems(edits);
        if got != *want {
            failures.push(format!("{edits:?}\n  want {want}  got  {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn old_trade_files_load_unchanged_and_name_their_own_columns_in_messages() {
    let minimal = Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap();
    let ids: Vec<&str> = minimal
        .manifest
        .trade_series
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["ATL", "LEM"]);
    assert_eq!(minimal.manifest.trade_series[1].name, "Lemuria customs");
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(
        &common::fixtures().join("valid/minimal"),
        &[("trade.csv", "2021,ATL", "2021-22,ATL")],
        tmp.path(),
    );
    let err = Dataset::from_folder(&dir).unwrap_err().to_string();
    assert!(
        err.contains("trade.csv:4:1: year: the series counts calendar years"),
        "{err}"
    );
}

#[test]
fn india_russia_is_bundled_clean_and_keeps_its_two_bases_apart() {
    let d = Dataset::load(bilat::data::Origin::Bundled(
        bilat::data::Bundled::find("india-russia").unwrap(),
    ))
    .unwrap();
    assert_eq!(d.manifest.countries[0].code, "IND");
    let moc = d
        .manifest
        .trade_series
        .iter()
        .position(|s| s.id == "ind-moc")
        .unwrap();
    assert_eq!(d.derived.main_series, moc);
    let fy = |written: &str| {
        d.trade
            .iter()
            .find(|t| t.period_text == written && t.series == moc)
    };
    assert_eq!(
        fy("2021-22").and_then(|t| t.value_usd_bn).map(|f| f.value),
        Some(13.125)
    );
    assert_eq!(fy("2021-22").unwrap().period, Period::starting(2021, 4));
    let gap = fy("2022-23").unwrap();
    assert_eq!(gap.value_usd_bn, None, "the disputed year stays a gap");
    assert!(!gap.note.is_empty());
    // Every row cites a source; no calendar figure is filed under the fiscal series.
    assert!(
        d.trade
            .iter()
            .all(|t| !t.citation.render(&d.manifest).is_empty())
    );
    assert!(
        d.trade
            .iter()
            .filter(|t| t.series == moc)
            .all(|t| t.period.start_month() == 4)
    );
}

#[test]
fn india_russia_round_trips_through_the_csv_export() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path();
    let out = home.join("copy");
    let run = common::bilat(
        &[
            "export",
            "--data",
            "india-russia",
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
        ],
        home,
    );
    assert!(run.status.success(), "{}", common::stderr(&run));
    let original = Dataset::load(bilat::data::Origin::Bundled(
        bilat::data::Bundled::find("india-russia").unwrap(),
    ))
    .unwrap();
    let back = Dataset::from_folder(&out).unwrap();
    assert_eq!(original.manifest.trade_series, back.manifest.trade_series);
    assert_eq!(original.trade, back.trade);
    assert_eq!(original.meetings, back.meetings);
    assert_eq!(original.exercises, back.exercises);
    assert_eq!(original.events.len(), back.events.len());
    // And the JSON export carries each period's first and last days.
    let json = home.join("ir.json");
    export(&original, ExportFormat::Json, &json, false).unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let row = v["trade"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["period"] == "2024-25")
        .unwrap();
    assert_eq!(row["period_start"], "2024-04-01");
    assert_eq!(row["period_end"], "2025-03-31");
}

#[test]
fn data_takes_a_bundled_name_and_list_shows_both_pairs() {
    let tmp = tempfile::tempdir().unwrap();
    let run = common::bilat(&["brief", "--data", "india-russia"], tmp.path());
    assert!(run.status.success(), "{}", common::stderr(&run));
    let out = common::stdout(&run);
    assert!(out.starts_with("India–Russia: bilateral brief"), "{out}");
    assert!(
        out.contains("India, Ministry of Commerce (DGCI&S)"),
        "{out}"
    );
    let run = common::bilat(&["list"], tmp.path());
    let out = common::stdout(&run);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("NAME"), "{out}");
    assert!(
        lines[1].starts_with("russia-china    Russia (RUS) – China (CHN)    1990–2025"),
        "{out}"
    );
    assert!(
        lines[2].starts_with("india-russia    India (IND) – Russia (RUS)    1996–2025"),
        "{out}"
    );
    assert!(lines[2].ends_with("bundled (data/india-russia)"), "{out}");
}

#[test]
fn new_writes_a_folder_check_accepts_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path();
    let run = common::bilat(&["new", "pk-cn", "--pair", "Pakistan:PAK,China:CHN"], home);
    assert!(run.status.success(), "{}", common::stderr(&run));
    let manifest = std::fs::read_to_string(home.join("pk-cn/dataset.toml")).unwrap();
    assert!(
        manifest.contains("title = \"Pakistan–China\""),
        "{manifest}"
    );
    let run = common::bilat(&["check", "pk-cn"], home);
    assert_eq!(
        common::stdout(&run),
        "pk-cn: ok: 0 trade rows, 0 meetings, 0 exercises, 0 events, no cooperation table, 0 arms deals, no indicators table, 0 sources\n"
    );
    std::fs::write(home.join("pk-cn/trade.csv"), "mine\n").unwrap();
    let run = common::bilat(&["new", "pk-cn", "--pair", "Pakistan:PAK,China:CHN"], home);
    assert_eq!(run.status.code(), Some(1));
    assert!(common::stderr(&run).contains("already holds files"));
    assert_eq!(
        std::fs::read_to_string(home.join("pk-cn/trade.csv")).unwrap(),
        "mine\n"
    );
    let run = common::bilat(&["new", "x", "--pair", "Pakistan:PK,China:CHN"], home);
    assert_eq!(
        run.status.code(),
        Some(2),
        "a mistyped --pair is a usage error"
    );
}

#[test]
fn the_documented_manifest_example_loads() {
    let doc = include_str!("../../docs/dataset-format.md");
    let start = doc
        .find("```toml\ntitle = ")
        .expect("docs/dataset-format.md shows a dataset.toml");
    let body = &doc[start + "```toml\n".len()..];
    let manifest = &body[..body.find("```").unwrap()];
    let tmp = tempfile::tempdir().unwrap();
    let dir = edited(&common::fixtures().join("valid/minimal"), &[], tmp.path());
    std::fs::write(dir.join("dataset.toml"), manifest).unwrap();
    std::fs::write(
        dir.join("trade.csv"),
        "period,series,value_usd_bn,yoy_pct,quality,note,reported_by,source_ids,source_text\n",
    )
    .unwrap();
    for file in [
        "meetings.csv",
        "exercises.csv",
        "events.csv",
        "cooperation.csv",
        "arms.csv",
        "indicators.csv",
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let header = text.lines().next().unwrap();
        std::fs::write(dir.join(file), format!("{header}\n")).unwrap();
    }
    let loaded = Dataset::from_folder(&dir);
    assert!(loaded.is_ok(), "{}", loaded.unwrap_err());
}

#[test]
fn an_events_note_shows_though_its_quality_is_not_marked() {
    let mut a = app(Dataset::bundled().unwrap(), 120, 40);
    a.apply(Action::FocusPane(4));
    a.zoom(bilat::tui::panes::timeline::ID);
    let mut screen = text(&render(&a));
    let selected = |screen: &str| {
        let row = screen.lines().find(|l| l.contains('▶')).unwrap_or_default();
        row.contains("PLA joins Vostok-2018")
    };
    for _ in 0..88 {
        if selected(&screen) {
            break;
        }
        a.apply(Action::Down);
        screen = text(&render(&a));
    }
    assert!(selected(&screen), "{screen}");
    assert!(screen.contains("Note: 3,200 is the"), "{screen}");
}
