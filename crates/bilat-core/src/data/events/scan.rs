//! Searching events whose text stays in their file: the file is streamed in bounded chunks
//! of whole records, so a search of ten million events holds a few megabytes at a time.

use super::Events;
use super::file::EventFile;

/// Bytes read at a time (whole records: more when one record is longer).
const CHUNK: u64 = 4 << 20;

/// Why a scan of the file gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanStopped {
    /// Whoever asked stopped it.
    Cancelled,
    /// The file changed since the events were read: its offsets are stale.
    FileChanged,
}

impl Events {
    /// The events, in date order, whose title or description holds `needle` (already in
    /// lower case), read from their file; `None` when the text is held in memory instead.
    /// `progress` hears (bytes scanned, bytes in all) after each chunk and stops the scan by
    /// answering false.
    pub fn scan_file(
        &self,
        needle: &str,
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Option<Result<Vec<u32>, ScanStopped>> {
        let file = self.file.as_ref()?;
        Some(
            self.scan_records(file, needle, progress)
                .map(|hits| self.in_date_order(hits)),
        )
    }

    fn scan_records(
        &self,
        file: &EventFile,
        needle: &str,
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<Vec<u32>, ScanStopped> {
        let count = self.offsets.len();
        let title = file.column(0);
        let description = file.column(1);
        // Text made safe to print can differ from the bytes in the file (a tab is a space,
        // ESC is ^[): a needle that could meet such a place is matched on the parsed fields.
        let raw = needle.is_ascii()
            && !needle.is_empty()
            && needle
                .bytes()
                .all(|b| b.is_ascii_graphic() && !b"\",^<>".contains(&b));
        let mut hits = Vec::new();
        let mut k = 0;
        while k < count {
            let start = self.record_start(k);
            // The first record past the chunk (at least one record is read).
            let (mut next, mut past) = (k + 1, count);
            while next < past {
                let mid = (next + past) / 2;
                if self.record_start(mid) <= start + CHUNK {
                    next = mid + 1;
                } else {
                    past = mid;
                }
            }
            let end = self.record_end(next - 1);
            let bytes = file
                .read_at(start, (end - start) as usize)
                .ok_or(ScanStopped::FileChanged)?;
            for j in k..next {
                let from = (self.record_start(j) - start) as usize;
                let to = (self.record_end(j) - start) as usize;
                let record = &bytes[from..to];
                let found = if raw {
                    holds_in_field(record, needle.as_bytes(), [title, description])
                } else {
                    file.parse(record).is_some_and(|texts| {
                        texts[0].to_lowercase().contains(needle)
                            || texts[1].to_lowercase().contains(needle)
                    })
                };
                if found {
                    hits.push(j as u32);
                }
            }
            k = next;
            if !progress(end, file.end()) {
                return Err(ScanStopped::Cancelled);
            }
        }
        Ok(hits)
    }

    /// Records of the file's order as events in date order, ascending.
    fn in_date_order(&self, mut hits: Vec<u32>) -> Vec<u32> {
        if self.read_order.is_empty() {
            return hits;
        }
        // A bit a record marks the hits, and one pass in date order picks them up, already
        // ascending: an eighth of a byte an event, where the inverse of the order took four
        // (40 MB more at the peak of a search of ten million events out of date order).
        let mut hit = vec![0u64; self.read_order.len().div_ceil(64)];
        for &k in &hits {
            hit[k as usize / 64] |= 1 << (k % 64);
        }
        hits.clear();
        for (i, &k) in self.read_order.iter().enumerate() {
            if hit[k as usize / 64] & (1 << (k % 64)) != 0 {
                hits.push(i as u32);
            }
        }
        hits
    }
}

/// Whether `needle` (ASCII, lower case, no quote or comma) stands, ignoring ASCII case, in
/// one of the fields `fields` of the CSV record `record`.
fn holds_in_field(record: &[u8], needle: &[u8], fields: [usize; 2]) -> bool {
    field_spans(record, fields)
        .into_iter()
        .flatten()
        .any(|span| holds(&record[span], needle))
}

/// Whether `needle` (ASCII, lower case) stands in `text`, ignoring ASCII case. The scan
/// looks for the needle's rarest letter, so a word starting with a common one (`invasion`)
/// stops at few places.
fn holds(text: &[u8], needle: &[u8]) -> bool {
    let k = rarest(needle);
    let b = needle[k];
    let mut at = k;
    while at < text.len() {
        let Some(found) = memchr::memchr2(b, b.to_ascii_uppercase(), &text[at..]) else {
            return false;
        };
        let start = at + found - k;
        match text.get(start..start + needle.len()) {
            Some(window) if window.eq_ignore_ascii_case(needle) => return true,
            Some(_) => at += found + 1,
            None => return false,
        }
    }
    false
}

/// Where the byte of `needle` least common in English text is (anything not a letter counts
/// as rare).
fn rarest(needle: &[u8]) -> usize {
    const COMMON: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rank = |b: u8| COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len());
    (0..needle.len())
        .max_by_key(|&i| rank(needle[i]))
        .unwrap_or(0)
}

/// Where fields `fields` of the CSV record lie in it, found in one pass from quote or comma
/// to the next (a quote opens or closes a quoted part; a doubled quote does both).
fn field_spans(record: &[u8], fields: [usize; 2]) -> [Option<std::ops::Range<usize>>; 2] {
    let mut spans = [None, None];
    let last = fields[0].max(fields[1]);
    let (mut field, mut start, mut quoted, mut at) = (0, 0, false, 0);
    loop {
        let end = match memchr::memchr2(b'"', b',', &record[at..]) {
            Some(found) if record[at + found] == b'"' => {
                quoted = !quoted;
                at += found + 1;
                continue;
            }
            Some(found) if quoted => {
                at += found + 1;
                continue;
            }
            Some(found) => at + found,
            None => record.len(),
        };
        for (span, &wanted) in spans.iter_mut().zip(&fields) {
            if wanted == field {
                *span = Some(start..end);
            }
        }
        if field == last || end == record.len() {
            return spans;
        }
        field += 1;
        start = end + 1;
        at = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_counts_only_in_the_fields_asked_for() {
        let record = b"2020-01-01,talks,\"Wei, Li\",\"Met \"\"Wei\"\"\",,Wei said\n";
        assert_eq!(field_spans(record, [2, 0]), [Some(17..26), Some(0..10)]);
        assert_eq!(field_spans(record, [9, 5]), [None, Some(42..51)]);
        assert!(holds_in_field(record, b"li", [2, 3]));
        assert!(holds_in_field(record, b"met", [2, 3]));
        assert!(!holds_in_field(record, b"said", [2, 3]));
        assert!(holds_in_field(record, b"said", [5, 3]));
        assert!(!holds_in_field(record, b"talks", [2, 3]));
    }

    #[test]
    fn a_word_is_found_by_its_rarest_letter_anywhere() {
        assert_eq!(rarest(b"invasion"), 2);
        for (text, needle, found) in [
            (&b"the Invasion began"[..], &b"invasion"[..], true),
            (b"invasio", b"invasion", false),
            (b"vvvinvasion", b"invasion", true),
            (b"v", b"invasion", false),
            (b"a-b", b"-", true),
            (b"INVASION", b"invasion", true),
        ] {
            assert_eq!(holds(text, needle), found, "{text:?} {needle:?}");
        }
    }
}
