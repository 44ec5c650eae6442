//! Keys while the help is open: scrolling, and `/` to search it (Enter finds, n and N step
//! through the matches, Esc leaves the search, then the help).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::help_text as help;
use super::{App, Effect, Response};
use crate::tui::input::action::Action;
use crate::tui::input::keys::Key;

/// The help while it is open: how far it is scrolled, and the search in it, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpView {
    /// Lines scrolled off the top.
    pub scroll: u16,
    pub search: Option<HelpSearch>,
}

/// A search of the help: what is typed, whether it still is, and the match shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpSearch {
    pub query: String,
    /// The query is still being typed (Enter finds it, Esc drops it).
    pub typing: bool,
    /// Which of the matching lines is the current one (n and N step through them).
    pub current: usize,
}

impl HelpView {
    /// Whether keys are text for the search's query.
    pub fn typing(&self) -> bool {
        self.search.as_ref().is_some_and(|s| s.typing)
    }
}

impl App {
    /// An action while the help is open.
    pub(super) fn apply_in_help(&mut self, action: Action) -> Vec<Effect> {
        let Some(mut view) = self.help.clone() else {
            return Vec::new();
        };
        let lines = help::lines(self, self.area.into());
        let inside = self.help_rows();
        let last = (lines.len() as u16).saturating_sub(inside);
        let scroll = view.scroll.min(last);
        let page = inside.max(2) - 1;
        view.scroll = match action {
            Action::Help | Action::Quit => {
                self.help = None;
                return Vec::new();
            }
            // One step back at a time: out of the search first, then out of the help.
            Action::Back | Action::Cancel if view.search.is_some() => {
                view.search = None;
                scroll
            }
            Action::Back | Action::Cancel => {
                self.help = None;
                return Vec::new();
            }
            Action::Search => {
                view.search = Some(HelpSearch {
                    typing: true,
                    ..HelpSearch::default()
                });
                scroll
            }
            Action::NextMatch | Action::PrevMatch => {
                let forward = action == Action::NextMatch;
                self.step_match(&mut view, &lines, inside, last, forward);
                view.scroll
            }
            Action::Down => scroll.saturating_add(1).min(last),
            Action::Up => scroll.saturating_sub(1),
            Action::PageDown => scroll.saturating_add(page).min(last),
            Action::PageUp => scroll.saturating_sub(page),
            Action::HalfPageDown => scroll.saturating_add(page / 2 + 1).min(last),
            Action::HalfPageUp => scroll.saturating_sub(page / 2 + 1),
            Action::Top => 0,
            Action::Bottom => last,
            _ => scroll,
        };
        self.help = Some(view);
        Vec::new()
    }

    /// Moves to the next (or previous) line matching the help's search, wrapping around,
    /// and brings it into view; says so when nothing matches.
    fn step_match(
        &mut self,
        view: &mut HelpView,
        lines: &[help::HelpLine],
        inside: u16,
        last: u16,
        forward: bool,
    ) {
        let Some(search) = view.search.as_mut() else {
            return;
        };
        let found = help::matches(lines, &search.query);
        if found.is_empty() {
            let query = crate::data::sanitize(&search.query);
            self.warn(format!("nothing in the help matches \"{query}\""));
            return;
        }
        let n = found.len();
        search.current = if forward {
            (search.current.min(n - 1) + 1) % n
        } else {
            (search.current.min(n - 1) + n - 1) % n
        };
        let line = found[search.current] as u16;
        let scroll = view.scroll.min(last);
        if line < scroll || line >= scroll + inside {
            view.scroll = line.saturating_sub(inside / 3).min(last);
        }
        self.inform(format!("match {} of {n} in the help", search.current + 1));
    }

    /// A key while the help's search is being typed.
    pub(super) fn handle_help_key(&mut self, event: &KeyEvent) -> Response {
        if event.code == KeyCode::Char('c') && event.modifiers == KeyModifiers::CONTROL {
            self.running = false;
            return Response {
                redraw: true,
                effects: Vec::new(),
            };
        }
        let action = Key::from_event(event).and_then(|k| self.keys.prompt_action(&k));
        let Some(mut view) = self.help.clone() else {
            return Response::default();
        };
        let Some(search) = view.search.as_mut() else {
            return Response::default();
        };
        match action {
            Some(Action::Cancel) => view.search = None,
            Some(Action::Confirm) if search.query.is_empty() => view.search = None,
            Some(Action::Confirm) => {
                search.typing = false;
                // The first match from the top of the view.
                let lines = help::lines(self, self.area.into());
                let inside = self.help_rows();
                let last = (lines.len() as u16).saturating_sub(inside);
                let found = help::matches(&lines, &search.query);
                let scroll = usize::from(view.scroll.min(last));
                let first = found.iter().position(|&l| l >= scroll).unwrap_or(0);
                // One before it, so stepping forward lands on it.
                search.current = (first + found.len().max(1) - 1) % found.len().max(1);
                self.step_match(&mut view, &lines, inside, last, true);
            }
            Some(Action::ClearText) => search.query.clear(),
            Some(Action::DeleteWord) => super::input::delete_word(&mut search.query),
            Some(_) => return Response::default(),
            None => {
                if !super::input::edit_text(&mut search.query, event, 100) {
                    return Response::default();
                }
            }
        }
        self.help = Some(view);
        Response {
            redraw: true,
            effects: Vec::new(),
        }
    }
}

impl App {
    /// How many lines of the help its box shows, as the frame's geometry says (the same
    /// count where the screen is too small to lay out, though nothing is drawn there).
    fn help_rows(&self) -> u16 {
        self.geometry().map_or_else(
            || crate::tui::layout::help_rows(self.area.into()),
            |g| g.help_rows,
        )
    }
}
