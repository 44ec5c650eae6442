//! `bilat import unga FILE`: the dyadic agreement file (`AgreementScoresAll_<MonYYYY>.csv`)
//! into the indicators table, per year: agreement (1 same vote, 0.5 an abstention against
//! yes or no, 0 yes against no; the session mean), the ideal-point distance and each side's
//! votes cast. Both orders of a pair are in the file: one is kept, and the other must agree
//! with it. Streamed, keeping only the rows of the countries asked for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::data::{Country, Figure, Problem, TableId, quoted, sanitize};
use crate::import::cow::codes;
use crate::import::stream;
use crate::import::{Batch, ImportError, ImportedRow, IndicatorEntry, SourceEntry, Tally};

use super::{AGREEMENT_TAG, PUBLISHER, year_of};

/// One pair-session, oriented lower COW number first.
#[derive(Debug, Clone, PartialEq)]
struct Score {
    low: u16,
    high: u16,
    agree: Option<Figure>,
    distance: Option<Figure>,
    /// Votes cast by `low` and `high`.
    votes: [Option<Figure>; 2],
    line: u64,
}

struct Columns {
    session: Option<usize>,
    year: Option<usize>,
    ccode: [usize; 2],
    agree: usize,
    distance: Option<usize>,
    votes: [Option<usize>; 2],
}

#[derive(Debug)]
pub struct Agreement {
    label: String,
    title: String,
    year: Option<i32>,
    /// By ISO pair (sorted), then year.
    pairs: BTreeMap<[String; 2], BTreeMap<i32, Score>>,
    seen: BTreeSet<u16>,
    countries: BTreeSet<String>,
    tally: Tally,
}

pub fn read(path: &Path, focus: &BTreeSet<String>) -> Result<Agreement, ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut pairs: BTreeMap<[String; 2], BTreeMap<i32, Score>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut countries = BTreeSet::new();
    let mut tally = Tally::default();
    stream::read(
        path,
        |h| {
            let layout = "the UN agreement file";
            Ok(Columns {
                session: h.find(&["session.x", "session"]),
                year: h.find(&["year"]),
                ccode: [
                    h.require(&["ccode1"], layout)?,
                    h.require(&["ccode2"], layout)?,
                ],
                agree: h.require(&["agree"], layout)?,
                distance: h.find(&["IdealPointDistance", "idealpointdistance"]),
                votes: [
                    h.find(&["NVotes.x", "nvotes.x"]),
                    h.find(&["NVotes.y", "nvotes.y"]),
                ],
            })
            .and_then(|c| {
                if c.session.is_none() && c.year.is_none() {
                    Err(h.require(&["session.x"], layout).unwrap_err())
                } else {
                    Ok(c)
                }
            })
        },
        |c, r| {
            tally.read += 1;
            let a = r.ccode(c.ccode[0], "ccode1")?;
            let b = r.ccode(c.ccode[1], "ccode2")?;
            seen.insert(a);
            seen.insert(b);
            let year = match (c.year, c.session) {
                (Some(at), _) => i32::try_from(r.whole(at, "year")?).unwrap_or(0),
                (None, Some(at)) => year_of(i32::try_from(r.whole(at, "session.x")?).unwrap_or(0)),
                (None, None) => unreachable!("checked with the header"),
            };
            let (Some(ia), Some(ib)) = (codes::iso3(a, year), codes::iso3(b, year)) else {
                tally.skip("rows of a COW state without an ISO code", || r.place());
                return Ok(());
            };
            if ia == ib {
                tally.skip("rows pairing two codes of one country", || r.place());
                return Ok(());
            }
            if !focus.contains(ia) && !focus.contains(ib) {
                return Ok(());
            }
            countries.insert(ia.to_string());
            countries.insert(ib.to_string());
            let figure = |at: Option<usize>, name: &str| -> Result<Option<Figure>, Problem> {
                let Some(at) = at else { return Ok(None) };
                let raw = r.get(at);
                if raw.is_empty() || raw == "NA" {
                    return Ok(None);
                }
                Figure::parse(&raw).map(Some).map_err(|_| {
                    r.problem(
                        at,
                        name,
                        format!("expected a number or NA, found {}", quoted(&raw)),
                    )
                })
            };
            let agree = figure(Some(c.agree), "agree")?;
            if let Some(v) = agree
                && !(0.0..=1.0).contains(&v.value)
            {
                return Err(r.problem(
                    c.agree,
                    "agree",
                    format!("expected a share from 0 to 1, found {}", v.cell()),
                ));
            }
            let distance = figure(c.distance, "IdealPointDistance")?;
            let votes = [
                figure(c.votes[0], "NVotes.x")?,
                figure(c.votes[1], "NVotes.y")?,
            ];
            let (low, high, votes) = if a < b {
                (a, b, votes)
            } else {
                (b, a, [votes[1], votes[0]])
            };
            let score = Score {
                low,
                high,
                agree,
                distance,
                votes,
                line: r.line,
            };
            let mut key = [ia.to_string(), ib.to_string()];
            key.sort();
            let years = pairs.entry(key).or_default();
            match years.get(&year) {
                None => {
                    years.insert(year, score);
                    tally.kept += 1;
                }
                Some(first) if first.low == low && first.high == high => {
                    let same = first.agree == score.agree
                        && first.distance == score.distance
                        && first.votes == score.votes;
                    if !same {
                        return Err(r.problem(
                            c.agree,
                            "agree",
                            format!(
                                "the pair {low}-{high} in {year} disagrees with its other order on \
                                 line {}: both orders of a pair must give the same figures",
                                first.line
                            ),
                        ));
                    }
                    tally.skip(
                        "rows of a pair's second order, checked against the first",
                        || r.place(),
                    );
                }
                Some(first) => {
                    tally.skip(
                        "rows of a pair already given under another COW number",
                        || r.place(),
                    );
                    let _ = first;
                }
            }
            Ok(())
        },
    )?;
    Ok(Agreement {
        title: format!("Dyadic agreement scores by session ({name})"),
        year: super::year_in_name(&name),
        label,
        pairs,
        seen,
        countries,
        tally,
    })
}

fn indicators(pair: &[Country; 2]) -> [IndicatorEntry; 4] {
    let votes = |c: &Country| IndicatorEntry {
        id: format!("unga-votes-{}", c.code.to_ascii_lowercase()),
        name: format!("UN voting: votes cast by {}", c.name),
        unit: "votes".into(),
        range: None,
        higher: "more recorded votes that session".into(),
    };
    [
        IndicatorEntry {
            id: "unga-agree".into(),
            name: "UN voting: agreement".into(),
            unit: "share of votes 0-1".into(),
            range: Some([0.0, 1.0]),
            higher: "votes more alike (an abstention against yes or no counts half)".into(),
        },
        IndicatorEntry {
            id: "unga-agree-ip-distance".into(),
            name: "UN voting: ideal-point distance (agreement file)".into(),
            unit: super::IDEAL_UNIT.into(),
            range: None,
            higher: "further apart in UN General Assembly votes".into(),
        },
        votes(&pair[0]),
        votes(&pair[1]),
    ]
}

impl crate::import::dyad::DyadFile for Agreement {
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
                    "no rows for the pair {}-{} (COW {}); the codes seen nearest are {}",
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
        let entries = indicators(pair);
        let mut rows = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            for (&year, s) in years {
                let value = match i {
                    0 => s.agree,
                    1 => s.distance,
                    // Votes of pair[0] or pair[1]: which side of the oriented score it is.
                    _ => {
                        let who = &pair[i - 2].code;
                        let low_is = codes::iso3(s.low, year) == Some(who.as_str());
                        s.votes[if low_is { 0 } else { 1 }]
                    }
                };
                let mut row = ImportedRow::default();
                row.set("period", year.to_string());
                row.set("indicator", entry.id.clone());
                let mut notes: Vec<String> = [s.low, s.high]
                    .iter()
                    .filter_map(|&c| codes::lookup(c, year))
                    .filter(|c| !c.note.is_empty())
                    .map(|c| c.note.to_string())
                    .collect();
                match value {
                    Some(v) => row.set("value", v.cell()),
                    None => notes.push("NA in the file".to_string()),
                }
                row.set("note", notes.join("; "));
                row.set("source_ids", AGREEMENT_TAG);
                rows.push(row);
            }
        }
        let mut tally = self.tally.clone();
        tally.kept = years.len();
        Ok(Batch {
            source: SourceEntry {
                tag: AGREEMENT_TAG,
                publisher: PUBLISHER.into(),
                title: self.title.clone(),
                year: self.year,
            },
            table: TableId::Indicators,
            rows,
            series: Vec::new(),
            indicators: entries.to_vec(),
            tally,
        })
    }
}
