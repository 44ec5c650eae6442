//! Embeds the bundled datasets. Each folder of `data/` is compiled in with every file it holds
//! that a dataset may hold (`dataset.toml` and the `.csv` tables), so a bundled dataset has
//! exactly the tables its folder has, and file names stay declared only in the table list
//! (`crates/bilat-core/src/data/tables.rs`), which the loader asks by.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    // The repository's top, where `data/` sits beside the binary crate's manifest.
    let root = Path::new(&manifest_dir).join("../..");
    let root = root.canonicalize().expect("the repository's top exists");
    let data = root.join("data");
    // A directory: cargo rescans everything under it, so a new or edited file rebuilds.
    println!("cargo::rerun-if-changed={}", data.display());
    println!("cargo::rustc-env=BILAT_REPO_DIR={}", root.display());
    let mut folders: Vec<_> = std::fs::read_dir(&data)
        .expect("data/ holds the bundled datasets")
        .map(|entry| entry.expect("data/ is readable").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    // A macro, because `include_bytes!` takes only literals: `bundled_files!("india-russia")`
    // is that folder's files as `&[(name, bytes)]`.
    let mut out = String::from("macro_rules! bundled_files {\n");
    for folder in &folders {
        let name = folder_name(folder);
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .expect("a bundled dataset folder is readable")
            .map(|entry| entry.expect("a bundled dataset folder is readable").path())
            .filter(|path| path.is_file())
            .filter(|path| {
                let file = folder_name(path);
                file == "dataset.toml" || file.ends_with(".csv")
            })
            .collect();
        files.sort();
        writeln!(out, "    ({name:?}) => {{ &[").unwrap();
        for file in &files {
            let path = file.to_str().expect("bundled paths are UTF-8");
            writeln!(
                out,
                "        ({:?}, include_bytes!({path:?})),",
                folder_name(file)
            )
            .unwrap();
        }
        out.push_str("    ] };\n");
    }
    out.push_str("}\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("bundled.rs"), out).expect("OUT_DIR is writable");
}

fn folder_name(path: &Path) -> &str {
    path.file_name()
        .and_then(|n| n.to_str())
        .expect("bundled names are UTF-8")
}
