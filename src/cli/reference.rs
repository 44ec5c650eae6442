//! The command reference in docs/commands.md, written from the command line's definition:
//! every command, its arguments and their help, the same strings `--help` and the man page
//! show. A test compares the file with [`markdown`], so the three cannot drift;
//! `BILAT_BLESS=1 cargo test --test outputs reference` rewrites the block after a change.

use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;
use crate::cli::manual::{arg_help, takes_value, value_names, value_words};

/// The lines that fence the generated block in docs/commands.md.
pub const BEGIN: &str = "<!-- The reference below is written by `bilat`'s command-line definition (src/cli); edit the help there. -->";
pub const END: &str = "<!-- End of the generated reference. -->";

/// The reference, as Markdown: the dashboard's options, then each command (and each import
/// source) with its own arguments.
pub fn markdown() -> String {
    let cli = Cli::command();
    let mut out = String::from("## Reference\n\n");
    out.push_str(
        "`--data`, `--config` and `--ascii` may come before the command's name or after it, \
         for the commands that list them.\n",
    );
    out.push_str("\n### Options of the dashboard (`bilat` with no command)\n\n");
    for arg in cli.get_arguments() {
        push_arg(&mut out, arg);
    }
    for sub in visible(&cli) {
        push_command(&mut out, sub, "bilat");
    }
    out
}

fn visible(command: &Command) -> impl Iterator<Item = &Command> {
    command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

fn push_command(out: &mut String, command: &Command, parent: &str) {
    let path = format!("{parent} {}", command.get_name());
    let mut usage = path.clone();
    for arg in command.get_positionals() {
        let name = value_names(arg).join(" ");
        usage.push(' ');
        usage.push_str(&if arg.is_required_set() {
            name
        } else {
            format!("[{name}]")
        });
    }
    if command.has_subcommands() {
        usage.push_str(" SOURCE");
    }
    out.push_str(&format!("\n### `{usage}`\n\n"));
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        out.push_str(&format!("{}\n", one_line(&about.to_string())));
    }
    let own: Vec<&Arg> = command
        .get_arguments()
        .filter(|a| !a.is_hide_set() && a.get_id() != "help")
        .collect();
    if !own.is_empty() {
        out.push('\n');
    }
    for arg in own {
        push_arg(out, arg);
    }
    for sub in visible(command) {
        push_command(out, sub, &path);
    }
}

fn push_arg(out: &mut String, arg: &Arg) {
    if matches!(arg.get_id().as_str(), "help" | "version") {
        return;
    }
    out.push_str(&format!(
        "- `{}`: {}\n",
        heading(arg),
        one_line(&arg_help(arg))
    ));
}

/// `--format FORMAT`, or a positional's name.
fn heading(arg: &Arg) -> String {
    let Some(long) = arg.get_long() else {
        return value_names(arg).join(" ");
    };
    if takes_value(arg) {
        format!("--{long} {}", value_words(arg))
    } else {
        format!("--{long}")
    }
}

/// Help written over several source lines, as one Markdown line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
