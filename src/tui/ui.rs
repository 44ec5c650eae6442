//! Draws the whole frame from the session's state: the header, every pane the geometry
//! places (through the registry), the footer and the help overlay. Reads; changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::input::action::Scope;
use crate::tui::overlays;
use crate::tui::panes;

pub use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};

/// The rows the terminal may scroll in place, and the list offset they show: the zoomed
/// timeline's list, whose rows span the whole width (borders included, which are the same on
/// every row).
pub fn scroll_region(app: &App) -> Option<(Rect, usize)> {
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
        x: app.area.x,
        width: app.area.width,
        ..list
    };
    let offset = app.views.get(slot.view)?.timeline.cursor.offset;
    (list.height > 2 && slot.area.width == app.area.width).then_some((rows, offset))
}

/// Draws the frame. Reads `app`; changes nothing.
pub fn render(frame: &mut Frame, app: &App) {
    if app.overview.open {
        crate::tui::overview::draw::render(frame, app.area, &app.overview, &app.theme);
        if let Some(help) = &app.help {
            overlays::help::render(frame, app.area, app, help);
        }
        return;
    }
    let Some(geometry) = app.geometry() else {
        panes::shared::status::render_too_small(frame, app);
        return;
    };
    panes::shared::status::render_header(frame, geometry.header, app, app.view());
    for slot in &geometry.slots {
        let (Some(spec), Some(view)) = (app.registry.get(slot.pane), app.views.get(slot.view))
        else {
            continue;
        };
        let focused = slot.pane == app.focus && slot.view == app.current;
        (spec.draw)(frame, slot.area, app, view, focused);
    }
    panes::shared::status::render_footer(frame, geometry.footer, app);
    overlays::details::render(frame, app.area, app);
    overlays::menu::render(frame, app.area, app);
    if let Some(help) = &app.help {
        overlays::help::render(frame, app.area, app, help);
    }
    overlays::switcher::render(frame, app.area, app);
}
