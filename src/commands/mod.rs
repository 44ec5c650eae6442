//! The subcommands, one file each. `check`, `list` and `new` are the library's; the others
//! (`compare`, `import`, `import_gdelt`, `render`, `standalone`) are the binary's, declared
//! in `main.rs`.

pub mod check;
pub mod list;
pub mod new;
