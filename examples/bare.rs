//! The least a full-screen terminal program can do: enter the alternate screen, draw one
//! line, wait for a key, leave. The baseline that bench/pty_bench.py measures bilat against.

use std::io::Write;

use crossterm::{cursor, execute, terminal};

fn main() -> std::io::Result<()> {
    terminal::enable_raw_mode()?;
    let mut out = std::io::stdout();
    execute!(out, terminal::EnterAlternateScreen, cursor::MoveTo(0, 0))?;
    write!(out, "bare program ready")?;
    out.flush()?;
    let _ = crossterm::event::read();
    execute!(out, terminal::LeaveAlternateScreen)?;
    terminal::disable_raw_mode()
}
