//! Where the headline series' latest figure is older than another series' newest, every
//! briefing names the newer one beside it: the brief, the compared brief, and the HTML and
//! Markdown pages, single and compared.

use crate::common;

use std::path::{Path, PathBuf};

use common::{bilat, stderr, stdout};

/// China–Pakistan with China's customs (latest 2021) as the headline: the State Bank's
/// FY2024-25 is newer.
fn older_headline(tmp: &Path) -> PathBuf {
    let dir = tmp.join("cp");
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/china-pakistan"),
        &dir,
    );
    let manifest = std::fs::read_to_string(dir.join("dataset.toml")).unwrap();
    let manifest = manifest.replace("headline = true\n", "").replacen(
        "id = \"chn-customs\"\n",
        "id = \"chn-customs\"\nheadline = true\n",
        1,
    );
    std::fs::write(dir.join("dataset.toml"), manifest).unwrap();
    dir
}

fn run(args: &[&str], cwd: &Path) -> String {
    let output = bilat(args, cwd);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const NEWER: &str = "USD 18.78 bn (derived) in FY2024-25 (Jul–Jun), Pakistan, State Bank";

#[test]
fn every_briefing_names_the_newer_figure_of_another_series() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = older_headline(tmp.path());
    let dir = dir.to_str().unwrap();
    let brief = words(&run(&["brief", "--data", dir], tmp.path()));
    assert!(brief.contains("USD 27.82 bn in 2021"), "{brief}");
    assert!(brief.contains(&format!("Newer {NEWER}")), "{brief}");
    // The compared brief called 2021 the latest figure and said no more.
    let compared = words(&run(
        &["brief", "--compare", "russia-china", dir],
        tmp.path(),
    ));
    assert!(compared.contains(&format!("newer: {NEWER}")), "{compared}");
    for format in ["md", "html"] {
        let out = tmp.path().join(format!("single.{format}"));
        let out = out.to_str().unwrap();
        run(
            &["export", "--data", dir, "--format", format, "--out", out],
            tmp.path(),
        );
        let page = std::fs::read_to_string(out).unwrap();
        assert!(
            page.contains("Newer figure") && page.contains(NEWER),
            "{page}"
        );
        let out = tmp.path().join(format!("compare.{format}"));
        let out = out.to_str().unwrap();
        let args = [
            "export",
            "--compare",
            "russia-china",
            dir,
            "--format",
            format,
            "--out",
            out,
        ];
        run(&args, tmp.path());
        let page = std::fs::read_to_string(out).unwrap();
        assert!(page.contains(NEWER), "{page}");
        // Russia–China's latest is its newest: said so, not "none recorded".
        assert!(
            page.contains("none: the latest figure is the newest"),
            "{page}"
        );
    }
}
