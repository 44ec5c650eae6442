//! `bilat import unga-ideal-points FILE`: the country-session ideal points
//! (`IdealpointestimatesAll_<MonYYYY>.csv`) into the indicators table: each country's ideal
//! point per year and the pair's distance |IP₁ − IP₂|, at the decimals the file prints.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::data::{Country, Figure, Problem, TableId, quoted, sanitize};
use crate::import::cow::codes;
use crate::import::{Batch, ImportError, ImportedRow, SourceEntry, Tally, input};

use super::{CHINA_NOTE, IDEAL_TAG, PUBLISHER, SESSION_19_NOTE, year_of};

/// One country-session.
#[derive(Debug, Clone)]
struct Point {
    ccode: u16,
    session: i32,
    /// As printed.
    ideal: Figure,
}

/// The file as read: every country's points by year, by ISO code.
#[derive(Debug)]
pub struct IdealPoints {
    label: String,
    title: String,
    year: Option<i32>,
    by_country: BTreeMap<String, BTreeMap<i32, Point>>,
    /// Every COW number in the file.
    seen: BTreeSet<u16>,
    tally: Tally,
}

/// The column names the authors' files have used for the ideal point.
const IDEAL_COLUMNS: [&str; 4] = ["IdealPoint", "idealpoint", "IdealPointAll", "idealpointall"];

pub fn read(path: &Path) -> Result<IdealPoints, ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut by_country: BTreeMap<String, BTreeMap<i32, Point>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut tally = Tally::default();
    input::read(
        path,
        |header, line| {
            let layout = "the UN ideal-point file";
            let ccode = header.require("ccode", line, layout)?;
            let session = header.require("session", line, layout)?;
            let ideal = IDEAL_COLUMNS
                .iter()
                .find_map(|c| header.find(c))
                .ok_or_else(|| header.require("IdealPoint", line, layout).unwrap_err())?;
            Ok((ccode, session, ideal))
        },
        |&(ccode_at, session_at, ideal_at), record| {
            tally.read += 1;
            let whole = |at: usize, name: &str| -> Result<i64, Problem> {
                let raw = record.get(at);
                raw.parse::<i64>().map_err(|_| {
                    record.problem(
                        at,
                        name,
                        format!("expected a whole number, found {}", quoted(raw)),
                    )
                })
            };
            let ccode = whole(ccode_at, "ccode")?;
            let ccode = u16::try_from(ccode).map_err(|_| {
                record.problem(
                    ccode_at,
                    "ccode",
                    format!("expected a COW number, found {ccode}"),
                )
            })?;
            let session = i32::try_from(whole(session_at, "session")?).unwrap_or(0);
            if !(1..=200).contains(&session) {
                return Err(record.problem(
                    session_at,
                    "session",
                    format!("expected a UNGA session from 1, found {session}"),
                ));
            }
            seen.insert(ccode);
            let raw = record.get(ideal_at);
            if raw.is_empty() || raw == "NA" {
                tally.skip("rows without an ideal point (NA)", || record.place());
                return Ok(());
            }
            let ideal = Figure::parse(raw).map_err(|_| {
                record.problem(
                    ideal_at,
                    "IdealPoint",
                    format!("expected a number, found {}", quoted(raw)),
                )
            })?;
            let year = year_of(session);
            let Some(iso) = codes::iso3(ccode, year) else {
                let why = if codes::lookup(ccode, year).is_some() {
                    "rows of a COW state without an ISO code"
                } else {
                    "rows of a COW number the code table lacks"
                };
                tally.skip(why, || record.place());
                return Ok(());
            };
            let years = by_country.entry(iso.to_string()).or_default();
            if let Some(first) = years.get(&year) {
                return Err(record.problem(
                    ccode_at,
                    "ccode",
                    format!(
                        "{iso} already has an ideal point for session {session} (COW {}): two \
                         rows for one country and session",
                        first.ccode
                    ),
                ));
            }
            years.insert(
                year,
                Point {
                    ccode,
                    session,
                    ideal,
                },
            );
            tally.kept += 1;
            Ok(())
        },
    )?;
    Ok(IdealPoints {
        title: format!("Ideal point estimates by country and session ({name})"),
        year: super::year_in_name(&name),
        label,
        by_country,
        seen,
        tally,
    })
}

impl crate::import::dyad::DyadFile for IdealPoints {
    /// Every ISO code the file holds a point for.
    fn countries(&self) -> BTreeSet<String> {
        self.by_country.keys().cloned().collect()
    }

    /// The pair's rows: each country's ideal point, and the distance, per year; an error
    /// naming the nearest codes seen if either country is never in the file.
    fn batch(&self, pair: &[Country; 2]) -> Result<Batch, ImportError> {
        let mut series = Vec::new();
        for country in pair {
            match self.by_country.get(&country.code) {
                Some(points) => series.push(points),
                None => return Err(self.never_seen(country)),
            }
        }
        let mut rows = Vec::new();
        let mut indicators = Vec::new();
        let distance = super::distance_indicator();
        // The distance first: the indicator the pair is about.
        indicators.push(distance.clone());
        let spans: Vec<(i32, i32)> = series.iter().map(|p| span(p)).collect();
        let (from, to) = (spans[0].0.max(spans[1].0), spans[0].1.min(spans[1].1));
        for year in from..=to {
            let (a, b) = (series[0].get(&year), series[1].get(&year));
            let mut row = row(year, &distance.id);
            match (a, b) {
                (Some(a), Some(b)) => {
                    let diff = a.ideal.minus(b.ideal).map(|d| Figure {
                        value: d.value.abs(),
                        ..d
                    });
                    if let Some(d) = diff {
                        row.set("value", d.cell());
                    }
                    let notes = [note(a, &pair[0], year), note(b, &pair[1], year)];
                    row.set("note", join(&notes));
                }
                _ if year == 1964 => row.set("note", SESSION_19_NOTE),
                _ => {
                    let missing: Vec<&str> = [a, b]
                        .iter()
                        .zip(pair)
                        .filter(|(p, _)| p.is_none())
                        .map(|(_, c)| c.name.as_str())
                        .collect();
                    row.set(
                        "note",
                        format!(
                            "no ideal point for {} in session {}",
                            missing.join(" or "),
                            year - 1945
                        ),
                    );
                }
            }
            rows.push(row);
        }
        for (points, country) in series.iter().zip(pair) {
            let indicator = super::ideal_indicator(&country.code, &country.name);
            let (first, last) = span(points);
            for year in first..=last {
                let mut row = row(year, &indicator.id);
                match points.get(&year) {
                    Some(p) => {
                        row.set("value", p.ideal.cell());
                        row.set("note", note(p, country, year));
                    }
                    None if year == 1964 => row.set("note", SESSION_19_NOTE),
                    None => row.set(
                        "note",
                        format!(
                            "no ideal point for {} in session {}",
                            country.name,
                            year - 1945
                        ),
                    ),
                }
                rows.push(row);
            }
            indicators.push(indicator);
        }
        let mut tally = self.tally.clone();
        tally.kept = series.iter().map(|p| p.len()).sum();
        Ok(Batch {
            source: SourceEntry {
                tag: IDEAL_TAG,
                publisher: PUBLISHER.into(),
                title: self.title.clone(),
                year: self.year,
            },
            table: TableId::Indicators,
            rows,
            series: Vec::new(),
            indicators,
            tally,
        })
    }
}

impl IdealPoints {
    fn never_seen(&self, country: &Country) -> ImportError {
        let wanted = codes::ccodes(&country.code);
        let numbers: Vec<String> = wanted.iter().map(u16::to_string).collect();
        let message = if wanted.is_empty() {
            format!(
                "{} ({}) has no COW number in bilat's code table (src/import/cow/codes.csv)",
                country.name, country.code
            )
        } else {
            format!(
                "no rows for {} ({}: COW {}); the codes seen nearest are {}",
                country.name,
                country.code,
                numbers.join(", "),
                codes::nearest_seen(&wanted, &self.seen, 4)
            )
        };
        ImportError::Problem(Problem::in_file(&self.label, message))
    }
}

fn span(points: &BTreeMap<i32, Point>) -> (i32, i32) {
    let first = points.keys().next().copied().unwrap_or(0);
    let last = points.keys().next_back().copied().unwrap_or(0);
    (first, last)
}

fn row(year: i32, indicator: &str) -> ImportedRow {
    let mut row = ImportedRow::default();
    row.set("period", year.to_string());
    row.set("indicator", indicator);
    row.set("source_ids", IDEAL_TAG);
    row
}

/// What the row's COW code means that year: the code table's note, and China's late start.
fn note(point: &Point, country: &Country, year: i32) -> String {
    let mut notes = Vec::new();
    if let Some(code) = codes::lookup(point.ccode, year)
        && !code.note.is_empty()
    {
        notes.push(code.note.to_string());
    }
    if point.ccode == 710 && point.session == 26 {
        notes.push(CHINA_NOTE.to_string());
    }
    let _ = country;
    notes.join("; ")
}

fn join(notes: &[String]) -> String {
    let parts: Vec<&str> = notes
        .iter()
        .map(String::as_str)
        .filter(|n| !n.is_empty())
        .collect();
    parts.join("; ")
}
