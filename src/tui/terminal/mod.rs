//! The real terminal: running the dashboard on it, reloading what changed while it runs, and
//! the clipboard reached through it.

pub mod clipboard;
pub mod dashboard;
pub mod live;
pub mod pointer;
pub mod watch;
