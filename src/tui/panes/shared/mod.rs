//! What the panes share and no one pane owns: the chart geometry and drawing helpers every
//! chart uses (`chart`, its `year_axis`), and the header and footer bars around the panes
//! (`status`).

pub mod chart;
pub mod status;
mod year_axis;
