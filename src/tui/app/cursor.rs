//! A selected row and the first row shown, kept so the selection is always visible.

/// Selection and scroll offset of a list of `len` rows shown `height` rows at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// Moves the selection by `delta` rows, clamped to the list.
    pub(crate) fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let target = self.selected.saturating_add_signed(delta);
        self.select(target, len, height);
    }

    /// Selects row `index` (clamped) and scrolls as little as needed to show it.
    pub fn select(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.fit(len, height);
    }

    /// Selects row `index` (clamped) and scrolls it to the top of the view where the list
    /// allows, so the rows after it (the rest of a year jumped to) show too.
    pub(crate) fn select_at_top(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.offset = self.selected;
        self.fit(len, height);
    }

    /// Keeps the selection in view after the list or the view changed size.
    pub fn fit(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stays_visible() {
        let mut c = ListCursor::default();
        c.move_by(5, 100, 3);
        assert_eq!((c.selected, c.offset), (5, 3));
        c.move_by(-4, 100, 3);
        assert_eq!((c.selected, c.offset), (1, 1));
        c.select(usize::MAX, 100, 3);
        assert_eq!((c.selected, c.offset), (99, 97));
        c.fit(10, 3);
        assert_eq!((c.selected, c.offset), (9, 7));
        c.fit(0, 3);
        assert_eq!((c.selected, c.offset), (0, 0));
    }
}
