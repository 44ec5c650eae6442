//! What the panes share and no one pane owns: the chart geometry and drawing helpers every
//! chart uses (`chart`, its `year_axis`), and the header and footer bars around the panes
//! (`status`), and the paragraphs of details under a list (`paragraphs`).

pub mod chart;
pub mod paragraphs;
pub mod status;
mod year_axis;
