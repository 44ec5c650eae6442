//! Tests of datasets as loaded: the bundled ones, the format, broken input, the library and events on demand.
//! One test binary; each module was once a binary of its own.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/screen.rs"]
mod screen;

mod bad_input;
mod format;
mod indicators;
mod invalid_datasets;
mod large_dataset;
mod library;
mod on_demand;
mod overview;
mod tables;
mod trade_series;
