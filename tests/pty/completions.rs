//! `bilat completions` and `bilat man` as a user meets them: the bash script sourced in a
//! real bash and asked for completions the way bash asks when Tab is pressed, and the man
//! page's roff. zsh is checked by `.ci/check-zsh-completions.sh`, which installs zsh.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{bilat, stderr, stdout};

/// What bash offers for `line` (the words typed so far, the last one being completed, ""
/// for a Tab after a space), with the built binary first on the PATH as `bilat`, run in
/// `cwd` with no user configuration or datasets.
fn bash_offers(words: &[&str], cwd: &Path) -> Vec<String> {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_bilat")).parent().unwrap();
    let script = stdout(&bilat(&["completions", "bash"], cwd));
    let script_file = cwd.join("bilat.bash");
    std::fs::write(&script_file, script).unwrap();
    // COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT as bash sets them, then the function
    // `complete -p bilat` names, called with the command, the word and the word before.
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let driver = format!(
        r#"
source "$1"
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
spec="$(complete -p bilat)" || exit 3
function="${{spec#*-F }}"
function="${{function%% *}}"
"$function" bilat "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#,
        words = quoted.join(" ")
    );
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &driver, "driver"])
        .arg(&script_file)
        .current_dir(cwd)
        .env("PATH", path)
        .env_remove("BILAT_CONFIG")
        .env("XDG_CONFIG_HOME", cwd.join("no-config-here"))
        .env("XDG_DATA_HOME", cwd.join("no-data-here"))
        .env("HOME", cwd)
        .output()
        .unwrap_or_else(|err| {
            panic!("these tests need bash on the PATH to source the completion script: {err}")
        });
    assert!(run.status.success(), "bash failed: {}", stderr(&run));
    stdout(&run).lines().map(str::to_string).collect()
}

#[test]
fn bash_completes_subcommands_flags_and_values() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(bash_offers(&["bilat", "ch"], tmp.path()), ["check"]);
    assert_eq!(
        bash_offers(&["bilat", "brief", "--format", ""], tmp.path()),
        ["text", "markdown", "json"]
    );
    assert_eq!(
        bash_offers(&["bilat", "render", "--pa"], tmp.path()),
        ["--pane"]
    );
    assert_eq!(
        bash_offers(&["bilat", "render", "--pane", "t"], tmp.path()),
        ["trade", "timeline"]
    );
    let shells = bash_offers(&["bilat", "completions", ""], tmp.path());
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert!(shells.iter().any(|s| s == shell), "{shell} in {shells:?}");
    }
}

#[test]
fn bash_completes_dataset_names_and_folders() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("my-pair")).unwrap();
    let both = ["russia-china", "india-russia", "my-pair"];
    for words in [
        &["bilat", "--data", ""][..],
        &["bilat", "check", ""],
        &["bilat", "--compare", ""],
        &["bilat", "--compare", "russia-china", ""],
        &["bilat", "brief", "--compare", "india-russia", ""],
        &["bilat", "--data", "russia-china", "check", ""],
    ] {
        let offered = bash_offers(words, tmp.path());
        for name in both {
            assert!(
                offered.iter().any(|o| o == name),
                "{name} for {words:?}: {offered:?}"
            );
        }
    }
    assert_eq!(
        bash_offers(&["bilat", "--data", "ind"], tmp.path()),
        ["india-russia"]
    );
    // Not where a dataset does not go: a shell name, or check's second word.
    let shells = bash_offers(&["bilat", "completions", ""], tmp.path());
    assert!(!shells.iter().any(|s| s == "russia-china"), "{shells:?}");
    let after = bash_offers(&["bilat", "check", "india-russia", "r"], tmp.path());
    assert!(!after.iter().any(|s| s == "russia-china"), "{after:?}");
}

#[test]
fn bash_completes_every_value_of_compare_up_to_four() {
    let tmp = tempfile::tempdir().unwrap();
    let names = ["russia-china", "india-russia", "china-pakistan"];
    // The third and fourth values, wherever --compare is.
    for words in [
        &["bilat", "--compare", "russia-china", "india-russia", ""][..],
        &["bilat", "brief", "--compare", "a", "b", ""],
        &["bilat", "export", "--compare", "a", "b", "c", ""],
        &["bilat", "render", "--compare", "a", "b", "c", ""],
    ] {
        let offered = bash_offers(words, tmp.path());
        for name in names {
            assert!(
                offered.iter().any(|o| o == name),
                "{name} for {words:?}: {offered:?}"
            );
        }
    }
    // After the fourth, or a flag past the second, the command's own words again.
    let past = bash_offers(
        &["bilat", "brief", "--compare", "a", "b", "c", "d", "--fo"],
        tmp.path(),
    );
    assert_eq!(past, ["--format"]);
    let flag = bash_offers(
        &["bilat", "brief", "--compare", "a", "b", "--fo"],
        tmp.path(),
    );
    assert_eq!(flag, ["--format"]);
    let format = bash_offers(
        &[
            "bilat",
            "export",
            "--compare",
            "a",
            "b",
            "c",
            "--format",
            "",
        ],
        tmp.path(),
    );
    assert_eq!(format, ["json", "html", "md"]);
}

#[test]
fn list_names_prints_one_name_a_line() {
    let tmp = tempfile::tempdir().unwrap();
    let run = bilat(&["list", "--names"], tmp.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(stdout(&run), "russia-china\nindia-russia\nchina-pakistan\n");
}

#[test]
fn every_shell_gets_a_script_and_an_unknown_one_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let run = bilat(&["completions", shell], tmp.path());
        assert!(run.status.success(), "{shell}: {}", stderr(&run));
        assert!(stdout(&run).contains("completions"), "{shell}");
    }
    let run = bilat(&["completions", "nosuch"], tmp.path());
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("invalid value 'nosuch'"),
        "{}",
        stderr(&run)
    );
    assert_eq!(stdout(&run), "");
}

#[test]
fn the_man_page_has_its_sections_keys_and_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let run = bilat(&["man"], tmp.path());
    assert!(run.status.success(), "{}", stderr(&run));
    let page = stdout(&run);
    let title = page.lines().find(|l| l.starts_with(".TH "));
    assert!(
        title.is_some_and(|t| t.starts_with(".TH bilat 1 ")),
        "{title:?}"
    );
    let sections: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .collect();
    assert_eq!(
        sections,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "\"PLAIN MODE\"",
            "KEYS",
            "\"DATASET FORMAT\"",
            "ENVIRONMENT",
            "\"EXIT STATUS\"",
            "EXAMPLES",
            "VERSION"
        ]
    );
    for expected in [
        r"j, down",
        r"q, ctrl\-c",
        "(half_page_down)",
        r"\fBbilat brief\fR",
        r"One of: text, markdown, json.",
        r"\fBtrade.csv\fR (optional)",
        r"\fBmeetings.csv\fR (optional)",
        r"\fBevents.csv\fR (optional)",
        "[[countries]]",
    ] {
        assert!(page.contains(expected), "{expected:?} not in\n{page}");
    }
}

#[test]
fn man_and_completions_work_with_a_broken_configuration() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("no-config-here/bilat");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "not = [toml").unwrap();
    assert_eq!(bilat(&["list"], tmp.path()).status.code(), Some(1));
    for args in [&["man"][..], &["completions", "zsh"]] {
        let run = bilat(args, tmp.path());
        assert!(run.status.success(), "{args:?}: {}", stderr(&run));
    }
}
