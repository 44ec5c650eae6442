//! Reading event files: plain or zipped (one member), streamed through a fixed buffer so
//! memory stays the same whatever their size, several files at once.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::ProgressBar;

use super::line::{EXPECTED_COLUMNS, Layout, LineError, split};
use super::tally::{Pair, Tally};
use crate::data::{Location, Problem, sanitize};

/// Bytes read at a time; a line may grow the buffer up to [`MAX_LINE`].
const CHUNK: usize = 1 << 20;
/// The longest line read: GDELT's run to a few kilobytes.
const MAX_LINE: usize = 16 << 20;

/// What one file held, and its header line if it began with one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileTally {
    pub tally: Tally,
    /// Whether line 1 was a header row, skipped.
    pub skipped_header: bool,
}

/// Counts the events of one stream: `label` names it in problems; `progress` is told how
/// many bytes each read brought.
pub fn read_events(
    label: &str,
    mut input: impl Read,
    pair: &Pair,
    progress: &dyn Fn(u64),
) -> Result<FileTally, Problem> {
    let mut found = FileTally::default();
    let mut layout: Option<(Layout, u64)> = None;
    let mut buf = vec![0u8; CHUNK];
    let mut filled = 0;
    let mut line_no = 0u64;
    loop {
        if filled == buf.len() {
            if buf.len() >= MAX_LINE {
                let msg = format!(
                    "a line longer than {} MiB: not an event file",
                    MAX_LINE >> 20
                );
                return Err(at_line(label, line_no + 1, msg));
            }
            buf.resize(buf.len() * 2, 0);
        }
        let n = read_some(&mut input, &mut buf[filled..])
            .map_err(|e| at_line(label, line_no + 1, format!("could not be read: {e}")))?;
        progress(n as u64);
        filled += n;
        let end = if n == 0 {
            filled
        } else {
            match memchr::memrchr(b'\n', &buf[..filled]) {
                Some(i) => i + 1,
                None => continue,
            }
        };
        for line in buf[..end].split_inclusive(|&b| b == b'\n') {
            line_no += 1;
            let line = line.strip_suffix(b"\n").unwrap_or(line);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() {
                continue;
            }
            read_line(label, line, line_no, pair, &mut layout, &mut found)?;
        }
        buf.copy_within(end..filled, 0);
        filled -= end;
        if n == 0 {
            return Ok(found);
        }
    }
}

/// One read, retried when interrupted.
fn read_some(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match input.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn read_line(
    label: &str,
    line: &[u8],
    line_no: u64,
    pair: &Pair,
    layout: &mut Option<(Layout, u64)>,
    found: &mut FileTally,
) -> Result<(), Problem> {
    let fields = match split(line) {
        Ok(fields) => fields,
        Err(LineError::Header) if line_no == 1 => {
            found.skipped_header = true;
            return Ok(());
        }
        Err(LineError::Header) => {
            let msg = "a header row in the middle of the file: GDELT event files have no header";
            return Err(at_line(label, line_no, msg.to_string()));
        }
        Err(LineError::Columns(count)) => {
            let msg = format!(
                "{EXPECTED_COLUMNS}, found {count}: count the columns, not a header's names"
            );
            return Err(at_line(label, line_no, msg));
        }
    };
    match *layout {
        None => *layout = Some((fields.layout, line_no)),
        Some((first, first_line)) if !first.same_version(fields.layout) => {
            let msg = format!(
                "{} columns ({}), but line {first_line} has {} ({}): one file holds one layout",
                fields.layout.columns(),
                fields.layout.name(),
                first.columns(),
                first.name()
            );
            return Err(at_line(label, line_no, msg));
        }
        Some(_) => {}
    }
    found
        .tally
        .count(&fields, pair, line_no)
        .map_err(|bad| Problem {
            file: label.to_string(),
            location: Location::Cell {
                line: line_no,
                column: bad.position as u64,
            },
            field: Some(bad.column.to_string()),
            message: format!("{}, found \"{}\"", bad.rule, sanitize(&bad.found)),
        })
}

fn at_line(label: &str, line: u64, message: String) -> Problem {
    Problem {
        file: label.to_string(),
        location: Location::Line(line),
        field: None,
        message,
    }
}

/// A file's bytes as they are read from disk, for the progress bar.
struct Counted<'a> {
    file: File,
    progress: &'a dyn Fn(u64),
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.file.read(buf)?;
        (self.progress)(n as u64);
        Ok(n)
    }
}

impl Seek for Counted<'_> {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.file.seek(pos)
    }
}

/// Reads one file from disk, unzipping it if it is a zip archive (told by its first bytes,
/// not its name).
pub fn read_file(path: &Path, pair: &Pair, progress: &dyn Fn(u64)) -> Result<FileTally, Problem> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let fail = |msg: String| Problem::in_file(&label, msg);
    let mut file = File::open(path).map_err(|e| fail(format!("could not be opened: {e}")))?;
    let mut magic = [0u8; 4];
    let is_zip = file.read(&mut magic).is_ok_and(|n| n == 4) && magic == *b"PK\x03\x04";
    file.rewind()
        .map_err(|e| fail(format!("could not be read: {e}")))?;
    let named_zip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    let counted = Counted { file, progress };
    if !is_zip {
        if named_zip {
            return Err(fail("named .zip, but not a zip archive".to_string()));
        }
        // The bytes are counted as they come off the disk, not again as lines.
        return read_events(&label, BufReader::new(counted), pair, &|_| {});
    }
    let mut archive = zip::ZipArchive::new(BufReader::new(counted)).map_err(|e| {
        fail(format!(
            "not a readable zip archive (truncated or damaged?): {}",
            sanitize(&e.to_string())
        ))
    })?;
    if archive.len() != 1 {
        return Err(fail(format!(
            "expected a zip archive of one event file, found {} members",
            archive.len()
        )));
    }
    let member = archive.by_index(0).map_err(|e| {
        fail(format!(
            "the zip archive's member could not be read: {}",
            sanitize(&e.to_string())
        ))
    })?;
    read_events(&label, member, pair, &|_| {})
}

/// Every file's tally, read on up to `threads` threads, in the order given. Each file that
/// fails gives its problem; the others are still read.
pub fn read_files(
    paths: &[PathBuf],
    pair: &Pair,
    threads: usize,
    progress: &ProgressBar,
) -> Vec<Result<FileTally, Problem>> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(paths.len()));
    let tick = |n: u64| progress.inc(n);
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, paths.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    let found = read_file(path, pair, &tick);
                    results
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .push((i, found));
                }
            });
        }
    });
    let mut results = results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
