//! Searching the timeline: which events hold the words (one pass over the text arena for an
//! ASCII query, or over the events file in bounded chunks when the text stays there; dates
//! as shown), and which match fits best, for the selection to land on.

use std::ops::Range;

use crate::data::Dataset;

use super::timeline::TimelineView;

impl TimelineView {
    /// Selects the match that best fits `query` and returns its rank among the matches shown
    /// (in display order) and their count: a whole word of a title first (`Wei` finds Wei
    /// Fenghe before Huawei), then a title holding it, then a whole word of a description,
    /// then the rest; among equals, the first in display order.
    pub(crate) fn find_best(
        &mut self,
        data: &Dataset,
        query: &str,
        height: usize,
    ) -> Option<(usize, usize)> {
        let shown = self.shown_matches(data)?;
        if shown.is_empty() {
            return None;
        }
        let needle = query.to_lowercase();
        let fit = |i: u32| {
            let e = data.events.get(i as usize);
            let title = e.title().to_lowercase();
            if has_word(&title, &needle) {
                0
            } else if title.contains(&needle) {
                1
            } else if has_word(&e.description().to_lowercase(), &needle) {
                2
            } else {
                3
            }
        };
        // In display order: the ranks count from the top of the list.
        let ordered: Vec<u32> = if self.newest_first {
            shown.iter().rev().copied().collect()
        } else {
            shown.clone()
        };
        // The first of the best (a whole word of a title can be bettered by nothing). Text
        // read from the file costs a read a match: there, the first RANKED_ON_DEMAND
        // matches in display order are ranked, the rest not.
        let ranked = match data.events.file() {
            Some(_) => RANKED_ON_DEMAND,
            None => usize::MAX,
        };
        let mut best: Option<(usize, u32, u8)> = None;
        for (nth, &m) in ordered.iter().enumerate().take(ranked) {
            // Text on disk is read ahead a batch of matches at a time, in few reads.
            if nth % RANK_BATCH == 0 {
                let batch = ordered[nth..].iter().take(RANK_BATCH);
                data.events.prefetch(batch.map(|&i| i as usize));
            }
            let f = fit(m);
            if best.is_none_or(|(_, _, b)| f < b) {
                best = Some((nth, m, f));
            }
            if f == 0 {
                break;
            }
        }
        let (nth, event, _) = best?;
        let position = self.position_of(event);
        self.cursor.select(position, self.rows.len(), height);
        Some((nth + 1, ordered.len()))
    }
}

/// How many matches are ranked when their text is read from the file: a few tenths of a
/// second of reads at most, where ranking millions would take seconds.
const RANKED_ON_DEMAND: usize = 10_000;

/// Matches whose text is read ahead together while ranking: what the record cache holds.
const RANK_BATCH: usize = 256;

/// Whether `word` stands in `text` as a whole word (not inside a longer one).
fn has_word(text: &str, word: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).any(|(at, _)| {
        boundary(text[..at].chars().next_back()) && boundary(text[at + word.len()..].chars().next())
    })
}

/// The events whose title, description or category holds `query`, ignoring case, in
/// ascending order. One pass over the text arena for an ASCII query.
pub fn search(data: &Dataset, query: &str) -> Vec<u32> {
    search_with(data, query, &mut |_, _| true).unwrap_or_default()
}

/// [`search`], telling `progress` (bytes scanned, bytes in all) how far a scan of the events
/// file has got; `None` when `progress` stopped it by answering false, or when the file
/// changed under it (the events are read again then, and the search with them).
pub fn search_with(
    data: &Dataset,
    query: &str,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Option<Vec<u32>> {
    let events = &data.events;
    let needle = query.to_lowercase();
    if needle.is_empty() {
        return Some(Vec::new());
    }
    let categories: Vec<u16> = data
        .manifest
        .event_categories
        .iter()
        .enumerate()
        .filter(|(_, name)| name.contains(&needle))
        .map(|(i, _)| i as u16)
        .collect();
    let mut hits: Vec<u32> = if let Some(scanned) = events.scan_file(&needle, progress) {
        scanned.ok()?
    } else if needle.is_ascii() {
        scan_ascii(data, needle.as_bytes())
    } else {
        (0..events.len())
            .filter(|&i| {
                let e = events.get(i);
                e.title().to_lowercase().contains(&needle)
                    || e.description().to_lowercase().contains(&needle)
            })
            .map(|i| i as u32)
            .collect()
    };
    if !categories.is_empty() {
        hits.extend(
            (0..events.len())
                .filter(|&i| categories.contains(&events.category(i)))
                .map(|i| i as u32),
        );
    }
    // Dates are shown, so they are searched too: `1969`, `1969-09`, `2018-09-11`.
    if looks_like_date(&needle) {
        hits.extend(
            (0..events.len())
                .filter(|&i| events.date(i).to_string().starts_with(&needle))
                .map(|i| i as u32),
        );
    }
    hits.sort_unstable();
    hits.dedup();
    Some(hits)
}

/// Whether `text` holds `query`, ignoring case as [`match_ranges`] finds it: what the
/// search of a table's rows ([`super::find`]) matches, so every row it finds shows the
/// words lit.
pub fn holds(text: &str, query: &str) -> bool {
    if query.is_empty() {
        return false;
    }
    if query.is_ascii() {
        let needle = query.as_bytes();
        return text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle));
    }
    !match_ranges(text, query).is_empty()
}

/// Where `query` stands in `text`, ignoring case as [`search`] does: byte ranges of
/// `text`, in order and not overlapping, for drawing the words found.
pub fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if query.is_empty() {
        return out;
    }
    if query.is_ascii() {
        // As the search compares: ASCII letters alike in either case, byte for byte (an
        // ASCII byte is a whole character, so every range keeps to character bounds).
        let (bytes, needle) = (text.as_bytes(), query.as_bytes());
        let mut at = 0;
        while at + needle.len() <= bytes.len() {
            if bytes[at..at + needle.len()].eq_ignore_ascii_case(needle) {
                out.push(at..at + needle.len());
                at += needle.len();
            } else {
                at += 1;
            }
        }
        return out;
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    while start < chars.len() {
        // Each character of the text, lowercased, must give the next characters of the
        // needle (one character can give several: `İ` lowercases to `i̇`).
        let (mut at, mut next) = (0, start);
        while at < needle.len() && next < chars.len() {
            let lower = chars[next].1.to_lowercase();
            let len = lower.len();
            if at + len > needle.len() || !needle[at..at + len].iter().copied().eq(lower) {
                break;
            }
            at += len;
            next += 1;
        }
        if at == needle.len() {
            let end = chars.get(next).map_or(text.len(), |&(i, _)| i);
            out.push(chars[start].0..end);
            start = next;
        } else {
            start += 1;
        }
    }
    out
}

/// A year, or a year and month (and day), as the timeline shows dates.
fn looks_like_date(text: &str) -> bool {
    text.len() >= 4
        && text.len() <= 10
        && text[..4].bytes().all(|b| b.is_ascii_digit())
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

/// Case-insensitive ASCII search over every title and description at once.
fn scan_ascii(data: &Dataset, needle: &[u8]) -> Vec<u32> {
    let events = &data.events;
    let text = events.text().as_bytes();
    let first = needle[0];
    let mut hits: Vec<u32> = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memchr2(first, first.to_ascii_uppercase(), &text[at..]) {
        let start = at + found;
        at = start + 1;
        let Some(window) = text.get(start..start + needle.len()) else {
            break;
        };
        if !window.eq_ignore_ascii_case(needle) {
            continue;
        }
        let (event, part, end) = events.field_at(start);
        // Titles and descriptions only, and not a match that runs into the next field.
        if part <= 1 && start + needle.len() <= end && hits.last() != Some(&(event as u32)) {
            hits.push(event as u32);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::match_ranges;

    /// The ranges as (start, end) pairs.
    fn found(text: &str, query: &str) -> Vec<(usize, usize)> {
        let ranges = match_ranges(text, query);
        ranges.into_iter().map(|r| (r.start, r.end)).collect()
    }

    #[test]
    fn holds_agrees_with_match_ranges() {
        for (text, query) in [
            ("Putin meets putin", "PUTIN"),
            ("Xi in Москве", "москве"),
            ("Put", "Putin"),
            ("Vostok-2018", "tok-2"),
            ("中俄关系", "关系"),
            ("", "a"),
        ] {
            assert_eq!(
                super::holds(text, query),
                !match_ranges(text, query).is_empty()
            );
        }
        assert!(!super::holds("anything", ""));
    }

    #[test]
    fn match_ranges_ignore_case_and_keep_to_character_bounds() {
        assert_eq!(found("Putin meets putin", "PUTIN"), [(0, 5), (12, 17)]);
        assert_eq!(found("Xi in Москве", "москве"), [(6, 18)]);
        assert_eq!(found("aaa", "aa"), [(0, 2)]);
        assert!(found("Putin", "").is_empty());
        assert!(found("Put", "Putin").is_empty());
        assert_eq!(found("中俄关系", "关系"), [(6, 12)]);
    }
}
