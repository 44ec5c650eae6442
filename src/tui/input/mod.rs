//! Input: the named actions and the map from keys to them.

pub mod action;
pub mod keys;
