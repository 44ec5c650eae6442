//! Sorting the events by date, keeping the file's order for equal dates: a few bytes an
//! event move, the text never does.

use super::Events;

impl Events {
    /// Sorts by date, keeping the file's order for equal dates: the columns move, the text
    /// stays (a no-op when already sorted, as most files are).
    pub fn sort_by_date(&mut self) {
        if self.dates.is_sorted() {
            return;
        }
        let mut order: Vec<u32> = (0..self.len() as u32).collect();
        order.sort_by_key(|&i| self.dates[i as usize]);
        self.dates = order.iter().map(|&i| self.dates[i as usize]).collect();
        self.categories = order.iter().map(|&i| self.categories[i as usize]).collect();
        self.qualities = order.iter().map(|&i| self.qualities[i as usize]).collect();
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
