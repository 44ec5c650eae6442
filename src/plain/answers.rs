//! What plain mode says beyond the selected item: what a key changed (filters, order, the
//! years shown, the trade chart's flows).

use crate::tui::app::App;
use crate::tui::input::action::Action;

/// What an action changed that the selected item does not say: filters, order, years shown.
pub(super) fn changed(app: &App, action: Action) -> String {
    let view = app.view();
    let shown = app.charts.shown;
    match action {
        Action::NextCategory | Action::PrevCategory => {
            let rows = view.timeline.rows.len();
            match view.timeline.category {
                Some(c) => {
                    let name = view
                        .data
                        .manifest
                        .event_categories
                        .get(usize::from(c))
                        .map_or("", String::as_str);
                    format!("Showing only {name} events: {rows}. ")
                }
                None => format!("Showing every category: {rows} events. "),
            }
        }
        Action::ToggleOrder if view.timeline.newest_first => "Newest first. ".to_string(),
        Action::ToggleOrder => "Oldest first. ".to_string(),
        Action::NarrowYears | Action::WidenYears | Action::ResetYears => {
            format!("The charts show {} to {}. ", shown.first, shown.last)
        }
        Action::ToggleChart if app.charts.bars => "The trade chart draws bars. ".to_string(),
        Action::ToggleChart => "The trade chart draws lines. ".to_string(),
        Action::CycleFlow => flows_said(app),
        _ => String::new(),
    }
}

/// What the trade chart shows after `e`, as its title shows it: each series' flow, the
/// series that give none left out; with no flows at all, the totals still.
fn flows_said(app: &App) -> String {
    let data = &app.view().data;
    let flow = app.charts.flow;
    let Some(direction) = flow.flow() else {
        return "The trade chart shows each series' total. ".to_string();
    };
    if !data.derived.any_flows() {
        return format!(
            "No series gives {}, so the trade chart still shows each series' total. ",
            flow.word()
        );
    }
    let series = 0..data.manifest.trade_series.len();
    let named: Vec<String> = series
        .clone()
        .filter(|&i| data.derived.has_flows(i))
        .map(|i| crate::data::series_flow(&data.manifest, i, direction))
        .collect();
    let left_out: Vec<&str> = series
        .filter(|&i| !data.derived.has_flows(i))
        .filter(|&i| {
            data.derived.trade[i]
                .iter()
                .any(|p| p.value_usd_bn.is_some())
        })
        .map(|i| data.manifest.trade_series[i].label.as_str())
        .collect();
    let mut said = format!("The trade chart shows {}", named.join("; "));
    if !left_out.is_empty() {
        said.push_str(&format!(
            "; left out, as they give no flows: {}",
            left_out.join(", ")
        ));
    }
    said + ". "
}
