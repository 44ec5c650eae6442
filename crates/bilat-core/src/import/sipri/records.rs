//! The records of a trade register's body. SIPRI's export writes a line break (CR LF or LF)
//! inside a Comments field without quoting it, which splits one record into two lines, each
//! with too few fields; such pieces are rejoined when together they have the header's width.

use crate::data::{Problem, sanitize};

/// One record of the body, as read.
pub(super) struct Raw {
    /// 1-based line of the file where the record starts.
    pub line: u64,
    pub fields: Vec<String>,
}

/// What a record turned out to be.
pub(super) enum Piece {
    /// As many fields as the header, or more, on its own line.
    Whole(Raw),
    /// Pieces split by a bare line break, joined back into the header's width.
    Rejoined(Raw),
    /// Too few fields even with the pieces after it: cut short or split beyond repair.
    Broken(Raw),
}

/// The body's records (the lines after the header, which is at line `header_line`), blank
/// ones left out, split ones rejoined. `width` is the header's field count.
pub(super) fn records(
    label: &str,
    body: &str,
    delimiter: u8,
    header_line: u64,
    width: usize,
) -> Result<Vec<Piece>, Problem> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut raw = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let message = format!("unreadable CSV: {}", sanitize(&err.to_string()));
                return Err(Problem::in_file(label, message));
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        raw.push(Raw {
            line: header_line + record.position().map_or(1, |p| p.line()),
            fields: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rejoin(raw, width))
}

/// Joins each record of too few fields with the short records after it, the last field of
/// one and the first of the next becoming one field (the line break read as a space), as
/// long as the sum stays within `width`.
fn rejoin(raw: Vec<Raw>, width: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut records = raw.into_iter().peekable();
    while let Some(mut record) = records.next() {
        if record.fields.len() >= width {
            out.push(Piece::Whole(record));
            continue;
        }
        let mut joined = false;
        while let Some(next) = records.peek() {
            let together = record.fields.len() + next.fields.len() - 1;
            if next.fields.len() >= width || together > width {
                break;
            }
            let Some(next) = records.next() else { break };
            let mut rest = next.fields.into_iter();
            let last = record.fields.pop().unwrap_or_default();
            let first = rest.next().unwrap_or_default();
            let field = format!("{} {}", last.trim_end(), first.trim_start());
            record.fields.push(field.trim().to_string());
            record.fields.extend(rest);
            joined = true;
            if record.fields.len() == width {
                break;
            }
        }
        out.push(if joined && record.fields.len() == width {
            Piece::Rejoined(record)
        } else {
            Piece::Broken(record)
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(body: &str, width: usize) -> Vec<(char, u64, Vec<String>)> {
        records("f.csv", body, b',', 1, width)
            .unwrap()
            .into_iter()
            .map(|p| match p {
                Piece::Whole(r) => ('w', r.line, r.fields),
                Piece::Rejoined(r) => ('r', r.line, r.fields),
                Piece::Broken(r) => ('b', r.line, r.fields),
            })
            .collect()
    }

    #[test]
    fn a_record_split_inside_a_field_is_rejoined() {
        // The body as the register reader gives it: CR LF already made LF.
        let found = kinds("a,b,c,d\na,b,one\ntwo,d\na,b,c,d\n", 4);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].0, 'w');
        assert_eq!((found[1].0, found[1].1), ('r', 3));
        assert_eq!(found[1].2, ["a", "b", "one two", "d"]);
        assert_eq!((found[2].0, found[2].1), ('w', 5));
    }

    #[test]
    fn pieces_that_cannot_make_a_record_are_broken() {
        // Too few even together; the whole record after them is left alone.
        let found = kinds("a,b\nc\na,b,c,d\n", 4);
        assert_eq!((found[0].0, found[0].1), ('b', 2));
        assert_eq!(found[1].0, 'w');
        // Too many together: the first piece is broken, the second read on its own.
        let found = kinds("a,b,c\nd,e,f\n", 4);
        assert_eq!(found.iter().map(|f| f.0).collect::<String>(), "bb");
    }
}
