//! The binary's `render` command: the size to draw (asked, or the terminal's), the datasets
//! it loads, and the frame it prints. Part of the `bilat` binary (declared in `main.rs`),
//! not of the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use ratatui::layout::Rect;

use bilat::cli::RenderArgs;
use bilat::library::Library;
use bilat::library::config::LoadedConfig;
use bilat::text::symbols::Symbols;
use bilat::tui::app::App;
use bilat::tui::app::registry::PaneId;
use bilat::tui::theme::ColorDepth;

use crate::commands::compare::{compare_views, load_pairs};
use crate::{app_options, dataset_origin, load, print, problems_message};

/// `bilat render`: one frame of the dashboard, printed. Without `--footer` the frame is
/// drawn one line taller and its footer (the key hints) left out, so the text is still the
/// size asked and the panes are laid out as on a screen of that size plus one line.
pub(crate) fn render(
    args: RenderArgs,
    library: &Library,
    data_flags: &[PathBuf],
    config: &LoadedConfig,
    symbols: Symbols,
) -> Result<ExitCode, String> {
    let RenderArgs {
        size,
        pane,
        color,
        footer,
        compare,
        ..
    } = args;
    let (width, height) = bilat::tui::render::size_to_draw(size.as_deref(), terminal_size())?;
    let (data, beside) = match compare.as_deref() {
        Some(paths) => compare_views(load_pairs(library, "render", paths)?),
        None => (
            load(dataset_origin(library, data_flags, config)).map_err(problems_message)?,
            Vec::new(),
        ),
    };
    let depth = if color {
        ColorDepth::detect(config.config.ui.colors.as_str())
    } else {
        ColorDepth::None
    };
    let drawn = if footer {
        height
    } else {
        height.saturating_add(1)
    };
    let mut app = App::new(
        data,
        app_options(config, symbols, depth, true),
        Rect::new(0, 0, width, drawn),
    );
    for data in beside {
        app.opened(Ok(data), true);
    }
    if let Some(pane) = pane {
        let pane = app
            .registry()
            .panes
            .iter()
            .map(|p| p.id)
            .find(|id| id.0 == pane)
            .ok_or_else(|| format!("no pane is called {pane}"))?;
        check_shown(&app, pane)?;
        app.zoom(pane);
    }
    let mut frame = bilat::tui::render::draw(&app);
    if !footer {
        frame = bilat::tui::render::without_footer(&frame);
    }
    print(&bilat::tui::render::to_text(&frame, color))?;
    Ok(ExitCode::SUCCESS)
}

/// The terminal's size when stdout is one and it can be read (a pty that was never given a
/// size says 0x0: no size).
fn terminal_size() -> Option<(u16, u16)> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .filter(|&(width, height)| width > 0 && height > 0)
}

/// Refuses a `--pane` the datasets shown do not show (its table is absent from each), naming
/// the panes they do: drawing another pane in its place would pass for what was asked.
fn check_shown(app: &App, pane: PaneId) -> Result<(), String> {
    let shown = app.panes_shown();
    if shown.get(pane).is_some() {
        return Ok(());
    }
    let panes: Vec<&str> = shown.panes.iter().map(|p| p.id.0).collect();
    let panes = panes.join(", ");
    let table = app
        .registry()
        .get(pane)
        .and_then(|p| p.needs)
        .map_or(pane.0, |t| t.spec().name);
    let a = |word: &str| {
        let vowel = word.starts_with(['a', 'e', 'i', 'o', 'u']);
        format!("{} {word}", if vowel { "an" } else { "a" })
    };
    let titles: Vec<&str> = app
        .shown_views()
        .into_iter()
        .map(|i| app.views()[i].data.manifest.title.as_str())
        .collect();
    let name = pane.0;
    Err(match titles.as_slice() {
        [one] => format!(
            "--pane {name}: {one} has no {name} pane, as it has no {table} table; its panes \
             are {panes}"
        ),
        _ => format!(
            "--pane {name}: neither {} has {} table, so neither has {} pane; their panes \
             are {panes}",
            titles.join(" nor "),
            a(table),
            a(name)
        ),
    })
}
