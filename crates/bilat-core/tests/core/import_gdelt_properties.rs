//! GDELT's line parser and file reader never panic, whatever the bytes: every line is an
//! event, a header, or a located problem.

use bilat::import::gdelt::{LineError, Pair, read_events, split};
use proptest::prelude::*;

/// Lines built from GDELT-like pieces: tabs, digits, signs, codes, and any byte now and then.
fn line() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\t".to_vec()),
        Just(b"RUS".to_vec()),
        Just(b"CHN".to_vec()),
        Just(b"201903".to_vec()),
        Just(b"-10.5".to_vec()),
        Just(b"4".to_vec()),
        Just(b"GLOBALEVENTID".to_vec()),
        "[0-9.+-]{0,6}".prop_map(String::into_bytes),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..140).prop_map(|pieces| pieces.concat())
}

/// A line of exactly `columns` fields, each one of the pieces above.
fn event(columns: usize) -> impl Strategy<Value = Vec<u8>> {
    let field = prop_oneof![
        Just(b"RUS".to_vec()),
        Just(b"CHN".to_vec()),
        Just(b"201903".to_vec()),
        "[0-9.+-]{0,5}".prop_map(String::into_bytes),
        prop::collection::vec(
            any::<u8>().prop_filter("no tab", |b| *b != b'\t' && *b != b'\n'),
            0..4
        ),
    ];
    prop::collection::vec(field, columns).prop_map(|fields| fields.join(&b'\t'))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_line_splits_or_says_why(bytes in line()) {
        match split(&bytes) {
            Ok(fields) => {
                prop_assert!(matches!(fields.layout.columns(), 57 | 58 | 61));
                let _ = fields.month();
                let _ = fields.quad_class();
                let _ = fields.goldstein();
                let _ = fields.tone();
                let _ = fields.is_pair(&[*b"RUS", *b"CHN"]);
            }
            Err(LineError::Columns(n)) => prop_assert!(!matches!(n, 57 | 58 | 61)),
            Err(LineError::Header) => {}
        }
    }

    #[test]
    fn event_shaped_lines_read_their_fields_without_panicking(
        bytes in prop_oneof![event(57), event(58), event(61)],
    ) {
        let fields = split(&bytes).unwrap();
        if let Ok(g) = fields.goldstein() {
            prop_assert!((-10.0..=10.0).contains(&g));
        }
        if let Ok((_, month)) = fields.month() {
            prop_assert!((1..=12).contains(&month));
        }
    }

    #[test]
    fn any_stream_is_counted_or_a_located_problem(
        lines in prop::collection::vec(prop_oneof![event(61), line()], 0..6),
    ) {
        let text = lines.join(&b'\n');
        let pair = Pair([*b"RUS", *b"CHN"]);
        match read_events("f.CSV", text.as_slice(), &pair, &|_| {}) {
            Ok(found) => prop_assert!(found.tally.pair_rows <= found.tally.rows),
            Err(problem) => prop_assert!(problem.to_string().starts_with("f.CSV:")),
        }
    }
}
