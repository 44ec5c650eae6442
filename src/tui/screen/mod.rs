//! Puts frames on the terminal with as few bytes as possible: only the cells that look
//! different are written ([`encode`]), and when the zoomed timeline moved by a few rows the terminal itself scrolls
//! those rows (DECSTBM and SU/SD), so only the rows that came into view are written.

pub mod encode;
pub mod sgr;

use std::fs::File;
use std::io::{BufWriter, Write};

use crossterm::queue;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use ratatui::Frame;

/// The terminal, with basic colours in their classic codes on a 16-colour terminal.
pub(crate) type Backend = CrosstermBackend<BufWriter<crate::tui::screen::sgr::Sgr16<File>>>;

pub(crate) struct Screen {
    pub terminal: Terminal<Backend>,
    /// What the terminal shows now, as drawn by the last frame.
    shown: Option<Buffer>,
    /// The full-width rows of the last frame that may scroll, and the list offset they showed.
    scrolled: Option<(Rect, usize)>,
}

impl Screen {
    pub fn new(terminal: Terminal<Backend>) -> Screen {
        Screen {
            terminal,
            shown: None,
            scrolled: None,
        }
    }

    /// Forgets what the terminal shows, so the next frame is drawn whole.
    pub(crate) fn forget(&mut self) {
        self.shown = None;
        self.scrolled = None;
        // Cleared here, not with ratatui's `clear`, which may ask the terminal where its
        // cursor is and wait for an answer our input thread takes.
        let _ = queue!(
            self.terminal.backend_mut(),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        );
    }

    /// Draws a frame of `area` with `render` inside a synchronized update: `sixteen` while
    /// the theme has 16 colours, `region` the full-width rows that may scroll and the list
    /// offset they show (see [`crate::tui::ui::scroll_region`]).
    pub fn draw(
        &mut self,
        area: Rect,
        sixteen: bool,
        region: Option<(Rect, usize)>,
        render: impl FnOnce(&mut Frame),
    ) -> std::io::Result<()> {
        self.follow_colour_depth(sixteen)?;
        if self.terminal.current_buffer_mut().area != area {
            // Resizing clears the terminal: the next frame starts from blank.
            self.terminal.resize(area)?;
            self.shown = None;
        }
        queue!(self.terminal.backend_mut(), BeginSynchronizedUpdate)?;
        let scroll = match (self.scrolled, region, &self.shown) {
            (Some((before, old)), Some((now, new)), Some(_)) if before == now => {
                let delta = new as isize - old as isize;
                (delta != 0 && delta.unsigned_abs() < usize::from(now.height) / 2)
                    .then_some((now, delta))
            }
            _ => None,
        };
        let mut before = self.shown.take().unwrap_or_else(|| Buffer::empty(area));
        if let Some((rows, delta)) = scroll {
            let (top, bottom) = (rows.y + 1, rows.y + rows.height);
            let step = if delta > 0 { 'S' } else { 'T' };
            // One row, the usual case, needs no count.
            let n = match delta.unsigned_abs() {
                1 => String::new(),
                n => n.to_string(),
            };
            let backend = self.terminal.backend_mut();
            write!(backend, "\x1b[{top};{bottom}r\x1b[{n}{step}\x1b[r")?;
            shift_rows(&mut before, rows, delta);
        }
        let mut frame = self.terminal.get_frame();
        render(&mut frame);
        // The cursor stays hidden from start to end; no need to say so every frame.
        let mut bytes = Vec::with_capacity(4096);
        encode::frame(&before, self.terminal.current_buffer_mut(), &mut bytes);
        // The frame just drawn is what the terminal shows now: kept (without a copy) for
        // the next diff; ratatui's next buffer is blank for the next frame.
        std::mem::swap(&mut before, self.terminal.current_buffer_mut());
        self.terminal.swap_buffers();
        let backend = self.terminal.backend_mut();
        backend.writer_mut().write_all(&bytes)?;
        queue!(backend, EndSynchronizedUpdate)?;
        Write::flush(backend)?;
        self.shown = Some(before);
        self.scrolled = region;
        Ok(())
    }
}

impl Screen {
    /// Rewrites basic colours into the classic codes exactly while the theme has 16 colours:
    /// a configuration changed while bilat runs can change the depth.
    fn follow_colour_depth(&mut self, sixteen: bool) -> std::io::Result<()> {
        let writer = self.terminal.backend_mut().writer_mut();
        if writer.get_ref().enabled() != sixteen {
            // What is queued was written for the old depth: out with it first.
            writer.flush()?;
            writer.get_mut().set_enabled(sixteen);
        }
        Ok(())
    }
}

/// Moves whole rows of `buf` within `rows` as the terminal's scroll does: up for a positive
/// `delta`, down for a negative one; rows scrolled in are blank.
fn shift_rows(buf: &mut Buffer, rows: Rect, delta: isize) {
    let width = usize::from(buf.area.width);
    let line = |y: u16| usize::from(y - buf.area.y) * width;
    let (top, bottom) = (rows.y, rows.y + rows.height);
    let n = delta.unsigned_abs() as u16;
    if delta > 0 {
        for y in top..bottom {
            let to = line(y);
            if y + n < bottom {
                let from = line(y + n);
                let (a, b) = buf.content.split_at_mut(from);
                a[to..to + width].clone_from_slice(&b[..width]);
            } else {
                buf.content[to..to + width].fill(Cell::default());
            }
        }
    } else {
        for y in (top..bottom).rev() {
            let to = line(y);
            if y >= top + n {
                let from = line(y - n);
                let (a, b) = buf.content.split_at_mut(to);
                b[..width].clone_from_slice(&a[from..from + width]);
            } else {
                buf.content[to..to + width].fill(Cell::default());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    #[test]
    fn rows_shift_like_the_terminal_scrolls() {
        let mut buf = Buffer::with_lines(["h", "a", "b", "c", "f"]);
        shift_rows(&mut buf, Rect::new(0, 1, 1, 3), 1);
        assert_eq!(rows_of(&buf), ["h", "b", "c", " ", "f"]);
        let mut buf = Buffer::with_lines(["h", "a", "b", "c", "f"]);
        shift_rows(&mut buf, Rect::new(0, 1, 1, 3), -2);
        assert_eq!(rows_of(&buf), ["h", " ", " ", "a", "f"]);
    }
}
