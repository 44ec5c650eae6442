//! A pseudo-terminal harness for end-to-end tests: runs the built `bilat` in a pty of a given
//! size, mirrors everything it writes into a `vt100` screen, and lets a test type keys,
//! resize, send signals and close the terminal. Every wait has a deadline; on failure the
//! child is killed (in `Drop`) so nothing can hang.
#![allow(dead_code)] // each test uses its own subset

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any single wait may take before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(10);

/// Everything the child wrote, raw and as a parsed screen.
struct Output {
    bytes: Vec<u8>,
    parser: vt100::Parser,
}

pub struct Term {
    master: Option<Box<dyn MasterPty + Send>>,
    /// Our own duplicate of the master, for keys (not `take_writer`, whose `Drop` types a
    /// newline and end-of-file into the terminal).
    writer: Option<File>,
    child: Box<dyn Child + Send + Sync>,
    pid: i32,
    output: Arc<Mutex<Output>>,
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
    _config_home: tempfile::TempDir,
}

/// A new descriptor for the same open file, closed on exec so other tests' children never
/// inherit it.
fn dup(fd: RawFd) -> File {
    // SAFETY: F_DUPFD_CLOEXEC returns a fresh descriptor or -1.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    assert!(new >= 0, "dup failed: {}", std::io::Error::last_os_error());
    // SAFETY: `new` is a fresh descriptor we own from here on.
    unsafe { File::from_raw_fd(new) }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn lock(output: &Mutex<Output>) -> MutexGuard<'_, Output> {
    output.lock().unwrap_or_else(|e| e.into_inner())
}

/// Reads the master until end of output, an error (EIO once the child and its terminal are
/// gone) or `stop`. Polls with a short timeout so `stop` is seen promptly.
fn read_loop(mut file: File, output: Arc<Mutex<Output>>, stop: Arc<AtomicBool>) {
    let mut buf = [0u8; 8192];
    while !stop.load(Ordering::SeqCst) {
        let mut pfd = libc::pollfd {
            fd: file.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, 50) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if n == 0 {
            continue;
        }
        match file.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                let mut out = lock(&output);
                out.bytes.extend_from_slice(&buf[..n]);
                out.parser.process(&buf[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

impl Term {
    /// Starts `bilat` (no arguments) in a `cols`x`rows` terminal with a clean environment.
    pub fn spawn(cols: u16, rows: u16) -> Term {
        Term::spawn_with(cols, rows, &[])
    }

    pub fn spawn_with(cols: u16, rows: u16, args: &[&str]) -> Term {
        Term::spawn_in(cols, rows, args, &[])
    }

    /// Starts `bilat` with `args`, and `env` set over the clean environment
    /// (`TERM=xterm-256color`, `LANG=C.UTF-8`, no `NO_COLOR`, `COLORTERM`, `LC_ALL` or
    /// `LC_CTYPE`): `TERM`, say.
    pub fn spawn_in(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Term {
        let config_home = tempfile::tempdir().expect("temp dir");
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("openpty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_bilat"));
        cmd.args(args);
        cmd.cwd(config_home.path());
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("XDG_CONFIG_HOME", config_home.path());
        cmd.env("XDG_DATA_HOME", config_home.path());
        cmd.env_remove("BILAT_CONFIG");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        cmd.env_remove("COLORTERM");
        cmd.env_remove("TMUX");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn bilat");
        // Only the child keeps the terminal side open, so its exit ends our reads.
        drop(pair.slave);
        let pid = child.process_id().expect("child pid") as i32;
        let master = pair.master;
        let fd = master.as_raw_fd().expect("master fd");
        let output = Arc::new(Mutex::new(Output {
            bytes: Vec::new(),
            parser: vt100::Parser::new(
                rows.try_into().expect("rows > 0"),
                cols.try_into().expect("cols > 0"),
                0,
            ),
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let file = dup(fd);
            let output = Arc::clone(&output);
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || read_loop(file, output, stop))
        };
        Term {
            writer: Some(dup(fd)),
            master: Some(master),
            child,
            pid,
            output,
            stop,
            reader: Some(reader),
            status: None,
            _config_home: config_home,
        }
    }

    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// The parsed screen, one line per row.
    pub fn screen(&self) -> String {
        lock(&self.output).parser.screen().contents()
    }

    /// One row of the parsed screen.
    pub fn row(&self, row: u16) -> String {
        let out = lock(&self.output);
        let (_, cols) = out.parser.screen().size();
        out.parser
            .screen()
            .contents_between(row, 0, row, cols.get())
    }

    /// The last row (bilat's footer).
    pub fn footer(&self) -> String {
        let rows = lock(&self.output).parser.screen().size().0.get();
        self.row(rows - 1)
    }

    /// Every byte the child has written so far.
    pub fn bytes(&self) -> Vec<u8> {
        lock(&self.output).bytes.clone()
    }

    /// Polls the screen until `pred` holds; panics with the screen on timeout or if bilat
    /// exits first.
    pub fn wait_until(&mut self, what: &str, pred: impl Fn(&Term) -> bool) {
        let start = Instant::now();
        loop {
            if pred(self) {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                // Give the reader a moment to catch the last output, then re-check.
                std::thread::sleep(Duration::from_millis(100));
                if pred(self) {
                    self.status = Some(status);
                    return;
                }
                self.status = Some(status.clone());
                panic!(
                    "bilat exited ({status}) while waiting for {what}; screen:\n{}",
                    self.screen()
                );
            }
            if start.elapsed() > DEADLINE {
                panic!(
                    "timed out after {DEADLINE:?} waiting for {what}; screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?}"), |t| t.screen().contains(text));
    }

    /// Waits until the footer contains `text`.
    pub fn wait_for_footer(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} in the footer"), |t| {
            t.footer().contains(text)
        });
    }

    /// Waits for bilat's first full frame (header and the four pane titles).
    pub fn wait_ready(&mut self) {
        self.wait_until("the first frame", |t| {
            let s = t.screen();
            s.contains("as of 2026-01-14")
                && ["1 Trade", "2 Meetings", "3 Exercises", "4 Timeline"]
                    .iter()
                    .all(|title| s.contains(title))
        });
    }

    /// Types bytes into the terminal.
    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        let writer = self.writer.as_mut().expect("terminal already closed");
        writer.write_all(bytes.as_ref()).expect("write to pty");
        writer.flush().expect("flush pty");
    }

    /// Resizes the terminal (the child gets SIGWINCH) and the parsed screen alike.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        {
            // Resize the parser first and under the lock, so no output for the new size is
            // parsed at the old one.
            let mut out = lock(&self.output);
            out.parser.set_size(
                rows.try_into().expect("rows > 0"),
                cols.try_into().expect("cols > 0"),
            );
            self.master
                .as_ref()
                .expect("terminal already closed")
                .resize(size(cols, rows))
                .expect("resize pty");
        }
    }

    /// Sends a signal to bilat.
    pub fn signal(&self, signal: libc::c_int) {
        // SAFETY: plain kill(2) on our own child.
        let rc = unsafe { libc::kill(self.pid, signal) };
        assert_eq!(
            rc,
            0,
            "kill({}, {signal}): {}",
            self.pid,
            std::io::Error::last_os_error()
        );
    }

    /// The terminal's current termios (read through the master), or None once closed.
    pub fn termios(&self) -> Option<libc::termios> {
        let fd = self.master.as_ref()?.as_raw_fd()?;
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: fd is the open master, t a valid termios.
        if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
            return None;
        }
        Some(t)
    }

    /// Polls for bilat's exit without waiting.
    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        if self.status.is_none()
            && let Ok(Some(status)) = self.child.try_wait()
        {
            self.status = Some(status);
        }
        self.status.clone()
    }

    /// Waits up to `timeout` for bilat to exit, then for the reader to drain what it wrote.
    /// Panics (and kills it, in `Drop`) on timeout.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.try_wait() {
                break status;
            }
            if start.elapsed() > timeout {
                panic!(
                    "bilat did not exit within {timeout:?}; screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        self.drain();
        status
    }

    /// After exit: lets the reader run to end of output (EIO once the terminal side is
    /// closed), bounded by the deadline.
    fn drain(&mut self) {
        let start = Instant::now();
        while self.reader.as_ref().is_some_and(|r| !r.is_finished()) {
            if start.elapsed() > DEADLINE {
                // Something else still holds the terminal; take what we have.
                self.stop.store(true, Ordering::SeqCst);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }

    /// Closes every descriptor of the master side, as a terminal emulator does when its
    /// window goes away. bilat keeps running (or not) on its own.
    pub fn close(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.writer = None;
        self.master = None;
    }

    /// User + system CPU time of bilat so far, in clock ticks, from /proc/<pid>/stat.
    pub fn cpu_ticks(&self) -> Option<u64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid)).ok()?;
        // The command name (field 2) may hold spaces; fields after its ')' are fixed.
        let rest = &stat[stat.rfind(')')? + 2..];
        let fields: Vec<&str> = rest.split_whitespace().collect();
        // utime and stime are fields 14 and 15; `rest` starts at field 3.
        let utime: u64 = fields.get(11)?.parse().ok()?;
        let stime: u64 = fields.get(12)?.parse().ok()?;
        Some(utime + stime)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if self.try_wait().is_none() {
            // SAFETY: kill(2) on our own, not yet reaped, child.
            unsafe {
                libc::kill(self.pid, libc::SIGKILL);
            }
            let _ = self.child.wait();
        }
        self.stop.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The tail of the output, escaped, for failure messages.
fn tail(bytes: &[u8]) -> String {
    let start = bytes.len().saturating_sub(400);
    String::from_utf8_lossy(&bytes[start..])
        .escape_debug()
        .to_string()
}

/// After bilat has exited: it left the alternate screen, then turned mouse reporting off,
/// showed the cursor, and put the terminal back in cooked mode.
pub fn assert_restored(term: &Term) {
    let bytes = term.bytes();
    let enter = rfind(&bytes, b"\x1b[?1049h").unwrap_or_else(|| {
        panic!(
            "bilat never entered the alternate screen; output ends: {}",
            tail(&bytes)
        )
    });
    let after = &bytes[enter..];
    let leave = find(after, b"\x1b[?1049l").unwrap_or_else(|| {
        panic!(
            "no leave-alternate-screen after the last enter; output ends: {}",
            tail(&bytes)
        )
    });
    assert!(
        find(&after[leave..], b"\x1b[?1000l").is_some(),
        "no mouse-off (?1000l) after leaving the alternate screen; output ends: {}",
        tail(&bytes)
    );
    assert!(
        find(after, b"\x1b[?25h").is_some(),
        "cursor not shown again; output ends: {}",
        tail(&bytes)
    );
    let t = term.termios().expect("tcgetattr on the master");
    assert!(
        t.c_lflag & libc::ICANON != 0,
        "ICANON still off: raw mode left on"
    );
    assert!(
        t.c_lflag & libc::ECHO != 0,
        "ECHO still off: raw mode left on"
    );
}
