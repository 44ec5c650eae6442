//! What only the frame and the mouse path call of a pane: how it draws, and what a click in
//! it points at, keyed by the pane's id. The state reads the registry
//! ([`crate::tui::app::registry`]) and never this table.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use super::{arms, cooperation, exercises, indicators, meetings, timeline, trade};
use crate::tui::app::registry::Item;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::id::PaneId;

/// Draws a pane into its area: the session, the dataset shown, and whether it has focus.
pub type Draw = fn(&mut Frame, Rect, &App, &DatasetView, bool);
/// What a click at a position of the pane's area points at.
pub type HitTest = fn(&App, &DatasetView, Rect, Position) -> Option<Item>;

/// How many rows the pane's content runs past what its area shows (what scrolling may
/// reveal), laid out as the frame draws it.
pub type Overflow = fn(&App, &DatasetView, Rect) -> Room;

/// What scrolling may reveal of a pane, as the frame lays it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Room {
    /// Rows of its content past its area.
    pub room: u16,
    /// The row its list starts at to show the match a search marks, while the list is
    /// drawn from there (the state keeps it as the list's scroll).
    pub revealed: Option<u16>,
}

impl Room {
    /// `room` rows past the area, nothing revealed.
    pub fn rows(room: u16) -> Room {
        Room {
            room,
            revealed: None,
        }
    }
}

/// One pane's drawing.
#[derive(Clone, Copy)]
pub struct Drawing {
    pub id: PaneId,
    pub draw: Draw,
    pub hit: HitTest,
    /// For a pane whose zoomed notes scroll: how far they run past its area.
    pub overflow: Option<Overflow>,
}

/// The dashboard's panes' drawing (a pane added to the registry adds its row here).
pub const DRAWINGS: &[Drawing] = &[
    Drawing {
        id: trade::ID,
        draw: trade::render,
        hit: trade::hit,
        overflow: Some(trade::overflow),
    },
    Drawing {
        id: meetings::ID,
        draw: meetings::render,
        hit: meetings::hit,
        overflow: Some(meetings::overflow),
    },
    Drawing {
        id: exercises::ID,
        draw: exercises::render,
        hit: exercises::hit,
        overflow: None,
    },
    Drawing {
        id: timeline::ID,
        draw: timeline::render,
        hit: timeline::hit,
        overflow: None,
    },
    Drawing {
        id: arms::ID,
        draw: arms::render,
        hit: arms::hit,
        overflow: Some(arms::overflow),
    },
    Drawing {
        id: cooperation::ID,
        draw: cooperation::render,
        hit: cooperation::hit,
        overflow: None,
    },
    Drawing {
        id: indicators::ID,
        draw: indicators::render,
        hit: indicators::hit,
        overflow: None,
    },
];

/// The drawing of pane `id` in `table`.
pub fn find(table: &[Drawing], id: PaneId) -> Option<&Drawing> {
    table.iter().find(|d| d.id == id)
}
