//! Three and four pairs compared: `bilat brief --compare A B C [D]` as text and Markdown,
//! `bilat export --compare A B C [D]` as HTML, Markdown and JSON, each checked against an
//! oracle worked out here from the datasets through the library (each pair's latest trade
//! figure, its meetings over the years every pair records, the countries shared and by
//! whom), the charts' legends (a colour of its own for each pair, the same in both charts),
//! and `--compare` given one dataset or five.
//!
//! The three bundled datasets are the three pairs; a fourth, Russia–Turkey, is the minimal
//! fixture made another pair in a temporary folder.

use crate::common;

use std::path::{Path, PathBuf};

use bilat::data::{Dataset, Origin};
use bilat::report::export::load_json;
use bilat::text::fit;
use bilat::text::palette;
use common::{bilat, stderr, stdout};

const THREE: [&str; 3] = ["russia-china", "india-russia", "china-pakistan"];

fn bundled(name: &str) -> Dataset {
    Dataset::load(Origin::from_arg(Path::new(name))).unwrap()
}

/// Russia–Turkey, made in `into`: it shares Russia with Russia–China and India–Russia.
fn russia_turkey(into: &Path) -> PathBuf {
    common::minimal_pair(
        into,
        "russia-turkey",
        "Russia–Turkey",
        ("Russia", "RUS"),
        ("Turkey", "TUR"),
    )
}

fn run_ok(args: &[&str]) -> String {
    let output = bilat(args, Path::new("."));
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn brief(pairs: &[&str], format: &str) -> String {
    let mut args = vec!["brief", "--compare"];
    args.extend(pairs);
    args.extend(["--format", format]);
    run_ok(&args)
}

/// Exports the comparison to `out` and returns the files written, as printed.
fn export(pairs: &[&str], format: &str, out: &Path) -> Vec<String> {
    let mut args = vec!["export", "--compare"];
    args.extend(pairs);
    args.extend(["--format", format, "--out", out.to_str().unwrap()]);
    run_ok(&args).lines().map(str::to_string).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `A`, `A and B`, `A, B and C`, as the comparison's sentences list things.
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What the outputs must say of one pair, worked out from its dataset.
struct Expected {
    title: String,
    /// `USD 228.105 bn`, then the period: `in 2025`.
    trade_value: String,
    trade_period: String,
    /// Over the years every pair records: `7 in 2025 (3 in person); 56 in 2014–2025 (43 in
    /// person)`.
    meetings: String,
}

/// The oracle: each pair's headline figure (the series the brief quotes: the headline, or
/// the first with a figure), its meetings summed over the years every pair's record
/// covers, and the lines naming the shared countries.
fn oracle(pairs: &[&Dataset]) -> (Vec<Expected>, Vec<String>) {
    let first = pairs
        .iter()
        .map(|d| d.derived.meetings.first().unwrap().year)
        .max()
        .unwrap();
    let last = pairs
        .iter()
        .map(|d| d.derived.meetings.last().unwrap().year)
        .min()
        .unwrap();
    assert!(first <= last, "the pairs' meeting records meet");
    let expected = pairs
        .iter()
        .map(|data| {
            let trade = &data.derived.trade;
            let series = data
                .derived
                .leading_series(|i| trade[i].iter().any(|p| p.value_usd_bn.is_some()))
                .unwrap();
            let latest = trade[series]
                .iter()
                .rev()
                .find(|p| p.value_usd_bn.is_some())
                .unwrap();
            let sum = |from: i32| {
                let years = data.derived.meetings.iter();
                let years = years.filter(|m| (from..=last).contains(&m.year));
                years.fold((0, 0), |(all, met), m| (all + m.total(), met + m.in_person))
            };
            let ((latest_all, latest_met), (all, met)) = (sum(last), sum(first));
            Expected {
                title: data.manifest.title.clone(),
                trade_value: format!("USD {} bn", latest.value_usd_bn.unwrap().number()),
                trade_period: format!("in {}", latest.period.label("–")),
                meetings: format!(
                    "{latest_all} in {last} ({latest_met} in person); {all} in \
                     {first}–{last} ({met} in person)"
                ),
            }
        })
        .collect();
    (expected, shared_lines(pairs))
}

/// The lines naming the shared countries, from the manifests: those every pair names, then
/// for each group of pairs the countries that group (and no other pair) names.
fn shared_lines(pairs: &[&Dataset]) -> Vec<String> {
    let mut codes: Vec<(String, String)> = Vec::new();
    for data in pairs {
        for c in &data.manifest.countries {
            if !codes.iter().any(|(code, _)| *code == c.code) {
                codes.push((c.code.clone(), format!("{} ({})", c.name, c.code)));
            }
        }
    }
    let naming = |code: &str| -> Vec<usize> {
        (0..pairs.len())
            .filter(|&p| pairs[p].manifest.countries.iter().any(|c| c.code == code))
            .collect()
    };
    let every: Vec<String> = codes
        .iter()
        .filter(|(code, _)| naming(code).len() == pairs.len())
        .map(|(_, name)| name.clone())
        .collect();
    let count = ["", "", "two", "three", "four"][pairs.len()];
    let mut lines = vec![format!(
        "Shared by all {count} pairs: {}",
        if every.is_empty() {
            "none".to_string()
        } else {
            listed(&every)
        }
    )];
    let mut groups: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
    for (code, name) in &codes {
        let by = naming(code);
        if by.len() < 2 || by.len() == pairs.len() {
            continue;
        }
        match groups.iter_mut().find(|(b, _)| *b == by) {
            Some((_, names)) => names.push(name.clone()),
            None => groups.push((by, vec![name.clone()])),
        }
    }
    for (by, names) in groups {
        let titles: Vec<String> = by
            .iter()
            .map(|&p| pairs[p].manifest.title.clone())
            .collect();
        lines.push(format!("Shared by {}: {}", listed(&titles), listed(&names)));
    }
    lines
}

/// The text brief's blocks under `heading`: for each pair, its lines joined into one (a
/// block starts with the pair's title, its wrapped lines follow indented).
fn text_blocks(text: &str, heading: &str, titles: &[String]) -> Vec<String> {
    let at = text.find(&format!("\n{heading}\n")).expect(heading) + heading.len() + 2;
    let section = text[at..].split("\n\n").next().unwrap();
    let mut blocks: Vec<String> = Vec::new();
    for line in section.lines() {
        let line = line.trim_start();
        match titles.iter().find(|t| line.starts_with(t.as_str())) {
            Some(title) => blocks.push(line[title.len()..].trim().to_string()),
            None => {
                let last = blocks.last_mut().expect("a block starts with its pair");
                last.push(' ');
                last.push_str(line);
            }
        }
    }
    blocks
}

/// The text brief's terms, before the first section, as one line: each term wraps to the
/// width, so a term is found whole in the lines joined.
fn text_terms(text: &str) -> String {
    let head = text.split("\n\n").next().unwrap();
    head.lines().skip(1).collect::<Vec<_>>().join(" ")
}

fn check_text_brief(text: &str, pairs: &[&Dataset]) {
    for line in text.lines() {
        assert!(
            fit::width(line) <= 80,
            "{} columns: {line}",
            fit::width(line)
        );
    }
    let (expected, shared) = oracle(pairs);
    let titles: Vec<String> = expected.iter().map(|e| e.title.clone()).collect();
    let terms = text_terms(text);
    for line in &shared {
        assert!(terms.contains(line.as_str()), "{line:?} not in {terms:?}");
    }
    let trade = text_blocks(text, "Trade, latest figure", &titles);
    let meetings = text_blocks(text, "Leader meetings", &titles);
    assert_eq!(trade.len(), pairs.len(), "{trade:#?}");
    assert_eq!(meetings.len(), pairs.len(), "{meetings:#?}");
    for ((e, trade), meetings) in expected.iter().zip(&trade).zip(&meetings) {
        assert!(trade.starts_with(&e.trade_value), "{}: {trade}", e.title);
        assert!(trade.contains(&e.trade_period), "{}: {trade}", e.title);
        assert_eq!(meetings, &e.meetings, "{}", e.title);
    }
}

#[test]
fn three_pairs_in_a_text_brief_say_what_the_datasets_hold() {
    let text = brief(&THREE, "text");
    let data = THREE.map(bundled);
    check_text_brief(&text, &data.each_ref());
    assert!(text.starts_with(
        "Russia–China, India–Russia and China–Pakistan: bilateral briefs side by side\n"
    ));
    assert!(text.contains("\nTrade for all three pairs in USD billions, nominal\n"));
    assert!(text.contains("\nMeetings counted over 2014–2025, the years all three pairs record\n"));
    // Russia–China's two countries are each shared with one other pair.
    assert!(text.contains("\nShared by Russia–China and India–Russia: Russia (RUS)\n"));
    assert!(text.contains("\nShared by Russia–China and China–Pakistan: China (CHN)\n"));
    insta::assert_snapshot!(text);
}

#[test]
fn three_pairs_in_a_markdown_brief_say_what_the_datasets_hold() {
    let text = brief(&THREE, "markdown");
    for line in text.lines() {
        assert!(fit::width(line) <= 80, "{line}");
    }
    let data = THREE.map(bundled);
    let (expected, shared) = oracle(&data.each_ref());
    // Markdown items, their wrapped lines joined.
    let items: Vec<String> = text
        .replace("\n  ", " ")
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .map(str::to_string)
        .collect();
    for line in &shared {
        assert!(items.contains(line), "{line:?} not in {items:#?}");
    }
    for e in &expected {
        let title = format!("**{}**: ", e.title);
        let mine: Vec<&String> = items.iter().filter(|i| i.starts_with(&title)).collect();
        // Trade, leader meetings, exercises, indicators: the first two are checked.
        let escaped = |s: &str| bilat::report::brief::md(s);
        assert!(
            mine[0].starts_with(&format!("{title}{}", escaped(&e.trade_value))),
            "{mine:#?}"
        );
        assert!(mine[0].contains(&escaped(&e.trade_period)), "{mine:#?}");
        assert_eq!(mine[1], &format!("{title}{}", escaped(&e.meetings)));
    }
    insta::assert_snapshot!(text);
}

/// The cells of a row of the HTML page's key-figures table, by its label, markup removed
/// from each.
fn html_row(page: &str, label: &str) -> Vec<String> {
    let head = format!("<tr><th scope=\"row\">{label}</th>");
    let at = page.find(&head).unwrap_or_else(|| panic!("no {label} row")) + head.len();
    let row = &page[at..at + page[at..].find("</tr>").unwrap()];
    row.split("<td>")
        .skip(1)
        .map(|cell| {
            let cell = cell.trim_end_matches("</td>");
            // The text before the source's span, unescaped as a reader sees it.
            let text = cell.split("<span").next().unwrap();
            text.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
        })
        .collect()
}

fn check_html_page(page: &str, pairs: &[&Dataset]) {
    let (expected, shared) = oracle(pairs);
    for line in &shared {
        assert!(page.contains(&format!("<li>{line}</li>")), "{line}");
    }
    let heads: String = expected
        .iter()
        .map(|e| format!("<th scope=\"col\">{}</th>", e.title))
        .collect();
    assert!(page.contains(&format!("<thead><tr><td></td>{heads}</tr></thead>")));
    let trade = html_row(page, "Trade");
    let meetings = html_row(page, "Leader meetings, common years");
    assert_eq!(trade.len(), pairs.len());
    for ((e, trade), meetings) in expected.iter().zip(&trade).zip(&meetings) {
        assert!(trade.starts_with(&e.trade_value), "{}: {trade}", e.title);
        assert!(trade.contains(&e.trade_period), "{}: {trade}", e.title);
        assert_eq!(meetings, &e.meetings, "{}", e.title);
    }
    // Every pair's events and sources, in a column of its own.
    let columns = format!("<div class=\"pairs n{}\">", pairs.len());
    assert_eq!(page.matches(&columns).count(), 2, "{columns}");
    // Trade, meetings, and a chart per indicator two or more pairs declare on one unit.
    assert_eq!(
        page.matches("<svg").count(),
        2 + shared_indicators(pairs).len()
    );
}

/// The indicator ids two or more of the pairs declare on one unit, from the manifests.
fn shared_indicators(pairs: &[&Dataset]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for data in pairs {
        for def in &data.manifest.indicators {
            let same = pairs.iter().filter(|d| {
                let found = d.manifest.indicators.iter().find(|o| o.id == def.id);
                found.is_some_and(|o| o.unit == def.unit)
            });
            if same.count() > 1 && !ids.contains(&def.id) {
                ids.push(def.id.clone());
            }
        }
    }
    ids
}

/// Each entry of a chart's legend: its text and the colour of the swatch drawn before it
/// (a line's stroke, a marker's or block's fill). Legend labels are the 13 px text set
/// centred on its line (`dy="0.5ex"`), on as many lines as the legend takes.
pub(crate) fn legend(svg: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = svg.lines().collect();
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
        } else if tag.starts_with("<text")
            && tag.contains(" dy=\"0.5ex\"")
            && tag.contains(" font-size=\"13")
        {
            out.push((lines[i + 1].replace("&amp;", "&"), swatch.clone()));
        }
    }
    out
}

/// The colour each pair is drawn in, as the palette gives it: the entry of the series it
/// shows, or the next free one.
pub(crate) fn pair_colours(pairs: &[&Dataset]) -> Vec<String> {
    let shown: Vec<Option<usize>> = pairs
        .iter()
        .map(|d| {
            let trade = &d.derived.trade;
            d.derived
                .leading_series(|i| trade[i].iter().any(|p| p.value_usd_bn.is_some()))
        })
        .collect();
    palette::pair_entries_of(&shown)
        .into_iter()
        .map(|entry| {
            let (r, g, b) = palette::series(entry).hue.rgb();
            format!("#{r:02X}{g:02X}{b:02X}")
        })
        .collect()
}

/// Both charts' legends name every pair once, each in its own colour, the palette's, the
/// same in both charts.
fn check_legends(trade: &str, meetings: &str, pairs: &[&Dataset]) {
    let colours = pair_colours(pairs);
    let trade = legend(trade);
    let meetings = legend(meetings);
    assert_eq!(trade.len(), pairs.len(), "{trade:#?}");
    assert_eq!(meetings.len(), pairs.len(), "{meetings:#?}");
    for (p, data) in pairs.iter().enumerate() {
        let title = &data.manifest.title;
        let in_trade = trade
            .iter()
            .find(|(t, _)| t.starts_with(&format!("{title}: ")));
        let in_meetings = meetings.iter().find(|(t, _)| t == title);
        assert_eq!(
            in_trade.map(|e| &e.1),
            Some(&colours[p]),
            "{title}: {trade:#?}"
        );
        assert_eq!(in_meetings.map(|e| &e.1), Some(&colours[p]), "{title}");
    }
    for i in 0..trade.len() {
        for j in 0..i {
            assert_ne!(trade[i].1, trade[j].1, "{trade:#?}");
        }
    }
}

/// The chart `n` (0: trade, 1: meetings) of an HTML page.
fn chart(page: &str, n: usize) -> &str {
    let start = page.match_indices("<svg").nth(n).unwrap().0;
    &page[start..start + page[start..].find("</svg>").unwrap()]
}

#[test]
fn three_pairs_on_one_html_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("three.html");
    assert_eq!(export(&THREE, "html", &out), [out.display().to_string()]);
    let page = read(&out);
    let data = THREE.map(bundled);
    check_html_page(&page, &data.each_ref());
    assert!(page.contains(
        "<title>Russia–China, India–Russia and China–Pakistan: bilateral briefings side by \
         side</title>"
    ));
    assert!(
        page.contains("from the datasets “Russia–China”, “India–Russia” and “China–Pakistan”.")
    );
    check_legends(chart(&page, 0), chart(&page, 1), &data.each_ref());
    let meetings = chart(&page, 1);
    assert!(meetings.contains(
        "Bars left to right: Russia–China, India–Russia and China–Pakistan; solid: in person"
    ));
    // One year axis covering all three: Russia–China's and China–Pakistan's records start
    // in 2013.
    assert!(meetings.contains("\n2013\n"));
}

#[test]
fn three_pairs_in_markdown_with_their_charts() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("three.md");
    let written = export(&THREE, "md", &out);
    let names: Vec<&str> = written
        .iter()
        .map(|p| Path::new(p).file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "three-trade.svg",
            "three-meetings.svg",
            "three-indicator-unga-ip-distance.svg",
            "three-indicator-unga-ip-rus.svg",
            "three-indicator-unga-ip-chn.svg",
            "three.md"
        ]
    );
    let md = read(&out);
    let data = THREE.map(bundled);
    let (expected, shared) = oracle(&data.each_ref());
    for line in &shared {
        assert!(md.contains(&format!("\n- {line}\n")), "{line}");
    }
    assert!(md.contains(
        "\n|  | Russia–China | India–Russia | China–Pakistan |\n| --- | --- | --- | --- |\n"
    ));
    let row = |label: &str| -> Vec<String> {
        let head = format!("| **{label}** | ");
        let line = md.lines().find(|l| l.starts_with(&head)).expect(label);
        let cells = line[head.len()..].trim_end_matches(" |");
        cells.split(" | ").map(|c| c.replace('\\', "")).collect()
    };
    let trade = row("Trade");
    let meetings = row("Leader meetings, common years");
    assert_eq!(trade.len(), 3, "{trade:#?}");
    for ((e, trade), meetings) in expected.iter().zip(&trade).zip(&meetings) {
        assert!(trade.starts_with(&e.trade_value), "{}: {trade}", e.title);
        assert!(trade.contains(&e.trade_period), "{}: {trade}", e.title);
        assert_eq!(meetings, &e.meetings, "{}", e.title);
    }
    let trade_svg = read(&tmp.path().join("three-trade.svg"));
    let meetings_svg = read(&tmp.path().join("three-meetings.svg"));
    check_legends(&trade_svg, &meetings_svg, &data.each_ref());
}

/// A document of the JSON export, loaded back as a dataset.
fn loaded_back(doc: &serde_json::Value) -> Dataset {
    load_json(&doc.to_string(), "compare.json").unwrap()
}

#[test]
fn three_pairs_in_one_json_file_each_loading_back_as_its_dataset() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("three.json");
    export(&THREE, "json", &out);
    let v: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    assert_eq!(v["schema"], bilat::report::export::json::SCHEMA);
    let docs = v["compare"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    let back: Vec<Dataset> = docs.iter().map(loaded_back).collect();
    let bundled = THREE.map(bundled);
    for (data, original) in back.iter().zip(&bundled) {
        assert_eq!(data.manifest, original.manifest);
        assert_eq!(data.trade, original.trade);
        assert_eq!(data.meetings, original.meetings);
    }
    // The library refuses a comparison of one pair or of five, writing nothing.
    let one = bilat::report::export::export_compare(
        &[&bundled[0]],
        bilat::report::export::CompareFormat::Json,
        &tmp.path().join("one.json"),
        false,
    );
    assert_eq!(
        one.unwrap_err().to_string(),
        "a comparison holds two to four pairs, not 1"
    );
    let five = [
        &bundled[0],
        &bundled[1],
        &bundled[2],
        &bundled[0],
        &bundled[1],
    ];
    let five = bilat::report::export::export_compare(
        &five,
        bilat::report::export::CompareFormat::Html,
        &tmp.path().join("five.html"),
        false,
    );
    assert!(five.is_err());
    assert!(!tmp.path().join("one.json").exists() && !tmp.path().join("five.html").exists());
    // The figures the page prints, worked out again from what the file holds, are the
    // datasets' own.
    let back: Vec<&Dataset> = back.iter().collect();
    let (from_file, shared_in_file) = oracle(&back);
    let (from_data, shared_in_data) = oracle(&bundled.each_ref());
    assert_eq!(shared_in_file, shared_in_data);
    for (file, data) in from_file.iter().zip(&from_data) {
        assert_eq!(file.title, data.title);
        assert_eq!(file.trade_value, data.trade_value);
        assert_eq!(file.trade_period, data.trade_period);
        assert_eq!(file.meetings, data.meetings);
    }
}

#[test]
fn four_pairs_with_a_made_one_in_every_output() {
    let tmp = tempfile::tempdir().unwrap();
    let made = russia_turkey(tmp.path());
    let made_arg = made.to_str().unwrap();
    let args = [THREE[0], THREE[1], THREE[2], made_arg];
    let data = [
        bundled(THREE[0]),
        bundled(THREE[1]),
        bundled(THREE[2]),
        Dataset::from_folder(&made).unwrap(),
    ];
    let pairs = data.each_ref();

    let text = brief(&args, "text");
    check_text_brief(&text, &pairs);
    // Russia is named by three of the four pairs; China by two.
    assert!(
        text.contains("\nShared by Russia–China, India–Russia and Russia–Turkey: Russia (RUS)\n")
    );
    assert!(text.contains("\nShared by all four pairs: none\n"));
    assert!(text.contains("\nMeetings counted over 2021–2023, the years all four pairs"));

    let json: serde_json::Value = serde_json::from_str(&brief(&args, "json")).unwrap();
    assert_eq!(json["compare"].as_array().unwrap().len(), 4);
    assert_eq!(json["shared_countries"], serde_json::json!([]));
    assert_eq!(
        json["shared_by_some"],
        serde_json::json!([
            {"code": "RUS", "pairs": [0, 1, 3]},
            {"code": "CHN", "pairs": [0, 2]},
        ])
    );
    assert_eq!(json["common_meetings"].as_array().unwrap().len(), 4);

    let out = tmp.path().join("four.html");
    export(&args, "html", &out);
    let page = read(&out);
    check_html_page(&page, &pairs);
    check_legends(chart(&page, 0), chart(&page, 1), &pairs);
    // Four titles do not fit a chart's title: the count does, and the legend names each.
    assert!(chart(&page, 0).contains("\nFour pairs: goods trade\n"));

    let out = tmp.path().join("four.json");
    export(&args, "json", &out);
    let v: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    let docs = v["compare"].as_array().unwrap();
    assert_eq!(docs.len(), 4);
    assert_eq!(loaded_back(&docs[3]).manifest, data[3].manifest);
}

#[test]
fn every_pair_shares_a_country_and_units_differ() {
    let tmp = tempfile::tempdir().unwrap();
    // Russia–Turkey in euros, beside two pairs in US dollars: all three name Russia.
    let made = russia_turkey(tmp.path());
    let manifest = read(&made.join("dataset.toml"));
    let euros = manifest.replace("USD billions, nominal", "EUR billions, real 2015");
    assert_ne!(manifest, euros, "the fixture declares its unit");
    std::fs::write(made.join("dataset.toml"), euros).unwrap();
    let args = ["russia-china", "india-russia", made.to_str().unwrap()];

    let text = brief(&args, "text");
    let terms = text_terms(&text);
    assert!(
        terms.contains("Shared by all three pairs: Russia (RUS) Trade"),
        "{terms}"
    );
    assert!(
        terms.contains(
            "Trade units differ, so the figures are not comparable as they stand: \
             Russia–China and India–Russia in USD billions, nominal; Russia–Turkey in EUR \
             billions, real 2015 Meetings"
        ),
        "{terms}"
    );
    let json: serde_json::Value = serde_json::from_str(&brief(&args, "json")).unwrap();
    assert_eq!(json["shared_countries"], serde_json::json!(["RUS"]));
    assert_eq!(json["common_trade_unit"], serde_json::Value::Null);
    assert!(
        json.get("shared_by_some").is_none(),
        "none but Russia is shared"
    );

    let out = tmp.path().join("units.html");
    export(&args, "html", &out);
    let page = read(&out);
    let trade = chart(&page, 0);
    assert!(trade.contains("trade (units differ, see below)"), "{trade}");
    // The footer's lines, wrapped to the chart's width, joined again.
    let lines: Vec<&str> = trade.lines().collect();
    let footer: Vec<&str> = (1..lines.len())
        .filter(|&i| {
            lines[i - 1].starts_with("<text") && lines[i - 1].contains(" font-size=\"12\"")
        })
        .map(|i| lines[i])
        .collect();
    assert!(
        footer.join(" ").contains(
            "Units differ (Russia–China: USD billions, nominal; India–Russia: USD billions, \
             nominal; Russia–Turkey: EUR billions, real 2015): lines in different units are \
             not comparable as they stand."
        ),
        "{footer:#?}"
    );
}

#[test]
fn one_dataset_or_five_is_refused_wherever_compare_is() {
    let tmp = tempfile::tempdir().unwrap();
    let five = ["a", "b", "c", "d", "e"];
    for lead in [
        &["brief"][..],
        &["export", "--format", "html", "--out", "x.html"],
        &["render"],
        &[],
    ] {
        for (values, given) in [(&five[..1], "1 was given"), (&five[..], "5 were given")] {
            let mut args: Vec<&str> = lead.to_vec();
            args.push("--compare");
            args.extend(values);
            let output = bilat(&args, tmp.path());
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            let message = stderr(&output);
            assert!(
                message.starts_with(&format!(
                    "error: --compare takes two to four datasets; {given}\n"
                )),
                "{args:?}: {message}"
            );
            let usage = match lead.first() {
                Some(command) => format!("Usage: bilat {command} "),
                None => "Usage: bilat [OPTIONS]".to_string(),
            };
            assert!(message.contains(&usage), "{args:?}: {message}");
            assert!(output.stdout.is_empty());
        }
    }
    assert!(!tmp.path().join("x.html").exists());
}

#[test]
fn every_broken_dataset_of_several_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = common::broken_dataset("trade-bad-year", tmp.path());
    let bad = bad.to_str().unwrap();
    let output = bilat(
        &[
            "brief",
            "--compare",
            "russia-china",
            bad,
            "india-russia",
            "nowhere",
        ],
        tmp.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(
        message.contains(&format!("{bad}/trade.csv:2:1: year")),
        "{message}"
    );
    assert!(message.contains("nowhere: no such folder"), "{message}");
}

#[test]
fn pairs_sharing_nothing_and_a_pair_without_meetings_are_said_once() {
    let tmp = tempfile::tempdir().unwrap();
    // Atlantis–Lemuria without its meetings table, beside two pairs that share no country.
    let made = common::minimal_pair(
        tmp.path(),
        "atlantis",
        "Atlantis–Lemuria",
        ("Atlantis", "ATL"),
        ("Lemuria", "LEM"),
    );
    std::fs::remove_file(made.join("meetings.csv")).unwrap();
    let args = ["india-russia", "china-pakistan", made.to_str().unwrap()];
    let text = brief(&args, "text");
    let terms = text_terms(&text);
    assert!(
        terms.contains(" Shared country: none Trade for all three pairs"),
        "{terms}"
    );
    assert!(
        terms.contains("No common meeting years: Atlantis–Lemuria has no meetings table"),
        "{terms}"
    );
    let meetings = text_blocks(
        &text,
        "Leader meetings",
        &[
            "India–Russia".to_string(),
            "China–Pakistan".to_string(),
            "Atlantis–Lemuria".to_string(),
        ],
    );
    // Without common years, each pair's own record.
    assert!(meetings[0].contains("45 since 2014"), "{meetings:#?}");
    assert_eq!(meetings[2], "no meetings table");
    let json: serde_json::Value = serde_json::from_str(&brief(&args, "json")).unwrap();
    assert_eq!(json["common_years"], serde_json::Value::Null);
    assert_eq!(json["common_meetings"], serde_json::Value::Null);
    assert!(json.get("shared_by_some").is_none());

    let out = tmp.path().join("apart.html");
    export(&args, "html", &out);
    let page = read(&out);
    assert!(page.contains("<li>Shared country: none</li>"));
    assert!(chart(&page, 1).contains("Atlantis–Lemuria (no meetings table)"));
}
