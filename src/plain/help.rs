//! Plain mode's help: the keys that work here as sentences, grouped by where they work, from
//! the one key table (the registry's panes' focus keys among them). Keys that only change how
//! a screen looks (bars or lines) are left out, and zoom says what it does here.

use crate::tui::app::App;
use crate::tui::input::action::{Action, HELP_SCOPES, key_table};

pub(super) fn help(app: &App) -> String {
    let mut out = Vec::new();
    let table = key_table(&app.registry.keys());
    for scope in HELP_SCOPES {
        let mut group = Vec::new();
        for info in table.iter().filter(|a| a.scope == scope) {
            let keys = app.keys.describe(info.action).replace(", ", " or ");
            if keys.is_empty() || info.action == Action::ToggleChart {
                continue;
            }
            let what = match info.action {
                Action::Zoom => "Read the note and source of what is selected",
                _ => info.help.trim_end_matches('.'),
            };
            group.push(format!("{what}: press {keys}."));
        }
        if !group.is_empty() {
            out.push(format!("{}:", app.registry.heading(scope)));
            out.extend(group);
        }
    }
    out.join("\n")
}
