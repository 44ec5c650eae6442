//! A UN Comtrade download of several reporters by all partners, into a dataset per pair
//! (`--pairs`, or `--country` with `--into-library`): each pair's batch is what
//! `bilat import comtrade` makes of the files for that pair, both reporters' mirror series
//! included. Partner World (`W00`), areas "n.e.s." (`_X `, `E19`) and other groupings
//! (`X1 ` bunkers: any code that is not three capital letters) never become datasets: they
//! are skipped and counted.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::data::Country;

use super::input::{self, Header};
use super::{Batch, ImportError, Tally, comtrade};

/// The files, and the countries paired in them with the ones asked for.
pub struct ComtradeMany {
    files: Vec<PathBuf>,
    countries: BTreeSet<String>,
    skipped: Tally,
}

/// Whether a Comtrade partner or reporter is a country: not World, not an area "n.e.s.",
/// not a grouping.
pub fn is_country(iso: &str, desc: &str) -> bool {
    let lower = desc.to_ascii_lowercase();
    iso.len() == 3
        && iso.bytes().all(|b| b.is_ascii_uppercase())
        && iso != "W00"
        && !lower.contains("n.e.s")
        && !lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "nes")
}

pub fn read(files: &[PathBuf], focus: &BTreeSet<String>) -> Result<ComtradeMany, ImportError> {
    let mut countries = BTreeSet::new();
    let mut skipped = Tally::default();
    for path in files {
        input::read(
            path,
            |header: &Header, line| {
                let need = |c| header.require(c, line, "a UN Comtrade final-data CSV");
                Ok((
                    need("reporterISO")?,
                    need("reporterDesc")?,
                    need("partnerISO")?,
                    need("partnerDesc")?,
                ))
            },
            |&(reporter, reporter_desc, partner, partner_desc), record| {
                skipped.read += 1;
                let raw = |i: usize| record.fields.get(i).unwrap_or("");
                let (r, p) = (raw(reporter).trim(), raw(partner));
                if !focus.contains(r) && !focus.contains(p.trim()) {
                    return Ok(());
                }
                let (other, desc) = if focus.contains(r) {
                    (p, raw(partner_desc))
                } else {
                    (raw(reporter), raw(reporter_desc))
                };
                // Codes are compared untrimmed: `X1 ` and `_X ` end in a space.
                if other == "W00" {
                    skipped.skip("rows with partner World (W00)", || record.place());
                } else if !is_country(other, desc) {
                    skipped.skip(
                        "rows of areas n.e.s. and groupings (E19, X1, _X, ...)",
                        || record.place(),
                    );
                } else {
                    skipped.kept += 1;
                    countries.insert(r.to_string());
                    countries.insert(other.to_string());
                }
                Ok(())
            },
        )?;
    }
    Ok(ComtradeMany {
        files: files.to_vec(),
        countries,
        skipped,
    })
}

impl super::dyad::DyadFile for ComtradeMany {
    fn countries(&self) -> BTreeSet<String> {
        self.countries.clone()
    }

    fn batch(&self, pair: &[Country; 2]) -> Result<Batch, ImportError> {
        let mut batch = comtrade::read(&self.files, pair)?;
        for skip in &self.skipped.skipped {
            if !batch.tally.skipped.iter().any(|s| s.reason == skip.reason) {
                batch.tally.skipped.push(skip.clone());
            }
        }
        Ok(batch)
    }
}

/// Said once for a library import: how many rows were not countries.
pub fn summary(many: &ComtradeMany) -> Option<String> {
    let line = many.skipped.skipped_line()?;
    Some(format!("skipped, never a dataset: {line}"))
}
