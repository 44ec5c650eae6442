//! One event as the store gives it out: a cheap handle whose fields are read on demand.

use std::borrow::Cow;
use std::fmt;

use super::Events;
use crate::data::date::PartialDate;
use crate::data::manifest::Manifest;
use crate::data::records::{Citation, Quality};

/// One event, read from the store.
#[derive(Clone, Copy)]
pub struct Event<'a> {
    pub(super) events: &'a Events,
    pub(super) index: usize,
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

    /// Text `n` (0 title, 1 description, 2 note, 3 source text): borrowed from the arena,
    /// or read from the file; empty if the file changed since it was read (the events are
    /// read again then, and stale offsets are never read through).
    fn part(self, n: usize) -> Cow<'a, str> {
        let events = self.events;
        if let Some(file) = &events.file {
            let k = events.in_file_order(self.index);
            let texts = file.texts(events.record_start(k), events.record_end(k));
            return texts.map_or(Cow::Borrowed(""), |t| Cow::Owned(t[n].clone()));
        }
        let k = self.index * 4 + n;
        let start = if n == 0 {
            events.start_of(self.index)
        } else {
            events.ends[k - 1]
        };
        Cow::Borrowed(&events.text[start as usize..events.ends[k] as usize])
    }

    pub fn title(self) -> Cow<'a, str> {
        self.part(0)
    }

    pub fn description(self) -> Cow<'a, str> {
        self.part(1)
    }

    pub fn note(self) -> Cow<'a, str> {
        self.part(2)
    }

    pub fn source_text(self) -> Cow<'a, str> {
        self.part(3)
    }

    pub fn source_ids(self) -> &'a [u16] {
        let (start, end) = self
            .events
            .source_spans
            .get(self.index)
            .copied()
            .unwrap_or((0, 0));
        &self.events.source_ids[start as usize..end as usize]
    }

    /// Where the event's figures come from.
    pub fn citation(self) -> Citation {
        Citation {
            source_indices: self.source_ids().to_vec(),
            source_text: self.source_text().into_owned(),
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
