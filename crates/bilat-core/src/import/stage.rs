//! All or nothing: the changed files are written into a hidden folder inside the dataset
//! folder, beside links to the unchanged ones; that staged copy must load as a dataset
//! before the changed files are renamed into place (a rename within one file system
//! replaces a file whole). On any failure the staged copy is removed and the folder is as
//! it was.

use std::fs;
use std::path::Path;

use crate::data::{Dataset, MANIFEST_FILE, Problems, TABLES};

use super::{ImportError, shown};

/// Writes `changes` (file name, text) into `dir`, which `created` says is to be made.
pub(super) fn apply(
    dir: &Path,
    changes: &[(&'static str, String)],
    created: bool,
) -> Result<(), ImportError> {
    let existed = dir.exists();
    fs::create_dir_all(dir).map_err(io(dir))?;
    let result = stage_and_move(dir, changes);
    if result.is_err() && created && !existed {
        // Only the folder this import made, and only if nothing else appeared in it.
        let _ = fs::remove_dir(dir);
    }
    result
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ImportError + '_ {
    move |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn stage_and_move(dir: &Path, changes: &[(&'static str, String)]) -> Result<(), ImportError> {
    let staged = tempfile::Builder::new()
        .prefix(".bilat-import-")
        .tempdir_in(dir)
        .map_err(io(dir))?;
    let files = std::iter::once(MANIFEST_FILE).chain(TABLES.iter().map(|t| t.file));
    for name in files {
        let to = staged.path().join(name);
        if let Some((_, text)) = changes.iter().find(|(n, _)| *n == name) {
            fs::write(&to, text).map_err(io(&to))?;
            continue;
        }
        let from = dir.join(name);
        if from.exists() {
            // A link costs nothing however large the file; a copy where links are refused.
            if fs::hard_link(&from, &to).is_err() {
                fs::copy(&from, &to).map_err(io(&from))?;
            }
        }
    }
    if let Err(Problems(problems)) = Dataset::from_folder(staged.path()) {
        // Name the folder's own files, not the staged copies.
        let staged_label = shown(staged.path());
        let problems = problems
            .into_iter()
            .map(|mut p| {
                p.file = p.file.replacen(&staged_label, &shown(dir), 1);
                p
            })
            .collect();
        return Err(ImportError::WouldNotLoad {
            dir: dir.to_path_buf(),
            problems: Problems(problems),
        });
    }
    for (name, _) in changes {
        let from = staged.path().join(name);
        let to = dir.join(name);
        fs::rename(&from, &to).map_err(io(&to))?;
    }
    staged.close().map_err(io(dir))
}
