//! docs/commands.md's reference is what the command line's definition says: the same help
//! `--help` and the man page print.

use bilat::cli::reference::{BEGIN, END, markdown};

use crate::common;

#[test]
fn the_command_reference_is_written_from_the_command_line() {
    let path = common::repo().join("docs/commands.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find(BEGIN)
        .expect("docs/commands.md holds the reference's first line");
    let end = text
        .find(END)
        .expect("docs/commands.md holds the reference's last line");
    let block = &text[start + BEGIN.len()..end];
    let want = format!("\n\n{}\n", markdown());
    if block != want && std::env::var_os("BILAT_BLESS").is_some() {
        let rewritten = format!("{}{BEGIN}{want}{}", &text[..start], &text[end..]);
        std::fs::write(&path, rewritten).unwrap();
        return;
    }
    assert_eq!(
        block, want,
        "docs/commands.md's reference differs from the command line's help; \
         BILAT_BLESS=1 cargo test --test outputs reference rewrites it"
    );
}

#[test]
fn every_command_and_option_is_in_the_reference() {
    let reference = markdown();
    for needle in [
        "### `bilat check [DIR]`",
        "### `bilat import sipri",
        "- `--soviet-union-as-russia`",
        "- `--data DIR|NAME`",
        "- `--no-mouse`",
    ] {
        assert!(reference.contains(needle), "{needle} missing:\n{reference}");
    }
    // The help strings are clap's: the man page shows the same words.
    let man = bilat::cli::manual::page();
    assert!(man.contains("Validate datasets and list every problem"));
    assert!(reference.contains("Validate datasets and list every problem"));
}
