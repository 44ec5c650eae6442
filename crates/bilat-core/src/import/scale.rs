//! The scale of a file's money figures (whole US dollars, thousands, millions or billions):
//! as the file states it, in a scale column or in the unit of an indicator's name, or as
//! `--scale` gives it for rows that state none (a row's own scale always wins). Never
//! guessed: the IMF's bulk CSVs have come both in millions and in whole dollars under the
//! same indicator names.

use crate::data::{Problem, quoted};

use super::input::{Header, Record};

/// US dollars per unit of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scale {
    /// Whole US dollars.
    Units,
    Thousands,
    Millions,
    Billions,
}

impl Scale {
    pub fn dollars(self) -> f64 {
        match self {
            Scale::Units => 1.0,
            Scale::Thousands => 1e3,
            Scale::Millions => 1e6,
            Scale::Billions => 1e9,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::Units => "units",
            Scale::Thousands => "thousands",
            Scale::Millions => "millions",
            Scale::Billions => "billions",
        }
    }

    /// A scale as a file writes it: `Millions`, `Units`, or a power of ten (`6`).
    fn parse(text: &str) -> Option<Scale> {
        match text.trim().to_ascii_lowercase().as_str() {
            "units" | "unit" | "0" => Some(Scale::Units),
            "thousands" | "3" => Some(Scale::Thousands),
            "millions" | "6" => Some(Scale::Millions),
            "billions" | "9" => Some(Scale::Billions),
            _ => None,
        }
    }

    /// The scale an indicator's name ends with (`US Dollars, Millions`), if any.
    fn in_name(name: &str) -> Option<Scale> {
        name.split([',', ' ', '(', ')'])
            .rev()
            .filter(|w| !w.is_empty())
            .find_map(|w| match w.to_ascii_lowercase().as_str() {
                "thousands" => Some(Scale::Thousands),
                "millions" => Some(Scale::Millions),
                "billions" => Some(Scale::Billions),
                _ => None,
            })
    }
}

/// Names a scale column may have (new IMF portal downloads write `SCALE`).
const SCALE_COLUMNS: [&str; 3] = ["Scale", "Unit Multiplier", "UNIT_MULT"];

/// Where a file may state its scale: the scale column's index, if the header has one.
pub(super) fn scale_column(header: &Header) -> Option<(usize, String)> {
    header.names.iter().enumerate().find_map(|(i, n)| {
        SCALE_COLUMNS
            .iter()
            .any(|c| c.eq_ignore_ascii_case(n))
            .then(|| (i, n.clone()))
    })
}

/// Reads one row's scale: what the row states (its scale column, else its indicator name
/// at `name_column`), else `given` (`--scale`); an error naming the cell when neither says.
/// `first` is the row's first figure (period name and text), for the message.
pub(super) fn row_scale(
    record: &Record<'_>,
    column: Option<&(usize, String)>,
    name_column: usize,
    given: Option<Scale>,
    first: (&str, &str),
) -> Result<Scale, Problem> {
    let stated = match column {
        Some((i, name)) if !record.get(*i).is_empty() => {
            let raw = record.get(*i);
            let scale = Scale::parse(raw).ok_or_else(|| {
                record.problem(
                    *i,
                    name,
                    format!(
                        "expected Units, Thousands, Millions or Billions (or 0, 3, 6, 9), \
                         found {}",
                        quoted(raw)
                    ),
                )
            })?;
            Some(scale)
        }
        _ => Scale::in_name(record.get(name_column)),
    };
    match (stated, given) {
        (Some(scale), _) | (None, Some(scale)) => Ok(scale),
        (None, None) => Err(record.problem(
            name_column,
            "Indicator Name",
            no_scale(record.get(name_column), first),
        )),
    }
}

/// Why a file without a stated scale needs `--scale`, with its first figure read both
/// ways so that the user can tell which is right.
fn no_scale(indicator: &str, (period, raw): (&str, &str)) -> String {
    let value: f64 = raw.parse().unwrap_or(0.0);
    format!(
        "the file does not state the scale of its figures (no Scale column, and the \
         indicator name {} names no Thousands, Millions or Billions): give --scale \
         units|thousands|millions|billions. Its first figure, {} in {period}, is USD {} bn \
         as units and USD {} bn as millions",
        quoted(indicator),
        quoted(raw),
        grouped(value / 1e9, 3),
        grouped(value / 1e3, 0)
    )
}

/// A number with `,` between thousands and `decimals` decimals: `2,466,848.948`.
pub(super) fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if fraction.is_empty() {
        format!("{sign}{out}")
    } else {
        format!("{sign}{out}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_read_from_words_and_powers_of_ten() {
        assert_eq!(Scale::parse("Millions"), Some(Scale::Millions));
        assert_eq!(Scale::parse(" units "), Some(Scale::Units));
        assert_eq!(Scale::parse("9"), Some(Scale::Billions));
        assert_eq!(Scale::parse("lots"), None);
        let name = "Goods, Value of Exports, Free on board (FOB), US Dollars";
        assert_eq!(Scale::in_name(name), None);
        assert_eq!(
            Scale::in_name(&format!("{name}, Millions")),
            Some(Scale::Millions)
        );
        assert_eq!(grouped(2_466_848.948, 3), "2,466,848.948");
        assert_eq!(grouped(999.0, 0), "999");
        assert_eq!(grouped(-1234.5, 1), "-1,234.5");
    }
}
