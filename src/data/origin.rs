//! Where a dataset's files come from (a folder, the binary, memory) and how each is read:
//! regular files only, never larger than [`MAX_FILE_BYTES`].

use std::path::{Path, PathBuf};

use super::problem::Problem;
use super::text::sanitize;
use super::{EVENTS_FILE, EXERCISES_FILE, MANIFEST_FILE, MEETINGS_FILE, TRADE_FILE};

/// Tables larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Where a dataset's files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `data/russia-china/`, compiled into the binary.
    Bundled,
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
    /// The dataset as the user names it: its folder, or where its files came from.
    pub fn label(&self) -> String {
        match self {
            Origin::Bundled => BUNDLED_DIR.to_string(),
            Origin::Folder(dir) => sanitize(&dir.display().to_string()).into_owned(),
            Origin::Memory { label, .. } => label.clone(),
        }
    }

    /// The path of one of the dataset's files as the user would type it.
    pub fn file_label(&self, name: &str) -> String {
        match self {
            Origin::Bundled => format!("{BUNDLED_DIR}/{name}"),
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

    /// The size of one of the dataset's files in bytes (0 if unknown).
    pub(super) fn size(&self, name: &str) -> u64 {
        match self {
            Origin::Bundled => bundled_file(name).len() as u64,
            Origin::Folder(dir) => std::fs::metadata(dir.join(name)).map_or(0, |m| m.len()),
            Origin::Memory { files, .. } => files.get(name).map_or(0, |f| f.len() as u64),
        }
    }

    pub(super) fn read(&self, name: &str) -> Result<Vec<u8>, Problem> {
        match self {
            Origin::Bundled => Ok(bundled_file(name).to_vec()),
            Origin::Folder(dir) => read_file(&dir.join(name), &self.file_label(name)),
            Origin::Memory { files, .. } => files
                .get(name)
                .cloned()
                .ok_or_else(|| Problem::in_file(&self.file_label(name), "missing")),
        }
    }
}

/// The bundled dataset's folder, relative to the repository.
pub const BUNDLED_DIR: &str = "data/russia-china";

/// One file of the bundled dataset, as compiled in.
pub fn bundled_file(name: &str) -> &'static [u8] {
    match name {
        MANIFEST_FILE => include_bytes!("../../data/russia-china/dataset.toml"),
        TRADE_FILE => include_bytes!("../../data/russia-china/trade.csv"),
        MEETINGS_FILE => include_bytes!("../../data/russia-china/meetings.csv"),
        EXERCISES_FILE => include_bytes!("../../data/russia-china/exercises.csv"),
        EVENTS_FILE => include_bytes!("../../data/russia-china/events.csv"),
        _ => b"",
    }
}

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
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(label, meta.len()));
    }
    Ok(meta)
}

fn io_problem(label: &str, err: &std::io::Error) -> Problem {
    let message = match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {}", sanitize(&err.to_string())),
    };
    Problem::in_file(label, message)
}
