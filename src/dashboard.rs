//! Runs the dashboard on a real terminal: enters it, feeds events to the app, draws only when
//! something changed, and always gives the terminal back (quit, panic, SIGINT, SIGTERM,
//! SIGHUP, or the terminal going away).

use std::io::{BufWriter, Write};
use std::os::fd::AsRawFd;
use std::sync::mpsc::{self, Receiver, Sender};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event as TermEvent};
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};

use crate::app::App;
use crate::data::{EventsLoader, Problems};
use crate::screen::{Backend, Screen};

/// Why the loop woke up.
enum Wake {
    Input(TermEvent),
    /// The terminal was resized (SIGWINCH).
    Resized,
    /// A signal that ends bilat.
    Stop(i32),
    /// Input ended or failed: the terminal is gone.
    Hangup,
    /// How much of the events file has been read (bytes so far, bytes in all).
    EventsProgress(u64, u64),
    /// The events, read and checked (or what is wrong with them).
    Events(Result<crate::data::Events, Problems>),
    /// A search finished: its generation and the matching events.
    Searched(u64, Vec<u32>),
}

/// How the dashboard ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    Signal(i32),
    Hangup,
}

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

fn enter(mouse: bool) -> std::io::Result<Terminal<Backend>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    let mut out = std::io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, std::io::stdout()));
    Terminal::new(backend)
}

/// Runs until the user quits, a stop signal arrives or the terminal goes away. With a
/// loader, the events are read on another thread while the rest of the dashboard is in use.
pub fn run(mut app: App, events: Option<EventsLoader>) -> std::io::Result<Ending> {
    let (tx, wakes) = listen()?;
    if let Some(loader) = events {
        app.expect_events(0);
        let tx = tx.clone();
        std::thread::spawn(move || {
            let progress_tx = tx.clone();
            let mut progress = |read, total| {
                let _ = progress_tx.send(Wake::EventsProgress(read, total));
            };
            let result = loader.load(&mut progress);
            let _ = tx.send(Wake::Events(result));
        });
    }
    // Never dropped: ratatui's drop shows the cursor and, when the terminal is gone, reports
    // the failure with `eprintln!`, which panics on a dead stderr. `restore` does that job.
    let mut screen = match enter(app.mouse) {
        Ok(t) => std::mem::ManuallyDrop::new(Screen::new(t)),
        Err(err) => {
            restore();
            return Err(err);
        }
    };
    let result = event_loop(&mut screen, &mut app, &tx, &wakes);
    restore();
    result
}

fn event_loop(
    screen: &mut Screen,
    app: &mut App,
    tx: &Sender<Wake>,
    wakes: &Receiver<Wake>,
) -> std::io::Result<Ending> {
    let size = screen.terminal.size()?;
    app.handle_event(&TermEvent::Resize(size.width, size.height));
    screen.draw(app)?;
    loop {
        let Ok(wake) = wakes.recv() else {
            return Ok(Ending::Hangup);
        };
        let redraw = match wake {
            Wake::Input(event) => app.handle_event(&event),
            Wake::Resized => {
                let size = screen.terminal.size()?;
                app.handle_event(&TermEvent::Resize(size.width, size.height))
            }
            Wake::Stop(signal) => return Ok(Ending::Signal(signal)),
            Wake::Hangup => return Ok(Ending::Hangup),
            Wake::EventsProgress(read, total) => app.events_progress(read, total),
            Wake::Events(result) => {
                app.events_loaded(result);
                true
            }
            Wake::Searched(generation, matches) => app.search_done(generation, matches),
        };
        if !app.running {
            return Ok(Ending::Quit);
        }
        // Draw once for a burst of input (a paste, a held key), not once per event.
        let mut redraw = redraw;
        while let Ok(wake) = wakes.try_recv() {
            match wake {
                Wake::Input(event) => redraw |= app.handle_event(&event),
                Wake::Resized => {
                    let size = screen.terminal.size()?;
                    redraw |= app.handle_event(&TermEvent::Resize(size.width, size.height));
                }
                Wake::Stop(signal) => return Ok(Ending::Signal(signal)),
                Wake::Hangup => return Ok(Ending::Hangup),
                Wake::EventsProgress(read, total) => redraw |= app.events_progress(read, total),
                Wake::Events(result) => {
                    app.events_loaded(result);
                    redraw = true;
                }
                Wake::Searched(generation, matches) => {
                    redraw |= app.search_done(generation, matches);
                }
            }
            if !app.running {
                return Ok(Ending::Quit);
            }
        }
        if let Some(job) = app.pending_search.take() {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let matches = job.run();
                let _ = tx.send(Wake::Searched(job.generation, matches));
            });
        }
        if redraw {
            screen.draw(app)?;
        }
    }
}

/// Starts the threads that wait for input and for signals; both wake the loop through one
/// channel, so it sleeps until something happens.
fn listen() -> std::io::Result<(Sender<Wake>, Receiver<Wake>)> {
    let (tx, rx) = mpsc::channel();
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH])?;
    let signal_tx = tx.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            let wake = if signal == SIGWINCH {
                Wake::Resized
            } else {
                Wake::Stop(signal)
            };
            if signal_tx.send(wake).is_err() {
                break;
            }
        }
    });
    let input_tx = tx.clone();
    std::thread::spawn(move || read_input(&input_tx));
    Ok((tx, rx))
}

/// Reads terminal events until input ends. Before each call into crossterm it checks the
/// terminal with `poll(2)` itself: crossterm's reader retries forever at end of input, so a
/// hangup must be seen here, where it ends bilat at once instead of spinning.
fn read_input(tx: &Sender<Wake>) {
    let Ok(tty) = input_fd() else {
        let _ = tx.send(Wake::Hangup);
        return;
    };
    let fd = tty.as_raw_fd();
    loop {
        // Hand over every event crossterm can give without waiting.
        loop {
            if matches!(check(fd, 0), Readiness::Gone) {
                let _ = tx.send(Wake::Hangup);
                return;
            }
            match crossterm::event::poll(std::time::Duration::ZERO) {
                Ok(true) => match crossterm::event::read() {
                    Ok(event) => {
                        if tx.send(Wake::Input(event)).is_err() {
                            return;
                        }
                    }
                    Err(_) => {
                        let _ = tx.send(Wake::Hangup);
                        return;
                    }
                },
                Ok(false) => break,
                Err(_) => {
                    let _ = tx.send(Wake::Hangup);
                    return;
                }
            }
        }
        // Then sleep until the terminal has something to say.
        if matches!(check(fd, -1), Readiness::Gone) {
            let _ = tx.send(Wake::Hangup);
            return;
        }
    }
}

/// The terminal bilat reads keys from: stdin when it is a terminal, else `/dev/tty`, as
/// crossterm chooses.
fn input_fd() -> std::io::Result<std::fs::File> {
    let stdin = std::io::stdin();
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(stdin.as_raw_fd()) } == 1 {
        // A second handle to fd 0 that we never close: dup it.
        // SAFETY: dup returns a new descriptor we own, or -1.
        let fd = unsafe { libc::dup(stdin.as_raw_fd()) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: fd is a fresh descriptor from dup, owned by the File from here on.
        Ok(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) })
    } else {
        std::fs::File::open("/dev/tty")
    }
}

enum Readiness {
    /// Input is waiting.
    Data,
    /// Nothing yet (timeout or interrupted).
    Idle,
    /// The terminal hung up or input ended.
    Gone,
}

/// Waits up to `timeout_ms` (-1: no limit) for the terminal's input.
fn check(fd: i32, timeout_ms: i32) -> Readiness {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    let n = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
    if n < 0 {
        return if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            Readiness::Idle
        } else {
            Readiness::Gone
        };
    }
    if n == 0 {
        return Readiness::Idle;
    }
    if pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Readiness::Gone;
    }
    let mut available: libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int.
    let ok = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut available) };
    if ok < 0 || available <= 0 {
        // Readable with nothing to read: end of input.
        return Readiness::Gone;
    }
    Readiness::Data
}
