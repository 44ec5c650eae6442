//! Live reload: the dashboard reads its files again when they change (or on `r`), keeping
//! the last good data on screen when a change breaks them.

use std::path::PathBuf;
use std::sync::mpsc::Sender;

use crate::data::{Dataset, Origin, Problems};
use crate::library::config::{self, LoadedConfig};
use crate::tui::app::{App, AppOptions, Effect, ViewId};
use crate::tui::input::keys::KeyMap;
use crate::tui::terminal::watch::{self, Changed, Watch};

/// A reload the user asked for (`r`, SIGUSR2): how many datasets it waits for and what came
/// back, so the footer can say what it did once all are in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ReloadTally {
    waiting: usize,
    loaded: usize,
    failed: Vec<String>,
}

impl ReloadTally {
    /// A reload of `datasets` open datasets.
    pub fn start(datasets: usize) -> ReloadTally {
        ReloadTally {
            waiting: datasets,
            ..ReloadTally::default()
        }
    }

    /// The dataset `name` read again (`ok`) or not; once every one is back, what to tell
    /// the user, and whether it is a warning.
    pub fn done(&mut self, name: &str, ok: bool) -> Option<(String, bool)> {
        if ok {
            self.loaded += 1;
        } else {
            self.failed.push(name.to_string());
        }
        self.waiting = self.waiting.saturating_sub(1);
        if self.waiting > 0 {
            return None;
        }
        let all = self.loaded + self.failed.len();
        let datasets = |n: usize| if n == 1 { "dataset" } else { "datasets" };
        if self.failed.is_empty() {
            return Some((format!("reloaded {all} {}", datasets(all)), false));
        }
        let names = self.failed.join(", ");
        let verb = if self.failed.len() == 1 { "does" } else { "do" };
        Some((
            format!(
                "reloaded {} of {all} {}: {names} {verb} not load (the last good data stays; Enter shows why)",
                self.loaded,
                datasets(all)
            ),
            true,
        ))
    }
}

/// Where the dashboard's files are and how to turn a configuration into settings.
pub struct Sources {
    /// Watch the dataset folder and the configuration file.
    pub watch: bool,
    /// The configuration file in use (`None`: the built-in defaults, nothing to watch).
    pub config_file: Option<PathBuf>,
    /// The dashboard's settings from a configuration (with the command line's overrides).
    pub options: Box<dyn Fn(&LoadedConfig) -> AppOptions + Send>,
    /// Where the data comes from under a configuration (`--data` wins over it).
    pub origin: Box<dyn Fn(&LoadedConfig) -> Origin + Send>,
}

/// What reloading needs to tell the loop.
pub enum Reloaded {
    /// The configuration file changed.
    Config,
    /// A file of the dataset `view` changed.
    Files(ViewId),
    /// The dataset `view` read again.
    Data(ViewId, Box<Result<Dataset, Problems>>),
}

/// Watches the configuration file, waking the loop when it changes.
pub(crate) fn watch_config(
    sources: &Sources,
    wake: impl Fn(Reloaded) + Send + 'static,
) -> Option<Watch> {
    let file = sources.config_file.as_deref().filter(|_| sources.watch)?;
    // A failed watch (too many watches, an odd file system) leaves `r` to reload by hand.
    watch::start(None, Some(file), move |_| wake(Reloaded::Config)).ok()
}

/// Watches the folder of the open dataset `view` (bundled data never changes), waking the
/// loop when one of its files changes; each open dataset has a watch of its own, so a
/// change to one reloads that one alone.
pub(crate) fn watch_dataset(
    sources: &Sources,
    view: ViewId,
    origin: &Origin,
    wake: impl Fn(Reloaded) + Send + 'static,
) -> Option<Watch> {
    let Origin::Folder(dir) = origin else {
        return None;
    };
    if !sources.watch {
        return None;
    }
    watch::start(Some(dir), None, move |c| {
        if c == Changed::Data {
            wake(Reloaded::Files(view));
        }
    })
    .ok()
}

/// Reads the dataset `view` again on another thread; the result comes back as
/// [`Reloaded::Data`].
pub(crate) fn reload_data<W: Send + 'static>(
    view: ViewId,
    origin: Origin,
    tx: &Sender<W>,
    wrap: fn(Reloaded) -> W,
) {
    let tx = tx.clone();
    std::thread::spawn(move || {
        let result = Dataset::load(origin);
        let _ = tx.send(wrap(Reloaded::Data(view, Box::new(result))));
    });
}

/// Reads the configuration again and applies it; returns the dataset origin it names when
/// that differs from the one shown (the caller reloads the data from there).
pub fn reload_config(sources: &Sources, app: &mut App) -> Option<Origin> {
    let Some(file) = &sources.config_file else {
        return None;
    };
    // A refused binding is a mistake in the file like any other: the last good one stays.
    let panes = app.registry().keys();
    let loaded = config::load(Some(file))
        .and_then(|loaded| KeyMap::from_config(&loaded, &panes).map(|_| loaded));
    match loaded {
        Ok(loaded) => {
            app.apply_options((sources.options)(&loaded));
            let origin = (sources.origin)(&loaded);
            (origin != app.data().origin).then_some(origin)
        }
        Err(problem) => {
            app.config_error = Some(problem.to_string());
            None
        }
    }
}

/// Shows reloaded data, or keeps the last good data and says what is wrong; the search the
/// dataset had, if any, runs again.
pub fn data_reloaded(
    app: &mut App,
    view: ViewId,
    result: Result<Dataset, Problems>,
) -> Option<Effect> {
    match result {
        Ok(data) => app.replace_data(view, data),
        Err(Problems(problems)) => {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            if let Some(v) = app.view_by_id(view) {
                v.reload_error = Some(format!("{first}{more}"));
            }
            None
        }
    }
}

#[cfg(test)]
mod tally_tests {
    use super::ReloadTally;

    #[test]
    fn the_reload_says_how_many_datasets_came_back_once_all_have() {
        let mut tally = ReloadTally::start(2);
        assert_eq!(tally.done("russia-china", true), None);
        assert_eq!(
            tally.done("india-russia", true),
            Some(("reloaded 2 datasets".to_string(), false))
        );
        let mut one = ReloadTally::start(1);
        assert_eq!(
            one.done("x", true),
            Some(("reloaded 1 dataset".to_string(), false))
        );
    }

    #[test]
    fn a_dataset_that_did_not_load_is_named() {
        let mut tally = ReloadTally::start(2);
        tally.done("russia-china", true);
        let (text, warning) = tally.done("broken", false).unwrap();
        assert!(warning);
        assert!(
            text.starts_with("reloaded 1 of 2 datasets: broken does not load"),
            "{text}"
        );
    }
}
