//! How a step goes to the next or previous match, round the ends.

use super::rows::step;
use proptest::prelude::*;

/// Matches at positions 1, 4 and 6 of 8.
fn at(p: usize) -> bool {
    [1, 4, 6].contains(&p)
}

#[test]
fn a_new_search_counts_the_row_it_starts_on() {
    assert_eq!(step(8, at, 4, false, true), Some((4, false)));
    assert_eq!(step(8, at, 5, false, true), Some((6, false)));
    assert_eq!(step(8, at, 7, false, true), Some((1, true)));
}

#[test]
fn next_and_previous_go_round_past_the_ends() {
    assert_eq!(step(8, at, 4, true, true), Some((6, false)));
    assert_eq!(step(8, at, 6, true, true), Some((1, true)));
    assert_eq!(step(8, at, 4, true, false), Some((1, false)));
    assert_eq!(step(8, at, 1, true, false), Some((6, true)));
    // Off a match, the previous is before where the list stands.
    assert_eq!(step(8, at, 5, false, false), Some((4, false)));
    assert_eq!(step(8, at, 0, false, false), Some((6, true)));
}

#[test]
fn one_match_is_its_own_next_and_none_is_none() {
    assert_eq!(step(8, |p| p == 3, 3, true, true), Some((3, true)));
    assert_eq!(step(8, |p| p == 3, 3, true, false), Some((3, true)));
    assert_eq!(step(8, |_| false, 3, false, true), None);
    assert_eq!(step(0, |_| true, 0, false, true), None);
}

proptest! {
    /// Stepping forward from a match visits every match once, in order, before coming
    /// back to it; backward, in reverse.
    #[test]
    fn stepping_visits_every_match_in_turn(
        marks in proptest::collection::vec(any::<bool>(), 1..40),
        forward in any::<bool>(),
    ) {
        let matches: Vec<usize> = (0..marks.len()).filter(|&p| marks[p]).collect();
        prop_assume!(!matches.is_empty());
        let start = matches[0];
        let mut here = start;
        let mut seen = vec![here];
        loop {
            let (next, _) = step(marks.len(), |p| marks[p], here, true, forward).unwrap();
            if next == start {
                break;
            }
            seen.push(next);
            here = next;
        }
        let mut expected = matches.clone();
        if !forward {
            expected[1..].reverse();
        }
        prop_assert_eq!(seen, expected);
    }
}
