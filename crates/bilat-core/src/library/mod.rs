//! The library: every dataset the user has, each under a unique name, found in a documented
//! order (bundled, the data dir, the configuration, `--data`). Finding is cheap, a listing of
//! one folder and a few file lookups; loading a dataset is separate, one at a time.

pub mod cache;
pub mod config;
pub mod new;
pub mod overview;
mod recent;
pub mod summary;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::data::{BUNDLED, Dataset, MANIFEST_FILE, Origin, Problem, Problems, sanitize};
use crate::library::config::LoadedConfig;

/// The environment that says where the user's data lives, read once at the edge so that
/// discovery can be tested with any folders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    /// `$XDG_DATA_HOME`.
    pub data_home: Option<PathBuf>,
    /// `$HOME`.
    pub home: Option<PathBuf>,
}

impl Env {
    /// The process's own `XDG_DATA_HOME` and `HOME`.
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var_os(name).map(PathBuf::from);
        Env {
            data_home: var("XDG_DATA_HOME"),
            home: var("HOME"),
        }
    }

    /// `$XDG_DATA_HOME/bilat/datasets`, else `$HOME/.local/share/bilat/datasets`. As the XDG
    /// base directory rules say, an empty or relative `XDG_DATA_HOME` is ignored.
    pub fn datasets_dir(&self) -> Option<PathBuf> {
        let usable = |p: &&PathBuf| p.is_absolute();
        let base = match self.data_home.as_ref().filter(usable) {
            Some(data_home) => data_home.clone(),
            None => self
                .home
                .as_ref()
                .filter(usable)?
                .join(".local")
                .join("share"),
        };
        Some(base.join("bilat").join("datasets"))
    }
}

/// Where to look for datasets beyond the bundled ones, in the order they are listed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// The folder whose sub-folders are datasets ([`Env::datasets_dir`]).
    pub datasets_dir: Option<PathBuf>,
    /// The configuration's folders, already resolved against the file's folder.
    pub config: Vec<PathBuf>,
    /// Each `--data`, as typed: a folder or a bundled dataset's name.
    pub command_line: Vec<PathBuf>,
}

impl Places {
    /// The places of a run: the data dir from `env`, the configuration's `dir` and `dirs`,
    /// and each `--data` as given.
    pub fn new(env: &Env, config: &LoadedConfig, command_line: &[PathBuf]) -> Places {
        Places {
            datasets_dir: env.datasets_dir(),
            config: config.library_dirs(),
            command_line: command_line.to_vec(),
        }
    }
}

/// Where a library entry was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Bundled,
    DataDir,
    Config,
    CommandLine,
}

/// One dataset of the library, not loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Unique in the library: the folder's name, or the bundled dataset's name.
    pub name: String,
    pub source: Source,
    pub origin: Origin,
    /// What discovery already knows is wrong: a folder of the data dir that is not a
    /// dataset. Loading gives this problem without reading anything.
    pub fault: Option<Problem>,
}

impl Entry {
    /// Where it comes from, as `bilat list` and the clash message show it:
    /// `bundled (data/india-russia)`, `data dir (/home/a/…/pk-cn)`, `config (…)`, `--data (…)`.
    pub fn place(&self) -> String {
        let kind = match self.source {
            Source::Bundled => "bundled",
            Source::DataDir => "data dir",
            Source::Config => "config",
            Source::CommandLine => "--data",
        };
        format!("{kind} ({})", self.origin.label())
    }

    /// Reads and validates the dataset, as every command does.
    pub fn load(&self) -> Result<Dataset, Problems> {
        if let Some(fault) = &self.fault {
            return Err(Problems(vec![fault.clone()]));
        }
        match &self.origin {
            // `from_folder` says more about a missing folder than the loader does.
            Origin::Folder(dir) => Dataset::from_folder(dir),
            other => Dataset::load(other.clone()),
        }
    }
}

/// What keeps the library from being listed: a problem of the user's setup, not of one
/// dataset, so every command stops on it rather than guess which dataset was meant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LibraryError {
    #[error("two datasets are called {name:?}: {first} and {second}; rename one folder")]
    Clash {
        name: String,
        first: String,
        second: String,
    },
    #[error("{dir}: cannot list the datasets in this folder: {reason}")]
    DataDir { dir: String, reason: String },
}

/// Every dataset found, in the order found, names unique.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// Finds every dataset: the bundled ones, each folder directly under the data dir (by
    /// name; names starting with `.` are left out), the configuration's folders, then each
    /// `--data`. The same folder reached twice is one entry, where it was first found; a
    /// `--data` naming a bundled dataset is that dataset. Nothing is loaded.
    pub fn discover(places: &Places) -> Result<Library, LibraryError> {
        let mut found: Vec<Entry> = BUNDLED
            .iter()
            .map(|b| Entry {
                name: b.name.to_string(),
                source: Source::Bundled,
                origin: Origin::Bundled(b),
                fault: None,
            })
            .collect();
        if let Some(dir) = &places.datasets_dir {
            found.extend(data_dir_entries(dir)?);
        }
        found.extend(places.config.iter().map(|dir| Entry {
            name: folder_name(dir),
            source: Source::Config,
            origin: Origin::Folder(dir.clone()),
            fault: None,
        }));
        let mut library = Library {
            entries: Vec::new(),
        };
        for entry in found {
            library.add(entry)?;
        }
        // After the rest, so that `--data NAME` can name any dataset found so far.
        for arg in &places.command_line {
            let origin = library.resolve(arg);
            let name = match &origin {
                Origin::Bundled(b) => b.name.to_string(),
                Origin::Folder(dir) => folder_name(dir),
                Origin::Memory { label, .. } => label.clone(),
            };
            library.add(Entry {
                name,
                source: Source::CommandLine,
                origin,
                fault: None,
            })?;
        }
        Ok(library)
    }

    /// Adds an entry, unless the same dataset is already in under that name.
    fn add(&mut self, entry: Entry) -> Result<(), LibraryError> {
        match self.find(&entry.name) {
            Some(seen) if same_place(&seen.origin, &entry.origin) => Ok(()),
            Some(seen) => Err(LibraryError::Clash {
                name: entry.name.clone(),
                first: seen.place(),
                second: entry.place(),
            }),
            None => {
                self.entries.push(entry);
                Ok(())
            }
        }
    }

    /// What `--data` or `bilat check` names: the folder, where there is one; else the
    /// dataset of that name in the library (bundled, in the data dir or configured); else
    /// the folder all the same, which then fails to load with a message saying so.
    pub fn resolve(&self, arg: &Path) -> Origin {
        if !arg.exists()
            && let Some(entry) = arg.to_str().and_then(|name| self.find(name))
        {
            return entry.origin.clone();
        }
        Origin::from_arg(arg)
    }

    /// Every entry, in the order found.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry called `name`.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }
}

/// The folders directly under the data dir, by name; a missing data dir holds none.
fn data_dir_entries(dir: &Path) -> Result<Vec<Entry>, LibraryError> {
    let refused = |reason: String| LibraryError::DataDir {
        dir: sanitize(&dir.display().to_string()).into_owned(),
        reason,
    };
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) if dir.is_file() => return Err(refused("expected a folder, found a file".into())),
        Err(err) => return Err(refused(sanitize(&err.to_string()).into_owned())),
    };
    let mut names: Vec<OsString> = Vec::new();
    for item in listing {
        let item = item.map_err(|err| refused(sanitize(&err.to_string()).into_owned()))?;
        let name = item.file_name();
        // Hidden entries (`.git`, `.DS_Store`) are bookkeeping, not datasets. Following
        // symbolic links lets a dataset kept elsewhere be linked in.
        if !name.to_string_lossy().starts_with('.') && item.path().is_dir() {
            names.push(name);
        }
    }
    names.sort();
    Ok(names
        .into_iter()
        .map(|name| {
            let folder = dir.join(&name);
            let origin = Origin::Folder(folder.clone());
            let fault = (!folder.join(MANIFEST_FILE).exists()).then(|| {
                Problem::in_file(
                    &origin.file_label(MANIFEST_FILE),
                    "no such file, so this folder of the data dir is not a dataset \
                     (move it elsewhere, or start one with `bilat new DIR`)",
                )
            });
            Entry {
                name: folder_name(&folder),
                source: Source::DataDir,
                origin,
                fault,
            }
        })
        .collect())
}

/// A folder's name as `--data` and `bilat list` show it; `.` or `..` are named by the
/// folder they stand for.
fn folder_name(dir: &Path) -> String {
    let canonical = dir.canonicalize().ok();
    let name = dir
        .file_name()
        .or_else(|| canonical.as_deref().and_then(Path::file_name))
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string());
    sanitize(&name).into_owned()
}

/// Whether two origins are the same dataset: one bundled dataset, or one folder however
/// it was reached (relative, absolute, through a link), the folder a bundled dataset was
/// compiled from included (`--data data/india-russia` in the repository).
fn same_place(a: &Origin, b: &Origin) -> bool {
    let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    match (a, b) {
        (Origin::Folder(a), Origin::Folder(b)) => real(a) == real(b),
        (Origin::Bundled(bundled), Origin::Folder(dir))
        | (Origin::Folder(dir), Origin::Bundled(bundled)) => {
            // A folder that is not there is not the one the binary was built from.
            dir.exists() && real(dir) == real(&bundled.source_dir())
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(data_home: Option<&str>, home: Option<&str>) -> Env {
        Env {
            data_home: data_home.map(PathBuf::from),
            home: home.map(PathBuf::from),
        }
    }

    #[test]
    fn the_data_dir_is_xdg_data_home_then_home() {
        let dir = |e: Env| e.datasets_dir();
        assert_eq!(
            dir(env(Some("/x"), Some("/home/a"))),
            Some(PathBuf::from("/x/bilat/datasets"))
        );
        let fallback = Some(PathBuf::from("/home/a/.local/share/bilat/datasets"));
        assert_eq!(dir(env(None, Some("/home/a"))), fallback);
        assert_eq!(dir(env(Some(""), Some("/home/a"))), fallback);
        assert_eq!(dir(env(Some("rel"), Some("/home/a"))), fallback);
        assert_eq!(dir(env(None, None)), None);
    }

    #[test]
    fn a_bundled_name_on_the_command_line_is_the_bundled_dataset() {
        let places = Places {
            command_line: vec![PathBuf::from("india-russia")],
            ..Places::default()
        };
        let library = Library::discover(&places).unwrap();
        let names: Vec<&str> = library.entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["russia-china", "india-russia", "china-pakistan"]);
        assert_eq!(
            library.find("india-russia").unwrap().source,
            Source::Bundled
        );
    }

    #[test]
    fn the_folder_a_bundled_dataset_was_compiled_from_is_that_dataset() {
        // The core's tests run in crates/bilat-core, two folders below `data/india-russia`:
        // a relative path names the folder as well as an absolute one.
        let absolute = Path::new(env!("BILAT_REPO_DIR")).join("data/china-pakistan");
        let places = Places {
            command_line: vec![PathBuf::from("../../data/india-russia"), absolute],
            ..Places::default()
        };
        // It was a clash: two datasets are called "india-russia".
        let library = Library::discover(&places).unwrap();
        let names: Vec<&str> = library.entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["russia-china", "india-russia", "china-pakistan"]);
        // Another folder of the same name is still another dataset.
        let other = tempfile::tempdir().unwrap();
        let copy = other.path().join("india-russia");
        std::fs::create_dir(&copy).unwrap();
        let places = Places {
            command_line: vec![copy],
            ..Places::default()
        };
        assert!(matches!(
            Library::discover(&places),
            Err(LibraryError::Clash { .. })
        ));
    }

    #[test]
    fn a_dot_is_named_by_the_folder_it_stands_for() {
        let here = std::env::current_dir().unwrap();
        let name = here.file_name().unwrap().to_string_lossy();
        assert_eq!(folder_name(Path::new(".")), name);
        assert_eq!(folder_name(Path::new("a/b")), "b");
    }
}
