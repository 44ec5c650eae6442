//! The events table, stored compactly for millions of rows: dates, categories and quality
//! marks in columns, and all text in one arena addressed by offsets.

use std::fmt;

use super::date::PartialDate;
use super::manifest::Manifest;
use super::records::{Citation, Quality};

/// Every event of a dataset, in date order once loaded.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Events {
    dates: Vec<PartialDate>,
    /// Indices into [`Manifest::event_categories`].
    categories: Vec<u16>,
    qualities: Vec<Quality>,
    /// Title, description, note and source text of every event, back to back.
    text: String,
    /// Where each of those four ends in `text`, four entries per event.
    ends: Vec<u32>,
    /// Manifest source indices cited, all events' back to back.
    source_ids: Vec<u16>,
    /// Where each event's ids end in `source_ids`.
    source_ends: Vec<u32>,
}

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
            ends: Vec::with_capacity(rows * 4),
            source_ids: Vec::new(),
            source_ends: Vec::with_capacity(rows),
        }
    }

    /// Gives back what [`Events::with_capacity`] reserved beyond what was used.
    pub fn shrink_to_fit(&mut self) {
        self.dates.shrink_to_fit();
        self.categories.shrink_to_fit();
        self.qualities.shrink_to_fit();
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.source_ids.shrink_to_fit();
        self.source_ends.shrink_to_fit();
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

    /// All text of all events, for scanning in one pass; [`Events::owner_of`] maps an
    /// offset in it back to its event.
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
        let field = self
            .ends
            .partition_point(|&end| end as usize <= offset)
            .min(self.ends.len().saturating_sub(1));
        let end = self.ends.get(field).map_or(0, |&e| e as usize);
        (field / 4, field % 4, end)
    }

    /// Adds an event; refused if the text would overflow the arena.
    pub fn push(&mut self, e: NewEvent<'_>) -> Result<(), ArenaFull> {
        let added = e.title.len() + e.description.len() + e.note.len() + e.source_text.len();
        if self.text.len() + added > MAX_TEXT {
            return Err(ArenaFull);
        }
        self.dates.push(e.date);
        self.categories.push(e.category);
        self.qualities.push(e.quality);
        for part in [e.title, e.description, e.note, e.source_text] {
            self.text.push_str(part);
            self.ends.push(self.text.len() as u32);
        }
        self.source_ids.extend_from_slice(e.source_ids);
        self.source_ends.push(self.source_ids.len() as u32);
        Ok(())
    }

    /// Sorts by date, keeping the file's order for equal dates (a no-op when already sorted,
    /// as most files are).
    pub fn sort_by_date(&mut self) {
        if self.dates.is_sorted() {
            return;
        }
        let mut order: Vec<usize> = (0..self.len()).collect();
        order.sort_by_key(|&i| self.dates[i]);
        let mut sorted = Events::default();
        sorted.text.reserve(self.text.len());
        for i in order {
            let e = self.get(i);
            let ids = e.source_ids().to_vec();
            let _ = sorted.push(NewEvent {
                date: e.date(),
                category: e.category(),
                quality: e.quality(),
                title: e.title(),
                description: e.description(),
                note: e.note(),
                source_text: e.source_text(),
                source_ids: &ids,
            });
        }
        *self = sorted;
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// One event, read from the store.
#[derive(Clone, Copy)]
pub struct Event<'a> {
    events: &'a Events,
    index: usize,
}

impl<'a> Event<'a> {
    /// Its position in the dataset's date order.
    pub fn index(self) -> usize {
        self.index
    }

    pub fn date(self) -> PartialDate {
        self.events.dates[self.index]
    }

    /// Index into [`Manifest::event_categories`].
    pub fn category(self) -> u16 {
        self.events.categories[self.index]
    }

    pub fn quality(self) -> Quality {
        self.events.qualities[self.index]
    }

    fn part(self, n: usize) -> &'a str {
        let k = self.index * 4 + n;
        let start = if k == 0 {
            0
        } else {
            self.events.ends[k - 1] as usize
        };
        &self.events.text[start..self.events.ends[k] as usize]
    }

    pub fn title(self) -> &'a str {
        self.part(0)
    }

    pub fn description(self) -> &'a str {
        self.part(1)
    }

    pub fn note(self) -> &'a str {
        self.part(2)
    }

    pub fn source_text(self) -> &'a str {
        self.part(3)
    }

    pub fn source_ids(self) -> &'a [u16] {
        let ends = &self.events.source_ends;
        let start = if self.index == 0 {
            0
        } else {
            ends[self.index - 1] as usize
        };
        &self.events.source_ids[start..ends[self.index] as usize]
    }

    /// Where the event's figures come from.
    pub fn citation(self) -> Citation {
        Citation {
            source_indices: self.source_ids().to_vec(),
            source_text: self.source_text().to_string(),
        }
    }

    /// The manifest's name for the event's category.
    pub fn category_name(self, manifest: &'a Manifest) -> &'a str {
        manifest
            .event_categories
            .get(usize::from(self.category()))
            .map_or("", String::as_str)
    }
}

impl fmt::Debug for Event<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("date", &self.date().to_string())
            .field("category", &self.category())
            .field("title", &self.title())
            .field("quality", &self.quality())
            .finish()
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
            })
            .unwrap();
    }

    #[test]
    fn fields_come_back_as_pushed_and_sorting_keeps_them_together() {
        let mut events = Events::default();
        add(&mut events, "2020", "later");
        add(&mut events, "2019-05", "earlier");
        events.sort_by_date();
        let first = events.get(0);
        assert_eq!(first.title(), "earlier");
        assert_eq!(first.date().to_string(), "2019-05");
        assert_eq!(first.source_ids(), [3]);
        assert_eq!(events.get(1).title(), "later");
        assert_eq!(events.get(1).description(), "d");
        let later = events.text().find("later").unwrap();
        assert_eq!(events.owner_of(later), 1);
    }
}
