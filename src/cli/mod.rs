//! The command line: the dashboard's flags, the commands, and the dataset flags (`--data`,
//! `--config`, `--ascii`) that only the commands which read datasets take, before the
//! command's name or after it.

pub mod completions;
pub mod manual;
mod manual_prose;
pub mod reference;

use std::path::PathBuf;

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

    /// Dashboard: show two datasets side by side on shared axes (folders or library names).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<PathBuf>>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

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
        /// Two pairs side by side instead of one: two dataset folders or bundled names.
        #[arg(long, num_args = 2, value_names = ["A", "B"], action = clap::ArgAction::Set)]
        compare: Option<Vec<PathBuf>>,
        #[command(flatten)]
        flags: DataFlags,
        #[command(flatten)]
        ascii: AsciiFlag,
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
        #[command(flatten)]
        flags: DataFlags,
    },
}

impl Cli {
    /// The command line as given, with the dataset flags written after the command's name
    /// joined to those before it, so both orders work. A dataset flag before a command that
    /// takes none (`bilat --data DIR man`) is a usage error, as it would be after it.
    pub fn parse_args() -> Cli {
        let mut cli = Cli::parse();
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
    /// Draw two datasets side by side on shared axes, as the dashboard compares them.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
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

/// The public sources `bilat import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// UN Comtrade "final data" CSV: each country's customs figures of its exports to and
    /// imports from the other, one series per reporter (comtrade-chn, ...). Only totals are
    /// kept (cmdCode TOTAL, customsCode C00, motCode 0); partner World, re-exports and
    /// re-imports are skipped and counted. With --pairs or --country and --into-library,
    /// a download of several reporters by all partners becomes a dataset per pair; World,
    /// areas "n.e.s." and groupings are skipped and counted.
    Comtrade(ComtradeArgs),
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
        #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::library::new::parse_pair)]
        pair: Option<crate::library::new::Pair>,
        /// With a result holding the columns country and partner: several pairs, each
        /// into its own folder of --into-library ("RUS-CHN,RUS-IND").
        #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["into", "pair", "country"], requires = "into_library")]
        pairs: Option<crate::import::dyad::Pairs>,
        /// With such a result: every partner of this country, each into its own folder.
        #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with_all = ["into", "pair"], requires = "into_library")]
        country: Option<String>,
        /// The library folder --pairs and --country write into (rus-chn, rus-ind, ...).
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
        into_library: Option<PathBuf>,
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
    /// UN General Assembly ideal points by country and session (Bailey, Strezhnev &
    /// Voeten, IdealpointestimatesAll_<MonYYYY>.csv) into the indicators table: each
    /// country's ideal point and the pair's distance per year (year = session + 1945),
    /// countries by COW number.
    UngaIdealPoints(DyadArgs),
    /// UN General Assembly dyadic agreement (AgreementScoresAll_<MonYYYY>.csv) into the
    /// indicators table: agreement (an abstention counts half), ideal-point distance and
    /// vote counts per year.
    Unga(DyadArgs),
    /// Correlates of War Dyadic Trade 4.0 (Dyadic_COW_4.0.csv): each pair's flows in
    /// current US$ millions as a trade series named for COW (cow), with the
    /// Belgium-Luxembourg and China alternative flows as their own series.
    CowTrade(DyadArgs),
    /// ATOP alliance obligations, directed dyad-years (atop5_1ddyr.csv) into the indicators
    /// table: defence, offence, neutrality, non-aggression and consultation, per direction.
    Atop(DyadArgs),
}

/// Comtrade's files, and one folder (--into, --pair) or a library (--pairs or --country,
/// --into-library).
#[derive(Debug, clap::Args)]
pub struct ComtradeArgs {
    /// The source's files, as downloaded.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// The dataset folder to import into (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, required_unless_present = "into_library")]
    pub into: Option<PathBuf>,
    /// The two countries, as Name:CODE,Name:CODE (or CODE,CODE): needed for a new folder;
    /// for an existing one they must be its own.
    #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::import::dyad::parse_pair)]
    pub pair: Option<[crate::data::Country; 2]>,
    /// Several pairs, each into its own folder of --into-library: "CHN-USA,CHN-DEU".
    #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["into", "country"], requires = "into_library")]
    pub pairs: Option<crate::import::dyad::Pairs>,
    /// Every partner of this country in the files, each into its own folder.
    #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with = "into", requires = "into_library")]
    pub country: Option<String>,
    /// The library folder --pairs and --country write into (chn-usa, chn-deu, ...).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into_library: Option<PathBuf>,
}

/// A file holding many pairs, and which pairs to import where: --pair with --into, or
/// --pairs or --country with --into-library.
#[derive(Debug, clap::Args)]
pub struct DyadArgs {
    /// The source's file, as downloaded.
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// One pair, as ISO codes (RUS,CHN) or Name:CODE,Name:CODE.
    #[arg(long, value_name = "CODE,CODE", value_parser = crate::import::dyad::parse_pair, requires = "into")]
    pub pair: Option<[crate::data::Country; 2]>,
    /// The dataset folder for --pair (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, requires = "pair")]
    pub into: Option<PathBuf>,
    /// Several pairs, each into its own folder of --into-library: "RUS-CHN,RUS-IND".
    #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["pair", "country"], requires = "into_library")]
    pub pairs: Option<crate::import::dyad::Pairs>,
    /// Every partner of this country that the file holds, each into its own folder of
    /// --into-library (rus-chn, rus-ind, ...).
    #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with = "pair", requires = "into_library")]
    pub country: Option<String>,
    /// The library folder --pairs and --country write into: one dataset folder per pair,
    /// named like rus-chn, made as `bilat new` makes one if new, merged if present.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into_library: Option<PathBuf>,
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
    #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::library::new::parse_pair)]
    pub pair: Option<crate::library::new::Pair>,
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
