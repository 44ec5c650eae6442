//! The overview screen's keys: moving, sorting, filtering, marking pairs, the column menu,
//! and Enter, which opens the pair (or compares those marked) in the dashboard.

use crossterm::event::{KeyCode, KeyEvent};

use super::{App, Effect, Response};
use crate::tui::input::action::Action;
use crate::tui::input::keys::Key;
use crate::tui::overview::{Overview, draw};

impl App {
    /// The library the overview lists; `open` puts it in front at start (the summaries are
    /// then asked for with the first frame's effects, see [`App::start_effects`]).
    pub fn set_overview(&mut self, entries: Vec<crate::library::Entry>, open: bool) {
        self.overview = Overview::new(entries);
        self.overview.open = open;
    }

    /// What the loop must start with: the overview's summaries when it is the start screen.
    pub fn start_effects(&mut self) -> Vec<Effect> {
        let o = &mut self.overview;
        if o.open && !o.asked && !o.entries.is_empty() {
            o.asked = true;
            return vec![Effect::Summarise(o.entries.clone())];
        }
        Vec::new()
    }

    /// The overview screen's state.
    pub fn overview(&self) -> &Overview {
        &self.overview
    }

    /// Rows read for the overview; whether the screen shows them.
    pub fn summarised(&mut self, rows: Vec<crate::library::overview::Row>) -> bool {
        self.overview.add_rows(rows);
        self.overview.fit(draw::list_height(self.area));
        self.overview.open
    }

    /// Opens the overview (asking for the summaries the first time), or closes it.
    pub(crate) fn toggle_overview(&mut self) -> Vec<Effect> {
        let o = &mut self.overview;
        o.open = !o.open;
        if o.open && !o.asked && !o.entries.is_empty() {
            o.asked = true;
            return vec![Effect::Summarise(o.entries.clone())];
        }
        Vec::new()
    }

    /// A key while the overview is in front.
    pub(crate) fn handle_overview_key(&mut self, event: &KeyEvent) -> Response {
        let height = draw::list_height(self.area);
        let done = |effects| Response {
            redraw: true,
            effects,
        };
        if let Some(text) = self.overview.typing.as_mut() {
            match event.code {
                KeyCode::Esc => self.overview.typing = None,
                KeyCode::Enter => {
                    let text = std::mem::take(text);
                    self.overview.typing = None;
                    self.overview.set_filter(&text);
                }
                _ => {
                    super::edit_text(text, event, 100);
                }
            }
            return done(Vec::new());
        }
        let action = Key::from_event(event).and_then(|k| self.keys.overview_action(&k));
        if let Some(selected) = self.overview.menu {
            let count = self.overview.columns().len();
            match (event.code, action) {
                (KeyCode::Char(' ') | KeyCode::Enter, _) => {
                    if let Some(c) = self.overview.columns().get(selected) {
                        let key = c.key();
                        if !self.overview.hidden.remove(&key) {
                            self.overview.hidden.insert(key);
                        }
                    }
                }
                (_, Some(Action::Up)) => self.overview.menu = Some(selected.saturating_sub(1)),
                (_, Some(Action::Down)) => {
                    self.overview.menu = Some((selected + 1).min(count.saturating_sub(1)));
                }
                (_, Some(Action::Quit)) if event.code != KeyCode::Char('q') => {
                    self.running = false;
                }
                _ => self.overview.menu = None,
            }
            return done(Vec::new());
        }
        let o = &mut self.overview;
        match action {
            Some(Action::Quit) => self.running = false,
            Some(Action::Help) => self.help = Some(Default::default()),
            Some(Action::Suspend) => return done(vec![Effect::Suspend]),
            Some(Action::Overview | Action::OverviewClose) => o.open = false,
            Some(Action::Up) => o.move_by(-1),
            Some(Action::Down) => o.move_by(1),
            Some(Action::Top) => o.move_by(isize::MIN / 2),
            Some(Action::Bottom) => o.move_by(isize::MAX / 2),
            Some(Action::PageDown) => o.move_by(height as isize),
            Some(Action::PageUp) => o.move_by(-(height as isize)),
            Some(Action::HalfPageDown) => o.move_by((height / 2).max(1) as isize),
            Some(Action::HalfPageUp) => o.move_by(-((height / 2).max(1) as isize)),
            Some(Action::OverviewSort) => o.sort_next(),
            Some(Action::OverviewReverse) => o.sort_reverse(),
            Some(Action::OverviewMark) => o.toggle_mark(),
            Some(Action::OverviewColumns) => o.menu = Some(0),
            Some(Action::OverviewFilter) => {
                let now = o.filter.country.clone().or(o.filter.text.clone());
                o.typing = Some(now.unwrap_or_default());
            }
            Some(Action::OverviewOpen) => return done(self.open_from_overview()),
            _ => return Response::default(),
        }
        self.overview.fit(height);
        done(Vec::new())
    }

    /// Enter: the selected pair in the dashboard, or the marked pairs (two to four)
    /// compared. The overview keeps its row for Esc to come back to.
    fn open_from_overview(&mut self) -> Vec<Effect> {
        let names: Vec<String> = match self.overview.marked.as_slice() {
            marked if marked.len() > 1 => marked.to_vec(),
            _ => match self.overview.selected_row() {
                Some(row) if row.summary.problem.is_none() => vec![row.name.clone()],
                Some(row) => {
                    self.warn(format!("{} does not load", row.name));
                    return Vec::new();
                }
                None => return Vec::new(),
            },
        };
        // In front: one of them already open if any (at once, so none of the others is
        // taken for the dataset in front while it is read), else the first marked.
        let open = |n: &String| self.views.iter().any(|v| v.name == *n);
        let front_name = names.iter().find(|n| open(n)).unwrap_or(&names[0]).clone();
        let Some(front) = self.library.iter().position(|c| c.name == front_name) else {
            return Vec::new();
        };
        self.overview.open = false;
        let mut effects = Vec::new();
        effects.extend(self.choose(front, false));
        // The comparison is the marked pairs, no others left from before, shown in the
        // order marked.
        if self.comparing() {
            self.close_compare();
        }
        self.marked_order = names.clone();
        let beside = names
            .iter()
            .filter(|n| **n != front_name)
            .filter_map(|n| self.library.iter().position(|c| c.name == *n));
        for index in beside.collect::<Vec<_>>() {
            effects.extend(self.choose(index, true));
        }
        effects
    }
}
