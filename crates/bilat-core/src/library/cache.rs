//! The summaries' cache: one JSON file in `$XDG_CACHE_HOME/bilat/` (else `~/.cache/bilat/`),
//! each dataset folder's [`Summary`] kept beside the size and modification time of every
//! file the dataset is read from. An entry is used only when every file still has the size
//! and time it had; otherwise the dataset is read again. A cache file that cannot be read
//! or parsed (truncated, another version's, garbage) is ignored and written anew, and it is
//! always written whole to a temporary file first and moved into place.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::summary::Summary;
use super::{Entry, Env};
use crate::data::{MANIFEST_FILE, Origin, TABLES};

/// The cache file's name in the cache folder.
pub const CACHE_FILE: &str = "summaries.json";

/// Bumped whenever [`Summary`] or what it means changes: entries of another format are
/// rebuilt, not misread.
const FORMAT: u32 = 7;

/// A file changed less than this before it was summarised may change again within the
/// file system's clock tick with the same size; such an entry is not kept.
const RACY: Duration = Duration::from_secs(2);

/// `$XDG_CACHE_HOME/bilat`, else `$HOME/.cache/bilat`; a relative `XDG_CACHE_HOME` is
/// ignored, as the XDG base directory rules say.
pub fn cache_dir(cache_home: Option<&Path>, home: Option<&Path>) -> Option<PathBuf> {
    let base = match cache_home.filter(|p| p.is_absolute()) {
        Some(dir) => dir.to_path_buf(),
        None => home.filter(|p| p.is_absolute())?.join(".cache"),
    };
    Some(base.join("bilat"))
}

/// The process's cache folder ([`cache_dir`] of `XDG_CACHE_HOME` and `HOME`).
pub fn process_cache_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).map(PathBuf::from);
    let env = Env::from_process();
    cache_dir(var("XDG_CACHE_HOME").as_deref(), env.home.as_deref())
}

/// One file's size and modification time; `None` for a file that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    /// Since the Unix epoch, in nanoseconds.
    pub modified_ns: u128,
}

/// The stamp of every file a dataset folder is read from, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub files: Vec<(String, Option<FileStamp>)>,
}

impl Stamp {
    /// The folder's manifest and table files as they are now; `None` when one cannot be
    /// looked at for another reason than being absent (then nothing is cached).
    pub fn of_folder(dir: &Path) -> Option<Stamp> {
        let names = std::iter::once(MANIFEST_FILE).chain(TABLES.iter().map(|t| t.file));
        let mut files = Vec::new();
        for name in names {
            let stamp = match std::fs::metadata(dir.join(name)) {
                Ok(meta) => Some(FileStamp {
                    size: meta.len(),
                    modified_ns: meta
                        .modified()
                        .ok()?
                        .duration_since(UNIX_EPOCH)
                        .ok()?
                        .as_nanos(),
                }),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
                Err(_) => return None,
            };
            files.push((name.to_string(), stamp));
        }
        Some(Stamp { files })
    }

    /// Whether a file changed so recently (`RACY` before `now`) that another change within
    /// the same clock tick could keep its size and time.
    fn is_racy(&self, now: SystemTime) -> bool {
        let Ok(now) = now.duration_since(UNIX_EPOCH) else {
            return true;
        };
        let edge = now.saturating_sub(RACY).as_nanos();
        self.files
            .iter()
            .filter_map(|(_, s)| *s)
            .any(|s| s.modified_ns >= edge)
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    /// The bilat that wrote it: another version's summaries are rebuilt.
    version: String,
    entries: Vec<Stored>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Stored {
    folder: String,
    stamp: Stamp,
    summary: Summary,
}

/// The summaries cached for dataset folders, read once, written back when changed.
#[derive(Debug)]
pub struct Cache {
    file: Option<PathBuf>,
    entries: HashMap<String, Stored>,
    changed: bool,
}

/// The key of a folder: its canonical path where it has one.
fn key(dir: &Path) -> String {
    let real = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    real.to_string_lossy().into_owned()
}

impl Cache {
    /// A cache that keeps nothing between runs.
    pub fn none() -> Cache {
        Cache {
            file: None,
            entries: HashMap::new(),
            changed: false,
        }
    }

    /// The cache in `dir` (made when first written). A missing, unreadable or corrupted
    /// file, or one of another format or version, gives an empty cache: never an error.
    pub fn open(dir: &Path) -> Cache {
        let file = dir.join(CACHE_FILE);
        let entries = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<CacheFile>(&bytes).ok())
            .filter(|c| c.format == FORMAT && c.version == env!("CARGO_PKG_VERSION"))
            .map(|c| {
                c.entries
                    .into_iter()
                    .map(|e| (e.folder.clone(), e))
                    .collect()
            })
            .unwrap_or_default();
        Cache {
            file: Some(file),
            entries,
            changed: false,
        }
    }

    /// The process's cache ([`process_cache_dir`]), or none without a home.
    pub fn from_process() -> Cache {
        process_cache_dir().map_or_else(Cache::none, |dir| Cache::open(&dir))
    }

    /// How many summaries it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The summary cached for `dir`, if every file still has the size and time it had.
    pub fn get(&self, dir: &Path, stamp: &Stamp) -> Option<&Summary> {
        let stored = self.entries.get(&key(dir))?;
        (stored.stamp == *stamp).then_some(&stored.summary)
    }

    /// Keeps `summary` for `dir`, read when its files had `stamp`, unless a file changed so
    /// recently that the stamp cannot be trusted (`now`: when the reading started).
    pub fn put(&mut self, dir: &Path, stamp: Stamp, summary: Summary, now: SystemTime) {
        let folder = key(dir);
        if stamp.is_racy(now) {
            // A stale entry must not outlive the file it was read from.
            self.changed |= self.entries.remove(&folder).is_some();
            return;
        }
        self.entries.insert(
            folder.clone(),
            Stored {
                folder,
                stamp,
                summary,
            },
        );
        self.changed = true;
    }

    /// Writes the cache back if anything changed: whole, to a temporary file in the same
    /// folder, then moved over the old one, so a reader never sees half a file. Entries
    /// whose folder is gone are dropped.
    pub fn save(&mut self) -> std::io::Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        if !self.changed {
            return Ok(());
        }
        self.entries.retain(|folder, _| Path::new(folder).is_dir());
        let dir = file.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let mut entries: Vec<&Stored> = self.entries.values().collect();
        entries.sort_by(|a, b| a.folder.cmp(&b.folder));
        let body = serde_json::json!({
            "format": FORMAT,
            "version": env!("CARGO_PKG_VERSION"),
            "entries": entries,
        });
        let mut tmp = tempfile::Builder::new()
            .prefix(".summaries")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        {
            use std::io::Write;
            let mut w = std::io::BufWriter::new(tmp.as_file_mut());
            serde_json::to_writer(&mut w, &body).map_err(std::io::Error::other)?;
            w.flush()?;
        }
        tmp.as_file().sync_all()?;
        tmp.persist(file).map_err(|e| e.error)?;
        self.changed = false;
        Ok(())
    }
}

/// One library entry's summary: from the cache when its files are unchanged, else read.
pub enum Lookup {
    /// Found in the cache, its files unchanged.
    Cached(Box<Summary>),
    /// To be read: a folder with the stamp its files have now (`None`: not cacheable, as
    /// for a bundled dataset, which is compiled in and quick to read).
    Stale(Option<(PathBuf, Stamp)>),
}

/// What the cache knows of `entry`.
pub fn lookup(cache: &Cache, entry: &Entry) -> Lookup {
    if entry.fault.is_some() {
        return Lookup::Stale(None);
    }
    let Origin::Folder(dir) = &entry.origin else {
        return Lookup::Stale(None);
    };
    let Some(stamp) = Stamp::of_folder(dir) else {
        return Lookup::Stale(None);
    };
    match cache.get(dir, &stamp) {
        Some(summary) => Lookup::Cached(Box::new(summary.clone())),
        None => Lookup::Stale(Some((dir.clone(), stamp))),
    }
}

/// Reads `entry` and summarises it: its first problem when it does not load.
pub fn read(entry: &Entry) -> Summary {
    match entry.load() {
        Ok(data) => Summary::of(&data),
        Err(problems) => Summary::broken(&problems),
    }
}

/// Every entry's summary, in the library's order: cached ones as they are, the others read
/// on up to `threads` threads (one dataset each at a time, so memory follows the largest
/// dataset, not the library), then kept in `cache`. `progress` hears of each one read,
/// with the count done and the count to read.
pub fn summaries(
    entries: &[Entry],
    cache: &mut Cache,
    threads: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<Summary> {
    let started = SystemTime::now();
    let mut out: Vec<Option<Summary>> = vec![None; entries.len()];
    let mut todo: Vec<(usize, Option<(PathBuf, Stamp)>)> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match lookup(cache, entry) {
            Lookup::Cached(s) => out[i] = Some(*s),
            Lookup::Stale(key) => todo.push((i, key)),
        }
    }
    let total = todo.len();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let threads = threads.clamp(1, total.max(1));
    let read_all: Vec<Vec<(usize, Summary)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((i, _)) = todo.get(k) else {
                            break;
                        };
                        mine.push((k, read(&entries[*i])));
                        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                        progress(n, total);
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    for (k, summary) in read_all.into_iter().flatten() {
        let (i, key) = &todo[k];
        if let Some((dir, stamp)) = key {
            cache.put(dir, stamp.clone(), summary.clone(), started);
        }
        out[*i] = Some(summary);
    }
    out.into_iter()
        .map(|s| s.unwrap_or_else(|| Summary::failed("could not be read".to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_dir_is_xdg_cache_home_then_home() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            cache_dir(Some(&p("/c")), Some(&p("/h"))),
            Some(p("/c/bilat"))
        );
        assert_eq!(
            cache_dir(Some(&p("rel")), Some(&p("/h"))),
            Some(p("/h/.cache/bilat"))
        );
        assert_eq!(cache_dir(None, Some(&p("/h"))), Some(p("/h/.cache/bilat")));
        assert_eq!(cache_dir(None, None), None);
    }
}
