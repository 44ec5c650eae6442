//! Counting events into months as lines are read, and the months as table rows.

use std::collections::BTreeMap;

use super::line::{BadField, Fields};
use crate::data::{Citation, CooperationMonth, Month, Quality};

/// Two CAMEO country codes (`RUS`, `CHN`): the pair kept, in either direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair(pub [[u8; 3]; 2]);

/// One 3-letter CAMEO country code in capitals (`RUS`), as the actor columns hold it; a
/// 2-letter code is told it is FIPS, the `*Geo_CountryCode` columns' kind. Nothing else passes,
/// so a code is safe to write into a query as it is.
pub fn parse_code(text: &str) -> Result<[u8; 3], String> {
    let bytes = text.trim().as_bytes();
    if let [a, b, c] = *bytes
        && bytes.iter().all(u8::is_ascii_uppercase)
    {
        return Ok([a, b, c]);
    }
    let hint = if bytes.len() == 2 {
        " (a 2-letter code is FIPS, as in GDELT's *Geo_CountryCode columns; the actor \
         columns use CAMEO's 3-letter codes)"
    } else {
        ""
    };
    Err(format!(
        "expected a 3-letter CAMEO country code in capitals like RUS, found {:?}{hint}",
        crate::data::sanitize(text.trim())
    ))
}

impl Pair {
    /// `RUS,CHN`: two different 3-letter CAMEO country codes.
    pub fn parse(text: &str) -> Result<Pair, String> {
        let codes: Vec<&str> = text.split(',').map(str::trim).collect();
        match codes.as_slice() {
            [a, b] => {
                let pair = [parse_code(a)?, parse_code(b)?];
                if pair[0] == pair[1] {
                    return Err(format!("expected two different countries, found {a} twice"));
                }
                Ok(Pair(pair))
            }
            _ => Err(format!(
                "expected two codes separated by a comma, like RUS,CHN, found {:?}",
                crate::data::sanitize(text)
            )),
        }
    }

    /// `RUS–CHN` with the given dash.
    pub fn label(&self, dash: &str) -> String {
        let [a, b] = self.0.map(|c| String::from_utf8_lossy(&c).into_owned());
        format!("{a}{dash}{b}")
    }
}

/// One month's running sums. Sums in f64 are exact for GDELT's one- and few-decimal values
/// far beyond any month's count.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct MonthSums {
    events: u64,
    quad: [u64; 4],
    goldstein: f64,
    tone: f64,
    all_events: u64,
}

/// Rows of the pair skipped for a bad field: how many, and the first, located.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Skipped {
    pub rows: u64,
    /// The line and the bad field of the first.
    pub first: Option<(u64, BadField)>,
}

/// What one file (or several, merged) held.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    months: BTreeMap<(i32, u8), MonthSums>,
    /// Every event row read.
    pub rows: u64,
    /// Rows of the pair counted.
    pub pair_rows: u64,
    pub skipped: Skipped,
}

impl Tally {
    /// Counts one event line at `line`: every row in its month's total, the pair's rows
    /// in the pair's counts, unless one of their fields is bad.
    pub fn count(&mut self, fields: &Fields<'_>, pair: &Pair, line: u64) -> Result<(), BadField> {
        let month = fields.month()?;
        self.rows += 1;
        let sums = self.months.entry(month).or_default();
        sums.all_events += 1;
        if !fields.is_pair(&pair.0) {
            return Ok(());
        }
        let read = fields
            .quad_class()
            .and_then(|q| Ok((q, fields.goldstein()?, fields.tone()?)));
        match read {
            Ok((quad, goldstein, tone)) => {
                sums.events += 1;
                sums.quad[usize::from(quad - 1)] += 1;
                sums.goldstein += goldstein;
                sums.tone += tone;
                self.pair_rows += 1;
            }
            Err(bad) => {
                self.skipped.rows += 1;
                self.skipped.first.get_or_insert((line, bad));
            }
        }
        Ok(())
    }

    /// Adds another file's tally (the skipped example kept is this one's, if any).
    pub fn merge(&mut self, other: Tally) {
        for (month, s) in other.months {
            let sums = self.months.entry(month).or_default();
            sums.events += s.events;
            for (q, o) in sums.quad.iter_mut().zip(s.quad) {
                *q += o;
            }
            sums.goldstein += s.goldstein;
            sums.tone += s.tone;
            sums.all_events += s.all_events;
        }
        self.rows += other.rows;
        self.pair_rows += other.pair_rows;
        self.skipped.rows += other.skipped.rows;
        if self.skipped.first.is_none() {
            self.skipped.first = other.skipped.first;
        }
    }

    /// Every month the files hold events for, the pair's or not, citing `source_text`.
    /// Means are rounded to 4 decimals; a month without the pair's events has none.
    pub fn months(&self, source_text: &str) -> Vec<CooperationMonth> {
        let narrow = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        let mean = |sum: f64, n: u64| (n > 0).then(|| round4(sum / n as f64));
        self.months
            .iter()
            .map(|(&(year, month), s)| CooperationMonth {
                month: Month { year, month },
                events: narrow(s.events),
                quad: s.quad.map(narrow),
                goldstein_mean: mean(s.goldstein, s.events),
                tone_mean: mean(s.tone, s.events),
                all_events: Some(narrow(s.all_events)),
                quality: Quality::Firm,
                note: String::new(),
                citation: Citation {
                    source_indices: Vec::new(),
                    source_text: source_text.to_string(),
                },
            })
            .collect()
    }
}

/// To 4 decimals, the precision the table keeps (and -0 as 0).
pub fn round4(x: f64) -> f64 {
    let r = (x * 10_000.0).round() / 10_000.0;
    if r == 0.0 { 0.0 } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_two_cameo_codes() {
        assert_eq!(Pair::parse("RUS,CHN"), Ok(Pair([*b"RUS", *b"CHN"])));
        assert!(Pair::parse("RS,CH").unwrap_err().contains("FIPS"));
        assert!(Pair::parse("RUS").is_err());
        assert!(Pair::parse("RUS,RUS").is_err());
        assert!(Pair::parse("rus,chn").is_err());
    }
}
