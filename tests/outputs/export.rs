//! `bilat export`: round trips through CSV and JSON, the structure of each format, refusal
//! and replacement, atomic writes, error messages, and hostile text through every format.

use crate::common;

use std::path::{Path, PathBuf};

use bilat::data::{Dataset, TableId};
use bilat::report::export::{ExportFormat, export, load_json};
use common::{bilat, stderr, stdout};

fn bundled() -> Dataset {
    Dataset::bundled().unwrap()
}

fn minimal() -> Dataset {
    Dataset::from_folder(&common::fixtures().join("valid/minimal")).unwrap()
}

/// Two datasets hold the same manifest and the same records in the same order.
fn assert_same(a: &Dataset, b: &Dataset) {
    assert_eq!(a.manifest, b.manifest);
    assert_eq!(a.trade, b.trade);
    assert_eq!(a.meetings, b.meetings);
    assert_eq!(a.exercises, b.exercises);
    assert_eq!(a.events, b.events);
    assert_eq!(a.arms, b.arms);
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A minimal well-formedness check for XML: every tag closed in order, one root, and every
/// `&` the start of an entity. (No XML parser is among the dependencies.)
fn assert_well_formed(xml: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert_entities(text);
        let tag_end = rest[start..].find('>').expect("a tag ends") + start;
        let tag = &rest[start + 1..tag_end];
        rest = &rest[tag_end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name.trim()), "closing </{name}>");
            continue;
        }
        assert!(!tag.contains('<'), "a '<' inside a tag: <{tag}>");
        assert_entities(tag);
        let name = tag.split_whitespace().next().expect("a tag name");
        if stack.is_empty() {
            roots += 1;
        }
        if !tag.ends_with('/') {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert_eq!(roots, 1, "one root element");
}

fn assert_entities(text: &str) {
    for (i, _) in text.match_indices('&') {
        let after = &text[i..];
        let known = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"];
        assert!(
            known.iter().any(|e| after.starts_with(e)),
            "a bare '&': {}",
            &after[..after.len().min(20)]
        );
    }
}

#[test]
fn csv_round_trip_gives_the_same_dataset() {
    for data in [bundled(), minimal()] {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("copy");
        let written = export(&data, ExportFormat::Csv, &out, false).unwrap();
        let names: Vec<_> = written.iter().map(|p| p.file_name().unwrap()).collect();
        // The bundled datasets have no cooperation table (the small one has), and all have
        // arms deals.
        let cooperation = data.has(TableId::Cooperation).then_some("cooperation.csv");
        let expected: Vec<&str> = [
            "dataset.toml",
            "trade.csv",
            "meetings.csv",
            "exercises.csv",
            "events.csv",
        ]
        .into_iter()
        .chain(cooperation)
        .chain(data.has(TableId::Arms).then_some("arms.csv"))
        .chain(data.has(TableId::Indicators).then_some("indicators.csv"))
        .collect();
        assert_eq!(names, expected);
        let back = Dataset::from_folder(&out).unwrap();
        assert_same(&data, &back);
    }
}

#[test]
fn csv_tables_have_the_documented_columns_and_plain_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    export(&minimal(), ExportFormat::Csv, tmp.path(), false).unwrap();
    let trade = read(&tmp.path().join("trade.csv"));
    let mut lines = trade.lines();
    assert_eq!(
        lines.next(),
        Some(
            "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,derived,yoy_pct,quality,note,\
             reported_by,source_ids,source_text"
        )
    );
    // 10 stays 10, a gap stays empty, and two source ids keep their `;`.
    assert_eq!(lines.next(), Some("2019,ATL,10,,,,,,,,customs,"));
    assert_eq!(
        lines.next(),
        Some("2020,ATL,,,,,,,no figure found,,customs,")
    );
    assert!(
        trade.contains("2023,ATL,13.5,,,,,,,,customs;wire,"),
        "{trade}"
    );
    assert!(
        trade.contains("\"Lemuria Statistics, \"\"Trade\"\" (2023)\""),
        "{trade}"
    );
    let exercises = read(&tmp.path().join("exercises.csv"));
    assert!(exercises.starts_with(
        "name,start_date,end_date,location,host,domain,total_personnel,first_country_personnel,\
         second_country_personnel,size_basis,alt_total_personnel,alt_source_text,quality,note,\
         source_ids,source_text\n"
    ));
}

#[test]
fn json_round_trip_gives_the_same_dataset() {
    for data in [bundled(), minimal()] {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("data.json");
        export(&data, ExportFormat::Json, &out, false).unwrap();
        let back = load_json(&read(&out), "data.json").unwrap();
        assert_same(&data, &back);
    }
}

#[test]
fn json_rows_are_keyed_by_column_with_numbers_and_nulls() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data.json");
    export(&minimal(), ExportFormat::Json, &out, false).unwrap();
    let text = read(&out);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema"], 2);
    assert_eq!(v["manifest"]["countries"][1]["code"], "LEM");
    assert_eq!(v["manifest"]["units"]["trade"], "USD billions, nominal");
    let first = &v["trade"][0];
    assert_eq!(first["period"], "2019");
    assert_eq!(first["series"], "ATL");
    assert_eq!(first["period_start"], "2019-01-01");
    assert_eq!(first["period_end"], "2019-12-31");
    assert_eq!(first["value_usd_bn"], 10.0);
    assert_eq!(first["yoy_pct"], serde_json::Value::Null);
    assert_eq!(first["source_ids"], "customs");
    assert_eq!(v["trade"][1]["value_usd_bn"], serde_json::Value::Null);
    assert_eq!(v["exercises"][1]["total_personnel"], 5000);
    assert_eq!(v["exercises"][1]["size_basis"], "claimed");
    assert_eq!(v["meetings"].as_array().unwrap().len(), 4);
    assert_eq!(v["events"].as_array().unwrap().len(), 4);
    // Keys come in column order, as in the CSV.
    let year = text.find("\"period\"").unwrap();
    let reporter = text.find("\"series\"").unwrap();
    let source_text = text.find("\"source_text\"").unwrap();
    assert!(year < reporter && reporter < source_text);
}

#[test]
fn json_problems_point_into_the_document() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data.json");
    export(&minimal(), ExportFormat::Json, &out, false).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    v["trade"][2]["value_usd_bn"] = "n/a".into();
    v["events"][0]["category"] = "sport".into();
    v["meetings"][0]["extra"] = 1.into();
    let text = serde_json::to_string(&v).unwrap();
    let problems = load_json(&text, "data.json").unwrap_err().to_string();
    assert!(
        problems.contains("data.json: meetings[0].extra: unknown column"),
        "{problems}"
    );
    v["meetings"][0].as_object_mut().unwrap().remove("extra");
    let text = serde_json::to_string(&v).unwrap();
    let problems = load_json(&text, "data.json").unwrap_err().to_string();
    assert!(
        problems.contains("data.json: trade[2].value_usd_bn: expected a number, found \"n/a\""),
        "{problems}"
    );
    assert!(
        problems.contains("data.json: events[0].category: expected one of"),
        "{problems}"
    );

    v["schema"] = 1.into();
    let problems = load_json(&v.to_string(), "data.json")
        .unwrap_err()
        .to_string();
    assert!(
        problems.contains("data.json: schema: expected 2"),
        "{problems}"
    );
    let problems = load_json("{\"schema\": 2,", "data.json")
        .unwrap_err()
        .to_string();
    assert!(problems.starts_with("data.json:1:"), "{problems}");
}

#[test]
fn svg_charts_have_title_unit_legend_one_line_per_reporter_and_a_source() {
    let tmp = tempfile::tempdir().unwrap();
    let written = export(&bundled(), ExportFormat::Svg, tmp.path(), false).unwrap();
    assert_eq!(
        written,
        [
            tmp.path().join("trade.svg"),
            tmp.path().join("meetings.svg"),
            tmp.path().join("indicator-unga-ip-distance.svg"),
            tmp.path().join("indicator-unga-ip-rus.svg"),
            tmp.path().join("indicator-unga-ip-chn.svg"),
        ]
    );
    let trade = read(&written[0]);
    assert!(trade.starts_with("<svg"), "{}", &trade[..80]);
    assert_well_formed(&trade);
    assert!(!trade.contains("NaN") && !trade.contains("=\"inf"));
    assert!(trade.contains(">\nRussia–China: goods trade\n</text>"));
    assert!(trade.contains(">\nUSD billions, nominal\n</text>"));
    assert!(trade.contains(">\nChina customs\n</text>"));
    assert!(trade.contains(">\nRussia customs\n</text>"));
    assert!(trade.contains("Source: customs figures of China and Russia as reported by"));
    for colour in ["#D55E00", "#0072B2"] {
        let lines = trade
            .lines()
            .filter(|l| l.starts_with("<polyline") && l.contains(colour))
            .count();
        // The legend's sample line, then at least one stretch of data.
        assert!(lines >= 2, "{colour}: {lines} lines");
    }
    let meetings = read(&written[1]);
    assert_well_formed(&meetings);
    assert!(!meetings.contains("NaN"));
    for text in [
        "Russia–China: leader meetings",
        "in person",
        "phone",
        "video",
        "leader meetings per year",
    ] {
        assert!(meetings.contains(&format!(">\n{text}\n</text>")), "{text}");
    }
    assert!(meetings.contains("Source: Kremlin.ru"));
}

/// The x of the axis label showing `year`.
fn label_x(svg: &str, year: &str) -> String {
    let end = svg
        .find(&format!(">\n{year}\n</text>"))
        .unwrap_or_else(|| panic!("no label {year}"));
    let tag = &svg[svg[..end].rfind("<text").unwrap()..end];
    let x = tag.split("x=\"").nth(1).unwrap();
    x[..x.find('"').unwrap()].to_string()
}

#[test]
fn a_year_without_a_figure_is_a_gap_not_a_zero() {
    let tmp = tempfile::tempdir().unwrap();
    export(&minimal(), ExportFormat::Svg, tmp.path(), false).unwrap();
    let trade = read(&tmp.path().join("trade.svg"));
    assert!(trade.contains("A break in a line is a period with no published figure"));
    // Atlantis reports 2019 and 2021–2023; nothing of its series sits above 2020.
    let x = label_x(&trade, "2020");
    let series: Vec<&str> = trade
        .lines()
        .filter(|l| l.contains("#D55E00") || l.contains("#0072B2"))
        .collect();
    assert!(
        series.iter().all(|l| !l.contains(&format!("points=\"{x},"))
            && !l.contains(&format!(" {x},"))
            && !l.contains(&format!("cx=\"{x}\""))),
        "{series:#?}"
    );
    // Its two stretches: a lone 2019 marker, and one line over 2021–2023 (plus the legend).
    let lines = series
        .iter()
        .filter(|l| l.starts_with("<polyline") && l.contains("#D55E00"))
        .count();
    assert_eq!(lines, 2);
    let diamonds = series.iter().filter(|l| l.starts_with("<polygon")).count();
    assert_eq!(diamonds, 5, "four figures and the legend");
}

/// The rows of the table inside `<section id="{id}">`.
fn table_rows(html: &str, id: &str) -> usize {
    let start = html.find(&format!("<section id=\"{id}\">")).unwrap();
    let section = &html[start..];
    let section = &section[..section.find("</section>").unwrap()];
    let body = &section[section.find("<tbody>").unwrap()..];
    body.matches("<tr>").count()
}

#[test]
fn html_page_is_self_contained_with_every_part_of_the_briefing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("brief.html");
    export(&bundled(), ExportFormat::Html, &out, false).unwrap();
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
    assert!(html.contains("<title>Russia–China: bilateral brief</title>"));
    assert!(html.contains("Russia (RUS) and China (CHN) · figures as of 2026-01-14"));
    assert!(html.contains("USD 228.105 bn in 2025, -6.9% on 2024 (reported), China customs"));
    assert!(html.contains("Vostok-2018, 2018-09-11: 300,000 people (claimed, disputed)"));
    // Trade, meetings and one chart per indicator, under their own heading.
    assert_eq!(html.matches("<svg").count(), 5);
    assert!(html.contains("<a href=\"#indicators\">Indicators</a>"));
    assert!(html.contains("<section id=\"indicators\">\n<h2>Indicators</h2>\n<figure aria-label=\"Russia–China: UN voting: ideal-point distance\">"));
    assert!(html.contains("@media print"));
    assert_eq!(table_rows(&html, "exercises"), 45);
    assert_eq!(table_rows(&html, "timeline"), 88);
    assert!(html.contains("<span class=\"mark\">disputed</span>"));
    assert!(html.contains("<td>claimed</td>"));
    // Source addresses are shown as text.
    assert!(html.contains(
        "<span class=\"url\">https://www.chinadaily.com.cn/cndy/2018-09/08/content_36881280.htm</span>"
    ));
    assert_eq!(html.matches("<li><span class=\"id\">").count(), 79);
}

#[test]
fn markdown_links_its_charts_written_beside_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("notes").join("brief.md");
    let written = export(&minimal(), ExportFormat::Md, &out, false).unwrap();
    let folder = tmp.path().join("notes");
    assert_eq!(
        written,
        [
            folder.join("brief-trade.svg"),
            folder.join("brief-meetings.svg"),
            folder.join("brief-indicator-agreement.svg"),
            out.clone()
        ]
    );
    let md = read(&out);
    assert!(md.starts_with("# Atlantis–Lemuria: bilateral brief\n"));
    assert!(
        md.contains("## Indicators\n\n![Atlantis–Lemuria: UN voting agreement](brief-indicator-agreement.svg)\n"),
        "{md}"
    );
    for chart in [
        "brief-trade.svg",
        "brief-meetings.svg",
        "brief-indicator-agreement.svg",
    ] {
        assert!(md.contains(&format!("]({chart})")), "{chart}");
        assert_well_formed(&read(&folder.join(chart)));
    }
    assert!(md.contains("| Date | Category | Title | Description | Source |"));
    assert!(md.contains("| 2023-11-30 | border | **Border treaty** |"));
    assert!(md.contains("| 2022-09 | **Sand Storm 2022** |"));
    assert!(md.contains(
        "1. `customs`: Atlantis Customs, \"Yearbook\" (2024) https://example.org/yearbook"
    ));
}

#[test]
fn existing_files_are_kept_without_force_and_replaced_with_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("brief.html");
    std::fs::write(&out, "keep me").unwrap();
    let err = export(&minimal(), ExportFormat::Html, &out, false).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}: exists; pass --force to replace it", out.display())
    );
    assert_eq!(read(&out), "keep me");
    export(&minimal(), ExportFormat::Html, &out, true).unwrap();
    assert!(read(&out).starts_with("<!DOCTYPE html>"));
    assert_eq!(
        listing(tmp.path()),
        ["brief.html"],
        "no temporary file left"
    );
}

#[test]
fn a_folder_export_refuses_before_writing_anything_and_keeps_other_files() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("events.csv"), "mine").unwrap();
    std::fs::write(tmp.path().join("README"), "other").unwrap();
    let err = export(&minimal(), ExportFormat::Csv, tmp.path(), false).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("events.csv: exists; pass --force to replace it")
    );
    assert_eq!(listing(tmp.path()), ["README", "events.csv"]);
    export(&minimal(), ExportFormat::Csv, tmp.path(), true).unwrap();
    assert_eq!(
        listing(tmp.path()),
        [
            "README",
            "arms.csv",
            "cooperation.csv",
            "dataset.toml",
            "events.csv",
            "exercises.csv",
            "indicators.csv",
            "meetings.csv",
            "trade.csv"
        ]
    );
    assert_eq!(read(&tmp.path().join("README")), "other");

    // Markdown checks its charts too.
    std::fs::write(tmp.path().join("b-meetings.svg"), "mine").unwrap();
    let md = tmp.path().join("b.md");
    assert!(export(&minimal(), ExportFormat::Md, &md, false).is_err());
    assert!(!md.exists() && !tmp.path().join("b-trade.svg").exists());
}

#[test]
fn unusable_paths_are_named_in_the_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("file.txt");
    std::fs::write(&file, "text").unwrap();
    let out = file.join("out.html");
    let err = export(&minimal(), ExportFormat::Html, &out, false).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}: ", out.display())),
        "{message}"
    );
    assert!(
        message.contains("file.txt is a file, not a folder"),
        "{message}"
    );

    // A folder where the file should go is never replaced, even with --force.
    let folder = tmp.path().join("brief.json");
    std::fs::create_dir(&folder).unwrap();
    let err = export(&minimal(), ExportFormat::Json, &folder, true).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("brief.json: is a folder; name a file")
    );
    // And a file where the folder should go.
    let err = export(&minimal(), ExportFormat::Svg, &file, true).unwrap_err();
    assert!(
        err.to_string().contains("file.txt: exists and is a file"),
        "{err}"
    );
    assert_eq!(listing(tmp.path()), ["brief.json", "file.txt"]);
}

/// The minimal dataset with markup, quotes and an escape sequence in its text.
fn hostile(into: &Path) -> PathBuf {
    let dir = into.join("hostile");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let edit = |name: &str, from: &str, to: &str| {
        let path = dir.join(name);
        let text = read(&path);
        assert!(text.contains(from), "{name}: {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "dataset.toml",
        "Atlantis–Lemuria",
        "<b>Atlantis</b> & \\\"Lemuria\\\"",
    );
    edit(
        "dataset.toml",
        "Example Wire",
        "</title><script>alert('wire')</script>",
    );
    edit(
        "events.csv",
        "Embassies reopen,",
        "\"<script>alert(1)</script> \"\"quoted\"\" 'single' \u{1b}[31m red\",",
    );
    edit(
        "events.csv",
        "Talks on a free-trade area begin.",
        "*bold* _em_ [link](http://evil.example/) | pipe ~strike~ &lt; `code`",
    );
    edit(
        "meetings.csv",
        "\"Port Royal, Atlantis\"",
        "\"<img src=x onerror=alert(1)>\"",
    );
    edit(
        "exercises.csv",
        "\"Dune range, Lemuria\"",
        "\"<img src=x onerror=alert(1)>, Lemuria\"",
    );
    edit(
        "trade.csv",
        "Lemuria Statistics",
        "<svg onload=alert(1)> Lemuria Statistics",
    );
    dir
}

#[test]
fn hostile_text_shows_as_plain_text_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let data = Dataset::from_folder(&hostile(tmp.path())).unwrap();
    let title = data.events.get(0).title();
    assert_eq!(
        title, "<script>alert(1)</script> \"quoted\" 'single' ^[[31m red",
        "the loader made the escape visible"
    );
    let out = tmp.path().join("out");

    // CSV and JSON carry it unchanged.
    export(&data, ExportFormat::Csv, &out.join("csv"), false).unwrap();
    assert_same(&data, &Dataset::from_folder(&out.join("csv")).unwrap());
    let json = out.join("data.json");
    export(&data, ExportFormat::Json, &json, false).unwrap();
    let text = read(&json);
    assert!(text.contains(r#""<script>alert(1)</script> \"quoted\" 'single' ^[[31m red""#));
    assert_same(&data, &load_json(&text, "data.json").unwrap());

    // SVG and HTML escape it; nothing raw survives.
    export(&data, ExportFormat::Svg, &out.join("svg"), false).unwrap();
    let html = out.join("brief.html");
    export(&data, ExportFormat::Html, &html, false).unwrap();
    let mut markup = vec![read(&html)];
    for chart in ["trade.svg", "meetings.svg"] {
        let svg = read(&out.join("svg").join(chart));
        assert_well_formed(&svg);
        assert!(svg.contains("&lt;b&gt;Atlantis&lt;/b&gt; &amp; &quot;Lemuria&quot;"));
        markup.push(svg);
    }
    for text in &markup {
        for raw in [
            "<script",
            "<img",
            "<b>",
            "<svg onload",
            "</title><",
            "\u{1b}",
        ] {
            assert!(!text.contains(raw), "{raw}");
        }
    }
    let page = &markup[0];
    assert!(page.contains(
        "<strong>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; ^[[31m red</strong>"
    ));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;, Lemuria"));
    assert!(page.contains("&lt;/title&gt;&lt;script&gt;alert(&#39;wire&#39;)&lt;/script&gt;"));
    assert!(page.contains("&amp;lt;"), "an entity in data stays text");

    // Markdown escapes everything that would become markup.
    let md = out.join("brief.md");
    export(&data, ExportFormat::Md, &md, false).unwrap();
    let text = read(&md);
    assert!(
        text.contains("**\\<script\\>alert(1)\\</script\\> \"quoted\" 'single' ^\\[\\[31m red**")
    );
    assert!(text.contains(
        "\\*bold\\* \\_em\\_ \\[link\\](http://evil.example/) \\| pipe \\~strike\\~ \\&lt; \\`code\\`"
    ));
    assert!(text.starts_with("# \\<b\\>Atlantis\\</b\\> \\& \"Lemuria\": bilateral brief\n"));
    assert!(!text.contains("\u{1b}"));
}

#[test]
fn empty_tables_give_empty_charts_not_broken_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("empty");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    for table in ["trade.csv", "meetings.csv", "exercises.csv", "events.csv"] {
        let text = read(&dir.join(table));
        std::fs::write(dir.join(table), text.lines().next().unwrap()).unwrap();
    }
    let data = Dataset::from_folder(&dir).unwrap();
    let out = tmp.path().join("out");
    export(&data, ExportFormat::Svg, &out, false).unwrap();
    let trade = read(&out.join("trade.svg"));
    assert_well_formed(&trade);
    assert!(trade.contains("No trade figures in this dataset."));
    let meetings = read(&out.join("meetings.svg"));
    assert!(meetings.contains("No meetings in this dataset."));
    export(&data, ExportFormat::Html, &out.join("brief.html"), false).unwrap();
    let html = read(&out.join("brief.html"));
    assert!(html.contains("No exercises in this dataset."));
    assert!(html.contains("No events in this dataset."));
    for text in [&trade, &meetings, &html] {
        assert!(!text.contains("NaN"));
    }
    export(&data, ExportFormat::Json, &out.join("e.json"), false).unwrap();
    assert_same(
        &data,
        &load_json(&read(&out.join("e.json")), "e.json").unwrap(),
    );
    export(&data, ExportFormat::Csv, &out.join("csv"), false).unwrap();
    assert_same(&data, &Dataset::from_folder(&out.join("csv")).unwrap());
}

#[test]
fn the_binary_writes_prints_the_paths_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("no-config-here")).unwrap();
    let run = |args: &[&str]| bilat(args, tmp.path());

    let first = run(&["export", "--format", "html", "--out", "out/brief.html"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(stdout(&first), "out/brief.html\n");
    assert_eq!(stderr(&first), "");
    assert!(tmp.path().join("out/brief.html").is_file());

    let again = run(&["export", "--format", "html", "--out", "out/brief.html"]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stderr(&again),
        "bilat: out/brief.html: exists; pass --force to replace it\n"
    );
    assert_eq!(stdout(&again), "");
    let forced = run(&[
        "export",
        "--format",
        "html",
        "--out",
        "out/brief.html",
        "--force",
    ]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));

    let minimal = common::fixtures().join("valid/minimal");
    let minimal = minimal.to_str().unwrap();
    let csv = run(&[
        "--data", minimal, "export", "--format", "csv", "--out", "copy",
    ]);
    assert_eq!(csv.status.code(), Some(0), "{}", stderr(&csv));
    assert_eq!(
        stdout(&csv),
        "copy/dataset.toml\ncopy/trade.csv\ncopy/meetings.csv\ncopy/exercises.csv\ncopy/events.csv\n\
         copy/cooperation.csv\ncopy/arms.csv\ncopy/indicators.csv\n"
    );
    let check = run(&["check", "copy"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(stdout(&check).starts_with("copy: ok: 6 trade rows, 4 meetings"));

    let md = run(&["export", "--format", "md", "--out", "brief.md"]);
    assert_eq!(
        stdout(&md),
        "brief-trade.svg\nbrief-meetings.svg\nbrief-indicator-unga-ip-distance.svg\n\
         brief-indicator-unga-ip-rus.svg\nbrief-indicator-unga-ip-chn.svg\nbrief.md\n"
    );

    let bad = run(&["export", "--format", "pdf", "--out", "x"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn out_dash_writes_json_and_html_to_stdout_and_refuses_folder_formats() {
    let tmp = tempfile::tempdir().unwrap();
    let json = common::bilat(&["export", "--format", "json", "--out", "-"], tmp.path());
    assert!(json.status.success(), "{}", common::stderr(&json));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["manifest"]["title"], "Russia–China");
    let html = common::bilat(&["export", "--format", "html", "--out", "-"], tmp.path());
    assert!(common::stdout(&html).starts_with("<!DOCTYPE html>"));
    let csv = common::bilat(&["export", "--format", "csv", "--out", "-"], tmp.path());
    assert_eq!(csv.status.code(), Some(1));
    assert!(common::stderr(&csv).contains("-: this format writes a folder"));
    assert!(!tmp.path().join("-").exists(), "no file named -");
}

#[test]
fn html_and_markdown_carry_a_trade_table_per_series() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("b.html");
    export(&bundled(), ExportFormat::Html, &page, false).unwrap();
    let html = read(&page);
    assert!(html.contains("<section id=\"trade\">"), "no trade section");
    assert!(html.contains("<caption>Russia customs, in USD billions, nominal;"));
    assert!(html.contains("<caption>China customs, in USD billions, nominal;"));
    // 2018 as China's customs gave it, with its change and its source.
    assert!(html.contains(
        "<td class=\"date\">2018</td><td class=\"num\">107.06</td><td class=\"num\">+27.1%</td>"
    ));
    let md = tmp.path().join("b.md");
    export(&bundled(), ExportFormat::Md, &md, false).unwrap();
    let text = read(&md);
    assert!(text.contains("## Trade figures"));
    assert!(text.contains("### China customs"));
    assert!(text.contains("| 2018 | 107.06 | +27.1% |"), "{text}");
}
