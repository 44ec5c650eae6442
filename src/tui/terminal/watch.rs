//! Watches the dataset folder and the configuration file and says, once per burst of
//! changes, which of the two changed. Editors save by writing, renaming or replacing, so the
//! folders are watched, not the files.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::data::{MANIFEST_FILE, TABLES};

/// What changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Data,
    Config,
}

/// How long after the first change of a burst to wait for the rest (a save is often
/// several events) before reloading once.
const SETTLE: Duration = Duration::from_millis(150);

/// Keeps the watch alive; dropping it stops watching.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Starts watching `data_dir` (its manifest and every table's file) and `config` (one file); `on_change` hears
/// about each burst of changes, from another thread.
pub fn start(
    data_dir: Option<&Path>,
    config: Option<&Path>,
    on_change: impl Fn(Changed) + Send + 'static,
) -> notify::Result<Watch> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    let data_dir = data_dir.map(|d| d.canonicalize().unwrap_or_else(|_| d.to_path_buf()));
    if let Some(dir) = &data_dir {
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
    }
    let config = config.map(|c| c.canonicalize().unwrap_or_else(|_| c.to_path_buf()));
    if let Some(parent) = config.as_deref().and_then(Path::parent)
        && data_dir.as_deref() != Some(parent)
    {
        watcher.watch(parent, RecursiveMode::NonRecursive)?;
    }
    std::thread::spawn(move || {
        // Blocks until something happens: no polling while nothing changes.
        while let Ok(first) = rx.recv() {
            let mut kinds = classify(&first, data_dir.as_deref(), config.as_deref());
            while let Ok(more) = rx.recv_timeout(SETTLE) {
                kinds.extend(classify(&more, data_dir.as_deref(), config.as_deref()));
            }
            for kind in [Changed::Data, Changed::Config] {
                if kinds.contains(&kind) {
                    on_change(kind);
                }
            }
        }
    });
    Ok(Watch { _watcher: watcher })
}

/// Which watched things an event touches.
fn classify(
    event: &notify::Result<notify::Event>,
    data_dir: Option<&Path>,
    config: Option<&Path>,
) -> Vec<Changed> {
    let Ok(event) = event else {
        return Vec::new();
    };
    if event.kind.is_access() {
        return Vec::new();
    }
    // Every table's file, present or not: an optional table appearing is a change too.
    let is_dataset_file =
        |name: &str| name == MANIFEST_FILE || TABLES.iter().any(|t| t.file == name);
    let mut out = Vec::new();
    for path in &event.paths {
        let path: PathBuf = path.canonicalize().unwrap_or_else(|_| path.clone());
        let in_data = data_dir.is_some_and(|d| path.parent() == Some(d))
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_dataset_file);
        if in_data {
            out.push(Changed::Data);
        }
        let is_config = config.is_some_and(|c| {
            path == c || (path.parent() == c.parent() && path.file_name() == c.file_name())
        });
        if is_config {
            out.push(Changed::Config);
        }
    }
    out
}
