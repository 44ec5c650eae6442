//! Tests of the dashboard drawn into ratatui's TestBackend: panes, charts, oracles and the snapshots.
//! One test binary; each module was once a binary of its own.

#[path = "../common/chart_screen.rs"]
mod chart_screen;
#[path = "../common/mod.rs"]
mod common;
#[path = "../common/generated.rs"]
mod generated;
#[path = "../common/panes_read.rs"]
mod panes_read;
#[path = "../common/screen.rs"]
mod screen;

mod arms_pane;
mod bytes_per_key;
mod chart_axes;
mod citations;
mod compare_keys;
mod compare_many;
mod cooperation_pane;
mod exercise_columns;
mod flow_labels;
mod header;
mod indicators_keys;
mod indicators_pane;
mod linked_year;
mod list_search;
mod meeting_counts;
mod overlays;
mod overview_screen;
mod panes;
mod plain_heard;
mod registry;
mod scroll_marks;
mod search_highlight;
mod selected_details;
mod silent_keys;
mod start_hint;
mod state_oracles;
mod trade_flows;
mod trade_marks;
mod trade_oracles;
mod trade_placement;
mod year_span;
