//! Arbitrary bytes in any file of a dataset give a dataset or located problems, never a panic.

use crate::common;

use bilat::data::{Dataset, Location};
use proptest::prelude::*;

const FILES: [&str; 6] = [
    "dataset.toml",
    "trade.csv",
    "meetings.csv",
    "exercises.csv",
    "events.csv",
    "arms.csv",
];

/// Random bytes, or the valid file with a few bytes changed, inserted or cut.
fn contents(valid: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let edits = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        edits.prop_map(move |edits| {
            let mut bytes = valid.clone();
            for (at, byte, op) in edits {
                let i = at.index(bytes.len() + 1);
                match op {
                    0 => bytes.insert(i, byte),
                    1 if i < bytes.len() => bytes[i] = byte,
                    _ => bytes.truncate(i),
                }
            }
            bytes
        }),
    ]
}

fn case() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (0..FILES.len()).prop_flat_map(|i| {
        let valid = std::fs::read(common::fixtures().join("valid/minimal").join(FILES[i])).unwrap();
        (Just(i), contents(valid))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_give_a_dataset_or_located_problems((which, bytes) in case()) {
        let tmp = tempfile::tempdir().unwrap();
        common::copy_tree(&common::fixtures().join("valid/minimal"), tmp.path());
        std::fs::write(tmp.path().join(FILES[which]), &bytes).unwrap();
        match Dataset::from_folder(tmp.path()) {
            Ok(data) => {
                for e in data.events.iter() {
                    prop_assert!(!e.title().chars().any(char::is_control));
                    prop_assert!(!e.description().chars().any(char::is_control));
                }
            }
            Err(problems) => {
                prop_assert!(!problems.0.is_empty());
                for p in &problems.0 {
                    // A changed manifest may make rows of other tables wrong; a changed table
                    // affects only itself.
                    prop_assert!(which == 0 || p.file.ends_with(FILES[which]),
                        "problem in an untouched file: {p}");
                    let shown = p.to_string();
                    prop_assert!(!shown.chars().any(char::is_control), "control char in {shown:?}");
                    if let Location::Cell { line, column } = p.location {
                        prop_assert!(line >= 1 && column >= 1);
                    }
                }
            }
        }
    }
}
