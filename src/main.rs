//! The `bilat` binary: parses the command line, loads configuration and data, and runs the
//! one command asked for. Errors end here as one message on stderr and a non-zero exit.
#![forbid(unsafe_code)]

/// The binary's commands, one file each in `src/commands/`, beside the library's.
mod commands {
    pub mod compare;
    pub mod dashboard;
    pub mod import;
    pub mod import_dyad;
    pub mod import_gdelt;
    pub mod overview;
    pub mod render;
    pub mod standalone;
}

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use bilat::cli::{Cli, Command};
use bilat::data::{BUNDLED, Dataset, EventsLoader, Origin, Problems};
use bilat::library::config::{self, Ascii, LoadedConfig, TimelineOrder, TradeChart};
use bilat::library::{Env, Library, Places};
use bilat::report::brief::{Brief, BriefOptions, Format};
use bilat::report::export::CompareFormat;
use bilat::text::symbols::{Symbols, want_ascii};
use bilat::tui::app::{App, AppOptions, Choice};
use bilat::tui::input::keys::KeyMap;
use bilat::tui::theme::{ColorDepth, Theme};

use commands::compare::{
    all_loaded, compare_brief, compare_export, compare_origins, compare_views, load_pairs,
    refuse_data, usage_error,
};
use commands::dashboard::{DashboardFlags, dashboard};

fn main() -> ExitCode {
    let cli = Cli::parse_args();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "bilat: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    // `new`, `completions` and `man` need neither, so they work whatever the configuration.
    if let Some(done) = commands::standalone::run(cli.command.as_ref()) {
        return done;
    }
    let config = config::load(cli.config.as_deref()).map_err(|p| p.to_string())?;
    // A bad binding stops every command, as any other mistake in the file does.
    KeyMap::from_config(&config, &bilat::tui::panes::registry().keys())
        .map_err(|p| p.to_string())?;
    let symbols = symbols_for(cli.ascii, &config);
    // Every command that reads datasets first finds the library, so a name clash in the
    // user's setup stops them all with the same message, and `--data NAME` can name any
    // dataset found.
    let places = Places::new(&Env::from_process(), &config, &cli.data);
    let library = Library::discover(&places).map_err(|err| err.to_string())?;
    match cli.command {
        Some(Command::Check { dir, .. }) => {
            let (report, clean) = match (dir, cli.data.as_slice()) {
                (Some(dir), _) => check_one(&library, &dir),
                (None, [one]) => check_one(&library, one),
                (None, []) => bilat::commands::check::report_each(
                    library
                        .entries()
                        .iter()
                        .map(|entry| (entry.origin.label(), entry.load())),
                ),
                (None, several) => bilat::commands::check::report_each(several.iter().map(|arg| {
                    let origin = library.resolve(arg);
                    (origin.label(), load(origin))
                })),
            };
            print(&report)?;
            Ok(if clean {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Some(
            Command::New { .. }
            | Command::Import { .. }
            | Command::Completions { .. }
            | Command::Man,
        ) => {
            unreachable!("run by commands::standalone above")
        }
        Some(Command::List { names: true, .. }) => {
            let names = library.entries().iter().map(|e| e.name.clone() + "\n");
            let names = names.collect::<String>();
            print(&names)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::List { names: false, .. }) => {
            let mut cache = bilat::library::cache::Cache::from_process();
            let found = bilat::commands::list::found(&library, &mut cache);
            // A cache that cannot be written costs the next run time, not this one its list.
            let _ = cache.save();
            print(&bilat::commands::list::report(&found, symbols.range_dash))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Overview {
            format,
            country,
            filter,
            sort,
            reverse,
            ..
        }) => commands::overview::overview(
            &library,
            format,
            country,
            filter,
            (sort, reverse),
            &symbols,
        ),
        Some(Command::Render(args)) => {
            commands::render::render(args, &library, &cli.data, &config, symbols)
        }
        Some(Command::Brief {
            format,
            since,
            compare,
            ..
        }) => {
            if let Some(paths) = compare {
                refuse_data(!cli.data.is_empty(), "brief");
                let pairs = load_pairs(&library, "brief", &paths)?;
                return compare_brief(&pairs, &config, format, since, &symbols);
            }
            let data =
                load(dataset_origin(&library, &cli.data, &config)).map_err(problems_message)?;
            brief(&data, &config, format, since, &symbols)
        }
        Some(Command::Export {
            format,
            out,
            force,
            compare,
            ..
        }) => {
            if let Some(paths) = compare {
                // Checked before loading: a format that cannot hold several pairs is a
                // mistake in the command.
                let format = CompareFormat::try_from(format)
                    .unwrap_or_else(|err| usage_error("export", err));
                refuse_data(!cli.data.is_empty(), "export");
                let pairs = load_pairs(&library, "export", &paths)?;
                return compare_export(&pairs, format, &out, force);
            }
            let data =
                load(dataset_origin(&library, &cli.data, &config)).map_err(problems_message)?;
            if out.as_os_str() == "-" {
                let text =
                    bilat::report::export::to_stdout(&data, format).map_err(|e| e.to_string())?;
                print(&text)?;
                return Ok(ExitCode::SUCCESS);
            }
            let written = bilat::report::export::export(&data, format, &out, force)
                .map_err(|err| err.to_string())?;
            let lines: Vec<String> = written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect();
            print(&lines.concat())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let compared =
                (cli.compare.as_deref()).map(|paths| compare_origins(&library, "", paths));
            let origin = match &compared {
                Some(origins) => origins[0].clone(),
                None => dataset_origin(&library, &cli.data, &config),
            };
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            if cli.plain || (dumb && std::io::stdin().is_terminal()) {
                let (data, beside) = match compared {
                    Some(origins) => {
                        compare_views(all_loaded(origins.into_iter().map(load), problems_message)?)
                    }
                    None => (load(origin).map_err(problems_message)?, Vec::new()),
                };
                let options = app_options(&config, symbols, ColorDepth::None, true);
                let mut app = App::new(data, options, ratatui::layout::Rect::default());
                app.set_library(choices_of(&library));
                app.set_overview(library.entries().to_vec(), false);
                for data in beside {
                    app.opened(Ok(data), true);
                }
                bilat::plain::run(app).map_err(|e| format!("cannot read keys or write: {e}"))?;
                return Ok(ExitCode::SUCCESS);
            }
            if !std::io::stdout().is_terminal() {
                let data = load(origin).map_err(problems_message)?;
                return brief(&data, &config, Format::Text, None, &symbols);
            }
            // Everything but the events now; the events on another thread, so the first
            // frame does not wait for a file of millions of rows.
            let (first, beside) = match compared {
                Some(origins) => {
                    compare_views(all_loaded(origins.into_iter().map(load_staged), |m| m)?)
                }
                None => (load_staged(origin)?, Vec::new()),
            };
            let choices = choices_of(&library);
            let flags = DashboardFlags {
                ascii: cli.ascii,
                no_mouse: cli.no_mouse,
                no_watch: cli.no_watch,
                data: cli.data.first().map(|arg| library.resolve(arg)),
                entries: library.entries().to_vec(),
            };
            dashboard(first, beside, choices, config, flags)
        }
    }
}

/// The library as the switcher lists it (each described once read).
fn choices_of(library: &Library) -> Vec<Choice> {
    library
        .entries()
        .iter()
        .map(|e| Choice {
            name: e.name.clone(),
            place: e.place(),
            origin: e.origin.clone(),
            about: String::new(),
        })
        .collect()
}

/// `bilat check DIR|NAME`: one dataset's report.
fn check_one(library: &Library, arg: &std::path::Path) -> (String, bool) {
    let origin = library.resolve(arg);
    let label = origin.label();
    bilat::commands::check::report(&load(origin), &label)
}

/// What every brief takes from the command line and the configuration.
fn brief_options(config: &LoadedConfig, since: Option<i32>) -> BriefOptions {
    BriefOptions {
        since,
        events: usize::from(config.config.brief.events),
    }
}

fn brief(
    data: &Dataset,
    config: &LoadedConfig,
    format: Format,
    since: Option<i32>,
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    print(&Brief::new(data, brief_options(config, since)).render(format, symbols))?;
    Ok(ExitCode::SUCCESS)
}

/// ASCII or Unicode, by the command line, the configuration and the terminal.
fn symbols_for(ascii_flag: bool, config: &LoadedConfig) -> Symbols {
    let ascii = match config.config.ui.ascii {
        Ascii::Always => true,
        Ascii::Never => ascii_flag,
        Ascii::Auto => want_ascii(ascii_flag),
    };
    Symbols::for_ascii(ascii)
}

/// The dashboard's settings from a configuration and the command line.
fn dashboard_options(config: &LoadedConfig, ascii: bool, no_mouse: bool) -> AppOptions {
    let depth = ColorDepth::detect(config.config.ui.colors.as_str());
    app_options(config, symbols_for(ascii, config), depth, no_mouse)
}

fn app_options(
    config: &LoadedConfig,
    symbols: Symbols,
    depth: ColorDepth,
    no_mouse: bool,
) -> AppOptions {
    let ui = config.config.ui;
    AppOptions {
        theme: Theme::new(ui.theme, depth, symbols),
        // Checked where the configuration was read (`run`, and `reload_config` in the live
        // dashboard), so a refused binding never gets this far.
        keys: KeyMap::from_config(config, &bilat::tui::panes::registry().keys())
            .unwrap_or_default(),
        mouse: ui.mouse && !no_mouse,
        bars: ui.trade_chart == TradeChart::Bars,
        newest_first: ui.timeline_order == TimelineOrder::NewestFirst,
        registry: bilat::tui::panes::registry(),
    }
}

/// The dataset the commands open: the first `--data`, else the configuration's `dir`, else
/// the bundled default. The rest of the library is for `list` and `check`.
fn dataset_origin(
    library: &Library,
    flags: &[std::path::PathBuf],
    config: &LoadedConfig,
) -> Origin {
    let first = flags.first().map(|arg| library.resolve(arg));
    origin_under(first, config)
}

/// [`dataset_origin`] with the first `--data` already resolved, for when the configuration
/// is read again.
fn origin_under(first: Option<Origin>, config: &LoadedConfig) -> Origin {
    match (first, config.data_dir()) {
        (Some(origin), _) => origin,
        (None, Some(dir)) => Origin::Folder(dir),
        (None, None) => Origin::Bundled(&BUNDLED[0]),
    }
}

/// A dataset for the dashboard: everything but the events, which follow on another thread.
fn load_staged(origin: Origin) -> Result<(Dataset, EventsLoader), String> {
    if let Origin::Folder(dir) = &origin
        && !dir.is_dir()
    {
        // `from_folder` names a missing folder better than the loader does.
        Dataset::from_folder(dir).map_err(problems_message)?;
    }
    Dataset::load_staged(origin).map_err(problems_message)
}

fn load(origin: Origin) -> Result<Dataset, Problems> {
    match origin {
        Origin::Folder(dir) => Dataset::from_folder(&dir),
        other => Dataset::load(other),
    }
}

fn problems_message(problems: Problems) -> String {
    /// Enough to start fixing; `bilat check` lists them all.
    const SHOWN: usize = 20;
    let count = problems.0.len();
    let mut message = format!(
        "the dataset has {count} problem{}:",
        if count == 1 { "" } else { "s" }
    );
    for p in problems.0.iter().take(SHOWN) {
        message.push('\n');
        message.push_str(&p.to_string());
    }
    if count > SHOWN {
        message.push_str(&format!(
            "\n… and {} more: bilat check lists them all",
            count - SHOWN
        ));
    }
    message
}

/// Writes to stdout; a closed pipe (`bilat brief | head`) ends quietly.
fn print(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write to stdout: {err}"))
        }
        _ => Ok(()),
    }
}
