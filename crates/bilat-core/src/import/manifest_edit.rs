//! What an import adds to `dataset.toml`: its trade series and its `[[sources]]` entry,
//! edited in place so that the user's comments, order and layout stay as written.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

use crate::data::{Country, Problem, Reporter};

use super::{IndicatorEntry, SeriesEntry, SourceEntry};

/// `text` with the series declared (each once, by id) and the source's entry added or
/// brought up to date. `label` names the file in messages.
pub(super) fn edit(
    label: &str,
    text: &str,
    countries: &[Country; 2],
    source: &SourceEntry,
    year: i32,
    series: &[SeriesEntry],
    indicators: &[IndicatorEntry],
) -> Result<String, Problem> {
    let mut doc: DocumentMut = text.parse().map_err(|err: toml_edit::TomlError| {
        Problem::in_file(
            label,
            format!(
                "not valid TOML, so the import cannot add to it: {}",
                crate::data::sanitize(err.message())
            ),
        )
    })?;
    if !series.is_empty() {
        declare_series(label, &mut doc, countries, series)?;
    }
    record_source(label, &mut doc, source, year)?;
    if !indicators.is_empty() {
        declare_indicators(label, &mut doc, source.tag, indicators)?;
    }
    Ok(doc.to_string())
}

/// Declares each indicator not declared yet, after the sources (the manifest checks that
/// its source is listed).
fn declare_indicators(
    label: &str,
    doc: &mut DocumentMut,
    tag: &str,
    indicators: &[IndicatorEntry],
) -> Result<(), Problem> {
    let (tables, _) = array_of_tables(label, doc, "indicators")?;
    for entry in indicators {
        let declared = tables
            .iter()
            .any(|t| t.get("id").and_then(Item::as_str) == Some(entry.id.as_str()));
        if declared {
            continue;
        }
        let mut entries: Vec<(&str, toml_edit::Value)> = vec![
            ("id", entry.id.clone().into()),
            ("name", entry.name.clone().into()),
            ("unit", entry.unit.clone().into()),
        ];
        if let Some([low, high]) = entry.range {
            let mut range = toml_edit::Array::new();
            range.push(low);
            range.push(high);
            entries.push(("range", range.into()));
        }
        entries.push(("higher", entry.higher.clone().into()));
        entries.push(("source", tag.into()));
        tables.push(new_table(&entries));
    }
    Ok(())
}

/// The array of tables `key`, created at the end of the document if absent.
fn array_of_tables<'d>(
    label: &str,
    doc: &'d mut DocumentMut,
    key: &str,
) -> Result<(&'d mut ArrayOfTables, bool), Problem> {
    let created = !doc.contains_key(key);
    if created {
        doc.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
    }
    match doc.get_mut(key).and_then(Item::as_array_of_tables_mut) {
        Some(tables) => Ok((tables, created)),
        None => Err(Problem::in_file(
            label,
            format!("{key}: expected [[{key}]] tables, so the import cannot add to it"),
        )),
    }
}

/// A new table, set apart from what precedes it by a blank line.
fn new_table(entries: &[(&str, toml_edit::Value)]) -> Table {
    let mut table = Table::new();
    table.decor_mut().set_prefix("\n");
    for (key, v) in entries {
        table.insert(key, Item::Value(v.clone()));
    }
    table
}

fn series_table(entry: &SeriesEntry) -> Table {
    let mut entries = vec![
        ("id", entry.id.clone().into()),
        ("label", entry.label.clone().into()),
        ("name", entry.name.clone().into()),
        ("reporter", entry.reporter.name().into()),
    ];
    if let Some(code) = &entry.country {
        entries.push(("country", code.clone().into()));
    }
    entries.push(("period", "calendar".into()));
    if !entry.basis.is_empty() {
        entries.push(("basis", entry.basis.clone().into()));
    }
    new_table(&entries)
}

/// Declares each series not declared yet. A manifest that declared none had the two
/// countries' customs as its series: they are declared first, so the rows that name them
/// still load.
fn declare_series(
    label: &str,
    doc: &mut DocumentMut,
    countries: &[Country; 2],
    series: &[SeriesEntry],
) -> Result<(), Problem> {
    let (tables, created) = array_of_tables(label, doc, "trade_series")?;
    if created {
        for country in countries {
            tables.push(series_table(&SeriesEntry {
                id: country.code.clone(),
                label: country.code.clone(),
                name: format!("{} customs", country.name),
                reporter: Reporter::Customs,
                country: Some(country.code.clone()),
                basis: String::new(),
            }));
        }
    }
    for entry in series {
        let declared = tables
            .iter()
            .any(|t| t.get("id").and_then(Item::as_str) == Some(entry.id.as_str()));
        if !declared {
            tables.push(series_table(entry));
        }
    }
    Ok(())
}

/// Adds the source's `[[sources]]` entry, or updates the one an earlier import wrote,
/// touching only the values that changed.
fn record_source(
    label: &str,
    doc: &mut DocumentMut,
    source: &SourceEntry,
    year: i32,
) -> Result<(), Problem> {
    let (tables, _) = array_of_tables(label, doc, "sources")?;
    let wanted: [(&str, toml_edit::Value); 4] = [
        ("id", source.tag.into()),
        ("publisher", source.publisher.clone().into()),
        ("title", source.title.clone().into()),
        ("year", i64::from(year).into()),
    ];
    let existing = tables
        .iter_mut()
        .find(|t| t.get("id").and_then(Item::as_str) == Some(source.tag));
    match existing {
        Some(table) => {
            for (key, v) in &wanted {
                let same = table
                    .get(key)
                    .and_then(Item::as_value)
                    .is_some_and(|old| old.to_string().trim() == v.to_string().trim());
                if !same {
                    table[*key] = value(v.clone());
                }
            }
        }
        None => tables.push(new_table(&wanted)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries() -> [Country; 2] {
        let c = |name: &str, code: &str| Country {
            name: name.into(),
            code: code.into(),
        };
        [c("Russia", "RUS"), c("China", "CHN")]
    }

    fn source(title: &str) -> SourceEntry {
        SourceEntry {
            tag: "tool",
            publisher: "Tool".into(),
            title: title.into(),
            year: None,
        }
    }

    const MANIFEST: &str = "# Mine\ntitle = \"X\"  # keep\n\n[units]\ntrade = \"USD\"\n";

    #[test]
    fn comments_stay_and_defaults_are_declared_first() {
        let series = [SeriesEntry {
            id: "tool-chn".into(),
            label: "Tool CHN".into(),
            name: "Tool, China".into(),
            reporter: Reporter::Customs,
            country: Some("CHN".into()),
            basis: String::new(),
        }];
        let once = edit(
            "dataset.toml",
            MANIFEST,
            &countries(),
            &source("a.csv"),
            2026,
            &series,
            &[],
        )
        .unwrap();
        assert!(once.starts_with(MANIFEST), "{once}");
        let ids: Vec<&str> = once
            .lines()
            .filter_map(|l| l.strip_prefix("id = "))
            .collect();
        assert_eq!(ids, ["\"RUS\"", "\"CHN\"", "\"tool-chn\"", "\"tool\""]);
        let twice = edit(
            "dataset.toml",
            &once,
            &countries(),
            &source("a.csv"),
            2026,
            &series,
            &[],
        )
        .unwrap();
        assert_eq!(once, twice);
        let other = edit(
            "dataset.toml",
            &once,
            &countries(),
            &source("b.csv"),
            2026,
            &series,
            &[],
        )
        .unwrap();
        assert_eq!(other, once.replace("\"a.csv\"", "\"b.csv\""));
    }
}
