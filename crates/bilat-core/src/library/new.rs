//! `bilat new DIR --pair "India:IND,Russia:RUS"`: a new dataset folder with a commented
//! manifest and every table's header, which `bilat check` accepts as an empty dataset.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::data::{Country, MANIFEST_FILE, TABLES, TableId};

/// The two countries of `--pair`, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair(pub [Country; 2]);

/// Reads `Name:CODE,Name:CODE`, for clap: a mistake is a command-line error.
pub fn parse_pair(text: &str) -> Result<Pair, String> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let [first, second] = parts.as_slice() else {
        return Err(format!(
            "expected two countries as Name:CODE,Name:CODE, found {} part{}",
            parts.len(),
            if parts.len() == 1 { "" } else { "s" }
        ));
    };
    let country = |part: &str| -> Result<Country, String> {
        let (name, code) = part
            .rsplit_once(':')
            .ok_or_else(|| format!("expected Name:CODE, found {part:?}"))?;
        let (name, code) = (name.trim(), code.trim());
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(format!(
                "expected a country name before ':', found {part:?}"
            ));
        }
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "expected an ISO 3166-1 alpha-3 code (three capital letters), found {code:?}"
            ));
        }
        Ok(Country {
            name: name.to_string(),
            code: code.to_string(),
        })
    };
    let pair = [country(first)?, country(second)?];
    if pair[0].code == pair[1].code {
        return Err(format!(
            "the two countries share the code {:?}",
            pair[0].code
        ));
    }
    Ok(Pair(pair))
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    #[error("{}: already holds files; bilat new writes only into a new or empty folder", .0.display())]
    NotEmpty(PathBuf),
    #[error("{}: {}", .path.display(), .source)]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Writes the folder, refusing one that holds anything; returns the files written.
pub fn create(dir: &Path, pair: &Pair, today: &str) -> Result<Vec<PathBuf>, NewError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| NewError::Io { path, source }
    };
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(io(dir))?;
        if entries.next().is_some() {
            return Err(NewError::NotEmpty(dir.to_path_buf()));
        }
    }
    fs::create_dir_all(dir).map_err(io(dir))?;
    let mut written = Vec::new();
    for (name, text) in files(pair, today) {
        let path = dir.join(name);
        // `create_new`: a file that appeared meanwhile is never replaced.
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(io(&path))?;
        file.write_all(text.as_bytes()).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}

/// What a new folder holds, file name and text: the manifest, then every table's header
/// (optional tables too: an empty table with its header shows what may be filled in), but
/// the cooperation table's, which `bilat import gdelt` writes: its pane shows only for a
/// dataset that has the table, and would be empty.
pub fn files(pair: &Pair, today: &str) -> Vec<(&'static str, String)> {
    let headers = TABLES
        .iter()
        .filter(|t| !matches!(t.id, TableId::Cooperation | TableId::Indicators))
        .map(|t| (t.file, format!("{}\n", t.columns.names.join(","))));
    std::iter::once((MANIFEST_FILE, manifest(pair, today)))
        .chain(headers)
        .collect()
}

/// A TOML string, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::from(text).to_string()
}

/// The manifest, with every optional key shown in comments.
fn manifest(pair: &Pair, today: &str) -> String {
    let [a, b] = &pair.0;
    let code = |c: &Country| c.code.to_ascii_lowercase();
    format!(
        r#"# A bilat dataset: {a_name} and {b_name}. `bilat check DIR` says what is wrong, with the
# file, line and column; docs/bring-your-own-pair.md walks through a first chart.

title = {title}
description = ""
# When the figures were last checked: YYYY-MM-DD, or YYYY-MM.
as_of = "{today}"
# The words events.csv may use in its category column (these are the defaults):
# event_categories = ["political", "diplomatic", "border", "military", "economic",
#                     "energy", "technology", "people-to-people"]
# Words an exercise's domain may use beyond land, naval, air, amphibious,
# missile-defence, command-post, space, cyber, tri-service, multi-domain,
# special-forces and counter-terrorism:
# exercise_domains = ["riverine"]
# What a personnel figure may rest on beyond claimed, estimated, planned, announced,
# reported and official:
# size_bases = ["leaked"]

# The order matters: exercises.csv's first_country_personnel is the first country's.
[[countries]]
name = {a_quoted}
code = "{a_code}"

[[countries]]
name = {b_quoted}
code = "{b_code}"

[units]
trade = "USD billions, nominal"
personnel = "people"

# Who reports trade figures. Without any [[trade_series]], each country's customs is a
# calendar-year series named by its code ({a_code}, {b_code}), and trade.csv's series
# column names the code. Declare series to keep figures apart by who reports them:
#
# [[trade_series]]
# id = "{a_lower}-customs"         # what trade.csv's series column names
# label = "{a_code} customs"          # short, for legends (at most 12 characters)
# name = "{a_name} customs"
# reporter = "customs"         # customs, ministry, central-bank, statistics-office,
#                              # agency, third-party or statement
# country = "{a_code}"              # for all but third-party and statement: whose
# period = "fiscal"            # calendar or fiscal
# fiscal_start = 4             # the fiscal year's first month (April); trade.csv then
#                              # writes periods as 2021-22 or FY2022
# headline = true              # on at most one series: the one the brief leads with
#
# [[trade_series]]
# id = "imf-dots"
# label = "IMF DOTS"
# name = "IMF Direction of Trade Statistics"
# reporter = "third-party"
# period = "calendar"

# Sources that rows cite by id in their source_ids column (rows may instead, or as
# well, give free text in source_text):
#
# [[sources]]
# id = "customs-2024"
# publisher = "{a_name} customs"
# title = "Annual trade yearbook"
# year = 2024
# url = "https://example.org/yearbook"
"#,
        a_name = a.name,
        b_name = b.name,
        title = quoted(&format!("{}–{}", a.name, b.name)),
        a_quoted = quoted(&a.name),
        b_quoted = quoted(&b.name),
        a_code = a.code,
        b_code = b.code,
        a_lower = code(a),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_and_mistakes_named() {
        let pair = parse_pair("India:IND, Russia:RUS").unwrap();
        assert_eq!(pair.0[1].code, "RUS");
        assert!(
            parse_pair("India:IND")
                .unwrap_err()
                .contains("found 1 part")
        );
        assert!(
            parse_pair("India:IN,Russia:RUS")
                .unwrap_err()
                .contains("\"IN\"")
        );
        assert!(
            parse_pair("India,Russia")
                .unwrap_err()
                .contains("Name:CODE")
        );
        assert!(parse_pair("A:AAA,B:AAA").unwrap_err().contains("share"));
        assert!(parse_pair(":AAA,B:BBB").unwrap_err().contains("name"));
    }
}
