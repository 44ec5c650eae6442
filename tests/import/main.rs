//! Tests of `bilat import`: each source's reader, the shared writer, and their properties.
//! One test binary; each module was once a binary of its own.

#[path = "../common/mod.rs"]
mod common;

mod import_dyad;
mod import_gdelt;
mod import_real_layouts;
mod import_sipri;
mod import_sources;
