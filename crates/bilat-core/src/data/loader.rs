//! Reading the events after the rest of a dataset, with progress, for the dashboard's first
//! frame not to wait for millions of rows; from a folder, only what ordering, filtering and
//! drawing need is kept, and the text stays in the file.

use std::io::Read;

use super::events::Events;
use super::events::file::EventFile;
use super::manifest::Manifest;
use super::origin::{Origin, io_problem};
use super::problem::{Problem, Problems};
use super::tables::TableId;
use super::{is_present, rows, sort_in_file_order, table};

/// Reads a dataset's events after the rest of it, reporting how far it has got.
#[derive(Debug, Clone)]
pub struct EventsLoader {
    pub(super) origin: Origin,
    pub(super) manifest: Manifest,
}

impl EventsLoader {
    /// Where the dataset comes from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Reads and checks every event, sorted by date; `progress` hears (bytes read, bytes in
    /// all) now and then.
    pub fn load(&self, progress: &mut dyn FnMut(u64, u64)) -> Result<Events, Problems> {
        let mut problems = Vec::new();
        let mut events = read_events(&self.origin, &self.manifest, &mut problems, progress);
        if !problems.is_empty() {
            sort_in_file_order(&mut problems);
            return Err(Problems(problems));
        }
        events.sort_by_date();
        events.shrink_to_fit();
        Ok(events)
    }
}

/// Reads and checks every event of `origin` in the file's order, adding every problem
/// found; `progress` hears (bytes read, bytes in all) now and then. A file on disk is kept
/// open and its text left there, to be read on demand.
pub(super) fn read_events(
    origin: &Origin,
    manifest: &Manifest,
    problems: &mut Vec<Problem>,
    progress: &mut dyn FnMut(u64, u64),
) -> Events {
    let spec = TableId::Events.spec();
    if !is_present(origin, spec.id) {
        return Events::default();
    }
    let label = origin.file_label(spec.file);
    let opened = origin.open_on_disk(spec.file).and_then(|file| match file {
        Some(file) => {
            let on_disk = EventFile::new(file).and_then(|f| Ok((f.stream()?, f)));
            let (stream, file) = on_disk.map_err(|err| io_problem(&label, &err))?;
            let input: Box<dyn Read + Send> = Box::new(ReadAhead::spawn(stream));
            Ok((Events::on_disk(file), input))
        }
        None => Ok((
            Events::with_capacity(origin.size(spec.file)),
            origin.open(spec.file)?,
        )),
    });
    let (mut events, input) = match opened {
        Ok(opened) => opened,
        Err(problem) => {
            problems.push(problem);
            return Events::default();
        }
    };
    let counted = Counted {
        inner: input,
        read: 0,
        reported: 0,
        total: origin.size(spec.file),
        progress,
    };
    table::read_table(&label, counted, &spec.columns, problems, |row| {
        rows::read_event(row, manifest, &mut events)
    });
    events
}

/// Reads a file on a thread of its own, a few chunks ahead of the parser, so that copying
/// the bytes in and parsing them share two cores.
struct ReadAhead {
    chunks: std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
}

impl ReadAhead {
    /// Chunks of 1 MiB, at most four waiting: bounded memory however large the file.
    fn spawn(mut file: std::fs::File) -> ReadAhead {
        let (tx, chunks) = std::sync::mpsc::sync_channel(4);
        std::thread::spawn(move || {
            loop {
                let mut chunk = vec![0; 1 << 20];
                let read = file.read(&mut chunk).map(|n| {
                    chunk.truncate(n);
                    chunk
                });
                let end = read.as_ref().map_or(true, Vec::is_empty);
                // The reader may have stopped (a problem ended the read): so do we.
                if tx.send(read).is_err() || end {
                    return;
                }
            }
        });
        ReadAhead {
            chunks,
            chunk: Vec::new(),
            at: 0,
        }
    }
}

impl Read for ReadAhead {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.chunk.len() {
            match self.chunks.recv() {
                Ok(chunk) => self.chunk = chunk?,
                Err(_) => return Ok(0),
            }
            self.at = 0;
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Counts bytes on their way to the reader and reports every 1% or so.
struct Counted<'a, R> {
    inner: R,
    read: u64,
    reported: u64,
    total: u64,
    progress: &'a mut dyn FnMut(u64, u64),
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read - self.reported >= (self.total / 100).max(1 << 20) || n == 0 {
            self.reported = self.read;
            (self.progress)(self.read, self.total.max(self.read));
        }
        Ok(n)
    }
}
