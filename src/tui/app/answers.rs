//! Keys that would otherwise do nothing without a word: a focus key whose pane this dataset
//! lacks, a move at the first or last year, a scale of its own with one pair shown. Each
//! says why nothing happened.

use super::App;
use crate::report::record::Subject;
impl App {
    /// Compared, switches the charts between one shared scale and each pair's own; with
    /// one pair, says there is no other scale to share.
    pub(super) fn toggle_own_scale(&mut self) {
        if !self.comparing() {
            self.inform("one dataset shown: its charts already have their own scale".into());
            return;
        }
        self.charts.own_scale = !self.charts.own_scale;
        let which = if self.charts.own_scale {
            "each pair's charts on their own scales"
        } else {
            "every pair's charts on one shared scale"
        };
        self.inform(which.into());
    }

    /// Focuses the pane of that number in the registry's order, or says why there is none
    /// to focus: a pane shown only with its table, when no dataset on screen has it.
    pub(super) fn focus_nth_or_say(&mut self, number: usize) {
        let Some(pane) = self.registry.nth(number) else {
            return;
        };
        self.focus_on(pane);
        if self.focus == pane {
            return;
        }
        let Some(spec) = self.registry.get(pane).filter(|p| p.needs.is_some()) else {
            return;
        };
        let which = if self.comparing() {
            "in either dataset shown"
        } else {
            "in this dataset"
        };
        let table = spec.title.to_lowercase();
        self.inform(format!(
            "no {table} table {which}, so there is no pane to focus"
        ));
    }

    /// Moves the focused pane's cursor by `delta`, and says so when it is already at the end.
    pub(super) fn move_or_say(&mut self, delta: isize) {
        let before = self.selected_subject();
        self.move_in(self.focus, delta);
        let after = self.selected_subject();
        if let Some(subject) = after.filter(|_| before == after)
            && let Some(text) = at_the_end(subject, delta > 0)
        {
            self.inform(text);
        }
    }
}

/// What to say when a move from `subject` forward (or back) changed nothing: the cursor is
/// at the data's last (or first) year or month. Lists stop without a word: their position
/// shows.
pub(crate) fn at_the_end(subject: Subject, forward: bool) -> Option<String> {
    let end = if forward { "latest" } else { "earliest" };
    match subject {
        Subject::TradeYear(y)
        | Subject::MeetingYear(y)
        | Subject::ArmsYear(y)
        | Subject::IndicatorYear(y) => Some(format!("already at the {end} year ({y})")),
        Subject::CooperationMonth(m) => Some(format!("already at the {end} month ({m})")),
        Subject::Exercise(_) | Subject::Event(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_past_the_end_names_the_year_it_stopped_at() {
        assert_eq!(
            at_the_end(Subject::TradeYear(2025), true).as_deref(),
            Some("already at the latest year (2025)")
        );
        assert_eq!(
            at_the_end(Subject::ArmsYear(1990), false).as_deref(),
            Some("already at the earliest year (1990)")
        );
        assert_eq!(at_the_end(Subject::Event(3), true), None);
    }
}
