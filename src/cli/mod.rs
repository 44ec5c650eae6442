//! The command line: global flags that work with every command, and the commands.

pub mod completions;
pub mod manual;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueHint};

use crate::report::brief::Format;
use crate::report::export::ExportFormat;
use crate::tui::input::action::PaneId;

#[derive(Debug, Parser)]
#[command(
    name = "bilat",
    version,
    about = "Bilateral indicators between two countries: trade, leader meetings, joint exercises, events",
    long_about = None,
)]
pub struct Cli {
    /// Dataset to load: a folder, or a dataset's name in the library (bundled: russia-china,
    /// the default, india-russia or china-pakistan; or a folder's name in the data dir or the
    /// configuration). May be given more than once: each joins the library (list, check);
    /// the other commands open the first.
    #[arg(long, global = true, value_name = "DIR|NAME", value_hint = ValueHint::AnyPath)]
    pub data: Vec<PathBuf>,

    /// Configuration file (default: $BILAT_CONFIG, then $XDG_CONFIG_HOME/bilat/config.toml).
    #[arg(long, global = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<PathBuf>,

    /// Plain ASCII output: no Unicode blocks, braille, dashes or box drawing.
    #[arg(long, global = true)]
    pub ascii: bool,

    /// Dashboard: ignore the mouse (no wheel scrolling or clicks). Not a flag of the
    /// one-shot commands, whose help would only mislead with it.
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

    /// Dashboard: show two datasets side by side on shared axes (folders or library names).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<PathBuf>>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets and list every problem (exit 1 if any).
    Check {
        /// The folder or bundled dataset to check (default: each --data, or without one,
        /// every dataset in the library).
        dir: Option<PathBuf>,
    },
    /// List the library: the bundled datasets, the data dir's, the configured ones and
    /// each --data, with what each covers.
    List {
        /// Only the names `--data` takes, one a line, without loading the datasets (for
        /// scripts and shell completion).
        #[arg(long)]
        names: bool,
    },
    /// Start a dataset for a new pair: a commented dataset.toml and every table's header.
    New {
        /// The folder to create (it must be new or empty).
        dir: PathBuf,
        /// The two countries, as Name:CODE,Name:CODE (ISO 3166-1 alpha-3 codes).
        #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::commands::new::parse_pair)]
        pair: crate::commands::new::Pair,
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
    /// Print the manual page (roff): the commands, the dashboard's keys and the dataset
    /// format.
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
        /// meetings, event or arms. Blanks come last either way.
        #[arg(long, value_name = "COLUMN", default_value = "name", value_parser = crate::library::overview::Column::parse)]
        sort: crate::library::overview::Column,
        /// Sort descending.
        #[arg(long)]
        reverse: bool,
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
        /// Two pairs side by side instead of one: two dataset folders or bundled names.
        #[arg(long, num_args = 2, value_names = ["A", "B"], action = clap::ArgAction::Set)]
        compare: Option<Vec<PathBuf>>,
    },
    /// Write the dataset or the briefing to files: csv, json, svg, html or md.
    Export {
        /// What to write: csv and svg write into the folder --out names; json, html and md
        /// write the file it names (md also writes its two charts beside it).
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file or folder to write.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Replace files that are already there.
        #[arg(long)]
        force: bool,
        /// Two pairs on one page, charts on shared axes (html, md or json): two dataset
        /// folders or bundled names.
        #[arg(long, num_args = 2, value_names = ["A", "B"], action = clap::ArgAction::Set)]
        compare: Option<Vec<PathBuf>>,
    },
}

/// What `bilat render` draws and how it prints it.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The size to draw, WIDTHxHEIGHT (default: the terminal's size when stdout is one,
    /// else 120x40).
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,
    /// Show one pane full size instead of them all (a pane the datasets do not show is an
    /// error naming those they do).
    #[arg(long, value_enum)]
    pub pane: Option<PaneChoice>,
    /// Keep the colours, as ANSI escape sequences.
    #[arg(long)]
    pub color: bool,
    /// Keep the footer's key hints (left out by default: a printed screen has no keys).
    #[arg(long)]
    pub footer: bool,
    /// Draw two datasets side by side on shared axes, as the dashboard compares them.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<PathBuf>>,
}

/// A pane by name, for `render --pane`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaneChoice {
    Trade,
    Meetings,
    Exercises,
    Timeline,
    /// GDELT events by month (datasets with a cooperation table).
    Cooperation,
    /// Arms transfers (datasets with an arms table).
    Arms,
}

impl From<PaneChoice> for PaneId {
    fn from(p: PaneChoice) -> PaneId {
        match p {
            PaneChoice::Trade => PaneId::TRADE,
            PaneChoice::Meetings => PaneId::MEETINGS,
            PaneChoice::Exercises => PaneId::EXERCISES,
            PaneChoice::Timeline => PaneId::TIMELINE,
            PaneChoice::Cooperation => PaneId::COOPERATION,
            PaneChoice::Arms => PaneId::ARMS,
        }
    }
}

/// The public sources `bilat import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// UN Comtrade "final data" CSV: each country's customs figures of its exports to and
    /// imports from the other, one series per reporter (comtrade-chn, ...). Only totals are
    /// kept (cmdCode TOTAL, customsCode C00, motCode 0); partner World, re-exports and
    /// re-imports are skipped and counted.
    Comtrade(ImportFiles),
    /// IMF trade by partner (DOTS/IMTS bulk CSV, one column per period): exports
    /// (TXG_FOB_USD) and imports (TMG_CIF_USD), one series per reporter (imf-rus, ...).
    Imf {
        #[command(flatten)]
        files: ImportFiles,
        /// The IMF's numeric code for a country the built-in list lacks or that a file
        /// codes otherwise, as ISO=NNN (e.g. PRK=954); may be given more than once.
        #[arg(long = "imf-code", value_name = "ISO=NNN", value_parser = crate::import::imf::parse_code)]
        imf_code: Vec<(String, String)>,
        /// The scale of the figures where the file states none (no Scale column, no unit
        /// in the indicator names): units (whole US dollars), thousands, millions or
        /// billions.
        #[arg(long, value_enum, value_name = "SCALE")]
        scale: Option<crate::import::scale::Scale>,
    },
    /// GDELT 1.0 or 2.0 event files (tab-separated, no header, zipped or not): the pair's
    /// events by month into the cooperation table (printed as CSV without --into).
    Gdelt(GdeltArgs),
    /// The CSV result of the query `bilat import gdelt --print-sql` prints, into the
    /// cooperation table (printed as CSV without --into).
    GdeltMonthly {
        /// The query's result, with a header row naming the columns.
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
        /// The dataset folder to import into (made if new or empty).
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
        into: Option<PathBuf>,
        /// The two countries, as Name:CODE,Name:CODE: needed for a new folder; for an
        /// existing one they must be its own.
        #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::commands::new::parse_pair)]
        pair: Option<crate::commands::new::Pair>,
    },
    /// SIPRI's Arms Transfers Database: trade register exports (latin-1 .csv, or the older
    /// ;-separated .txt) into arms.csv, the pair's deals in either direction, matched by
    /// the countries' names or codes. TIV is SIPRI's volume index, not money.
    Sipri {
        #[command(flatten)]
        files: ImportFiles,
        /// Import the deals SIPRI lists under the Soviet Union as Russia's (RUS), each with
        /// a note; without it they are left out and counted.
        #[arg(long)]
        soviet_union_as_russia: bool,
    },
}

/// The files to import and the folder they go into.
#[derive(Debug, clap::Args)]
pub struct ImportFiles {
    /// The source's files, as downloaded.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// The dataset folder to import into (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into: PathBuf,
    /// The two countries, as Name:CODE,Name:CODE: needed for a new folder; for an existing
    /// one they must be its own.
    #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::commands::new::parse_pair)]
    pub pair: Option<crate::commands::new::Pair>,
}

/// What `bilat import gdelt` reads, or the query it prints instead.
#[derive(Debug, clap::Args)]
pub struct GdeltArgs {
    /// Event files (GDELT 1.0: 58 columns; 2.0: 61), read several at once. With
    /// --print-sql, the files the DuckDB or ClickHouse query reads (none: a hosted table).
    #[arg(value_hint = ValueHint::FilePath, required_unless_present = "print_sql")]
    pub files: Vec<PathBuf>,
    /// The pair as two 3-letter CAMEO country codes (Actor1CountryCode and
    /// Actor2CountryCode, either direction): RUS,CHN; or Name:CODE,Name:CODE, which a new
    /// folder needs.
    #[arg(long, value_name = "CODE,CODE", value_parser = crate::import::gdelt::parse_pair_arg)]
    pub pair: crate::import::gdelt::PairArg,
    /// The dataset folder to import into (made if new or empty); without it, the table is
    /// printed as CSV.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, conflicts_with = "print_sql")]
    pub into: Option<PathBuf>,
    /// Print the SQL that counts the same months where GDELT is hosted, instead of reading.
    #[arg(long, value_enum, value_name = "ENGINE")]
    pub print_sql: Option<crate::import::gdelt::sql::Engine>,
    /// With --print-sql and no files: the table to query (default: BigQuery's
    /// gdelt-bq.gdeltv2.events; for ClickHouse, gdelt.events).
    #[arg(long, value_name = "NAME", requires = "print_sql")]
    pub table: Option<String>,
}
