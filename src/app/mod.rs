//! The dashboard's view state and how actions change it. Drawing reads this state and never
//! changes it; the loop that feeds events in lives in [`crate::dashboard`].

pub mod charts;
pub mod cursor;
pub mod exercises;
mod input;
mod moves;
mod reload;
pub mod timeline;
mod work;

pub use work::{EventsState, SearchJob};

use crossterm::event::{Event, KeyEventKind};
use ratatui::layout::Rect;

use crate::action::{Action, PaneId};
use std::sync::Arc;

use crate::data::Dataset;
use crate::keys::KeyMap;
use crate::theme::Theme;
use crate::ui;

use charts::{ChartsView, YearSpan};
use exercises::ExercisesView;
use timeline::TimelineView;

/// What the dashboard starts with besides the data.
pub struct AppOptions {
    pub theme: Theme,
    pub keys: KeyMap,
    pub mouse: bool,
    /// Start the trade chart as bars rather than a line.
    pub bars: bool,
    pub newest_first: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Year,
}

/// A line of text being typed in the footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
}

/// A message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub warning: bool,
}

pub struct App {
    /// The user asked to reload (`r`): the loop reads the files again.
    pub reload_requested: bool,
    /// Why the last reload failed, shown until a reload succeeds; the last good data stays.
    pub reload_error: Option<String>,
    /// The user asked to suspend (Ctrl-z): the loop gives the terminal back and stops.
    pub suspend_requested: bool,
    /// A search waiting for the loop to start it.
    pub pending_search: Option<SearchJob>,
    /// Counts searches, so a late answer to an older one is ignored.
    pub search_generation: u64,
    /// Shared with background work (search) that reads while the user goes on.
    pub data: Arc<Dataset>,
    pub events: EventsState,
    pub theme: Theme,
    pub keys: KeyMap,
    pub mouse: bool,
    /// The whole terminal.
    pub area: Rect,
    pub focus: PaneId,
    pub zoomed: bool,
    /// The help overlay's scroll offset while it is open.
    pub help: Option<u16>,
    pub prompt: Option<Prompt>,
    pub status: Option<Status>,
    pub charts: ChartsView,
    pub exercises: ExercisesView,
    pub timeline: TimelineView,
    pub running: bool,
}

impl App {
    pub fn new(data: Dataset, options: AppOptions, area: Rect) -> App {
        let data = Arc::new(data);
        let charts = charts_for(&data, options.bars);
        let exercises = ExercisesView::new(&data);
        let timeline = TimelineView::new(&data, options.newest_first);
        let mut app = App {
            reload_requested: false,
            reload_error: None,
            suspend_requested: false,
            pending_search: None,
            search_generation: 0,
            data,
            events: EventsState::Ready,
            theme: options.theme,
            keys: options.keys,
            mouse: options.mouse,
            area,
            focus: PaneId::Trade,
            zoomed: false,
            help: None,
            prompt: None,
            status: None,
            charts,
            exercises,
            timeline,
            running: true,
        };
        app.fit_lists();
        app
    }

    pub fn trade_extent(&self) -> Option<YearSpan> {
        trade_extent(&self.data)
    }

    pub fn meetings_extent(&self) -> Option<YearSpan> {
        meetings_extent(&self.data)
    }

    /// The year the focused pane points at, which the other panes mark.
    pub fn linked_year(&self) -> Option<i32> {
        match self.focus {
            PaneId::Trade => Some(self.charts.trade_cursor),
            PaneId::Meetings => Some(self.charts.meetings_cursor),
            PaneId::Exercises => self
                .exercises
                .selected()
                .map(|i| self.data.exercises[i].start.year()),
            PaneId::Timeline => self
                .timeline
                .selected()
                .map(|i| self.data.events.date(i).year()),
        }
    }

    /// Rows a list pane shows at the current size.
    fn list_height(&self, pane: PaneId) -> usize {
        ui::list_height(self, pane)
    }

    fn fit_lists(&mut self) {
        let h = self.list_height(PaneId::Exercises);
        self.exercises.cursor.fit(self.exercises.rows.len(), h);
        let h = self.list_height(PaneId::Timeline);
        self.timeline.cursor.fit(self.timeline.rows.len(), h);
    }

    /// Applies one terminal event; returns whether the screen needs drawing again.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Mouse(mouse) if self.mouse => self.handle_mouse(mouse),
            Event::Resize(w, h) => {
                self.area = Rect::new(0, 0, *w, *h);
                self.fit_lists();
                true
            }
            _ => false,
        }
    }

    fn inform(&mut self, text: String) {
        self.status = Some(Status {
            text,
            warning: false,
        });
    }

    fn warn(&mut self, text: String) {
        self.status = Some(Status {
            text,
            warning: true,
        });
    }

    /// Changes state for one action.
    pub fn apply(&mut self, action: Action) {
        if let Some(scroll) = self.help {
            let last = crate::panes::help::max_scroll(self);
            let scroll = scroll.min(last);
            self.help = match action {
                Action::Help | Action::Back | Action::Quit => None,
                Action::Down => Some(scroll.saturating_add(1).min(last)),
                Action::Up => Some(scroll.saturating_sub(1)),
                Action::PageDown | Action::HalfPageDown => {
                    Some(scroll.saturating_add(10).min(last))
                }
                Action::PageUp | Action::HalfPageUp => Some(scroll.saturating_sub(10)),
                Action::Top => Some(0),
                Action::Bottom => Some(last),
                _ => Some(scroll),
            };
            return;
        }
        // Keys of one pane do nothing in another (the footer and help say where each works).
        if !action.info().scope.applies_to(self.focus) {
            return;
        }
        match action {
            Action::Quit => self.running = false,
            Action::Help => self.help = Some(0),
            Action::Suspend => self.suspend_requested = true,
            Action::Reload => self.reload_requested = true,
            Action::FocusNext => self.focus = PaneId::ALL[self.focus.number() % 4],
            Action::FocusPrev => self.focus = PaneId::ALL[(self.focus.number() + 2) % 4],
            Action::FocusTrade => self.focus = PaneId::Trade,
            Action::FocusMeetings => self.focus = PaneId::Meetings,
            Action::FocusExercises => self.focus = PaneId::Exercises,
            Action::FocusTimeline => self.focus = PaneId::Timeline,
            Action::Zoom => {
                self.zoomed = !self.zoomed;
                self.fit_lists();
            }
            // One step back at a time: out of zoom first, then out of the search.
            Action::Back if self.zoomed => {
                self.zoomed = false;
                self.fit_lists();
            }
            Action::Back => {
                self.timeline.query = None;
                self.timeline.matches = None;
            }
            // Zoomed, the trade pane's record below the chart scrolls; h and l move the year.
            Action::Up | Action::Down if self.zoomed && self.focus == PaneId::Trade => {
                self.scroll_trade_details(action == Action::Down);
            }
            Action::Up => self.move_in(self.focus, -1),
            Action::Down => self.move_in(self.focus, 1),
            Action::Left => self.move_in(self.focus, -1),
            Action::Right => self.move_in(self.focus, 1),
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
            Action::SortNext => {
                let h = self.list_height(PaneId::Exercises);
                let shown = ui::exercise_columns(self);
                self.exercises.sort_next(&self.data, h, &shown);
            }
            Action::SortReverse => {
                let h = self.list_height(PaneId::Exercises);
                self.exercises.reverse(&self.data, h);
            }
            Action::Search => self.open_prompt(PromptKind::Search),
            Action::JumpToYear => self.open_prompt(PromptKind::Year),
            Action::NextMatch | Action::PrevMatch => {
                let h = self.list_height(PaneId::Timeline);
                let forward = action == Action::NextMatch;
                if self.timeline.query.is_some() {
                    self.focus = PaneId::Timeline;
                    let found = self.timeline.find(&self.data, forward, false, h);
                    self.report_match(found);
                }
            }
            Action::NextCategory | Action::PrevCategory => {
                let h = self.list_height(PaneId::Timeline);
                let forward = action == Action::NextCategory;
                self.timeline.cycle_category(&self.data, forward, h);
            }
            Action::ToggleOrder => {
                let h = self.list_height(PaneId::Timeline);
                self.timeline.toggle_order(&self.data, h);
            }
        }
    }
}

/// The charts' view of a dataset: every year either chart has, cursors on the last.
fn charts_for(data: &Dataset, bars: bool) -> ChartsView {
    let trade = trade_extent(data);
    let meetings = meetings_extent(data);
    let all = match (trade, meetings) {
        (Some(t), Some(m)) => YearSpan {
            first: t.first.min(m.first),
            last: t.last.max(m.last),
        },
        (Some(s), None) | (None, Some(s)) => s,
        (None, None) => YearSpan {
            first: 2000,
            last: 2000,
        },
    };
    // The cursor starts on the latest figure, not on a later year that has none.
    let latest_figure = data.derived.latest_trade().map(|p| p.year());
    ChartsView::new(
        all,
        latest_figure.or(trade.map(|t| t.last)).unwrap_or(all.last),
        meetings.map_or(all.last, |m| m.last),
        bars,
    )
}

fn trade_extent(data: &Dataset) -> Option<YearSpan> {
    let (first, last) = data.derived.trade_years()?;
    Some(YearSpan { first, last })
}

fn meetings_extent(data: &Dataset) -> Option<YearSpan> {
    Some(YearSpan {
        first: data.derived.meetings.first()?.year,
        last: data.derived.meetings.last()?.year,
    })
}
