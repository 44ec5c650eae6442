//! The threads that wake the loop: terminal input, signals, and the terminal hanging up.
//! Each sends what it saw down one channel, so the loop sleeps until something happens.

use std::io::IsTerminal;
use std::os::fd::{AsFd, OwnedFd};
use std::sync::mpsc::{self, Receiver, Sender};

use rustix::event::{PollFd, PollFlags};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGUSR2, SIGWINCH};

use super::Wake;

/// Starts the threads that wait for input and for signals; both wake the loop through one
/// channel, so it sleeps until something happens.
pub(super) fn listen() -> std::io::Result<(Sender<Wake>, Receiver<Wake>)> {
    let (tx, rx) = mpsc::channel();
    let mut signals = signal_hook::iterator::Signals::new([
        SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT, SIGUSR2,
    ])?;
    let signal_tx = tx.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            let wake = match signal {
                SIGWINCH => Wake::Resized,
                SIGTSTP => Wake::Suspend,
                SIGCONT => Wake::Continued,
                // `kill -USR2`: reload as `r` does, for scripts that rewrite the files
                // while watching is off (or on a file system that does not report changes).
                SIGUSR2 => Wake::ReloadAsked,
                other => Wake::Stop(other),
            };
            if signal_tx.send(wake).is_err() {
                break;
            }
        }
    });
    let input_tx = tx.clone();
    std::thread::spawn(move || read_input(&input_tx));
    let hangup_tx = tx.clone();
    std::thread::spawn(move || watch_hangup(&hangup_tx));
    Ok((tx, rx))
}

/// Reads terminal events for as long as there are any. crossterm blocks until an event
/// comes, which costs nothing while the user thinks.
fn read_input(tx: &Sender<Wake>) {
    loop {
        match crossterm::event::read() {
            Ok(event) => {
                if tx.send(Wake::Input(event)).is_err() {
                    return;
                }
            }
            Err(_) => {
                let _ = tx.send(Wake::Hangup);
                return;
            }
        }
    }
}

/// Waits for the terminal to hang up (a dropped SSH link, a closed window). crossterm's
/// reader retries forever on a hung-up terminal instead of failing, so this watch, which
/// asks `poll(2)` for no events at all, is what ends bilat at once: hangups, errors and a
/// descriptor gone bad are always reported.
fn watch_hangup(tx: &Sender<Wake>) {
    let Ok(tty) = input_fd() else {
        let _ = tx.send(Wake::Hangup);
        return;
    };
    let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
    loop {
        let mut fds = [PollFd::new(&tty, PollFlags::empty())];
        // No timeout: the thread sleeps until the terminal goes.
        match rustix::event::poll(&mut fds, None) {
            Err(rustix::io::Errno::INTR) => continue,
            Ok(_) if !fds[0].revents().intersects(gone) => continue,
            _ => {
                let _ = tx.send(Wake::Hangup);
                return;
            }
        }
    }
}

/// The terminal bilat reads keys from: stdin when it is a terminal, else `/dev/tty`, as
/// crossterm chooses.
fn input_fd() -> std::io::Result<OwnedFd> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        // A second descriptor for fd 0, owned by this watch, so fd 0 itself is never closed.
        stdin.as_fd().try_clone_to_owned()
    } else {
        std::fs::File::open("/dev/tty").map(OwnedFd::from)
    }
}
