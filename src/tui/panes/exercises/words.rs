//! What plain mode says of the selected exercise.

use crate::data::Exercise;
use crate::text::fit::thousands;
use crate::tui::app::DatasetView;
use crate::tui::app::registry::Words;
use crate::tui::panes::phrases::{date, marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: |_, view| exercise(view),
    source: |_, view| exercise_details(view),
};

fn people(n: u32) -> String {
    format!("{} people", thousands(u64::from(n)))
}

/// `Exercise 1 of 45: Vostok-2018, 11 September 2018, ... 300,000 people, a claimed figure.`
pub fn exercise(view: &DatasetView) -> String {
    let state = &view.exercises;
    let Some(i) = state.selected() else {
        return "No exercises to show.".to_string();
    };
    let e: &Exercise = &view.data.exercises[i];
    let [a, b] = view.data.manifest.countries.each_ref();
    let when = match e.end {
        Some(end) if end != e.start => format!("from {} to {}", date(e.start), date(end)),
        _ => date(e.start),
    };
    let mut out = format!(
        "Exercise {} of {}: {}, {when}.",
        state.cursor.selected + 1,
        state.rows.len(),
        e.name
    );
    if !e.location.is_empty() {
        out.push_str(&format!(" At {}.", e.location));
    }
    if !e.host.is_empty() {
        out.push_str(&format!(" Host: {}.", e.host));
    }
    out.push_str(&format!(" Domain: {}.", e.domain.replace('/', ", ")));
    let basis = e
        .size_basis
        .as_deref()
        .map_or(String::new(), |b| format!(", {} {b} figure", article(b)));
    match e.total_personnel {
        Some(total) => out.push_str(&format!(" {} in all{basis}.", people(total))),
        None => out.push_str(" No published total."),
    }
    for (country, n) in [(a, e.personnel[0]), (b, e.personnel[1])] {
        if let Some(n) = n {
            out.push_str(&format!(" {}: {}.", country.name, people(n)));
        }
    }
    out.push_str(&marked(e.quality));
    out
}

pub fn exercise_details(view: &DatasetView) -> String {
    let Some(i) = view.exercises.selected() else {
        return "No exercise selected.".to_string();
    };
    let e = &view.data.exercises[i];
    let other = match e.alt_total_personnel {
        Some(alt) => format!(
            " Another source gives {}: {}.",
            people(alt),
            e.alt_source_text
        ),
        None => String::new(),
    };
    format!(
        "{}.{other}{}{}",
        e.name,
        note(&e.note),
        source(&e.citation, &view.data)
    )
}

/// `a` or `an` before a word, by its first letter: "an announced figure", "a claimed one".
fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_basis_takes_its_article_by_sound() {
        assert_eq!(super::article("announced"), "an");
        assert_eq!(super::article("estimated"), "an");
        assert_eq!(super::article("claimed"), "a");
    }
}
