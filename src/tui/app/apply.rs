//! Applying one action to the session: the help overlay's scrolling, then every other
//! action, each turned into a change of state or an effect for the loop.

use super::{App, Effect, PromptKind, exercises};
use crate::tui::input::action::Action;
use crate::tui::input::action::Scope;

impl App {
    /// Changes state for one action; returns what the loop must do for it. Whatever the
    /// action moved, every pane marks one year after it.
    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        let effects = self.apply_action(action);
        self.link_years();
        effects
    }

    fn apply_action(&mut self, action: Action) -> Vec<Effect> {
        if self.help.is_some() {
            return self.apply_in_help(action);
        }
        if self.details.is_some() {
            return self.apply_in_details(action);
        }
        // Keys of one pane do nothing in another (the footer and help say where each works).
        if !self.registry.applies(action.info().scope, self.focus) {
            return Vec::new();
        }
        match action {
            Action::Quit => self.running = false,
            Action::Help => self.help = Some(Default::default()),
            Action::Suspend => return vec![Effect::Suspend],
            Action::Reload => return vec![Effect::Reload],
            Action::SwitchDataset => self.open_picker(false),
            Action::Overview => return self.toggle_overview(),
            Action::StopCompare if self.comparing() => {
                self.close_compare();
                let alone = format!("{} alone; the others stay open (d)", self.view().title());
                self.inform(alone);
            }
            Action::StopCompare => {
                self.inform("one dataset shown: nothing to stop comparing".into())
            }
            Action::CompareDataset => self.open_picker(true),
            Action::SwapCompared => self.swap_compared(),
            Action::FocusNext => {
                self.focus = self.panes_shown().step(self.focus, true);
                self.fit_to_screen();
            }
            Action::FocusPrev => {
                self.focus = self.panes_shown().step(self.focus, false);
                self.fit_to_screen();
            }
            Action::FocusPane(number) => self.focus_nth_or_say(number),
            Action::Zoom => {
                self.zoomed = !self.zoomed;
                self.fit_to_screen();
            }
            // One step back at a time: out of zoom first, then out of the search.
            Action::Details => self.open_details(),
            Action::PickFilter => self.open_menu(),
            Action::PickColumns => {
                if self.registry.has_scope(self.focus, Scope::Exercises) {
                    self.open_column_menu(0);
                }
            }
            Action::Back if self.zoomed => {
                self.zoomed = false;
                self.fit_to_screen();
            }
            // Out of the focused list's search, where it has one.
            Action::Back if self.view().find(self.focus).is_some() => {
                let focus = self.focus;
                self.view_mut().drop_find(focus);
            }
            // Out of the search, stopping it if it still runs; with no search, back to the
            // overview the pair was opened from.
            Action::Back if self.view().timeline.query.is_none() && self.overview.asked => {
                self.overview.open = true;
            }
            Action::Back => self.view_mut().cancel_search(),
            // Zoomed, the trade pane's record below the chart scrolls; h and l move the year.
            Action::Up | Action::Down if self.zoomed && self.overflows(self.focus) => {
                self.scroll_trade_details(action == Action::Down);
            }
            Action::Up | Action::Left => self.move_or_say(-1),
            Action::Down | Action::Right => self.move_or_say(1),
            Action::Top => self.move_in(self.focus, isize::MIN / 2),
            Action::Bottom => self.move_in(self.focus, isize::MAX / 2),
            Action::HalfPageDown => self.move_in(self.focus, self.page(2)),
            Action::HalfPageUp => self.move_in(self.focus, -self.page(2)),
            Action::PageDown => self.move_in(self.focus, self.page(1)),
            Action::PageUp => self.move_in(self.focus, -self.page(1)),
            Action::NarrowYears => {
                self.charts.narrow(self.chart_cursor());
                self.keep_cursors_in_view();
            }
            Action::WidenYears => {
                self.charts.widen(self.chart_cursor());
                self.keep_cursors_in_view();
            }
            Action::ResetYears => self.charts.reset(),
            Action::ShowInTimeline => self.show_in_timeline(),
            Action::ToggleChart => self.charts.bars = !self.charts.bars,
            Action::OwnScale => self.toggle_own_scale(),
            Action::CycleCooperationLine => self.charts.goldstein = !self.charts.goldstein,
            Action::CycleFlow => self.charts.flow = self.charts.flow.next(),
            Action::NextIndicator => {
                let count = self.view().data.manifest.indicators.len().max(1);
                self.charts.indicator = (self.charts.indicator % count + 1) % count;
            }
            Action::PickIndicator => self.open_menu(),
            Action::SortNext => {
                let h = self.list_height(self.pane_with(Scope::Exercises));
                let width = self
                    .pane_area(self.pane_with(Scope::Exercises))
                    .width
                    .saturating_sub(2);
                let hidden = &self.view().exercises.hidden;
                let shown: Vec<_> = exercises::Column::shown_at(self.data(), width, hidden)
                    .into_iter()
                    .map(|(c, _)| c)
                    .collect();
                let v = self.view_mut();
                v.exercises.sort_next(&v.data, h, &shown);
            }
            Action::SortReverse => {
                let h = self.list_height(self.pane_with(Scope::Exercises));
                let v = self.view_mut();
                v.exercises.reverse(&v.data, h);
            }
            Action::Search => self.open_search(),
            Action::JumpToYear => self.open_prompt(PromptKind::Year),
            Action::NextMatch | Action::PrevMatch
                if self.registry.row_search(self.focus).is_some() =>
            {
                self.step_find(self.focus, action == Action::NextMatch);
            }
            // The timeline's search, from the timeline or a pane without a search of its own.
            Action::NextMatch | Action::PrevMatch => {
                let h = self.list_height(self.pane_with(Scope::Timeline));
                let forward = action == Action::NextMatch;
                let timeline = self.pane_with(Scope::Timeline);
                if self.view().timeline.query.is_some() {
                    self.focus = timeline;
                    let v = self.view_mut();
                    let found = v.timeline.find(&v.data, forward, false, h);
                    self.report_match(found);
                } else if self.focus != timeline {
                    let key = self.keys.first(Action::Search).unwrap_or_default();
                    self.inform(format!(
                        "no search to go on with here: {key} searches the timeline"
                    ));
                }
            }
            Action::NextCategory | Action::PrevCategory => {
                let h = self.list_height(self.pane_with(Scope::Timeline));
                let forward = action == Action::NextCategory;
                let v = self.view_mut();
                v.timeline.cycle_category(&v.data, forward, h);
            }
            // Keys of prompts, the switcher, the record and the overview, which handle them
            // first.
            Action::OverviewOpen
            | Action::OverviewMark
            | Action::OverviewSort
            | Action::OverviewReverse
            | Action::OverviewFilter
            | Action::OverviewColumns
            | Action::OverviewClose
            | Action::CopyCitation
            | Action::CopyMarkdown
            | Action::Confirm
            | Action::Cancel
            | Action::PickPrevious
            | Action::PickNext
            | Action::ClearText
            | Action::DeleteWord => {}
            Action::ToggleOrder => {
                let h = self.list_height(self.pane_with(Scope::Timeline));
                let v = self.view_mut();
                v.timeline.toggle_order(&v.data, h);
            }
        }
        Vec::new()
    }
}
