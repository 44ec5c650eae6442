//! The monthly count as SQL for where GDELT's full history lives: BigQuery's public table,
//! ClickHouse, or DuckDB over the raw files. Each query gives the columns
//! [`super::monthly`] reads, the same figures `bilat import gdelt` computes.

use super::line::Layout;
use super::tally::Pair;

/// Where the query runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    Bigquery,
    Clickhouse,
    Duckdb,
}

/// BigQuery's public GDELT 2.0 events table.
pub const BIGQUERY_TABLE: &str = "gdelt-bq.gdeltv2.events";
/// A ClickHouse table with GDELT's column names, when no files are given.
pub const CLICKHOUSE_TABLE: &str = "gdelt.events";

/// GDELT 2.0's 61 column names in file order; GDELT 1.0 lacks the three `ADM2Code` ones,
/// and its historical backfile `SOURCEURL` too.
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The column names of a layout, in file order.
pub fn column_names(layout: Layout) -> impl Iterator<Item = &'static str> {
    COLUMNS.into_iter().filter(move |c| match layout {
        Layout::V2 => true,
        Layout::V1 => !c.ends_with("ADM2Code"),
        Layout::V1Backfile => !c.ends_with("ADM2Code") && *c != "SOURCEURL",
    })
}

/// What the query reads: a hosted table, or event files of one layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Table(String),
    Files { paths: Vec<String>, layout: Layout },
}

/// The query, with a comment saying what it computes and how to import its result; an
/// error for files BigQuery cannot read, a code that is not 3 capital letters or a table name
/// that is not a plain name (nothing given is written into the query unchecked).
pub fn query(engine: Engine, pair: &Pair, input: &Input) -> Result<String, String> {
    let [a, b] = pair.0.map(|c| String::from_utf8_lossy(&c).into_owned());
    let (a, b) = (checked_code(&a)?, checked_code(&b)?);
    let is_pair = format!(
        "(Actor1CountryCode = '{a}' AND Actor2CountryCode = '{b}') OR \
         (Actor1CountryCode = '{b}' AND Actor2CountryCode = '{a}')"
    );
    let dialect = Dialect::of(engine);
    let source = dialect.source(input)?;
    let quads: String = (1..=4)
        .map(|q| {
            format!(
                "  {} AS quad{q},\n",
                (dialect.count_if)(&format!("is_pair AND QuadClass = {q}"))
            )
        })
        .collect();
    Ok(format!(
        "-- GDELT events between {a} and {b} (either direction) by month, with every event of\n\
         -- the month in all_events. Save the result as CSV with a header row, then:\n\
         --   bilat import gdelt-monthly RESULT.csv --into DIR\n{cost}\
         SELECT\n  {month} AS month,\n  {events} AS events,\n{quads}  \
         {goldstein} AS goldstein_mean,\n  {tone} AS tone_mean,\n  COUNT(*) AS all_events\n\
         FROM (\n  SELECT\n    {month_year} AS MonthYear,\n    {quad} AS QuadClass,\n    \
         {gs} AS GoldsteinScale,\n    {at} AS AvgTone,\n    \
         COALESCE({is_pair}, FALSE) AS is_pair\n  FROM {source}\n) AS events\n\
         GROUP BY MonthYear\nORDER BY MonthYear{settings};\n",
        cost = cost(engine, input),
        month = (dialect.month)("MonthYear"),
        settings = settings(engine, input, &[]),
        events = (dialect.count_if)("is_pair"),
        goldstein = (dialect.mean_if)("GoldsteinScale"),
        tone = (dialect.mean_if)("AvgTone"),
        month_year = (dialect.cast_int)("MonthYear"),
        quad = (dialect.cast_int)("QuadClass"),
        gs = (dialect.cast_float)("GoldsteinScale"),
        at = (dialect.cast_float)("AvgTone"),
    ))
}

/// The query for every partner of `country` at once: the pair query's table for each, with
/// the columns `country` and `partner` before it, as `bilat import gdelt-monthly --country`
/// reads it. Each partner gets a row for every month the input holds, 0 events where the
/// pair has none, and `all_events` is every event of the month, as in the pair query. A
/// partner is the other actor's code, either direction, when it is 3 capital letters (the
/// codes `--pair` takes): blank codes and the country with itself are left out.
pub fn partners_query(engine: Engine, country: &str, input: &Input) -> Result<String, String> {
    let c = checked_code(country)?;
    let dialect = Dialect::of(engine);
    let source = dialect.source(input)?;
    let quads: String = (1..=4)
        .map(|q| {
            format!(
                "    {} AS q{q},\n",
                (dialect.count_if)(&format!("quad_class = {q}"))
            )
        })
        .collect();
    let coalesced: String = (1..=4)
        .map(|q| format!("  COALESCE(q{q}, 0) AS quad{q},\n"))
        .collect();
    Ok(format!(
        "-- GDELT events between {c} and each partner (either direction) by month: a row for every\n\
         -- partner and every month the events cover (0 events in a month without the pair's),\n\
         -- with every event of the month in all_events, as `bilat import gdelt --pair {c},CODE`\n\
         -- counts them. A partner is the other actor's 3-letter CAMEO code (Actor1CountryCode,\n\
         -- Actor2CountryCode); blank codes, CAMEO's regions (AFR, EUR, ...) and {c} with itself\n\
         -- are left out. Save the result as CSV with a header row (DuckDB: COPY (the query,\n\
         -- without its last semicolon) TO 'RESULT.csv' (HEADER)), then:\n\
         --   bilat import gdelt-monthly RESULT.csv --country {c} --into-library DIR\n{cost}\
         WITH events AS (\n  SELECT\n    {month_year} AS month_year,\n    {quad} AS quad_class,\n    \
         {gs} AS goldstein,\n    {at} AS tone,\n    \
         CASE WHEN Actor1CountryCode = '{c}' THEN Actor2CountryCode\n      \
         WHEN Actor2CountryCode = '{c}' THEN Actor1CountryCode END AS partner\n  \
         FROM {source}\n),\n\
         months AS (\n  SELECT month_year, COUNT(*) AS all_events\n  FROM events\n  \
         GROUP BY month_year\n),\n\
         dyads AS (\n  SELECT\n    partner,\n    month_year,\n    COUNT(*) AS pair_events,\n\
         {quads}    {goldstein} AS goldstein_mean,\n    {tone} AS tone_mean\n  FROM events\n  \
         WHERE partner <> '{c}' AND {is_code}\n    AND partner NOT IN ({regions})\n  \
         GROUP BY partner, month_year\n),\n\
         partners AS (\n  SELECT DISTINCT partner FROM dyads\n)\n\
         SELECT\n  '{c}' AS country,\n  partner,\n  {month} AS month,\n  \
         COALESCE(pair_events, 0) AS events,\n{coalesced}  goldstein_mean,\n  tone_mean,\n  \
         all_events\nFROM partners\nCROSS JOIN months\n\
         LEFT JOIN dyads USING (partner, month_year)\n\
         ORDER BY partner, month_year{settings};\n",
        cost = cost(engine, input),
        month = (dialect.month)("month_year"),
        // What a LEFT JOIN misses, ClickHouse fills with the type's default unless told to
        // use NULL: the means are Nullable here and NULL either way, but no table's types
        // should decide whether a month without events has a mean of 0.
        settings = settings(engine, input, &["join_use_nulls = 1"]),
        goldstein = (dialect.mean)("goldstein"),
        tone = (dialect.mean)("tone"),
        is_code = (dialect.is_code)("partner"),
        regions = super::REGIONS
            .iter()
            .map(|r| format!("'{r}'"))
            .collect::<Vec<_>>()
            .join(", "),
        month_year = (dialect.cast_int)("MonthYear"),
        quad = (dialect.cast_int)("QuadClass"),
        gs = (dialect.cast_float)("GoldsteinScale"),
        at = (dialect.cast_float)("AvgTone"),
    ))
}

/// A code checked again where it enters the query: 3 capital letters, nothing else.
fn checked_code(code: &str) -> Result<String, String> {
    let code = super::parse_code(code)?;
    Ok(String::from_utf8_lossy(&code).into_owned())
}

/// What BigQuery will scan, said before the query: it bills every column read, over the
/// whole table, whatever the countries.
fn cost(engine: Engine, input: &Input) -> String {
    let Input::Table(name) = input else {
        return String::new();
    };
    if engine != Engine::Bigquery {
        return String::new();
    }
    let rows = if name == BIGQUERY_TABLE {
        "-- 42 bytes a row at most: about 6.7 GB at the 159 million rows GDELT once gave for\n\
         -- gdeltv2.events, and more now, as it grows by 50 to 97 million events a year.\n"
    } else {
        "-- 42 bytes a row at most, times the table's rows.\n"
    };
    format!(
        "-- Cost: BigQuery bills the columns a query reads, over the whole table whatever the\n\
         -- countries. This one reads six: MonthYear, QuadClass, GoldsteinScale and AvgTone (8\n\
         -- bytes a row each), Actor1CountryCode and Actor2CountryCode (2 bytes and the code):\n\
         {rows}\
         -- Dry-run it first: it prints the bytes the query would process, and bills nothing:\n\
         --   bq query --use_legacy_sql=false --dry_run \"$(cat query.sql)\"\n"
    )
}

/// The query's closing SETTINGS (ClickHouse's): files saved with Windows line ends, which
/// bilat reads too, and the query's own.
fn settings(engine: Engine, input: &Input, own: &[&str]) -> String {
    if engine != Engine::Clickhouse {
        return String::new();
    }
    let mut all: Vec<&str> = Vec::new();
    if matches!(input, Input::Files { .. }) {
        all.push("input_format_tsv_crlf_end_of_line = 1");
    }
    all.extend(own);
    if all.is_empty() {
        String::new()
    } else {
        format!("\nSETTINGS {}", all.join(", "))
    }
}

/// How each engine spells the few things that differ.
struct Dialect {
    engine: Engine,
    /// `YYYY-MM` from a `YYYYMM` number.
    month: fn(&str) -> String,
    count_if: fn(&str) -> String,
    /// The pair's mean of a column, rounded to 4 decimals, NULL without the pair's events.
    mean_if: fn(&str) -> String,
    /// A group's mean, rounded to 4 decimals.
    mean: fn(&str) -> String,
    /// Whether a text is 3 capital letters (false or NULL for NULL).
    is_code: fn(&str) -> String,
    cast_int: fn(&str) -> String,
    cast_float: fn(&str) -> String,
}

impl Dialect {
    fn of(engine: Engine) -> Dialect {
        match engine {
            Engine::Bigquery => Dialect {
                engine,
                month: |c| format!("FORMAT('%04d-%02d', DIV({c}, 100), MOD({c}, 100))"),
                count_if: |c| format!("COUNTIF({c})"),
                mean_if: |c| format!("ROUND(AVG(IF(is_pair, {c}, NULL)), 4)"),
                mean: |c| format!("ROUND(AVG({c}), 4)"),
                is_code: |c| format!("REGEXP_CONTAINS({c}, r'^[A-Z]{{3}}$')"),
                cast_int: |c| format!("CAST({c} AS INT64)"),
                cast_float: |c| format!("CAST({c} AS FLOAT64)"),
            },
            Engine::Clickhouse => Dialect {
                engine,
                month: |c| {
                    format!(
                        "concat(toString(intDiv({c}, 100)), '-', \
                         leftPad(toString({c} % 100), 2, '0'))"
                    )
                },
                count_if: |c| format!("countIf({c})"),
                mean_if: |c| {
                    format!("if(countIf(is_pair) = 0, NULL, round(avgIf({c}, is_pair), 4))")
                },
                mean: |c| format!("round(avg({c}), 4)"),
                is_code: |c| format!("match({c}, '^[A-Z]{{3}}$')"),
                cast_int: |c| format!("toInt32OrNull(toString({c}))"),
                cast_float: |c| format!("toFloat64OrNull(toString({c}))"),
            },
            Engine::Duckdb => Dialect {
                engine,
                month: |c| format!("printf('%04d-%02d', {c} // 100, {c} % 100)"),
                count_if: |c| format!("count_if({c})"),
                mean_if: |c| format!("round(avg(CASE WHEN is_pair THEN {c} END), 4)"),
                mean: |c| format!("round(avg({c}), 4)"),
                is_code: |c| format!("regexp_full_match({c}, '[A-Z]{{3}}')"),
                cast_int: |c| format!("CAST({c} AS INTEGER)"),
                cast_float: |c| format!("CAST({c} AS DOUBLE)"),
            },
        }
    }

    /// What the query reads from.
    fn source(&self, input: &Input) -> Result<String, String> {
        match input {
            Input::Table(name) => self.table(name),
            Input::Files { paths, layout } => self.files(paths, *layout),
        }
    }

    /// A hosted table's name, refused unless it is plain: parts of letters, digits and `_`
    /// (and `-`, for BigQuery's project) between dots, so nothing else enters the query.
    fn table(&self, name: &str) -> Result<String, String> {
        let bigquery = self.engine == Engine::Bigquery;
        let parts: Vec<&str> = name.split('.').collect();
        let plain = |part: &&str| {
            part.bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || (bigquery && b == b'-'))
        };
        if parts.len() > 3 || !parts.iter().all(plain) {
            let example = if bigquery {
                BIGQUERY_TABLE
            } else {
                CLICKHOUSE_TABLE
            };
            return Err(format!(
                "--table: expected a table name like {example} (letters, digits and _{} between \
                 dots), found {:?}",
                if bigquery { ", -" } else { "" },
                crate::data::sanitize(name)
            ));
        }
        Ok(if bigquery {
            format!("`{name}`")
        } else {
            name.to_string()
        })
    }

    /// The raw tab-separated files, every column as text, with GDELT's names.
    fn files(&self, paths: &[String], layout: Layout) -> Result<String, String> {
        match self.engine {
            Engine::Duckdb => {
                // Standard SQL strings: a quote is doubled, a backslash is itself.
                let quote = |p: &String| format!("'{}'", p.replace('\'', "''"));
                let list: Vec<String> = paths.iter().map(quote).collect();
                let columns: Vec<String> = column_names(layout)
                    .map(|c| format!("'{c}': 'VARCHAR'"))
                    .collect();
                Ok(format!(
                    "read_csv([{}],\n    delim = '\\t', header = false, quote = '', escape = '',\n    \
                     auto_detect = false, columns = {{{}}})",
                    list.join(", "),
                    columns.join(", ")
                ))
            }
            Engine::Bigquery => Err(format!(
                "BigQuery reads its hosted table ({BIGQUERY_TABLE}), not files: give no files, \
                 or print the query for clickhouse or duckdb"
            )),
            Engine::Clickhouse => {
                // ClickHouse reads backslash escapes in strings: both are escaped.
                let quote =
                    |p: &String| format!("'{}'", p.replace('\\', "\\\\").replace('\'', "\\'"));
                let structure: Vec<String> = column_names(layout)
                    .map(|c| format!("{c} String"))
                    .collect();
                let structure = structure.join(", ");
                let files: Vec<String> = paths
                    .iter()
                    .map(|p| format!("SELECT * FROM file({}, 'TSVRaw', '{structure}')", quote(p)))
                    .collect();
                Ok(format!("(\n    {}\n  )", files.join("\n    UNION ALL ")))
            }
        }
    }
}

#[cfg(test)]
mod tests;
