//! What a cell looks like and the SGR sequences that change the terminal's style: the
//! pen, and the parameters that turn one pen into another.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

use super::moves::write_number;

/// The style the terminal draws with: what one SGR sequence sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pen {
    pub(super) fg: Color,
    pub(super) bg: Color,
    pub(super) underline: Color,
    pub(super) modifier: Modifier,
}

impl Pen {
    pub(super) const PLAIN: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    pub(super) fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// Modifiers that show on a blank cell: a blank looks the same with or without the others.
pub(super) const SHOWN_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::CROSSED_OUT)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK);

/// Whether the terminal shows `a` and `b` alike: the same cell, or two blanks whose
/// foreground (and bold, italic...) cannot be seen. The foreground shows on a reversed
/// blank (as its background, brightened by bold on some terminals), and in the line of a
/// crossed-out or underlined one (unless the underline has its own colour).
pub(super) fn looks_same(a: &Cell, b: &Cell) -> bool {
    if a == b {
        return true;
    }
    let shown = a.modifier & SHOWN_ON_BLANK;
    if a.symbol() != " " || b.symbol() != " " || a.bg != b.bg {
        return false;
    }
    if shown != b.modifier & SHOWN_ON_BLANK {
        return false;
    }
    let reversed = shown.contains(Modifier::REVERSED);
    let underlined = shown.contains(Modifier::UNDERLINED);
    let lined_in_fg = shown.contains(Modifier::CROSSED_OUT)
        || (underlined && (a.underline_color == Color::Reset || b.underline_color == Color::Reset));
    let bold = |c: &Cell| c.modifier.contains(Modifier::BOLD);
    (!(reversed || lined_in_fg) || a.fg == b.fg)
        && (!reversed || bold(a) == bold(b))
        && (!underlined || a.underline_color == b.underline_color)
}

/// SGR parameters, separated by `;`, as they are added.
#[derive(Default)]
pub(super) struct Params(pub(super) Vec<u8>);

impl Params {
    pub(super) fn push(&mut self, n: u8) {
        if !self.0.is_empty() {
            self.0.push(b';');
        }
        write_number(&mut self.0, u16::from(n));
    }
}

/// SGR parameters that turn pen `from` into `to`, added to `params`.
pub(super) fn pen_change(from: Pen, to: Pen, params: &mut Params) {
    let (gone, new) = (from.modifier - to.modifier, to.modifier - from.modifier);
    // 22 ends both bold and faint: one of them may need setting again.
    let mut again = Modifier::empty();
    if gone.intersects(Modifier::BOLD | Modifier::DIM) {
        params.push(22);
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
            params.push(off);
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
            params.push(on);
        }
    }
    for (old, colour, layer) in [
        (from.fg, to.fg, 30),
        (from.bg, to.bg, 40),
        (from.underline, to.underline, 50),
    ] {
        if old != colour {
            colour_code(colour, layer, params);
        }
    }
}

/// The SGR parameters of `colour` for layer 30 (text), 40 (background) or 50 (underline).
pub(super) fn colour_code(colour: Color, layer: u8, params: &mut Params) {
    let basic = |n: u8, params: &mut Params| match layer {
        // The underline colour has no classic codes.
        50 => [58, 5, n].into_iter().for_each(|p| params.push(p)),
        _ if n < 8 => params.push(layer + n),
        _ => params.push(layer + 60 + n - 8),
    };
    match colour {
        Color::Reset => params.push(layer + 9),
        Color::Black => basic(0, params),
        Color::Red => basic(1, params),
        Color::Green => basic(2, params),
        Color::Yellow => basic(3, params),
        Color::Blue => basic(4, params),
        Color::Magenta => basic(5, params),
        Color::Cyan => basic(6, params),
        Color::Gray => basic(7, params),
        Color::DarkGray => basic(8, params),
        Color::LightRed => basic(9, params),
        Color::LightGreen => basic(10, params),
        Color::LightYellow => basic(11, params),
        Color::LightBlue => basic(12, params),
        Color::LightMagenta => basic(13, params),
        Color::LightCyan => basic(14, params),
        Color::White => basic(15, params),
        Color::Indexed(n) => [layer + 8, 5, n].into_iter().for_each(|p| params.push(p)),
        Color::Rgb(r, g, b) => [layer + 8, 2, r, g, b]
            .into_iter()
            .for_each(|p| params.push(p)),
    }
}
