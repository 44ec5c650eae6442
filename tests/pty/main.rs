//! Tests of the built dashboard in a real pseudo-terminal (and the shell completions in a real bash).
//! One test binary; each module was once a binary of its own.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pty.rs"]
mod pty;
#[path = "../common/screen.rs"]
mod screen;

#[cfg(unix)]
mod colour_terminals;
mod completions;
mod details;
mod hostile_text;
#[cfg(unix)]
mod live_reload;
#[cfg(unix)]
mod overview;
#[cfg(unix)]
mod plain;
#[cfg(unix)]
mod render_in_a_terminal;
mod several;
#[cfg(unix)]
mod terminal;
