//! Merging imported rows into a table's CSV text: the rows an earlier import of the same
//! source wrote are dropped, every other record is kept byte for byte, and the new rows are
//! appended in the file's own column order and line endings.

use crate::data::{Location, Problem, TableSpec, quoted};

use super::ImportedRow;

/// The merged text and what happened to the rows.
#[derive(Debug)]
pub(super) struct Merged {
    pub text: String,
    /// Rows an earlier import of the same source had written, now replaced.
    pub replaced: usize,
    /// Rows from elsewhere (typed by hand, other sources), kept as they were.
    pub kept: usize,
    /// Columns the file lacked and the imported rows fill: added at the end of the header,
    /// and left empty in the rows already there.
    pub added_columns: Vec<&'static str>,
}

/// One record of the existing file: its bytes without the line ending, and what follows it
/// up to the next record (the line ending, and any blank lines).
struct Record<'a> {
    /// Where the record starts in the text.
    start: usize,
    content: &'a str,
    tail: &'a str,
    fields: csv::StringRecord,
    line: u64,
}

/// Splits `text` into records at the positions the CSV reader gives, so that quoted fields
/// holding line breaks stay whole.
fn records<'a>(label: &str, text: &'a str) -> Result<Vec<Record<'a>>, Problem> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut found: Vec<(usize, u64, csv::StringRecord)> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {
                let byte = record.position().map_or(0, |p| p.byte() as usize);
                // Records never start with a line break (blank lines are skipped), but the
                // reader may place a record's start just after the `\r` of a `\r\n`.
                let skip = text[byte..].len() - text[byte..].trim_start_matches(['\r', '\n']).len();
                let byte = byte + skip;
                let line = text.as_bytes()[..byte]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count() as u64
                    + 1;
                found.push((byte, line, record.clone()));
            }
            Ok(false) => break,
            Err(err) => {
                return Err(Problem {
                    file: label.to_string(),
                    location: err
                        .position()
                        .map_or(Location::File, |p| Location::Line(p.line())),
                    field: None,
                    message: format!(
                        "unreadable CSV, so imported rows cannot be merged into it: {}",
                        crate::data::sanitize(&err.to_string())
                    ),
                });
            }
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (i, (start, line, fields)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(text.len(), |next| next.0);
        let raw = &text[*start..end];
        let content = raw.trim_end_matches(['\r', '\n']);
        out.push(Record {
            start: *start,
            content,
            tail: &raw[content.len()..],
            fields: fields.clone(),
            line: *line,
        });
    }
    Ok(out)
}

/// The line ending a file uses: that of its header, or `\n` for a file without one.
fn line_ending(tail: &str) -> &'static str {
    if tail.starts_with('\r') { "\r\n" } else { "\n" }
}

/// The tail of a record that is dropped: its own line ending goes with it, blank lines
/// after it stay.
fn tail_after_drop(tail: &str) -> &str {
    tail.strip_prefix("\r\n")
        .or_else(|| tail.strip_prefix('\n'))
        .or_else(|| tail.strip_prefix('\r'))
        .unwrap_or(tail)
}

/// Whether a record's `source_ids` field names `tag` among its `;`-separated ids.
fn cites(fields: &csv::StringRecord, source_column: usize, tag: &str) -> bool {
    fields
        .get(source_column)
        .is_some_and(|ids| ids.split(';').any(|id| id.trim() == tag))
}

/// Merges `rows` into `existing`, the text of the table `spec` (`label` names it in
/// messages), replacing the rows whose `source_ids` cite `tag`.
pub(super) fn merge(
    label: &str,
    existing: &str,
    spec: &TableSpec,
    tag: &str,
    rows: &[ImportedRow],
) -> Result<Merged, Problem> {
    let (bom, body) = match existing.strip_prefix('\u{feff}') {
        Some(body) => ("\u{feff}", body),
        None => ("", existing),
    };
    let records = records(label, body)?;
    let mut records = records.into_iter().skip_while(|r| is_blank(&r.fields));
    let no_source_ids = |line: u64| Problem {
        file: label.to_string(),
        location: Location::Line(line),
        field: None,
        message: format!(
            "no source_ids column, so imported rows could not be told apart from the \
             others: expected the columns {}",
            spec.columns.names.join(",")
        ),
    };
    let Some(header) = records.next() else {
        return Err(no_source_ids(1));
    };
    // Blank lines before the header stay.
    let leading = &body[..header.start];
    // The header's names, the older ones read as the current ones.
    let mut columns: Vec<&str> = header
        .fields
        .iter()
        .map(|name| current_name(spec, name))
        .collect();
    let Some(source_column) = columns.iter().position(|c| *c == "source_ids") else {
        return Err(no_source_ids(header.line));
    };
    let added_columns: Vec<&'static str> = spec
        .columns
        .names
        .iter()
        .copied()
        .filter(|name| !columns.contains(name))
        .filter(|name| rows.iter().any(|row| !row.get(name).is_empty()))
        .collect();
    columns.extend(added_columns.iter().copied());
    let padding = ",".repeat(added_columns.len());
    let added_names: String = added_columns.iter().map(|c| format!(",{c}")).collect();
    let ending = line_ending(header.tail);

    let mut text = String::with_capacity(existing.len() + rows.len() * 120);
    text.push_str(bom);
    text.push_str(leading);
    text.push_str(header.content);
    text.push_str(&added_names);
    text.push_str(header.tail);
    let (mut replaced, mut kept) = (0, 0);
    // The new rows go where the first of the old ones was, so that importing again leaves
    // the file as it was even when other rows follow; at the end for a first import.
    let mut insert_at = None;
    for record in records {
        if cites(&record.fields, source_column, tag) {
            replaced += 1;
            insert_at.get_or_insert(text.len());
            text.push_str(tail_after_drop(record.tail));
            continue;
        }
        if !is_blank(&record.fields) {
            kept += 1;
        }
        text.push_str(record.content);
        if !is_blank(&record.fields) {
            text.push_str(&padding);
        }
        text.push_str(record.tail);
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(if ending == "\r\n" {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in rows {
        let fields = columns.iter().map(|column| row.get(column));
        writer
            .write_record(fields)
            .map_err(|err| Problem::in_file(label, format!("could not write a row: {err}")))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| Problem::in_file(label, format!("could not write a row: {err}")))?;
    let new_rows =
        String::from_utf8(bytes).unwrap_or_else(|_| unreachable!("CSV of UTF-8 strings is UTF-8"));
    match insert_at {
        Some(at) => text.insert_str(at, &new_rows),
        None => {
            if !text.ends_with('\n') {
                text.push_str(ending);
            }
            text.push_str(&new_rows);
        }
    }
    Ok(Merged {
        text,
        replaced,
        kept,
        added_columns,
    })
}

/// A record of empty fields: a blank line.
fn is_blank(fields: &csv::StringRecord) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

/// A header name as the table's current name (`year` is `period`); an unknown name as is.
fn current_name<'a>(spec: &TableSpec, name: &'a str) -> &'a str {
    let name = name.trim();
    spec.columns
        .renamed
        .iter()
        .find(|(old, _)| *old == name)
        .map_or(name, |(_, new)| new)
}

/// Says which columns were added, for the report.
pub(super) fn describe_added(label: &str, added: &[&str]) -> Option<String> {
    (!added.is_empty()).then(|| {
        let names: Vec<String> = added.iter().map(|c| quoted(c)).collect();
        format!(
            "{label}: added the column{} {} (empty in the rows already there)",
            if added.len() == 1 { "" } else { "s" },
            names.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::TableId;

    fn row(fields: &[(&'static str, &str)]) -> ImportedRow {
        let mut row = ImportedRow::default();
        for (column, value) in fields {
            row.set(column, *value);
        }
        row
    }

    const EVENTS: &str = "date,category,title,description,quality,note,source_ids,source_text\r\n\
        2001-07-16,political,Treaty,\"Signed\r\nin Moscow\",,,,Hand\r\n\
        2002-01-01,political,Old,,,,tool;other,\r\n";

    #[test]
    fn rows_of_the_source_are_replaced_and_the_rest_kept_byte_for_byte() {
        let spec = TableId::Events.spec();
        let new = [row(&[
            ("date", "2003-01-01"),
            ("category", "political"),
            ("title", "New"),
            ("source_ids", "tool"),
        ])];
        let merged = merge("events.csv", EVENTS, spec, "tool", &new).unwrap();
        assert_eq!(merged.replaced, 1);
        assert_eq!(merged.kept, 1);
        let expected = "date,category,title,description,quality,note,source_ids,source_text\r\n\
            2001-07-16,political,Treaty,\"Signed\r\nin Moscow\",,,,Hand\r\n\
            2003-01-01,political,New,,,,tool,\r\n";
        assert_eq!(merged.text, expected);
        let again = merge("events.csv", &merged.text, spec, "tool", &new).unwrap();
        assert_eq!(again.text, expected);
        // Rows after the imported ones stay after them.
        let later = format!("{expected}2004-01-01,political,Later,,,,,Hand\r\n");
        let again = merge("events.csv", &later, spec, "tool", &new).unwrap();
        assert_eq!(again.text, later);
    }

    #[test]
    fn older_column_names_and_missing_columns_are_handled() {
        let spec = TableId::Trade.spec();
        let old = "year,reporter,value_usd_bn,yoy_pct,quality,note,source_ids,source_text\n\
                   2001,CHN,10.67,,,,,Hand";
        let new = [row(&[
            ("period", "2019"),
            ("series", "x-chn"),
            ("value_usd_bn", "1"),
            ("reported_by", "someone"),
            ("source_ids", "tool"),
        ])];
        let merged = merge("trade.csv", old, spec, "tool", &new).unwrap();
        assert_eq!(merged.added_columns, ["reported_by"]);
        assert_eq!(
            merged.text,
            "year,reporter,value_usd_bn,yoy_pct,quality,note,source_ids,source_text,reported_by\n\
             2001,CHN,10.67,,,,,Hand,\n\
             2019,x-chn,1,,,,tool,,someone\n"
        );
    }

    #[test]
    fn a_file_without_source_ids_is_refused_with_its_line() {
        let spec = TableId::Events.spec();
        let err = merge("events.csv", "\ndate,title\n", spec, "tool", &[]).unwrap_err();
        assert_eq!(err.location, Location::Line(2));
        assert!(err.message.contains("no source_ids column"), "{err}");
    }
}
