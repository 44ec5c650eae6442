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
/// error for files BigQuery cannot read.
pub fn query(engine: Engine, pair: &Pair, input: &Input) -> Result<String, String> {
    let [a, b] = pair.0.map(|c| String::from_utf8_lossy(&c).into_owned());
    let is_pair = format!(
        "(Actor1CountryCode = '{a}' AND Actor2CountryCode = '{b}') OR \
         (Actor1CountryCode = '{b}' AND Actor2CountryCode = '{a}')"
    );
    let dialect = Dialect::of(engine);
    let source = match input {
        Input::Table(name) => dialect.table(name),
        Input::Files { paths, layout } => dialect.files(paths, *layout)?,
    };
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
         --   bilat import gdelt-monthly RESULT.csv --into DIR\n\
         SELECT\n  {month} AS month,\n  {events} AS events,\n{quads}  \
         {goldstein} AS goldstein_mean,\n  {tone} AS tone_mean,\n  COUNT(*) AS all_events\n\
         FROM (\n  SELECT\n    {month_year} AS MonthYear,\n    {quad} AS QuadClass,\n    \
         {gs} AS GoldsteinScale,\n    {at} AS AvgTone,\n    \
         COALESCE({is_pair}, FALSE) AS is_pair\n  FROM {source}\n) AS events\n\
         GROUP BY MonthYear\nORDER BY MonthYear{settings};\n",
        month = dialect.month,
        // Files saved with Windows line ends, which bilat reads too.
        settings = match (engine, input) {
            (Engine::Clickhouse, Input::Files { .. }) => {
                "\nSETTINGS input_format_tsv_crlf_end_of_line = 1"
            }
            _ => "",
        },
        events = (dialect.count_if)("is_pair"),
        goldstein = (dialect.mean_if)("GoldsteinScale"),
        tone = (dialect.mean_if)("AvgTone"),
        month_year = (dialect.cast_int)("MonthYear"),
        quad = (dialect.cast_int)("QuadClass"),
        gs = (dialect.cast_float)("GoldsteinScale"),
        at = (dialect.cast_float)("AvgTone"),
    ))
}

/// How each engine spells the few things that differ.
struct Dialect {
    engine: Engine,
    month: &'static str,
    count_if: fn(&str) -> String,
    /// The pair's mean of a column, rounded to 4 decimals, NULL without the pair's events.
    mean_if: fn(&str) -> String,
    cast_int: fn(&str) -> String,
    cast_float: fn(&str) -> String,
}

impl Dialect {
    fn of(engine: Engine) -> Dialect {
        match engine {
            Engine::Bigquery => Dialect {
                engine,
                month: "FORMAT('%04d-%02d', DIV(MonthYear, 100), MOD(MonthYear, 100))",
                count_if: |c| format!("COUNTIF({c})"),
                mean_if: |c| format!("ROUND(AVG(IF(is_pair, {c}, NULL)), 4)"),
                cast_int: |c| format!("CAST({c} AS INT64)"),
                cast_float: |c| format!("CAST({c} AS FLOAT64)"),
            },
            Engine::Clickhouse => Dialect {
                engine,
                month: "concat(toString(intDiv(MonthYear, 100)), '-', \
                        leftPad(toString(MonthYear % 100), 2, '0'))",
                count_if: |c| format!("countIf({c})"),
                mean_if: |c| {
                    format!("if(countIf(is_pair) = 0, NULL, round(avgIf({c}, is_pair), 4))")
                },
                cast_int: |c| format!("toInt32OrNull(toString({c}))"),
                cast_float: |c| format!("toFloat64OrNull(toString({c}))"),
            },
            Engine::Duckdb => Dialect {
                engine,
                month: "printf('%04d-%02d', MonthYear // 100, MonthYear % 100)",
                count_if: |c| format!("count_if({c})"),
                mean_if: |c| format!("round(avg(CASE WHEN is_pair THEN {c} END), 4)"),
                cast_int: |c| format!("CAST({c} AS INTEGER)"),
                cast_float: |c| format!("CAST({c} AS DOUBLE)"),
            },
        }
    }

    fn table(&self, name: &str) -> String {
        match self.engine {
            Engine::Bigquery => format!("`{name}`"),
            Engine::Clickhouse | Engine::Duckdb => name.to_string(),
        }
    }

    /// The raw tab-separated files, every column as text, with GDELT's names.
    fn files(&self, paths: &[String], layout: Layout) -> Result<String, String> {
        let quote = |p: &String| format!("'{}'", p.replace('\'', "''"));
        match self.engine {
            Engine::Duckdb => {
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
