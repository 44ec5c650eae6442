//! The queries' text for each engine.

use super::*;

#[test]
fn codes_are_checked_again_where_they_enter_the_query() {
    for engine in [Engine::Bigquery, Engine::Clickhouse, Engine::Duckdb] {
        let table = Input::Table(CLICKHOUSE_TABLE.to_string());
        for bad in ["R'S", "rus", "RU", "RUSS", "' OR 1=1 --", ""] {
            let err = partners_query(engine, bad, &table).unwrap_err();
            assert!(
                err.contains("3-letter CAMEO country code"),
                "{bad:?}: {err}"
            );
        }
        // A pair made by hand, past its parser, is refused too.
        let pair = Pair([*b"RUS", *b"C'N"]);
        assert!(query(engine, &pair, &table).is_err());
        assert!(partners_query(engine, "RUS", &table).is_ok());
    }
}

#[test]
fn clickhouse_paths_escape_backslashes_and_quotes() {
    let input = Input::Files {
        paths: vec!["a\\' b'.CSV".to_string()],
        layout: Layout::V2,
    };
    let sql = partners_query(Engine::Clickhouse, "RUS", &input).unwrap();
    assert!(sql.contains("file('a\\\\\\' b\\'.CSV', 'TSVRaw'"), "{sql}");
    let sql = partners_query(Engine::Duckdb, "RUS", &input).unwrap();
    assert!(sql.contains("read_csv(['a\\'' b''.CSV']"), "{sql}");
}
