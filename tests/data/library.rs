//! The library of datasets: discovery with given folders, and `bilat list`, `bilat check` and
//! `--data` over a data dir, a configuration's folders and the command line.

use crate::common;

/// What `check` warns of a trade table in the old format, as the minimal fixture's is.
const OLD_FORMAT: &str = "old format (columns year and reporter): bilat assumed every period is a calendar year and every reporter is that country's customs; if a figure is a fiscal year or comes from another body, rename the columns period and series and declare [[trade_series]] in dataset.toml";

use std::path::{Path, PathBuf};

use bilat::library::{Env, Library, LibraryError, Places, Source};
use common::{bilat, bilat_with_data_home, copy_tree, fixtures, stderr, stdout};

/// A copy of the minimal valid dataset at `dir`.
fn minimal(dir: &Path) -> PathBuf {
    copy_tree(&fixtures().join("valid/minimal"), dir);
    dir.to_path_buf()
}

/// The folder of datasets under a data home.
fn datasets(data_home: &Path) -> PathBuf {
    data_home.join("bilat/datasets")
}

/// A line with its runs of spaces made one, so alignment does not matter.
fn words(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn names(library: &Library) -> Vec<(&str, Source)> {
    library
        .entries()
        .iter()
        .map(|e| (e.name.as_str(), e.source))
        .collect()
}

#[test]
fn discovery_lists_bundled_then_data_dir_then_config_then_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = datasets(tmp.path());
    minimal(&dir.join("b-set"));
    minimal(&dir.join("a-set"));
    std::fs::create_dir_all(dir.join("not-a-dataset")).unwrap();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("README.txt"), "notes\n").unwrap();
    let places = Places {
        datasets_dir: Some(dir.clone()),
        config: vec![minimal(&tmp.path().join("conf/c-set"))],
        command_line: vec![
            minimal(&tmp.path().join("cli/d-set")),
            PathBuf::from("india-russia"),
            dir.join("a-set"),
            tmp.path().join("conf/./c-set"),
        ],
    };
    let library = Library::discover(&places).unwrap();
    assert_eq!(
        names(&library),
        [
            ("russia-china", Source::Bundled),
            ("india-russia", Source::Bundled),
            ("china-pakistan", Source::Bundled),
            ("a-set", Source::DataDir),
            ("b-set", Source::DataDir),
            ("not-a-dataset", Source::DataDir),
            ("c-set", Source::Config),
            ("d-set", Source::CommandLine),
        ]
    );
    let broken = library.find("not-a-dataset").unwrap();
    let fault = broken
        .fault
        .as_ref()
        .expect("a folder without dataset.toml");
    assert!(
        fault.file.ends_with("not-a-dataset/dataset.toml"),
        "{fault}"
    );
    assert!(fault.message.starts_with("no such file"), "{fault}");
    assert_eq!(&broken.load().unwrap_err().0, std::slice::from_ref(fault));
    assert!(library.find("a-set").unwrap().fault.is_none());
    assert!(library.find("d-set").unwrap().load().is_ok());
}

#[test]
fn discovery_reads_nothing_but_the_folder_listing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = datasets(tmp.path());
    let set = minimal(&dir.join("garbled"));
    std::fs::write(set.join("trade.csv"), "\u{0}not a table\n").unwrap();
    let places = Places {
        datasets_dir: Some(dir),
        ..Places::default()
    };
    let library = Library::discover(&places).unwrap();
    let entry = library.find("garbled").unwrap();
    assert!(entry.fault.is_none(), "tables are only read when loaded");
    assert!(entry.load().is_err());
}

#[test]
fn a_missing_data_dir_holds_nothing_and_a_file_there_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = datasets(tmp.path());
    let places = Places {
        datasets_dir: Some(dir.clone()),
        ..Places::default()
    };
    assert_eq!(Library::discover(&places).unwrap().entries().len(), 3);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    std::fs::write(&dir, "").unwrap();
    let err = Library::discover(&places).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: cannot list the datasets in this folder: expected a folder, found a file",
            dir.display()
        )
    );
}

#[test]
fn two_folders_of_one_name_clash_and_the_message_names_both() {
    let tmp = tempfile::tempdir().unwrap();
    let one = minimal(&tmp.path().join("x/pair"));
    let two = minimal(&tmp.path().join("y/pair"));
    let places = Places {
        config: vec![one.clone()],
        command_line: vec![two.clone()],
        ..Places::default()
    };
    let err = Library::discover(&places).unwrap_err();
    assert_eq!(
        err,
        LibraryError::Clash {
            name: "pair".into(),
            first: format!("config ({})", one.display()),
            second: format!("--data ({})", two.display()),
        }
    );
}

#[test]
fn the_environment_and_configuration_give_the_places() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("config.toml");
    std::fs::write(&file, "[data]\ndir = \"a\"\ndirs = [\"b\"]\n").unwrap();
    let config = bilat::library::config::load(Some(&file)).unwrap();
    let env = Env {
        data_home: None,
        home: Some(PathBuf::from("/home/u")),
    };
    let places = Places::new(&env, &config, &[PathBuf::from("c")]);
    assert_eq!(
        places,
        Places {
            datasets_dir: Some(PathBuf::from("/home/u/.local/share/bilat/datasets")),
            config: vec![tmp.path().join("a"), tmp.path().join("b")],
            command_line: vec![PathBuf::from("c")],
        }
    );
}

#[test]
fn a_name_clash_stops_every_command_naming_both_places() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("share");
    let clash = minimal(&datasets(&home).join("india-russia"));
    let expected = format!(
        "bilat: two datasets are called \"india-russia\": bundled (data/india-russia) and \
         data dir ({}); rename one folder\n",
        clash.display()
    );
    for args in [
        &["list"][..],
        &["check"],
        &["check", "russia-china"],
        &["brief"],
        &["--data", "india-russia", "brief"],
        &["render", "--size", "80x24"],
    ] {
        let run = bilat_with_data_home(args, tmp.path(), &home);
        assert_eq!(run.status.code(), Some(1), "{args:?}");
        assert_eq!(stderr(&run), expected, "{args:?}");
        assert_eq!(stdout(&run), "", "{args:?}");
    }
    // `new` reads no dataset, so it still starts one.
    let run = bilat_with_data_home(
        &["new", "fresh", "--pair", "India:IND,China:CHN"],
        tmp.path(),
        &home,
    );
    assert!(run.status.success(), "{}", stderr(&run));
}

#[test]
fn a_broken_dataset_is_listed_and_checked_beside_good_ones_which_still_open() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("share");
    let dir = datasets(&home);
    let good = minimal(&dir.join("good-one"));
    let bad = common::broken_dataset("meetings-impossible-date", &dir);
    std::fs::create_dir_all(dir.join("notes")).unwrap();
    std::fs::write(dir.join("notes/todo.txt"), "find sources\n").unwrap();

    let run = bilat_with_data_home(&["list"], tmp.path(), &home);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = stdout(&run);
    let lines: Vec<String> = out.lines().map(words).collect();
    assert_eq!(lines.len(), 7, "{out}");
    assert_eq!(
        lines[4],
        format!(
            "good-one Atlantis (ATL) – Lemuria (LEM) 2019–2023 6 3 2 4 data dir ({})",
            good.display()
        )
    );
    let bad_check = stdout(&bilat(&["check", bad.to_str().unwrap()], tmp.path()));
    let first_problem = bad_check.lines().next().unwrap();
    assert!(
        lines[5].starts_with(&format!(
            "meetings-impossible-date does not load: {}",
            words(first_problem)
        )),
        "{out}"
    );
    assert!(
        lines[6].starts_with(&format!(
            "notes does not load: {}: no such file, so this folder of the data dir is not a \
             dataset",
            dir.join("notes/dataset.toml").display()
        )),
        "{out}"
    );

    let run = bilat_with_data_home(&["check"], tmp.path(), &home);
    assert_eq!(run.status.code(), Some(1));
    let out = stdout(&run);
    for text in [
        "data/russia-china: ok: ".to_string(),
        "data/india-russia: ok: ".to_string(),
        "data/china-pakistan: ok: ".to_string(),
        // The fixture's trade table is in the old format: check says what it assumed.
        format!(
            "{}: ok (1 warning): 6 trade rows, 4 meetings",
            good.display()
        ),
        bad_check.clone(),
        format!("{}: 1 problem in 1 file\n", dir.join("notes").display()),
    ] {
        assert!(out.contains(&text), "no {text:?} in:\n{out}");
    }
    assert!(
        out.ends_with("\n6 datasets: 4 clean, 2 with problems\n"),
        "{out}"
    );

    // The good ones open by name, from anywhere, with every command.
    let run = bilat_with_data_home(&["brief", "--data", "good-one"], tmp.path(), &home);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).starts_with("Atlantis–Lemuria: bilateral brief"));
    let run = bilat_with_data_home(&["check", "good-one"], tmp.path(), &home);
    assert_eq!(
        stdout(&run),
        format!(
            "warning: {}/trade.csv: {OLD_FORMAT}\n\
             {}: ok (1 warning): 6 trade rows, 4 meetings, 2 exercises, 4 events, 4 cooperation months, 3 arms deals, 3 indicator rows, 2 sources\n",
            good.display(),
            good.display()
        )
    );
    let run = bilat_with_data_home(&["check", "--data", "notes"], tmp.path(), &home);
    assert_eq!(run.status.code(), Some(1));
}

#[test]
fn config_dirs_join_the_library_relative_to_the_config_file() {
    let tmp = tempfile::tempdir().unwrap();
    let conf = tmp.path().join("conf");
    minimal(&conf.join("sets/a"));
    minimal(&tmp.path().join("elsewhere/b"));
    minimal(&conf.join("c"));
    std::fs::write(
        conf.join("config.toml"),
        "[data]\ndir = \"c\"\ndirs = [\"sets/a\", \"../elsewhere/b\"]\n",
    )
    .unwrap();
    // Run from another folder: the paths follow the file, not the working folder.
    let cwd = tmp.path().join("work");
    std::fs::create_dir_all(&cwd).unwrap();
    let config = conf.join("config.toml");
    let config = config.to_str().unwrap();
    let run = bilat(&["--config", config, "list"], &cwd);
    assert!(run.status.success(), "{}", stderr(&run));
    let out = stdout(&run);
    let lines: Vec<String> = out.lines().skip(4).map(words).collect();
    let expected: Vec<String> = [("c", "c"), ("a", "sets/a"), ("b", "../elsewhere/b")]
        .iter()
        .map(|(name, path)| {
            let from = conf.join(path);
            format!(
                "{name} Atlantis (ATL) – Lemuria (LEM) 2019–2023 6 3 2 4 config ({})",
                from.display()
            )
        })
        .collect();
    assert_eq!(lines, expected, "{out}");
    let run = bilat(&["--config", config, "check"], &cwd);
    assert!(
        stdout(&run).ends_with("\n6 datasets: 6 clean, 0 with problems\n"),
        "{}",
        stdout(&run)
    );
    // Each opens by its name alone.
    for name in ["a", "b", "c"] {
        let run = bilat(&["--config", config, "--data", name, "brief"], &cwd);
        assert!(run.status.success(), "{name}: {}", stderr(&run));
    }
}

#[test]
fn data_is_repeatable_the_first_is_opened_and_one_folder_twice_is_one_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("share");
    let three = minimal(&datasets(&home).join("three"));
    minimal(&tmp.path().join("x/one"));
    minimal(&tmp.path().join("y/two"));
    let run = bilat_with_data_home(
        &[
            "--data",
            "x/one",
            "--data",
            "y/two",
            "--data",
            "./x/one",
            "--data",
            three.to_str().unwrap(),
            "--data",
            "india-russia",
            "list",
        ],
        tmp.path(),
        &home,
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let out = stdout(&run);
    let names: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "russia-china",
            "india-russia",
            "china-pakistan",
            "three",
            "one",
            "two"
        ],
        "{out}"
    );
    assert!(
        out.lines().nth(5).unwrap().ends_with("--data (x/one)"),
        "{out}"
    );

    let run = bilat_with_data_home(
        &["--data", "x/one", "--data", "y/two", "check"],
        tmp.path(),
        &home,
    );
    assert_eq!(
        stdout(&run),
        format!(
            "warning: x/one/trade.csv: {OLD_FORMAT}\n\
             x/one: ok (1 warning): 6 trade rows, 4 meetings, 2 exercises, 4 events, 4 cooperation months, 3 arms deals, 3 indicator rows, 2 sources\n\
             warning: y/two/trade.csv: {OLD_FORMAT}\n\
             y/two: ok (1 warning): 6 trade rows, 4 meetings, 2 exercises, 4 events, 4 cooperation months, 3 arms deals, 3 indicator rows, 2 sources\n\
             2 datasets: 2 clean, 0 with problems\n"
        )
    );

    let run = bilat_with_data_home(
        &["--data", "india-russia", "--data", "x/one", "brief"],
        tmp.path(),
        &home,
    );
    assert!(stdout(&run).starts_with("India–Russia: bilateral brief"));

    minimal(&tmp.path().join("y/one"));
    let run = bilat_with_data_home(
        &["--data", "x/one", "--data", "y/one", "brief"],
        tmp.path(),
        &home,
    );
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        stderr(&run),
        "bilat: two datasets are called \"one\": --data (x/one) and --data (y/one); rename one \
         folder\n"
    );
}
