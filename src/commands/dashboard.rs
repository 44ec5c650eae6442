//! The dashboard, as `bilat` with no command opens it: on one dataset or two compared, the
//! configuration and the data watched, until the user quits or the terminal goes.

use std::process::ExitCode;

use bilat::data::{Dataset, EventsLoader, Origin};
use bilat::library::config::{ConfigOrigin, LoadedConfig};
use bilat::tui::app::{App, Choice};
use bilat::tui::terminal::dashboard::Ending;
use bilat::tui::terminal::live::Sources;

use crate::{dashboard_options, origin_under};

/// The command-line flags that keep applying when the configuration is read again.
pub struct DashboardFlags {
    pub ascii: bool,
    pub no_mouse: bool,
    pub no_watch: bool,
    /// The first `--data`, resolved: it wins over any configuration read later.
    pub data: Option<Origin>,
    /// The library's datasets, for the overview.
    pub entries: Vec<bilat::library::Entry>,
}

/// The dashboard on one dataset, or two to four compared, each with its events still to
/// read.
pub fn dashboard(
    (data, loader): (Dataset, EventsLoader),
    beside: Vec<(Dataset, EventsLoader)>,
    library: Vec<Choice>,
    config: LoadedConfig,
    flags: DashboardFlags,
) -> Result<ExitCode, String> {
    let options = dashboard_options(&config, flags.ascii, flags.no_mouse);
    let mut app = App::new(data, options, ratatui::layout::Rect::default());
    app.set_library(library);
    let start = config.config.ui.start == bilat::library::config::StartScreen::Overview;
    app.set_overview(flags.entries.clone(), start);
    app.set_start_hint(true);
    let mut events = vec![(app.view().id, loader)];
    for (data, loader) in beside {
        if let Some(id) = app.opened(Ok(data), true) {
            events.push((id, loader));
        }
    }
    let config_file = match &config.origin {
        ConfigOrigin::File(path) => Some(path.clone()),
        ConfigOrigin::Embedded => None,
    };
    let DashboardFlags {
        ascii,
        no_mouse,
        no_watch,
        data,
        entries: _,
    } = flags;
    let sources = Sources {
        watch: !no_watch,
        config_file,
        options: Box::new(move |c| dashboard_options(c, ascii, no_mouse)),
        origin: Box::new(move |c| origin_under(data.clone(), c)),
    };
    match bilat::tui::terminal::dashboard::run(app, events, sources) {
        Ok(Ending::Quit) => Ok(ExitCode::SUCCESS),
        Ok(Ending::Signal(signal)) => Ok(ExitCode::from(128 + signal as u8)),
        Ok(Ending::Hangup) => Ok(ExitCode::from(128 + signal_hook::consts::SIGHUP as u8)),
        Err(err) => Err(format!("the terminal failed: {err}")),
    }
}
