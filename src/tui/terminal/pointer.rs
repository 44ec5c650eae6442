//! The mouse path: where a mouse event lands on the frame's geometry and what a click there
//! points at (the pane's hit test), handed to the session as a [`Pointer`]. Every other
//! event goes to the session as it is.

use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use crate::tui::app::{App, Pointer, Response};
use crate::tui::panes::drawing::{DRAWINGS, Drawing, find};

/// Applies one terminal event to the session, on the dashboard's panes: whether to draw
/// again, and what the loop must do.
pub fn handle_event(app: &mut App, event: &Event) -> Response {
    handle_event_with(app, event, DRAWINGS)
}

/// [`handle_event`], with a click's target found by `drawings`' hit tests.
pub fn handle_event_with(app: &mut App, event: &Event, drawings: &[Drawing]) -> Response {
    match event {
        Event::Mouse(mouse) => pointer(app, mouse, drawings)
            .map(|pointer| app.handle_pointer(pointer))
            .unwrap_or_default(),
        _ => app.handle_event(event),
    }
}

/// What a mouse event does on the frame the session lays out, if anything (nothing when
/// the mouse is off, or off every pane).
pub fn pointer(app: &App, mouse: &MouseEvent, drawings: &[Drawing]) -> Option<Pointer> {
    // The overview takes keys only: the panes under it stay as they are.
    if !app.mouse() || app.overview.open {
        return None;
    }
    let slot = *app.geometry()?.slot_at(mouse.column, mouse.row)?;
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Pointer::Scroll { slot, delta: 3 }),
        MouseEventKind::ScrollUp => Some(Pointer::Scroll { slot, delta: -3 }),
        MouseEventKind::Down(MouseButton::Left) => {
            let spec = find(drawings, slot.pane)?;
            let view = app.views().get(slot.view)?;
            let at = Position::new(mouse.column, mouse.row);
            let item = (spec.hit)(app, view, slot.area, at);
            Some(Pointer::Click { slot, item })
        }
        _ => None,
    }
}
