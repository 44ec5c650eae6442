//! Where a list stands, as k9s and lazygit show it: the selected row's place (`12/45`) and
//! whether more rows lie above or below the window shown (`▲`, `▼`; `^`, `v` in ASCII).

/// `12/45`: row `selected` (from 0) of `len`.
pub fn count(selected: usize, len: usize) -> String {
    format!("{}/{len}", len.min(selected + 1))
}

/// `▲▼`, `▲`, `▼` or nothing: whether rows lie above or below the window of `height` rows
/// from `offset` in a list `len` rows long.
pub fn marks(ascii: bool, len: usize, offset: usize, height: usize) -> String {
    let mut out = String::new();
    if offset > 0 && len > 0 {
        out.push_str(if ascii { "^" } else { "▲" });
    }
    if offset + height < len {
        out.push_str(if ascii { "v" } else { "▼" });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{count, marks};

    #[test]
    fn marks_say_where_more_rows_lie() {
        assert_eq!(marks(false, 45, 0, 10), "▼");
        assert_eq!(marks(false, 45, 15, 10), "▲▼");
        assert_eq!(marks(false, 45, 35, 10), "▲");
        assert_eq!(marks(true, 45, 35, 10), "^");
        assert_eq!(marks(false, 5, 0, 10), "");
        assert_eq!(marks(false, 0, 0, 10), "");
    }

    #[test]
    fn the_count_is_the_selected_rows_place() {
        assert_eq!(count(11, 45), "12/45");
        assert_eq!(count(0, 0), "0/0");
    }
}
