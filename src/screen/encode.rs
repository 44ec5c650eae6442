//! The bytes that turn what the terminal shows into the next frame, as few as a slow link
//! deserves: cells that look the same are not written (a blank is a blank whatever its
//! foreground), the cursor takes the shortest of an absolute move, a carriage return, a line
//! feed or a relative step, and each change of style is one SGR sequence with only what
//! changed, or a reset and the new style when that is shorter. Only VT100 moves are used.

use std::io::Write;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The style the terminal draws with: what one SGR sequence sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    const PLAIN: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// Modifiers that show on a blank cell: a blank looks the same with or without the others.
const SHOWN_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::CROSSED_OUT);

/// Whether the terminal shows `a` and `b` alike: the same cell, or two blanks whose
/// foreground (and bold, italic...) cannot be seen.
fn looks_same(a: &Cell, b: &Cell) -> bool {
    if a == b {
        return true;
    }
    let shown = a.modifier & SHOWN_ON_BLANK;
    a.symbol() == " "
        && b.symbol() == " "
        && a.bg == b.bg
        && shown == b.modifier & SHOWN_ON_BLANK
        && (!shown.contains(Modifier::REVERSED) || a.fg == b.fg)
        && (!shown.contains(Modifier::UNDERLINED) || a.underline_color == b.underline_color)
}

/// Writes to `out` the bytes that turn `before` (what the terminal shows) into `now`, both
/// the whole screen. The cursor's place is not known at the start; the pen is the
/// terminal's plain one, and is left plain at the end.
pub fn frame(before: &Buffer, now: &Buffer, out: &mut impl Write) -> std::io::Result<()> {
    let mut enc = Encoder {
        out: Vec::new(),
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
    out.write_all(&enc.out)
}

/// The cells of `now` to write, row by row: those that look different, and what is left of
/// a wide character that a write cuts in two (a terminal shows that remnant as it likes).
fn to_write(before: &Buffer, now: &Buffer) -> Vec<(u16, u16)> {
    let right = now.area.right();
    let mut cells = Vec::new();
    for (x, y, cell) in before.diff(now) {
        let after_wide = x > now.area.x && before[(x - 1, y)].symbol().width() > 1;
        let plain = cell.diff_option == CellDiffOption::None;
        if !after_wide && plain && looks_same(&before[(x, y)], cell) {
            continue;
        }
        cells.push((x, y));
        let end = (x + cell.symbol().width().max(1) as u16).min(right);
        for k in x..end {
            let reach = (k + before[(k, y)].symbol().width() as u16).min(right);
            cells.extend((end..reach).map(|c| (c, y)));
        }
    }
    cells.sort_unstable_by_key(|&(x, y)| (y, x));
    cells.dedup();
    // Never the right half of a wide character of the new frame.
    cells.retain(|&(x, y)| x == now.area.x || now[(x - 1, y)].symbol().width() < 2);
    cells
}

#[derive(Clone)]
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
            let mut ends_first = self.clone();
            ends_first.write_cells(&[*first, *last], now);
            ends_first.write_cells(middle, now);
            self.write_cells(cells, now);
            if ends_first.out.len() < self.out.len() {
                *self = ends_first;
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
            self.out.extend_from_slice(cup(x, y).as_bytes());
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
        let mut best = cup(x, y);
        let mut consider = |way: String| {
            if way.len() < best.len() {
                best = way;
            }
        };
        if y == cy {
            consider(sideways(cx, x));
            if x < cx {
                consider(format!("\r{}", sideways(0, x)));
            }
        } else if y > cy {
            let down = usize::from(y - cy);
            consider(format!("{}{}", "\r\n".repeat(down), sideways(0, x)));
            consider(format!("{}{}", steps(down, 'B'), sideways(cx, x)));
        } else {
            consider(format!(
                "{}{}",
                steps(usize::from(cy - y), 'A'),
                sideways(cx, x)
            ));
        }
        if pending && !best.starts_with(['\r', '\x1b']) {
            best.insert(0, '\r');
        } else if pending && best.starts_with("\x1b[") && !best.ends_with('H') {
            // A relative step counts from the start of the row only after a return.
            best.insert(0, '\r');
        }
        self.out.extend_from_slice(best.as_bytes());
        self.cursor = Some((x, y));
    }

    /// Writes the cells from `from` to `to` on row `y` again, if that is shorter than a
    /// cursor step: they are unchanged and single-width, and drawn with the pen in use, or
    /// blanks that look the same drawn with the pen the next cell needs.
    fn rewrite_gap(&mut self, from: u16, to: u16, y: u16, now: &Buffer) -> bool {
        let cells: Vec<&Cell> = (from..to).map(|x| &now[(x, y)]).collect();
        let bytes: usize = cells.iter().map(|c| c.symbol().len()).sum();
        if bytes >= sideways(from, to).len() {
            return false;
        }
        let same_pen = |c: &&Cell| Pen::of(c) == self.pen && is_narrow(c.symbol());
        let next = Pen::of(&now[(to, y)]);
        let mut blank = Cell::EMPTY;
        blank.fg = next.fg;
        blank.bg = next.bg;
        blank.underline_color = next.underline;
        blank.modifier = next.modifier;
        if !cells.iter().all(same_pen) {
            if !cells.iter().all(|c| looks_same(c, &blank)) {
                return false;
            }
            self.set_pen(next);
        }
        for cell in cells {
            self.out.extend_from_slice(cell.symbol().as_bytes());
        }
        self.cursor = Some((to, y));
        true
    }

    fn set_pen(&mut self, pen: Pen) {
        if pen == self.pen {
            return;
        }
        let changed = pen_change(self.pen, pen);
        let mut fresh = vec!["0".to_string()];
        fresh.extend(pen_change(Pen::PLAIN, pen));
        let params = if fresh.join(";").len() < changed.join(";").len() {
            fresh
        } else {
            changed
        };
        let params = params.join(";");
        let params = if params == "0" { "" } else { params.as_str() };
        self.out
            .extend_from_slice(format!("\x1b[{params}m").as_bytes());
        self.pen = pen;
    }
}

/// Whether `symbol` is one character every terminal draws one column wide.
fn is_narrow(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if symbol.width() == 1 && !c.is_control())
}

/// The absolute move (CUP), 1-based, the column left out when it is the first.
fn cup(x: u16, y: u16) -> String {
    if x == 0 {
        format!("\x1b[{}H", y + 1)
    } else {
        format!("\x1b[{};{}H", y + 1, x + 1)
    }
}

/// `n` steps in direction `dir` (A up, B down, C right, D left); one step needs no count.
fn steps(n: usize, dir: char) -> String {
    match n {
        0 => String::new(),
        1 => format!("\x1b[{dir}"),
        n => format!("\x1b[{n}{dir}"),
    }
}

fn sideways(from: u16, to: u16) -> String {
    if to >= from {
        steps(usize::from(to - from), 'C')
    } else {
        steps(usize::from(from - to), 'D')
    }
}

/// SGR parameters that turn pen `from` into `to`.
fn pen_change(from: Pen, to: Pen) -> Vec<String> {
    let mut params = Vec::new();
    let (gone, new) = (from.modifier - to.modifier, to.modifier - from.modifier);
    // 22 ends both bold and faint: one of them may need setting again.
    let mut again = Modifier::empty();
    if gone.intersects(Modifier::BOLD | Modifier::DIM) {
        params.push("22".to_string());
        again = to.modifier & (Modifier::BOLD | Modifier::DIM);
    }
    for (flag, off) in [
        (Modifier::ITALIC, 23),
        (Modifier::UNDERLINED, 24),
        (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, 25),
        (Modifier::REVERSED, 27),
        (Modifier::HIDDEN, 28),
        (Modifier::CROSSED_OUT, 29),
    ] {
        if gone.intersects(flag) {
            params.push(off.to_string());
            again |= to.modifier & flag;
        }
    }
    for (flag, on) in [
        (Modifier::BOLD, 1),
        (Modifier::DIM, 2),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::SLOW_BLINK, 5),
        (Modifier::RAPID_BLINK, 6),
        (Modifier::REVERSED, 7),
        (Modifier::HIDDEN, 8),
        (Modifier::CROSSED_OUT, 9),
    ] {
        if (new | again).contains(flag) {
            params.push(on.to_string());
        }
    }
    for (old, colour, layer) in [
        (from.fg, to.fg, 30),
        (from.bg, to.bg, 40),
        (from.underline, to.underline, 50),
    ] {
        if old != colour {
            params.push(colour_code(colour, layer));
        }
    }
    params
}

/// The SGR parameters of `colour` for layer 30 (text), 40 (background) or 50 (underline).
fn colour_code(colour: Color, layer: u8) -> String {
    let basic = |n: u8| match layer {
        // The underline colour has no classic codes.
        50 => format!("58;5;{n}"),
        _ if n < 8 => (layer + n).to_string(),
        _ => (layer + 60 + n - 8).to_string(),
    };
    match colour {
        Color::Reset => (layer + 9).to_string(),
        Color::Black => basic(0),
        Color::Red => basic(1),
        Color::Green => basic(2),
        Color::Yellow => basic(3),
        Color::Blue => basic(4),
        Color::Magenta => basic(5),
        Color::Cyan => basic(6),
        Color::Gray => basic(7),
        Color::DarkGray => basic(8),
        Color::LightRed => basic(9),
        Color::LightGreen => basic(10),
        Color::LightYellow => basic(11),
        Color::LightBlue => basic(12),
        Color::LightMagenta => basic(13),
        Color::LightCyan => basic(14),
        Color::White => basic(15),
        Color::Indexed(n) => format!("{};5;{n}", layer + 8),
        Color::Rgb(r, g, b) => format!("{};2;{r};{g};{b}", layer + 8),
    }
}

#[cfg(test)]
mod tests;
