//! Writing files so that a reader never sees half of one: write a temporary file beside the
//! target, flush it to disk, then rename it over the target in one step.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ExportError, shown};

/// The folder a file goes into; `.` for a bare file name.
pub fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuses a folder target that is a file, before anything is written.
pub fn check_folder(dir: &Path) -> Result<(), ExportError> {
    match fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(ExportError::Unusable {
            path: dir.to_path_buf(),
            what: "exists and is a file; this format writes a folder".to_string(),
        }),
        _ => Ok(()),
    }
}

/// Refuses if any of `paths` exists (unless `force`), or is a folder (even with `force`:
/// replacing a folder by a file would delete what it holds).
pub fn check_free(paths: &[PathBuf], force: bool) -> Result<(), ExportError> {
    for path in paths {
        // `symlink_metadata`: a dangling link is still something the user has there.
        if fs::symlink_metadata(path).is_err() {
            continue;
        }
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            return Err(ExportError::Unusable {
                path: path.clone(),
                what: "is a folder; name a file".to_string(),
            });
        }
        if !force {
            return Err(ExportError::Exists(path.clone()));
        }
    }
    Ok(())
}

/// Makes sure `dir` is a folder, creating it and its parents if missing; errors name `target`,
/// the path the user asked for.
pub fn ensure_folder(dir: &Path, target: &Path) -> Result<(), ExportError> {
    if dir.is_dir() {
        return Ok(());
    }
    // A file somewhere on the way (`notes.txt/brief.html`) makes a clearer message than the
    // system's "not a directory".
    for ancestor in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
        match fs::metadata(ancestor) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(ExportError::Unusable {
                    path: target.to_path_buf(),
                    what: format!(
                        "cannot write here: {} is a file, not a folder",
                        shown(ancestor)
                    ),
                });
            }
            Err(_) => continue,
        }
    }
    fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: target.to_path_buf(),
        action: format!("cannot create the folder {}", shown(dir)),
        source,
    })
}

/// Replaces `path` with `bytes` in one step: a reader sees the old file or the new one.
///
/// The temporary file is `.<name>.tmp-<pid>` in the same folder (a rename only stays atomic
/// within one file system) and is removed again if anything fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let dir = parent(path);
    let Some(name) = path.file_name() else {
        return Err(ExportError::Unusable {
            path: path.to_path_buf(),
            what: "names no file".to_string(),
        });
    };
    let (temp, mut file) = create_temp(&dir, &name.to_string_lossy(), path)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|source| (source, "cannot write"))
        .and_then(|()| {
            drop(file);
            fs::rename(&temp, path).map_err(|source| (source, "cannot replace"))
        });
    if let Err((source, action)) = written {
        let _ = fs::remove_file(&temp);
        return Err(ExportError::Io {
            path: path.to_path_buf(),
            action: action.to_string(),
            source,
        });
    }
    // The rename lives in the folder's entry list: flush that too, where the system allows
    // opening a folder (not everywhere, hence no error).
    if let Ok(folder) = File::open(&dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Creates the temporary file with `create_new`, so it never clobbers anything; a leftover
/// from a crashed run with the same process id gets a numbered neighbour instead.
fn create_temp(dir: &Path, name: &str, target: &Path) -> Result<(PathBuf, File), ExportError> {
    let pid = std::process::id();
    let mut last = None;
    for attempt in 0..100 {
        let suffix = if attempt == 0 {
            String::new()
        } else {
            format!("-{attempt}")
        };
        let temp = dir.join(format!(".{name}.tmp-{pid}{suffix}"));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => last = Some(err),
            Err(source) => {
                return Err(ExportError::Io {
                    path: target.to_path_buf(),
                    action: "cannot create a file in its folder".to_string(),
                    source,
                });
            }
        }
    }
    Err(ExportError::Io {
        path: target.to_path_buf(),
        action: "cannot create a temporary file beside it".to_string(),
        source: last.unwrap_or_else(|| std::io::Error::other("too many leftovers")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_neither_the_target_changed_nor_a_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        // A folder with something in it cannot be renamed over, so the last step fails.
        let target = tmp.path().join("brief.html");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("inside"), "kept").unwrap();
        let err = write_atomic(&target, b"new").unwrap_err();
        assert!(
            err.to_string().contains("brief.html: cannot replace: "),
            "{err}"
        );
        let mut names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["brief.html"]);
        assert_eq!(fs::read_to_string(target.join("inside")).unwrap(), "kept");
    }

    #[test]
    fn a_leftover_temporary_file_is_stepped_around_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("a.json");
        let leftover = tmp
            .path()
            .join(format!(".a.json.tmp-{}", std::process::id()));
        fs::write(&leftover, "old").unwrap();
        write_atomic(&target, b"{}").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "{}");
        assert_eq!(fs::read_to_string(&leftover).unwrap(), "old");
    }

    #[test]
    fn a_bare_file_name_lives_in_the_current_folder() {
        assert_eq!(parent(Path::new("brief.html")), PathBuf::from("."));
        assert_eq!(parent(Path::new("out/brief.html")), PathBuf::from("out"));
    }
}
