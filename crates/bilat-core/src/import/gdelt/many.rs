//! `bilat import gdelt-monthly RESULT --country RUS --into-library DIR` (or `--pairs`): a
//! query result holding every partner's months, with the columns `country` and `partner`
//! (CAMEO country codes) besides the cooperation table's, into a dataset per pair. Each
//! pair's rows are read by the same rules as a one-pair result ([`super::monthly::read`]);
//! counts are of events in either direction, so `RUS,CHN` and `CHN,RUS` rows are one pair.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Country, Problem, Problems, sanitize};
use crate::import::{Batch, ImportError, Tally};

pub struct MonthlyMany {
    label: String,
    source: String,
    /// The result's header without `country` and `partner`, and each pair's lines.
    header: Vec<String>,
    pairs: BTreeMap<[String; 2], Vec<Vec<String>>>,
    /// Rows of a CAMEO region rather than a country, skipped and counted.
    skipped: crate::import::Tally,
}

/// Said once for a library import: how many rows were of regions, not countries.
pub fn summary(many: &MonthlyMany) -> Option<String> {
    Some(format!("skipped {}", many.skipped.skipped_line()?))
}

pub fn read(
    label: &str,
    input: impl std::io::Read,
    source: &str,
    focus: &BTreeSet<String>,
) -> Result<MonthlyMany, ImportError> {
    let fail = |message: String| ImportError::Problem(Problem::in_file(label, message));
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| fail(format!("not a CSV file: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let at = |c: &str| names.iter().position(|n| n == c);
    let (Some(country), Some(partner)) = (at("country"), at("partner")) else {
        return Err(fail(
            "--country and --pairs need a result with the columns country and partner (the \
             partners' query); this one has neither: import it with --pair and --into"
                .to_string(),
        ));
    };
    let header: Vec<String> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != country && *i != partner)
        .map(|(_, n)| n.clone())
        .collect();
    let mut pairs: BTreeMap<[String; 2], Vec<Vec<String>>> = BTreeMap::new();
    let mut skipped = crate::import::Tally::default();
    for (line, record) in (2..).zip(reader.records()) {
        let record = record.map_err(|e| fail(format!("not valid CSV: {e}")))?;
        let a = record.get(country).unwrap_or("").trim().to_string();
        let b = record.get(partner).unwrap_or("").trim().to_string();
        if !focus.contains(&a) && !focus.contains(&b) || a == b {
            continue;
        }
        if let Some(region) = [&a, &b].into_iter().find(|c| super::is_region(c)) {
            let at = || format!("{label}:{line}: {}", sanitize(region));
            skipped.skip(
                "rows of CAMEO regions, not countries (AFR, EUR, WST, ...)",
                at,
            );
            continue;
        }
        let mut key = [a, b];
        key.sort();
        let row = record
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != country && *i != partner)
            .map(|(_, f)| f.to_string())
            .collect();
        pairs.entry(key).or_default().push(row);
    }
    Ok(MonthlyMany {
        label: label.to_string(),
        source: source.to_string(),
        header,
        pairs,
        skipped,
    })
}

impl crate::import::dyad::DyadFile for MonthlyMany {
    fn countries(&self) -> BTreeSet<String> {
        self.pairs.keys().flat_map(|k| k.iter().cloned()).collect()
    }

    fn batch(&self, pair: &[Country; 2]) -> Result<Batch, ImportError> {
        let mut key = [pair[0].code.clone(), pair[1].code.clone()];
        key.sort();
        let Some(rows) = self.pairs.get(&key) else {
            let seen: Vec<String> = self.countries().into_iter().take(8).collect();
            return Err(ImportError::Problem(Problem::in_file(
                &self.label,
                format!(
                    "no months for {}-{} in the result; countries seen: {}",
                    key[0],
                    key[1],
                    sanitize(&seen.join(", "))
                ),
            )));
        };
        let mut text = csv::Writer::from_writer(Vec::new());
        let written = text
            .write_record(&self.header)
            .and_then(|()| rows.iter().try_for_each(|r| text.write_record(r)));
        written.map_err(|e| ImportError::Problem(Problem::in_file(&self.label, e.to_string())))?;
        let bytes = text
            .into_inner()
            .map_err(|e| ImportError::Problem(Problem::in_file(&self.label, e.to_string())))?;
        let label = format!("{} ({}-{})", self.label, key[0], key[1]);
        let mut months = super::monthly::read(&label, bytes.as_slice(), &self.source)
            .map_err(|p: Problems| ImportError::Problems(p))?;
        for month in &mut months {
            month.citation.source_text.clear();
        }
        let tally = Tally {
            read: rows.len(),
            kept: months.len(),
            skipped: self.skipped.skipped.clone(),
            ..Tally::default()
        };
        Ok(super::batch(&months, self.source.clone(), tally))
    }
}
