//! `bilat import cow-trade FILE`: Correlates of War Dyadic Trade 4.0 (`Dyadic_COW_4.0.csv`)
//! into the trade table. One row per unordered pair-year with both directions: `flow1` is
//! ccode1's imports from ccode2, `flow2` the reverse, current US$ millions; `-9` or blank is
//! missing. Figures carry float32 noise (`342.0299987792969`): each is rounded to the
//! shortest decimal that is the same float32 (`342.03`), then written in US$ billions with
//! those digits. The pair's series `cow` is seen from the first country of the pair:
//! exports, imports, and their total where both are known. The Belgium-Luxembourg and China
//! alternative flows are series of their own, with a note. Streamed; only the rows of the
//! countries asked for are kept.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::data::{Country, Figure, Problem, Reporter, TableId, quoted, sanitize};
use crate::import::cow::codes;
use crate::import::stream;
use crate::import::{Batch, ImportError, ImportedRow, SeriesEntry, SourceEntry, Tally};

pub const TAG: &str = "cow-trade";

/// Flows of one pair-year, oriented lower COW number first: `[low's imports from high,
/// high's imports from low]`, in US$ millions at their real precision.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Flows {
    main: [Option<Figure>; 2],
    bel_lux: [Option<Figure>; 2],
    china: [Option<Figure>; 2],
}

impl Flows {
    fn known(&self) -> usize {
        self.main.iter().filter(|f| f.is_some()).count()
    }
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    low: u16,
    high: u16,
    flows: Flows,
}

struct Columns {
    ccode: [usize; 2],
    year: usize,
    flow: [usize; 2],
    bel_lux: [Option<usize>; 2],
    china: [Option<usize>; 2],
}

#[derive(Debug)]
pub struct CowTrade {
    label: String,
    title: String,
    pairs: BTreeMap<[String; 2], BTreeMap<i32, Entry>>,
    countries: BTreeSet<String>,
    seen: BTreeSet<u16>,
    tally: Tally,
}

/// A flow as the file prints it: `-9` and blank are missing; float32 noise removed.
fn flow(r: &stream::Record<'_>, at: usize, name: &str) -> Result<Option<Figure>, Problem> {
    let raw = r.get(at);
    if raw.is_empty() || raw == "-9" || raw == "-9.0" || raw == "NA" {
        return Ok(None);
    }
    let value: f64 = raw.parse().map_err(|_| {
        r.problem(
            at,
            name,
            format!("expected US$ millions, -9 or blank, found {}", quoted(&raw)),
        )
    })?;
    if !value.is_finite() || value < 0.0 {
        return Err(r.problem(
            at,
            name,
            format!("expected US$ millions, -9 or blank, found {}", quoted(&raw)),
        ));
    }
    Ok(Some(real_precision(value)))
}

/// The shortest decimal that is the same float32 as `value` (`342.0299987792969` →
/// `342.03`); a value printed with few digits keeps them.
pub fn real_precision(value: f64) -> Figure {
    let short = format!("{}", value as f32);
    let printed = format!("{value}");
    let text = if short.len() < printed.len() {
        short
    } else {
        printed
    };
    Figure::parse(&text).unwrap_or(Figure::exact(value, 6))
}

/// US$ millions as billions, with the millions' digits: 342.03 → 0.34203.
fn billions(millions: Figure) -> Figure {
    Figure::exact(
        millions.value / 1000.0,
        millions.decimals.saturating_add(3).min(15),
    )
}

pub fn read(path: &Path, focus: &BTreeSet<String>) -> Result<CowTrade, ImportError> {
    let label = sanitize(&path.display().to_string()).into_owned();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut pairs: BTreeMap<[String; 2], BTreeMap<i32, Entry>> = BTreeMap::new();
    let mut countries = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut tally = Tally::default();
    stream::read(
        path,
        |h| {
            let layout = "COW Dyadic Trade 4.0";
            Ok(Columns {
                ccode: [
                    h.require(&["ccode1"], layout)?,
                    h.require(&["ccode2"], layout)?,
                ],
                year: h.require(&["year"], layout)?,
                flow: [
                    h.require(&["flow1"], layout)?,
                    h.require(&["flow2"], layout)?,
                ],
                bel_lux: [
                    h.find(&["bel_lux_alt_flow1"]),
                    h.find(&["bel_lux_alt_flow2"]),
                ],
                china: [h.find(&["china_alt_flow1"]), h.find(&["china_alt_flow2"])],
            })
        },
        |c, r| {
            tally.read += 1;
            let a = r.ccode(c.ccode[0], "ccode1")?;
            let b = r.ccode(c.ccode[1], "ccode2")?;
            let year = i32::try_from(r.whole(c.year, "year")?).unwrap_or(0);
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
            let alt = |cols: [Option<usize>; 2],
                       name: [&str; 2]|
             -> Result<[Option<Figure>; 2], Problem> {
                let one = |i: usize| match cols[i] {
                    Some(at) => flow(r, at, name[i]),
                    None => Ok(None),
                };
                Ok([one(0)?, one(1)?])
            };
            let mut flows = Flows {
                main: [flow(r, c.flow[0], "flow1")?, flow(r, c.flow[1], "flow2")?],
                bel_lux: alt(c.bel_lux, ["bel_lux_alt_flow1", "bel_lux_alt_flow2"])?,
                china: alt(c.china, ["china_alt_flow1", "china_alt_flow2"])?,
            };
            if flows.known() == 0 && flows.bel_lux == [None, None] && flows.china == [None, None] {
                tally.skip("rows with no flow at all (-9 or blank)", || r.place());
                return Ok(());
            }
            let (low, high) = if a < b {
                (a, b)
            } else {
                for f in [&mut flows.main, &mut flows.bel_lux, &mut flows.china] {
                    f.swap(0, 1);
                }
                (b, a)
            };
            countries.insert(ia.to_string());
            countries.insert(ib.to_string());
            let mut key = [ia.to_string(), ib.to_string()];
            key.sort();
            let entry = Entry { low, high, flows };
            let years = pairs.entry(key).or_default();
            match years.get(&year) {
                None => {
                    years.insert(year, entry);
                    tally.kept += 1;
                }
                // 255 and 260 are both Germany: the row with more known flows stands.
                Some(old)
                    if (old.low, old.high) != (low, high) && old.flows.known() < flows.known() =>
                {
                    years.insert(year, entry);
                    tally.skip(
                        "rows of a pair given under another COW number with fewer flows",
                        || r.place(),
                    );
                }
                Some(old) if (old.low, old.high) != (low, high) => {
                    tally.skip(
                        "rows of a pair given under another COW number with fewer flows",
                        || r.place(),
                    );
                }
                Some(_) => {
                    return Err(r.problem(
                        c.ccode[0],
                        "ccode1",
                        format!("a second row for the pair {low}-{high} in {year}: COW trade has one row per pair and year"),
                    ));
                }
            }
            Ok(())
        },
    )?;
    Ok(CowTrade {
        label,
        title: format!("Dyadic Trade 4.0 ({name})"),
        pairs,
        countries,
        seen,
        tally,
    })
}

/// A series this source writes: id, label, name, which flows, and the note on its rows.
type SeriesDef = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Flows) -> [Option<Figure>; 2],
    &'static str,
);

/// Which of the oriented flows are the first country's imports (and so which its exports).
fn sides(entry: &Entry, first: &str, year: i32) -> (usize, usize) {
    if codes::iso3(entry.low, year) == Some(first) {
        (0, 1)
    } else {
        (1, 0)
    }
}

impl crate::import::dyad::DyadFile for CowTrade {
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
        let series_defs: [SeriesDef; 3] = [
            (
                "cow",
                "COW",
                "Correlates of War Dyadic Trade 4.0",
                |f| f.main,
                "",
            ),
            (
                "cow-alt-bel-lux",
                "COW alt BLX",
                "Correlates of War Dyadic Trade 4.0, Belgium-Luxembourg alternative flows",
                |f| f.bel_lux,
                "COW's alternative Belgium-Luxembourg flows (bel_lux_alt_flow1/2), kept apart: in 1960-1996 COW repeats one joint BLEU figure under both 211 and 212, so Belgium and Luxembourg are never added together",
            ),
            (
                "cow-alt-china",
                "COW alt CHN",
                "Correlates of War Dyadic Trade 4.0, China alternative flows",
                |f| f.china,
                "COW's alternative China flows (china_alt_flow1/2), about half the main series from 1999; which of the two counts Hong Kong and Macao is not stated here: see the COW Trade 4.0 codebook",
            ),
        ];
        let mut rows = Vec::new();
        let mut series = Vec::new();
        for (id, label, name, pick, alt_note) in series_defs {
            let mut any = false;
            for (&year, entry) in years {
                let [a, b] = pick(&entry.flows);
                if a.is_none() && b.is_none() {
                    continue;
                }
                any = true;
                let (imports_at, exports_at) = sides(entry, &pair[0].code, year);
                let flows = [a, b];
                let imports = flows[imports_at].map(billions);
                let exports = flows[exports_at].map(billions);
                let mut row = ImportedRow::default();
                row.set("period", year.to_string());
                row.set("series", id);
                let mut notes: Vec<String> = Vec::new();
                if !alt_note.is_empty() {
                    notes.push(alt_note.to_string());
                }
                if let Some(x) = exports {
                    row.set("exports_usd_bn", x.cell());
                }
                if let Some(m) = imports {
                    row.set("imports_usd_bn", m.cell());
                }
                match (exports, imports) {
                    (Some(x), Some(m)) => {
                        if let Some(total) = x.plus(m) {
                            row.set("value_usd_bn", total.cell());
                            row.set("derived", "value");
                            notes.push("total = exports + imports, both COW flows".to_string());
                        }
                    }
                    (Some(_), None) => notes.push(format!(
                        "{} imports from {} missing (-9) in COW: no total",
                        pair[0].name, pair[1].name
                    )),
                    (None, Some(_)) => notes.push(format!(
                        "{} imports from {} missing (-9) in COW: no total",
                        pair[1].name, pair[0].name
                    )),
                    (None, None) => {}
                }
                for c in [entry.low, entry.high] {
                    if let Some(code) = codes::lookup(c, year)
                        && !code.note.is_empty()
                    {
                        notes.push(code.note.to_string());
                    }
                }
                row.set("note", notes.join("; "));
                row.set("source_ids", TAG);
                rows.push(row);
            }
            if any {
                series.push(SeriesEntry {
                    id: id.to_string(),
                    label: label.to_string(),
                    name: name.to_string(),
                    reporter: Reporter::ThirdParty,
                    country: None,
                    basis: format!(
                        "COW flows in current US$ millions, written as billions; exports and \
                         imports are {}'s",
                        pair[0].name
                    ),
                });
            }
        }
        let mut tally = self.tally.clone();
        tally.kept = years.len();
        Ok(Batch {
            source: SourceEntry {
                tag: TAG,
                publisher: "Correlates of War Project (Barbieri & Keshk), International Trade 1870-2014 v4.0".into(),
                title: self.title.clone(),
                year: Some(2017),
            },
            table: TableId::Trade,
            rows,
            series,
            indicators: Vec::new(),
            tally,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float32_noise_goes_and_real_digits_stay() {
        assert_eq!(real_precision(342.0299987792969).number(), "342.03");
        assert_eq!(real_precision(165718.01).number(), "165718.01");
        assert_eq!(real_precision(0.5).number(), "0.5");
        assert_eq!(
            billions(real_precision(342.0299987792969)).number(),
            "0.34203"
        );
        assert_eq!(billions(Figure::parse("1500").unwrap()).number(), "1.500");
    }
}
