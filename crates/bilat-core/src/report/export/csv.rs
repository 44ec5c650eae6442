//! `--format csv`: a complete dataset folder in bilat's own format, which `bilat check` and
//! `--data` read back as the same dataset.

use super::manifest::ManifestDoc;
use super::tables::{self, Cell};
use crate::data::{Dataset, MANIFEST_FILE};

/// The manifest first, then a file for each table the dataset has.
pub fn files(data: &Dataset) -> Vec<(&'static str, Vec<u8>)> {
    let mut files = vec![(
        MANIFEST_FILE,
        ManifestDoc::from(&data.manifest).to_toml().into_bytes(),
    )];
    for table in tables::tables(data) {
        let rows = table
            .rows
            .iter()
            .map(|row| row.iter().map(Cell::to_csv).collect::<Vec<_>>());
        files.push((table.spec.file, tables::to_csv(table.columns(), rows)));
    }
    files
}
