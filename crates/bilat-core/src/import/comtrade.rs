//! UN Comtrade's "final data" CSV (the current API's 47 columns, found by header name) as
//! one trade series per reporter: each country's own customs figures of its exports to and
//! imports from the other (mirror statistics: the two never agree, and both are kept).
//!
//! Only the totals are kept, so that nothing is counted twice: all goods (`cmdCode` TOTAL),
//! all customs procedures (`customsCode` C00), all transport modes (`motCode` 0) and no
//! second partner (`partner2Code` 0). Partner World, re-exports and re-imports (RX, RM),
//! other flows and other countries are skipped and counted.

use std::path::PathBuf;

use crate::data::{Country, Problem, quoted};

use super::input::{self, Header, Record};
use super::years::{Figure, Figures, Flow, MirrorSource, Part};
use super::{Batch, ImportError, Tally, possessive};

/// What every imported row's `source_ids` cites.
pub const TAG: &str = "comtrade";

/// How the layout is named in messages.
const LAYOUT: &str = "UN Comtrade final data";

/// Columns of the retired "legacy" Comtrade CSV, which no current download has: a header
/// with one of them is named as that layout rather than as a file lacking `freqCode`.
const LEGACY_COLUMNS: [&str; 3] = ["Trade Value (US$)", "Commodity Code", "Trade Flow Code"];

/// The columns read, each found by its header name.
struct Columns {
    /// `typeCode`: C for goods, S for services; older downloads may lack it.
    kind: Option<usize>,
    freq: usize,
    year: usize,
    month: usize,
    reporter: usize,
    partner_code: usize,
    partner: usize,
    partner2_code: usize,
    flow: usize,
    cmd: usize,
    customs: usize,
    mot: usize,
    value: usize,
}

impl Columns {
    fn find(header: &Header, line: u64) -> Result<Columns, Problem> {
        if let Some(legacy) = LEGACY_COLUMNS.iter().find(|c| header.find(c).is_some()) {
            return Err(Problem {
                file: header.label.clone(),
                location: crate::data::Location::Line(line),
                field: Some((*legacy).to_string()),
                message: format!(
                    "the retired legacy UN Comtrade layout (Classification, Year, ..., {}), \
                     which bilat does not read: download the same data again as final data \
                     from comtradeplus.un.org (columns freqCode, refYear, reporterISO, \
                     cmdCode, primaryValue, ...)",
                    quoted(legacy)
                ),
            });
        }
        let need = |name| header.require(name, line, LAYOUT);
        Ok(Columns {
            kind: header.find("typeCode"),
            freq: need("freqCode")?,
            year: need("refYear")?,
            month: need("refMonth")?,
            reporter: need("reporterISO")?,
            partner_code: need("partnerCode")?,
            partner: need("partnerISO")?,
            partner2_code: need("partner2Code")?,
            flow: need("flowCode")?,
            cmd: need("cmdCode")?,
            customs: need("customsCode")?,
            mot: need("motCode")?,
            value: need("primaryValue")?,
        })
    }
}

/// Reads the files for the pair `countries`.
pub fn read(files: &[PathBuf], countries: &[Country; 2]) -> Result<Batch, ImportError> {
    let mut tally = Tally::default();
    let mut figures = Figures::default();
    let mut seen_reporters: Vec<String> = Vec::new();
    let mut contents = Contents::default();
    for path in files {
        input::read(path, Columns::find, |columns, record| {
            tally.read += 1;
            contents.see(columns, record);
            let kept = read_row(columns, record, countries, &mut figures, &mut tally)?;
            if kept {
                tally.kept += 1;
            } else {
                let reporter = record.get(columns.reporter);
                if !reporter.is_empty() && !seen_reporters.iter().any(|r| r == reporter) {
                    seen_reporters.push(reporter.to_string());
                }
            }
            Ok(())
        })?;
    }
    if contents.goods_totals == 0 {
        return Err(ImportError::Problem(Problem::in_file(
            &files_label(files),
            contents.no_goods_totals(),
        )));
    }
    let reporters = figures.reporters();
    if reporters.is_empty() {
        let seen = if seen_reporters.is_empty() {
            "none".to_string()
        } else {
            seen_reporters
                .iter()
                .map(|r| quoted(r))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(ImportError::Problem(Problem::in_file(
            &files_label(files),
            format!(
                "no totals of trade between {} and {} in the files (reporterISO/partnerISO \
                 {} and {}); reporters seen: {seen}",
                countries[0].name, countries[1].name, countries[0].code, countries[1].code
            ),
        )));
    }
    let source = MirrorSource {
        tag: TAG,
        publisher: "UN Comtrade",
        title: format!("Final data CSV ({})", files_label(files)),
        label: "Comtrade",
        name: &|country| format!("UN Comtrade: {} customs figures", possessive(country)),
        basis: "exports FOB, imports CIF, as reported to UN Comtrade",
        lead: "UN Comtrade final data",
        flows: "exports (X) and imports (M)",
    };
    Ok(source.batch(countries, &figures, tally, |i| countries[i].code.clone()))
}

/// What the files hold, to say why nothing could be kept: a services-only or a
/// commodity-only download has no total of goods.
#[derive(Default)]
struct Contents {
    /// Rows of goods (`typeCode` C or none) with `cmdCode` TOTAL.
    goods_totals: usize,
    services: usize,
    /// The first few commodity codes other than TOTAL, as met.
    commodities: Vec<String>,
}

impl Contents {
    fn see(&mut self, c: &Columns, record: &Record<'_>) {
        if c.kind.is_some_and(|i| record.get(i) == "S") {
            self.services += 1;
            return;
        }
        let cmd = record.get(c.cmd);
        if cmd == "TOTAL" {
            self.goods_totals += 1;
        } else if self.commodities.len() < 5 && !self.commodities.iter().any(|k| k == cmd) {
            self.commodities.push(cmd.to_string());
        }
    }

    fn no_goods_totals(&self) -> String {
        let mut held = Vec::new();
        if self.services > 0 {
            held.push(format!(
                "{} services row{} (typeCode S)",
                self.services,
                if self.services == 1 { "" } else { "s" }
            ));
        }
        if !self.commodities.is_empty() {
            let codes: Vec<String> = self.commodities.iter().map(|k| quoted(k)).collect();
            held.push(format!("commodity rows (cmdCode {})", codes.join(", ")));
        }
        let held = if held.is_empty() {
            "no rows".to_string()
        } else {
            held.join(" and ")
        };
        format!(
            "no TOTAL goods rows (typeCode C, cmdCode TOTAL) in the files, only {held}: bilat \
             keeps the total of all goods; download goods (C) with commodity code TOTAL"
        )
    }
}

/// The files' names, for the source entry and messages.
pub(super) fn files_label(files: &[PathBuf]) -> String {
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_name().map_or_else(
                || f.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    crate::data::sanitize(&names.join(", ")).into_owned()
}

/// Reads one row into `figures`; whether it was kept (a skipped row is counted in `tally`).
fn read_row(
    c: &Columns,
    record: &Record<'_>,
    countries: &[Country; 2],
    figures: &mut Figures,
    tally: &mut Tally,
) -> Result<bool, Problem> {
    let mut skip = |reason: &str| {
        tally.skip(reason, || record.place());
        Ok(false)
    };
    if c.kind.is_some_and(|i| record.get(i) == "S") {
        return skip("services rows (typeCode S)");
    }
    if record.get(c.cmd) != "TOTAL" {
        return skip("commodity rows (cmdCode not TOTAL)");
    }
    if record.get(c.customs) != "C00" {
        return skip("customs-procedure rows (customsCode not C00)");
    }
    if record.get(c.mot) != "0" {
        return skip("transport-mode rows (motCode not 0)");
    }
    if !matches!(record.get(c.partner2_code), "0" | "") {
        return skip("second-partner rows (partner2Code not 0)");
    }
    if record.get(c.partner_code) == "0" {
        return skip("partner World rows (partnerCode 0)");
    }
    let flow = match record.get(c.flow) {
        "X" => Flow::Exports,
        "M" => Flow::Imports,
        "RX" | "RM" => return skip("re-export and re-import rows (RX, RM)"),
        _ => return skip("rows of other flows (flowCode not X or M)"),
    };
    let code = |i: usize| countries.iter().position(|c| c.code == record.get(i));
    let (Some(reporter), Some(partner)) = (code(c.reporter), code(c.partner)) else {
        return skip("rows of other countries");
    };
    if reporter == partner {
        return skip("rows of other countries");
    }
    let year = year(record, c.year)?;
    let month = record.get(c.month);
    let part = if record.get(c.freq) == "A" || month == "52" {
        Part::Year
    } else {
        match month.parse::<u8>() {
            Ok(m @ 1..=12) => Part::Month(m),
            _ => {
                return Err(record.problem(
                    c.month,
                    "refMonth",
                    format!(
                        "expected a month from 1 to 12, or 52 for a year, found {}",
                        quoted(month)
                    ),
                ));
            }
        }
    };
    let Some(usd) = record.number(c.value, "primaryValue", "US dollars")? else {
        return Err(record.problem(
            c.value,
            "primaryValue",
            "required, but empty: a total row without a value".into(),
        ));
    };
    if usd < 0.0 {
        return Err(record.problem(
            c.value,
            "primaryValue",
            format!(
                "must not be negative, found {}",
                quoted(record.get(c.value))
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
    figures.add(figure, record, (c.value, "primaryValue"))?;
    Ok(true)
}

/// `refYear` as a year.
fn year(record: &Record<'_>, index: usize) -> Result<i32, Problem> {
    let raw = record.get(index);
    match raw.parse::<i32>() {
        Ok(y) if (1900..=2200).contains(&y) => Ok(y),
        _ => Err(record.problem(
            index,
            "refYear",
            format!("expected a year such as 2019, found {}", quoted(raw)),
        )),
    }
}
