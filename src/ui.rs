//! Places the panes on the screen and draws the whole frame from the app's state.
//! Geometry lives here too, so drawing and mouse hit-testing agree.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};

use crate::action::PaneId;
use crate::app::App;
use crate::panes;

/// The smallest terminal the four panes stay readable in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Where everything goes for one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub footer: Rect,
    /// The visible panes: all four, or the zoomed one.
    pub panes: Vec<(PaneId, Rect)>,
}

/// The layout of a terminal of `area` with `zoomed` filling the body, or `None` when the
/// terminal is too small.
pub fn layout_with(area: Rect, zoomed: Option<PaneId>) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let panes = match zoomed {
        Some(pane) => vec![(pane, body)],
        None => {
            let top_height = (u32::from(body.height) * 10 / 22) as u16;
            let [top, bottom] =
                Layout::vertical([Constraint::Length(top_height), Constraint::Fill(1)]).areas(body);
            let [trade, meetings] =
                Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                    .areas(top);
            let [exercises, timeline] =
                Layout::horizontal([Constraint::Percentage(46), Constraint::Percentage(54)])
                    .areas(bottom);
            vec![
                (PaneId::Trade, trade),
                (PaneId::Meetings, meetings),
                (PaneId::Exercises, exercises),
                (PaneId::Timeline, timeline),
            ]
        }
    };
    Some(Areas {
        header,
        footer,
        panes,
    })
}

pub fn layout(app: &App) -> Option<Areas> {
    layout_with(app.area, app.zoomed.then_some(app.focus))
}

/// Where `pane` is drawn: zoomed if it is the zoomed pane, else its four-pane place.
pub fn pane_area(app: &App, pane: PaneId) -> Rect {
    let zoomed = (app.zoomed && app.focus == pane).then_some(pane);
    layout_with(app.area, zoomed)
        .and_then(|a| a.panes.into_iter().find(|(p, _)| *p == pane))
        .map_or(Rect::default(), |(_, r)| r)
}

/// How many rows of its list a pane shows now (at least one).
pub fn list_height(app: &App, pane: PaneId) -> usize {
    let area = pane_area(app, pane);
    let rows = match pane {
        PaneId::Exercises => panes::exercises::list_area(app, area).height,
        PaneId::Timeline => panes::timeline::list_area(app, area).height,
        PaneId::Trade | PaneId::Meetings => 1,
    };
    usize::from(rows).max(1)
}

/// The rows the terminal may scroll in place, and the list offset they show: the zoomed
/// timeline's list, whose rows span the whole width (borders included, which are the same on
/// every row).
pub fn scroll_region(app: &App) -> Option<(Rect, usize)> {
    if !(app.zoomed && app.focus == PaneId::Timeline) || app.help.is_some() {
        return None;
    }
    let pane = pane_area(app, PaneId::Timeline);
    let list = panes::timeline::list_area(app, pane);
    let rows = Rect {
        x: app.area.x,
        width: app.area.width,
        ..list
    };
    (list.height > 2 && pane.width == app.area.width)
        .then_some((rows, app.view().timeline.cursor.offset))
}

/// The exercises table's columns at its current width.
pub fn exercise_columns(app: &App) -> Vec<crate::app::exercises::Column> {
    let area = pane_area(app, PaneId::Exercises);
    panes::exercises::columns(area.width.saturating_sub(2))
        .into_iter()
        .map(|(c, _)| c)
        .collect()
}

/// The visible pane under a screen position.
pub fn pane_at(app: &App, at: Position) -> Option<PaneId> {
    layout(app)?
        .panes
        .into_iter()
        .find(|(_, r)| r.contains(at))
        .map(|(p, _)| p)
}

/// What a click in a pane points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A row of a list, as an index into the list's display order.
    Row(usize),
    Year(i32),
}

pub fn item_at(app: &App, pane: PaneId, at: Position) -> Option<Item> {
    let area = pane_area(app, pane);
    let view = app.view();
    match pane {
        PaneId::Exercises => panes::exercises::row_at(app, view, area, at).map(Item::Row),
        PaneId::Timeline => panes::timeline::row_at(app, view, area, at).map(Item::Row),
        PaneId::Trade => panes::trade::year_at(app, view, area, at).map(Item::Year),
        PaneId::Meetings => panes::meetings::year_at(app, view, area, at).map(Item::Year),
    }
}

/// Draws the frame. Reads `app`; changes nothing.
pub fn render(frame: &mut Frame, app: &App) {
    let Some(areas) = layout(app) else {
        panes::status::render_too_small(frame, app);
        return;
    };
    let view = app.view();
    panes::status::render_header(frame, areas.header, app, view);
    for (pane, area) in &areas.panes {
        let focused = *pane == app.focus;
        match pane {
            PaneId::Trade => panes::trade::render(frame, *area, app, view, focused),
            PaneId::Meetings => panes::meetings::render(frame, *area, app, view, focused),
            PaneId::Exercises => panes::exercises::render(frame, *area, app, view, focused),
            PaneId::Timeline => panes::timeline::render(frame, *area, app, view, focused),
        }
    }
    panes::status::render_footer(frame, areas.footer, app);
    if let Some(scroll) = app.help {
        panes::help::render(frame, app.area, app, scroll);
    }
}
