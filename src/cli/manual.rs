//! `bilat man`: the manual page, in roff. clap_mangen writes the title, name, description
//! and the dashboard's options from the command line's definition; the synopsis, every
//! command (import's sources too) with its own options, the dashboard's keys and the dataset
//! format are added from the same tables the program reads ([`crate::cli`], [`key_table`],
//! [`TABLES`]), so the page cannot drift from them. The plain mode, the environment, the
//! exit statuses and the examples are prose, in [`super::manual_prose`].

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
    let mut synopsis = Roff::new();
    render_synopsis(&mut synopsis, &command);
    let _ = synopsis.to_writer(&mut out);
    let _ = man.render_description_section(&mut out);
    let mut options = Vec::new();
    let _ = man.render_options_section(&mut options);
    out.extend(optional_values(&String::from_utf8_lossy(&options), &command).into_bytes());
    let mut roff = Roff::new();
    render_commands(&mut roff, &command);
    super::manual_prose::render_plain_mode(&mut roff);
    render_keys(&mut roff);
    render_dataset_format(&mut roff);
    super::manual_prose::render_environment(&mut roff);
    super::manual_prose::render_exit_status(&mut roff);
    super::manual_prose::render_examples(&mut roff);
    let _ = roff.to_writer(&mut out);
    let _ = man.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// clap_mangen's OPTIONS with each optional value in brackets: it writes every value name
/// as if each were required (`<A> <B> <C> <D>` for `--compare`, which takes two to four).
fn optional_values(section: &str, command: &clap::Command) -> String {
    let mut section = section.to_string();
    for arg in command.get_arguments() {
        let names = value_names(arg);
        let least = arg.get_num_args().map_or(names.len(), |r| r.min_values());
        if !takes_value(arg) || least >= names.len() {
            continue;
        }
        let italic = |text: String| format!("\\fI{text}\\fR");
        let written: Vec<String> = names.iter().map(|n| italic(format!("<{n}>"))).collect();
        let written = written.join(&italic(" ".to_string()));
        let (required, optional) = names.split_at(least);
        let mut ours: Vec<String> = required.iter().map(|n| italic(format!("<{n}>"))).collect();
        let nested: Vec<String> = optional.iter().map(|n| format!("[<{n}>")).collect();
        ours.push(italic(format!(
            "{}{}",
            nested.join(" "),
            "]".repeat(optional.len())
        )));
        section = section.replace(&written, &ours.join(&italic(" ".to_string())));
    }
    section
}

/// SYNOPSIS: the dashboard's line, then each command's (import's sources one by one), with
/// its arguments.
fn render_synopsis(roff: &mut Roff, command: &clap::Command) {
    roff.control("SH", ["SYNOPSIS"]);
    let mut lines = vec![vec![
        bold("bilat"),
        roman(" "),
        italic(
            "[--data DIR|NAME]... [--config FILE] [--ascii] [--no-mouse] [--no-watch] [--plain] [--compare A B [C [D]]]",
        ),
    ]];
    each_command(command, "bilat", &mut |path, sub| {
        lines.push(usage(path, sub))
    });
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            roff.control("br", []);
        }
        roff.text(line);
    }
}

/// Calls `visit` with each command that runs (a leaf: `import`'s sources, not `import`),
/// and the words typed before its name.
fn each_command(command: &clap::Command, path: &str, visit: &mut dyn FnMut(&str, &clap::Command)) {
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        if sub.has_subcommands() {
            each_command(sub, &format!("{path} {}", sub.get_name()), visit);
        } else {
            visit(path, sub);
        }
    }
}

/// `bilat import sipri FILE... --into DIR [--pair ...]`: the command, its positionals, then
/// its required options and, in brackets, the rest.
fn usage(path: &str, command: &clap::Command) -> Vec<clap_mangen::roff::Inline> {
    let mut line = vec![bold(format!("{path} {}", command.get_name()))];
    let mut words = Vec::new();
    for arg in command
        .get_arguments()
        .filter(|a| !a.is_hide_set() && a.get_id() != "help")
    {
        let mut word = match arg.get_long() {
            Some(long) if takes_value(arg) => format!("--{long} {}", value_words(arg)),
            Some(long) => format!("--{long}"),
            None => value_names(arg).join(" "),
        };
        if arg.is_positional() && matches!(arg.get_action(), clap::ArgAction::Append) {
            word.push_str("...");
        }
        words.push(if arg.is_required_set() {
            word
        } else {
            format!("[{word}]")
        });
    }
    if !words.is_empty() {
        line.push(roman(" "));
        line.push(italic(words.join(" ")));
    }
    line
}

/// The names an argument's values go by (`A B C D` for `--compare`), or its id in capitals.
pub(crate) fn value_names(arg: &Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// The argument's values as a usage line writes them: the names, those past the fewest it
/// takes in nested brackets (`A B [C [D]]` for `--compare`).
pub(crate) fn value_words(arg: &Arg) -> String {
    let names = value_names(arg);
    let least = arg
        .get_num_args()
        .map_or(names.len(), |range| range.min_values())
        .clamp(1, names.len().max(1));
    let (required, optional) = names.split_at(least.min(names.len()));
    let mut words = required.join(" ");
    for name in optional {
        words.push_str(&format!(" [{name}"));
    }
    words.push_str(&"]".repeat(optional.len()));
    words
}

/// COMMANDS: each command that runs (each of import's sources under its own heading), what
/// it does and every argument it takes.
fn render_commands(roff: &mut Roff, command: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Without a command, bilat opens the dashboard on the first --data, or on the \
         default dataset; when its output is not a terminal, it prints the briefing instead. \
         --data and --config go with the commands that read datasets, and --ascii with those \
         that draw; each may come before the command's name or after it.",
    )]);
    if let Some(import) = command
        .find_subcommand("import")
        .and_then(|c| c.get_about())
    {
        roff.control("PP", []);
        roff.text([bold("bilat import"), roman(format!(": {import}"))]);
    }
    each_command(command, "bilat", &mut |path, sub| {
        roff.control("SS", []);
        roff.text(usage(path, sub));
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
    });
}

/// `--format FORMAT`, or a positional's name.
fn arg_heading(arg: &Arg) -> Vec<clap_mangen::roff::Inline> {
    let Some(long) = arg.get_long() else {
        return vec![italic(arg.get_id().as_str().to_uppercase())];
    };
    let mut heading = vec![bold(format!("--{long}"))];
    if takes_value(arg) {
        heading.push(roman(" "));
        heading.push(italic(value_words(arg)));
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
    let help = arg.get_long_help().or(arg.get_help());
    let mut help = help.map(|h| h.to_string()).unwrap_or_default();
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
    let registry = crate::tui::panes::registry();
    let panes = registry.keys();
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
        roff.control("SS", [registry.heading(scope).as_str()]);
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
    fn every_import_source_has_its_heading_and_flags() {
        let page = page();
        for source in ["comtrade", "imf", "gdelt", "gdelt-monthly", "sipri"] {
            let heading = format!("bilat import {}", source.replace('-', "\\-"));
            assert!(page.contains(&heading), "{heading}");
        }
        for flag in [
            "imf\\-code",
            "soviet\\-union\\-as\\-russia",
            "print\\-sql",
            "into",
        ] {
            assert!(page.contains(flag), "{flag}");
        }
    }

    #[test]
    fn compare_takes_two_values_and_two_more_at_will() {
        let page = page();
        // The synopsis (the dashboard's line, render's, brief's and export's), and the
        // three commands' headings.
        assert_eq!(
            page.matches(r"[\-\-compare A B [C [D]]]").count(),
            7,
            "{page}"
        );
        assert!(page.contains(r"\fB\-\-compare\fR \fIA B [C [D]]\fR"));
        // clap_mangen's options of the dashboard, with the optional values in brackets.
        assert!(
            page.contains(r"\fI<B>\fR\fI \fR\fI[<C> [<D>]]\fR"),
            "{page}"
        );
        assert!(!page.contains(r"\fI<C>\fR"));
        assert!(
            page.contains(r"bilat brief \-\-compare russia\-china india\-russia china\-pakistan")
        );
    }

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
