//! What bilat writes about datasets without a screen: the brief, the record of one item,
//! the exports, and what two datasets have in common when compared.

pub mod brief;
pub mod compare;
pub mod export;
pub mod overview;
mod overview_data;
pub mod record;
