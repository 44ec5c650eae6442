//! Reading the events after the rest of a dataset, with progress, for the dashboard's first
//! frame not to wait for millions of rows.

use super::events::Events;
use super::manifest::Manifest;
use super::origin::Origin;
use super::problem::Problems;
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
        let origin = &self.origin;
        let spec = TableId::Events.spec();
        if !is_present(origin, spec.id) {
            return Ok(Events::default());
        }
        let label = origin.file_label(spec.file);
        let mut problems = Vec::new();
        let input = match origin.open(spec.file) {
            Ok(input) => input,
            Err(p) => return Err(Problems(vec![p])),
        };
        let total = origin.size(spec.file);
        let counted = Counted {
            inner: input,
            read: 0,
            reported: 0,
            total,
            progress,
        };
        let mut events = Events::with_capacity(total);
        table::read_table(&label, counted, &spec.columns, &mut problems, |row| {
            rows::read_event(row, &self.manifest, &mut events)
        });
        if !problems.is_empty() {
            sort_in_file_order(&mut problems);
            return Err(Problems(problems));
        }
        events.sort_by_date();
        events.shrink_to_fit();
        Ok(events)
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

impl<R: std::io::Read> std::io::Read for Counted<'_, R> {
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
