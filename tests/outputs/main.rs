//! Tests of what bilat prints and writes outside the dashboard: the CLI, briefs, exports, rendered panes.
//! One test binary; each module was once a binary of its own.

#[path = "../common/mod.rs"]
mod common;

mod absent_legend;
mod absent_tables;
mod arms_outputs;
mod brief;
mod change_precision;
mod cli;
mod compare;
mod compare_indicators;
mod compare_many;
mod export;
mod export_meetings;
mod html_page;
mod indicator_charts;
mod newer_figure;
mod one_colour;
mod one_table;
mod reference;
mod render_pane;
mod svg_marks;
