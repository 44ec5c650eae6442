//! Tests of datasets as loaded: the bundled ones, the format, broken input, the library and events on demand.
//! One test binary; each module was once a binary of its own.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/screen.rs"]
mod screen;

mod bad_input;
mod bundled_dataset;
mod china_pakistan;
mod figures;
mod format;
mod invalid_datasets;
mod large_dataset;
mod library;
mod loader_properties;
mod on_demand;
mod overview;
mod tables;
mod trade_series;
