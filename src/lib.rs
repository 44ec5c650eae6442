//! bilat: a terminal dashboard of bilateral indicators.
//!
//! Data flows one way: files → [`data::Dataset`] → view state → drawing; the brief reads the
//! dataset directly and never touches a terminal.
#![forbid(unsafe_code)]

pub mod cli;
pub mod commands;
pub mod data;
pub mod import;
pub mod library;
pub mod plain;
pub mod report;
pub mod text;
pub mod tui;
