//! bilat's core: everything below the screen. Data flows one way: files → [`data::Dataset`]
//! → the reports, the library and the terminal crate above. This crate cannot import a
//! terminal library (its manifest has none), so "data never draws" is checked by the
//! compiler.
#![forbid(unsafe_code)]

pub mod data;
pub mod import;
pub mod library;
pub mod report;
pub mod text;
