//! The whole record of one item the user selected (a trade year, a year's meetings, arms
//! deals or indicators, an exercise, an event, a month of GDELT events): every field, the
//! note and every source in full, as labelled text that the details popup wraps and the
//! citation copies. No drawing, no state.

mod arms;
mod cooperation;
mod indicators;
mod items;
mod meetings;

use items::{event, exercise, trade_year};

pub use cooperation::describe_month as describe_cooperation_month;
pub use meetings::not_covered as meetings_not_covered;

use crate::data::{Citation, Dataset, Month, Quality, TableId};

/// What a record is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// Every series' figure for a calendar year (or the fiscal year it anchors).
    TradeYear(i32),
    /// The leader meetings held in a year.
    MeetingYear(i32),
    /// The arms deals ordered or delivered in a year.
    ArmsYear(i32),
    /// An exercise, by index into the dataset's exercises.
    Exercise(usize),
    /// An event, by index into the dataset's events (date order).
    Event(usize),
    CooperationMonth(Month),
    /// Every indicator's value in a year.
    IndicatorYear(i32),
}

impl Subject {
    /// The table the record reads: for a dataset without it, the record says so rather
    /// than reading as a table with nothing in it.
    fn table(self) -> TableId {
        match self {
            Subject::TradeYear(_) => TableId::Trade,
            Subject::MeetingYear(_) => TableId::Meetings,
            Subject::ArmsYear(_) => TableId::Arms,
            Subject::Exercise(_) => TableId::Exercises,
            Subject::Event(_) => TableId::Events,
            Subject::CooperationMonth(_) => TableId::Cooperation,
            Subject::IndicatorYear(_) => TableId::Indicators,
        }
    }
}

/// A label and its text; the text may be long and is wrapped where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub text: String,
}

/// One row of a table within the record: a heading line, then its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub heading: String,
    pub fields: Vec<Field>,
}

/// Everything known of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub title: String,
    pub entries: Vec<Entry>,
}

/// How a line of a record is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Title,
    Heading,
    Field,
    Blank,
}

/// One line of a record wrapped to a width: a label (on a field's first line) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordLine {
    pub look: Look,
    /// The field's label and colon, padded to the label column; blank on later lines.
    pub label: String,
    pub text: String,
}

/// A citation of one item, to paste into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationText {
    pub plain: String,
    pub markdown: String,
}

impl Record {
    /// The record of `subject` in `data`; `dash` joins ranges (`–`, or `-` in ASCII).
    pub fn of(data: &Dataset, subject: Subject, dash: &str) -> Record {
        let table = subject.table();
        if !data.has(table) {
            return empty(&format!("This dataset has no {} table.", table.spec().name));
        }
        match subject {
            Subject::TradeYear(year) => trade_year(data, year, dash),
            Subject::MeetingYear(year) => meetings::meeting_year(data, year, dash),
            Subject::ArmsYear(year) => arms::arms_year(data, year),
            Subject::Exercise(i) => match data.exercises.get(i) {
                Some(e) => exercise(data, e, dash),
                None => empty("No exercise selected"),
            },
            Subject::Event(i) if i < data.events.len() => event(data, i),
            Subject::Event(_) => empty("No event selected"),
            Subject::CooperationMonth(month) => cooperation::month(data, month),
            Subject::IndicatorYear(year) => indicators::indicator_year(data, year),
        }
    }

    /// The record wrapped to `width` columns, nothing cut: the title, then each entry's
    /// heading and its fields, the text of each beside a column of labels.
    pub fn lines(&self, width: usize) -> Vec<RecordLine> {
        let labels = self
            .entries
            .iter()
            .flat_map(|e| &e.fields)
            .map(|f| crate::text::fit::width(f.label) + 2)
            .max()
            .unwrap_or(0)
            // A narrow popup keeps at least half its width for the text.
            .min(width / 2);
        let line = |look, label: String, text: String| RecordLine { look, label, text };
        let mut out: Vec<RecordLine> = crate::text::fit::wrap_all(&self.title, width)
            .into_iter()
            .map(|t| line(Look::Title, String::new(), t))
            .collect();
        for entry in &self.entries {
            out.push(line(Look::Blank, String::new(), String::new()));
            out.extend(
                crate::text::fit::wrap_all(&entry.heading, width)
                    .into_iter()
                    .map(|t| line(Look::Heading, String::new(), t)),
            );
            for field in &entry.fields {
                // Each line of the text wrapped on its own, so text with lines of its own
                // (Markdown, say) keeps them; a blank one stays blank.
                let room = width.saturating_sub(labels);
                let text: Vec<String> = field
                    .text
                    .split('\n')
                    .flat_map(|l| {
                        let wrapped = crate::text::fit::wrap_all(l, room);
                        if wrapped.is_empty() {
                            vec![String::new()]
                        } else {
                            wrapped
                        }
                    })
                    .collect();
                for (n, t) in text.into_iter().enumerate() {
                    let label = if n == 0 {
                        format!("{}:", field.label)
                    } else {
                        String::new()
                    };
                    out.push(line(Look::Field, format!("{label:<labels$}"), t));
                }
            }
        }
        out
    }

    /// The record as plain text: the title, then each entry's heading and fields.
    pub fn plain_text(&self) -> String {
        let mut out = self.title.clone();
        for entry in &self.entries {
            out.push_str("\n\n");
            out.push_str(&entry.heading);
            for field in &entry.fields {
                out.push_str(&format!("\n{}: {}", field.label, field.text));
            }
        }
        out
    }

    /// A citation of the item: what it says, the note, and its sources, as one plain
    /// paragraph and as Markdown (a bold title, then one bullet per source).
    pub fn citation(&self) -> CitationText {
        self.citation_with(None)
    }

    /// A citation that stands alone: [`Record::citation`] with `context` (the pair, the
    /// dataset and its as-of date, from [`context`]) after its title.
    pub fn citation_with(&self, context: Option<&str>) -> CitationText {
        let mut said = Vec::new();
        let mut sources: Vec<String> = Vec::new();
        for entry in &self.entries {
            let mut facts = Vec::new();
            for field in &entry.fields {
                match field.label {
                    "Source" if !sources.contains(&field.text) => {
                        sources.push(field.text.clone());
                    }
                    "Source" => {}
                    "Description" | "Figure" | "Change" | "Personnel" | "Note" | "Mark"
                    | "Place" | "Occasion" | "Also reported" | "TIV" => {
                        facts.push(format!("{}: {}", field.label, field.text));
                    }
                    _ => {}
                }
            }
            said.push((entry.heading.clone(), facts));
        }
        // Sentences end in one full stop, whether or not the data gave one.
        let stop = |text: &str| text.trim_end_matches('.').to_string();
        let mut title = stop(&self.title);
        // A heading that repeats the title's name says only what it adds (a date, say),
        // after the title: "Event: Tenth joint air patrol, 2025-12-09".
        let name = title
            .split_once(": ")
            .map_or(title.as_str(), |(_, n)| n)
            .to_string();
        if let Some((heading, _)) = said.first_mut()
            && !name.is_empty()
            && heading.contains(&name)
        {
            let rest = heading.replacen(&name, "", 1);
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || ",;:.".contains(c));
            if !rest.is_empty() {
                title = format!("{title}, {rest}");
            }
            heading.clear();
        }
        let mut plain = title.clone();
        let mut markdown = format!("**{}**", markdown_escape(&title));
        if let Some(context) = context {
            plain.push_str(&format!(". {}", stop(context)));
            markdown.push_str(&format!("\n\n{}", markdown_escape(context)));
        }
        for (heading, facts) in &said {
            let mut block = Vec::new();
            if !heading.is_empty() {
                plain.push_str(&format!(". {}", stop(heading)));
                block.push(markdown_escape(heading));
            }
            for fact in facts {
                plain.push_str(&format!(". {}", stop(fact)));
                block.push(markdown_escape(fact));
            }
            if !block.is_empty() {
                markdown.push_str(&format!("\n\n{}", block.join("  \n")));
            }
        }
        plain.push('.');
        if !sources.is_empty() {
            plain.push_str(&format!(" Sources: {}.", stop(&sources.join("; "))));
            markdown.push_str("\n\nSources:\n");
            for source in &sources {
                markdown.push_str(&format!("\n- {}", markdown_escape(source)));
            }
        }
        CitationText { plain, markdown }
    }
}

/// What a citation needs to stand alone: the pair, the dataset (its title and the name
/// bilat knows it by) and the date its data is as of.
pub fn context(data: &Dataset, name: &str) -> String {
    let m = &data.manifest;
    let [a, b] = m.countries.each_ref();
    let title = if m.title.is_empty() || m.title == name {
        name.to_string()
    } else {
        format!("{} ({name})", m.title)
    };
    format!(
        "{} and {}; bilat dataset {title}, as of {}",
        a.name, b.name, m.as_of
    )
}

/// Markdown's own characters in `text`, escaped so they read as written.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn empty(title: &str) -> Record {
    Record {
        title: title.to_string(),
        entries: Vec::new(),
    }
}

/// `label: text`, left out where the text is empty.
fn push(fields: &mut Vec<Field>, label: &'static str, text: impl Into<String>) {
    let text = text.into();
    if !text.trim().is_empty() {
        fields.push(Field { label, text });
    }
}

fn mark(fields: &mut Vec<Field>, quality: Quality) {
    if quality != Quality::Firm {
        push(fields, "Mark", quality.label());
    }
}

/// Each source of a citation in full, one field each: the manifest's (publisher, title,
/// year, address), then the row's own text.
fn sources(fields: &mut Vec<Field>, data: &Dataset, citation: &Citation) {
    for &i in &citation.source_indices {
        if let Some(s) = data.manifest.sources.get(usize::from(i)) {
            let mut text = s.cite();
            if let Some(url) = &s.url {
                text.push_str(&format!(", {url}"));
            }
            push(fields, "Source", text);
        }
    }
    push(fields, "Source", citation.source_text.clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(markdown_escape("a*b_[c]|"), "a\\*b\\_\\[c\\]\\|");
    }
}
