//! Work done off the loop's thread and what the app does when it comes back: the events
//! read in the background, and searches.

use crate::data::{self, Problem, Problems};
use crate::tui::input::action::Scope;

use super::{App, SearchJob, ViewId};

/// Where the events are: still being read (bytes so far and in all), read, or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventsState {
    Loading { read: u64, total: u64 },
    Ready,
    Failed(Vec<Problem>),
}

impl App {
    /// Marks the events of `view` as still to come (the dashboard shows progress meanwhile).
    pub(crate) fn expect_events(&mut self, view: ViewId, total: u64) {
        if let Some(v) = self.view_by_id(view) {
            v.events = EventsState::Loading { read: 0, total };
        }
    }

    /// Progress of the background read of `view`'s events; whether to draw again.
    pub(crate) fn events_progress(&mut self, view: ViewId, read: u64, total: u64) -> bool {
        self.view_by_id(view)
            .is_some_and(|v| v.events_progress(read, total))
    }

    /// The events of `view` have been read (or refused): show them, or say what is wrong.
    pub(crate) fn events_loaded(&mut self, view: ViewId, result: Result<data::Events, Problems>) {
        let Some(v) = self.view_by_id(view) else {
            return;
        };
        if let Some(count) = v.events_loaded(result) {
            self.warn(format!(
                "{} problem{} in the events: run bilat check",
                count,
                if count == 1 { "" } else { "s" }
            ));
        }
        self.fit_to_screen();
    }

    /// How far search `generation` of `view` has read the events file; whether to draw.
    pub(crate) fn search_progress(
        &mut self,
        view: ViewId,
        generation: u64,
        done: u64,
        total: u64,
    ) -> bool {
        self.view_by_id(view)
            .is_some_and(|v| v.search_progress(generation, done, total))
    }

    /// The matches of search `generation` of `view`: select the first from the selection on.
    pub(crate) fn search_done(&mut self, view: ViewId, generation: u64, matches: Vec<u32>) -> bool {
        let height = self.list_height(self.pane_with(Scope::Timeline));
        let current = self.view().id == view;
        let Some(v) = self.view_by_id(view) else {
            return false;
        };
        if generation != v.search_generation {
            return false;
        }
        v.timeline.scanned = None;
        if matches.is_empty() {
            // Nothing to step through: the term does not stay in the title as if it had.
            let query = v.timeline.query.take().unwrap_or_default();
            v.timeline.matches = None;
            if current {
                self.warn(format!("no event matches \"{query}\""));
            }
            return true;
        }
        v.timeline.matches = Some(matches);
        let query = v.timeline.query.clone().unwrap_or_default();
        let found = v.timeline.find_best(&v.data, &query, height);
        // Only the dataset in front reports in the footer.
        if current {
            self.report_match(found);
            self.link_years();
        }
        true
    }

    /// Runs a search here and now (for callers without a loop, such as tests).
    pub fn run_search(&mut self, job: SearchJob) {
        if let Some(matches) = job.run(&mut |_, _| {}) {
            self.search_done(job.view, job.generation, matches);
        }
    }
}
