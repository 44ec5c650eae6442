//! The events table, stored compactly for tens of millions of rows: dates, categories and
//! quality marks in columns; the text either in one arena addressed by offsets (datasets held
//! in memory) or left in the file, read on demand for the rows shown (a folder on disk).

mod event;
pub(super) mod file;
mod order;
pub(super) mod scan;

use std::fmt;

use super::date::PartialDate;
use super::quality::Quality;
use file::EventFile;

pub use event::Event;

/// Every event of a dataset, in date order once loaded.
///
/// The columns are in date order; the text stays in the file's order, so sorting moves a
/// few bytes per event and never copies the text. Read from a file on disk, an event keeps
/// 12 bytes here (date, category, quality, where its record starts) and its text is read
/// from the file when asked for.
#[derive(Clone, Default)]
pub struct Events {
    pub(super) dates: Vec<PartialDate>,
    /// Indices into [`Manifest::event_categories`].
    pub(super) categories: Vec<u16>,
    pub(super) qualities: Vec<Quality>,
    /// Title, description, note and source text of every event, back to back, in the
    /// order the file gave the events.
    pub(super) text: String,
    /// Where each event's title starts in `text`; empty while the events are in the file's
    /// order, where each starts where the one before ended (saving 4 bytes an event).
    pub(super) starts: Vec<u32>,
    /// Where each of its four texts ends in `text`, four entries per event.
    pub(super) ends: Vec<u32>,
    /// Manifest source indices cited, all events' back to back (file order).
    pub(super) source_ids: Vec<u16>,
    /// Each event's range in `source_ids`; empty while no event cites a manifest source
    /// (large event files rarely do), and then `(0, 0)` for events that do not.
    pub(super) source_spans: Vec<(u32, u32)>,
    /// For the k-th event of the file, its index in date order; empty when they agree (or
    /// when the text is read on demand, which needs the other way round).
    pub(super) file_order: Vec<u32>,
    /// The file the text is read from on demand; `None` while the text is in `text`.
    pub(super) file: Option<EventFile>,
    /// Where each record starts in the file, in the file's order: low 32 bits here, the
    /// byte above in `offsets_high` (files up to 1 TiB, 5 bytes an event).
    pub(super) offsets: Vec<u32>,
    pub(super) offsets_high: Vec<u8>,
    /// For the event at each index in date order, its place in the file's order, when the
    /// text is read on demand; empty when they agree.
    pub(super) read_order: Vec<u32>,
}

impl PartialEq for Events {
    /// The same events in the same order, however each was stored.
    fn eq(&self, other: &Events) -> bool {
        self.len() == other.len()
            && self.iter().zip(other.iter()).all(|(a, b)| {
                a.date() == b.date()
                    && a.category() == b.category()
                    && a.quality() == b.quality()
                    && a.title() == b.title()
                    && a.description() == b.description()
                    && a.note() == b.note()
                    && a.source_text() == b.source_text()
                    && a.source_ids() == b.source_ids()
            })
    }
}

impl Eq for Events {}

/// One event's fields, borrowed, on their way into [`Events`].
pub struct NewEvent<'a> {
    pub date: PartialDate,
    pub category: u16,
    pub quality: Quality,
    pub title: &'a str,
    pub description: &'a str,
    pub note: &'a str,
    pub source_text: &'a str,
    pub source_ids: &'a [u16],
    /// Where its record starts in the file (after any byte-order mark).
    pub record: u64,
}

/// The events' text would pass [`MAX_TEXT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArenaFull;

/// The longest text the arena holds (its offsets are 32-bit); files are refused well before.
const MAX_TEXT: usize = u32::MAX as usize;

impl Events {
    /// Room for a file of `bytes`, so the columns and the arena do not grow by copying
    /// (which would hold old and new copies at once). Reserved pages cost nothing until used.
    pub fn with_capacity(bytes: u64) -> Events {
        // Rows of a typical events file are well over 60 bytes; text is at most the file.
        let rows = (bytes / 60) as usize;
        let bytes = (bytes as usize).min(MAX_TEXT);
        Events {
            dates: Vec::with_capacity(rows),
            categories: Vec::with_capacity(rows),
            qualities: Vec::with_capacity(rows),
            text: String::with_capacity(bytes),
            starts: Vec::new(),
            ends: Vec::with_capacity(rows * 4),
            source_ids: Vec::new(),
            source_spans: Vec::new(),
            file_order: Vec::new(),
            file: None,
            offsets: Vec::new(),
            offsets_high: Vec::new(),
            read_order: Vec::new(),
        }
    }

    /// Room for the events of `file`, whose text stays there and is read on demand.
    pub fn on_disk(file: EventFile) -> Events {
        // Rows of a typical events file are well over 60 bytes.
        let rows = (file.end() / 60) as usize;
        Events {
            dates: Vec::with_capacity(rows),
            categories: Vec::with_capacity(rows),
            qualities: Vec::with_capacity(rows),
            offsets: Vec::with_capacity(rows),
            offsets_high: Vec::with_capacity(rows),
            file: Some(file),
            ..Events::default()
        }
    }

    /// Where title, description, note and source text are in each record of the file.
    pub(super) fn locate_texts(&mut self, columns: [usize; 4]) {
        if let Some(file) = &mut self.file {
            file.locate(columns);
        }
    }

    /// The file the text is read from, when it is read on demand.
    pub fn file(&self) -> Option<&EventFile> {
        self.file.as_ref()
    }

    /// Whether the events' file changed since it was read: the text cannot be read until
    /// the events are read again.
    pub fn is_stale(&self) -> bool {
        self.file.as_ref().is_some_and(EventFile::changed)
    }

    /// Gives back what [`Events::with_capacity`] reserved beyond what was used.
    pub fn shrink_to_fit(&mut self) {
        self.dates.shrink_to_fit();
        self.categories.shrink_to_fit();
        self.qualities.shrink_to_fit();
        self.text.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.source_ids.shrink_to_fit();
        self.source_spans.shrink_to_fit();
        self.offsets.shrink_to_fit();
        self.offsets_high.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }

    /// The event at `index`; panics past the end, as slice indexing does.
    pub fn get(&self, index: usize) -> Event<'_> {
        assert!(index < self.len(), "event {index} of {}", self.len());
        Event {
            events: self,
            index,
        }
    }

    pub fn first(&self) -> Option<Event<'_>> {
        (!self.is_empty()).then(|| self.get(0))
    }

    pub fn last(&self) -> Option<Event<'_>> {
        self.len().checked_sub(1).map(|i| self.get(i))
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Event<'_>> + ExactSizeIterator {
        (0..self.len()).map(|index| Event {
            events: self,
            index,
        })
    }

    /// The date of event `index`, without building an [`Event`].
    pub fn date(&self, index: usize) -> PartialDate {
        self.dates[index]
    }

    pub fn category(&self, index: usize) -> u16 {
        self.categories[index]
    }

    /// Reads ahead the text of the events at `indices` (date order) that stays in the file,
    /// in as few reads as their places allow; does nothing when the text is in memory.
    pub fn prefetch(&self, indices: impl Iterator<Item = usize>) {
        if let Some(file) = &self.file {
            let records = indices
                .filter(|&i| i < self.len())
                .map(|i| {
                    let k = self.in_file_order(i);
                    (self.record_start(k), self.record_end(k))
                })
                .collect();
            file.prefetch(records);
        }
    }

    /// Where the `k`-th record of the file starts.
    pub fn record_start(&self, k: usize) -> u64 {
        u64::from(self.offsets_high[k]) << 32 | u64::from(self.offsets[k])
    }

    /// Where the `k`-th record of the file ends: where the next starts, or the file's end.
    pub fn record_end(&self, k: usize) -> u64 {
        match self.offsets.get(k + 1) {
            Some(_) => self.record_start(k + 1),
            None => self.file.as_ref().map_or(0, EventFile::end),
        }
    }

    /// The place in the file's order of the event at `index` in date order.
    pub fn in_file_order(&self, index: usize) -> usize {
        self.read_order.get(index).map_or(index, |&k| k as usize)
    }

    /// All text of all events held in memory (empty when it is read on demand), for
    /// scanning in one pass; [`Events::owner_of`] maps an offset in it back to its event.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The event whose text holds byte `offset` of [`Events::text`].
    pub fn owner_of(&self, offset: usize) -> usize {
        self.field_at(offset).0
    }

    /// Which event and which of its fields (0 title, 1 description, 2 note, 3 source) hold
    /// byte `offset` of [`Events::text`], and where that field ends.
    pub fn field_at(&self, offset: usize) -> (usize, usize, usize) {
        let in_date_order = |k: usize| self.file_order.get(k).map_or(k, |&i| i as usize);
        // The last event, in file order, whose text starts at or before `offset`.
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.start_of(in_date_order(mid)) as usize <= offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let event = in_date_order(lo.saturating_sub(1));
        let ends = &self.ends[event * 4..event * 4 + 4];
        let part = ends.iter().position(|&e| e as usize > offset).unwrap_or(3);
        (event, part, ends[part] as usize)
    }

    /// Where event `index`'s title starts in the text.
    pub(super) fn start_of(&self, index: usize) -> u32 {
        match self.starts.get(index) {
            Some(&start) => start,
            None if index == 0 => 0,
            None => self.ends[index * 4 - 1],
        }
    }

    /// Adds an event; refused if the text would overflow the arena.
    pub fn push(&mut self, e: NewEvent<'_>) -> Result<(), ArenaFull> {
        if self.file.is_some() {
            self.dates.push(e.date);
            self.categories.push(e.category);
            self.qualities.push(e.quality);
            self.offsets.push(e.record as u32);
            self.offsets_high.push((e.record >> 32) as u8);
            if !self.read_order.is_empty() {
                self.read_order.push(self.len() as u32 - 1);
            }
            self.push_source_ids(e.source_ids);
            return Ok(());
        }
        let added = e.title.len() + e.description.len() + e.note.len() + e.source_text.len();
        if self.text.len() + added > MAX_TEXT {
            return Err(ArenaFull);
        }
        self.dates.push(e.date);
        self.categories.push(e.category);
        self.qualities.push(e.quality);
        if !self.starts.is_empty() {
            self.starts.push(self.text.len() as u32);
        }
        for part in [e.title, e.description, e.note, e.source_text] {
            self.text.push_str(part);
            self.ends.push(self.text.len() as u32);
        }
        self.push_source_ids(e.source_ids);
        if !self.file_order.is_empty() {
            self.file_order.push(self.len() as u32 - 1);
        }
        Ok(())
    }

    /// The manifest sources the event just pushed cites.
    fn push_source_ids(&mut self, ids: &[u16]) {
        if !ids.is_empty() || !self.source_spans.is_empty() {
            let first = self.source_ids.len() as u32;
            self.source_ids.extend_from_slice(ids);
            self.source_spans.resize(self.len() - 1, (first, first));
            self.source_spans
                .push((first, self.source_ids.len() as u32));
        }
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(events: &mut Events, date: &str, title: &str) {
        events
            .push(NewEvent {
                date: PartialDate::parse(date).unwrap(),
                category: 1,
                quality: Quality::Firm,
                title,
                description: "d",
                note: "",
                source_text: "s",
                source_ids: &[3],
                record: 0,
            })
            .unwrap();
    }

    #[test]
    fn fields_come_back_as_pushed_and_sorting_keeps_them_together() {
        let mut events = Events::default();
        add(&mut events, "2020", "later");
        add(&mut events, "2019-05", "earlier");
        add(&mut events, "2019", "earliest");
        events.sort_by_date();
        assert_eq!(events.get(0).title(), "earliest");
        let first = events.get(1);
        assert_eq!(first.title(), "earlier");
        assert_eq!(first.date().to_string(), "2019-05");
        assert_eq!(first.source_ids(), [3]);
        assert_eq!(events.get(2).title(), "later");
        assert_eq!(events.get(2).description(), "d");
        let later = events.text().find("later").unwrap();
        assert_eq!(events.owner_of(later), 2);
        let earliest = events.text().find("earliest").unwrap();
        assert_eq!(
            events.field_at(earliest),
            (0, 0, earliest + "earliest".len())
        );
        assert_eq!(events.field_at(earliest + 8), (0, 1, earliest + 9));
        // Sorting again (after more events) keeps the mapping right.
        add(&mut events, "2018", "first of all");
        events.sort_by_date();
        assert_eq!(events.get(0).title(), "first of all");
        assert_eq!(events.owner_of(events.text().find("later").unwrap()), 3);
    }
}
