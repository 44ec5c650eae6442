//! Problems found while loading a dataset, each located for the user to fix.

use std::fmt;

/// Where in a file a problem sits: as precise as the file format allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (missing, unreadable, wrong kind).
    File,
    /// A line and column, both 1-based; the column counts CSV fields or TOML characters.
    Cell { line: u64, column: u64 },
    /// A line only.
    Line(u64),
}

/// One broken rule in one place: `trade.csv:14:3: value_usd_bn: expected a number, found "1,234"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The path as the user knows it (as given on the command line, or `data/<name>/<file>`
    /// for the bundled dataset).
    pub file: String,
    pub location: Location,
    /// The column or TOML key the rule is about, if any.
    pub field: Option<String>,
    /// The rule broken and the value seen, already sanitized.
    pub message: String,
}

impl Problem {
    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            location: Location::File,
            field: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match self.location {
            Location::File => {}
            Location::Line(line) => write!(f, ":{line}")?,
            Location::Cell { line, column } => write!(f, ":{line}:{column}")?,
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Shows a value the way error messages quote it: sanitized, shortened, in double quotes.
pub fn quoted(value: &str) -> String {
    const MAX_CHARS: usize = 60;
    let clean = super::text::sanitize(value);
    if clean.chars().count() > MAX_CHARS {
        let head: String = clean.chars().take(MAX_CHARS).collect();
        format!("\"{head}…\"")
    } else {
        format!("\"{clean}\"")
    }
}

/// The dataset could not be loaded: every problem found, in file order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render_list(.0))]
pub struct Problems(pub Vec<Problem>);

fn render_list(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(Problem::to_string).collect();
    lines.join("\n")
}
