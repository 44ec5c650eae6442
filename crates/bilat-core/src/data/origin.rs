//! Where a dataset's files come from (a folder, the binary, memory) and how each is read:
//! regular files only, never larger than [`MAX_FILE_BYTES`] when read whole or into memory
//! (the events file, read on demand, has no such bound).

use std::path::{Path, PathBuf};

use super::problem::Problem;
use super::text::sanitize;

/// Tables larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Where a dataset's files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// One of the folders under `data/`, compiled into the binary.
    Bundled(&'static Bundled),
    /// A folder on disk.
    Folder(PathBuf),
    /// Files held in memory, such as the tables of a JSON export; `label` names where they
    /// came from in messages (`brief.json:trade.csv`).
    Memory {
        label: String,
        files: std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>,
    },
}

impl Origin {
    /// What `--data` names: a folder, or where there is none, a bundled dataset by name.
    pub fn from_arg(path: &Path) -> Origin {
        if !path.exists()
            && let Some(bundled) = path.to_str().and_then(Bundled::find)
        {
            return Origin::Bundled(bundled);
        }
        Origin::Folder(path.to_path_buf())
    }

    /// The dataset as the user names it: its folder, or where its files came from.
    pub fn label(&self) -> String {
        match self {
            Origin::Bundled(b) => b.dir.to_string(),
            Origin::Folder(dir) => sanitize(&dir.display().to_string()).into_owned(),
            Origin::Memory { label, .. } => label.clone(),
        }
    }

    /// The path of one of the dataset's files as the user would type it.
    pub fn file_label(&self, name: &str) -> String {
        match self {
            Origin::Bundled(b) => format!("{}/{name}", b.dir),
            Origin::Folder(dir) => sanitize(&dir.join(name).display().to_string()).into_owned(),
            Origin::Memory { label, .. } => format!("{label}:{name}"),
        }
    }

    /// A reader over one of the dataset's files, checked as [`read_file`] checks.
    pub(super) fn open(&self, name: &str) -> Result<Box<dyn std::io::Read + Send>, Problem> {
        match self {
            Origin::Folder(dir) => {
                let path = dir.join(name);
                let label = self.file_label(name);
                check_file(&path, &label)?;
                let file = std::fs::File::open(&path).map_err(|err| io_problem(&label, &err))?;
                Ok(Box::new(std::io::Read::take(file, MAX_FILE_BYTES)))
            }
            _ => Ok(Box::new(std::io::Cursor::new(self.read(name)?))),
        }
    }

    /// One of the dataset's files opened for reading on demand, when it is on disk (`None`
    /// for files held in memory): a regular file of any size.
    pub(super) fn open_on_disk(&self, name: &str) -> Result<Option<std::fs::File>, Problem> {
        let Origin::Folder(dir) = self else {
            return Ok(None);
        };
        let path = dir.join(name);
        let label = self.file_label(name);
        check_kind(&path, &label)?;
        let file = std::fs::File::open(&path).map_err(|err| io_problem(&label, &err))?;
        Ok(Some(file))
    }

    /// Whether the dataset has a file of that name at all. Anything there counts, even a
    /// folder or a dangling link, so that reading it reports what is wrong with it.
    pub(super) fn has(&self, name: &str) -> bool {
        match self {
            Origin::Bundled(b) => b.file(name).is_some(),
            Origin::Folder(dir) => std::fs::symlink_metadata(dir.join(name)).is_ok(),
            Origin::Memory { files, .. } => files.contains_key(name),
        }
    }

    /// The size of one of the dataset's files in bytes (0 if unknown).
    pub(super) fn size(&self, name: &str) -> u64 {
        match self {
            Origin::Bundled(b) => b.file(name).map_or(0, |f| f.len() as u64),
            Origin::Folder(dir) => std::fs::metadata(dir.join(name)).map_or(0, |m| m.len()),
            Origin::Memory { files, .. } => files.get(name).map_or(0, |f| f.len() as u64),
        }
    }

    pub(super) fn read(&self, name: &str) -> Result<Vec<u8>, Problem> {
        match self {
            Origin::Bundled(b) => b
                .file(name)
                .map(<[u8]>::to_vec)
                .ok_or_else(|| Problem::in_file(&self.file_label(name), "no such file")),
            Origin::Folder(dir) => read_file(&dir.join(name), &self.file_label(name)),
            Origin::Memory { files, .. } => files
                .get(name)
                .cloned()
                .ok_or_else(|| Problem::in_file(&self.file_label(name), "missing")),
        }
    }
}

/// A dataset folder compiled into the binary, so `bilat` works from any folder.
#[derive(Debug, PartialEq, Eq)]
pub struct Bundled {
    /// What `--data` takes: `india-russia`.
    pub name: &'static str,
    /// The folder in the repository it was compiled from.
    pub dir: &'static str,
    /// (file name, contents): the manifest and whichever tables the folder holds.
    files: &'static [(&'static str, &'static [u8])],
}

impl Bundled {
    /// One of its files, as compiled in; `None` for a file the folder does not have.
    pub fn file(&self, name: &str) -> Option<&'static [u8]> {
        self.files
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, bytes)| *bytes)
    }

    /// The bundled dataset called `name`.
    pub fn find(name: &str) -> Option<&'static Bundled> {
        BUNDLED.iter().find(|b| b.name == name)
    }

    /// The folder it was compiled from, where the build ran: a `--data` naming that folder
    /// names this same dataset.
    pub fn source_dir(&self) -> PathBuf {
        Path::new(env!("BILAT_REPO_DIR")).join(self.dir)
    }
}

// `bundled_files!`, written by build.rs from what each folder of `data/` holds.
include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

macro_rules! bundled {
    // `tt`, not `literal`: `bundled_files!` matches the name as a token.
    ($name:tt) => {
        Bundled {
            name: $name,
            dir: concat!("data/", $name),
            files: bundled_files!($name),
        }
    };
}

/// Every bundled dataset; the first is the default.
pub static BUNDLED: [Bundled; 3] = [
    bundled!("russia-china"),
    bundled!("india-russia"),
    bundled!("china-pakistan"),
];

/// Reads a regular file of at most [`MAX_FILE_BYTES`]; folders, pipes and devices are
/// refused before anything is read, so nothing can hang or fill memory.
pub fn read_file(path: &Path, label: &str) -> Result<Vec<u8>, Problem> {
    use std::io::Read;
    let meta = check_file(path, label)?;
    let file = std::fs::File::open(path).map_err(|err| io_problem(label, &err))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| io_problem(label, &err))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(label, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(label: &str, size: u64) -> Problem {
    Problem::in_file(
        label,
        format!(
            "the file is {} MiB, more than the {} MiB bilat reads",
            size >> 20,
            MAX_FILE_BYTES >> 20
        ),
    )
}

/// A regular file of at most [`MAX_FILE_BYTES`]: folders, pipes and devices are refused
/// before anything is read, so nothing can hang or fill memory.
fn check_file(path: &Path, label: &str) -> Result<std::fs::Metadata, Problem> {
    let meta = check_kind(path, label)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(label, meta.len()));
    }
    Ok(meta)
}

/// A regular file: folders, pipes and devices (which may never end) are refused before
/// anything is read.
fn check_kind(path: &Path, label: &str) -> Result<std::fs::Metadata, Problem> {
    let meta = std::fs::metadata(path).map_err(|err| io_problem(label, &err))?;
    if meta.is_dir() {
        return Err(Problem::in_file(label, "expected a file, found a folder"));
    }
    if !meta.is_file() {
        return Err(Problem::in_file(
            label,
            "expected a regular file, found a pipe, socket or device",
        ));
    }
    Ok(meta)
}

pub(super) fn io_problem(label: &str, err: &std::io::Error) -> Problem {
    let message = match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {}", sanitize(&err.to_string())),
    };
    Problem::in_file(label, message)
}
