//! The dashboard's view state and how actions change it. Drawing reads this state and never
//! changes it; the loop that feeds events in lives in the `dashboard` module.

mod access;
mod answers;
mod apply;
pub mod charts;
mod columns;
pub mod cursor;
mod details;
pub mod exercises;
mod extents;
pub mod find;
mod help;
pub mod help_text;
pub mod registry;
pub use help::{HelpSearch, HelpView};
mod input;
pub use input::Pointer;
pub(crate) use input::edit_text;
pub mod menu;
mod moves;
pub use moves::ScrollRoom;
mod overview_keys;
mod reload;
mod search;
mod switcher;
pub mod timeline;
mod view;
mod work;

pub use details::{Copied, Details, Route};
pub use switcher::{Choice, Picker, describe, name_of};
pub use view::{DatasetView, SearchJob, ViewId};
pub use work::EventsState;

use crate::tui::area::Area;
use crossterm::event::{Event, KeyEventKind};
use ratatui::layout::Rect;

use crate::data::Dataset;
use crate::tui::app::registry::{At, CursorKind, Registry};
use crate::tui::input::action::PaneId;
use crate::tui::input::keys::KeyMap;
use crate::tui::layout::{self, Geometry, Shown};
use crate::tui::theme::Theme;

use charts::{ChartsView, YearSpan, charts_for};

/// What the dashboard starts with besides the data.
pub struct AppOptions {
    pub theme: Theme,
    pub keys: KeyMap,
    pub mouse: bool,
    /// Start the trade chart as bars rather than a line.
    pub bars: bool,
    pub newest_first: bool,
    /// The panes, in focus order.
    pub registry: Registry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// The timeline's events, searched on Enter.
    Search,
    /// The rows of this pane's table, searched as they are typed ([`find`]).
    Find(PaneId),
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

/// What the state asks the loop to do; the loop does it, in one place.
pub enum Effect {
    /// Read the configuration and the open datasets again.
    Reload,
    /// Give the terminal back and stop until continued.
    Suspend,
    /// Run a search off the loop's thread; its answer goes to [`App::search_done`].
    Search(SearchJob),
    /// Read a dataset of the library off the loop's thread; it goes to [`App::opened`].
    Open {
        origin: crate::data::Origin,
        beside: bool,
    },
    /// Put this text on the clipboard through the terminal (OSC 52); the answer goes to
    /// [`App::copy_done`].
    Copy(String),
    /// Read the summaries of these library datasets off the loop's thread, a few at a time;
    /// they go to [`App::summarised`].
    Summarise(Vec<crate::library::Entry>),
}

/// How many pairs a comparison shows at most.
pub const MAX_COMPARED: usize = *crate::report::compare::PAIRS.end();

/// What handling one terminal event came to.
#[derive(Default)]
pub struct Response {
    /// The screen needs drawing again.
    pub redraw: bool,
    pub effects: Vec<Effect>,
}

/// The session: what the user looks at and how, over one or more open datasets.
pub struct App {
    /// The open datasets; never empty.
    pub(crate) views: Vec<DatasetView>,
    /// The one the keys act on.
    pub(crate) current: usize,
    /// The datasets shown beside the one in front, when comparing: at most
    /// [`MAX_COMPARED`] `- 1`.
    pub(crate) compared: Vec<ViewId>,
    /// The order the pairs compared from the overview were marked in (by name), shown so.
    pub(crate) marked_order: Vec<String>,
    /// Every dataset the user has, for the switcher.
    pub(crate) library: Vec<Choice>,
    /// The switcher, while it is open.
    pub(crate) picker: Option<Picker>,
    next_view: u64,
    pub(crate) theme: Theme,
    pub(crate) keys: KeyMap,
    pub(crate) mouse: bool,
    pub(crate) registry: Registry,
    /// The whole terminal.
    pub(crate) area: Area,
    pub(crate) focus: PaneId,
    pub(crate) zoomed: bool,
    /// The help overlay while it is open: its scroll and its search.
    pub(crate) help: Option<help::HelpView>,
    /// The record popup, while it is open.
    pub(crate) details: Option<Details>,
    /// The filter menu, while it is open.
    pub(crate) menu: Option<menu::Menu>,
    pub(crate) prompt: Option<Prompt>,
    /// While a list's search is typed: where it started and what Esc puts back.
    pub(crate) finding: Option<find::Typing>,
    pub(crate) status: Option<Status>,
    /// The footer says how to get help until the first key. Only the interactive dashboard
    /// turns it on: a printed screen has no keys.
    pub(crate) start_hint: bool,
    /// Why the configuration could not be read again; the last good settings stay.
    pub(crate) config_error: Option<String>,
    /// The years both charts show and their cursors: one span for the session.
    pub(crate) charts: ChartsView,
    /// The overview screen (o), in front while open.
    pub(crate) overview: crate::tui::overview::Overview,
    pub(crate) running: bool,
    /// How far the zoomed pane's notes may scroll, as the last frame laid them out (the
    /// loop tells the state after each frame; the state lays nothing out).
    pub(crate) scroll_room: Option<(PaneId, u16)>,
}

impl App {
    pub fn new(data: Dataset, options: AppOptions, area: impl Into<Area>) -> App {
        let area = area.into();
        let charts = charts_for(&data, options.bars, &options.registry);
        let view = DatasetView::new(ViewId(0), data, options.newest_first);
        let focus = options.registry.panes.first().map_or(PaneId(""), |p| p.id);
        let mut app = App {
            views: vec![view],
            current: 0,
            compared: Vec::new(),
            marked_order: Vec::new(),
            library: Vec::new(),
            picker: None,
            next_view: 1,
            theme: options.theme,
            keys: options.keys,
            mouse: options.mouse,
            registry: options.registry,
            area,
            focus,
            zoomed: false,
            help: None,
            details: None,
            menu: None,
            prompt: None,
            finding: None,
            status: None,
            start_hint: false,
            config_error: None,
            charts,
            overview: Default::default(),
            running: true,
            scroll_room: None,
        };
        app.bind_focus_keys();
        app.fit_to_screen();
        app.link_years();
        app
    }

    /// The panes, in focus order.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// Puts the panes of `registry` on screen: a pane new to the session gets the cursor
    /// its row starts it on; the others keep theirs.
    pub fn set_registry(&mut self, registry: Registry) {
        let fresh = charts_for(&self.view().data, self.charts.bars, &registry);
        self.charts.adopt_new(fresh);
        self.registry = registry;
        self.bind_focus_keys();
        self.fit_to_screen();
        self.link_years();
    }

    /// Puts the year cursor of `pane` on `year` and links the other panes to it.
    pub fn set_year_of(&mut self, pane: PaneId, year: i32) {
        self.charts.set_year(pane, year);
        if pane == self.focus {
            self.link_years();
        }
    }

    /// The dataset the keys act on.
    pub fn view(&self) -> &DatasetView {
        &self.views[self.current]
    }

    pub fn view_mut(&mut self) -> &mut DatasetView {
        &mut self.views[self.current]
    }

    /// The data of the dataset the keys act on.
    pub fn data(&self) -> &Dataset {
        &self.view().data
    }

    /// Opens `data` beside the datasets already open and puts it in front; returns its id.
    pub fn open(&mut self, data: Dataset) -> ViewId {
        // A list's search being typed is of the dataset in front, which this one replaces.
        if self.finding.is_some() {
            self.prompt = None;
            self.cancel_find();
        }
        let id = ViewId(self.next_view);
        self.next_view += 1;
        let newest_first = self.view().timeline.newest_first;
        self.views.push(DatasetView::new(id, data, newest_first));
        self.show(self.views.len() - 1);
        id
    }

    /// Puts the open dataset at `index` in front; the focus, zoom and the years shown stay
    /// where they still make sense.
    pub fn show(&mut self, index: usize) {
        if index < self.views.len() {
            self.current = index;
            self.refit_charts();
            self.fit_to_screen();
        }
    }

    /// The open dataset `id`, if it is still open.
    pub(crate) fn view_by_id(&mut self, id: ViewId) -> Option<&mut DatasetView> {
        self.views.iter_mut().find(|v| v.id == id)
    }

    /// The years any shown dataset has data for in the year chart `pane` (the first year
    /// chart's, for a pane without a year cursor): one axis for a comparison.
    pub fn extent_of(&self, pane: PaneId) -> Option<YearSpan> {
        let pane = self.registry.year_pane(pane)?;
        let CursorKind::Year { extent, .. } = self.registry.cursor(pane) else {
            return None;
        };
        self.union_of(extent)
    }

    fn union_of(&self, extent: fn(&Dataset) -> Option<YearSpan>) -> Option<YearSpan> {
        self.shown_views()
            .into_iter()
            .filter_map(|i| extent(&self.views[i].data))
            .reduce(|a, b| YearSpan {
                first: a.first.min(b.first),
                last: a.last.max(b.last),
            })
    }

    /// What the cursor of `pane` points at in the dataset in front.
    pub(crate) fn pointed(&self, pane: PaneId) -> Option<At> {
        match self.registry.cursor(pane) {
            CursorKind::Nothing => None,
            CursorKind::Year { .. } => Some(At::Year(self.charts.year(pane))),
            CursorKind::Month { .. } => Some(At::Month(self.charts.month(pane))),
            CursorKind::List(list) => (list.selected)(self.view()).map(At::Item),
        }
    }

    /// The year the focused pane points at, which the other panes mark.
    pub fn linked_year(&self) -> Option<i32> {
        match (self.pointed(self.focus)?, self.registry.cursor(self.focus)) {
            (At::Year(year), _) => Some(year),
            (At::Month(month), _) => Some(month.year),
            (At::Item(i), CursorKind::List(list)) => Some((list.year)(self.data(), i)),
            (At::Item(_), _) => None,
        }
    }

    /// Where everything goes at the current size; `None` when the terminal is too small.
    pub fn geometry(&self) -> Option<Geometry> {
        let views = self.shown_views();
        let shown = Shown {
            area: self.area.into(),
            zoomed: self.zoomed.then_some(self.focus),
            focus: self.focus,
            views: &views,
        };
        layout::layout(&self.panes_shown().places(), shown)
    }

    /// Where `pane` is drawn for the dataset in front (empty when it is not shown).
    pub fn pane_area(&self, pane: PaneId) -> ratatui::layout::Rect {
        let geometry = self.geometry();
        let slot = geometry.as_ref().and_then(|g| g.slot(pane));
        slot.map_or(Rect::default(), |s| s.area)
    }

    /// Rows the list of `pane` shows at the current size (at least one; one for a pane
    /// without a list).
    fn list_height(&self, pane: PaneId) -> usize {
        let geometry = self.geometry();
        let list = geometry.as_ref().and_then(|g| g.slot(pane)?.list);
        usize::from(list.map_or(1, |list| list.height)).max(1)
    }

    /// The panes on screen: those whose table a shown dataset holds.
    pub fn panes_shown(&self) -> Registry {
        let shown = self.shown_views();
        self.registry
            .shown(|table| shown.iter().any(|&i| self.views[i].data.has(table)))
    }

    /// Keeps the focus on a pane that is on screen and each list's selection in view, after
    /// anything that changes what is shown or how big it is.
    pub(super) fn fit_to_screen(&mut self) {
        let panes = self.panes_shown();
        if panes.get(self.focus).is_none() {
            self.focus = panes.panes.first().map_or(self.focus, |p| p.id);
        }
        for (list, height) in self.lists() {
            for v in &mut self.views {
                let (cursor, len) = (list.cursor)(v);
                cursor.fit(len, height);
            }
        }
    }

    /// Applies one terminal event: whether to draw again, and what the loop must do.
    pub fn handle_event(&mut self, event: &Event) -> Response {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                // The start hint goes with the first key, whatever that key does.
                let hinted = std::mem::take(&mut self.start_hint);
                let mut response = self.handle_key(key);
                response.redraw |= hinted;
                // A prompt, menu or switcher may have moved a selection.
                self.link_years();
                response
            }
            Event::Resize(w, h) => {
                self.area = Area::new(*w, *h);
                self.fit_to_screen();
                Response {
                    redraw: true,
                    effects: Vec::new(),
                }
            }
            _ => Response::default(),
        }
    }

    fn inform(&mut self, text: String) {
        self.status = Some(Status {
            text,
            warning: false,
        });
    }

    pub(crate) fn warn(&mut self, text: String) {
        self.status = Some(Status {
            text,
            warning: true,
        });
    }
}
