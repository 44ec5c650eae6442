//! What belongs to one open dataset: its data, the events' loading state, the exercises'
//! sort and selection, the timeline's filter, search and selection, and why its last reload
//! failed. The session ([`super::App`]) holds one or more, each known by a [`ViewId`] that
//! background work addresses its answers to.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::data::{self, Dataset, Problems};

use super::exercises::ExercisesView;
use super::timeline::{self, TimelineView};
use super::work::EventsState;

/// Names an open dataset for as long as it is open; never reused, so a late answer for a
/// dataset that was closed or replaced finds no one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ViewId(pub u64);

pub struct DatasetView {
    pub id: ViewId,
    /// Its name in the library (`india-russia`), which the switcher matches.
    pub name: String,
    /// Shared with background work (search) that reads while the user goes on.
    pub data: Arc<Dataset>,
    pub events: EventsState,
    pub exercises: ExercisesView,
    pub timeline: TimelineView,
    /// The searches of the panes whose rows are held in memory, one a pane at most
    /// ([`super::find`]).
    pub(crate) finds: Vec<super::find::RowFind>,
    /// Counts searches, so a late answer to an older one is ignored.
    pub search_generation: u64,
    /// Set to stop the search running, if any.
    search_stop: Arc<AtomicBool>,
    /// Why the last reload failed, shown until a reload succeeds; the last good data stays.
    pub reload_error: Option<String>,
}

/// A search to run off the loop's thread; its answer goes back to the dataset `view`.
pub struct SearchJob {
    pub view: ViewId,
    pub generation: u64,
    pub query: String,
    pub data: Arc<Dataset>,
    /// Set when the search is no longer wanted (a newer one, or Esc).
    pub stop: Arc<AtomicBool>,
}

impl SearchJob {
    /// The matching events, ascending; `progress` hears (bytes scanned, bytes in all) of a
    /// scan of the events file. `None` when stopped, or when the file changed under it.
    pub fn run(&self, progress: &mut dyn FnMut(u64, u64)) -> Option<Vec<u32>> {
        timeline::search_with(&self.data, &self.query, &mut |done, total| {
            progress(done, total);
            !self.stop.load(Ordering::Relaxed)
        })
    }
}

impl DatasetView {
    pub fn new(id: ViewId, data: Dataset, newest_first: bool) -> DatasetView {
        let data = Arc::new(data);
        DatasetView {
            id,
            name: super::switcher::name_of(&data.origin),
            exercises: ExercisesView::new(&data),
            timeline: TimelineView::new(&data, newest_first),
            finds: Vec::new(),
            data,
            events: EventsState::Ready,
            search_generation: 0,
            search_stop: Arc::default(),
            reload_error: None,
        }
    }

    /// The dataset's name as the header shows it: `Russia–China`.
    pub fn title(&self) -> &str {
        &self.data.manifest.title
    }

    /// Starts a search for `query` (a new generation), to run off the loop's thread.
    pub fn search(&mut self, query: String) -> SearchJob {
        self.cancel_search();
        self.timeline.query = Some(query.clone());
        self.search_stop = Arc::default();
        SearchJob {
            view: self.id,
            generation: self.search_generation,
            query,
            data: Arc::clone(&self.data),
            stop: Arc::clone(&self.search_stop),
        }
    }

    /// Stops the search running, if any, and forgets the last one's query and matches.
    pub(crate) fn cancel_search(&mut self) {
        self.search_stop.store(true, Ordering::Relaxed);
        self.search_generation += 1;
        self.timeline.query = None;
        self.timeline.matches = None;
        self.timeline.scanned = None;
    }

    /// How far search `generation` has read the events file; whether the title changes.
    pub(crate) fn search_progress(&mut self, generation: u64, done: u64, total: u64) -> bool {
        if generation != self.search_generation || self.timeline.matches.is_some() {
            return false;
        }
        let pct = Some((done * 100 / total.max(1)).min(100) as u8);
        std::mem::replace(&mut self.timeline.scanned, pct) != pct
    }

    /// Progress of the background read of the events; whether the shown percentage changed.
    pub(crate) fn events_progress(&mut self, read: u64, total: u64) -> bool {
        let before = self.events.clone();
        if let EventsState::Loading { .. } = self.events {
            self.events = EventsState::Loading { read, total };
        }
        let pct = |s: &EventsState| match s {
            EventsState::Loading { read, total } => read * 100 / (*total).max(1),
            _ => 0,
        };
        pct(&before) != pct(&self.events)
    }

    /// The events have been read (or refused): keep them, or what is wrong with them.
    /// Returns the problem count when refused.
    pub(crate) fn events_loaded(
        &mut self,
        result: Result<data::Events, Problems>,
    ) -> Option<usize> {
        match result {
            Ok(events) => {
                Arc::make_mut(&mut self.data).events = events;
                let newest_first = self.timeline.newest_first;
                self.timeline = TimelineView::new(&self.data, newest_first);
                self.events = EventsState::Ready;
                None
            }
            Err(Problems(problems)) => {
                let count = problems.len();
                self.events = EventsState::Failed(problems);
                Some(count)
            }
        }
    }
}
