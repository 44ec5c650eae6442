//! Indicators in `bilat export --compare`: a row per indicator id in the key-figures table
//! (each pair's latest value exactly as `indicators.csv` prints it, its year and mark, a
//! blank where a pair has no such indicator, `no indicators table` where it has no table),
//! and a chart per id two or more pairs declare on one unit, read back point by point.
//!
//! The oracle reads each chart's points back through its axes' labels with the helpers of
//! `indicator_charts`, a pair at a time by its colour (the palette's, as every chart of the
//! comparison gives it), and checks them year by year against the pair's `indicators.csv`,
//! read here with nothing of bilat's: every value drawn where the file has it, nothing in a
//! year without one. Pairs whose units differ get no shared chart, and the table says so.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bilat::data::{Dataset, Origin};
use bilat::report::brief::md;

use crate::common::{self, bilat, stderr, stdout};
use crate::compare_many::{legend, pair_colours};
use crate::indicator_charts::{bundled, check_drawn, expected, read_series, read_svg};

const THREE: [&str; 3] = ["russia-china", "india-russia", "china-pakistan"];

/// What an indicator's row says where the pairs' units differ.
const UNITS_DIFFER: &str = "units differ: not drawn on one scale";

fn load(name: &str) -> Dataset {
    Dataset::load(Origin::from_arg(Path::new(name))).unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Exports the comparison of `pairs` (names or folders) as `format` to `out`; returns the
/// files written, as printed.
fn export(pairs: &[&str], format: &str, out: &Path) -> Vec<String> {
    let mut args = vec!["export", "--compare"];
    args.extend(pairs);
    args.extend(["--format", format, "--out", out.to_str().unwrap()]);
    let output = bilat(&args, Path::new("."));
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output).lines().map(str::to_string).collect()
}

/// A row of `indicators.csv` as the file prints it.
struct Printed {
    year: i32,
    value: String,
    quality: String,
}

/// Each indicator's latest row with a value, by id; `None` for an id whose every row is
/// empty.
type Latest = BTreeMap<String, Option<Printed>>;

fn latest_printed(folder: &Path) -> Latest {
    let mut reader = csv::Reader::from_path(folder.join("indicators.csv")).unwrap();
    let mut out = Latest::new();
    for record in reader.deserialize::<BTreeMap<String, String>>() {
        let r = record.unwrap();
        let year: i32 = r["period"].parse().unwrap();
        let latest = out.entry(r["indicator"].clone()).or_default();
        let later = latest.as_ref().is_none_or(|p| year > p.year);
        if !r["value"].is_empty() && later {
            *latest = Some(Printed {
                year,
                value: r["value"].clone(),
                quality: r["quality"].clone(),
            });
        }
    }
    out
}

/// The ids two or more pairs' `indicators.csv` have, in the first pair's order, then the
/// second's, and so on.
fn shared_ids(files: &[Latest]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for file in files {
        for id in file.keys() {
            let having = files.iter().filter(|f| f.contains_key(id)).count();
            if having > 1 && !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The HTML table's row labelled `name`: what its label cell says under the name (the
/// note), and each cell's text before its source, unescaped.
fn html_row(page: &str, name: &str) -> (String, Vec<String>) {
    let head = format!("<tr><th scope=\"row\">{}", html_escape(name));
    let rows: Vec<&str> = page.lines().filter(|l| l.starts_with(&head)).collect();
    assert_eq!(rows.len(), 1, "one row for {name}");
    let row = &rows[0][head.len()..];
    let (label, cells) = row.split_once("</th>").unwrap();
    let note = label
        .strip_prefix("<span class=\"note\">")
        .map_or("", |n| n.trim_end_matches("</span>"));
    let cells = cells
        .trim_end_matches("</tr>")
        .split("<td>")
        .skip(1)
        .map(|cell| {
            let cell = cell.trim_end_matches("</td>");
            let text = cell.split("<span").next().unwrap();
            text.replace("&amp;", "&").replace("&#39;", "'")
        })
        .collect();
    (note.to_string(), cells)
}

/// The Markdown table's row labelled `name`: its note, then each cell's text before its
/// source, with the Markdown escapes taken out.
fn md_row(page: &str, name: &str) -> (String, Vec<String>) {
    let head = format!("| **{}**", md(name));
    let rows: Vec<&str> = page.lines().filter(|l| l.starts_with(&head)).collect();
    assert_eq!(rows.len(), 1, "one row for {name}");
    let (label, cells) = rows[0][head.len()..].split_once(" | ").unwrap();
    let note = label.trim().trim_start_matches('(').trim_end_matches(')');
    let cells = cells.trim_end_matches(" |").trim_end_matches('|');
    let cells = cells.split(" | ").map(|c| {
        // The text before its source.
        let text = c.split(" (source: ").next().unwrap();
        text.trim().replace('\\', "")
    });
    (note.replace('\\', ""), cells.collect())
}

/// Every indicator id any pair with the table declares has one row, named as its first
/// declaring pair names it; each pair's cell is its latest value as its file prints it,
/// its year, its mark and unit; a blank where the pair has no such indicator, `no
/// indicators table` where it has no table. No row says units differ where they agree.
fn check_table(
    row: impl Fn(&str) -> (String, Vec<String>),
    pairs: &[&Dataset],
    folders: &[PathBuf],
) {
    let files: Vec<Option<Latest>> = folders
        .iter()
        .map(|f| {
            let has = f.join("indicators.csv").is_file();
            has.then(|| latest_printed(f))
        })
        .collect();
    // A pair without the table declares none, whatever its manifest says.
    let mut names: Vec<(String, String)> = Vec::new();
    for (data, _) in pairs.iter().zip(&files).filter(|(_, f)| f.is_some()) {
        for def in &data.manifest.indicators {
            if !names.iter().any(|(id, _)| *id == def.id) {
                names.push((def.id.clone(), def.name.clone()));
            }
        }
    }
    assert!(!names.is_empty());
    for (id, name) in &names {
        let (note, cells) = row(name);
        assert_eq!(note, "", "{name}: the units agree");
        assert_eq!(cells.len(), pairs.len(), "{name}: {cells:#?}");
        for ((data, file), cell) in pairs.iter().zip(&files).zip(&cells) {
            let title = &data.manifest.title;
            let Some(file) = file else {
                assert_eq!(cell, "no indicators table", "{name}, {title}");
                continue;
            };
            let Some(latest) = file.get(id) else {
                assert_eq!(cell, "", "{name}, {title}: a blank, never 0");
                continue;
            };
            let Printed {
                year,
                value,
                quality,
            } = latest.as_ref().expect("a value");
            let def = data.manifest.indicators.iter().find(|d| d.id == *id);
            let unit = &def.unwrap().unit;
            let mark = if quality.is_empty() {
                String::new()
            } else {
                format!(", {quality}")
            };
            assert_eq!(
                cell,
                &format!("{value} in {year}{mark} ({unit})"),
                "{name}, {title}: the latest value as the file prints it"
            );
        }
    }
}

/// Russia–Turkey, the minimal fixture made another pair, whose latest agreement is the
/// file's `0.450` of 2019 (2020 has no value).
fn russia_turkey(into: &Path) -> PathBuf {
    let dir = common::minimal_pair(
        into,
        "russia-turkey",
        "Russia–Turkey",
        ("Russia", "RUS"),
        ("Turkey", "TUR"),
    );
    std::fs::write(
        dir.join("indicators.csv"),
        "period,indicator,value,quality,note,source_ids,source_text\n\
         2019,agreement,0.450,,,wire,\n\
         2020,agreement,,,no votes that session,wire,\n",
    )
    .unwrap();
    dir
}

#[test]
fn each_pairs_line_is_its_datasets_year_by_year_in_its_own_colour() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("three.md");
    let written = export(&THREE, "md", &out);
    let data = THREE.map(load);
    let pairs = data.each_ref();
    let colours = pair_colours(&pairs);
    for i in 0..colours.len() {
        for j in 0..i {
            assert_ne!(colours[i], colours[j], "each pair its own colour");
        }
    }
    let want = THREE.map(|name| expected(&bundled(name)));
    let files = THREE.map(|name| latest_printed(&bundled(name)));
    let ids = shared_ids(&files);
    assert_eq!(ids.len(), 3, "{ids:?}");

    let page = read(&out);
    let html_out = tmp.path().join("three.html");
    export(&THREE, "html", &html_out);
    let html = read(&html_out);
    let mut checked = 0;
    for id in &ids {
        let name = format!("three-indicator-{id}.svg");
        assert!(
            written.iter().any(|w| w.ends_with(&name)),
            "{name} in {written:#?}"
        );
        assert!(
            page.contains(&format!("]({name})")),
            "the page links {name}"
        );
        let svg = read(&tmp.path().join(&name));
        let entries = legend(&svg);
        for (p, data) in pairs.iter().enumerate() {
            let title = &data.manifest.title;
            let drawn = read_series(&svg, &colours[p]);
            let in_legend = entries.iter().find(|(text, _)| text == title);
            match want[p].get(id) {
                Some(values) => {
                    checked += check_drawn(&format!("{name}, {title}"), &drawn, values);
                    assert_eq!(in_legend.map(|e| &e.1), Some(&colours[p]), "{name}");
                }
                None => {
                    assert!(drawn.markers.is_empty(), "{name}: {title} has no {id}");
                    assert!(drawn.lines.is_empty(), "{name}: {title} has no {id}");
                    assert!(in_legend.is_none(), "{name}: {title} in the legend");
                }
            }
        }
        // The page inlines the same drawing.
        let body = &svg[svg.find('>').unwrap()..];
        assert!(html.contains(body.trim_end()), "{name} inlined in the page");
    }
    // Every value of the three shared indicators: 49 + 74 + 49 years of Russia–China, and so
    // on, less the empty 1964s.
    assert!(checked > 400, "{checked}");
    // An id only one pair has gets its row, but no chart.
    for id in ["unga-ip-ind", "unga-ip-pak"] {
        assert!(
            !tmp.path()
                .join(format!("three-indicator-{id}.svg"))
                .exists()
        );
    }
    let section = &html[html.find("<section id=\"indicators\">").unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    assert_eq!(section.matches("<svg").count(), 3);
    assert!(html.contains("<a href=\"#indicators\">Indicators</a>"));
    assert!(page.contains("\n## Indicators\n\n"));
}

#[test]
fn a_chart_names_each_pair_the_unit_the_direction_the_range_and_the_source() {
    let tmp = tempfile::tempdir().unwrap();
    let lemuria = common::fixtures().join("valid/minimal");
    let mu = common::minimal_pair(
        tmp.path(),
        "mu",
        "Atlantis–Mu",
        ("Atlantis", "ATL"),
        ("Mu", "MUU"),
    );
    std::fs::write(
        mu.join("indicators.csv"),
        "period,indicator,value,quality,note,source_ids,source_text\n\
         2018,agreement,0.30,,,wire,\n\
         2019,agreement,0.52,,,wire,\n\
         2020,agreement,0.61,,,wire,\n",
    )
    .unwrap();
    let out = tmp.path().join("two.md");
    export(
        &[lemuria.to_str().unwrap(), mu.to_str().unwrap()],
        "md",
        &out,
    );
    let svg = read(&tmp.path().join("two-indicator-agreement.svg"));
    let data = [
        Dataset::from_folder(&lemuria).unwrap(),
        Dataset::from_folder(&mu).unwrap(),
    ];
    let colours = pair_colours(&data.each_ref());
    for (p, folder) in [&lemuria, &mu].into_iter().enumerate() {
        let want = &expected(folder)["agreement"];
        let name = &data[p].manifest.title;
        check_drawn(name, &read_series(&svg, &colours[p]), want);
    }
    let texts = read_svg(&svg).texts;
    for text in [
        "Atlantis–Lemuria and Atlantis–Mu: UN voting agreement",
        "Atlantis–Lemuria",
        "Atlantis–Mu",
        "unit: share 0-1",
        "higher = closer alignment",
        "range 0 to 1",
        "Source: Example Wire, &quot;Reports&quot; (2023); see each dataset for each value&apos;s source.",
        "A break in a line is a year without a value, not a zero: Atlantis–Lemuria 2020.",
        "A ring round a marker: a value marked approximate in its dataset.",
    ] {
        assert!(texts.iter().any(|t| t == text), "{text:?} in {texts:#?}");
    }
    // One scale, the indicator's range; one year axis over both pairs' rows.
    let values: Vec<f64> = read_svg(&svg).values.iter().map(|v| v.0).collect();
    assert_eq!(
        (values.first(), values.last()),
        (Some(&0.0), Some(&1.0)),
        "{values:?}"
    );
    let years: Vec<f64> = read_svg(&svg).years.iter().map(|v| v.0).collect();
    assert_eq!(years, [2018.0, 2019.0, 2020.0, 2021.0]);
    insta::assert_snapshot!("compare_indicator_chart_minimal", svg);
}

#[test]
fn the_table_gives_each_pairs_latest_value_as_its_file_prints_it() {
    let tmp = tempfile::tempdir().unwrap();
    let made = russia_turkey(tmp.path());
    let args = [THREE[0], THREE[1], THREE[2], made.to_str().unwrap()];
    let data = [
        load(THREE[0]),
        load(THREE[1]),
        load(THREE[2]),
        Dataset::from_folder(&made).unwrap(),
    ];
    let folders = [
        bundled(THREE[0]),
        bundled(THREE[1]),
        bundled(THREE[2]),
        made.clone(),
    ];
    let out = tmp.path().join("four.html");
    export(&args, "html", &out);
    let html = read(&out);
    check_table(|name| html_row(&html, name), &data.each_ref(), &folders);
    assert!(!html.contains("<th scope=\"row\">Indicator</th>"));
    // The file's 0.450, never 0.45.
    let (_, agreement) = html_row(&html, "UN voting agreement");
    assert_eq!(agreement[3], "0.450 in 2019 (share 0-1)");

    let out = tmp.path().join("four.md");
    export(&args, "md", &out);
    let page = read(&out);
    check_table(|name| md_row(&page, name), &data.each_ref(), &folders);
    assert!(!page.contains("| **Indicator** |"));

    // Beside a pair without the table, its every cell says so.
    let bare = tmp.path().join("bare");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &bare);
    std::fs::remove_file(bare.join("indicators.csv")).unwrap();
    let out = tmp.path().join("bare.html");
    export(&[THREE[0], bare.to_str().unwrap()], "html", &out);
    let html = read(&out);
    let pairs = [load(THREE[0]), Dataset::from_folder(&bare).unwrap()];
    check_table(
        |name| html_row(&html, name),
        &pairs.each_ref(),
        &[bundled(THREE[0]), bare.clone()],
    );
    // One pair's indicators alone share no chart.
    assert_eq!(html.matches("<svg").count(), 2);
    assert!(!html.contains("id=\"indicators\""));
    assert!(!html.contains("#indicators"));
}

#[test]
fn the_json_comparison_carries_each_datasets_indicators() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("three.json");
    export(&THREE, "json", &out);
    let v: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    let docs = v["compare"].as_array().unwrap();
    for (doc, name) in docs.iter().zip(THREE) {
        let back = bilat::report::export::load_json(&doc.to_string(), "three.json").unwrap();
        let original = load(name);
        assert_eq!(back.manifest.indicators, original.manifest.indicators);
        assert_eq!(back.indicators, original.indicators, "{name}");
    }
}

/// Russia–China with its ideal-point distance declared on another unit, in `into`.
fn distance_in_percent(into: &Path) -> PathBuf {
    let dir = into.join("russia-china-percent");
    common::copy_tree(&bundled("russia-china"), &dir);
    let manifest = read(&dir.join("dataset.toml"));
    let declared = "name = \"UN voting: ideal-point distance\"\n\
                    unit = \"UN ideal-point scale (mean 0, sd 1)\"";
    assert!(manifest.contains(declared), "the dataset declares it so");
    let changed = manifest.replace(
        declared,
        "name = \"UN voting: ideal-point distance\"\nunit = \"percent\"",
    );
    std::fs::write(dir.join("dataset.toml"), changed).unwrap();
    dir
}

#[test]
fn differing_units_share_no_chart_and_the_table_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let percent = distance_in_percent(tmp.path());
    let percent = percent.to_str().unwrap();

    // Two pairs: the distance on two units is drawn on no chart; Russia's ideal point, on
    // one, still is.
    let out = tmp.path().join("two.md");
    let written = export(&[percent, "india-russia"], "md", &out);
    let names: Vec<&str> = written
        .iter()
        .map(|p| Path::new(p).file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "two-trade.svg",
            "two-meetings.svg",
            "two-indicator-unga-ip-rus.svg",
            "two.md"
        ]
    );
    let page = read(&out);
    let (note, cells) = md_row(&page, "UN voting: ideal-point distance");
    assert_eq!(note, UNITS_DIFFER);
    assert!(cells[0].ends_with(" in 2019 (percent)"), "{cells:#?}");
    assert!(
        cells[1].ends_with(" in 2019 (UN ideal-point scale (mean 0, sd 1))"),
        "{cells:#?}"
    );
    assert_eq!(md_row(&page, "UN voting: Russia's ideal point").0, "");

    let out = tmp.path().join("two.html");
    export(&[percent, "india-russia"], "html", &out);
    let html = read(&out);
    assert_eq!(
        html_row(&html, "UN voting: ideal-point distance").0,
        UNITS_DIFFER
    );
    // Trade, meetings and Russia's ideal point.
    assert_eq!(html.matches("<svg").count(), 3);
    assert!(!html.contains("ideal-point distance</title>"));

    // Three pairs: the two on one unit share the distance's chart, which names the third
    // and why it is not drawn.
    let out = tmp.path().join("three.md");
    export(&[percent, "india-russia", "china-pakistan"], "md", &out);
    let page = read(&out);
    let (note, _) = md_row(&page, "UN voting: ideal-point distance");
    assert_eq!(
        note,
        format!("{UNITS_DIFFER}; India–Russia and China–Pakistan, on one unit, share a chart")
    );
    let svg = read(&tmp.path().join("three-indicator-unga-ip-distance.svg"));
    let texts = read_svg(&svg).texts;
    assert!(
        texts
            .iter()
            .any(|t| t == "Not drawn: Russia–China (in percent, another unit)."),
        "{texts:#?}"
    );
    let pairs = [load(percent), load("india-russia"), load("china-pakistan")];
    let colours = pair_colours(&pairs.each_ref());
    let drawn = read_series(&svg, &colours[0]);
    assert!(drawn.markers.is_empty() && drawn.lines.is_empty());
    for (p, name) in [(1, "india-russia"), (2, "china-pakistan")] {
        let want = &expected(&bundled(name))["unga-ip-distance"];
        check_drawn(name, &read_series(&svg, &colours[p]), want);
    }
}
