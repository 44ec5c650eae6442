//! What the panes share and no one pane owns: the chart geometry and drawing helpers every
//! chart uses (`chart`, its `year_axis`), and the header and footer bars around the panes
//! (`status`), and the paragraphs of details under a list (`paragraphs`) and
//! where a list stands (`scroll`), how a search shows in a list (`found`), and
//! a title's legend fitted to its room (`title`).

pub mod chart;
pub mod found;
pub mod paragraphs;
pub mod scroll;
pub mod status;
pub mod title;
mod year_axis;
