//! Taking the terminal and giving it back: raw mode, the alternate screen, the mouse, the
//! cursor; on quit, panic and a stop (Ctrl-z, SIGTSTP) alike.

use std::io::{BufWriter, Write};
use std::os::fd::AsFd;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::SIGTSTP;

use crate::tui::screen::{Backend, Screen};

/// Puts the terminal back as it was: raw mode off, main screen, mouse reporting off (after
/// leaving the alternate screen), cursor shown. Safe to call more than once; each step runs
/// even if another fails.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(out, EndSynchronizedUpdate, LeaveAlternateScreen);
    let _ = execute!(out, DisableMouseCapture, cursor::Show);
    let _ = out.flush();
}

pub(super) fn enter(mouse: bool, sixteen_colours: bool) -> std::io::Result<Terminal<Backend>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    take_terminal(mouse)?;
    // Frames go to the terminal through our own buffer, one write each: standard output's
    // line buffering would send a frame in pieces, split at its last line feed.
    let fd = std::io::stdout().as_fd().try_clone_to_owned()?;
    let out = crate::tui::screen::sgr::Sgr16::new(std::fs::File::from(fd), sixteen_colours);
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, out));
    Terminal::new(backend)
}

/// Raw mode, the alternate screen, the mouse if wanted, no cursor.
pub(super) fn take_terminal(mouse: bool) -> std::io::Result<()> {
    enable_raw_mode()?;
    let mut out = std::io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Ctrl-z or SIGTSTP: give the terminal back, stop as a shell expects, and take the terminal
/// again when continued.
pub(super) fn suspend(screen: &mut Screen, mouse: bool) -> std::io::Result<()> {
    restore();
    // Stops here until SIGCONT (`fg`), with the default action of SIGTSTP.
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
    resume(screen, mouse)
}

/// After a stop: the terminal may have been used by others; take it and redraw everything.
pub(super) fn resume(screen: &mut Screen, mouse: bool) -> std::io::Result<()> {
    take_terminal(mouse)?;
    screen.forget();
    Ok(())
}
