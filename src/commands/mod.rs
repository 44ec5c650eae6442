//! The subcommands, one file each. `check` and `list` are the library's; `new` writes through [`crate::library::new`]; the others
//! (`compare`, `import`, `import_gdelt`, `render`, `standalone`) are the binary's, declared
//! in `main.rs`.

pub mod check;
pub mod list;
