//! Importers of public data formats, one folder or file per source, each reading its
//! source's exact layout into a dataset's tables.

pub mod gdelt;
