//! Moving the cursor: the ways VT100 offers, what each costs in bytes, and writing them.

/// A way to move the cursor: all VT100.
pub(super) enum Way {
    /// The absolute move (CUP), 1-based, the column left out when it is the first.
    Cup,
    /// Steps right or left on the row (CUF, CUB).
    Sideways,
    /// A carriage return, then steps right.
    Return,
    /// Carriage return and line feed per row, then steps right.
    Lines,
    /// Steps down (CUD), then sideways.
    Down,
    /// Steps up (CUU), then sideways.
    Up,
}

impl Way {
    /// Whether it counts from where the cursor stands.
    pub(super) fn relative(&self) -> bool {
        matches!(self, Way::Sideways | Way::Down | Way::Up)
    }

    pub(super) fn len(&self, (cx, cy): (u16, u16), (x, y): (u16, u16)) -> usize {
        let across = steps_len(usize::from(x.abs_diff(cx)));
        match self {
            Way::Cup if x == 0 => 3 + digits(y + 1),
            Way::Cup => 4 + digits(y + 1) + digits(x + 1),
            Way::Sideways => across,
            Way::Return => 1 + steps_len(usize::from(x)),
            Way::Lines => 2 * usize::from(y.abs_diff(cy)) + steps_len(usize::from(x)),
            Way::Down | Way::Up => steps_len(usize::from(y.abs_diff(cy))) + across,
        }
    }

    pub(super) fn write(&self, out: &mut Vec<u8>, (cx, cy): (u16, u16), (x, y): (u16, u16)) {
        let across = |out: &mut Vec<u8>| {
            let dir = if x >= cx { b'C' } else { b'D' };
            write_steps(out, x.abs_diff(cx), dir);
        };
        match self {
            Way::Cup => {
                out.extend_from_slice(b"\x1b[");
                write_number(out, y + 1);
                if x > 0 {
                    out.push(b';');
                    write_number(out, x + 1);
                }
                out.push(b'H');
            }
            Way::Sideways => across(out),
            Way::Return => {
                out.push(b'\r');
                write_steps(out, x, b'C');
            }
            Way::Lines => {
                for _ in cy..y {
                    out.extend_from_slice(b"\r\n");
                }
                write_steps(out, x, b'C');
            }
            Way::Down | Way::Up => {
                let dir = if y > cy { b'B' } else { b'A' };
                write_steps(out, y.abs_diff(cy), dir);
                across(out);
            }
        }
    }
}

pub(super) fn digits(n: u16) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

/// Bytes of `n` steps: none, `ESC[C` for one, `ESC[nC` for more.
pub(super) fn steps_len(n: usize) -> usize {
    match n {
        0 => 0,
        1 => 3,
        n => 3 + digits(n.min(usize::from(u16::MAX)) as u16),
    }
}

/// `n` steps in direction `dir` (A up, B down, C right, D left); one step needs no count.
pub(super) fn write_steps(out: &mut Vec<u8>, n: u16, dir: u8) {
    if n == 0 {
        return;
    }
    out.extend_from_slice(b"\x1b[");
    if n > 1 {
        write_number(out, n);
    }
    out.push(dir);
}

pub(super) fn write_number(out: &mut Vec<u8>, n: u16) {
    let mut digits = [0u8; 5];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}
