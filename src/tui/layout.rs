//! Where everything goes, as one pure function of the terminal's size, the panes, zoom and
//! the datasets shown: drawing and mouse input both read its answer, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::tui::area::Area;
use crate::tui::panes::id::PaneId;

/// The smallest terminal the four panes stay readable in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Wide and tall enough to show every pane of two datasets side by side (each further
/// dataset asks for another [`MIN_WIDTH`]).
pub(crate) const COMPARE_ALL_WIDTH: u16 = 160;
pub(crate) const COMPARE_ALL_HEIGHT: u16 = 40;

/// How wide one pair's pane must be for three or four of one pane kind to go side by side
/// rather than in rows; and the width from which they go in two columns.
const BESIDE_WIDTH: u16 = 50;
const TWO_COLUMNS_WIDTH: u16 = 120;

/// Where a pane goes, as its registry row says: its place in the four-pane screen and
/// where its list is drawn inside it.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub pane: PaneId,
    /// The row of the four-pane screen it sits in (0 top, 1 bottom) and its share of it.
    pub row: u8,
    pub weight: u16,
    /// Where the pane draws its list rows inside its area, for a pane with a list.
    pub list: Option<fn(Rect) -> Rect>,
}

/// One pane of one dataset, and where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub pane: PaneId,
    /// Index into the session's open datasets.
    pub view: usize,
    pub area: Rect,
    /// Where the pane's list rows are drawn, for a pane with a list: what the state reads
    /// for a page's height and the mouse for a row under a click.
    pub list: Option<Rect>,
}

/// Where everything goes for one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Geometry {
    pub header: Rect,
    pub footer: Rect,
    pub slots: Vec<Slot>,
    /// How many lines of the help its box shows: what scrolling it pages by.
    pub help_rows: u16,
}

impl Geometry {
    /// The first slot of `pane` (the dataset in front's, where two are shown).
    pub fn slot(&self, pane: PaneId) -> Option<&Slot> {
        self.slots.iter().find(|s| s.pane == pane)
    }

    /// The slot under a screen position.
    pub(crate) fn slot_at(&self, x: u16, y: u16) -> Option<&Slot> {
        let at = ratatui::layout::Position::new(x, y);
        self.slots.iter().find(|s| s.area.contains(at))
    }
}

/// The box an overlay `wanted` columns wide and `rows` tall takes on a screen of `area`:
/// centred, a line below the top; the whole width when less than three columns would be left
/// on either side.
pub fn overlay(area: Rect, wanted: u16, rows: u16) -> Rect {
    let most_rows = area.height.saturating_sub(2);
    let height = rows.clamp(3.min(most_rows), most_rows);
    let width = wanted.min(area.width);
    let margin = (area.width - width) / 2;
    let (x, width) = if margin < 3 {
        (area.x, area.width)
    } else {
        (area.x + margin, width)
    };
    Rect {
        x,
        y: area.y + 1,
        width,
        height,
    }
}

/// How many lines the help's box shows on a screen of `area` (its frame left out): it is as
/// tall as the screen allows, whatever its width.
pub(crate) fn help_rows(area: Rect) -> u16 {
    overlay(area, 0, area.height).height.saturating_sub(2)
}

/// The widest the record's box grows: wider than most help lines, for long notes.
const WIDEST: u16 = 104;

/// Where the record's box sits on a screen of `area` when its text is `lines` long: as tall
/// as the text and its frame (up to the screen less a line above and below), and up to
/// [`WIDEST`] columns wide.
pub fn details_box(area: Rect, lines: usize) -> Rect {
    let rows = u16::try_from(lines.saturating_add(2)).unwrap_or(u16::MAX);
    overlay(area, WIDEST, rows)
}

/// How wide the record's box is on a screen of `area`.
pub fn details_width(area: Rect) -> u16 {
    details_box(area, 0).width
}

/// What the layout needs to know of the session.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub area: Rect,
    /// The pane filling the body, if one is zoomed.
    pub zoomed: Option<PaneId>,
    pub focus: PaneId,
    /// The open datasets to show, by index: one, or two to four side by side.
    pub views: &'a [usize],
}

/// The geometry for `shown`, or `None` when the terminal is too small to draw in.
pub fn layout(places: &[Place], shown: Shown<'_>) -> Option<Geometry> {
    let area = shown.area;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT || shown.views.is_empty() {
        return None;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let n = shown.views.len();
    let compare = n > 1;
    let all_fit = all_panes_fit(area, n);
    // Zoomed, or comparing where four panes of each would not be readable: one pane kind,
    // each dataset's one above the other.
    let single = shown
        .zoomed
        .or((compare && !all_fit).then_some(shown.focus));
    let slots: Vec<Slot> = match single {
        Some(pane) => one_kind(body, n)
            .into_iter()
            .zip(shown.views)
            .map(|(area, &view)| Slot {
                pane,
                view,
                area,
                list: None,
            })
            .collect(),
        None => grid(places, body)
            .into_iter()
            .flat_map(|(pane, area)| {
                side_by_side(area, shown.views.len())
                    .into_iter()
                    .zip(shown.views)
                    .map(move |(area, &view)| Slot {
                        pane,
                        view,
                        area,
                        list: None,
                    })
            })
            .collect(),
    };
    let slots = slots
        .into_iter()
        .map(|slot: Slot| {
            let list = places
                .iter()
                .find(|p| p.pane == slot.pane)
                .and_then(|p| p.list);
            Slot {
                list: list.map(|area| area(slot.area)),
                ..slot
            }
        })
        .collect();
    Some(Geometry {
        header,
        footer,
        slots,
        help_rows: help_rows(area),
    })
}

/// The panes in their rows, each row as tall as its share and each pane as wide as its
/// weight: the top row takes ten twenty-seconds of the height.
fn grid(places: &[Place], body: Rect) -> Vec<(PaneId, Rect)> {
    let rows: Vec<u8> = {
        let mut rows: Vec<u8> = places.iter().map(|p| p.row).collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    };
    let heights: Vec<Constraint> = match rows.len() {
        0 => return Vec::new(),
        1 => vec![Constraint::Fill(1)],
        n => {
            let top = (u32::from(body.height) * 10 / 22) as u16;
            std::iter::once(Constraint::Length(top))
                .chain((1..n).map(|_| Constraint::Fill(1)))
                .collect()
        }
    };
    let row_areas = Layout::vertical(heights).split(body);
    let mut out = Vec::new();
    for (row, row_area) in rows.iter().zip(row_areas.iter()) {
        let panes: Vec<_> = places.iter().filter(|p| p.row == *row).collect();
        let total: u32 = panes
            .iter()
            .map(|p| u32::from(p.weight))
            .sum::<u32>()
            .max(1);
        let widths: Vec<Constraint> = panes
            .iter()
            .map(|p| Constraint::Ratio(u32::from(p.weight), total))
            .collect();
        let areas = Layout::horizontal(widths).split(*row_area);
        out.extend(panes.iter().zip(areas.iter()).map(|(p, a)| (p.pane, *a)));
    }
    out
}

/// `n` areas one above the other.
fn stack(area: Rect, n: usize) -> Vec<Rect> {
    let n = n.max(1) as u32;
    Layout::vertical((0..n).map(|_| Constraint::Ratio(1, n)))
        .split(area)
        .to_vec()
}

/// Whether a screen of `area` shows every pane of each of `n` datasets compared, side by
/// side, rather than one pane kind of each: [`COMPARE_ALL_WIDTH`] by [`COMPARE_ALL_HEIGHT`]
/// for two, and another [`MIN_WIDTH`] for each further dataset.
pub(crate) fn all_panes_fit(area: Rect, n: usize) -> bool {
    let wide_enough = u32::from(COMPARE_ALL_WIDTH) + u32::from(MIN_WIDTH) * (n.max(2) as u32 - 2);
    u32::from(area.width) >= wide_enough && area.height >= COMPARE_ALL_HEIGHT
}

/// Where one pane kind of `n` datasets goes: one above the other for two (each keeps the
/// full width its chart's years want); three or four side by side where each still gets
/// [`BESIDE_WIDTH`] columns, in two columns from [`TWO_COLUMNS_WIDTH`] (a third alone
/// takes the left half of the bottom row, so its years fall under the others'), else in
/// rows.
fn one_kind(body: Rect, n: usize) -> Vec<Rect> {
    if n <= 2 {
        return stack(body, n);
    }
    if body.width / n as u16 >= BESIDE_WIDTH {
        return side_by_side(body, n);
    }
    if body.width < TWO_COLUMNS_WIDTH {
        return stack(body, n);
    }
    stack(body, n.div_ceil(2))
        .into_iter()
        .enumerate()
        .flat_map(|(row, area)| side_by_side(area, 2).into_iter().take(n - 2 * row))
        .collect()
}

/// `n` areas side by side.
fn side_by_side(area: Rect, n: usize) -> Vec<Rect> {
    let n = n.max(1) as u32;
    Layout::horizontal((0..n).map(|_| Constraint::Ratio(1, n)))
        .split(area)
        .to_vec()
}

/// The session's screen as the frame places things on it.
impl From<Area> for Rect {
    fn from(area: Area) -> Rect {
        Rect::new(0, 0, area.width, area.height)
    }
}

/// A frame's area as the session keeps it (its size; a frame starts at the origin).
impl From<Rect> for Area {
    fn from(rect: Rect) -> Area {
        Area::new(rect.width, rect.height)
    }
}
