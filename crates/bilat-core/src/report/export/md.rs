//! `--format md`: the briefing in Markdown (GitHub's dialect, for its tables), with its
//! charts as SVG files beside it: `brief.md` links `brief-trade.svg`, `brief-meetings.svg`
//! and, for a dataset with the indicators table, `brief-indicator-<id>.svg` for each.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::briefing::{Briefing, absent_sentence, meetings_caption};
use super::{ExportError, svg};
use crate::data::{Dataset, TableId};
use crate::report::brief::md;

/// Data text as Markdown shows it literally: the brief's escaping, plus `&` (which would
/// start an entity such as `&lt;`) and `~` (strike-through).
pub(super) fn text(s: &str) -> String {
    md(s).replace('&', "\\&").replace('~', "\\~")
}

/// Text that opens a line: also keep a leading `-`, `+`, `=` or `1.` from starting a list or
/// an underlined heading.
pub(super) fn paragraph(s: &str) -> String {
    let escaped = text(s);
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = escaped.as_bytes().get(digits).copied();
    if escaped.starts_with(['-', '+', '=']) {
        format!("\\{escaped}")
    } else if digits > 0 && matches!(after_digits, Some(b'.' | b')')) {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}

/// A file name as a relative link target: unreserved characters as they are, every other
/// byte percent-encoded, so spaces and parentheses cannot end the link early.
pub(super) fn link(name: &str) -> String {
    let mut out = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The charts' file names for `out`: `<stem>-trade.svg` and `<stem>-meetings.svg`.
pub(super) fn chart_names(out: &Path) -> [String; 2] {
    let stem = out
        .file_stem()
        .map_or("brief".into(), |s| s.to_string_lossy().into_owned());
    [format!("{stem}-trade.svg"), format!("{stem}-meetings.svg")]
}

/// An indicator's chart's file name for `out`: `<stem>-indicator-<id>.svg`.
pub(super) fn indicator_name(out: &Path, id: &str) -> String {
    let stem = out
        .file_stem()
        .map_or("brief".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}-indicator-{id}.svg")
}

/// The charts (trade, meetings, then one per indicator), then the Markdown file, so the file
/// never links a chart not yet there.
pub fn files(data: &Dataset, out: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    let names = chart_names(out);
    let charts = [svg::trade(data)?, svg::meetings(data)?];
    let mut files: Vec<(PathBuf, Vec<u8>)> = names
        .iter()
        .zip(charts)
        .map(|(name, chart)| (out.with_file_name(name), chart.into_bytes()))
        .collect();
    let mut indicators = Vec::new();
    for chart in super::indicator_svg::charts(data)? {
        let name = indicator_name(out, &chart.id);
        files.push((out.with_file_name(&name), chart.svg.into_bytes()));
        indicators.push((name, chart.title));
    }
    files.push((
        out.to_path_buf(),
        document(data, &names, &indicators).into_bytes(),
    ));
    Ok(files)
}

/// One table row: cells already escaped; `|` inside them is escaped by [`md`].
pub(super) fn row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// A column of a table of data text: its header, and whether it holds figures (aligned
/// right).
pub(super) struct Column {
    pub title: &'static str,
    pub figures: bool,
}

/// A column of words.
pub(super) const fn words(title: &'static str) -> Column {
    Column {
        title,
        figures: false,
    }
}

/// A table whose cells are data text, each escaped here (so a `|` or `*` in a note cannot
/// split a row or start emphasis): the header row, the alignment rule, then `rows`.
pub(super) fn data_table<const N: usize>(
    out: &mut String,
    columns: [Column; N],
    rows: impl IntoIterator<Item = [String; N]>,
) {
    let _ = writeln!(out, "{}", row(&columns.each_ref().map(|c| text(c.title))));
    let rule = columns.map(|c| if c.figures { "--:" } else { "---" }.to_string());
    let _ = writeln!(out, "{}", row(&rule));
    for cells in rows {
        let _ = writeln!(out, "{}", row(&cells.map(|c| text(&c))));
    }
    out.push('\n');
}

/// Every meeting, a row each, so a reader can cite one rather than count bars.
fn meetings_table(out: &mut String, b: &Briefing) {
    let meetings = &b.meetings;
    out.push_str("## Leader meetings\n\n");
    if !b.has(TableId::Meetings) {
        let _ = writeln!(out, "{}\n", absent_sentence(TableId::Meetings));
        return;
    }
    if meetings.is_empty() {
        out.push_str("No meetings in this dataset.\n\n");
        return;
    }
    let _ = writeln!(out, "{}\n", paragraph(&meetings_caption(meetings)));
    let columns = [
        words("Date"),
        words("Kind"),
        words("Place"),
        words("Occasion"),
        words("Bilateral"),
        words("Mark"),
        words("Note"),
        words("Source"),
    ];
    let rows = meetings.iter().map(|m| {
        [
            m.date.clone(),
            m.kind.to_string(),
            m.place.clone(),
            m.occasion.clone(),
            m.bilateral.to_string(),
            m.quality.to_string(),
            m.note.clone(),
            m.source.clone(),
        ]
    });
    data_table(out, columns, rows);
}

/// The briefing; `indicators` are the indicator charts' file names and titles.
fn document(data: &Dataset, charts: &[String; 2], indicators: &[(String, String)]) -> String {
    let b = Briefing::new(data);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", text(&b.heading));
    let _ = writeln!(
        out,
        "{}. Figures as of {}.\n",
        paragraph(&b.countries),
        text(&b.as_of)
    );
    if !b.description.is_empty() {
        let _ = writeln!(out, "{}\n", paragraph(&b.description));
    }

    out.push_str("## Key figures\n\n");
    for f in &b.figures {
        let _ = write!(out, "- **{}**: {}", f.label, text(&f.text));
        match f.source.as_deref().filter(|s| !s.is_empty()) {
            // A backslash before the line end is a visible line break (trailing spaces are
            // one too, but editors strip them).
            Some(source) => {
                let _ = writeln!(out, "\\\n  Source: {}", text(source));
            }
            None => out.push('\n'),
        }
    }

    out.push_str("\n## Trade and meetings\n\n");
    for (name, title) in charts.iter().zip(&b.chart_titles) {
        let _ = writeln!(out, "![{}]({})\n", text(title), link(name));
    }
    if !indicators.is_empty() {
        out.push_str("## Indicators\n\n");
        for (name, title) in indicators {
            let _ = writeln!(out, "![{}]({})\n", text(title), link(name));
        }
    }

    let trade = super::trade_table::tables(data);
    super::trade_table::markdown(&mut out, &data.manifest.units.trade, &trade);
    meetings_table(&mut out, &b);

    out.push_str("## Joint military exercises\n\n");
    if !b.has(TableId::Exercises) {
        let _ = writeln!(out, "{}\n", absent_sentence(TableId::Exercises));
    } else if b.exercises.is_empty() {
        out.push_str("No exercises in this dataset.\n\n");
    } else {
        out.push_str(
            "People taking part; a blank is a figure nobody published. Sizes are claimed (an \
             official figure) or estimated (an outside estimate).\n\n",
        );
        let [first, second] = &b.country_names;
        let headers = [
            "Dates", "Exercise", "Where", "Domain", "Total", first, second, "Size", "Quality",
            "Notes", "Source",
        ]
        .map(text);
        let _ = writeln!(out, "{}", row(&headers));
        let rule = [
            "---", "---", "---", "---", "--:", "--:", "--:", "---", "---", "---", "---",
        ];
        let _ = writeln!(out, "{}", row(&rule.map(str::to_string)));
        for e in &b.exercises {
            let dates = if e.end.is_empty() {
                e.start.clone()
            } else {
                format!("{} to {}", e.start, e.end)
            };
            let cells = [
                dates,
                format!("**{}**", text(&e.name)),
                text(&e.place),
                text(&e.domain),
                text(&e.total),
                text(&e.sides[0]),
                text(&e.sides[1]),
                text(&e.basis),
                text(e.quality),
                text(&e.notes.join(" ")),
                text(&e.source),
            ];
            let _ = writeln!(out, "{}", row(&cells));
        }
        out.push('\n');
    }

    if let Some(rows) = super::arms_table::rows(data) {
        super::arms_table::markdown(&mut out, &rows, text);
    }

    out.push_str("## Timeline\n\n");
    if b.events.is_empty() {
        out.push_str("No events in this dataset.\n\n");
    } else {
        let _ = writeln!(out, "{} events, oldest first.\n", b.events.len());
        let headers = ["Date", "Category", "Title", "Description", "Source"].map(str::to_string);
        let _ = writeln!(out, "{}", row(&headers));
        let _ = writeln!(out, "{}", row(&["---"; 5].map(str::to_string)));
        for e in &b.events {
            let quality = if e.quality.is_empty() {
                String::new()
            } else {
                format!(" ({})", e.quality)
            };
            let note = if e.note.is_empty() {
                String::new()
            } else {
                format!(" *{}*", text(&e.note))
            };
            let cells = [
                e.date.clone(),
                text(&e.category),
                format!("**{}**{quality}", text(&e.title)),
                format!("{}{note}", text(&e.description)),
                text(&e.source),
            ];
            let _ = writeln!(out, "{}", row(&cells));
        }
        out.push('\n');
    }

    out.push_str("## Sources\n\n");
    if b.sources.is_empty() {
        out.push_str("Every row cites its source in its own words (see the tables).\n");
    } else {
        for (i, s) in b.sources.iter().enumerate() {
            let url = s
                .url
                .as_deref()
                .map(|u| format!(" {}", text(u)))
                .unwrap_or_default();
            let _ = writeln!(out, "{}. `{}`: {}{url}", i + 1, s.id, text(&s.citation));
        }
    }
    let _ = write!(
        out,
        "\n---\n\nExported by bilat {} from the dataset “{}”.\n",
        env!("CARGO_PKG_VERSION"),
        text(&data.manifest.title)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_markup_is_escaped() {
        assert_eq!(paragraph("- not a list"), "\\- not a list");
        assert_eq!(paragraph("1. not a list"), "1\\. not a list");
        assert_eq!(paragraph("2024 was busy"), "2024 was busy");
        assert_eq!(text("a &lt; b ~x~"), "a \\&lt; b \\~x\\~");
    }

    #[test]
    fn link_targets_are_percent_encoded() {
        assert_eq!(
            link("my brief (v2)-trade.svg"),
            "my%20brief%20%28v2%29-trade.svg"
        );
    }
}
