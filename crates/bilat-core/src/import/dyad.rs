//! Dyad-year sources (COW trade, UN votes, ATOP, and the multi-country Comtrade and GDELT
//! files): which pairs an import asks for, and the dataset folder each goes into.
//!
//! `--pair RUS,CHN` (or `Name:CODE,Name:CODE`) with `--into DIR` writes one folder;
//! `--pairs "RUS-CHN,RUS-IND"` or `--country RUS` with `--into-library DIR` writes one folder
//! per pair, named like `rus-chn`, made as `bilat new` makes one when new and merged by the
//! re-import rules when present.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::data::Country;

use super::cow::codes;

/// A country by ISO code, with the name a new folder's manifest gives it.
pub fn country(code: &str) -> Country {
    // Where one COW number has two ISO codes, or two numbers one ISO code, COW's name
    // would be the wrong one's (345 is named Yugoslavia, 260 German Federal Republic).
    const NAMES: [(&str, &str); 4] = [
        ("SRB", "Serbia"),
        ("DEU", "Germany"),
        ("YEM", "Yemen"),
        ("RUS", "Russia"),
    ];
    let name = NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
        .or_else(|| codes::ccodes(code).into_iter().find_map(codes::name))
        .map_or_else(|| code.to_string(), str::to_string);
    Country {
        name,
        code: code.to_string(),
    }
}

fn iso(text: &str) -> Result<String, String> {
    let code = text.trim();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(format!(
            "expected an ISO 3166-1 alpha-3 code (three letters), found {code:?}"
        ))
    }
}

/// One pair: `RUS,CHN`, `RUS-CHN`, or `Russia:RUS,China:CHN`.
pub fn parse_pair(text: &str) -> Result<[Country; 2], String> {
    if text.contains(':') {
        return crate::library::new::parse_pair(text).map(|p| p.0);
    }
    let parts: Vec<&str> = text.split([',', '-']).collect();
    let [a, b] = parts.as_slice() else {
        return Err(format!("expected two codes as RUS,CHN, found {text:?}"));
    };
    let (a, b) = (iso(a)?, iso(b)?);
    if a == b {
        return Err(format!("the two countries share the code {a:?}"));
    }
    Ok([country(&a), country(&b)])
}

/// The pairs of `--pairs`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairs(pub Vec<[Country; 2]>);

/// `--pairs "RUS-CHN,RUS-IND"`.
pub fn parse_pairs(text: &str) -> Result<Pairs, String> {
    let pairs: Result<Vec<_>, _> = text
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| parse_pair(&p.replace('-', ",")))
        .collect();
    let pairs = pairs?;
    if pairs.is_empty() {
        return Err("expected pairs as RUS-CHN,RUS-IND".to_string());
    }
    Ok(Pairs(pairs))
}

/// `--country RUS`.
pub fn parse_country(text: &str) -> Result<String, String> {
    iso(text)
}

/// Which pairs to import and where.
#[derive(Debug, Clone)]
pub enum Selection {
    /// One pair into one folder.
    One { pair: [Country; 2], into: PathBuf },
    /// Named pairs, each into `library/a-b`.
    Pairs {
        pairs: Vec<[Country; 2]>,
        library: PathBuf,
    },
    /// Every partner of a country that the file holds, each into `library/a-b`.
    Country { code: String, library: PathBuf },
}

impl Selection {
    /// From the command line's flags; `None` names what is missing.
    pub fn from_flags(
        pair: Option<&[Country; 2]>,
        into: Option<&Path>,
        pairs: Option<&[[Country; 2]]>,
        country: Option<&str>,
        library: Option<&Path>,
    ) -> Result<Selection, String> {
        match (pair, into, pairs, country, library) {
            (Some(pair), Some(into), None, None, None) => Ok(Selection::One {
                pair: pair.clone(),
                into: into.to_path_buf(),
            }),
            (None, None, Some(pairs), None, Some(library)) => Ok(Selection::Pairs {
                pairs: pairs.to_vec(),
                library: library.to_path_buf(),
            }),
            (None, None, None, Some(code), Some(library)) => Ok(Selection::Country {
                code: code.to_string(),
                library: library.to_path_buf(),
            }),
            _ => Err(
                "give --pair CODE,CODE with --into DIR, or --pairs \"A-B,A-C\" or --country \
                      CODE with --into-library DIR"
                    .to_string(),
            ),
        }
    }

    /// The pairs and their folders; `seen` is every ISO code the file holds, for
    /// `--country`.
    pub fn targets(&self, seen: &BTreeSet<String>) -> Vec<([Country; 2], PathBuf)> {
        match self {
            Selection::One { pair, into } => vec![(pair.clone(), into.clone())],
            Selection::Pairs { pairs, library } => pairs
                .iter()
                .map(|p| (p.clone(), library.join(folder_name(p))))
                .collect(),
            Selection::Country { code, library } => seen
                .iter()
                .filter(|c| *c != code)
                .map(|partner| {
                    let pair = [country(code), country(partner)];
                    let dir = library.join(folder_name(&pair));
                    (pair, dir)
                })
                .collect(),
        }
    }
}

impl Selection {
    /// The countries whose rows matter: a reader may drop every row touching none of them
    /// (memory then grows with one country's partners, not the file).
    pub fn focus(&self) -> BTreeSet<String> {
        match self {
            Selection::One { pair, .. } => pair.iter().map(|c| c.code.clone()).collect(),
            Selection::Pairs { pairs, .. } => pairs
                .iter()
                .flat_map(|p| p.iter().map(|c| c.code.clone()))
                .collect(),
            Selection::Country { code, .. } => BTreeSet::from([code.clone()]),
        }
    }
}

/// A multi-pair file as read: the countries it holds and any pair's batch.
pub trait DyadFile {
    /// Every ISO code the file holds rows for (for `--country`: its partners and itself).
    fn countries(&self) -> BTreeSet<String>;
    /// The pair's rows; an error naming the nearest codes seen if the file never holds it.
    fn batch(&self, pair: &[Country; 2]) -> Result<super::Batch, super::ImportError>;
}

/// `rus-chn`.
pub fn folder_name(pair: &[Country; 2]) -> String {
    format!(
        "{}-{}",
        pair[0].code.to_ascii_lowercase(),
        pair[1].code.to_ascii_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_in_every_spelling() {
        let p = parse_pair("RUS,CHN").unwrap();
        assert_eq!((p[0].code.as_str(), p[1].code.as_str()), ("RUS", "CHN"));
        assert_eq!(p[0].name, "Russia");
        assert_eq!(parse_pair("rus-chn").unwrap(), p);
        assert_eq!(parse_pair("Russia:RUS,China:CHN").unwrap(), p);
        let many = parse_pairs("RUS-CHN,RUS-IND").unwrap().0;
        assert_eq!(folder_name(&many[1]), "rus-ind");
        assert!(parse_pair("RUS").is_err() && parse_pair("RUS,RUS").is_err());
    }
}
