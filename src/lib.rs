//! bilat: a terminal dashboard of bilateral indicators.
//!
//! Data flows one way: files → [`data::Dataset`] → view state → drawing; the brief reads the
//! dataset directly and never touches a terminal. The layers below the screen (data, import,
//! report, library, text) are the `bilat-core` crate, re-exported here under their names.
#![forbid(unsafe_code)]

pub use bilat_core::{data, import, library, report, text};

pub mod cli;
pub mod commands;
pub mod plain;
pub mod tui;
