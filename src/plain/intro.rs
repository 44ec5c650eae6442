//! What the plain mode says first: the pair or pairs shown, what they share, and the keys
//! to start with.

use super::{key_of, pane_title, words};
use crate::tui::app::App;
use crate::tui::input::action::Action;

pub(super) fn introduction(app: &App) -> String {
    // Each pair shown, by name and countries: two when comparing.
    let pairs: Vec<String> = app
        .shown_views()
        .iter()
        .map(|&i| {
            let m = &app.views[i].data.manifest;
            let [a, b] = m.countries.each_ref();
            format!(
                "{}: {} ({}) and {} ({}), figures as of {}",
                m.title, a.name, a.code, b.name, b.code, m.as_of
            )
        })
        .collect();
    let opening = match pairs.as_slice() {
        [one] => format!("{one}."),
        many => format!(
            "Comparing {} pairs. {}. {}",
            many.len(),
            many.join(". "),
            shared_words(app)
        ),
    };
    format!(
        "bilat, plain mode. {opening} Press {} for the keys, {} to quit.\n{} pane. {}",
        key_of(app, Action::Help),
        key_of(app, Action::Quit),
        pane_title(app),
        words::selected(app)
    )
}

/// The countries the compared pairs share, in a sentence.
fn shared_words(app: &App) -> String {
    let shared = app.shared_countries();
    let all = app.shown_views().len();
    let named: Vec<String> = shared
        .iter()
        .map(|(c, n)| match *n == all {
            true => format!("{} ({}) is in every pair", c.name, c.code),
            false => format!("{} ({}) is in {n} of them", c.name, c.code),
        })
        .collect();
    match named.as_slice() {
        [] => "They have no country in common.".to_string(),
        _ => format!("{}.", named.join("; ")),
    }
}
