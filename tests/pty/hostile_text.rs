//! Hostile text through every output: escape sequences, C1 controls, NUL, bidi overrides,
//! very long lines, emoji and CJK in every free-text field of a dataset, then the brief, the
//! rendered panes, `check`, every export and the live dashboard in a pseudo-terminal. No
//! byte from the data may reach the output as a control character.

use crate::common;
use crate::pty;

use std::path::{Path, PathBuf};
use std::process::Output;

use unicode_width::UnicodeWidthStr;

/// A list of hostile texts from `tests/fixtures/hostile/text.toml`.
fn texts(list: &str) -> Vec<String> {
    let text = std::fs::read_to_string(common::fixtures().join("hostile/text.toml")).unwrap();
    let table: toml::Table = text.parse().unwrap();
    let strings = table[list].as_array().unwrap().iter();
    strings.map(|v| v.as_str().unwrap().to_string()).collect()
}

/// The hostile pieces, each its own problem for a terminal.
fn pieces() -> &'static [String] {
    static PIECES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PIECES.get_or_init(|| texts("pieces"))
}

fn piece(i: usize) -> String {
    let (p, n) = (pieces(), pieces().len());
    [&*p[i % n], &p[(i + 1) % n], &p[(i + 5) % n]].concat()
}

/// A line of 10,000 characters, escapes and wide characters mixed in.
fn long_line() -> String {
    "长\u{1b}[1m".repeat(2000)
}

/// A CSV field, always quoted (commas, quotes, line breaks and NUL inside).
fn q(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// A TOML string, every control character escaped.
fn toml_str(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

const FILES: [&str; 6] = [
    "dataset.toml",
    "trade.csv",
    "meetings.csv",
    "exercises.csv",
    "events.csv",
    "arms.csv",
];

/// Fills `{k}`, `{L}` and the other placeholders of a template line (see the README beside
/// the templates); `field` quotes text for the file's format.
fn fill(
    line: &str,
    i: usize,
    h: &dyn Fn(usize) -> String,
    field: &dyn Fn(&str) -> String,
) -> String {
    let long = if i == 0 { long_line() } else { String::new() };
    let mut out = line
        .replace("{L}", &field(&format!("{}{long}", h(i + 5))))
        .replace("{d}", &format!("{:02}", i + 1))
        .replace("{y}", &(2000 + i).to_string())
        .replace("{v}", &(i + 1).to_string())
        .replace("{c}", &(100 + i).to_string());
    for k in (0..12).rev() {
        out = out.replace(&format!("{{{k}}}"), &field(&h(i + k)));
    }
    out
}

/// Writes the manifest and the five tables from `tests/fixtures/hostile/` (a file of the
/// `variant` folder replacing its template), every free-text field taken from `h`, one row
/// per hostile piece.
fn write_dataset(dir: &Path, variant: &str, h: &dyn Fn(usize) -> String) {
    std::fs::create_dir_all(dir).unwrap();
    let templates = common::fixtures().join("hostile");
    for name in FILES {
        let path = templates.join(variant).join(name);
        let path = if path.is_file() {
            path
        } else {
            templates.join(name)
        };
        let text = std::fs::read_to_string(path).unwrap();
        let text = match text.split_once('\n') {
            _ if name.ends_with(".toml") => fill(&text, 0, h, &toml_str),
            Some((header, row)) => {
                let rows: String = (0..pieces().len()).map(|i| fill(row, i, h, &q)).collect();
                format!("{header}\n{rows}")
            }
            None => unreachable!("{name}: a header and a row"),
        };
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// The hostile dataset; `with_nul` false leaves NUL out (for a loader that refuses it).
fn hostile(into: &Path, with_nul: bool) -> PathBuf {
    let dir = into.join(["hostile-no-nul", "hostile"][usize::from(with_nul)]);
    let nul = if with_nul { "\0" } else { "" };
    write_dataset(&dir, "", &|i| piece(i).replace('\0', nul));
    dir
}

/// Runs bilat with a clean configuration lookup (an empty XDG_CONFIG_HOME).
fn run(args: &[&str], cwd: &Path) -> Output {
    std::fs::create_dir_all(cwd.join("no-config-here")).unwrap();
    common::bilat(args, cwd)
}

/// The first forbidden character in `text` (a control, C1 or bidi character), if any, with
/// its byte offset. With `sgr`, `ESC [ digits/semicolons m` is allowed and skipped.
fn forbidden(text: &str, sgr: bool) -> Option<(usize, char)> {
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\u{1b}' && sgr && text[at + 1..].starts_with('[') {
            let body = &text[at + 2..];
            let len = body
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .unwrap_or(body.len());
            if body[len..].starts_with('m') {
                let end = at + 2 + len + 1;
                while chars.peek().is_some_and(|(i, _)| *i < end) {
                    chars.next();
                }
                continue;
            }
        }
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if bad {
            return Some((at, c));
        }
    }
    None
}

fn assert_clean(what: &str, bytes: &[u8], sgr: bool) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    if let Some((at, c)) = forbidden(text, sgr) {
        let around: String = text[at..].chars().take(40).collect();
        panic!("{what}: {c:?} at byte {at}: {around:?}");
    }
}

/// A JSON document whose strings, once decoded, hold no control character either.
fn assert_json_clean(what: &str, text: &str) {
    fn walk(what: &str, v: &serde_json::Value) {
        match v {
            serde_json::Value::String(s) => {
                if let Some((_, c)) = forbidden(s, false) {
                    panic!("{what}: a JSON string decodes to {c:?}: {s:.80?}");
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(what, v)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(what, v)),
            _ => {}
        }
    }
    let value: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
    walk(what, &value);
}

/// `bilat --data DIR ARGS`, run in DIR's parent: it must succeed, and its stderr and stdout
/// must be clean (SGR allowed with `sgr`). Returns stdout.
fn clean_run(dir: &Path, args: &[&str], sgr: bool) -> String {
    let what = args.join(" ");
    let out = run(
        &[&["--data", dir.to_str().unwrap()], args].concat(),
        dir.parent().unwrap(),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{what}: {err}");
    assert_clean(&format!("{what} (stderr)"), &out.stderr, false);
    assert_clean(&what, &out.stdout, sgr);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_nul_in_a_csv_field_is_loaded_harmlessly() {
    let tmp = tempfile::tempdir().unwrap();
    let text = clean_run(&hostile(tmp.path(), true), &["check"], false);
    let counts = ": ok: 12 trade rows, 12 meetings, 12 exercises, 12 events, no cooperation table, \
         12 arms deals, no indicators table, 2 sources";
    assert!(
        text.contains(counts),
        "NUL is accepted and made visible: {text}"
    );
    let data = bilat::data::Dataset::from_folder(&hostile(tmp.path(), false)).unwrap();
    assert_eq!(
        data.events.len(),
        pieces().len(),
        "the variant without NUL loads"
    );
}

#[test]
fn the_brief_in_every_format_is_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    // Without a command and with stdout not a terminal, bilat prints the brief too.
    clean_run(&dir, &[], false);
    for format in ["text", "markdown", "json"] {
        let text = clean_run(&dir, &["brief", "--format", format], false);
        let caret = if format == "markdown" { "^\\[" } else { "^[" };
        assert!(
            text.contains(caret),
            "{format}: the escapes show as text:\n{text}"
        );
        if format == "json" {
            assert_json_clean(format, &text);
            for shown in texts("shown") {
                assert!(text.contains(&shown), "{format}: {shown}");
            }
        }
    }
}

#[test]
fn every_pane_renders_clean_plain_ascii_and_in_colour() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    let panes: [&[&str]; 5] = [
        &[],
        &["--pane", "trade"],
        &["--pane", "meetings"],
        &["--pane", "exercises"],
        &["--pane", "timeline"],
    ];
    for size in ["120x40", "80x24"] {
        for pane in panes {
            for extra in [&[][..], &["--ascii"], &["--color"], &["--ascii", "--color"]] {
                let args = [&["render", "--size", size], pane, extra].concat();
                let color = extra.contains(&"--color");
                let out = clean_run(&dir, &args, color);
                if extra == ["--ascii"] {
                    assert!(out.is_ascii(), "{args:?}: ASCII only");
                }
            }
        }
    }
}

#[test]
fn check_quotes_hostile_values_harmlessly() {
    let tmp = tempfile::tempdir().unwrap();
    // A folder whose own name is hostile, holding datasets whose checked fields are.
    let parent = tmp.path().join("set\u{1b}]52;c;aGk=\u{7}\u{9b}2J\u{202e}");
    for variant in [
        "",
        "broken-tables",
        "broken-manifest",
        "broken-type",
        "broken-key",
    ] {
        let dir = parent.join(variant);
        write_dataset(&dir, variant, &piece);
        let out = run(&["check", dir.to_str().unwrap()], tmp.path());
        let what = format!("check {variant}");
        assert_eq!(
            out.status.code(),
            Some(if variant.is_empty() { 0 } else { 1 }),
            "{what}"
        );
        assert_clean(&what, &out.stdout, false);
        assert_clean(&what, &out.stderr, false);
        let report = String::from_utf8(out.stdout).unwrap();
        assert!(
            report.contains("set^[]52;c;aGk=^G<U+009B>2J<U+202E>"),
            "{what}: {report}"
        );
        if !variant.is_empty() {
            // Values are quoted as `^[` (data text) or `\u{1b}` (TOML's own messages).
            let quoted = report.matches("^[").count() > report.lines().count();
            assert!(quoted || report.contains("\\u{1b}"), "{what}: {report}");
            let brief = run(&["--data", dir.to_str().unwrap(), "brief"], tmp.path());
            assert_eq!(brief.status.code(), Some(1), "brief {variant}");
            assert_clean(&format!("brief {variant} (stderr)"), &brief.stderr, false);
        }
    }
}

#[test]
fn every_export_writes_clean_escaped_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    let out = tmp.path().join("out");
    for format in ["csv", "json", "svg", "html", "md"] {
        let target = out.join(format!("x.{format}"));
        let args = [
            "export",
            "--format",
            format,
            "--out",
            target.to_str().unwrap(),
        ];
        let listed = clean_run(&dir, &args, false);
        assert!(!listed.is_empty(), "{format}: no file listed");
        for file in listed.lines() {
            let bytes = std::fs::read(file).unwrap();
            let what = format!("export --format {format}: {file}");
            assert_clean(&what, &bytes, false);
            let text = String::from_utf8(bytes).unwrap();
            let markup = file.ends_with(".html") || file.ends_with(".svg");
            assert!(!markup || !text.contains("<script"), "{what}: raw <script");
            assert!(!markup || !text.contains("\"q\" 'a'"), "{what}: raw quotes");
            let script = "&lt;script&gt;alert(1)&lt;/script&gt;";
            assert!(
                !markup || text.contains(script),
                "{what}: the title as text"
            );
            if file.ends_with(".json") {
                assert_json_clean(&what, &text);
            }
            if file.ends_with(".md") {
                assert_md_tables(&what, &text);
            }
            if file.ends_with(".md") || file.ends_with(".html") {
                let (open, close) = match file.ends_with(".md") {
                    true => ("## Leader meetings\n", "\n## "),
                    false => ("<section id=\"meetings\">", "</section>"),
                };
                let section = text.split(open).nth(1).expect("a meetings section");
                let section = section.split(close).next().unwrap();
                // Rows of the hostile meetings, all in January 2010.
                let rows = section.matches("| 2010-01-").count()
                    + section.matches("<td class=\"date\">2010-01-").count();
                assert_eq!(rows, pieces().len(), "{what}: a meeting row per piece");
            }
            if file.ends_with(".json") || file.ends_with(".html") || file.ends_with("events.csv") {
                for shown in texts("shown") {
                    let shown = match file.ends_with(".html") {
                        true => shown.replace('<', "&lt;").replace('>', "&gt;"),
                        false => shown.to_string(),
                    };
                    assert!(text.contains(&shown), "{what}: {shown} missing");
                }
            }
        }
    }
    let back = run(&["check", out.join("x.csv").to_str().unwrap()], tmp.path());
    assert_eq!(back.status.code(), Some(0), "the CSV export reads back");
}

/// Every row of every Markdown table has as many cells as its header: a `|` from the data
/// is escaped (GitHub splits a row at each `|` without a backslash before it).
fn assert_md_tables(what: &str, text: &str) {
    let cells = |line: &str| {
        let bytes = line.as_bytes();
        (0..bytes.len())
            .filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\'))
            .count()
    };
    let mut header = None;
    for line in text.lines() {
        match (line.starts_with('|'), header) {
            (false, _) => header = None,
            (true, None) => header = Some(cells(line)),
            (true, Some(n)) => assert_eq!(cells(line), n, "{what}: a row split: {line:.120}"),
        }
    }
}

/// Lines drawn inside a border have the frame's full display width.
fn assert_aligned(what: &str, text: &str, width: usize) {
    for (i, line) in text.lines().enumerate() {
        if line.starts_with(['│', '┌', '└', '├', '|', '+']) {
            assert_eq!(
                line.width(),
                width,
                "{what}: line {i} is misaligned:\n{text}"
            );
        }
    }
}

#[test]
fn wide_text_keeps_the_borders_aligned() {
    let tmp = tempfile::tempdir().unwrap();
    let wide = tmp.path().join("wide");
    let texts = texts("wide");
    let n = texts.len();
    write_dataset(&wide, "", &|i| {
        format!("{}{}", texts[i % n], texts[(i + 2) % n])
    });
    let hostile = hostile(tmp.path(), true);
    for dir in [&wide, &hostile] {
        for pane in ["all", "timeline", "exercises", "trade", "meetings"] {
            for ascii in [None, Some("--ascii")] {
                let mut args = vec!["render", "--size", "100x30"];
                if pane != "all" {
                    args.extend(["--pane", pane]);
                }
                args.extend(ascii);
                let text = clean_run(dir, &args, false);
                assert_aligned(&format!("{} {args:?}", dir.display()), &text, 100);
            }
        }
    }
}

/// Sequences bilat never writes itself: anything like them came from the data.
fn assert_no_data_sequences(what: &str, bytes: &[u8]) {
    let chars = (0x80..0xa0).chain(0x202a..=0x202e).chain(0x2066..=0x2069);
    let chars = chars.map(|c| char::from_u32(c).unwrap().to_string().into_bytes());
    let needles = [&b"\x1b]"[..], b"\x1bP", b"\x07", b"\0"].map(<[u8]>::to_vec);
    for needle in needles.into_iter().chain(chars) {
        if let Some(at) = bytes.windows(needle.len()).position(|w| w == needle) {
            let around = &bytes[at.saturating_sub(20)..(at + 40).min(bytes.len())];
            panic!(
                "{what}: {needle:x?} at byte {at}: {:?}",
                String::from_utf8_lossy(around)
            );
        }
    }
}

#[test]
fn the_dashboard_in_a_terminal_sends_no_data_escape() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    let mut term = pty::Term::spawn_with(120, 40, &["--data", dir.to_str().unwrap()]);
    term.wait_until("the first frame", |t| {
        t.screen().contains("4 Timeline") && t.screen().contains("1 Trade")
    });
    let n = pieces().len();
    for (pane, title) in [("4", "Timeline"), ("3", "Exercises")] {
        term.send(format!("{pane}z"));
        term.wait_until("the zoomed pane", |t| !t.screen().contains("1 Trade"));
        term.send("g");
        let first = format!("{title}  1/{n}");
        term.wait_until(&first, |t| t.screen().contains(&first));
        for k in 2..=n {
            term.send("j");
            let mark = format!("{title}  {k}/{n}");
            term.wait_until(&mark, |t| t.screen().contains(&mark));
        }
        term.send("g");
        term.send("\u{1b}");
        term.wait_for("1 Trade");
    }
    for key in ["1", "l", "l", "h", "2", "l", "b", "?"] {
        term.send(key);
    }
    term.wait_for("Help: keys");
    term.send("\u{1b}");
    term.wait_until("help closed", |t| !t.screen().contains("Help: keys"));
    term.send("q");
    let status = term.wait_exit(pty::DEADLINE);
    assert!(status.success(), "{status}");
    let bytes = term.bytes();
    assert!(bytes.len() > 1000, "the dashboard drew something");
    assert_no_data_sequences("the dashboard", &bytes);
}

#[test]
fn toml_errors_quote_hostile_names_harmlessly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    let header = "[\u{1b}]52;c;aGk=\u{7}]\n";
    let manifest = std::fs::read_to_string(dir.join("dataset.toml")).unwrap();
    std::fs::write(dir.join("dataset.toml"), manifest + header).unwrap();
    let out = run(&["check", dir.to_str().unwrap()], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_clean("check: a raw escape in a [table] line", &out.stdout, false);
    for (name, config) in [
        ("table", header),
        ("action", "[keys]\n\"\\u001b]52;c;aGk=\\u0007\" = [\"x\"]\n"),
        (
            "key",
            "[keys]\nquit = [\"\\u202e\"]\nhelp = [\"\\u202e\"]\n",
        ),
    ] {
        let path = tmp.path().join(format!("{name}.toml"));
        std::fs::write(&path, config).unwrap();
        let out = run(&["--config", path.to_str().unwrap(), "brief"], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_clean(
            &format!("a config with a hostile {name}"),
            &out.stderr,
            false,
        );
    }
}

#[test]
fn plain_mode_speaks_hostile_text_harmlessly() {
    use std::io::Write;
    let tmp = tempfile::tempdir().unwrap();
    let dir = hostile(tmp.path(), true);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_bilat"))
        .args(["--plain", "--data", dir.to_str().unwrap()])
        .current_dir(tmp.path())
        .env("XDG_CONFIG_HOME", tmp.path().join("no-config"))
        .env("XDG_DATA_HOME", tmp.path().join("no-data"))
        .env_remove("BILAT_CONFIG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Every pane, its item's sentence and its note and source, and the switcher.
    let keys = b"h\rl\r2\r3jj\r4jj\r/a\rd\x1bq";
    child.stdin.take().unwrap().write_all(keys).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean("plain mode", &out.stdout, false);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Goodbye."));
}
