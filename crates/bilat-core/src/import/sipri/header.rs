//! A SIPRI trade register's preamble and header row: where the header is, its separator,
//! each known column's place (older names included), and the export's date. SIPRI's other
//! export, one row per delivery, is named as such.

use crate::data::{Location, Problem, quoted};

/// How far into the file the header row may be.
const MAX_PREAMBLE_LINES: usize = 40;

/// The columns a trade register must have, by the names its header gives them.
const REQUIRED: [&str; 11] = [
    "Recipient",
    "Supplier",
    "Year of order",
    "Number ordered",
    "Weapon designation",
    "Weapon description",
    "Number delivered",
    "Year(s) of delivery",
    "SIPRI TIV per unit",
    "SIPRI TIV for total order",
    "SIPRI TIV of delivered weapons",
];

/// Columns read where the header has them.
const OPTIONAL: [&str; 2] = ["Status", "Comments"];

/// Columns of SIPRI's per-delivery export, which a trade register never has.
const PER_DELIVERY: [&str; 3] = [
    "SIPRI AT Database ID",
    "TIV delivery values",
    "TIV deal unit",
];

/// Older names of the same columns.
const ALIASES: [(&str, &str); 3] = [
    ("Year of order/licence", "Year of order"),
    ("Year(s) of deliveries", "Year(s) of delivery"),
    ("Number delivered/produced", "Number delivered"),
];

/// Columns whose next, unnamed column holds the `?` of uncertainty.
const MARKED: [&str; 3] = ["Year of order", "Number ordered", "Number delivered"];

/// The header row: where it is, the separator, and each column's field index.
pub(super) struct Header {
    /// 1-based line of the file.
    pub line: u64,
    pub delimiter: u8,
    pub columns: Vec<(&'static str, usize)>,
    /// Value column → its uncertainty column.
    pub marks: Vec<(&'static str, usize)>,
    pub width: usize,
}

impl Header {
    pub fn index(&self, column: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }
}

/// Splits one line into fields as the CSV reader would.
fn fields_of(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(line.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(|f| f.trim().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The known column a header name stands for.
fn known(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let same = |a: &str| a.eq_ignore_ascii_case(name);
    REQUIRED
        .iter()
        .chain(OPTIONAL.iter())
        .copied()
        .find(|c| same(c))
        .or_else(|| ALIASES.iter().find(|(old, _)| same(old)).map(|(_, c)| *c))
}

/// Finds the header row in the first lines: the one naming both `Recipient` and `Supplier`.
pub(super) fn find_header(label: &str, lines: &[&str]) -> Result<Header, Problem> {
    for (i, line) in lines.iter().take(MAX_PREAMBLE_LINES).enumerate() {
        for delimiter in [b',', b';', b'\t'] {
            let names = fields_of(line, delimiter);
            let has = |c: &str| names.iter().any(|n| known(n) == Some(c));
            if !(has("Recipient") && has("Supplier")) {
                continue;
            }
            if let Some(name) = names.iter().find(|n| PER_DELIVERY.contains(&n.as_str())) {
                return Err(Problem {
                    file: label.to_string(),
                    location: Location::Line(i as u64 + 1),
                    field: Some(name.clone()),
                    message: format!(
                        "SIPRI's per-delivery layout (SIPRI AT Database ID, ..., TIV delivery \
                         values: one row per delivery, without the number ordered), which \
                         bilat does not read: download the trade register instead (on \
                         armstransfers.sipri.org, Trade Register, as CSV); found {}",
                        quoted(name)
                    ),
                });
            }
            return header(label, i as u64 + 1, delimiter, &names);
        }
    }
    Err(Problem::in_file(
        label,
        format!(
            "no header row naming Recipient and Supplier in the first {MAX_PREAMBLE_LINES} \
             lines: expected a SIPRI trade register export"
        ),
    ))
}

fn header(label: &str, line: u64, delimiter: u8, names: &[String]) -> Result<Header, Problem> {
    let mut columns = Vec::new();
    let mut marks = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if let Some(column) = known(name) {
            columns.push((column, i));
            let next_unnamed = names.get(i + 1).is_some_and(|n| n.is_empty());
            if MARKED.contains(&column) && next_unnamed {
                marks.push((column, i + 1));
            }
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.iter().any(|(k, _)| k == c))
        .collect();
    if !missing.is_empty() {
        return Err(Problem {
            file: label.to_string(),
            location: Location::Line(line),
            field: None,
            message: format!(
                "missing column{} {} in the SIPRI header",
                if missing.len() == 1 { "" } else { "s" },
                missing
                    .iter()
                    .map(|m| quoted(m))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    Ok(Header {
        line,
        delimiter,
        columns,
        marks,
        width: names.len(),
    })
}

/// When the export was made, if the preamble says (`Information generated: 10 March 2025`).
pub(super) fn generated(preamble: &[&str]) -> Option<String> {
    preamble.iter().find_map(|line| {
        let lower = line.to_ascii_lowercase();
        let at = lower.find("generated")?;
        let rest = &line[at + "generated".len()..];
        let date = rest
            .trim_start_matches([' ', ':', ',', ';', '"'])
            .trim_end_matches([' ', ',', ';', '"']);
        (!date.is_empty()).then(|| crate::data::sanitize(date).into_owned())
    })
}

/// The year of a `generated` date (`13 Mar 2025 10:02:49 AM`): its four-digit number.
pub(super) fn generated_year(date: &str) -> Option<i32> {
    date.split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse().ok())
        .find(|year| (1900..=2200).contains(year))
}
