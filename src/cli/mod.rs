//! The command line: the dashboard's flags, the commands, and the dataset flags (`--data`,
//! `--config`, `--ascii`) that only the commands which read datasets take, before the
//! command's name or after it.

mod compare_count;
pub mod completions;
mod import;
pub mod manual;
mod manual_prose;
pub mod reference;

use std::ffi::OsString;
use std::path::PathBuf;

pub use import::{ComtradeArgs, DyadArgs, GdeltArgs, ImportFiles, ImportSource};

use clap::{CommandFactory, Parser, Subcommand, ValueHint};

use crate::report::brief::Format;
use crate::report::export::ExportFormat;

#[derive(Debug, Parser)]
#[command(
    name = "bilat",
    version,
    about = "Bilateral indicators between two countries: trade, leader meetings, joint exercises, events",
    long_about = None,
)]
pub struct Cli {
    /// Dataset to load: a folder or a library name (may be given more than once).
    #[arg(long, value_name = "DIR|NAME", value_hint = ValueHint::AnyPath, long_help = DATA_LONG_HELP)]
    pub data: Vec<PathBuf>,

    /// Configuration file (default: $BILAT_CONFIG, then $XDG_CONFIG_HOME/bilat/config.toml).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<PathBuf>,

    /// Plain ASCII output: no Unicode blocks, braille, dashes or box drawing.
    #[arg(long)]
    pub ascii: bool,

    /// Dashboard: ignore the mouse (no wheel scrolling or clicks).
    #[arg(long)]
    pub no_mouse: bool,

    /// Dashboard: do not watch the datasets and configuration for changes (r and SIGUSR2
    /// still reload).
    #[arg(long)]
    pub no_watch: bool,

    /// The dashboard as sentences, one or a few a key, with no escape sequences, box drawing
    /// or cursor movement: for screen readers, braille displays and logs (also when TERM=dumb).
    #[arg(long)]
    pub plain: bool,

    /// Dashboard: show two to four datasets side by side on shared axes (folders or library
    /// names).
    #[arg(long, num_args = COMPARED, value_names = COMPARE_NAMES, action = clap::ArgAction::Set)]
    pub compare: Option<Vec<PathBuf>>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How many datasets `--compare` takes, wherever it appears: as many as a comparison holds.
pub const COMPARED: std::ops::RangeInclusive<usize> = crate::report::compare::PAIRS;

/// The names `--compare`'s values go by: the first two are required, the others not.
const COMPARE_NAMES: [&str; 4] = ["A", "B", "C", "D"];

/// `--data`'s whole help, for `--help` and the manual; `-h` shows its first line.
const DATA_LONG_HELP: &str = "Dataset to load: a folder, or a dataset's name in the library \
(bundled: russia-china, the default, india-russia or china-pakistan; or a folder's name in the \
data dir or the configuration). May be given more than once: each joins the library (list, \
check); the other commands open the first.";

/// `--data` and `--config`, for the commands that read datasets. They may also come before
/// the command's name (`bilat --data DIR brief`), where the top level takes them.
#[derive(Debug, Default, clap::Args)]
pub struct DataFlags {
    /// Dataset to load: a folder or a library name (may be given more than once).
    #[arg(long, value_name = "DIR|NAME", value_hint = ValueHint::AnyPath, long_help = DATA_LONG_HELP)]
    pub data: Vec<PathBuf>,
    /// Configuration file (default: $BILAT_CONFIG, then $XDG_CONFIG_HOME/bilat/config.toml).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<PathBuf>,
}

/// `--ascii`, for the commands that draw with symbols (list, render, brief).
#[derive(Debug, Default, clap::Args)]
pub struct AsciiFlag {
    /// Plain ASCII output: no Unicode blocks, braille, dashes or box drawing.
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets and list every problem (exit 1 if any).
    Check {
        /// The folder or bundled dataset to check (default: each --data, or without one,
        /// every dataset in the library).
        dir: Option<PathBuf>,
        #[command(flatten)]
        flags: DataFlags,
    },
    /// List the library: the bundled datasets, the data dir's, the configured ones and
    /// each --data, with what each covers.
    List {
        /// Only the names `--data` takes, one a line, without loading the datasets (for
        /// scripts and shell completion).
        #[arg(long)]
        names: bool,
        #[command(flatten)]
        flags: DataFlags,
        #[command(flatten)]
        ascii: AsciiFlag,
    },
    /// Start a dataset for a new pair: a commented dataset.toml and every table's header.
    New {
        /// The folder to create (it must be new or empty).
        dir: PathBuf,
        /// The two countries, as Name:CODE,Name:CODE (ISO 3166-1 alpha-3 codes).
        #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::library::new::parse_pair)]
        pair: crate::library::new::Pair,
    },
    /// Import figures from a public source's files into a dataset folder (made as `new`
    /// makes one if it is new or empty). Rows an earlier import of the same source wrote
    /// are replaced; every other row stays as written.
    Import {
        #[command(subcommand)]
        source: ImportSource,
    },
    /// Print a completion script for a shell: subcommands, flags, their values and, in bash
    /// and zsh, the library's dataset names.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): every command, the plain mode, the dashboard's keys,
    /// the dataset format, the environment, exit statuses and examples.
    Man,
    /// The whole library at a glance: one row per dataset with its latest trade figure,
    /// change and trend, balance, meetings in the last year, latest event and recent arms
    /// deliveries. Read from a cache of summaries, rebuilt for any dataset whose files
    /// changed.
    Overview {
        /// Output format (html: a self-contained page of small multiples, to stdout).
        #[arg(long, value_enum, default_value_t = crate::report::overview::OverviewFormat::Text)]
        format: crate::report::overview::OverviewFormat,
        /// Only the pairs one of whose countries has this ISO code (RUS: all Russia's pairs).
        #[arg(long, value_name = "CODE")]
        country: Option<String>,
        /// Only the rows holding this text (any case) in the name, the countries, the place,
        /// the latest event's title or the problem.
        #[arg(long, value_name = "TEXT")]
        filter: Option<String>,
        /// The column to sort by: name, pair, years, trade, period, change, balance,
        /// meetings, event, arms or an indicator's id (unga-ip-distance). Blanks come last
        /// either way.
        #[arg(long, value_name = "COLUMN", default_value = "name", value_parser = crate::library::overview::Column::parse)]
        sort: crate::library::overview::Column,
        /// Sort descending.
        #[arg(long)]
        reverse: bool,
        #[command(flatten)]
        flags: DataFlags,
        #[command(flatten)]
        ascii: AsciiFlag,
    },
    /// Print what the dashboard shows, as plain text (for mails, chat and documents).
    Render(RenderArgs),
    /// Print a one-screen briefing on stdout.
    Brief {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Leave out everything before this year.
        #[arg(long, value_name = "YEAR")]
        since: Option<i32>,
        /// Two to four pairs side by side instead of one: dataset folders or bundled names.
        #[arg(long, num_args = COMPARED, value_names = COMPARE_NAMES, action = clap::ArgAction::Set)]
        compare: Option<Vec<PathBuf>>,
        #[command(flatten)]
        flags: DataFlags,
        #[command(flatten)]
        ascii: AsciiFlag,
    },
    /// Write the dataset or the briefing to files: csv, json, svg, html or md.
    Export {
        /// What to write: csv and svg write into the folder --out names; json, html and md
        /// write the file it names (md also writes its charts beside it).
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file or folder to write.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Replace files that are already there.
        #[arg(long)]
        force: bool,
        /// Two to four pairs on one page, charts on shared axes (html, md or json): dataset
        /// folders or bundled names.
        #[arg(long, num_args = COMPARED, value_names = COMPARE_NAMES, action = clap::ArgAction::Set)]
        compare: Option<Vec<PathBuf>>,
        #[command(flatten)]
        flags: DataFlags,
    },
}

impl Cli {
    /// The command line as given, with the dataset flags written after the command's name
    /// joined to those before it, so both orders work. A dataset flag before a command that
    /// takes none (`bilat --data DIR man`) is a usage error, as it would be after it.
    pub fn parse_args() -> Cli {
        let args: Vec<OsString> = std::env::args_os().collect();
        let mut cli = Cli::try_parse_from(&args)
            .unwrap_or_else(|err| compare_count::error(&err, &args).unwrap_or(err).exit());
        let (flags, ascii) = match &mut cli.command {
            Some(Command::Check { flags, .. } | Command::Export { flags, .. }) => {
                (Some(std::mem::take(flags)), None)
            }
            Some(
                Command::List { flags, ascii, .. }
                | Command::Brief { flags, ascii, .. }
                | Command::Overview { flags, ascii, .. },
            ) => (Some(std::mem::take(flags)), Some(ascii.ascii)),
            Some(Command::Render(args)) => (
                Some(std::mem::take(&mut args.flags)),
                Some(args.ascii.ascii),
            ),
            Some(_) => (None, None),
            None => return cli,
        };
        let name = cli.command.as_ref().map_or("", Command::name);
        let refuse = |flag: &str| -> ! {
            let message = format!("{flag} is not a flag of `bilat {name}`");
            Cli::command()
                .error(clap::error::ErrorKind::ArgumentConflict, message)
                .exit()
        };
        match flags {
            Some(flags) => {
                cli.data.extend(flags.data);
                cli.config = flags.config.or(cli.config);
            }
            None if !cli.data.is_empty() => refuse("--data"),
            None if cli.config.is_some() => refuse("--config"),
            None => {}
        }
        match ascii {
            Some(after) => cli.ascii |= after,
            None if cli.ascii => refuse("--ascii"),
            None => {}
        }
        cli
    }
}

impl Command {
    /// The name the command is typed as.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Check { .. } => "check",
            Command::List { .. } => "list",
            Command::New { .. } => "new",
            Command::Import { .. } => "import",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
            Command::Overview { .. } => "overview",
            Command::Render(_) => "render",
            Command::Brief { .. } => "brief",
            Command::Export { .. } => "export",
        }
    }
}

/// What `bilat render` draws and how it prints it.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The size to draw, WIDTHxHEIGHT, from 80x24 to 1000x1000 (default: the terminal's
    /// size when stdout is one, else 120x40).
    #[arg(long, value_name = "WxH", value_parser = parse_render_size)]
    pub size: Option<String>,
    /// Show one pane full size instead of them all (a pane the datasets do not show is an
    /// error naming those they do).
    #[arg(long, value_parser = pane_names())]
    pub pane: Option<String>,
    /// Keep the colours, as ANSI escape sequences.
    #[arg(long)]
    pub color: bool,
    /// Keep the footer's key hints (left out by default: a printed screen has no keys).
    #[arg(long)]
    pub footer: bool,
    /// Draw two to four datasets side by side on shared axes, as the dashboard compares them.
    #[arg(long, num_args = COMPARED, value_names = COMPARE_NAMES, action = clap::ArgAction::Set)]
    pub compare: Option<Vec<PathBuf>>,
    #[command(flatten)]
    pub flags: DataFlags,
    #[command(flatten)]
    pub ascii: AsciiFlag,
}

/// Checks `render --size` as clap reads it, so a malformed or too small size is a usage
/// error (exit 2); `render` reads the text again beside the terminal's own size.
fn parse_render_size(text: &str) -> Result<String, String> {
    use crate::tui::ui::{MIN_HEIGHT, MIN_WIDTH};
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(|| {
        format!("expected WIDTHxHEIGHT, such as 120x40, from {MIN_WIDTH}x{MIN_HEIGHT} to 1000x1000")
    })?;
    let number = |v: &str| {
        v.parse::<u16>()
            .map_err(|_| format!("{v:?} is not a whole number"))
    };
    let (w, h) = (number(w)?, number(h)?);
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        return Err(format!(
            "the dashboard's smallest size is {MIN_WIDTH}x{MIN_HEIGHT}"
        ));
    }
    if w > 1000 || h > 1000 {
        return Err("the largest size drawn is 1000x1000".to_string());
    }
    Ok(text.to_string())
}

/// The `render --pane` values: the registry's pane ids, in its order.
fn pane_names() -> clap::builder::PossibleValuesParser {
    let values = crate::tui::panes::registry().panes.into_iter().map(|p| {
        let value = clap::builder::PossibleValue::new(p.id.0);
        if p.about.is_empty() {
            value
        } else {
            value.help(p.about)
        }
    });
    clap::builder::PossibleValuesParser::new(values)
}
