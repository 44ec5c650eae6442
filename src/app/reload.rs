//! New data or settings in a running dashboard: what was on screen stays where it still
//! exists (the cursor years, the selected exercise and event, filters, search).

use std::sync::Arc;

use crate::action::PaneId;
use crate::data::Dataset;

use super::exercises::ExercisesView;
use super::timeline::TimelineView;
use super::{App, AppOptions, SearchJob, charts_for};

impl App {
    /// Shows `data` in place of the current dataset, keeping the user's place.
    pub fn replace_data(&mut self, data: Dataset) {
        let old = Arc::clone(&self.data);
        let data = Arc::new(data);

        let mut charts = charts_for(&data, self.charts.bars);
        // A narrowed range stays narrowed, within the years the new data has.
        if let Some(shown) = self.charts.shown.intersect(charts.all)
            && self.charts.shown != self.charts.all
        {
            charts.shown = shown;
        }
        let clamp_to =
            |year: i32, extent: Option<super::YearSpan>| extent.map_or(year, |e| e.clamp(year));
        charts.trade_cursor = clamp_to(self.charts.trade_cursor, super::trade_extent(&data));
        charts.meetings_cursor =
            clamp_to(self.charts.meetings_cursor, super::meetings_extent(&data));
        self.charts = charts;

        // The same exercise (by name and start), under the same sort.
        let kept = self.exercises.selected().map(|i| &old.exercises[i]);
        let mut exercises = ExercisesView::new(&data);
        let h = self.list_height(PaneId::Exercises);
        exercises.set_sort(&data, self.exercises.sort, self.exercises.descending, h);
        if let Some(k) = kept {
            exercises.select_where(&data, h, |e| k.name == e.name && k.start == e.start);
        }
        self.exercises = exercises;

        // The same event (by date and title), or the nearest one in time.
        let kept = self.timeline.selected().map(|i| {
            let e = old.events.get(i);
            (e.date(), e.title().to_string())
        });
        let mut timeline = TimelineView::new(&data, self.timeline.newest_first);
        let categories = data.manifest.event_categories.len() as u16;
        timeline.category = self.timeline.category.filter(|c| *c < categories);
        timeline.query = self.timeline.query.clone();
        let h = self.list_height(PaneId::Timeline);
        timeline.refilter(&data, h);
        if let Some((date, title)) = kept {
            timeline.select_event(&data, date, &title, h);
        }
        self.timeline = timeline;

        self.data = data;
        self.reload_error = None;
        if let Some(query) = self.timeline.query.clone() {
            self.search_generation += 1;
            self.pending_search = Some(SearchJob {
                generation: self.search_generation,
                query,
                data: Arc::clone(&self.data),
            });
        }
        self.fit_lists();
    }

    /// New settings from a changed configuration: colours, symbols, keys, mouse.
    pub fn apply_options(&mut self, options: AppOptions) {
        self.theme = options.theme;
        self.keys = options.keys;
        self.mouse = options.mouse;
        self.reload_error = None;
    }
}
