//! Broken datasets and configurations, beyond `tests/fixtures/invalid/`: truncated files,
//! wrong types, huge numbers, impossible dates, duplicate keys, binary garbage, empty
//! files, folders, symlink loops, unreadable and enormous files, and many bad rows. Each
//! run of the binary must end within a deadline with status 1 and a message naming the
//! file and, where the format allows, the line and column or the key; never a panic.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use bilat::library::config;
use proptest::prelude::*;

const DEADLINE: Duration = Duration::from_secs(10);

/// What one run of the binary did: its exit status (None if killed by a signal), output,
/// time and peak resident memory in KiB.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    max_rss_kib: i64,
}

/// Runs the built `bilat` in `cwd` with a clean configuration lookup, killing it and
/// failing if it does not finish within [`DEADLINE`].
fn run(args: &[&str], cwd: &Path) -> Run {
    run_with(args, cwd, tempfile::tempdir().unwrap().path())
}

/// [`run`] with `XDG_CONFIG_HOME` and `XDG_DATA_HOME` set to `xdg`.
fn run_with(args: &[&str], cwd: &Path, xdg: &Path) -> Run {
    let start = Instant::now();
    let mut command = Command::new(env!("CARGO_BIN_EXE_bilat"));
    command.args(args).current_dir(cwd).stdin(Stdio::null());
    for (key, value) in [("LANG", "C.UTF-8"), ("TERM", "xterm-256color")] {
        command.env(key, value);
    }
    for key in ["BILAT_CONFIG", "LC_ALL", "LC_CTYPE"] {
        command.env_remove(key);
    }
    let piped = Stdio::piped;
    command
        .env("XDG_CONFIG_HOME", xdg)
        .env("XDG_DATA_HOME", xdg)
        .stdout(piped())
        .stderr(piped());
    #[allow(clippy::zombie_processes)] // reaped below by wait4, which also gives its rusage
    let mut child = command.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let (out, err) = (drain(child.stdout.take()), drain(child.stderr.take()));
    // SAFETY: rusage is plain data, filled by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let (mut status, mut killed) = (0, false);
    // SAFETY: our own child, not yet reaped; valid pointers.
    while unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) } != pid {
        if start.elapsed() > DEADLINE && !killed {
            // SAFETY: kill(2) on our own child, not yet reaped.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            killed = true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = start.elapsed();
    let (stdout, stderr) = (out.join().unwrap(), err.join().unwrap());
    assert!(!killed, "{args:?} ran past {DEADLINE:?}: {stderr:.2000}");
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let (max_rss_kib, out) = (usage.ru_maxrss, stdout);
    Run {
        code,
        stdout: out,
        stderr,
        elapsed,
        max_rss_kib,
    }
}

/// Reads a pipe to its end on another thread.
fn drain(pipe: Option<impl std::io::Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    let mut bytes = Vec::new();
    let mut pipe = pipe.unwrap();
    std::thread::spawn(move || {
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// The run failed as a user error should: status 1, no panic, every `expected` text shown.
fn assert_refused(what: &str, run: &Run, expected: &[&str]) {
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(!all.contains("panicked"), "{what}: a panic:\n{all}");
    assert_eq!(run.code, Some(1), "{what}: exit status; {all:.3000}");
    for text in expected {
        assert!(all.contains(text), "{what}: no {text:?} in:\n{all:.3000}");
    }
}

/// `bilat check NAME` on a copy of the minimal dataset in `tmp/NAME`, changed by `setup`;
/// every line must name a file of the dataset.
fn check_case(tmp: &Path, name: &str, setup: impl FnOnce(&Path), expected: &[&str]) -> Run {
    let dir = tmp.join(name);
    common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
    setup(&dir);
    let run = run(&["check", name], tmp);
    let expected: Vec<String> = expected.iter().map(|e| format!("{name}/{e}")).collect();
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    assert_refused(name, &run, &expected);
    for line in run.stdout.lines() {
        let named = line.starts_with(&format!("{name}/")) || line.starts_with(&format!("{name}: "));
        assert!(named, "{name}: an unlocated line: {line}");
    }
    run
}

fn put(dir: &Path, file: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(file);
    let _ = std::fs::remove_file(&path);
    std::fs::write(path, bytes).unwrap();
}

/// Bytes from a case's text: `\n`, `\r`, `\xNN` and `\u{NNNN}` escapes.
fn unescape(text: &str) -> Vec<u8> {
    let mut parts = text.split('\\');
    let mut out = parts.next().unwrap_or("").as_bytes().to_vec();
    for part in parts {
        let hex = |s: &str| u32::from_str_radix(s, 16).unwrap();
        let (escape, rest) = match part.as_bytes()[0] {
            b'n' => (vec![b'\n'], &part[1..]),
            b'r' => (vec![b'\r'], &part[1..]),
            b'x' => (vec![hex(&part[1..3]) as u8], &part[3..]),
            _ => {
                let (code, rest) = part[2..].split_once('}').expect("\\u{...}");
                (
                    char::from_u32(hex(code)).unwrap().to_string().into_bytes(),
                    rest,
                )
            }
        };
        out.extend(escape.into_iter().chain(rest.bytes()));
    }
    out
}

/// Where `mark` first occurs in `bytes`.
fn find(bytes: &[u8], mark: &[u8]) -> usize {
    let at = bytes.windows(mark.len()).position(|w| w == mark);
    at.unwrap_or_else(|| panic!("{:?} not found", String::from_utf8_lossy(mark)))
}

/// Deterministic noise (an LCG), so a failure can be replayed.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let next = |s: &mut u64, _| {
        *s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        Some((*s >> 33) as u8)
    };
    (0..len).scan(seed, next).collect()
}

/// Broken datasets, one a line: folder name | file | changes | expected message. Changes,
/// joined by `&&`, are `FROM => TO` (the first FROM in the file of the minimal dataset),
/// `=> TO` (the whole file), `@cut MARK` (cut just after the first MARK), `@folder`,
/// `@symlink TARGET`, `@noise SEED`, `@sparse` (1 GiB, no data) or
/// `@chmod000`; escapes as in [`unescape`]. `ok` expects a dataset that loads and draws.
const DATASETS: &str = r#"
manifest-year-string       | dataset.toml  | year = 2024 => year = "x"                 | dataset.toml:21:8: sources.year: invalid type: string "x"
manifest-countries-string  | dataset.toml  | [[countries]]\nname = "Atlantis"\ncode = "ATL"\n\n[[countries]]\nname = "Lemuria"\ncode = "LEM"\n => countries = "RUS"\n | dataset.toml:5:13: countries: invalid type: string "RUS"
manifest-sources-number    | dataset.toml  | @cut "people" && title = "Atlantis => sources = 5\ntitle = "Atlantis | dataset.toml:1:11: sources: invalid type: integer `5`
manifest-source-year-99999 | dataset.toml  | year = 2024 => year = 99999               | dataset.toml:21:8: sources[0].year: expected a year from 1000 to 9999, found 99999
manifest-source-year-huge  | dataset.toml  | year = 2024 => year = 99999999999999999999999 | dataset.toml:21:8: sources.year: invalid type: integer `99999999999999999999999`
manifest-source-year-1e400 | dataset.toml  | year = 2024 => year = 1e400               | dataset.toml:21:8: sources.year: floating-point number overflowed
manifest-dup-source-key    | dataset.toml  | year = 2023 => year = 2023\npublisher = "Again" | dataset.toml:29:1: sources.publisher: duplicate key
manifest-dup-units         | dataset.toml  | [units] => [units]\ntrade = "x"\n[units]  | dataset.toml:15:2: duplicate key
manifest-as-of-99999       | dataset.toml  | 2024-03-01 => 99999-03-01                 | dataset.toml:3:9: as_of: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "99999-03-01"
manifest-as-of-0000        | dataset.toml  | 2024-03-01 => 0000-01-01                  | dataset.toml:3:9: as_of: years before 1000 are not supported, found "0000-01-01"
trade-value-1e400          | trade.csv     | 2021,ATL,12.5, => 2021,ATL,1e400,         | trade.csv:4:3: value_usd_bn: too large, found "1e400"
trade-yoy-1e400            | trade.csv     | 2022,ATL,15,20, => 2022,ATL,15,1e400,     | trade.csv:5:4: yoy_pct: too large, found "1e400"
trade-year-99999           | trade.csv     | 2021,ATL => 99999,ATL                     | trade.csv:4:1: year: expected a year (2021), a fiscal year (2021-22, FY2022), months (2021-04..2022-03) or part of a year (2022-01..2022-06, 2022-H1, 2022-Q3), found "99999" in series "ATL"
exercises-count-huge       | exercises.csv | 5000,1200 => 99999999999999999999999,1200 | exercises.csv:3:7: total_personnel: too large (at most 4294967295), found "99999999999999999999999"
exercises-count-1e400      | exercises.csv | 3500, => 1e400,                           | exercises.csv:3:11: alt_total_personnel: expected a whole number, found "1e400"
exercises-start-2018-02-30 | exercises.csv | 2021-08-01 => 2018-02-30                  | exercises.csv:2:2: start_date: no such date in the calendar, found "2018-02-30"
exercises-end-2018-13-01   | exercises.csv | 2021-08-09 => 2018-13-01                  | exercises.csv:2:3: end_date: no such date in the calendar, found "2018-13-01"
events-2019-02-29          | events.csv    | 2019-04-01 => 2019-02-29                  | events.csv:2:1: date: no such date in the calendar, found "2019-02-29"
meetings-0000-01-01        | meetings.csv  | 2021-05-02 => 0000-01-01                  | meetings.csv:2:1: date: years before 1000 are not supported, found "0000-01-01"
meetings-2018-1-1          | meetings.csv  | 2021-05-02 => 2018-1-1                    | meetings.csv:2:1: date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "2018-1-1"
events-random-bytes        | events.csv    | @noise 24301                              | events.csv:1:1: not valid UTF-8
manifest-random-bytes      | dataset.toml  | @noise 65261                              | dataset.toml:1: not valid UTF-8
trade-png                  | trade.csv     | => \x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00 | trade.csv:1:1: not valid UTF-8
meetings-utf16             | meetings.csv  | => \xff\xfed\x00a\x00t\x00e\x00,\x00k\x00i\x00n\x00d\x00\n\x00 | meetings.csv:1:1: not valid UTF-8
empty-trade                | trade.csv     | =>                                        | trade.csv: the file is empty: expected a header row with the columns period,series,
empty-exercises            | exercises.csv | =>                                        | exercises.csv: the file is empty
empty-events               | events.csv    | =>                                        | events.csv: the file is empty
empty-manifest             | dataset.toml  | =>                                        | dataset.toml: missing field `title`
bom-only-trade             | trade.csv     | => \u{feff}                               | trade.csv: the file is empty
bom-only-manifest          | dataset.toml  | => \u{feff}                               | dataset.toml: missing field `title`
blank-lines-exercises      | exercises.csv | => \n\n\r\n\n                             | exercises.csv: the file is empty
manifest-cut-mid-row       | dataset.toml  | @cut [[sour                               | dataset.toml:17:7: unclosed array table
manifest-cut-mid-quote     | dataset.toml  | @cut publisher = "Exam                    | dataset.toml:26:18: invalid basic string
manifest-cut-mid-utf8      | dataset.toml  | @cut Atlantis\xe2                         | dataset.toml:1: not valid UTF-8 (byte 18 of the line)
trade-cut-mid-row          | trade.csv     | @cut 2022,LEM,14.2,,appro                 | trade.csv:6: expected 8 fields as in the header, found 5
trade-cut-mid-quote        | trade.csv     | @cut "Lemuria Statistics, ""Tr            | trade.csv:6: a quote opened in this record is never closed
trade-cut-mid-utf8         | trade.csv     | Lemurian => L\u{e9}murian && @cut L\xc3   | trade.csv:6:6: note: not valid UTF-8
meetings-cut-mid-row       | meetings.csv  | @cut 2023,in-person,no,"Mu City, Lemuria",Regional | meetings.csv:5: expected 9 fields as in the header, found 5
meetings-cut-mid-quote     | meetings.csv  | @cut "Port Royal, Atl                     | meetings.csv:2: a quote opened in this record is never closed
meetings-cut-mid-utf8      | meetings.csv  | State visit => \u{c9}tat visit && @cut \xc3 | meetings.csv:2:5: occasion: not valid UTF-8
exercises-cut-mid-row      | exercises.csv | @cut 2021-08-01,2021-08-09,Coral Sea      | exercises.csv:2: expected 16 fields as in the header, found 4
exercises-cut-mid-quote    | exercises.csv | @cut "Dune range, Lem                     | exercises.csv:3: a quote opened in this record is never closed
exercises-cut-mid-utf8     | exercises.csv | Coral Sea => Coral S\u{e9}e && @cut S\xc3 | exercises.csv:2:4: location: not valid UTF-8
events-cut-mid-row         | events.csv    | @cut 2023-11-30,border,Border tre         | events.csv:5: expected 8 fields as in the header, found 3
events-cut-mid-quote       | events.csv    | @cut "A treaty settles the 1,2            | events.csv:5: a quote opened in this record is never closed
events-cut-mid-utf8        | events.csv    | Embassies reopen => Embassies r\u{e9}open && @cut r\xc3 | events.csv:2:3: title: not valid UTF-8
folder-manifest            | dataset.toml  | @folder                                   | dataset.toml: expected a file, found a folder
folder-events              | events.csv    | @folder                                   | events.csv: expected a file, found a folder
symlink-loop               | events.csv    | @symlink events.csv                       | events.csv: cannot read: 
dangling-symlink           | trade.csv     | @symlink gone.csv                         | trade.csv: no such file
sparse-events              | events.csv    | @sparse                                   | events.csv:1: a record longer than 8 MiB: is this a CSV file?
sparse-manifest            | dataset.toml  | @sparse                                   | dataset.toml: the file is 1024 MiB, more than the 512 MiB bilat reads
sparse-trade               | trade.csv     | @sparse                                   | trade.csv: the file is 1024 MiB, more than the 512 MiB bilat reads
unreadable                 | meetings.csv  | @chmod000                                 | meetings.csv: permission denied
header-only-trade          | trade.csv     | @cut source_text                          | ok
header-only-events         | events.csv    | @cut source_text\n                        | ok
huge-trade-value           | trade.csv     | 2021,ATL,12.5, => 2021,ATL,99999999999999999999999, | trade.csv:4:3: value_usd_bn: "99999999999999999999999" bn: above 10,000 bn, more than any two countries trade in a year: most likely a scale error
largest-trade-value        | trade.csv     | 2021,ATL,12.5, => 2021,ATL,10000,         | ok
max-personnel              | exercises.csv | 5000,1200,3000 => 4294967295,4294967295,0 | ok
"#;

/// Applies the changes of one line of [`DATASETS`] to `file` in `dir`.
fn change(dir: &Path, file: &str, changes: &str) {
    let path = dir.join(file);
    for change in changes.split(" && ") {
        let (op, arg) = change.split_once(' ').unwrap_or((change, ""));
        let all = std::fs::read(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        match op {
            "@folder" => std::fs::create_dir(&path).unwrap(),
            "@symlink" => std::os::unix::fs::symlink(arg, &path).unwrap(),
            "@noise" => put(dir, file, noise(4096, arg.parse().unwrap())),
            "@sparse" => std::fs::File::create(&path)
                .unwrap()
                .set_len(1 << 30)
                .unwrap(),
            "@chmod000" => {
                use std::os::unix::fs::PermissionsExt;
                put(dir, file, all);
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
            }
            "@cut" => {
                let mark = unescape(arg);
                put(dir, file, &all[..find(&all, &mark) + mark.len()]);
            }
            _ => {
                let (from, to) = change.split_once("=>").expect("FROM => TO");
                let (from, to) = (unescape(from.trim()), unescape(to.trim_start()));
                let (at, len) = match from.is_empty() {
                    true => (0, all.len()),
                    false => (find(&all, &from), from.len()),
                };
                put(dir, file, [&all[..at], &to, &all[at + len..]].concat());
            }
        }
    }
}

/// A dataset that is odd but valid: `check`, the brief, `render` and an export all succeed.
fn assert_loads_and_draws(tmp: &Path, name: &str) {
    let out = tmp.join(format!("{name}.html"));
    let out = out.to_str().unwrap();
    for args in [
        &["check", name][..],
        &["--data", name, "brief", "--format", "json"],
        &["--data", name, "render", "--size", "80x24"],
        &["--data", name, "render", "--pane", "trade"],
        &["--data", name, "export", "--format", "html", "--out", out],
    ] {
        let run = run(args, tmp);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert_eq!(run.code, Some(0), "{name}: {args:?}:\n{all:.3000}");
    }
}

#[test]
fn broken_datasets_give_located_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let lines = DATASETS.lines().filter(|l| !l.trim().is_empty());
    let (mut count, mut failed) = (0, Vec::new());
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    for line in lines {
        let fields: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let [name, file, how, expected] = fields[..] else {
            panic!("a bad case: {line}")
        };
        if root && how == "@chmod000" {
            println!("note: {name} skipped: as root, chmod 000 cannot make a file unreadable");
            continue;
        }
        let case = || {
            if expected == "ok" {
                let dir = tmp.path().join(name);
                common::copy_tree(&common::fixtures().join("valid/minimal"), &dir);
                change(&dir, file, how);
                return assert_loads_and_draws(tmp.path(), name);
            }
            let run = check_case(tmp.path(), name, |d| change(d, file, how), &[expected]);
            assert_quick_and_small(name, &run);
        };
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(case)).is_err() {
            failed.push(name);
        }
        count += 1;
    }
    assert!(failed.is_empty(), "failed: {failed:?}");
    assert!(count >= 50, "{count} cases");
    // The brief (which reads the events as the dashboard does) refuses a file of no records
    // too, quickly and in little memory, though files of any size are read.
    let run = run(&["--data", "sparse-events", "brief"], tmp.path());
    let huge = "sparse-events/events.csv:1: a record longer than 8 MiB";
    assert_refused("brief", &run, &[huge]);
    assert_quick_and_small("brief", &run);
}

#[test]
fn a_header_after_blank_lines_is_located_on_its_own_line() {
    let tmp = tempfile::tempdir().unwrap();
    let late = |d: &Path| {
        change(d, "trade.csv", "year, => year,foo,");
        // Two blank lines before the header (written here: `change` trims its text).
        let path = d.join("trade.csv");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("\n\n{text}")).unwrap();
    };
    let expected = "trade.csv:3:2: unexpected column \"foo\"";
    check_case(tmp.path(), "late-header", late, &[expected]);
}

/// A file bilat must refuse without reading it: fast, and in little memory.
fn assert_quick_and_small(what: &str, run: &Run) {
    let (took, kib) = (run.elapsed, run.max_rss_kib);
    assert!(took < Duration::from_secs(3), "{what}: took {took:?}");
    assert!(kib < 200 * 1024, "{what}: peak RSS {kib} KiB");
}

#[test]
fn a_hundred_thousand_bad_rows_are_reported_promptly() {
    let tmp = tempfile::tempdir().unwrap();
    let header = "date,category,title,description,quality,note,source_ids,source_text\n";
    let rows = "2019-02-29,political,Row,,,,wire,\n".repeat(100_000);
    let setup = |d: &Path| put(d, "events.csv", format!("{header}{rows}"));
    let first = "events.csv:2:1: date: no such date in the calendar, found \"2019-02-29\"";
    let expected = [first, "events.csv:100001:1: date:"];
    let run = check_case(tmp.path(), "many-bad-rows", setup, &expected);
    let lines = run.stdout.lines().count();
    let (bytes, took, kib) = (run.stdout.len(), run.elapsed, run.max_rss_kib);
    println!("100,000 bad rows: {lines} lines, {bytes} bytes, {took:?}, {kib} KiB peak");
    assert!(lines <= 100_001 && bytes < 20 << 20, "{lines} lines");
    assert!(run.stdout.ends_with(": 100000 problems in 1 file\n"));
}

#[test]
fn broken_configs_name_file_line_and_key() {
    let folder = common::fixtures().join("invalid-config");
    let expected = std::fs::read_to_string(folder.join("expected.txt")).unwrap();
    let lines: Vec<&str> = expected.lines().filter(|l| !l.starts_with('#')).collect();
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let listed: Vec<&str> = lines.iter().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(names, listed, "each config is listed in expected.txt");
    assert!(names.len() >= 20, "{} configs", names.len());
    for line in lines {
        let file = line.split(':').next().unwrap();
        let run = run(&["--config", file, "brief"], &folder);
        assert_refused(file, &run, &[&format!("bilat: {line}")]);
        assert!(run.stdout.is_empty(), "{file}: nothing on stdout");
    }
}

#[test]
fn a_config_that_is_not_utf8_names_the_line() {
    let folder = common::fixtures().join("invalid-config");
    let run = run(&["--config", "not-utf8.toml", "brief"], &folder);
    assert_refused("not-utf8.toml", &run, &["bilat: not-utf8.toml:3:"]);
}

#[test]
fn config_paths_that_are_not_config_files_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    for (file, how) in [
        ("huge", "@sparse"),
        ("loop", "@symlink loop.toml"),
        ("folder", "@folder"),
    ] {
        change(t, &format!("{file}.toml"), how);
    }
    let cases = [
        ("folder.toml", "expected a file, found a folder"),
        ("/dev/zero", "expected a regular file, found a pipe"),
        ("huge.toml", "the file is 1024 MiB, more than the 512 MiB"),
        ("loop.toml", "cannot read: "),
        ("missing.toml", "no such file"),
    ];
    for (file, expected) in cases {
        for command in [
            &["brief"][..],
            &["check"],
            &["render"],
            &["export", "--format", "json", "--out", "x.json"],
        ] {
            let run = run(&[&["--config", file][..], command].concat(), t);
            assert_refused(file, &run, &[&format!("bilat: {file}: {expected}")]);
            assert_quick_and_small(file, &run);
        }
    }
    assert!(!t.join("x.json").exists(), "nothing exported");
    // The same checks hold for the file found by the lookup, not only for --config.
    std::fs::create_dir_all(t.join("xdg/bilat")).unwrap();
    let bad = common::fixtures().join("invalid-config/bad-theme.toml");
    std::fs::copy(bad, t.join("xdg/bilat/config.toml")).unwrap();
    let run = run_with(&["brief"], t, &t.join("xdg"));
    let expected = "xdg/bilat/config.toml:2:9: ui.theme: unknown variant `blue`";
    assert_refused("XDG config", &run, &[expected]);
}

/// What mutations put into the documented configuration.
const CHARS: &[char] = &[
    '"', '[', ']', '=', '\n', '#', ',', '\\', '.', 'x', '0', '-', ' ', '\0', 'é', '中', '\u{1b}',
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Any bytes as a configuration file: a configuration or a problem, never a panic.
    #[test]
    fn arbitrary_bytes_as_a_config_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(loaded) = config::LoadedConfig::parse("c.toml", &text, config::ConfigOrigin::Embedded) {
            let _ = bilat::tui::input::keys::KeyMap::from_config(
                &loaded,
                &bilat::tui::panes::registry().keys(),
            );
        }
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &bytes).unwrap();
        let _ = config::load(Some(file.path()));
    }

    /// The documented config.toml with a few characters inserted, replaced or deleted:
    /// parses, or gives a problem naming the file and a line and column inside the text.
    #[test]
    fn mutated_default_config_gives_ok_or_a_located_problem(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, prop::sample::select(CHARS)), 1..6),
    ) {
        let mut chars: Vec<char> = config::DEFAULT_TEXT.chars().collect();
        for (at, op, c) in edits {
            let i = at.index(chars.len() + 1);
            match op {
                0 => chars.insert(i, c),
                1 if i < chars.len() => chars[i] = c,
                _ if i < chars.len() => { chars.remove(i); }
                _ => {}
            }
        }
        let text: String = chars.into_iter().collect();
        let result = config::LoadedConfig::parse("c.toml", &text, config::ConfigOrigin::Embedded)
            .and_then(|loaded| bilat::tui::input::keys::KeyMap::from_config(
                    &loaded,
                    &bilat::tui::panes::registry().keys(),
                )
                .map(|_| ()));
        if let Err(problem) = result {
            let shown = problem.to_string();
            prop_assert_eq!(problem.file.as_str(), "c.toml");
            match problem.location {
                bilat::data::Location::Cell { line, column } => {
                    prop_assert!(line >= 1 && line <= text.lines().count() as u64 + 1, "{}", shown);
                    prop_assert!(column >= 1, "{}", shown);
                }
                other => prop_assert!(false, "not located: {:?}: {}", other, shown),
            }
        }
    }
}
