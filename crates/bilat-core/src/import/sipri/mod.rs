//! SIPRI's Arms Transfers Database, trade register export: the deals between the pair, in
//! either direction, as rows of `arms.csv`.
//!
//! The export is latin-1 text: a preamble (about 11 lines, or 4 in the older `;`-separated
//! `.txt`), then a header row. Columns are found by their header names; the unnamed column
//! after `Year of order`, `Number ordered` and `Number delivered` holds SIPRI's `?` of
//! uncertainty. TIV (trend-indicator value) is SIPRI's volume index, not money. A record
//! split by an unquoted line break is rejoined (`records`); deals of the
//! Soviet Union are counted apart, or read as Russia's on request ([`SovietUnion`]).

mod fields;
mod header;
mod records;

use std::path::PathBuf;

use crate::data::{Country, Location, Problem, Problems, TableId, sanitize};

use super::{Batch, ImportError, ImportedRow, SourceEntry, Tally};
use fields::Field;
use header::{find_header, generated, generated_year};
use records::{Piece, records};

/// The tag every imported row cites, and by which a later import finds the rows to replace.
pub const TAG: &str = "sipri";

/// What one trade register holds for the pair.
#[derive(Debug)]
pub struct Register {
    pub rows: Vec<ImportedRow>,
    pub tally: Tally,
    /// The export's date, as its preamble gives it.
    pub generated: Option<String>,
    /// Deals of the Soviet Union with the pair's other country, left out of Russia's
    /// (SIPRI lists the two apart) unless [`SovietUnion::AsRussia`].
    pub soviet_union_left_out: usize,
}

/// What to do with deals SIPRI lists under the Soviet Union (1922-1991) when the pair has
/// Russia (RUS).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SovietUnion {
    /// Left out of the pair's deals, and counted.
    #[default]
    LeftOut,
    /// Read as Russia's, each with a note saying SIPRI's name for the side.
    AsRussia,
}

/// SIPRI's name for the USSR in a register.
const SOVIET_UNION: &str = "Soviet Union";

/// The reason for skipped rows of other pairs, whole or broken.
const OTHER_PAIRS: &str = "rows of other pairs";

/// The reason for skipped rows of other pairs with too few fields to read.
const BROKEN_OTHER_PAIRS: &str = "rows of other pairs with fewer fields than the header";

/// Reads a trade register: the pair's deals as `arms.csv` rows, the others counted as
/// skipped, or every located problem. `label` names the file in messages, `file_name` in
/// each row's source. A row of another pair that cannot be read whole is counted, never
/// an error.
pub fn parse(
    label: &str,
    file_name: &str,
    bytes: &[u8],
    pair: &[Country; 2],
    soviet_union: SovietUnion,
) -> Result<Register, Problems> {
    let text = super::input::decode(bytes).replace("\r\n", "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    let header = find_header(label, &lines).map_err(|p| Problems(vec![p]))?;
    let preamble = &lines[..header.line as usize - 1];
    let generated = generated(preamble);
    let source_text = match &generated {
        Some(date) => format!("SIPRI Arms Transfers Database, {file_name} (generated {date})"),
        None => format!("SIPRI Arms Transfers Database, {file_name}"),
    };
    let body = lines[header.line as usize..].join("\n");
    let pieces = records(label, &body, header.delimiter, header.line, header.width)
        .map_err(|p| Problems(vec![p]))?;
    let mut problems = Vec::new();
    let mut tally = Tally::default();
    let mut rows = Vec::new();
    let mut rejoined: Option<(usize, u64)> = None;
    let mut soviet_union_left_out = 0;
    for piece in pieces {
        tally.read += 1;
        let (record, whole) = match piece {
            Piece::Whole(record) => (record, true),
            Piece::Rejoined(record) => {
                let (count, _) = rejoined.get_or_insert((0, record.line));
                *count += 1;
                (record, true)
            }
            Piece::Broken(record) => (record, false),
        };
        let line = record.line;
        let text = |column: &str| {
            header
                .index(column)
                .and_then(|at| record.fields.get(at))
                .map_or("", |f| f.trim())
        };
        let sides = [text("Supplier"), text("Recipient")];
        let side = |name: &str| match country(pair, name) {
            Some(code) => Some((code, false)),
            None if soviet_union == SovietUnion::AsRussia && is_soviet(pair, name) => {
                Some(("RUS", true))
            }
            None => None,
        };
        let (Some((from, soviet_from)), Some((to, soviet_to))) = (side(sides[0]), side(sides[1]))
        else {
            let other_side = |a: &str, b: &str| {
                is_soviet(pair, a) && country(pair, b).is_some_and(|c| c != "RUS")
            };
            if other_side(sides[0], sides[1]) || other_side(sides[1], sides[0]) {
                soviet_union_left_out += 1;
                tally.skip("deals of the Soviet Union, not Russia's", || {
                    format!("{label}:{line}")
                });
            } else if whole {
                tally.skip(OTHER_PAIRS, || format!("{label}:{line}"));
            } else {
                tally.skip(BROKEN_OTHER_PAIRS, || format!("{label}:{line}"));
            }
            continue;
        };
        if from == to {
            tally.skip(OTHER_PAIRS, || format!("{label}:{line}"));
            continue;
        }
        if !whole {
            problems.push(Problem {
                file: label.to_string(),
                location: Location::Line(line),
                field: None,
                message: format!(
                    "expected {} fields as in the header, found {}: is the row cut short?",
                    header.width,
                    record.fields.len()
                ),
            });
            continue;
        }
        let field = |column: &str| -> Field {
            let at = header.index(column).unwrap_or(usize::MAX);
            let get = |i: usize| record.fields.get(i).map_or("", |f| f.trim()).to_string();
            Field {
                column: column.to_string(),
                index: at,
                text: get(at),
                mark: header
                    .marks
                    .iter()
                    .find(|(c, _)| *c == column)
                    .map(|(_, i)| get(*i))
                    .unwrap_or_default(),
            }
        };
        let at = fields::Place { label, line };
        match fields::row(&at, &field, [from, to], &source_text) {
            Ok(mut row) => {
                if soviet_from || soviet_to {
                    let which = if soviet_from { "supplier" } else { "recipient" };
                    let note = format!("SIPRI names the {which} the Soviet Union.");
                    let note = match row.get("note") {
                        "" => note,
                        other => format!("{note} {other}"),
                    };
                    row.set("note", note);
                }
                tally.kept += 1;
                rows.push(row);
            }
            Err(found) => problems.extend(found),
        }
    }
    if let Some((count, first)) = rejoined {
        tally.warnings.push(format!(
            "rejoined {count} record{} split by a line break inside a field (the first at \
             {label}:{first})",
            if count == 1 { "" } else { "s" }
        ));
    }
    if problems.is_empty() {
        Ok(Register {
            rows,
            tally,
            generated,
            soviet_union_left_out,
        })
    } else {
        Err(Problems(problems))
    }
}

/// Whether `name` is SIPRI's Soviet Union and the pair has Russia.
fn is_soviet(pair: &[Country; 2], name: &str) -> bool {
    name.eq_ignore_ascii_case(SOVIET_UNION) && pair.iter().any(|c| c.code == "RUS")
}

/// The pair's country a register's name stands for (`Russia`, or its code).
fn country<'a>(pair: &'a [Country; 2], name: &str) -> Option<&'a str> {
    let name = name.trim();
    pair.iter()
        .find(|c| c.name.eq_ignore_ascii_case(name) || c.code.eq_ignore_ascii_case(name))
        .map(|c| c.code.as_str())
}

/// Reads each trade register in `files` into one batch for [`super::write`]: the pair's
/// deals, SIPRI as their source (naming the files and their dates, its year the newest
/// file's), the others counted.
pub fn read(
    files: &[PathBuf],
    countries: &[Country; 2],
    soviet_union: SovietUnion,
) -> Result<Batch, ImportError> {
    let mut rows = Vec::new();
    let mut tally = Tally::default();
    let mut named = Vec::new();
    let mut year = None;
    let mut soviet_union_left_out = 0;
    for path in files {
        let label = sanitize(&path.display().to_string()).into_owned();
        let bytes = crate::data::read_file(path, &label).map_err(ImportError::Problem)?;
        let name = path.file_name().map_or(label.clone(), |n| {
            sanitize(&n.to_string_lossy()).into_owned()
        });
        let register =
            parse(&label, &name, &bytes, countries, soviet_union).map_err(ImportError::Problems)?;
        tally.read += register.tally.read;
        tally.kept += register.tally.kept;
        for skip in register.tally.skipped {
            match tally.skipped.iter_mut().find(|s| s.reason == skip.reason) {
                Some(s) => s.count += skip.count,
                None => tally.skipped.push(skip),
            }
        }
        tally.warnings.extend(register.tally.warnings);
        soviet_union_left_out += register.soviet_union_left_out;
        rows.extend(register.rows);
        let file_year = register.generated.as_deref().and_then(generated_year);
        year = year.max(file_year);
        named.push(match register.generated {
            Some(date) => format!("{name}, generated {date}"),
            None => name,
        });
    }
    if soviet_union_left_out > 0 {
        let other = countries.iter().find(|c| c.code != "RUS");
        tally.warnings.push(format!(
            "left out {soviet_union_left_out} deal{} between the Soviet Union and {}: SIPRI \
             lists the Soviet Union apart from Russia; add --soviet-union-as-russia to import \
             them as Russia's (RUS), each with a note",
            if soviet_union_left_out == 1 { "" } else { "s" },
            other.map_or("the other country", |c| c.name.as_str())
        ));
    }
    Ok(Batch {
        source: SourceEntry {
            tag: TAG,
            publisher: "SIPRI (Stockholm International Peace Research Institute)".to_string(),
            title: format!(
                "Arms Transfers Database, trade register ({})",
                named.join("; ")
            ),
            year,
        },
        table: TableId::Arms,
        rows,
        series: Vec::new(),
        indicators: Vec::new(),
        tally,
    })
}
