//! Plain mode's help: every key as a sentence, by where it works, from the one key table
//! (the registry's panes' focus keys among them).

use crate::tui::app::App;
use crate::tui::input::action::{Action, HELP_SCOPES, key_table};

/// Every key as a sentence, by where it works, from the one key table.
pub(super) fn help(app: &App) -> String {
    let mut out = Vec::new();
    let table = key_table(&app.registry.keys());
    for scope in HELP_SCOPES {
        for info in table.iter().filter(|a| a.scope == scope) {
            let keys = app.keys.describe(info.action).replace(", ", " or ");
            if keys.is_empty() {
                continue;
            }
            out.push(format!(
                "{}: press {keys}.",
                info.help.trim_end_matches('.')
            ));
        }
    }
    out.push(format!(
        "In plain mode, {} reads the note and source of what is selected, and {} its whole record.",
        super::key_of(app, Action::Zoom),
        super::key_of(app, Action::Details)
    ));
    out.join("\n")
}
