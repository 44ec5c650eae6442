//! The core's tests: datasets as loaded (the bundled ones, figures, the library) and the
//! importers' readers and writer, built without the terminal stack. The tests that run the
//! `bilat` binary stay in the top crate's `tests/data` and `tests/import`.

// The tests name the layers as users of the `bilat` crate do (`bilat::data`, …).
extern crate bilat_core as bilat;

#[path = "../../../../tests/common/files.rs"]
mod common;

mod bundled_dataset;
mod china_pakistan;
mod figures;
mod import_gdelt_properties;
mod import_properties;
mod import_writer;
mod loader_properties;
