//! Exports, imports and the balance: read from trade.csv, kept by the JSON export, shown by
//! the trade pane as one key cycles them, and named by the brief.

use crate::screen;

use std::fs;
use std::path::{Path, PathBuf};

use bilat::data::Dataset;
use bilat::import::{self, Target};
use bilat::library::new::parse_pair;
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use screen::{render, text};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A Russia–China folder with the Comtrade and IMF fixtures imported, and China's customs
/// totals typed by hand (a series without flows).
fn flows_dataset(into: &Path) -> Dataset {
    let countries = parse_pair("Russia:RUS,China:CHN").unwrap().0;
    let target = Target {
        dir: into.to_path_buf(),
        pair: Some(parse_pair("Russia:RUS,China:CHN").unwrap()),
        today: "2026-01-02".into(),
    };
    let comtrade = import::comtrade::read(
        &[
            fixture("comtrade-annual.csv"),
            fixture("comtrade-monthly.csv"),
        ],
        &countries,
    )
    .unwrap();
    import::write(&target, &comtrade).unwrap();
    let millions = Some(import::scale::Scale::Millions);
    let imf = import::imf::read(&[fixture("imf-dots.csv")], &countries, &[], millions).unwrap();
    import::write(&target, &imf).unwrap();
    let mut trade = fs::read_to_string(into.join("trade.csv")).unwrap();
    for (year, value) in [(2021, "146.89"), (2022, "190.27"), (2023, "240.11")] {
        trade.push_str(&format!(
            "{year},CHN,{value},,,,,,,,,Chinese customs via Reuters\n"
        ));
    }
    fs::write(into.join("trade.csv"), trade).unwrap();
    Dataset::from_folder(into).unwrap()
}

fn app(data: Dataset, width: u16, height: u16) -> App {
    screen::app_of(data, screen::dark(), width, height)
}

/// The trade pane's title row.
/// The trade pane's title, and the legend's own line under it where the title cannot hold
/// the series.
fn trade_title(screen: &str) -> String {
    let mut lines = screen.lines().skip_while(|l| !l.contains("1 Trade"));
    let title = lines.next().unwrap().to_string();
    let legend = lines.next().unwrap_or_default();
    format!("{title}\n{legend}")
}

#[test]
fn one_key_cycles_total_exports_imports_and_balance_at_80x24() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app(flows_dataset(tmp.path()), 80, 24);
    let key = app.keys().first(Action::CycleFlow).unwrap();
    assert_eq!(key, "e");
    let mut titles = Vec::new();
    for word in ["total", "exports", "imports", "balance"] {
        let screen = text(&render(&app));
        titles.push(trade_title(&screen));
        insta::assert_snapshot!(format!("flows_80x24_{word}"), screen);
        app.apply(Action::CycleFlow);
    }
    assert!(titles[0].contains("USD bn"), "{}", titles[0]);
    // Each flow by its direction: the first series drawn is Russia's (Comtrade RUS), on the
    // legend's own line under a title too narrow for it.
    assert!(
        titles[1].contains("\n│▲ RUS exports to CHN"),
        "{}",
        titles[1]
    );
    assert!(
        titles[2].contains("\n│▲ RUS imports from CHN"),
        "{}",
        titles[2]
    );
    assert!(titles[3].contains("\n│▲ balance: RUS"), "{}", titles[3]);
    assert!(!titles[0].contains("no flows"), "{}", titles[0]);
    assert_eq!(
        text(&render(&app)),
        {
            let fresh = self::app(Dataset::from_folder(tmp.path()).unwrap(), 80, 24);
            text(&render(&fresh))
        },
        "four presses come back to the total"
    );
}

#[test]
fn the_zoomed_balance_goes_below_zero_and_the_record_gives_each_flow_at_120x40() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app(flows_dataset(tmp.path()), 120, 40);
    app.set_focus(bilat::tui::panes::trade::ID);
    app.apply(Action::Zoom);
    for _ in 0..3 {
        app.apply(Action::CycleFlow);
    }
    app.apply(Action::Left);
    app.apply(Action::Left);
    let screen = text(&render(&app));
    // China's hand-typed customs series has no flows: beside series that give them, it is
    // left out of the chart and the legend says why, after the series drawn, each named by
    // whose balance it is (on the legend's own line, cut at the pane's edge); the details
    // still give its total.
    let title = trade_title(&screen);
    assert!(
        title.contains("▲ balance: RUS exports less imports (Comtrade RUS)"),
        "{screen}"
    );
    assert!(screen.contains("CHN 146.89 bn total, no flows"), "{screen}");
    assert!(
        screen.contains("▲ Comtrade RUS: RUS balance -4.677000001 bn (exports less imports)"),
        "{screen}"
    );
    assert!(
        screen.contains(
            "CHN exports to RUS 67.565296543, CHN imports from RUS 79.31842217, balance \
             -11.753125627 bn"
        ),
        "{screen}"
    );
    insta::assert_snapshot!("flows_zoomed_120x40_balance", screen);
}

#[test]
fn a_dataset_without_flows_says_so() {
    let mut app = app(Dataset::bundled().unwrap(), 120, 40);
    app.apply(Action::CycleFlow);
    let title = trade_title(&text(&render(&app)));
    // Every series shows its total.
    assert!(title.contains("flows n/a: total USD bn"), "{title}");
}

#[test]
fn flows_load_and_must_add_up_to_the_total() {
    let tmp = tempfile::tempdir().unwrap();
    let data = flows_dataset(tmp.path());
    let row = data
        .trade
        .iter()
        .find(|t| data.manifest.trade_series[t.series].id == "imf-chn" && t.period_text == "2022")
        .unwrap();
    assert_eq!(
        (
            row.exports_usd_bn.map(|f| f.value),
            row.imports_usd_bn.map(|f| f.value)
        ),
        (Some(76.122), Some(114.145))
    );
    let trade = fs::read_to_string(tmp.path().join("trade.csv")).unwrap();
    fs::write(
        tmp.path().join("trade.csv"),
        trade.replace("2022,imf-chn,190.267,", "2022,imf-chn,290.267,"),
    )
    .unwrap();
    let problems = Dataset::from_folder(tmp.path()).unwrap_err().to_string();
    assert!(
        problems.contains(
            "value_usd_bn: exports and imports (76.122 + 114.145) should add up to the total \
             within rounding (half a unit of each figure's last decimal), found \"290.267\"; \
             if the source prints figures that disagree, set quality to disputed and say so \
             in the note"
        ),
        "{problems}"
    );
}

#[test]
fn the_json_export_carries_the_flows_and_older_documents_still_load() {
    let tmp = tempfile::tempdir().unwrap();
    let data = flows_dataset(&tmp.path().join("pair"));
    let out = tmp.path().join("pair.json");
    bilat::report::export::export(
        &data,
        bilat::report::export::ExportFormat::Json,
        &out,
        false,
    )
    .unwrap();
    let json = fs::read_to_string(&out).unwrap();
    assert!(json.contains("\"exports_usd_bn\": 76.122"), "{json}");
    let back = bilat::report::export::load_json(&json, "pair.json").unwrap();
    assert_eq!(back.trade, data.trade);
    // A document written before the flow columns existed has no such keys.
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    for row in doc["trade"].as_array_mut().unwrap() {
        let row = row.as_object_mut().unwrap();
        row.remove("exports_usd_bn");
        row.remove("imports_usd_bn");
    }
    let old = bilat::report::export::load_json(&doc.to_string(), "old.json").unwrap();
    assert!(old.trade.iter().all(|t| t.exports_usd_bn.is_none()));
}

use crate::common;

#[test]
fn the_brief_names_the_latest_balance_with_its_period_and_series() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pair");
    flows_dataset(&dir);
    let dir = dir.to_str().unwrap();
    let text = common::stdout(&common::bilat(&["brief", "--data", dir], tmp.path()));
    // 2023: China's figures give both flows (IMF); Russia's imports that year are a gap.
    // The line wraps at 80 columns: compare its words.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = "Balance China -18.167 bn in 2023 (CHN exports to RUS 110.972, CHN imports from RUS \
                129.139), IMF trade by \
                partner: China's figures Meetings";
    assert!(words.contains(line), "{text}");
    let md = common::stdout(&common::bilat(
        &["brief", "--data", dir, "--format", "markdown"],
        tmp.path(),
    ));
    assert!(
        md.contains("- **Balance**: China -18.167 bn in 2023"),
        "{md}"
    );
    let json = common::stdout(&common::bilat(
        &["brief", "--data", dir, "--format", "json"],
        tmp.path(),
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let balance = &v["trade"]["balance"];
    assert_eq!(balance["series"]["id"], "imf-chn");
    assert_eq!(balance["period"]["label"], "2023");
    assert_eq!(balance["country"], "China");
    assert!((balance["balance_usd_bn"].as_f64().unwrap() + 18.167).abs() < 1e-9);
    // Without flows, no balance is claimed.
    let bundled = common::stdout(&common::bilat(&["brief", "--format", "json"], tmp.path()));
    let v: serde_json::Value = serde_json::from_str(&bundled).unwrap();
    assert!(v["trade"]["balance"].is_null());
}

#[test]
fn the_record_of_a_trade_year_gives_each_series_flows() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app(flows_dataset(tmp.path()), 120, 40);
    app.set_focus(bilat::tui::panes::trade::ID);
    app.apply(Action::Left);
    app.apply(Action::Details);
    let screen = text(&render(&app));
    assert!(
        screen.contains("CHN exports to RUS 76.122, CHN imports from RUS 114.145, balance -38.023"),
        "{screen}"
    );
}
