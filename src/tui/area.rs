//! The terminal's size as the session keeps it: columns and rows, with no drawing type in
//! it. The frame's edge (the layout, the drawing) turns it into a ratatui `Rect`.

/// A screen of `width` columns and `height` rows, its top left at the origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub fn new(width: u16, height: u16) -> Area {
        Area { width, height }
    }
}
