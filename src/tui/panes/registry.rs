//! The panes, declared once: each row says what a pane is (its id and title), which keys
//! work in it, what its keys move, where it sits, and the functions that draw it and find
//! what a click points at. Focus order, clicks, help, footer hints and the layout all read
//! the registry; adding a pane is one file and one row (see `crate::tui::panes::registry`).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::data::{Month, TableId};
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::id::Scope;

pub use crate::tui::panes::id::PaneId;

/// What the moving keys move in a pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moves {
    /// The trade chart's year cursor.
    TradeYears,
    /// The meetings chart's year cursor.
    MeetingYears,
    /// The arms transfers chart's year cursor.
    ArmsYears,
    /// The exercises table's selection.
    Exercises,
    /// The timeline's selection.
    Events,
    /// The cooperation chart's month cursor.
    CooperationMonths,
    /// Nothing: the pane only shows.
    Nothing,
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

/// Draws a pane into its area: the session, the dataset shown, and whether it has focus.
pub type Draw = fn(&mut Frame, Rect, &App, &DatasetView, bool);
/// What a click at a position of the pane's area points at.
pub type HitTest = fn(&App, &DatasetView, Rect, Position) -> Option<Item>;
/// Where a pane draws its list rows inside its area, for panes that have a list.
pub type ListArea = fn(Rect) -> Rect;
/// How many rows the pane's content runs past what its area shows (what scrolling may
/// reveal), for panes whose content can be longer than they are.
pub type Overflow = fn(&App, &DatasetView, Rect) -> u16;

/// One pane.
#[derive(Clone, Copy)]
pub struct PaneSpec {
    pub id: PaneId,
    /// What the title bar calls it.
    pub title: &'static str,
    /// The key scopes whose actions work here and show in the footer (keys of the
    /// `Global`, `Move` and `ToTimeline` scopes work everywhere).
    pub scopes: &'static [Scope],
    pub moves: Moves,
    /// The row of the four-pane screen it sits in (0 top, 1 bottom) and its share of it.
    pub row: u8,
    pub weight: u16,
    pub draw: Draw,
    pub hit: HitTest,
    pub list_area: Option<ListArea>,
    pub overflow: Option<Overflow>,
    /// The table the pane shows, for a pane shown only while a dataset on screen has it
    /// (`None`: always shown, saying so when its table is absent).
    pub needs: Option<TableId>,
}

/// The panes in focus order.
#[derive(Clone)]
pub struct Registry {
    pub panes: Vec<PaneSpec>,
}

impl Registry {
    /// The panes shown when the datasets on screen hold the tables `has` answers yes for,
    /// in the same focus order.
    pub fn shown(&self, has: impl Fn(TableId) -> bool) -> Registry {
        Registry {
            panes: self
                .panes
                .iter()
                .filter(|p| p.needs.is_none_or(&has))
                .copied()
                .collect(),
        }
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

    /// The first pane whose keys move `moves`.
    pub fn moving(&self, moves: Moves) -> Option<PaneId> {
        self.panes.iter().find(|p| p.moves == moves).map(|p| p.id)
    }

    /// What the moving keys move in `id`.
    pub fn moves(&self, id: PaneId) -> Moves {
        self.get(id).map_or(Moves::Nothing, |p| p.moves)
    }

    /// Whether actions of `scope` do something when `id` has focus.
    pub fn applies(&self, scope: Scope, id: PaneId) -> bool {
        matches!(scope, Scope::Global | Scope::Move | Scope::ToTimeline)
            || self.get(id).is_some_and(|p| p.scopes.contains(&scope))
    }

    /// Whether the footer lists actions of `scope` when `id` has focus.
    pub fn hinted(&self, scope: Scope, id: PaneId) -> bool {
        !matches!(scope, Scope::Global | Scope::Move)
            && self.get(id).is_some_and(|p| p.scopes.contains(&scope))
    }
}
