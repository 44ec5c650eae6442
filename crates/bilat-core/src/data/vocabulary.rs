//! The words a manifest may use: the default event categories, exercise domains and size
//! bases, how a manifest's own lists replace or extend them, and what counts as an id.

use toml::Spanned;

use super::problem::quoted;

/// The categories an events table may use when the manifest does not list its own.
pub const DEFAULT_CATEGORIES: [&str; 8] = [
    "political",
    "diplomatic",
    "border",
    "military",
    "economic",
    "energy",
    "technology",
    "people-to-people",
];

/// The words an exercise's `domain` may combine with `/`; `exercise_domains` adds more.
pub const DEFAULT_DOMAINS: [&str; 12] = [
    "land",
    "naval",
    "air",
    "amphibious",
    "missile-defence",
    "command-post",
    "space",
    "cyber",
    "tri-service",
    "multi-domain",
    "special-forces",
    "counter-terrorism",
];

/// What a personnel figure rests on; `size_bases` adds more. Each shows as its first letter.
pub const DEFAULT_SIZE_BASES: [&str; 6] = [
    "claimed",
    "estimated",
    "planned",
    "announced",
    "reported",
    "official",
];

/// Whether a manifest list replaces its defaults or adds to them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    Replaces,
    Extends,
}

/// A list of words (`event_categories`, `exercise_domains`, `size_bases`): each a slug, none
/// twice, and the defaults when the key is absent.
pub(super) fn word_list(
    list: Option<Spanned<Vec<String>>>,
    defaults: &[&str],
    how: List,
    (key, noun): (&str, &str),
    problem_at: &mut impl FnMut(usize, String, String),
) -> Vec<String> {
    let mut out: Vec<String> = match how {
        List::Replaces => Vec::new(),
        List::Extends => defaults.iter().map(|w| w.to_string()).collect(),
    };
    let Some(list) = list else {
        return defaults.iter().map(|w| w.to_string()).collect();
    };
    let span = list.span();
    let list = list.into_inner();
    if list.is_empty() && how == List::Replaces {
        problem_at(
            span.start,
            key.into(),
            format!("must list at least one {noun}"),
        );
    }
    for (i, name) in list.into_iter().enumerate() {
        let at = format!("{key}[{i}]");
        if !is_slug(&name) {
            let msg = format!(
                "a {noun} is lowercase letters, digits and '-', found {}",
                quoted(&name)
            );
            problem_at(span.start, at, msg);
        } else if out.contains(&name) {
            let msg = if how == List::Extends && defaults.contains(&name.as_str()) {
                format!("{} is known already: list only new words", quoted(&name))
            } else {
                format!("{noun} {} is listed twice", quoted(&name))
            };
            problem_at(span.start, at, msg);
        } else {
            out.push(name);
        }
    }
    out
}

/// ASCII letters of either case and digits, with `-`, `_` or `.` inside: a series id.
pub fn is_id(text: &str) -> bool {
    let mut bytes = text.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Lowercase ASCII letters and digits, with `-`, `_` or `.` inside.
pub fn is_slug(text: &str) -> bool {
    let mut bytes = text.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.'))
}
