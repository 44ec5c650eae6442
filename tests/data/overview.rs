//! The overview's summaries and their cache: a summary per dataset, kept by each file's size
//! and modification time, rebuilt when stale, a corrupted cache ignored; and `bilat
//! overview` in each format, sorted and filtered.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

use bilat::library::cache::{CACHE_FILE, Cache, summaries};
use bilat::library::overview::{Column, Filter, Row, sort};
use bilat::library::summary::Summary;
use bilat::library::{Library, Places};

use crate::common::{self, copy_tree, fixtures, stderr, stdout};

/// Sets every file of `dir` to have been modified an hour ago, so the cache trusts it (a
/// file changed within the last two seconds is not cached: its stamp could still change
/// without its size or time doing so).
fn age(dir: &Path) {
    let past = SystemTime::now() - Duration::from_secs(3600);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(past).unwrap();
    }
}

/// A data dir with the minimal dataset as `good-one`, a broken one and, aged, both.
fn library_dir(root: &Path) -> PathBuf {
    let dir = root.join("share/bilat/datasets");
    let good = dir.join("good-one");
    copy_tree(&fixtures().join("valid/minimal"), &good);
    let bad = common::broken_dataset("meetings-impossible-date", &dir);
    age(&good);
    age(&bad);
    dir
}

fn library(dir: &Path) -> Library {
    Library::discover(&Places {
        datasets_dir: Some(dir.to_path_buf()),
        ..Places::default()
    })
    .unwrap()
}

fn summarise(library: &Library, cache: &mut Cache) -> Vec<Summary> {
    summaries(library.entries(), cache, 2, &|_, _| {})
}

/// The summary of the entry called `name`.
fn of<'a>(library: &Library, all: &'a [Summary], name: &str) -> &'a Summary {
    let i = library
        .entries()
        .iter()
        .position(|e| e.name == name)
        .unwrap();
    &all[i]
}

#[test]
fn a_summary_has_blanks_not_zeros_and_a_broken_dataset_its_first_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = library_dir(tmp.path());
    let lib = library(&dir);
    let all = summarise(&lib, &mut Cache::none());
    let good = of(&lib, &all, "good-one");
    assert_eq!(good.problem, None);
    let [a, b] = good.countries.as_ref().unwrap();
    assert_eq!((a.code.as_str(), b.code.as_str()), ("ATL", "LEM"));
    assert!(good.trade.is_some() && good.event.is_some() && good.counts.is_some());
    // The fixture's indicator has a value: its latest is there; without the table, none.
    assert!(!good.indicators.is_empty());
    let bad = of(&lib, &all, "meetings-impossible-date");
    let problem = bad.problem.as_deref().unwrap();
    assert!(problem.contains("meetings.csv"), "{problem}");
    assert!(bad.trade.is_none() && bad.countries.is_none() && bad.counts.is_none());

    // Without an arms table, arms is blank, not zero.
    std::fs::remove_file(dir.join("good-one/arms.csv")).unwrap();
    std::fs::remove_file(dir.join("good-one/indicators.csv")).unwrap();
    let all = summarise(&lib, &mut Cache::none());
    assert!(of(&lib, &all, "good-one").indicators.is_empty());
    assert_eq!(of(&lib, &all, "good-one").arms, None);
}

#[test]
fn the_cache_is_used_only_while_every_file_keeps_its_size_and_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = library_dir(tmp.path());
    let cache_dir = tmp.path().join("cache/bilat");
    let lib = library(&dir);

    let mut cache = Cache::open(&cache_dir);
    let first = summarise(&lib, &mut cache);
    cache.save().unwrap();
    // Both folders are kept (a broken one too); bundled datasets are not.
    assert_eq!(Cache::open(&cache_dir).len(), 2);

    // A summary planted in the cache under the folder's true stamp is what comes back:
    // the cache is read, not the folder.
    let file = cache_dir.join(CACHE_FILE);
    let text = std::fs::read_to_string(&file).unwrap();
    let planted = text.replace("\"ATL\"", "\"XXX\"");
    assert_ne!(planted, text);
    std::fs::write(&file, &planted).unwrap();
    let mut cache = Cache::open(&cache_dir);
    let again = summarise(&lib, &mut cache);
    let code = |s: &Summary| s.countries.as_ref().unwrap()[0].code.clone();
    assert_eq!(code(of(&lib, &again, "good-one")), "XXX");

    // The same size, another modification time: stale, read again.
    let events = dir.join("good-one/events.csv");
    let f = std::fs::File::options().write(true).open(&events).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(1800))
        .unwrap();
    let mut cache = Cache::open(&cache_dir);
    let fresh = summarise(&lib, &mut cache);
    assert_eq!(code(of(&lib, &fresh, "good-one")), "ATL");
    assert_eq!(fresh, first);
    cache.save().unwrap();

    // Another size (a new event), kept as old: stale, read again with the new event.
    let mut text = std::fs::read_to_string(&events).unwrap();
    text.push_str("2030-01-01,diplomatic,A later event,,,,,somewhere\n");
    std::fs::write(&events, text).unwrap();
    age(&dir.join("good-one"));
    let mut cache = Cache::open(&cache_dir);
    let later = summarise(&lib, &mut cache);
    let event = of(&lib, &later, "good-one").event.clone().unwrap();
    assert_eq!(
        (event.date.as_str(), event.title.as_str()),
        ("2030-01-01", "A later event")
    );

    // A table appearing is a change too.
    std::fs::remove_file(dir.join("good-one/arms.csv")).unwrap();
    let mut cache = Cache::open(&cache_dir);
    let without = summarise(&lib, &mut cache);
    assert_eq!(of(&lib, &without, "good-one").arms, None);
}

#[test]
fn a_file_changed_just_now_is_not_cached() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = library_dir(tmp.path());
    let cache_dir = tmp.path().join("cache/bilat");
    // Touched now: its size and time could change again within the clock's tick.
    std::fs::write(
        dir.join("good-one/NOTES.md"),
        "not a table, so not in the stamp\n",
    )
    .unwrap();
    let events = dir.join("good-one/events.csv");
    std::fs::File::options()
        .write(true)
        .open(&events)
        .unwrap()
        .set_modified(SystemTime::now())
        .unwrap();
    let lib = library(&dir);
    let mut cache = Cache::open(&cache_dir);
    summarise(&lib, &mut cache);
    cache.save().unwrap();
    assert_eq!(
        Cache::open(&cache_dir).len(),
        1,
        "only the broken one, aged"
    );
}

#[test]
fn a_corrupted_cache_is_ignored_and_written_anew_atomically() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = library_dir(tmp.path());
    let cache_dir = tmp.path().join("cache/bilat");
    let lib = library(&dir);
    let expected = summarise(&lib, &mut Cache::none());
    std::fs::create_dir_all(&cache_dir).unwrap();
    let file = cache_dir.join(CACHE_FILE);
    let good = {
        let mut cache = Cache::open(&cache_dir);
        summarise(&lib, &mut cache);
        cache.save().unwrap();
        std::fs::read(&file).unwrap()
    };
    let corruptions: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\0\xff\xfe garbage".to_vec(),
        good[..good.len() / 2].to_vec(),
        b"{\"format\":999,\"version\":\"0\",\"entries\":[]}".to_vec(),
        b"{\"format\":1,\"version\":\"0.1.0\",\"entries\":[{\"folder\":1}]}".to_vec(),
        b"[]".to_vec(),
    ];
    for bad in corruptions {
        std::fs::write(&file, &bad).unwrap();
        let mut cache = Cache::open(&cache_dir);
        assert!(cache.is_empty());
        assert_eq!(summarise(&lib, &mut cache), expected);
        cache.save().unwrap();
        assert_eq!(Cache::open(&cache_dir).len(), 2);
    }
    // A folder in the cache's place: not readable as a file, so the cache is empty, and
    // writing it fails without a panic.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    let mut cache = Cache::open(&cache_dir);
    assert_eq!(summarise(&lib, &mut cache), expected);
    assert!(cache.save().is_err());
    std::fs::remove_dir(&file).unwrap();
    // Nothing but the cache is left in its folder: the temporary file was moved or removed.
    let mut cache = Cache::open(&cache_dir);
    summarise(&lib, &mut cache);
    cache.save().unwrap();
    let left: Vec<String> = std::fs::read_dir(&cache_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, [CACHE_FILE]);
}

fn rows(lib: &Library) -> Vec<Row> {
    bilat::library::overview::rows(lib, &mut Cache::none(), &|_, _| {})
}

#[test]
fn sorting_puts_blanks_last_either_way_and_filters_find_a_country() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = library_dir(tmp.path());
    let lib = library(&dir);
    let names = |rows: &[Row]| rows.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
    // Columns every loading dataset here fills: the broken one, blank, comes last.
    let filled = [
        Column::Pair,
        Column::Years,
        Column::Trade,
        Column::Period,
        Column::Meetings,
        Column::Event,
    ];
    for column in filled {
        for reverse in [false, true] {
            let mut all = rows(&lib);
            sort(&mut all, &column, reverse);
            assert_eq!(
                all.last().unwrap().name,
                "meetings-impossible-date",
                "{column:?}"
            );
        }
    }
    // Blanks after figures, ties by name: only china-pakistan has a balance.
    let mut all = rows(&lib);
    sort(&mut all, &Column::Balance, true);
    assert_eq!(all[0].name, "china-pakistan");
    assert!(all[1..].iter().all(|r| r.summary.balance.is_none()));
    let mut all = rows(&lib);
    sort(&mut all, &Column::Trade, true);
    assert_eq!(
        names(&all),
        [
            "russia-china",
            "india-russia",
            "china-pakistan",
            "good-one",
            "meetings-impossible-date"
        ]
    );
    sort(&mut all, &Column::Trade, false);
    assert_eq!(
        names(&all),
        [
            "good-one",
            "china-pakistan",
            "india-russia",
            "russia-china",
            "meetings-impossible-date"
        ]
    );
    let russia = Filter {
        country: Some("rus".into()),
        text: None,
    };
    let mut kept = russia.apply(rows(&lib));
    sort(&mut kept, &Column::Name, false);
    assert_eq!(names(&kept), ["india-russia", "russia-china"]);
    let text = Filter {
        country: None,
        text: Some("LEMURIA".into()),
    };
    assert_eq!(names(&text.apply(rows(&lib))), ["good-one"]);
    assert_eq!(Column::parse("Trade"), Ok(Column::Trade));
    assert_eq!(
        Column::parse("UNGA-IP-Distance"),
        Ok(Column::Indicator("unga-ip-distance".into()))
    );
    assert!(Column::parse("no such").unwrap_err().contains("trade"));

    // The indicator columns: those every loaded dataset shown has. good-one's agreement is
    // its own, so the whole library shares none; Russia's pairs share the UN distance.
    let mut all = rows(&lib);
    assert_eq!(
        bilat::library::overview::indicators(&all),
        Vec::<String>::new()
    );
    let shared = bilat::library::overview::indicators(&russia.apply(rows(&lib)));
    assert!(
        shared.contains(&"unga-ip-distance".to_string()),
        "{shared:?}"
    );
    let distance = Column::Indicator("unga-ip-distance".into());
    sort(&mut all, &distance, true);
    let values: Vec<f64> = all
        .iter()
        .filter_map(|r| Some(r.indicator("unga-ip-distance")?.value))
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    assert_eq!(all.last().unwrap().name, "meetings-impossible-date");
    // An indicator only some datasets have is no column, but still sorts (ties by name).
    let russia = Column::Indicator("unga-ip-rus".into());
    sort(&mut all, &russia, false);
    assert!(!bilat::library::overview::indicators(&all).contains(&"unga-ip-rus".into()));
    assert_eq!(
        names(&all[..2]),
        ["india-russia", "russia-china"].map(String::from)
    );
}

/// `bilat overview ARGS` over the library in `root` (data and cache there too).
fn overview(args: &[&str], root: &Path, columns: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bilat"))
        .arg("overview")
        .args(args)
        .current_dir(root)
        .env_remove("BILAT_CONFIG")
        .env("XDG_CONFIG_HOME", root.join("no-config-here"))
        .env("XDG_DATA_HOME", root.join("share"))
        .env("XDG_CACHE_HOME", root.join("cache"))
        .env("HOME", root)
        .env("COLUMNS", columns)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("TERM", "xterm-256color")
        .output()
        .unwrap()
}

/// The output with the temporary folder's path replaced, for a snapshot.
fn redacted(out: &Output, root: &Path) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    let root = root.canonicalize().unwrap();
    stdout(out)
        .replace(&root.display().to_string(), "[TMP]")
        .replace(&root.display().to_string().replace('/', "\\/"), "[TMP]")
}

#[test]
fn overview_prints_each_format_sorted_and_filtered() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    library_dir(&root);
    let run = |args: &[&str], columns: &str| redacted(&overview(args, &root, columns), &root);
    insta::assert_snapshot!("overview_text_wide", run(&[], "200"));
    insta::assert_snapshot!(
        "overview_text_80",
        run(&["--sort", "trade", "--reverse"], "80")
    );
    insta::assert_snapshot!(
        "overview_text_ascii",
        run(&["--ascii", "--country", "RUS"], "160")
    );
    insta::assert_snapshot!(
        "overview_markdown",
        run(&["--format", "md", "--sort", "event"], "80")
    );
    insta::assert_snapshot!(
        "overview_csv",
        run(&["--format", "csv", "--filter", "atlantis"], "80")
    );
    insta::assert_snapshot!(
        "overview_json",
        run(&["--format", "json", "--country", "ATL"], "80")
    );
    // The page of small multiples: a card per dataset, a chart for each with trade, the
    // broken one with its problem, and nothing fetched from anywhere.
    let html = run(&["--format", "html", "--sort", "trade", "--reverse"], "80");
    assert_eq!(html.matches("<section class=\"card").count(), 5);
    assert_eq!(html.matches("<svg class=\"spark\"").count(), 4);
    assert!(html.contains("class=\"card broken\""));
    assert!(html.contains("default-src 'none'"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    insta::assert_snapshot!("overview_html", html);
    // Every line of the text fits the width asked, however narrow.
    for width in [60, 80, 100, 120] {
        let text = run(&[], &width.to_string());
        for line in text.lines() {
            assert!(bilat::text::fit::width(line) <= width, "{width}: {line:?}");
        }
    }
    // The second run reads the cache the first wrote: the same rows.
    assert!(root.join("cache/bilat").join(CACHE_FILE).is_file());
    assert_eq!(
        run(&["--format", "json"], "80"),
        run(&["--format", "json"], "80")
    );
    // A column that is not one is a usage error naming the columns.
    let bad = overview(&["--sort", "size"], &root, "80");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("meetings"), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("unga-ip-distance"),
        "{}",
        stderr(&bad)
    );
    // An indicator's id sorts, as shown in its column.
    let by_distance = run(
        &[
            "--sort",
            "unga-ip-distance",
            "--reverse",
            "--country",
            "RUS",
        ],
        "200",
    );
    insta::assert_snapshot!("overview_text_indicator", by_distance);
}

#[test]
fn list_reads_the_same_summaries_and_writes_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    library_dir(&root);
    let home = root.join("share");
    let run = common::bilat_with_data_home(&["list"], &root, &home);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(home.join(".cache/bilat").join(CACHE_FILE).is_file());
    let again = common::bilat_with_data_home(&["list"], &root, &home);
    assert_eq!(stdout(&run), stdout(&again));
}

#[test]
fn a_dataset_of_indicators_alone_lists_its_years_and_absent_tables_as_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("only-indicators");
    copy_tree(&fixtures().join("valid/minimal"), &dir);
    for table in [
        "trade.csv",
        "meetings.csv",
        "exercises.csv",
        "events.csv",
        "arms.csv",
        "cooperation.csv",
    ] {
        std::fs::remove_file(dir.join(table)).unwrap();
    }
    let out = common::bilat(&["list", "--data", dir.to_str().unwrap()], tmp.path());
    let listed = stdout(&out);
    let line = listed
        .lines()
        .find(|l| l.starts_with("only-indicators"))
        .unwrap_or_else(|| panic!("{listed}{}", stderr(&out)));
    // Its years are the indicators' (the only yearly table), and each absent table is
    // "-", not a count of 0.
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert!(
        cells
            .iter()
            .any(|c| c.chars().count() == 9 && c.contains('–')),
        "{line}"
    );
    assert_eq!(cells.iter().filter(|c| **c == "-").count(), 4, "{line}");
    assert!(!cells.contains(&"0"), "{line}");
}
