//! Sorting the events by date, keeping the file's order for equal dates: a few bytes an
//! event move, the text never does.

use super::Events;
use crate::data::PartialDate;

/// The most buckets the counting sort takes (4 bytes and a date each): beyond it, dates
/// spread over more than 10,000 years are compared instead.
const MAX_BUCKETS: usize = 10_000 * 13 * 32;

/// Where a date falls among the buckets from `min_year` on: year, then month (0 for a date
/// of a year alone), then day (0 for a date of a month alone), as dates are ordered.
fn bucket(date: PartialDate, min_year: i32) -> usize {
    let month = usize::from(date.month().unwrap_or(0));
    let day = usize::from(date.day().unwrap_or(0));
    ((date.year() - min_year) as usize * 13 + month) * 32 + day
}

/// The stable date order of `dates` by counting, with `dates` rewritten in that order; `None`
/// (and `dates` untouched) when they span too many years for buckets.
fn counting_order(dates: &mut [PartialDate]) -> Option<Vec<u32>> {
    let min_year = dates.iter().map(|d| d.year()).min()?;
    let max_year = dates.iter().map(|d| d.year()).max()?;
    let buckets = (max_year - min_year + 1) as usize * 13 * 32;
    if buckets > MAX_BUCKETS {
        return None;
    }
    let mut starts = vec![0u32; buckets + 1];
    let mut seen: Vec<Option<PartialDate>> = vec![None; buckets];
    for &d in dates.iter() {
        let b = bucket(d, min_year);
        starts[b + 1] += 1;
        seen[b] = Some(d);
    }
    for b in 0..buckets {
        starts[b + 1] += starts[b];
    }
    let mut order = vec![0u32; dates.len()];
    let mut next = starts.clone();
    for (i, &d) in dates.iter().enumerate() {
        let b = bucket(d, min_year);
        order[next[b] as usize] = i as u32;
        next[b] += 1;
    }
    drop(next);
    // Equal buckets hold equal dates: the sorted column is each bucket's date, repeated.
    for b in 0..buckets {
        if let Some(d) = seen[b] {
            dates[starts[b] as usize..starts[b + 1] as usize].fill(d);
        }
    }
    Some(order)
}

impl Events {
    /// Sorts by date, keeping the file's order for equal dates: the columns move, the text
    /// stays (a no-op when already sorted, as most files are).
    pub fn sort_by_date(&mut self) {
        if self.dates.is_sorted() {
            return;
        }
        // A counting sort over the dates' few thousand distinct values: stable, two
        // sequential passes, where comparing dates through indices read them at random,
        // 20-odd times each (at ten million events in random order: 1 s against 15-20 s).
        // Dates spread over too many years for buckets fall back to an unstable sort with
        // the index breaking ties, the stable order without a stable sort's scratch buffer.
        // The columns are then permuted in place, a bit an event marking those moved,
        // rather than copied: ten million events keep 70 MB of copies off the peak.
        let order = match counting_order(&mut self.dates) {
            Some(order) => order,
            None => {
                let mut order: Vec<u32> = (0..self.len() as u32).collect();
                order.sort_unstable_by_key(|&i| (self.dates[i as usize], i));
                order
            }
        };
        let mut moved = vec![0u64; self.len().div_ceil(64)];
        if !self.dates.is_sorted() {
            gather_in_place(&mut self.dates, &order, &mut moved);
        }
        gather_in_place(&mut self.categories, &order, &mut moved);
        gather_in_place(&mut self.qualities, &order, &mut moved);
        drop(moved);
        if !self.source_spans.is_empty() {
            self.source_spans.resize(self.len(), (0, 0));
            self.source_spans = order
                .iter()
                .map(|&i| self.source_spans[i as usize])
                .collect();
        }
        if self.file.is_some() {
            // Each event keeps its record; only the way from date order to it moves.
            self.read_order = if self.read_order.is_empty() {
                order
            } else {
                order.iter().map(|&i| self.read_order[i as usize]).collect()
            };
            return;
        }
        self.starts = order.iter().map(|&i| self.start_of(i as usize)).collect();
        self.ends = order
            .iter()
            .flat_map(|&i| {
                let i = i as usize * 4;
                [
                    self.ends[i],
                    self.ends[i + 1],
                    self.ends[i + 2],
                    self.ends[i + 3],
                ]
            })
            .collect();
        // Where each old index went, to map the file's order to the new one.
        let mut moved_to = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            moved_to[old as usize] = new as u32;
        }
        self.file_order = if self.file_order.is_empty() {
            moved_to
        } else {
            self.file_order
                .iter()
                .map(|&old| moved_to[old as usize])
                .collect()
        };
    }
}

/// Reorders `column` so that its `j`-th value is the one that was at `order[j]`, in place,
/// following each cycle of the permutation once; `moved` (a bit per value, cleared here)
/// marks the places already filled.
fn gather_in_place<T: Copy>(column: &mut [T], order: &[u32], moved: &mut [u64]) {
    moved.fill(0);
    let is_moved = |moved: &[u64], k: usize| moved[k / 64] & (1 << (k % 64)) != 0;
    for start in 0..column.len().min(order.len()) {
        if is_moved(moved, start) {
            continue;
        }
        let first = column[start];
        let mut k = start;
        loop {
            moved[k / 64] |= 1 << (k % 64);
            let from = order[k] as usize;
            if from == start {
                column[k] = first;
                break;
            }
            column[k] = column[from];
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::gather_in_place;

    #[test]
    fn counting_gives_the_stable_order_comparing_gives() {
        use crate::data::PartialDate;
        let texts = [
            "2018-09-11",
            "2018",
            "2018-09",
            "1950-01-01",
            "2018-09",
            "2025-12-31",
            "2018",
            "1950",
            "2018-09-11",
            "2001-02",
            "1800-03-15",
            "2018-01-31",
        ];
        let dates: Vec<PartialDate> = texts
            .iter()
            .map(|t| PartialDate::parse(t).unwrap())
            .collect();
        let mut stable: Vec<u32> = (0..dates.len() as u32).collect();
        stable.sort_by_key(|&i| dates[i as usize]);
        let mut counted = dates.clone();
        let order = super::counting_order(&mut counted).unwrap();
        assert_eq!(order, stable);
        let sorted: Vec<PartialDate> = stable.iter().map(|&i| dates[i as usize]).collect();
        assert_eq!(counted, sorted);
    }

    #[test]
    fn gathering_in_place_is_gathering_into_a_copy() {
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 63, 64, 65, 200] {
            let mut order: Vec<u32> = (0..len as u32).collect();
            for i in (1..len).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                order.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let column: Vec<u64> = (0..len as u64).map(|v| v * 10).collect();
            let copied: Vec<u64> = order.iter().map(|&i| column[i as usize]).collect();
            let mut in_place = column.clone();
            let mut moved = vec![u64::MAX; len.div_ceil(64)];
            gather_in_place(&mut in_place, &order, &mut moved);
            assert_eq!(in_place, copied, "{len}");
        }
    }
}
