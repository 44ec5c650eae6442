//! `bilat man`: the manual page, in roff. clap_mangen writes the title, name, synopsis,
//! description and global options from the command line's definition; the commands with
//! their own options, the dashboard's keys and the dataset format are added from the same
//! tables the program reads ([`crate::cli`], [`key_table`], [`TABLES`]), so the page cannot
//! drift from them.

use clap::{Arg, CommandFactory};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::data::{MANIFEST_FILE, TABLES};
use crate::tui::input::action::{HELP_SCOPES, key_table};
use crate::tui::input::keys::KeyMap;

/// The manual page, section 1.
pub fn page() -> String {
    let command = Cli::command();
    let man = Man::new(command.clone());
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    let mut roff = Roff::new();
    render_commands(&mut roff, &command);
    render_keys(&mut roff);
    render_dataset_format(&mut roff);
    let _ = roff.to_writer(&mut out);
    let _ = man.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// COMMANDS: each subcommand, what it does and its own arguments (the global options are
/// under OPTIONS).
fn render_commands(roff: &mut Roff, command: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Without a command, bilat opens the dashboard on the first --data, or on the \
         default dataset; when its output is not a terminal, it prints the briefing instead.",
    )]);
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut usage = vec![bold(format!("bilat {}", sub.get_name()))];
        for arg in sub.get_positionals() {
            let name = arg.get_id().as_str().to_uppercase();
            usage.push(roman(" "));
            usage.push(italic(if arg.is_required_set() {
                name
            } else {
                format!("[{name}]")
            }));
        }
        roff.control("SS", []);
        roff.text(usage);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg.get_id() == "help" {
                continue;
            }
            roff.control("TP", []);
            roff.text(arg_heading(arg));
            roff.text([roman(arg_help(arg))]);
        }
    }
}

/// `--format FORMAT`, or a positional's name.
fn arg_heading(arg: &Arg) -> Vec<clap_mangen::roff::Inline> {
    let Some(long) = arg.get_long() else {
        return vec![italic(arg.get_id().as_str().to_uppercase())];
    };
    let mut heading = vec![bold(format!("--{long}"))];
    if takes_value(arg) {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| n.to_string()).collect(),
            None => vec![arg.get_id().as_str().to_uppercase()],
        };
        for name in names {
            heading.push(roman(" "));
            heading.push(italic(name));
        }
    }
    heading
}

/// Whether the argument is given a value (`--format json`), not a switch (`--force`).
pub(crate) fn takes_value(arg: &Arg) -> bool {
    !matches!(
        arg.get_action(),
        clap::ArgAction::SetTrue | clap::ArgAction::SetFalse | clap::ArgAction::Count
    )
}

/// The argument's help, with its values and default when it has them.
pub(crate) fn arg_help(arg: &Arg) -> String {
    let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    if !help.is_empty() && !help.ends_with('.') {
        help.push('.');
    }
    if !takes_value(arg) {
        return help;
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() {
        help.push_str(&format!(" One of: {}.", values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        help.push_str(&format!(" Default: {}.", defaults.join(" ")));
    }
    help
}

/// KEYS: the dashboard's default keys, grouped as its help overlay groups them.
fn render_keys(roff: &mut Roff) {
    let panes = crate::tui::panes::registry().keys();
    let keys = KeyMap::default()
        .for_panes(&panes)
        .unwrap_or_else(|_| unreachable!("defaults are valid"));
    let table = key_table(&panes);
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "The dashboard's default keys. The [keys] section of the configuration file \
         rebinds them by the action's name, shown in parentheses.",
    )]);
    for scope in HELP_SCOPES {
        roff.control("SS", [scope.heading()]);
        for info in table.iter().filter(|a| a.scope == scope) {
            roff.control("TP", []);
            roff.text([bold(keys.describe(info.action))]);
            roff.text([roman(format!("{} ({}).", info.help, info.name))]);
        }
    }
}

/// DATASET FORMAT: the manifest and the tables a dataset folder holds.
fn render_dataset_format(roff: &mut Roff) {
    roff.control("SH", ["DATASET FORMAT"]);
    roff.text([roman(format!(
        "A dataset is a folder holding {MANIFEST_FILE} and CSV tables with a header row. \
         bilat new DIR writes a commented one to start from; bilat check DIR lists every \
         problem with its file, line and column."
    ))]);
    roff.control("TP", []);
    roff.text([bold(MANIFEST_FILE)]);
    roff.text([roman(
        "The manifest (TOML). Required: title, description, as_of (YYYY-MM-DD or \
         YYYY-MM, when the figures were last checked), two [[countries]] (name, and code \
         in ISO 3166-1 alpha-3) and [units] (trade, personnel). Optional: \
         event_categories, exercise_domains and size_bases (words added to the defaults), \
         [[trade_series]] (who reports trade; the two countries' customs by default) and \
         [[sources]] (id, publisher, title, year, url) that rows cite by id.",
    )]);
    for table in &TABLES {
        roff.control("TP", []);
        let presence = if table.is_required() {
            "required"
        } else {
            "optional"
        };
        roff.text([bold(table.file), roman(format!(" ({presence})"))]);
        let mut about = format!("Columns: {}.", table.columns.names.join(", "));
        if !table.columns.optional.is_empty() {
            let optional = table.columns.optional.join(", ");
            about.push_str(&format!(" A file may leave out {optional}."));
        }
        if !table.is_required() {
            about.push_str(" A folder without this file loads; bilat says the table is absent.");
        }
        roff.text([roman(about)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_and_table_is_on_the_page() {
        let page = page();
        for info in key_table(&crate::tui::panes::registry().keys()) {
            assert!(page.contains(&format!("({})", info.name)), "{}", info.name);
        }
        for table in &TABLES {
            assert!(page.contains(table.file), "{}", table.file);
        }
    }
}
