//! The binary as a user runs it: commands, flags, configuration lookup and error exits.

use crate::common;

use common::{bilat, stderr, stdout};

#[test]
fn check_passes_on_the_bundled_data_from_any_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["check"], tmp.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).starts_with("data/russia-china: ok: "));
}

#[test]
fn brief_works_from_any_directory_in_each_format() {
    let tmp = tempfile::tempdir().unwrap();
    let text = bilat(&["brief"], tmp.path());
    assert!(text.status.success());
    assert!(stdout(&text).starts_with("Russia–China: bilateral brief"));
    let md = bilat(&["brief", "--format", "markdown"], tmp.path());
    assert!(stdout(&md).starts_with("# Russia–China: bilateral brief"));
    let json = bilat(
        &["brief", "--format", "json", "--since", "2020"],
        tmp.path(),
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(v["since"], 2020);
}

#[test]
fn no_command_prints_the_brief_when_not_on_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let plain = bilat(&[], tmp.path());
    assert!(plain.status.success());
    assert_eq!(stdout(&plain), stdout(&bilat(&["brief"], tmp.path())));
}

#[test]
fn data_flag_loads_another_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::fixtures().join("valid/minimal");
    let output = bilat(&["--data", dir.to_str().unwrap(), "brief"], tmp.path());
    assert!(stdout(&output).starts_with("Atlantis–Lemuria"));
}

#[test]
fn ascii_flag_gives_ascii() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["--ascii", "brief"], tmp.path());
    assert!(stdout(&output).is_ascii());
}

#[test]
fn a_broken_dataset_stops_brief_with_the_located_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::broken_dataset("trade-number-with-comma", tmp.path());
    let output = bilat(&["brief", "--data", dir.to_str().unwrap()], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(
        err.starts_with("bilat: the dataset has 1 problem:\n"),
        "{err}"
    );
    assert!(err.contains("trade.csv:4:3: value_usd_bn: expected a number, found \"1,234\""));
    assert!(!err.contains("panicked") && !err.contains("backtrace"));
}

#[test]
fn help_and_version_come_from_clap() {
    let tmp = tempfile::tempdir().unwrap();
    let help = stdout(&bilat(&["--help"], tmp.path()));
    for word in ["check", "brief", "--data", "--config", "--ascii"] {
        assert!(help.contains(word), "{word} missing from help:\n{help}");
    }
    let version = stdout(&bilat(&["--version"], tmp.path()));
    assert_eq!(
        version.trim(),
        format!("bilat {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn config_is_looked_up_flag_then_env_then_xdg() {
    let tmp = tempfile::tempdir().unwrap();
    let minimal = common::fixtures().join("valid/minimal");
    let write = |path: &std::path::Path, events: u8| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            path,
            format!(
                "[data]\ndir = {:?}\n[brief]\nevents = {events}\n",
                minimal.display()
            ),
        )
        .unwrap();
    };
    let xdg = tmp.path().join("xdg");
    write(&xdg.join("bilat/config.toml"), 1);
    let env_file = tmp.path().join("env.toml");
    write(&env_file, 2);
    let flag_file = tmp.path().join("flag.toml");
    write(&flag_file, 3);
    let events = |cmd: &mut std::process::Command| {
        let out = cmd.output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            v["title"], "Atlantis–Lemuria",
            "the config's data.dir is used"
        );
        v["latest_events"].as_array().unwrap().len()
    };
    let base = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_bilat"));
        c.args(["brief", "--format", "json"])
            .env("XDG_CONFIG_HOME", &xdg)
            .env("XDG_DATA_HOME", &xdg)
            .env_remove("BILAT_CONFIG");
        c
    };
    assert_eq!(events(&mut base()), 1);
    assert_eq!(events(base().env("BILAT_CONFIG", &env_file)), 2);
    assert_eq!(
        events(
            base()
                .env("BILAT_CONFIG", &env_file)
                .args(["--config", flag_file.to_str().unwrap()])
        ),
        3
    );
}

#[test]
fn a_bad_config_names_file_line_and_key_and_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("bad.toml");
    let text = "[data]\ndir = \"\"\n[brief]\nevents = true\n";
    std::fs::write(&file, text).unwrap();
    let output = bilat(&["--config", file.to_str().unwrap(), "brief"], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "bilat: {}:4:10: brief.events: invalid type: boolean `true`, expected i64\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn a_missing_config_file_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["--config", "nope.toml", "brief"], tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "bilat: nope.toml: no such file\n");
}

#[test]
fn render_prints_the_dashboard_as_plain_text() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["render", "--size", "80x24", "--footer"], tmp.path());
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        !text.contains('\x1b'),
        "no escape sequences without --color"
    );
    assert_eq!(text.lines().count(), 24);
    // The same drawing code as the dashboard: the same screen as the 80x24 snapshot.
    let snapshot = include_str!("../tui/snapshots/tui__panes__four_panes_at_80x24.snap");
    let screen: Vec<&str> = snapshot
        .splitn(3, "---\n")
        .nth(2)
        .unwrap()
        .lines()
        .collect();
    let rendered: Vec<&str> = text.lines().collect();
    for (got, want) in rendered.iter().zip(&screen) {
        assert_eq!(*got, want.trim_end());
    }
}

#[test]
fn render_leaves_out_the_key_hints_but_keeps_the_size() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["render", "--size", "80x24"], tmp.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 24);
    assert!(!text.contains("q quit"), "no key hints:\n{text}");
    let last = text.lines().last().unwrap();
    assert!(last.starts_with('└'), "the panes end the text:\n{text}");
}

#[test]
fn render_without_a_terminal_or_a_size_draws_120x40() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["render"], tmp.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 40);
    assert!(text.lines().all(|l| l.chars().count() <= 120));
    assert!(text.lines().any(|l| l.chars().count() == 120));
}

#[test]
fn render_one_pane_in_ascii_with_colour() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(
        &[
            "render", "--size", "100x30", "--pane", "timeline", "--ascii", "--color",
        ],
        tmp.path(),
    );
    let text = stdout(&output);
    assert!(text.contains("\x1b["), "colours as SGR sequences");
    assert!(text.contains("4 Timeline") && !text.contains("1 Trade"));
    let without_sgr: String = text
        .split('\x1b')
        .map(|p| p.split_once('m').map_or(p, |(_, r)| r))
        .collect();
    assert!(without_sgr.is_ascii());
}

/// A malformed or too small `--size` is a usage error, as any mistyped flag is: exit 2 and
/// the smallest size named.
#[test]
fn render_rejects_a_bad_size_as_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for (size, says) in [
        ("big", "expected WIDTHxHEIGHT, such as 120x40, from 80x24"),
        ("0x0", "the dashboard's smallest size is 80x24"),
        ("79x24", "the dashboard's smallest size is 80x24"),
        ("80xtall", "\"tall\" is not a whole number"),
        ("1001x40", "the largest size drawn is 1000x1000"),
    ] {
        let output = bilat(&["render", "--size", size], tmp.path());
        assert_eq!(output.status.code(), Some(2), "{size}");
        let err = stderr(&output);
        assert!(
            err.contains("invalid value") && err.contains(says),
            "{size}: {err}"
        );
        assert!(!err.contains("1x1"), "{err}");
    }
    let output = bilat(&["render", "--size", "80x24"], tmp.path());
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn one_shot_commands_do_not_offer_the_dashboards_flags() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["brief", "export", "render", "check"] {
        let help = common::stdout(&common::bilat(&[command, "--help"], tmp.path()));
        assert!(
            !help.contains("--no-mouse") && !help.contains("--no-watch"),
            "{command}: {help}"
        );
    }
    let help = common::stdout(&common::bilat(&["--help"], tmp.path()));
    assert!(
        help.contains("--no-mouse") && help.contains("--no-watch"),
        "{help}"
    );
}

/// The README and the guide show the dashboard as `bilat render --size 80x24 --footer` draws
/// it: the screen a new reader sees first must be the one the binary draws.
#[test]
fn the_readme_screen_is_what_render_draws() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bilat(&["render", "--size", "80x24", "--footer"], tmp.path());
    assert!(output.status.success());
    for (file, text) in [
        ("README.md", include_str!("../../README.md")),
        ("docs/guide.md", include_str!("../../docs/guide.md")),
    ] {
        let section = &text[text.find("## The dashboard").expect(file)..];
        let start = section.find("```\n").unwrap() + 4;
        let end = start + section[start..].find("```\n").unwrap();
        assert_eq!(&section[start..end], stdout(&output), "{file}");
    }
}

/// Each command's help lists the dataset flags only if it takes them.
#[test]
fn each_commands_help_lists_only_the_flags_it_takes() {
    let tmp = tempfile::tempdir().unwrap();
    let takes = [
        ("check", ["--data", "--config"].as_slice()),
        ("list", &["--data", "--config", "--ascii"]),
        ("render", &["--data", "--config", "--ascii"]),
        ("brief", &["--data", "--config", "--ascii"]),
        ("export", &["--data", "--config"]),
        ("new", &[]),
        ("completions", &[]),
        ("man", &[]),
        ("import", &[]),
    ];
    for (command, flags) in takes {
        let help = stdout(&bilat(&[command, "--help"], tmp.path()));
        for flag in ["--data", "--config", "--ascii"] {
            let listed =
                help.contains(&format!("  {flag} ")) || help.contains(&format!("  {flag}\n"));
            assert_eq!(listed, flags.contains(&flag), "{command} {flag}:\n{help}");
        }
    }
    // --data's short help is one line; the long one says the rest.
    let short = stdout(&bilat(&["brief", "-h"], tmp.path()));
    let line = short.lines().find(|l| l.contains("--data")).unwrap();
    assert!(line.ends_with("(may be given more than once)"), "{short}");
    let long = stdout(&bilat(&["brief", "--help"], tmp.path()));
    assert!(long.contains("bundled: russia-china"), "{long}");
}

/// The dataset flags work before the command's name and after it; given to a command that
/// takes none, either way, they are a usage error.
#[test]
fn dataset_flags_work_before_or_after_the_command_and_nowhere_else() {
    let tmp = tempfile::tempdir().unwrap();
    let heading = |args: &[&str]| {
        let output = bilat(args, tmp.path());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        stdout(&output).lines().next().unwrap().to_string()
    };
    let before = heading(&["--data", "india-russia", "brief", "--ascii"]);
    assert!(
        before.starts_with("India-Russia: bilateral brief"),
        "{before}"
    );
    assert_eq!(
        before,
        heading(&["brief", "--data", "india-russia", "--ascii"])
    );
    assert_eq!(
        before,
        heading(&["--ascii", "brief", "--data", "india-russia"])
    );
    for args in [
        &["man", "--data", "x"][..],
        &["--data", "x", "man"],
        &["--config", "x.toml", "completions", "bash"],
        &["--ascii", "export", "--format", "json", "--out", "-"],
        &["new", "x", "--pair", "A:AAA,B:BBB", "--ascii"],
    ] {
        let output = bilat(args, tmp.path());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    assert!(!tmp.path().join("x").exists());
}

/// `bilat man` as `man -l` reads it: every section a reader looks for, the synopsis with
/// each command's arguments, import's sources with their own flags.
#[test]
fn the_man_page_has_synopsis_environment_exit_status_and_examples() {
    let tmp = tempfile::tempdir().unwrap();
    let page = stdout(&bilat(&["man"], tmp.path()));
    for section in [
        ".SH SYNOPSIS",
        ".SH COMMANDS",
        ".SH \"PLAIN MODE\"",
        ".SH ENVIRONMENT",
        ".SH \"EXIT STATUS\"",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(section), "{section}");
    }
    for words in [
        "bilat render\\fR \\fI[\\-\\-size WxH]",
        "bilat import sipri\\fR \\fIFILE... \\-\\-into DIR",
        "bilat import imf\\fR",
        "\\-\\-soviet\\-union\\-as\\-russia",
        "BILAT_CONFIG",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "NO_COLOR",
        "LC_CTYPE",
    ] {
        assert!(page.contains(words), "{words}");
    }
    assert!(!page.contains("XDG_CACHE_HOME"));
    assert!(!page.contains("would only mislead"));
}
