//! Yearly exports and imports from figures given by year, quarter or month: a year is the
//! source's own annual figure, or the sum of all its months (or quarters) when every one is
//! there; otherwise it is a gap with a note saying what was missing, never a partial sum.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::{Country, Problem, Reporter, TableId};

use super::input::Record;
use super::{Batch, ImportedRow, SeriesEntry, SourceEntry, Tally};

/// A direction of trade, from the reporter's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Flow {
    Exports,
    Imports,
}

impl Flow {
    fn word(self) -> &'static str {
        match self {
            Flow::Exports => "exports",
            Flow::Imports => "imports",
        }
    }
}

/// The part of a year a figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Year,
    /// 1 to 4.
    Quarter(u8),
    /// 1 to 12.
    Month(u8),
}

/// One figure of an input file.
#[derive(Debug, Clone, Copy)]
pub(super) struct Figure {
    /// 0 or 1: the pair's order.
    pub reporter: usize,
    pub year: i32,
    pub flow: Flow,
    pub part: Part,
    /// US dollars.
    pub usd: f64,
}

/// What the files give for one reporter, year and flow (US dollars).
#[derive(Debug, Default)]
struct Collected {
    annual: Option<f64>,
    quarters: [Option<f64>; 4],
    months: [Option<f64>; 12],
    /// Where each figure was, to name a duplicate's first place.
    places: BTreeMap<(u8, u8), String>,
}

impl Collected {
    /// The year's figure, or why there is none.
    fn total(&self) -> Result<f64, String> {
        if let Some(v) = self.annual {
            return Ok(v);
        }
        let months = self.months.iter().flatten().count();
        if months == 12 {
            return Ok(self.months.iter().flatten().sum());
        }
        let quarters = self.quarters.iter().flatten().count();
        if quarters == 4 {
            return Ok(self.quarters.iter().flatten().sum());
        }
        Err(if months >= quarters * 3 {
            format!("{months} of 12 months")
        } else {
            format!("{quarters} of 4 quarters")
        })
    }
}

/// Every figure read, by reporter (0 or 1: the pair's order), year and flow.
#[derive(Debug, Default)]
pub(super) struct Figures {
    collected: BTreeMap<(usize, i32, Flow), Collected>,
    /// The files each reporter's figures for a year came from.
    files: BTreeMap<(usize, i32), BTreeSet<String>>,
}

/// How a batch's rows are named and described.
pub(super) struct RowWords<'a> {
    /// The import's tag, cited in `source_ids`.
    pub tag: &'static str,
    /// Each reporter's series id.
    pub series: &'a [String; 2],
    /// The `source_text` of a reporter's row, given the files it came from.
    pub source_text: &'a dyn Fn(usize, &str) -> String,
}

impl Figures {
    /// Adds one figure in US dollars; a second figure for the same place in time is an
    /// error naming both.
    pub fn add(
        &mut self,
        figure: Figure,
        record: &Record<'_>,
        column: (usize, &str),
    ) -> Result<(), Problem> {
        let Figure {
            reporter,
            year,
            flow,
            part,
            usd,
        } = figure;
        if let Some(why) = crate::data::implausible_usd_bn(usd / 1e9) {
            let raw = crate::data::quoted(record.get(column.0));
            return Err(record.problem(column.0, column.1, format!("{raw} US dollars: {why}")));
        }
        let entry = self.collected.entry((reporter, year, flow)).or_default();
        let (slot, key) = match part {
            Part::Year => (&mut entry.annual, (0, 0)),
            Part::Quarter(q) => (&mut entry.quarters[usize::from(q - 1)], (1, q)),
            Part::Month(m) => (&mut entry.months[usize::from(m - 1)], (2, m)),
        };
        if slot.is_some() {
            let first = entry.places.get(&key).cloned().unwrap_or_default();
            return Err(record.problem(
                column.0,
                column.1,
                format!(
                    "a second figure for {} {year}{}: the first is at {first}; import each \
                     period once",
                    flow.word(),
                    match part {
                        Part::Year => String::new(),
                        Part::Quarter(q) => format!(" Q{q}"),
                        Part::Month(m) => format!(" month {m}"),
                    }
                ),
            ));
        }
        *slot = Some(usd);
        entry.places.insert(key, record.place());
        self.files
            .entry((reporter, year))
            .or_default()
            .insert(file_name(record.label));
        Ok(())
    }

    /// Which reporters have any figure.
    pub fn reporters(&self) -> BTreeSet<usize> {
        self.collected.keys().map(|(r, _, _)| *r).collect()
    }

    /// One row per reporter and year: exports, imports and their total in USD billions, a
    /// gap with a note where a year is incomplete.
    pub fn rows(&self, words: &RowWords<'_>) -> Vec<ImportedRow> {
        let mut out = Vec::new();
        for ((reporter, year), files) in &self.files {
            let total = |flow| {
                self.collected
                    .get(&(*reporter, *year, flow))
                    .map(Collected::total)
            };
            let exports = total(Flow::Exports);
            let imports = total(Flow::Imports);
            let mut row = ImportedRow::default();
            row.set("period", year.to_string());
            row.set("series", words.series[*reporter].clone());
            let mut missing = Vec::new();
            for (flow, found, column) in [
                (Flow::Exports, &exports, "exports_usd_bn"),
                (Flow::Imports, &imports, "imports_usd_bn"),
            ] {
                match found {
                    Some(Ok(usd)) => row.set(column, usd_bn_text(*usd)),
                    Some(Err(why)) => missing.push(format!("{}: only {why}", flow.word())),
                    None => missing.push(format!("{}: none in the files", flow.word())),
                }
            }
            if let (Some(Ok(x)), Some(Ok(m))) = (&exports, &imports) {
                row.set("value_usd_bn", usd_bn_text(x + m));
            } else {
                row.set("note", format!("No total: {}.", missing.join("; ")));
            }
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            row.set("source_ids", words.tag);
            row.set(
                "source_text",
                (words.source_text)(*reporter, &files.join(", ")),
            );
            out.push(row);
        }
        out
    }
}

/// US dollars as USD billions, to the dollar at most, without trailing zeros.
pub(super) fn usd_bn_text(usd: f64) -> String {
    let text = format!("{:.9}", usd / 1e9);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// A file's name without its folder, for source texts that stay the same wherever the file
/// was downloaded to.
fn file_name(label: &str) -> String {
    std::path::Path::new(label)
        .file_name()
        .map_or_else(|| label.to_string(), |n| n.to_string_lossy().into_owned())
}

/// What a source of mirror statistics (each country's own figures) calls its batch: the
/// words of its rows, series and source entry.
pub(super) struct MirrorSource<'a> {
    pub tag: &'static str,
    pub publisher: &'static str,
    /// The source entry's title, naming the files.
    pub title: String,
    /// A series' short label before the country's code: `Comtrade` gives `Comtrade CHN`.
    pub label: &'static str,
    /// A series' name, given the reporting country's name.
    pub name: &'a dyn Fn(&str) -> String,
    pub basis: &'static str,
    /// What a row's source text calls the source, before the files: `UN Comtrade final data`.
    pub lead: &'static str,
    /// How the source names the two flows: `exports (X) and imports (M)`.
    pub flows: &'static str,
}

impl MirrorSource<'_> {
    /// The batch of `figures`: one series per country that reported, each row citing the
    /// files it came from; a country that reported nothing is a warning, named by `who`.
    pub fn batch(
        &self,
        countries: &[Country; 2],
        figures: &Figures,
        mut tally: Tally,
        who: impl Fn(usize) -> String,
    ) -> Batch {
        let reporters = figures.reporters();
        for (i, country) in countries.iter().enumerate() {
            if !reporters.contains(&i) {
                tally.warnings.push(format!(
                    "no figures reported by {} ({}): its series is left out",
                    country.name,
                    who(i)
                ));
            }
        }
        let series_ids = countries
            .clone()
            .map(|c| format!("{}-{}", self.tag, c.code.to_ascii_lowercase()));
        let text = |reporter: usize, files: &str| {
            let (us, them) = (&countries[reporter], &countries[1 - reporter]);
            format!(
                "{} ({files}): {} ({}) as reporter, {} with {}",
                self.lead, us.name, us.code, self.flows, them.name
            )
        };
        let rows = figures.rows(&RowWords {
            tag: self.tag,
            series: &series_ids,
            source_text: &text,
        });
        let series = reporters
            .iter()
            .map(|&i| SeriesEntry {
                id: series_ids[i].clone(),
                label: format!("{} {}", self.label, countries[i].code),
                name: (self.name)(&countries[i].name),
                reporter: Reporter::Customs,
                country: Some(countries[i].code.clone()),
                basis: self.basis.into(),
            })
            .collect();
        Batch {
            source: SourceEntry {
                tag: self.tag,
                publisher: self.publisher.into(),
                title: self.title.clone(),
                year: None,
            },
            table: TableId::Trade,
            rows,
            series,
            indicators: Vec::new(),
            tally,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billions_are_written_plainly() {
        assert_eq!(usd_bn_text(110_800_000_000.0), "110.8");
        assert_eq!(usd_bn_text(1_234.0), "0.000001234");
        assert_eq!(usd_bn_text(0.0), "0");
        assert_eq!(usd_bn_text(5e9), "5");
    }
}
