//! Draws the whole frame from the session's state: the header, every pane the geometry
//! places (through the registry), the footer and the help overlay. Reads; changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::app::{App, ScrollRoom};
use crate::tui::input::action::Scope;
use crate::tui::overlays;
use crate::tui::panes;
use crate::tui::panes::drawing::Drawing;

pub use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};

/// The rows the terminal may scroll in place, and the list offset they show: the zoomed
/// timeline's list, whose rows span the whole width (borders included, which are the same on
/// every row).
pub(crate) fn scroll_region(app: &App) -> Option<(Rect, usize)> {
    let overlay = app.help.is_some() || app.details.is_some() || app.menu.is_some();
    if !app.zoomed || overlay || !app.registry.has_scope(app.focus, Scope::Timeline) {
        return None;
    }
    let geometry = app.geometry()?;
    let [slot] = geometry.slots.as_slice() else {
        return None;
    };
    let list = slot.list?;
    let rows = Rect {
        x: 0,
        width: app.area.width,
        ..list
    };
    let offset = app.views.get(slot.view)?.timeline.cursor.offset;
    (list.height > 2 && slot.area.width == app.area.width).then_some((rows, offset))
}

/// Draws the frame with the dashboard's panes. Reads `app`; changes nothing.
pub fn render(frame: &mut Frame, app: &App) {
    render_with(frame, app, panes::drawing::DRAWINGS);
}

/// Draws the frame, each pane as `drawings` says. Reads `app`; changes nothing.
pub fn render_with(frame: &mut Frame, app: &App, drawings: &[Drawing]) {
    if app.overview.open {
        crate::tui::overview::draw::render(frame, app.area.into(), &app.overview, &app.theme);
        if let Some(help) = &app.help {
            overlays::help::render(frame, app.area.into(), app, help);
        }
        return;
    }
    let Some(geometry) = app.geometry() else {
        panes::shared::status::render_too_small(frame, app);
        return;
    };
    panes::shared::status::render_header(frame, geometry.header, app, app.view());
    for slot in &geometry.slots {
        let (Some(spec), Some(view)) = (
            panes::drawing::find(drawings, slot.pane),
            app.views.get(slot.view),
        ) else {
            continue;
        };
        let focused = slot.pane == app.focus && slot.view == app.current;
        // Beside a compared pair that has the pane's table, a dataset without it says so,
        // whichever the pane.
        let needs = app.registry.get(slot.pane).and_then(|p| p.needs);
        match needs.filter(|&table| !view.data.has(table)) {
            Some(table) => {
                panes::render_absent_pane(frame, slot.area, (app, view), slot.pane, table, focused)
            }
            None => (spec.draw)(frame, slot.area, app, view, focused),
        }
    }
    panes::shared::status::render_footer(frame, geometry.footer, app);
    overlays::details::render(frame, app.area.into(), app);
    overlays::menu::render(frame, app.area.into(), app);
    if let Some(help) = &app.help {
        overlays::help::render(frame, app.area.into(), app, help);
    }
    overlays::switcher::render(frame, app.area.into(), app);
}

/// How far the zoomed pane's notes run past its area, laid out as `drawings` draw it: what
/// the loop tells the state after each frame ([`App::observe_scroll_room`]).
pub fn scroll_room(app: &App, drawings: &[Drawing]) -> Option<ScrollRoom> {
    if !app.zoomed {
        return None;
    }
    let geometry = app.geometry()?;
    let slot = geometry.slot(app.focus)?;
    let overflow = panes::drawing::find(drawings, app.focus)?.overflow?;
    let view = app.views.get(slot.view)?;
    let room = overflow(app, view, slot.area);
    Some(ScrollRoom {
        pane: app.focus,
        room: room.room,
        revealed: room.revealed,
    })
}
