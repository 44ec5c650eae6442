//! Text for every output, screen or file: fitting it into columns, the symbol sets a
//! terminal can show, and the one order of series colours and marker shapes.

pub mod fit;
pub mod palette;
pub mod symbols;
