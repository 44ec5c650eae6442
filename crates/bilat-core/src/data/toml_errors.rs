//! Turning TOML parse errors into located problems: line, column and the dotted key.

use super::problem::{Location, Problem};
use super::text::sanitize;

/// Line and column (1-based) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u64 + 1;
    (line, column)
}

/// The name in a `[table]` line, a comment allowed after it.
pub fn table_header(line: &str) -> Option<String> {
    let line = line.split('#').next().unwrap_or("").trim();
    let name = line.strip_prefix('[')?.strip_suffix(']')?;
    // As written by the user, so made safe to print.
    Some(sanitize(name.trim_matches(['[', ']', ' '])).into_owned())
}

/// The dotted key (`ui.theme`) written on the line that holds `offset`.
pub fn key_at(text: &str, offset: usize) -> Option<String> {
    let mut table = String::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(name) = table_header(trimmed) {
            table = name;
        }
        if offset < start + line.len() {
            let key = trimmed.split_once('=')?.0.trim().trim_matches('"');
            let key = sanitize(key);
            return Some(if table.is_empty() {
                key.into_owned()
            } else {
                format!("{table}.{key}")
            });
        }
        start += line.len();
    }
    None
}

/// The byte offset of `key = ...` inside `[table]`, if written there.
pub fn find_key(text: &str, table: &str, key: &str) -> Option<usize> {
    let mut current = String::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(name) = table_header(trimmed) {
            current = name;
        } else if current == table
            && trimmed
                .split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == key)
        {
            return Some(start + (line.len() - line.trim_start().len()));
        }
        start += line.len();
    }
    None
}

/// A TOML error as a problem naming the line, column and key, with the message cut short.
pub fn problem(file: &str, text: &str, err: &toml::de::Error) -> Problem {
    let missing = err.message().starts_with("missing field");
    let (location, field) = match err.span() {
        // A missing key has no line of its own; its span covers the whole table.
        Some(span) if missing && span.start == 0 => (Location::File, None),
        Some(span) => {
            let (line, column) = line_column(text, span.start);
            (Location::Cell { line, column }, key_at(text, span.start))
        }
        None => (Location::File, None),
    };
    let message = sanitize(err.message().trim()).into_owned();
    let message = if message.chars().count() > 200 {
        let head: String = message.chars().take(200).collect();
        format!("{head}…")
    } else {
        message
    };
    Problem {
        file: file.to_string(),
        location,
        field,
        message,
    }
}
