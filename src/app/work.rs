//! Work done off the loop's thread and what the app does when it comes back: the events
//! read in the background, and searches.

use std::sync::Arc;

use crate::action::PaneId;
use crate::data::{self, Dataset, Problem, Problems};

use super::App;
use super::timeline::{self, TimelineView};

/// Where the events are: still being read (bytes so far and in all), read, or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventsState {
    Loading { read: u64, total: u64 },
    Ready,
    Failed(Vec<Problem>),
}

/// A search to run off the loop's thread; its result goes to [`App::search_done`].
pub struct SearchJob {
    pub generation: u64,
    pub query: String,
    pub data: Arc<Dataset>,
}

impl SearchJob {
    /// The matching events, ascending.
    pub fn run(&self) -> Vec<u32> {
        timeline::search(&self.data, &self.query)
    }
}

impl App {
    /// Marks the events as still to come (the dashboard shows progress meanwhile).
    pub fn expect_events(&mut self, total: u64) {
        self.events = EventsState::Loading { read: 0, total };
    }

    /// Progress of the background read of the events.
    pub fn events_progress(&mut self, read: u64, total: u64) -> bool {
        let before = self.events.clone();
        if let EventsState::Loading { .. } = self.events {
            self.events = EventsState::Loading { read, total };
        }
        // Redraw only when the shown percentage changes.
        let pct = |s: &EventsState| match s {
            EventsState::Loading { read, total } => read * 100 / (*total).max(1),
            _ => 0,
        };
        pct(&before) != pct(&self.events)
    }

    /// The events have been read (or refused): show them, or what is wrong with them.
    pub fn events_loaded(&mut self, result: Result<data::Events, Problems>) {
        match result {
            Ok(events) => {
                Arc::make_mut(&mut self.data).events = events;
                let newest_first = self.timeline.newest_first;
                self.timeline = TimelineView::new(&self.data, newest_first);
                self.events = EventsState::Ready;
                self.fit_lists();
            }
            Err(Problems(problems)) => {
                let count = problems.len();
                self.warn(format!(
                    "{} problem{} in the events: run bilat check",
                    count,
                    if count == 1 { "" } else { "s" }
                ));
                self.events = EventsState::Failed(problems);
            }
        }
    }

    /// The matches of search `generation`: select the first from the selection on.
    pub fn search_done(&mut self, generation: u64, matches: Vec<u32>) -> bool {
        if generation != self.search_generation {
            return false;
        }
        self.timeline.matches = Some(matches);
        let height = self.list_height(PaneId::Timeline);
        let found = self.timeline.find(&self.data, true, true, height);
        self.report_match(found);
        true
    }

    /// Runs a pending search here and now (for callers without a loop, such as tests).
    pub fn finish_search(&mut self) {
        if let Some(job) = self.pending_search.take() {
            let matches = job.run();
            self.search_done(job.generation, matches);
        }
    }
}
