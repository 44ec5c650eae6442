//! The bytes that turn what the terminal shows into the next frame, as few as a slow link
//! deserves: cells that look the same are not written (a blank is a blank whatever its
//! foreground), the cursor takes the shortest of an absolute move, a carriage return, a line
//! feed or a relative step, and each change of style is one SGR sequence with only what
//! changed, or a reset and the new style when that is shorter. Only VT100 moves are used.

use std::cmp::Ordering;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use unicode_width::UnicodeWidthStr;

mod moves;
mod pen;

use moves::{Way, steps_len};
use pen::{Params, Pen, looks_same, pen_change};

/// Adds to `out` the bytes that turn `before` (what the terminal shows) into `now`, both
/// the whole screen. The cursor's place is not known at the start; the pen is the
/// terminal's plain one, and is left plain at the end.
pub fn frame(before: &Buffer, now: &Buffer, out: &mut Vec<u8>) {
    let mut enc = Encoder {
        out: std::mem::take(out),
        cursor: None,
        wrap_pending: false,
        pen: Pen::PLAIN,
        width: now.area.width,
    };
    let cells = to_write(before, now);
    for row in cells.chunk_by(|a, b| a.1 == b.1) {
        enc.row(row, now);
    }
    if enc.pen != Pen::PLAIN {
        enc.out.extend_from_slice(b"\x1b[m");
    }
    *out = enc.out;
}

/// The cells of `now` to write, row by row: those that look different, and what is left of
/// a wide character that a write cuts in two (a terminal shows that remnant as it likes).
/// One pass over both screens' cells, as ratatui's own diff walks them: the columns a wide
/// character covers are not looked at apart from it.
fn to_write(before: &Buffer, now: &Buffer) -> Vec<(u16, u16)> {
    assert_eq!(before.area, now.area, "two frames of one screen");
    let (old, new) = (&before.content, &now.content);
    let row = usize::from(now.area.width.max(1));
    let at = |i: usize| ((i % row) as u16 + now.area.x, (i / row) as u16 + now.area.y);
    let mut cells = Vec::new();
    let mut i = 0;
    while i < new.len().min(old.len()) {
        let (cell, shown) = (&new[i], &old[i]);
        let columns = columns_of(cell);
        if skipped(cell) {
            i += 1;
            continue;
        }
        let plain = cell.diff_option == CellDiffOption::None;
        let after_wide = i % row > 0 && width(old[i - 1].symbol()) > 1;
        if plain && (cell == shown || (!after_wide && looks_same(shown, cell))) {
            i += if cell == shown { columns } else { 1 };
            continue;
        }
        cells.push(at(i));
        // Past the row's end nothing is cut; within it, whatever wide character of the old
        // screen this write covers part of is written again where it reached.
        let row_end = i - i % row + row;
        let end = (i + columns).min(row_end);
        for (k, under) in old.iter().enumerate().take(end).skip(i) {
            let reach = (k + width(under.symbol())).min(row_end);
            cells.extend((end..reach).map(at));
        }
        i += columns;
    }
    cells.sort_unstable_by_key(|&(x, y)| (y, x));
    cells.dedup();
    // Never the right half of a wide character of the new frame.
    cells.retain(|&(x, y)| x == now.area.x || width(now[(x - 1, y)].symbol()) < 2);
    cells
}

/// Columns `cell` takes on screen.
fn columns_of(cell: &Cell) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(n) => usize::from(n.get()),
        _ => width(cell.symbol()).max(1),
    }
}

/// Whether ratatui marks `cell` as not to be written.
#[allow(deprecated)]
fn skipped(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::Skip
        || (cell.skip && cell.diff_option == CellDiffOption::None)
}

struct Encoder {
    out: Vec<u8>,
    /// Where the next character lands, when known.
    cursor: Option<(u16, u16)>,
    /// The last column was written: the cursor stands there, and a carriage return puts it
    /// at the start of its row (where `cursor` says it is).
    wrap_pending: bool,
    pen: Pen,
    width: u16,
}

impl Encoder {
    /// Writes `cells` of one row, left to right; or, when its last cell has the pen of its
    /// first (a pane's two borders), that one second if it comes out shorter, saving a
    /// change of pen and back.
    fn row(&mut self, cells: &[(u16, u16)], now: &Buffer) {
        let pen = |&(x, y): &(u16, u16)| Pen::of(&now[(x, y)]);
        if let [first, middle @ .., last] = cells
            && let Some(before_last) = middle.last()
            && pen(first) == pen(last)
            && pen(before_last) != pen(last)
        {
            let start = self.out.len();
            let state = (self.cursor, self.wrap_pending, self.pen);
            self.write_cells(&[*first, *last], now);
            self.write_cells(middle, now);
            let ends_first = self.out.split_off(start);
            let after = (self.cursor, self.wrap_pending, self.pen);
            (self.cursor, self.wrap_pending, self.pen) = state;
            self.write_cells(cells, now);
            if ends_first.len() < self.out.len() - start {
                self.out.truncate(start);
                self.out.extend_from_slice(&ends_first);
                (self.cursor, self.wrap_pending, self.pen) = after;
            }
            return;
        }
        self.write_cells(cells, now);
    }

    fn write_cells(&mut self, cells: &[(u16, u16)], now: &Buffer) {
        for &(x, y) in cells {
            self.move_to(x, y, now);
            self.put(&now[(x, y)]);
        }
    }

    fn put(&mut self, cell: &Cell) {
        self.set_pen(Pen::of(cell));
        let symbol = cell.symbol();
        self.out.extend_from_slice(symbol.as_bytes());
        // Terminals disagree on the width of wide and combined characters (emoji above
        // all): after one, the cursor is placed again rather than guessed.
        if !is_narrow(symbol) {
            self.cursor = None;
            return;
        }
        if let Some((x, y)) = self.cursor {
            if x + 1 < self.width {
                self.cursor = Some((x + 1, y));
            } else {
                // At the last column the terminal waits to wrap: a carriage return still
                // takes it to the start of the row, and other moves start from there.
                self.cursor = Some((0, y));
                self.wrap_pending = true;
            }
        }
    }

    /// Moves the cursor to (`x`, `y`) by the shortest way: over the few unchanged cells in
    /// between when they share the pen, or by the shortest control sequence.
    fn move_to(&mut self, x: u16, y: u16, now: &Buffer) {
        let Some((cx, cy)) = self.cursor else {
            Way::Cup.write(&mut self.out, (0, 0), (x, y));
            self.cursor = Some((x, y));
            return;
        };
        let pending = std::mem::take(&mut self.wrap_pending);
        if !pending && (cx, cy) == (x, y) {
            return;
        }
        if !pending && cy == y && x > cx && self.rewrite_gap(cx, x, y, now) {
            return;
        }
        let ways: &[Way] = match y.cmp(&cy) {
            Ordering::Equal => &[Way::Cup, Way::Sideways, Way::Return],
            Ordering::Greater => &[Way::Cup, Way::Down, Way::Lines],
            Ordering::Less => &[Way::Cup, Way::Up],
        };
        let (from, to) = ((cx, cy), (x, y));
        // After the last column, a relative move counts from the row's start only after a
        // carriage return.
        let cost = |way: &Way| way.len(from, to) + usize::from(pending && way.relative());
        let way = ways.iter().min_by_key(|w| cost(w)).unwrap_or(&Way::Cup);
        if pending && way.relative() {
            self.out.push(b'\r');
        }
        way.write(&mut self.out, from, to);
        self.cursor = Some((x, y));
    }

    /// Writes the cells from `from` to `to` on row `y` again, if that is shorter than a
    /// cursor step: they are unchanged and single-width, and drawn with the pen in use, or
    /// blanks that look the same drawn with the pen the next cell needs.
    fn rewrite_gap(&mut self, from: u16, to: u16, y: u16, now: &Buffer) -> bool {
        let cells = || (from..to).map(|x| &now[(x, y)]);
        let bytes: usize = cells().map(|c| c.symbol().len()).sum();
        if bytes >= steps_len(usize::from(to - from)) {
            return false;
        }
        let same_pen = |c: &&Cell| Pen::of(c) == self.pen && is_narrow(c.symbol());
        let next = Pen::of(&now[(to, y)]);
        let mut blank = Cell::EMPTY;
        blank.fg = next.fg;
        blank.bg = next.bg;
        blank.underline_color = next.underline;
        blank.modifier = next.modifier;
        if !cells().all(|c| same_pen(&c)) {
            if !cells().all(|c| looks_same(c, &blank)) {
                return false;
            }
            self.set_pen(next);
        }
        for cell in cells() {
            self.out.extend_from_slice(cell.symbol().as_bytes());
        }
        self.cursor = Some((to, y));
        true
    }

    fn set_pen(&mut self, pen: Pen) {
        if pen == self.pen {
            return;
        }
        let mut changed = Params::default();
        pen_change(self.pen, pen, &mut changed);
        let mut fresh = Params::default();
        pen_change(Pen::PLAIN, pen, &mut fresh);
        self.out.extend_from_slice(b"\x1b[");
        if fresh.0.is_empty() {
            // `ESC[m` is a reset.
        } else if fresh.0.len() + 2 < changed.0.len() {
            self.out.extend_from_slice(b"0;");
            self.out.extend_from_slice(&fresh.0);
        } else {
            self.out.extend_from_slice(&changed.0);
        }
        self.out.push(b'm');
        self.pen = pen;
    }
}

/// The columns `symbol` takes, quickly for the usual single ASCII character.
fn width(symbol: &str) -> usize {
    match symbol.as_bytes() {
        [b] if b.is_ascii_graphic() || *b == b' ' => 1,
        _ => symbol.width(),
    }
}

/// Whether `symbol` is one character every terminal draws one column wide.
fn is_narrow(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if width(symbol) == 1 && !c.is_control())
}

#[cfg(test)]
mod tests;
