//! `bilat import atop FILE`: ATOP alliance obligations, directed dyad-years
//! (`atop5_1ddyr.csv`), into the indicators table: defence, offence, neutrality,
//! non-aggression and consultation, each per direction (a row `stateA`, `stateB` codes A's
//! commitment toward B, which differs from B's toward A in some rows). ATOP lists only
//! allied dyad-years: a year the pair is not listed, from its first listed year to 2018,
//! is 0 (no alliance); after 2018 it is unknown and not written. Columns are matched by
//! name, ignoring case. Streamed; only the rows of the countries asked for are kept.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::data::{Country, Problem, TableId, quoted, sanitize};
use crate::import::cow::codes;
use crate::import::stream;
use crate::import::{Batch, ImportError, ImportedRow, IndicatorEntry, SourceEntry, Tally};

pub const TAG: &str = "atop";

/// ATOP's coverage ends here: later years are unknown, not 0.
pub const LAST_YEAR: i32 = 2018;

/// The obligations, column and words.
const OBLIGATIONS: [(&str, &str, &str); 5] = [
    ("defense", "defence", "defend"),
    ("offense", "offence", "join in offence"),
    ("neutral", "neutrality", "stay neutral"),
    ("nonagg", "non-aggression", "not attack"),
    ("consul", "consultation", "consult"),
];

/// One direction's flags that year, and `atopally`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Flags {
    obligations: [u8; 5],
    ally: u8,
}

#[derive(Debug)]
pub struct Atop {
    label: String,
    title: String,
    /// By ISO pair (sorted), then year: `[first → second, second → first]`.
    pairs: BTreeMap<[String; 2], BTreeMap<i32, [Option<Flags>; 2]>>,
    countries: BTreeSet<String>,
    seen: BTreeSet<u16>,
    tally: Tally,
}

pub fn read(path: &Path, focus: &BTreeSet<String>) -> Result<Atop, ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut pairs: BTreeMap<[String; 2], BTreeMap<i32, [Option<Flags>; 2]>> = BTreeMap::new();
    let mut countries = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut tally = Tally::default();
    stream::read(
        path,
        |h| {
            let layout = "ATOP's directed dyad-year file";
            let mut flags = [0usize; 5];
            for (i, (column, _, _)) in OBLIGATIONS.iter().enumerate() {
                flags[i] = h.require(&[column], layout)?;
            }
            Ok((
                [
                    h.require(&["stateA"], layout)?,
                    h.require(&["stateB"], layout)?,
                ],
                h.require(&["year"], layout)?,
                flags,
                h.find(&["atopally"]),
            ))
        },
        |(states, year_at, flag_at, ally_at), r| {
            tally.read += 1;
            let a = r.ccode(states[0], "stateA")?;
            let b = r.ccode(states[1], "stateB")?;
            let year = i32::try_from(r.whole(*year_at, "year")?).unwrap_or(0);
            seen.insert(a);
            seen.insert(b);
            let (Some(ia), Some(ib)) = (codes::iso3(a, year), codes::iso3(b, year)) else {
                tally.skip("rows of a COW state without an ISO code", || r.place());
                return Ok(());
            };
            if !focus.contains(ia) && !focus.contains(ib) {
                return Ok(());
            }
            if ia == ib {
                tally.skip("rows pairing two codes of one country", || r.place());
                return Ok(());
            }
            let flag = |at: usize, name: &str| -> Result<u8, Problem> {
                let raw = r.get(at);
                match raw.as_ref() {
                    "0" | "" => Ok(0),
                    "1" => Ok(1),
                    _ => {
                        Err(r.problem(at, name, format!("expected 0 or 1, found {}", quoted(&raw))))
                    }
                }
            };
            let mut obligations = [0u8; 5];
            for (i, (column, _, _)) in OBLIGATIONS.iter().enumerate() {
                obligations[i] = flag(flag_at[i], column)?;
            }
            let ally = match ally_at {
                Some(at) => flag(*at, "atopally")?,
                None => 1,
            };
            countries.insert(ia.to_string());
            countries.insert(ib.to_string());
            let mut key = [ia.to_string(), ib.to_string()];
            key.sort();
            let direction = usize::from(key[0] != ia);
            let slot = &mut pairs
                .entry(key)
                .or_default()
                .entry(year)
                .or_insert([None, None])[direction];
            let flags = Flags { obligations, ally };
            match slot {
                None => {
                    *slot = Some(flags);
                    tally.kept += 1;
                }
                // Two COW numbers of one country (255 and 260) in one year: an obligation
                // under either is in force.
                Some(old) => {
                    for (o, n) in old.obligations.iter_mut().zip(flags.obligations) {
                        *o = (*o).max(n);
                    }
                    old.ally = old.ally.max(flags.ally);
                    tally.skip("rows of a direction already given under another COW number (flags combined)", || r.place());
                }
            }
            Ok(())
        },
    )?;
    Ok(Atop {
        title: format!("Alliance Treaty Obligations and Provisions, directed dyad-years ({name})"),
        label,
        pairs,
        countries,
        seen,
        tally,
    })
}

/// `atop-defense-rus-chn`: `from`'s obligation toward `to`.
fn indicator(obligation: usize, from: &Country, to: &Country) -> IndicatorEntry {
    let (column, noun, verb) = OBLIGATIONS[obligation];
    IndicatorEntry {
        id: format!(
            "atop-{column}-{}-{}",
            from.code.to_ascii_lowercase(),
            to.code.to_ascii_lowercase()
        ),
        name: format!("ATOP {noun}: {} to {}", from.name, to.name),
        unit: "0/1 obligation in force".into(),
        range: Some([0.0, 1.0]),
        higher: format!(
            "1: {} is bound to {verb} ({} toward {})",
            from.name, noun, to.name
        ),
    }
}

impl crate::import::dyad::DyadFile for Atop {
    fn countries(&self) -> BTreeSet<String> {
        self.countries.clone()
    }

    fn batch(&self, pair: &[Country; 2]) -> Result<Batch, ImportError> {
        let mut key = [pair[0].code.clone(), pair[1].code.clone()];
        key.sort();
        let Some(years) = self.pairs.get(&key) else {
            let wanted: Vec<u16> = pair.iter().flat_map(|c| codes::ccodes(&c.code)).collect();
            return Err(ImportError::Problem(Problem::in_file(
                &self.label,
                format!(
                    "no rows for the pair {}-{} (COW {}): ATOP lists no alliance between them; \
                     the codes seen nearest are {}",
                    pair[0].code,
                    pair[1].code,
                    wanted
                        .iter()
                        .map(u16::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    codes::nearest_seen(&wanted, &self.seen, 4)
                ),
            )));
        };
        let first_year = years.keys().next().copied().unwrap_or(LAST_YEAR);
        let last_year = years
            .keys()
            .next_back()
            .copied()
            .unwrap_or(LAST_YEAR)
            .max(LAST_YEAR);
        let mut rows = Vec::new();
        let mut indicators = Vec::new();
        // Directions in the pair's order: first → second, then second → first.
        for (from, to) in [(0usize, 1usize), (1, 0)] {
            let slot = usize::from(key[0] != pair[from].code);
            for obligation in 0..OBLIGATIONS.len() {
                let entry = indicator(obligation, &pair[from], &pair[to]);
                for year in first_year..=last_year {
                    let mut row = ImportedRow::default();
                    row.set("period", year.to_string());
                    row.set("indicator", entry.id.clone());
                    row.set("source_ids", TAG);
                    match years.get(&year) {
                        Some(both) => match both[slot] {
                            Some(flags) => {
                                row.set("value", flags.obligations[obligation].to_string());
                                if flags.ally == 1 && flags.obligations == [0; 5] {
                                    row.set("note", "allied (atopally 1), but none of the five obligations is flagged");
                                }
                            }
                            None => row.set(
                                "note",
                                format!(
                                    "ATOP lists {} toward {} this year but not this direction",
                                    pair[to].name, pair[from].name
                                ),
                            ),
                        },
                        None if year <= LAST_YEAR => {
                            row.set("value", "0");
                            row.set("note", "not listed in ATOP: no alliance that year");
                        }
                        None => continue,
                    }
                    rows.push(row);
                }
                indicators.push(entry);
            }
        }
        let mut tally = self.tally.clone();
        tally.kept = years.len();
        Ok(Batch {
            source: SourceEntry {
                tag: TAG,
                publisher: "Leeds et al., Alliance Treaty Obligations and Provisions (ATOP)".into(),
                title: self.title.clone(),
                year: None,
            },
            table: TableId::Indicators,
            rows,
            series: Vec::new(),
            indicators,
            tally,
        })
    }
}
