//! The `bilat` binary: parses the command line, loads configuration and data, and runs the
//! one command asked for. Errors end here as one message on stderr and a non-zero exit.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use bilat::app::{App, AppOptions};
use bilat::brief::{Brief, BriefOptions, Comparison, Format};
use bilat::cli::{Cli, Command};
use bilat::config::{self, Ascii, ConfigOrigin, LoadedConfig, TimelineOrder, TradeChart};
use bilat::dashboard::Ending;
use bilat::data::{BUNDLED, Dataset, EventsLoader, Origin, Problems};
use bilat::export::{CompareFormat, ExportFormat};
use bilat::list::Found;
use bilat::live::Sources;
use bilat::symbols::{Symbols, want_ascii};
use bilat::theme::{ColorDepth, Theme};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "bilat: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let config = config::load(cli.config.as_deref()).map_err(|p| p.to_string())?;
    let symbols = symbols_for(cli.ascii, &config);
    match cli.command {
        Some(Command::Check { dir }) => {
            let origin = dataset_origin(dir.or(cli.data), &config);
            let label = origin.label();
            let result = load(origin);
            let (report, clean) = bilat::check::report(&result, &label);
            print(&report)?;
            Ok(if clean {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Some(Command::New { dir, pair }) => {
            let today = chrono::Local::now().format("%Y-%m-%d").to_string();
            let written = bilat::new::create(&dir, &pair, &today).map_err(|e| e.to_string())?;
            let mut out: String = written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect();
            out.push_str(&format!(
                "Next: add rows, then `bilat check {0}` and `bilat --data {0}`.\n",
                dir.display()
            ));
            print(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::List) => {
            let found = list(cli.data, &config);
            print(&bilat::list::report(&found, symbols.range_dash))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Render { size, pane, color }) => {
            let data = load(dataset_origin(cli.data, &config)).map_err(problems_message)?;
            let (width, height) = bilat::render::parse_size(&size)?;
            if width < bilat::ui::MIN_WIDTH || height < bilat::ui::MIN_HEIGHT {
                return Err(format!(
                    "render needs at least {}x{}, the dashboard's smallest size; asked for {size}",
                    bilat::ui::MIN_WIDTH,
                    bilat::ui::MIN_HEIGHT
                ));
            }
            let depth = if color {
                ColorDepth::detect(config.config.ui.colors.as_str())
            } else {
                ColorDepth::None
            };
            let mut app = App::new(
                data,
                app_options(&config, symbols, depth, true),
                ratatui::layout::Rect::new(0, 0, width, height),
            );
            if let Some(pane) = pane {
                app.zoom(pane.into());
            }
            let frame = bilat::render::draw(&app);
            print(&bilat::render::to_text(&frame, color))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Brief {
            format,
            since,
            compare,
        }) => {
            if let Some(pair) = compare {
                return compare_brief(cli.data.is_some(), &pair, &config, format, since, &symbols);
            }
            let data = load(dataset_origin(cli.data, &config)).map_err(problems_message)?;
            brief(&data, &config, format, since, &symbols)
        }
        Some(Command::Export {
            format,
            out,
            force,
            compare,
        }) => {
            if let Some(pair) = compare {
                return compare_export(cli.data.is_some(), &pair, format, &out, force);
            }
            let data = load(dataset_origin(cli.data, &config)).map_err(problems_message)?;
            let written =
                bilat::export::export(&data, format, &out, force).map_err(|err| err.to_string())?;
            let lines: Vec<String> = written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect();
            print(&lines.concat())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let origin = dataset_origin(cli.data.clone(), &config);
            if !std::io::stdout().is_terminal() {
                let data = load(origin).map_err(problems_message)?;
                return brief(&data, &config, Format::Text, None, &symbols);
            }
            // Everything but the events now; the events on another thread, so the first
            // frame does not wait for a file of millions of rows.
            let (data, events) = Dataset::load_staged(origin).map_err(problems_message)?;
            let flags = DashboardFlags {
                ascii: cli.ascii,
                no_mouse: cli.no_mouse,
                no_watch: cli.no_watch,
                data: cli.data,
            };
            dashboard(data, events, config, flags)
        }
    }
}

fn brief(
    data: &Dataset,
    config: &LoadedConfig,
    format: Format,
    since: Option<i32>,
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    let options = BriefOptions {
        since,
        events: usize::from(config.config.brief.events),
    };
    print(&Brief::new(data, options).render(format, symbols))?;
    Ok(ExitCode::SUCCESS)
}

/// The command-line flags that keep applying when the configuration is read again.
struct DashboardFlags {
    ascii: bool,
    no_mouse: bool,
    no_watch: bool,
    data: Option<std::path::PathBuf>,
}

fn dashboard(
    data: Dataset,
    events: EventsLoader,
    config: LoadedConfig,
    flags: DashboardFlags,
) -> Result<ExitCode, String> {
    let options = dashboard_options(&config, flags.ascii, flags.no_mouse);
    let app = App::new(data, options, ratatui::layout::Rect::default());
    let config_file = match &config.origin {
        ConfigOrigin::File(path) => Some(path.clone()),
        ConfigOrigin::Embedded => None,
    };
    let DashboardFlags {
        ascii,
        no_mouse,
        no_watch,
        data,
    } = flags;
    let sources = Sources {
        watch: !no_watch,
        config_file,
        options: Box::new(move |c| dashboard_options(c, ascii, no_mouse)),
        origin: Box::new(move |c| dataset_origin(data.clone(), c)),
    };
    match bilat::dashboard::run(app, Some(events), sources) {
        Ok(Ending::Quit) => Ok(ExitCode::SUCCESS),
        Ok(Ending::Signal(signal)) => Ok(ExitCode::from(128 + signal as u8)),
        Ok(Ending::Hangup) => Ok(ExitCode::from(128 + libc::SIGHUP as u8)),
        Err(err) => Err(format!("the terminal failed: {err}")),
    }
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
        keys: config.keys.clone(),
        mouse: ui.mouse && !no_mouse,
        bars: ui.trade_chart == TradeChart::Bars,
        newest_first: ui.timeline_order == TimelineOrder::NewestFirst,
    }
}

fn dataset_origin(flag: Option<std::path::PathBuf>, config: &LoadedConfig) -> Origin {
    match (flag, config.data_dir()) {
        (Some(arg), _) => Origin::from_arg(&arg),
        (None, Some(dir)) => Origin::Folder(dir),
        (None, None) => Origin::Bundled(&BUNDLED[0]),
    }
}

/// Every bundled dataset, then the one `--data` or the configuration names, if not bundled.
fn list(flag: Option<std::path::PathBuf>, config: &LoadedConfig) -> Vec<Found> {
    let mut found: Vec<Found> = BUNDLED
        .iter()
        .map(|b| Found {
            name: b.name.to_string(),
            place: format!("bundled ({})", b.dir),
            result: Dataset::load(Origin::Bundled(b)),
        })
        .collect();
    if flag.is_some() || config.data_dir().is_some() {
        let origin = dataset_origin(flag, config);
        if let Origin::Folder(dir) = &origin {
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| origin.label());
            found.push(Found {
                name: bilat::data::sanitize(&name).into_owned(),
                place: origin.label(),
                result: Dataset::from_folder(dir),
            });
        }
    }
    found
}

fn load(origin: Origin) -> Result<Dataset, Problems> {
    match origin {
        Origin::Folder(dir) => Dataset::from_folder(&dir),
        other => Dataset::load(other),
    }
}

/// `brief --compare A B`: the two pairs side by side.
fn compare_brief(
    with_data: bool,
    pair: &[PathBuf],
    config: &LoadedConfig,
    format: Format,
    since: Option<i32>,
    symbols: &Symbols,
) -> Result<ExitCode, String> {
    let [a, b] = load_pair(with_data, "brief", pair)?;
    let options = BriefOptions {
        since,
        events: usize::from(config.config.brief.events),
    };
    print(&Comparison::new(&a, &b, options).render(format, symbols))?;
    Ok(ExitCode::SUCCESS)
}

/// `export --compare A B`: one page (or JSON file) holding both pairs.
fn compare_export(
    with_data: bool,
    pair: &[PathBuf],
    format: ExportFormat,
    out: &Path,
    force: bool,
) -> Result<ExitCode, String> {
    // Checked before loading: a format that cannot hold two pairs is a mistake in the command.
    let format = CompareFormat::try_from(format).unwrap_or_else(|err| usage_error("export", err));
    let [a, b] = load_pair(with_data, "export", pair)?;
    let written = bilat::export::export_compare([&a, &b], format, out, force)
        .map_err(|err| err.to_string())?;
    let lines: String = written
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    print(&lines)?;
    Ok(ExitCode::SUCCESS)
}

/// A mistake in the command that clap cannot see by itself, reported as clap reports its
/// own: the message, the subcommand's usage, exit 2.
fn usage_error(subcommand: &str, message: impl std::fmt::Display) -> ! {
    let mut command = Cli::command();
    command.build();
    let kind = clap::error::ErrorKind::ArgumentConflict;
    match command.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(kind, message).exit(),
        None => command.error(kind, message).exit(),
    }
}

/// The two datasets `--compare` names, each resolved as `--data` would be; if either does
/// not load, every problem of each that does not.
fn load_pair(with_data: bool, subcommand: &str, paths: &[PathBuf]) -> Result<[Dataset; 2], String> {
    if with_data {
        usage_error(
            subcommand,
            "--compare names both datasets; leave out --data",
        );
    }
    let [a, b] = paths else {
        usage_error(subcommand, "--compare takes exactly two datasets");
    };
    match (load(Origin::from_arg(a)), load(Origin::from_arg(b))) {
        (Ok(a), Ok(b)) => Ok([a, b]),
        (a, b) => {
            let broken: Vec<String> = [a.err(), b.err()]
                .into_iter()
                .flatten()
                .map(problems_message)
                .collect();
            Err(broken.join("\n"))
        }
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
