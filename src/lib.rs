//! bilat: a terminal dashboard of bilateral indicators.
//!
//! Data flows one way: files → [`data::Dataset`] → view state → drawing; the brief reads the
//! dataset directly and never touches a terminal.
#![forbid(unsafe_code)]

pub mod action;
pub mod app;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod dashboard;
pub mod data;
pub mod import;
pub mod keys;
pub mod layout;
pub mod library;
pub mod live;
pub mod panes;
pub mod plain;
pub mod registry;
pub mod render;
pub mod report;
pub mod screen;
pub mod sgr;
pub mod text;
pub mod theme;
pub mod ui;
