//! An events file read on demand: the open file, what it was when indexed, and a small cache
//! of the records last read (the rows on screen), so text is never held for every event.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::sync::{Arc, Mutex};

use csv_core::ReadRecordResult;

use crate::data::text::sanitize;

/// How many records the cache keeps: several screens of rows.
const CACHED: usize = 256;

/// The text of one record: title, description, note and source text, trimmed and made safe
/// to print, as the loader checked them.
pub type Texts = [String; 4];

/// The records last read, by where each starts, and that order, oldest first.
#[derive(Debug, Default)]
struct Cache {
    texts: HashMap<u64, Arc<Texts>>,
    order: VecDeque<u64>,
}

impl Cache {
    fn get(&self, start: u64) -> Option<Arc<Texts>> {
        self.texts.get(&start).map(Arc::clone)
    }

    /// Keeps `texts`, forgetting the oldest record when full.
    fn put(&mut self, start: u64, texts: Arc<Texts>) {
        if self.texts.insert(start, texts).is_none() {
            self.order.push_back(start);
        }
        while self.order.len() > CACHED {
            if let Some(oldest) = self.order.pop_front() {
                self.texts.remove(&oldest);
            }
        }
    }
}

/// What identifies the file's contents as indexed: a change to any of these means the
/// offsets may no longer point at the records they were taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified_ns: i64,
    inode: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified_ns: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
            inode: meta.ino(),
        }
    }
}

/// The events file, kept open so that the indexed file is the one read (a file replaced
/// under the same name stays the old one here), with its stamp to notice a change in place.
#[derive(Debug, Clone)]
pub struct EventFile {
    file: Arc<File>,
    stamp: Stamp,
    /// The field index of title, description, note and source text in each record.
    columns: [usize; 4],
    /// Bytes of a byte-order mark before the first record: offsets count from after it, as
    /// the reader saw the file.
    skip: u64,
    cache: Arc<Mutex<Cache>>,
    /// A CSV parser as the loader reads the file, built once.
    parser: Arc<Mutex<csv_core::Reader>>,
}

impl EventFile {
    /// The open file as it is now.
    pub(in crate::data) fn new(file: File) -> std::io::Result<EventFile> {
        let stamp = Stamp::of(&file.metadata()?);
        let mut start = [0; 3];
        let skip = match file.read_exact_at(&mut start, 0) {
            Ok(()) if start == *b"\xef\xbb\xbf" => 3,
            _ => 0,
        };
        Ok(EventFile {
            file: Arc::new(file),
            stamp,
            columns: [0, 1, 2, 3],
            skip,
            cache: Arc::default(),
            parser: Arc::new(Mutex::new(csv_core::Reader::new())),
        })
    }

    /// Where title, description, note and source text are in each record, as the header
    /// said.
    pub(in crate::data) fn locate(&mut self, columns: [usize; 4]) {
        self.columns = columns;
    }

    /// A second handle on the same open file, for reading it through once.
    pub(in crate::data) fn stream(&self) -> std::io::Result<File> {
        self.file.try_clone()
    }

    /// Where the records end, as offsets count: the file's length when indexed.
    pub fn end(&self) -> u64 {
        self.stamp.len - self.skip
    }

    /// Whether the file was written to since it was indexed (its offsets are stale then).
    pub fn changed(&self) -> bool {
        self.file
            .metadata()
            .map_or(true, |meta| Stamp::of(&meta) != self.stamp)
    }

    /// Reads `len` bytes at `offset`, or nothing if the file changed since it was indexed:
    /// stale offsets are never read through.
    pub fn read_at(&self, offset: u64, len: usize) -> Option<Vec<u8>> {
        if self.changed() {
            return None;
        }
        self.read_unchecked(offset, len).ok()
    }

    /// The four texts of the record in bytes `start..end`, from the cache or the file;
    /// `None` when the file changed since it was indexed or cannot be read.
    pub fn texts(&self, start: u64, end: u64) -> Option<Arc<Texts>> {
        if let Some(found) = self.cached(start) {
            return Some(found);
        }
        let bytes = self.read_at(start, (end - start) as usize)?;
        let texts = Arc::new(self.parse(&bytes)?);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.put(start, Arc::clone(&texts));
        Some(texts)
    }

    /// Reads the records in `records` (start, end) that are not cached, with one check of
    /// the file and one read per run of records lying close together: a screen of rows costs
    /// a read or two, not one per row. Nothing is read if the file changed.
    pub fn prefetch(&self, mut records: Vec<(u64, u64)>) {
        /// Records this far apart are read in one go; a run of them is read whole up to this.
        const GAP: u64 = 16 << 10;
        const RUN: u64 = 1 << 20;
        records.retain(|&(start, _)| self.cached(start).is_none());
        if records.is_empty() || self.changed() {
            return;
        }
        records.sort_unstable();
        records.dedup();
        // Each run within the cache's room: a screen may hold more rows than it keeps.
        let fresh = records.len().min(CACHED);
        records.truncate(fresh);
        let mut run = 0;
        while run < records.len() {
            let from = records[run].0;
            let mut end = run + 1;
            while end < records.len()
                && records[end].0 <= records[end - 1].1 + GAP
                && records[end].1 - from <= RUN
            {
                end += 1;
            }
            let to = records[end - 1].1;
            let Ok(bytes) = self.read_unchecked(from, (to - from) as usize) else {
                return;
            };
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            for &(start, stop) in &records[run..end] {
                let record = &bytes[(start - from) as usize..(stop - from) as usize];
                if let Some(texts) = self.parse(record) {
                    cache.put(start, Arc::new(texts));
                }
            }
            run = end;
        }
    }

    fn read_unchecked(&self, offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
        let mut bytes = vec![0; len];
        self.file.read_exact_at(&mut bytes, offset + self.skip)?;
        Ok(bytes)
    }

    fn cached(&self, start: u64) -> Option<Arc<Texts>> {
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.get(start)
    }

    /// The texts of the first record in `bytes`.
    pub fn parse(&self, bytes: &[u8]) -> Option<Texts> {
        // Building a CSV parser costs more than parsing a record with it: the one built
        // when the file was opened is reset and used again. (A copy would not do: csv-core
        // copies only part of its tables.)
        let mut parser = self.parser.lock().unwrap_or_else(|e| e.into_inner());
        parser.reset();
        let mut out = vec![0; bytes.len()];
        let mut ends = vec![0; 16];
        let (mut input, mut written, mut fields) = (bytes, 0, 0);
        loop {
            let (result, read, wrote, ended) =
                parser.read_record(input, &mut out[written..], &mut ends[fields..]);
            input = &input[read..];
            written += wrote;
            fields += ended;
            match result {
                ReadRecordResult::Record => break,
                ReadRecordResult::End if fields == 0 => return None,
                ReadRecordResult::End => break,
                ReadRecordResult::OutputFull => out.resize(out.len() * 2 + 1, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                // An empty input tells the parser the record ends with the bytes.
                ReadRecordResult::InputEmpty => {}
            }
        }
        let field = |i: usize| -> Option<&str> {
            if i >= fields {
                return Some("");
            }
            let start = if i == 0 { 0 } else { ends[i - 1] };
            std::str::from_utf8(&out[start..ends[i]]).ok()
        };
        let mut texts: Texts = Default::default();
        for (text, &column) in texts.iter_mut().zip(&self.columns) {
            *text = sanitize(field(column)?.trim()).into_owned();
        }
        Some(texts)
    }

    /// The field index of text `part` (0 title, 1 description, 2 note, 3 source text).
    pub fn column(&self, part: usize) -> usize {
        self.columns[part]
    }
}
