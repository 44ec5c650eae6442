//! The IMF's trade by partner (Direction of Trade Statistics, now IMTS) in its wide bulk
//! CSV: `Country Name, Country Code, Indicator Name, Indicator Code, Counterpart Country
//! Name, Counterpart Country Code, Attribute`, then one column per period (`2019`,
//! `2019Q1`, `2019M01`). One trade series per reporter, as the IMF gives each country's
//! exports (TXG_FOB_USD) to and imports (TMG_CIF_USD) from the other.
//!
//! Countries are coded by the IMF's own numbers, not ISO: [`CODES`] maps the common ones,
//! and `--imf-code ISO=NNN` adds or overrides one. Only `Attribute` Value rows hold
//! figures (Status rows hold flags). A year is its annual column, or the sum of all its
//! months or quarters when each one is there.

use std::path::PathBuf;

use crate::data::{Country, Problem, quoted};

use super::input::{self, Header, Record};
use super::scale::{Scale, row_scale, scale_column};
use super::years::{Figure, Figures, Flow, MirrorSource, Part};
use super::{Batch, ImportError, Tally, possessive};

/// What every imported row's `source_ids` cites.
pub const TAG: &str = "imf";

const LAYOUT: &str = "the IMF trade-by-partner CSV";

/// IMF numeric country codes (ISO 3166-1 alpha-3, IMF code) for common countries, as listed
/// in the countrycode R package's dictionary (vincentarelbundock/countrycode,
/// `dictionary/data_imf.csv`: Russian Federation 922, China 924, India 534, ...).
pub const CODES: &[(&str, &str)] = &[
    ("AFG", "512"),
    ("ARE", "466"),
    ("ARG", "213"),
    ("AUS", "193"),
    ("BGD", "513"),
    ("BLR", "913"),
    ("BRA", "223"),
    ("CAN", "156"),
    ("CHN", "924"),
    ("DEU", "134"),
    ("EGY", "469"),
    ("FRA", "132"),
    ("GBR", "112"),
    ("IDN", "536"),
    ("IND", "534"),
    ("IRN", "429"),
    ("ISR", "436"),
    ("ITA", "136"),
    ("JPN", "158"),
    ("KAZ", "916"),
    ("KOR", "542"),
    ("LKA", "524"),
    ("MEX", "273"),
    ("MMR", "518"),
    ("MNG", "948"),
    ("MYS", "548"),
    ("NPL", "558"),
    ("PAK", "564"),
    ("PHL", "566"),
    ("RUS", "922"),
    ("SAU", "456"),
    ("SGP", "576"),
    ("THA", "578"),
    ("TUR", "186"),
    ("UKR", "926"),
    ("USA", "111"),
    ("VNM", "582"),
    ("ZAF", "199"),
];

/// Reads `--imf-code ISO=NNN`, for clap.
pub fn parse_code(text: &str) -> Result<(String, String), String> {
    let (iso, code) = text
        .split_once('=')
        .ok_or_else(|| format!("expected ISO=NNN (e.g. PRK=954), found {text:?}"))?;
    let (iso, code) = (iso.trim(), code.trim());
    if iso.len() != 3 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!(
            "expected an ISO 3166-1 alpha-3 code before '=', found {iso:?}"
        ));
    }
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "expected the IMF's numeric code after '=', found {code:?}"
        ));
    }
    Ok((iso.to_string(), code.to_string()))
}

/// The IMF code of each country of the pair: an override, else [`CODES`].
fn pair_codes(
    countries: &[Country; 2],
    overrides: &[(String, String)],
) -> Result<[String; 2], Problem> {
    let code = |c: &Country| {
        overrides
            .iter()
            .rev()
            .find(|(iso, _)| *iso == c.code)
            .map(|(_, n)| n.clone())
            .or_else(|| {
                CODES
                    .iter()
                    .find(|(iso, _)| *iso == c.code)
                    .map(|(_, n)| n.to_string())
            })
            .ok_or_else(|| {
                Problem::in_file(
                    "--imf-code",
                    format!(
                        "no IMF country code known for {} ({}): give it as --imf-code {}=NNN",
                        c.name, c.code, c.code
                    ),
                )
            })
    };
    Ok([code(&countries[0])?, code(&countries[1])?])
}

/// The columns read, and each period column's place.
struct Columns {
    country: usize,
    indicator_name: usize,
    indicator: usize,
    counterpart: usize,
    attribute: usize,
    /// A column stating each row's scale, and its name, if the header has one.
    scale: Option<(usize, String)>,
    /// (field index, name, year, part of the year).
    periods: Vec<(usize, String, i32, Part)>,
}

impl Columns {
    fn find(header: &Header, line: u64) -> Result<Columns, Problem> {
        let need = |name| header.require(name, line, LAYOUT);
        need("Country Name")?;
        need("Counterpart Country Name")?;
        let columns = Columns {
            country: need("Country Code")?,
            indicator_name: need("Indicator Name")?,
            indicator: need("Indicator Code")?,
            counterpart: need("Counterpart Country Code")?,
            attribute: need("Attribute")?,
            scale: scale_column(header),
            periods: header
                .names
                .iter()
                .enumerate()
                .filter_map(|(i, name)| period(name).map(|(y, p)| (i, name.clone(), y, p)))
                .collect(),
        };
        if columns.periods.is_empty() {
            return Err(Problem {
                file: header.label.clone(),
                location: crate::data::Location::Line(line),
                field: None,
                message: format!(
                    "no period columns: {LAYOUT} has one column per period, named 2019, \
                     2019Q1 or 2019M01"
                ),
            });
        }
        Ok(columns)
    }
}

/// A period column's name: `2019`, `2019Q1`, `2019M01` (or `2019M1`).
fn period(name: &str) -> Option<(i32, Part)> {
    let year: i32 = name.get(..4)?.parse().ok()?;
    if !(1900..=2200).contains(&year) || !name.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let rest = &name[4..];
    let number = |s: &str| {
        s.parse::<u8>()
            .ok()
            .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
    };
    if rest.is_empty() {
        return Some((year, Part::Year));
    }
    match rest.split_at_checked(1) {
        Some(("Q", q)) => number(q)
            .filter(|q| (1..=4).contains(q))
            .map(|q| (year, Part::Quarter(q))),
        Some(("M", m)) => number(m)
            .filter(|m| (1..=12).contains(m))
            .map(|m| (year, Part::Month(m))),
        _ => None,
    }
}

/// Reads the files for the pair `countries`. `scale` is `--scale`: the scale of figures in
/// rows that state none.
pub fn read(
    files: &[PathBuf],
    countries: &[Country; 2],
    overrides: &[(String, String)],
    scale: Option<Scale>,
) -> Result<Batch, ImportError> {
    let codes = pair_codes(countries, overrides).map_err(ImportError::Problem)?;
    let mut tally = Tally::default();
    let mut figures = Figures::default();
    let mut seen: Vec<String> = Vec::new();
    for path in files {
        input::read(path, Columns::find, |columns, record| {
            tally.read += 1;
            let row = Row {
                codes: &codes,
                scale,
            };
            if read_row(columns, record, &row, &mut figures, &mut tally)? {
                tally.kept += 1;
            } else {
                let code = record.get(columns.country);
                if !code.is_empty() && !seen.iter().any(|s| s == code) && seen.len() < 10 {
                    seen.push(code.to_string());
                }
            }
            Ok(())
        })?;
    }
    let reporters = figures.reporters();
    if reporters.is_empty() {
        let seen: Vec<String> = seen.iter().map(|s| quoted(s)).collect();
        return Err(ImportError::Problem(Problem::in_file(
            &super::comtrade::files_label(files),
            format!(
                "no exports or imports between {} (IMF code {}) and {} (IMF code {}) in the \
                 files; country codes seen: {} (use --imf-code ISO=NNN if a code differs)",
                countries[0].name,
                codes[0],
                countries[1].name,
                codes[1],
                if seen.is_empty() {
                    "none".into()
                } else {
                    seen.join(", ")
                }
            ),
        )));
    }
    let source = MirrorSource {
        tag: TAG,
        publisher: "International Monetary Fund",
        title: format!(
            "Trade by partner (DOTS), bulk CSV ({})",
            super::comtrade::files_label(files)
        ),
        label: "IMF",
        name: &|country| format!("IMF trade by partner: {} figures", possessive(country)),
        basis: "exports FOB, imports CIF, as the IMF gives them",
        lead: "IMF trade by partner",
        flows: "exports (TXG_FOB_USD) and imports (TMG_CIF_USD)",
    };
    Ok(source.batch(countries, &figures, tally, |i| {
        format!("IMF code {}", codes[i])
    }))
}

/// What every row is read with: the pair's IMF codes and `--scale`.
struct Row<'a> {
    codes: &'a [String; 2],
    scale: Option<Scale>,
}

/// Reads one row's figures into `figures`; whether it was kept.
fn read_row(
    c: &Columns,
    record: &Record<'_>,
    with: &Row<'_>,
    figures: &mut Figures,
    tally: &mut Tally,
) -> Result<bool, Problem> {
    let mut skip = |reason: &str| {
        tally.skip(reason, || record.place());
        Ok(false)
    };
    if record.get(c.attribute) != "Value" {
        return skip("Status rows (Attribute not Value)");
    }
    let flow = match record.get(c.indicator) {
        "TXG_FOB_USD" => Flow::Exports,
        "TMG_CIF_USD" => Flow::Imports,
        _ => return skip("rows of other indicators (not TXG_FOB_USD or TMG_CIF_USD)"),
    };
    let code = |i: usize| with.codes.iter().position(|c| c == record.get(i));
    let (Some(reporter), Some(partner)) = (code(c.country), code(c.counterpart)) else {
        return skip("rows of other countries");
    };
    if reporter == partner {
        return skip("rows of other countries");
    }
    let mut scale: Option<Scale> = None;
    for (index, name, year, part) in &c.periods {
        let (index, year, part) = (*index, *year, *part);
        let Some(value) = record.number(index, name, "US dollars")? else {
            continue;
        };
        if value < 0.0 {
            return Err(record.problem(
                index,
                name,
                format!("must not be negative, found {}", quoted(record.get(index))),
            ));
        }
        let scale = match scale {
            Some(scale) => scale,
            None => {
                let first = (name.as_str(), record.get(index));
                let found = row_scale(
                    record,
                    c.scale.as_ref(),
                    c.indicator_name,
                    with.scale,
                    first,
                )?;
                *scale.insert(found)
            }
        };
        let usd = value * scale.dollars();
        if let Some(why) = crate::data::implausible_usd_bn(usd / 1e9) {
            return Err(record.problem(
                index,
                name,
                format!(
                    "{} read as {}: {why}{}",
                    quoted(record.get(index)),
                    scale.name(),
                    if with.scale.is_some() {
                        "; is --scale right?"
                    } else {
                        ""
                    }
                ),
            ));
        }
        let figure = Figure {
            reporter,
            year,
            flow,
            part,
            usd,
        };
        figures.add(figure, record, (index, name))?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_columns_are_years_quarters_and_months() {
        assert_eq!(period("2019"), Some((2019, Part::Year)));
        assert_eq!(period("2019Q4"), Some((2019, Part::Quarter(4))));
        assert_eq!(period("2019M01"), Some((2019, Part::Month(1))));
        assert_eq!(period("2019M12"), Some((2019, Part::Month(12))));
        for other in [
            "2019Q5",
            "2019M13",
            "2019M",
            "Attribute",
            "",
            "20x9",
            "2019Q1x",
            "2019é",
        ] {
            assert_eq!(period(other), None, "{other}");
        }
    }

    #[test]
    fn imf_codes_are_read_as_iso_and_number() {
        assert_eq!(parse_code("PRK=954"), Ok(("PRK".into(), "954".into())));
        assert!(parse_code("prk=954").is_err());
        assert!(parse_code("PRK").is_err());
    }
}
