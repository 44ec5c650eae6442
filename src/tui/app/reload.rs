//! New data or settings in a running dashboard: what was on screen stays where it still
//! exists (the cursor years, the selected exercise and event, filters, searches).

use std::sync::Arc;

use crate::data::Dataset;
use crate::tui::input::action::Scope;

use super::charts::charts_for;
use super::exercises::ExercisesView;
use super::timeline::TimelineView;
use super::{App, AppOptions, Effect, ViewId};

impl App {
    /// Shows `data` in place of the open dataset `view`, keeping the user's place; the
    /// search it had runs again on the new data.
    pub(crate) fn replace_data(&mut self, view: ViewId, data: Dataset) -> Option<Effect> {
        let exercises_height = self.list_height(self.pane_with(Scope::Exercises));
        let timeline_height = self.list_height(self.pane_with(Scope::Timeline));
        let in_front = self.view().id == view;
        let v = self.view_by_id(view)?;
        let old = Arc::clone(&v.data);
        let data = Arc::new(data);

        // The same exercise (by name and start), under the same sort.
        let kept = v.exercises.selected().map(|i| &old.exercises[i]);
        let mut exercises = ExercisesView::new(&data);
        let h = exercises_height;
        exercises.set_sort(&data, v.exercises.sort, v.exercises.descending, h);
        exercises.set_filter(&data, v.exercises.filter.clone(), h);
        if let Some(k) = kept {
            exercises.select_where(&data, h, |e| k.name == e.name && k.start == e.start);
        }
        v.exercises = exercises;

        // The same event (by date and title), or the nearest one in time.
        let kept = v.timeline.selected().map(|i| {
            let e = old.events.get(i);
            (e.date(), e.title().to_string())
        });
        let mut timeline = TimelineView::new(&data, v.timeline.newest_first);
        let categories = data.manifest.event_categories.len() as u16;
        timeline.category = v.timeline.category.filter(|c| *c < categories);
        timeline.query = v.timeline.query.clone();
        let h = timeline_height;
        timeline.refilter(&data, h);
        if let Some((date, title)) = kept {
            timeline.select_event(&data, date, &title, h);
        }
        v.timeline = timeline;
        v.name = super::name_of(&data.origin);
        v.data = data;
        v.reload_error = None;
        let search = v
            .timeline
            .query
            .clone()
            .map(|q| Effect::Search(v.search(q)));
        // The lists' searches find their rows anew in the new data.
        if let Some(index) = self.views.iter().position(|v| v.id == view) {
            self.refind(index);
        }
        if in_front {
            self.refit_charts();
        }
        self.fit_to_screen();
        search
    }

    /// The charts' years for the dataset in front, keeping a narrowed range narrowed and
    /// the cursors where they still fall within the data.
    pub(super) fn refit_charts(&mut self) {
        let data = Arc::clone(&self.view().data);
        let mut charts = charts_for(&data, self.charts.bars, &self.registry);
        // Compared, both share one span of years: the union of each dataset's.
        let shown = self.shown_views();
        let each = shown.iter().map(|&i| &self.views[i].data);
        for span in each.filter_map(|d| super::charts::dataset_years(d)) {
            charts.all = super::YearSpan {
                first: charts.all.first.min(span.first),
                last: charts.all.last.max(span.last),
            };
        }
        charts.shown = charts.all;
        if let Some(shown) = self.charts.shown.intersect(charts.all)
            && self.charts.shown != self.charts.all
        {
            charts.shown = shown;
        }
        let clamp_to =
            |year: i32, extent: Option<super::YearSpan>| extent.map_or(year, |e| e.clamp(year));
        let years: Vec<_> = self.registry.panes.iter().map(|p| p.id).collect();
        for pane in years.into_iter().filter(|&p| self.registry.has_year(p)) {
            charts.set_year(pane, clamp_to(self.charts.year(pane), self.extent_of(pane)));
        }
        self.charts = charts;
        self.link_years();
    }

    /// New settings from a changed configuration: colours, symbols, keys, mouse.
    pub(crate) fn apply_options(&mut self, options: AppOptions) {
        self.theme = options.theme;
        self.keys = options.keys;
        self.bind_focus_keys();
        self.mouse = options.mouse;
        self.config_error = None;
    }
}
