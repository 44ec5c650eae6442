//! What opens in a box over the panes: help, the record of the selected item, the filter
//! menu and the switcher (the last two through one pick list).

pub mod details;
pub mod help;
pub mod menu;
mod pick_list;
pub mod switcher;
