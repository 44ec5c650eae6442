//! `bilat import gdelt` and `gdelt-monthly` run as a process on hand-made files in GDELT's
//! exact layouts (tests/fixtures/import/gdelt): what they print, and every bad input as a
//! located error or a counted warning, exit 1 for errors.

use crate::common;

use std::path::{Path, PathBuf};

fn gdelt() -> PathBuf {
    common::fixtures().join("import/gdelt")
}

/// `bilat ARGS` run in the fixtures' folder: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = common::bilat(args, &gdelt());
    (
        out.status.code(),
        common::stdout(&out),
        common::stderr(&out),
    )
}

const HEADER: &str = "month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean,all_events,\
                      quality,note,source_ids,source_text\n";

#[test]
fn three_files_of_both_layouts_plain_and_zipped_make_one_row_a_month() {
    let (code, out, err) = run(&[
        "import",
        "gdelt",
        "v2-2019-03.export.CSV",
        "v2-2019-04.export.CSV.zip",
        "v1-20190503.export.CSV",
        "--pair",
        "RUS,CHN",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(err, "");
    let source =
        "\"GDELT events, CHN-RUS both directions: v2-2019-03.export.CSV and 2 more files\"";
    let expected = [
        // The FIPS trap (Geo columns RS and CH on a USA–IND row) is not counted; an actor
        // without a country is not either; RUS–RUS is not the pair.
        "2019-02,2,1,1,0,0,4.45,2.88,3,,,,",
        "2019-03,5,3,0,1,1,1.44,0.4,8,,,,",
        "2019-04,3,2,1,0,0,6.3,3.5,5,,,,",
        "2019-05,2,1,0,1,0,-0.8,0.4,3,,,,",
        // GDELT has events that month, none of the pair: a count of 0, no means.
        "2019-06,0,0,0,0,0,,,1,,,,",
    ];
    let expected: String = expected.iter().map(|l| format!("{l}{source}\n")).collect();
    assert_eq!(out, format!("{HEADER}{expected}"));
}

#[test]
fn the_pair_in_either_order_and_a_zip_or_its_contents_count_the_same() {
    let body = |out: &str| {
        // Each row but the header, without the source text, which names the file.
        out.lines()
            .skip(1)
            .map(|l| l.rsplit_once(",\"").unwrap().0.to_string())
            .collect::<Vec<_>>()
    };
    let (_, zipped, _) = run(&[
        "import",
        "gdelt",
        "v2-2019-04.export.CSV.zip",
        "--pair",
        "RUS,CHN",
    ]);
    let (_, plain, _) = run(&[
        "import",
        "gdelt",
        "v2-2019-04.export.CSV",
        "--pair",
        "CHN,RUS",
    ]);
    assert_eq!(body(&zipped), body(&plain));
}

#[test]
fn wrong_column_counts_are_errors_naming_file_line_and_count() {
    let cases = [
        (
            "header-60-names.CSV",
            "bilat: header-60-names.CSV:1: expected 57 or 58 tab-separated columns (GDELT 1.0) or 61 \
             (GDELT 2.0), found 60: count the columns, not a header's names\n",
        ),
        (
            "wrong-columns.CSV",
            "bilat: wrong-columns.CSV:3: expected 57 or 58 tab-separated columns (GDELT 1.0) or 61 \
             (GDELT 2.0), found 59: count the columns, not a header's names\n",
        ),
        (
            "mixed-layouts.CSV",
            "bilat: mixed-layouts.CSV:2: 58 columns (GDELT 1.0), but line 1 has 61 (GDELT 2.0): \
             one file holds one layout\n",
        ),
        (
            "bad-month.CSV",
            "bilat: bad-month.CSV:2:3: MonthYear: expected a month as YYYYMM, found \"2019-2\"\n",
        ),
        (
            "truncated.export.CSV.zip",
            "bilat: truncated.export.CSV.zip: not a readable zip archive (truncated or damaged?): \
             invalid Zip archive: Could not find EOCD\n",
        ),
        (
            "two-members.zip",
            "bilat: two-members.zip: expected a zip archive of one event file, found 2 members\n",
        ),
    ];
    for (file, message) in cases {
        let (code, out, err) = run(&["import", "gdelt", file, "--pair", "RUS,CHN"]);
        assert_eq!(code, Some(1), "{file}: {err}");
        assert_eq!(out, "", "{file}: nothing printed");
        assert_eq!(err, message, "{file}");
    }
}

#[test]
fn every_broken_file_is_named_and_the_good_ones_do_not_hide_them() {
    let (code, out, err) = run(&[
        "import",
        "gdelt",
        "wrong-columns.CSV",
        "v2-2019-03.export.CSV",
        "two-members.zip",
        "--pair",
        "RUS,CHN",
    ]);
    assert_eq!((code, out.as_str()), (Some(1), ""));
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("bilat: wrong-columns.CSV:3: "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("two-members.zip: expected a zip"),
        "{err}"
    );
}

#[test]
fn a_header_row_and_bad_fields_of_the_pair_are_skipped_with_counted_warnings() {
    let (code, out, err) = run(&[
        "import",
        "gdelt",
        "header-61-names.CSV",
        "--pair",
        "RUS,CHN",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err,
        "bilat: warning: header-61-names.CSV:1: skipped a header row (GDELT event files have none)\n"
    );
    assert!(out.contains("\n2019-02,2,1,1,0,0,4.45,2.88,3,"), "{out}");

    let (code, out, err) = run(&["import", "gdelt", "bad-goldstein.CSV", "--pair", "RUS,CHN"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err,
        "bilat: warning: skipped 2 rows of the pair with a bad field, not counted in its months; \
         the first: bad-goldstein.CSV:4, GoldsteinScale (column 31): expected a number from -10 \
         to 10, found \"high\"\n"
    );
    // The two skipped rows still count among the month's events of every pair.
    assert!(out.contains("\n2019-03,2,0,0,1,1,-5,-4.625,4,"), "{out}");
}

#[test]
fn a_pair_that_never_occurs_is_a_warning_and_fips_codes_are_refused() {
    let (code, out, err) = run(&[
        "import",
        "gdelt",
        "v1-20190503.export.CSV",
        "--pair",
        "IND,PAK",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.starts_with(
            "bilat: warning: no event between IND and PAK in either direction in 5 rows read"
        ),
        "{err}"
    );
    assert!(out.contains("\n2019-05,0,0,0,0,0,,,3,"), "{out}");

    let (code, _, err) = run(&[
        "import",
        "gdelt",
        "v1-20190503.export.CSV",
        "--pair",
        "RS,CH",
    ]);
    assert_eq!(code, Some(2), "a usage error: {err}");
    assert!(err.contains("a 2-letter code is FIPS"), "{err}");
}

#[test]
fn the_printed_sql_names_the_pair_both_ways_and_the_files_layout() {
    let (code, sql, err) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "bigquery",
        "--pair",
        "RUS,CHN",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(sql.contains("FROM `gdelt-bq.gdeltv2.events`"), "{sql}");
    assert!(sql.contains("(Actor1CountryCode = 'RUS' AND Actor2CountryCode = 'CHN') OR (Actor1CountryCode = 'CHN' AND Actor2CountryCode = 'RUS')"), "{sql}");
    assert!(
        sql.contains("COUNTIF(is_pair AND QuadClass = 4) AS quad4"),
        "{sql}"
    );

    let (code, sql, err) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "duckdb",
        "--pair",
        "RUS,CHN",
        "v1-20190503.export.CSV",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(sql.contains("read_csv(['v1-20190503.export.CSV']"), "{sql}");
    assert!(
        sql.contains("'Actor1Geo_ADM1Code': 'VARCHAR', 'Actor1Geo_Lat'"),
        "1.0 has no ADM2: {sql}"
    );

    let (code, sql, _) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "clickhouse",
        "--pair",
        "RUS,CHN",
        "v2-2019-04.export.CSV",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        sql.contains("file('v2-2019-04.export.CSV', 'TSVRaw', 'GLOBALEVENTID String"),
        "{sql}"
    );
    assert!(sql.contains("Actor1Geo_ADM2Code String"), "{sql}");

    for (args, message) in [
        (
            vec!["bigquery", "v1-20190503.export.CSV"],
            "BigQuery reads its hosted table",
        ),
        (vec!["duckdb"], "DuckDB reads the event files"),
        (
            vec!["duckdb", "v2-2019-04.export.CSV.zip"],
            "a zip archive: unzip it",
        ),
        (
            vec!["duckdb", "v2-2019-04.export.CSV", "v1-20190503.export.CSV"],
            "one query reads one layout",
        ),
    ] {
        let mut all = vec!["import", "gdelt", "--pair", "RUS,CHN", "--print-sql"];
        all.extend(args);
        let (code, _, err) = run(&all);
        assert_eq!(code, Some(1), "{all:?}");
        assert!(err.contains(message), "{all:?}: {err}");
    }
}

/// The query for every partner of one country, as each engine gets it: reviewed text, kept
/// as snapshots (tests/import/snapshots).
#[test]
fn the_partners_query_of_each_engine() {
    for (name, args) in [
        ("partners_query_bigquery", vec!["bigquery"]),
        (
            "partners_query_clickhouse",
            vec!["clickhouse", "v2-2019-03.export.CSV"],
        ),
        (
            "partners_query_duckdb",
            vec!["duckdb", "v2-2019-03.export.CSV", "v2-2019-04.export.CSV"],
        ),
    ] {
        let mut all = vec!["import", "gdelt", "--country", "RUS", "--print-sql"];
        all.extend(args);
        let (code, sql, err) = run(&all);
        assert_eq!(code, Some(0), "{all:?}: {err}");
        insta::assert_snapshot!(name, sql);
    }
}

#[test]
fn the_partners_query_says_how_to_import_it_and_what_bigquery_scans() {
    let (code, sql, err) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "bigquery",
        "--country",
        "RUS",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        sql.contains(
            "--   bilat import gdelt-monthly RESULT.csv --country RUS --into-library DIR\n"
        ),
        "{sql}"
    );
    assert!(
        sql.contains("This one reads six: MonthYear, QuadClass"),
        "{sql}"
    );
    assert!(sql.contains("6.7 GB at the 159 million rows"), "{sql}");
    assert!(sql.contains("--dry_run"), "{sql}");
    // The pair query says the same about BigQuery's bill; the other engines' queries do not.
    let (_, pair, _) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "bigquery",
        "--pair",
        "RUS,CHN",
    ]);
    assert!(
        pair.contains("This one reads six") && pair.contains("--dry_run"),
        "{pair}"
    );
    let (_, duckdb, _) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "duckdb",
        "--country",
        "RUS",
        "v1-20190503.export.CSV",
    ]);
    assert!(!duckdb.contains("Cost:"), "{duckdb}");
    // Another table: no figure for a table bilat does not know.
    let (code, other, err) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "bigquery",
        "--country",
        "RUS",
        "--table",
        "my-project.gdelt.events",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(other.contains("FROM `my-project.gdelt.events`"), "{other}");
    assert!(
        other.contains("42 bytes a row at most, times the table's rows"),
        "{other}"
    );
}

#[test]
fn partners_codes_and_tables_that_are_not_plain_are_refused() {
    for (country, message) in [
        (
            "rus",
            "expected a 3-letter CAMEO country code in capitals like RUS, found \"rus\"",
        ),
        ("RS", "a 2-letter code is FIPS"),
        ("RUSS", "found \"RUSS\""),
        ("R'S", "found \"R'S\""),
        ("RUS' OR 1=1 --", "expected a 3-letter CAMEO country code"),
        ("", "expected a 3-letter CAMEO country code"),
    ] {
        let (code, out, err) = run(&[
            "import",
            "gdelt",
            "--print-sql",
            "bigquery",
            "--country",
            country,
        ]);
        assert_eq!(code, Some(2), "{country:?} is a usage error: {err}");
        assert!(err.contains(message), "{country:?}: {err}");
        assert!(out.is_empty(), "{country:?}: no query printed: {out}");
    }
    for (engine, table) in [
        ("bigquery", "gdelt-bq.gdeltv2.events` WHERE 1=1 --"),
        ("clickhouse", "gdelt-bq.events"),
        ("clickhouse", "gdelt.events; DROP TABLE x"),
        ("bigquery", "a.b.c.d"),
    ] {
        let (code, out, err) = run(&[
            "import",
            "gdelt",
            "--print-sql",
            engine,
            "--country",
            "RUS",
            "--table",
            table,
        ]);
        assert_eq!(code, Some(1), "{table:?}: {err}");
        assert!(
            err.contains("--table: expected a table name like"),
            "{table:?}: {err}"
        );
        assert!(out.is_empty(), "{table:?}: {out}");
    }
}

#[test]
fn country_is_refused_with_pair_and_without_print_sql() {
    let (code, _, err) = run(&[
        "import",
        "gdelt",
        "--print-sql",
        "bigquery",
        "--country",
        "RUS",
        "--pair",
        "RUS,CHN",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("the argument '--country <CODE>' cannot be used with '--pair <CODE,CODE>'"),
        "{err}"
    );
    // No raw import of every partner: --country is the query's.
    let (code, _, err) = run(&[
        "import",
        "gdelt",
        "v1-20190503.export.CSV",
        "--country",
        "RUS",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--print-sql <ENGINE>"), "{err}");
    // Neither: the pair is asked for.
    let (code, _, err) = run(&["import", "gdelt", "--print-sql", "bigquery"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--pair <CODE,CODE>"), "{err}");
}

/// The partners' query's result, as an engine writes it, goes in with `gdelt-monthly
/// --country`: a dataset per partner, each month as the pair's own import counts it.
#[test]
fn the_partners_result_imports_as_a_dataset_per_partner() {
    let tmp = tempfile::tempdir().unwrap();
    let result = write(
        tmp.path(),
        "partners.csv",
        "country,partner,month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean,all_events\n\
         RUS,CHN,2019-02,2,1,1,0,0,4.45,2.88,3\n\
         RUS,CHN,2019-03,5,3,0,1,1,1.44,0.4,8\n\
         RUS,IND,2019-02,0,0,0,0,0,,,3\n\
         RUS,IND,2019-03,1,0,0,1,0,-2,-1.5,8\n\
         RUS,EUR,2019-02,4,2,2,0,0,3,1,3\n\
         RUS,WST,2019-03,1,0,0,0,1,-5,-3,8\n",
    );
    let library = tmp.path().join("pairs");
    let out = common::bilat(
        &[
            "import",
            "gdelt-monthly",
            result.to_str().unwrap(),
            "--country",
            "RUS",
            "--into-library",
            library.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let table =
        |pair: &str| std::fs::read_to_string(library.join(pair).join("cooperation.csv")).unwrap();
    let chn = table("rus-chn");
    assert!(chn.contains("\n2019-02,2,1,1,0,0,4.45,2.88,3,"), "{chn}");
    assert!(chn.contains("\n2019-03,5,3,0,1,1,1.44,0.4,8,"), "{chn}");
    let ind = table("rus-ind");
    assert!(
        ind.contains("\n2019-02,0,0,0,0,0,,,3,"),
        "a month without events: {ind}"
    );
    // Europe and the West are CAMEO regions, not countries: no dataset, and said so.
    let mut made: Vec<String> = std::fs::read_dir(&library)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    made.sort();
    assert_eq!(made, ["rus-chn", "rus-ind"]);
    let said = common::stderr(&out);
    assert!(
        said.contains("skipped 2 rows of CAMEO regions, not countries"),
        "{said}"
    );
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_query_result_reads_by_header_name_with_nulls_as_gaps() {
    let tmp = tempfile::tempdir().unwrap();
    // Columns in another order, ClickHouse's \N for NULL.
    let result = write(
        tmp.path(),
        "result.csv",
        "all_events,month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean\n\
         8,2019-03,5,3,0,1,1,1.44,0.4\n\
         1,2019-06,0,0,0,0,0,\\N,\\N\n",
    );
    let out = common::bilat(
        &["import", "gdelt-monthly", result.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let source = "\"GDELT events by month, from a query's result: result.csv\"";
    assert_eq!(
        common::stdout(&out),
        format!(
            "{HEADER}2019-03,5,3,0,1,1,1.44,0.4,8,,,,{source}\n2019-06,0,0,0,0,0,,,1,,,,{source}\n"
        )
    );

    let bad = write(
        tmp.path(),
        "bad.csv",
        "all_events,month,events,quad1,quad2,quad3,quad4,goldstein_mean,tone_mean\n\
         8,2019-03,5,3,0,1,0,1.44,0.4\n",
    );
    let out = common::bilat(
        &["import", "gdelt-monthly", bad.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        common::stderr(&out),
        format!(
            "bilat: {}:2:3: events: the quad classes add up to 4, not the month's events (5), found \"5\"\n",
            bad.display()
        )
    );

    let short = write(tmp.path(), "short.csv", "month,events\n2019-03,5\n");
    let out = common::bilat(
        &["import", "gdelt-monthly", short.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains(
            ":1: the header lacks quad1, quad2, quad3, quad4, goldstein_mean, tone_mean, all_events"
        ),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn into_a_folder_makes_it_keeps_hand_written_months_and_a_second_import_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rc");
    let files = ["v2-2019-03.export.CSV", "v1-20190503.export.CSV"];
    let import = |pair: &str| {
        let dir = dir.to_str().unwrap();
        let mut args = vec!["import", "gdelt"];
        args.extend(files);
        args.extend(["--pair", pair, "--into", dir]);
        run(&args)
    };
    let (code, _, err) = import("RUS,CHN");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("a new dataset folder needs its two countries"),
        "{err}"
    );

    let (code, out, err) = import("Russia:RUS,China:CHN");
    assert_eq!((code, out.as_str()), (Some(0), ""), "{err}");
    assert!(
        err.contains("gdelt: read 16 rows, kept 9, skipped 0\n"),
        "{err}"
    );
    let table = dir.join("cooperation.csv");
    let written = std::fs::read_to_string(&table).unwrap();
    assert!(
        written.contains("\n2019-03,5,3,0,1,1,1.44,0.4,8,,,gdelt,\n"),
        "{written}"
    );

    // A month written by hand, citing another source, stays through a re-import.
    let hand = "2018-12,1,1,0,0,0,3,2.5,,,counted by hand,,Newspaper archive\n";
    std::fs::write(&table, format!("{written}{hand}")).unwrap();
    let (code, _, err) = import("RUS,CHN");
    assert_eq!(code, Some(0), "{err}");
    let before: Vec<(PathBuf, String)> = ["cooperation.csv", "dataset.toml"]
        .iter()
        .map(|f| (dir.join(f), std::fs::read_to_string(dir.join(f)).unwrap()))
        .collect();
    assert!(before[0].1.contains(hand));
    let (code, _, err) = import("CHN,RUS");
    assert_eq!(code, Some(0), "{err}");
    for (path, bytes) in &before {
        assert_eq!(
            &std::fs::read_to_string(path).unwrap(),
            bytes,
            "{}",
            path.display()
        );
    }
    let data = bilat::data::Dataset::from_folder(&dir).unwrap();
    assert_eq!(data.cooperation.len(), 6);

    let (code, _, err) = import("IND,CHN");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("the dataset is for CHN,RUS, but --pair names CHN,IND"),
        "{err}"
    );
}
