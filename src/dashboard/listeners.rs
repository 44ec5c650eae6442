//! The threads that wake the loop: terminal input, signals, and the terminal hanging up.
//! Each sends what it saw down one channel, so the loop sleeps until something happens.

use std::os::fd::AsRawFd;
use std::sync::mpsc::{self, Receiver, Sender};

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};

use super::Wake;

/// Starts the threads that wait for input and for signals; both wake the loop through one
/// channel, so it sleeps until something happens.
pub(super) fn listen() -> std::io::Result<(Sender<Wake>, Receiver<Wake>)> {
    let (tx, rx) = mpsc::channel();
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGTSTP, SIGCONT])?;
    let signal_tx = tx.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            let wake = match signal {
                SIGWINCH => Wake::Resized,
                SIGTSTP => Wake::Suspend,
                SIGCONT => Wake::Continued,
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
/// asks `poll(2)` for nothing but hangups and errors, is what ends bilat at once.
fn watch_hangup(tx: &Sender<Wake>) {
    let Ok(tty) = input_fd() else {
        let _ = tx.send(Wake::Hangup);
        return;
    };
    let mut pfd = libc::pollfd {
        fd: tty.as_raw_fd(),
        events: 0,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd, no timeout.
        let n = unsafe { libc::poll(&mut pfd, 1, -1) };
        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        if n < 0 || pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
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
