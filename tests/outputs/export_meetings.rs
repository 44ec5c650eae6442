//! The leader meetings in the HTML and Markdown briefings: a table with a row per meeting
//! (date, kind, place, occasion, bilateral or not, mark, note, source), read back the way a
//! reader would find a meeting in it.

use crate::common;

use std::path::Path;

use common::{bilat, stderr};

/// `bilat [--data DIR] export --format FORMAT --out NAME` in `cwd`; the written file's text.
fn export(cwd: &Path, data: Option<&Path>, format: &str, name: &str) -> String {
    let mut args: Vec<&str> = Vec::new();
    if let Some(dir) = data {
        args.extend(["--data", dir.to_str().unwrap()]);
    }
    args.extend(["export", "--format", format, "--out", name]);
    let out = bilat(&args, cwd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::read_to_string(cwd.join(name)).unwrap()
}

/// The cells of a Markdown table row, split where GitHub splits them: at every `|` not
/// escaped by a backslash; each cell trimmed, its `\x` escapes undone.
fn md_cells(line: &str) -> Vec<String> {
    let inner = line
        .trim()
        .strip_prefix('|')
        .unwrap()
        .strip_suffix('|')
        .unwrap();
    let mut cells = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cells.last_mut().unwrap().extend(chars.next()),
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells.iter().map(|c| c.trim().to_string()).collect()
}

/// The Markdown meetings table under `## Leader meetings`: the header's cells, then each
/// row's.
fn md_meetings(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let section = text
        .split("## Leader meetings\n")
        .nth(1)
        .expect("a meetings section");
    let section = section.split("\n## ").next().unwrap();
    let mut lines = section.lines().filter(|l| l.starts_with('|'));
    let header = md_cells(lines.next().expect("a header row"));
    let rule = md_cells(lines.next().expect("a rule"));
    assert!(rule.iter().all(|c| c == "---"), "{rule:?}");
    (header, lines.map(md_cells).collect())
}

/// The HTML meetings table's rows, each as its cells' text (tags dropped, entities kept).
fn html_meetings(page: &str) -> (String, Vec<Vec<String>>) {
    let section = page
        .split("<section id=\"meetings\">")
        .nth(1)
        .expect("a meetings section");
    let section = section.split("</section>").next().unwrap();
    let caption = section.split("<caption>").nth(1).unwrap();
    let caption = caption.split("</caption>").next().unwrap().to_string();
    let body = section.split("<tbody>").nth(1).unwrap();
    let rows = body
        .split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..];
                    let cell = cell.split("</td>").next().unwrap();
                    // The mark is a <span>; its text is the cell's.
                    let mut text = String::new();
                    let mut in_tag = false;
                    for c in cell.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text
                })
                .collect()
        })
        .collect();
    (caption, rows)
}

const HEADERS: [&str; 8] = [
    "Date",
    "Kind",
    "Place",
    "Occasion",
    "Bilateral",
    "Mark",
    "Note",
    "Source",
];

#[test]
fn the_markdown_briefing_lists_the_vladivostok_forum_among_the_2018_meetings() {
    let tmp = tempfile::tempdir().unwrap();
    let text = export(tmp.path(), None, "md", "brief.md");
    let (header, rows) = md_meetings(&text);
    assert_eq!(header, HEADERS);
    assert!(rows.iter().all(|r| r.len() == 8), "a row split or merged");
    let in_2018: Vec<&Vec<String>> = rows.iter().filter(|r| r[0].starts_with("2018")).collect();
    assert!(in_2018.len() > 1, "{in_2018:?}");
    let forum = in_2018
        .iter()
        .find(|r| r[2] == "Vladivostok, Russia")
        .expect("Vladivostok among the 2018 meetings");
    assert_eq!(forum[0], "2018-09-11");
    assert_eq!(forum[1], "in person");
    assert!(forum[3].starts_with("Eastern Economic Forum"), "{forum:?}");
    assert_eq!(forum[4], "yes");
    assert!(forum[7].starts_with("Xinhua"), "its source: {forum:?}");
    // Oldest first: the dates never go back.
    assert!(rows.windows(2).all(|w| w[0][0] <= w[1][0]));
}

#[test]
fn the_html_briefing_has_a_captioned_meetings_table_with_the_vladivostok_forum() {
    let tmp = tempfile::tempdir().unwrap();
    let page = export(tmp.path(), None, "html", "brief.html");
    assert!(
        page.contains("<a href=\"#meetings\">Meetings</a>"),
        "in the contents"
    );
    let section = page.split("<section id=\"meetings\">").nth(1).unwrap();
    for h in HEADERS {
        assert!(
            section.contains(&format!("<th scope=\"col\">{h}</th>")),
            "{h}"
        );
    }
    let (caption, rows) = html_meetings(&page);
    assert!(
        caption.contains("leader meetings, oldest first"),
        "{caption}"
    );
    let forum = rows
        .iter()
        .find(|r| r[0] == "2018-09-11" && r[2] == "Vladivostok, Russia")
        .expect("the Vladivostok forum");
    assert_eq!(forum[1], "in person");
    assert!(forum[3].starts_with("Eastern Economic Forum"), "{forum:?}");
    assert!(
        forum[6].contains("third meeting with Putin in 2018"),
        "its note"
    );
    // One row per meeting, as many as the caption counts.
    let counted: usize = caption.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(rows.len(), counted);
    assert!(rows.iter().all(|r| r.len() == 8));
}

#[test]
fn unknowns_stay_blank_marks_show_and_a_pipe_in_a_note_stays_in_its_cell() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pair");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let meetings = dir.join("meetings.csv");
    let text = std::fs::read_to_string(&meetings).unwrap();
    let text = text.replace("scheduled only", "\"scheduled | *only* <b>\"");
    std::fs::write(&meetings, text).unwrap();

    let md = export(tmp.path(), Some(&dir), "md", "b.md");
    let (_, rows) = md_meetings(&md);
    let dates: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(dates, ["2021-05-02", "2022-01", "2022-07-09", "2023"]);
    // The call's bilateral field is empty in the file: blank, not "no".
    assert_eq!(
        rows[1][..6],
        ["2022-01", "phone", "", "New-year call", "", ""]
    );
    assert_eq!(rows[2][1], "video");
    assert_eq!(rows[3][4], "no");
    assert_eq!(rows[3][5], "unconfirmed");
    assert_eq!(rows[3][6], "scheduled | *only* <b>");
    assert_eq!(rows[3].len(), 8);

    let page = export(tmp.path(), Some(&dir), "html", "b.html");
    let (caption, rows) = html_meetings(&page);
    assert!(
        caption.starts_with("3 leader meetings, and 1 announced but not confirmed"),
        "{caption}"
    );
    assert_eq!(rows[1][4], "");
    assert_eq!(rows[3][5], "unconfirmed");
    assert_eq!(rows[3][6], "scheduled | *only* &lt;b&gt;");
    assert!(rows[0][7].contains("Example Wire"), "{:?}", rows[0]);
}

#[test]
fn a_dataset_without_meetings_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pair");
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    let meetings = dir.join("meetings.csv");
    let text = std::fs::read_to_string(&meetings).unwrap();
    std::fs::write(&meetings, text.lines().next().unwrap()).unwrap();
    let md = export(tmp.path(), Some(&dir), "md", "b.md");
    assert!(md.contains("## Leader meetings\n\nNo meetings in this dataset.\n"));
    let page = export(tmp.path(), Some(&dir), "html", "b.html");
    assert!(page.contains("<h2>Leader meetings</h2>\n<p>No meetings in this dataset.</p>"));
}
