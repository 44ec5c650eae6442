//! The panes, declared once, as the state reads them: each row says what a pane is (its id
//! and title), which keys work in it, what its keys move, its record and plain-mode words,
//! and where it sits. Focus order, help, footer hints and the layout read the registry; how a
//! pane draws and what a click in it points at are the frame's ([`crate::tui::panes::drawing`]).
//! Adding a pane is one folder, one row here and one there (see `crate::tui::panes::registry`).

use ratatui::layout::Rect;

use crate::data::{Dataset, Month, TableId, YearSpan};
use crate::report::record::Subject;
use crate::tui::app::cursor::ListCursor;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::id::Scope;

pub use crate::tui::panes::id::PaneId;

/// The one kind of cursor a pane has, with what the session needs to move it, link it to
/// the other panes' year and bound it: the pane's row says it all, so the session has no
/// arm per pane.
#[derive(Clone, Copy)]
pub enum CursorKind {
    /// The pane only shows.
    Nothing,
    /// A year of a chart: the years its data reaches and the year it starts on (its data's
    /// last year where `start` says none).
    Year {
        extent: fn(&Dataset) -> Option<YearSpan>,
        start: fn(&Dataset) -> Option<i32>,
    },
    /// A month of a chart by months: the first and last months its data has, the month it
    /// starts on, and the month it takes when another pane links a year.
    Month {
        months: fn(&Dataset) -> Option<(Month, Month)>,
        start: fn(&Dataset) -> Option<Month>,
        in_year: fn(&Dataset, i32) -> Month,
    },
    /// A row of a list, kept by each open dataset.
    List(ListKind),
}

/// How the session reaches a pane's list in an open dataset.
#[derive(Clone, Copy)]
pub struct ListKind {
    /// The list's cursor and its number of rows.
    pub cursor: fn(&mut DatasetView) -> (&mut ListCursor, usize),
    /// The selected item, as an index into the data's table.
    pub selected: fn(&DatasetView) -> Option<usize>,
    /// The year of an item of the data's table.
    pub year: fn(&Dataset, usize) -> i32,
    /// Selects a row of `year` (the list's rows shown `height` at a time) when another
    /// pane links that year.
    pub follow: fn(&mut DatasetView, i32, usize),
}

/// How `/` searches a pane: the timeline's events, which may be millions read from a file
/// and are searched off the loop's thread ([`crate::tui::app::timeline::search`]), or the
/// rows of a table held in memory, searched as they are typed by one engine for every such
/// list ([`crate::tui::app::find`]). A pane without one sends `/` to the events' pane.
#[derive(Clone, Copy)]
pub enum SearchKind {
    Events,
    Rows(RowSearch),
}

/// How the one search engine reaches a pane's rows. Where the pane's cursor is a list
/// ([`CursorKind::List`]) a match selects its row; where it is a year chart that lists its
/// cursor year's rows under the plot, a match moves the year to the row's and the list
/// shows it.
#[derive(Clone, Copy)]
pub struct RowSearch {
    /// What one row is called, for the footer: `exercise` (`no exercise matches "xyz"`).
    pub noun: &'static str,
    /// How many rows the data's table has.
    pub len: fn(&Dataset) -> usize,
    /// The text searched in a row (an index into the table): what the pane shows of it,
    /// with its note and source. Case is ignored.
    pub text: fn(&Dataset, usize) -> String,
    /// The table's rows in the order the pane lists them: a list's rows as sorted and
    /// filtered; a chart's by the year it lists them under.
    pub order: fn(&DatasetView) -> Vec<usize>,
    /// The year a chart lists a row under first (where a match takes its cursor).
    pub year: fn(&Dataset, usize) -> i32,
    /// Whether a chart lists a row under `year` (an arms deal under its order year and
    /// each year of deliveries).
    pub in_year: fn(&Dataset, usize, i32) -> bool,
    /// What plain mode says of a row found, where the pane's own words speak of its year
    /// rather than of the row (`None`: they speak of the row selected).
    pub said: Option<fn(&Dataset, usize) -> String>,
}

/// What a pane's cursor points at: what its record is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Year(i32),
    Month(Month),
    /// An item of the list's table (its index in the data).
    Item(usize),
}

impl At {
    /// The year pointed at (of a month too; 0 for an item).
    pub fn year(self) -> i32 {
        match self {
            At::Year(year) => year,
            At::Month(month) => month.year,
            At::Item(_) => 0,
        }
    }

    /// The month pointed at (December of a year; January of year 0 for an item).
    pub fn month(self) -> Month {
        match self {
            At::Year(year) => Month { year, month: 12 },
            At::Month(month) => month,
            At::Item(_) => Month { year: 0, month: 1 },
        }
    }

    /// The item pointed at (0 for a year or month).
    pub fn item(self) -> usize {
        match self {
            At::Item(i) => i,
            At::Year(_) | At::Month(_) => 0,
        }
    }
}

/// The sentences plain mode says of a pane's selection in one dataset: what it is, and its
/// note and source.
#[derive(Clone, Copy)]
pub struct Words {
    pub said: fn(&App, &DatasetView) -> String,
    pub source: fn(&App, &DatasetView) -> String,
}

/// What a click in a pane points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A row of a list, as an index into the list's display order.
    Row(usize),
    Year(i32),
    /// A month of a chart by months.
    Month(Month),
}

/// Where a pane draws its list rows inside its area, for panes that have a list.
pub(crate) type ListArea = fn(Rect) -> Rect;

/// One pane.
#[derive(Clone, Copy)]
pub struct PaneSpec {
    pub id: PaneId,
    /// What the title bar calls it.
    pub title: &'static str,
    /// The key scopes whose actions work here and show in the footer (keys of the
    /// `Global`, `Move`, `Search` and `ToTimeline` scopes work everywhere).
    pub scopes: &'static [Scope],
    /// The pane's one cursor.
    pub cursor: CursorKind,
    /// How `/` searches the pane (`None`: it searches the events' pane instead).
    pub search: Option<SearchKind>,
    /// The record of what the cursor points at (Enter), for a pane that has one.
    pub record: Option<fn(At) -> Subject>,
    /// What plain mode says of the selection.
    pub words: Option<Words>,
    /// The row of the four-pane screen it sits in (0 top, 1 bottom) and its share of it.
    pub row: u8,
    pub weight: u16,
    pub list_area: Option<ListArea>,
    /// Zoomed, Up and Down scroll the notes under its chart. How far they may go is the
    /// frame's to say, once drawn ([`crate::tui::app::App::observe_scroll_room`]): the state
    /// lays nothing out.
    pub scrolls: bool,
    /// The table the pane shows, for a pane shown only while a dataset on screen has it
    /// (`None`: always shown, saying so when its table is absent).
    pub needs: Option<TableId>,
    /// What `render --pane` says of it beside its name (empty: its name says enough).
    pub about: &'static str,
}

/// The panes in focus order.
#[derive(Clone)]
pub struct Registry {
    pub panes: Vec<PaneSpec>,
}

impl Registry {
    /// The panes shown when the datasets on screen hold the tables `has` answers yes for,
    /// in the same focus order.
    /// A dataset with none of the panes' tables (a manifest alone) keeps the first pane,
    /// which says so.
    pub fn shown(&self, has: impl Fn(TableId) -> bool) -> Registry {
        let panes: Vec<PaneSpec> = self
            .panes
            .iter()
            .filter(|p| p.needs.is_none_or(&has))
            .copied()
            .collect();
        Registry {
            panes: match panes.is_empty() {
                true => self.panes.iter().take(1).copied().collect(),
                false => panes,
            },
        }
    }

    /// What the key table takes of each pane, in focus order.
    pub fn keys(&self) -> Vec<crate::tui::panes::id::PaneKey> {
        self.panes
            .iter()
            .map(|p| crate::tui::panes::id::PaneKey {
                id: p.id,
                title: p.title,
                needs_table: p.needs.map(|t| t.spec().name),
            })
            .collect()
    }

    pub fn get(&self, id: PaneId) -> Option<&PaneSpec> {
        self.panes.iter().find(|p| p.id == id)
    }

    /// The pane's place in focus order, from 1 (as its title and number key show it): its
    /// place in the whole registry, so a pane keeps its number whichever are shown.
    pub fn number(&self, id: PaneId) -> usize {
        self.panes
            .iter()
            .position(|p| p.id == id)
            .map_or(0, |i| i + 1)
    }

    /// The pane after (or before) `id` in focus order, wrapping around.
    pub fn step(&self, id: PaneId, forward: bool) -> PaneId {
        let n = self.panes.len().max(1);
        let at = self.panes.iter().position(|p| p.id == id).unwrap_or(0);
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.panes.get(next).map_or(id, |p| p.id)
    }

    /// The pane at a focus number (1-based), if there is one.
    pub fn nth(&self, number: usize) -> Option<PaneId> {
        number
            .checked_sub(1)
            .and_then(|i| self.panes.get(i))
            .map(|p| p.id)
    }

    /// The cursor kind of `id` ([`CursorKind::Nothing`] for a pane not in the registry).
    pub fn cursor(&self, id: PaneId) -> CursorKind {
        self.get(id).map_or(CursorKind::Nothing, |p| p.cursor)
    }

    /// Where each pane goes, for the layout.
    pub fn places(&self) -> Vec<crate::tui::layout::Place> {
        self.panes
            .iter()
            .map(|p| crate::tui::layout::Place {
                pane: p.id,
                row: p.row,
                weight: p.weight,
                list: p.list_area,
            })
            .collect()
    }

    /// Whether `id` has a year cursor.
    pub(crate) fn has_year(&self, id: PaneId) -> bool {
        matches!(self.cursor(id), CursorKind::Year { .. })
    }

    /// The first pane with a year cursor: the chart whose year stands for the others.
    pub(crate) fn first_year_pane(&self) -> Option<PaneId> {
        self.panes
            .iter()
            .find(|p| matches!(p.cursor, CursorKind::Year { .. }))
            .map(|p| p.id)
    }

    /// `id` when it has a year cursor, else the first pane that has one.
    pub(crate) fn year_pane(&self, id: PaneId) -> Option<PaneId> {
        if self.has_year(id) {
            Some(id)
        } else {
            self.first_year_pane()
        }
    }

    /// The pane whose search is of the events, where `/` goes from a pane without a
    /// search of its own.
    pub(crate) fn events_pane(&self) -> Option<PaneId> {
        self.panes
            .iter()
            .find(|p| matches!(p.search, Some(SearchKind::Events)))
            .map(|p| p.id)
    }

    /// How `/` searches the rows of `id`, where they are held in memory.
    pub(crate) fn row_search(&self, id: PaneId) -> Option<RowSearch> {
        match self.get(id)?.search? {
            SearchKind::Rows(rows) => Some(rows),
            SearchKind::Events => None,
        }
    }

    /// What the help and plain mode call the keys of `scope`: the scope's heading, and for
    /// searching, the panes whose lists `/` searches, from their rows.
    pub fn heading(&self, scope: Scope) -> String {
        if scope != Scope::Search {
            return scope.heading().to_string();
        }
        let lists: Vec<&str> = self
            .panes
            .iter()
            .filter(|p| p.search.is_some())
            .map(|p| p.title)
            .collect();
        let events = self
            .events_pane()
            .and_then(|id| self.get(id))
            .map(|p| p.title);
        match (lists.as_slice(), events) {
            ([], _) => scope.heading().to_string(),
            (_, Some(events)) => format!(
                "Searching the lists ({}; from any other pane, the {events})",
                lists.join(", ")
            ),
            (_, None) => format!("Searching the lists ({})", lists.join(", ")),
        }
    }

    /// Whether `scope` is one of the scopes of `id`'s own keys.
    pub(crate) fn has_scope(&self, id: PaneId, scope: Scope) -> bool {
        self.get(id).is_some_and(|p| p.scopes.contains(&scope))
    }

    /// Whether actions of `scope` do something when `id` has focus.
    pub(crate) fn applies(&self, scope: Scope, id: PaneId) -> bool {
        matches!(
            scope,
            Scope::Global | Scope::Move | Scope::Search | Scope::ToTimeline
        ) || self.get(id).is_some_and(|p| p.scopes.contains(&scope))
    }

    /// Whether the footer lists actions of `scope` when `id` has focus: the pane's own
    /// scopes, and searching where the pane has a search.
    pub(crate) fn hinted(&self, scope: Scope, id: PaneId) -> bool {
        let Some(pane) = self.get(id) else {
            return false;
        };
        match scope {
            Scope::Global | Scope::Move => false,
            Scope::Search => pane.search.is_some(),
            _ => pane.scopes.contains(&scope),
        }
    }
}
