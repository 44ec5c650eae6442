//! Turning keys, typed text and mouse events into state changes.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Effect, Prompt, PromptKind, Response};
use crate::tui::app::registry::{CursorKind, Item};
use crate::tui::input::action::Scope;
use crate::tui::input::action::{Action, PaneId};
use crate::tui::input::keys::Key;
use crate::tui::layout::Slot;

impl App {
    pub(super) fn handle_key(&mut self, event: &KeyEvent) -> Response {
        let key = Key::from_event(event);
        let action = key.and_then(|k| match self.details {
            Some(_) => self.keys.details_action(&k),
            None => self.keys.action(&k),
        });
        let redraw = |redraw| Response {
            redraw,
            effects: Vec::new(),
        };
        if self.picker.is_some() {
            if event.code == KeyCode::Char('c') && event.modifiers == KeyModifiers::CONTROL {
                self.running = false;
                return redraw(true);
            }
            return self.handle_picker_key(event);
        }
        if self.menu.is_some() {
            if event.code == KeyCode::Char('c') && event.modifiers == KeyModifiers::CONTROL {
                self.running = false;
                return redraw(true);
            }
            return self.handle_menu_key(event);
        }
        if self.prompt.is_some() {
            // A control-key quit (Ctrl-c) works while typing; plain letters are text.
            if action == Some(Action::Quit) && event.modifiers.contains(KeyModifiers::CONTROL) {
                self.running = false;
                return redraw(true);
            }
            return self.handle_prompt_key(event);
        }
        if self.overview.open && self.help.is_none() {
            return self.handle_overview_key(event);
        }
        if self.help.as_ref().is_some_and(|h| h.typing()) {
            return self.handle_help_key(event);
        }
        self.status = None;
        // Ctrl-c always ends bilat unless the configuration gave it another job.
        let ctrl_c = event.code == KeyCode::Char('c') && event.modifiers == KeyModifiers::CONTROL;
        let action = action.or(ctrl_c.then_some(Action::Quit));
        // Too small to draw: the screen says how to quit, so only that (and suspend) works.
        let drawable = self.geometry().is_some();
        if !drawable && !matches!(action, Some(Action::Quit | Action::Suspend)) {
            return redraw(false);
        }
        match action {
            Some(Action::Quit) if !drawable => {
                self.running = false;
                redraw(true)
            }
            Some(action) => Response {
                redraw: true,
                effects: self.apply(action),
            },
            None => redraw(false),
        }
    }
    fn handle_prompt_key(&mut self, event: &KeyEvent) -> Response {
        let mut effects = Vec::new();
        let action = Key::from_event(event).and_then(|k| self.keys.prompt_action(&k));
        let Some(prompt) = self.prompt.as_mut() else {
            return Response::default();
        };
        let finding = matches!(prompt.kind, PromptKind::Find(_));
        match action {
            Some(Action::Cancel) => {
                self.prompt = None;
                if finding {
                    self.cancel_find();
                }
            }
            Some(Action::Confirm) => {
                let prompt = self.prompt.take().unwrap_or(Prompt {
                    kind: PromptKind::Search,
                    text: String::new(),
                });
                effects.extend(self.confirm_prompt(prompt));
            }
            // The line editing shells teach: Ctrl-u clears, Ctrl-w deletes a word.
            Some(Action::ClearText) => prompt.text.clear(),
            Some(Action::DeleteWord) => delete_word(&mut prompt.text),
            Some(_) => return Response::default(),
            None => {
                if !edit_text(&mut prompt.text, event, 200) {
                    return Response::default();
                }
            }
        }
        // A list's search follows the words as they are typed.
        if finding && self.prompt.is_some() {
            self.find_as_typed();
        }
        Response {
            redraw: true,
            effects,
        }
    }
    fn confirm_prompt(&mut self, prompt: Prompt) -> Option<Effect> {
        let height = self.list_height(self.pane_with(Scope::Timeline));
        match prompt.kind {
            PromptKind::Find(_) => self.keep_find(),
            PromptKind::Search => {
                if prompt.text.is_empty() {
                    self.view_mut().timeline.query = None;
                    return None;
                }
                // Searching millions of events takes a moment: it runs on another thread
                // and the keys keep working; `search_done` brings the matches back.
                let job = self.view_mut().search(prompt.text);
                self.inform("searching…".to_string());
                return Some(Effect::Search(job));
            }
            PromptKind::Year => {
                let Ok(year) = prompt.text.trim().parse::<i32>() else {
                    let text = crate::data::sanitize(&prompt.text);
                    self.warn(format!("not a year: {text}"));
                    return None;
                };
                let v = self.view_mut();
                match v.timeline.jump_to_year(&v.data, year, height) {
                    Some(found) if found == year => {}
                    Some(found) => {
                        self.inform(format!("no events in {year}; the nearest: {found}"))
                    }
                    None => self.warn("no events to show".to_string()),
                }
            }
        }
        None
    }
    pub(super) fn report_match(&mut self, found: Option<(usize, usize)>) {
        let query = self.view().timeline.query.clone().unwrap_or_default();
        match found {
            Some((n, total)) => self.inform(format!("match {n} of {total} for \"{query}\"")),
            None => self.warn(format!("no event matches \"{query}\"")),
        }
    }
    pub(super) fn open_prompt(&mut self, kind: PromptKind) {
        self.focus = self.pane_with(Scope::Timeline);
        self.prompt = Some(Prompt {
            kind,
            text: String::new(),
        });
    }

    /// `/`: the focused pane's rows where its registry row searches them, else the
    /// events, in their pane (which takes the focus, as before any list had a search).
    pub(super) fn open_search(&mut self) {
        if self.registry.row_search(self.focus).is_some() {
            self.start_find(self.focus);
            return;
        }
        if let Some(events) = self.registry.events_pane()
            && self.panes_shown().get(events).is_some()
        {
            self.focus = events;
            self.prompt = Some(Prompt {
                kind: PromptKind::Search,
                text: String::new(),
            });
            return;
        }
        self.open_prompt(PromptKind::Search);
    }
    /// Applies what the mouse did, as the event layer found it on the frame's geometry:
    /// whether to draw again.
    pub(crate) fn handle_pointer(&mut self, pointer: Pointer) -> Response {
        let redraw = self.mouse && self.point(pointer);
        self.link_years();
        Response {
            redraw,
            effects: Vec::new(),
        }
    }

    fn point(&mut self, pointer: Pointer) -> bool {
        let slot = match pointer {
            Pointer::Scroll { slot, .. } | Pointer::Click { slot, .. } => slot,
        };
        let focused = slot.view == self.current && slot.pane == self.focus;
        // The wheel or a click on the other dataset of a comparison puts it in front.
        if slot.view != self.current {
            self.current = slot.view;
        }
        let pane = slot.pane;
        match pointer {
            Pointer::Scroll { delta, .. } => self.move_in(pane, delta),
            Pointer::Click { item, .. } => {
                self.focus = pane;
                self.status = None;
                // A click on what is already selected opens its record, as Enter does.
                let on_selection = self.select_item(pane, item) == Some(false);
                // Not under something that takes the keys (a prompt, a menu, the help, a
                // record): Enter and Esc would go to it, not to the record.
                let covered = self.picker.is_some()
                    || self.menu.is_some()
                    || self.prompt.is_some()
                    || self.help.is_some()
                    || self.details.is_some();
                if on_selection && focused && !covered {
                    self.open_details();
                }
            }
        }
        true
    }
    /// Selects the row or year a click in `pane` points at; whether the selection moved
    /// (false when the click was on it already), or `None` when the click was on nothing
    /// to select.
    fn select_item(&mut self, pane: PaneId, item: Option<Item>) -> Option<bool> {
        let cursor = self.registry.cursor(pane);
        match item? {
            Item::Row(row) => {
                let h = self.list_height(pane);
                let CursorKind::List(list) = cursor else {
                    return None;
                };
                let (cursor, len) = (list.cursor)(self.view_mut());
                let moved = cursor.selected != row;
                cursor.select(row, len, h);
                Some(moved)
            }
            Item::Year(year) => {
                let delta = year - self.charts.year(pane);
                self.move_in(pane, delta as isize);
                Some(delta != 0)
            }
            Item::Month(month) => {
                let delta = month.index() - self.charts.month(pane).index();
                self.move_in(pane, delta as isize);
                Some(delta != 0)
            }
        }
    }
}

/// What the mouse did, where the frame's geometry puts it: the event layer finds the pane
/// under it and what a click there points at, so the session never lays a pane out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// The wheel over a pane: rows (or years) to move, down positive.
    Scroll { slot: Slot, delta: isize },
    /// A left click in a pane, and what it points at there.
    Click { slot: Slot, item: Option<Item> },
}

/// Deletes the last word of `text`, as Ctrl-w does in shells.
pub(super) fn delete_word(text: &mut String) {
    let kept = text.trim_end().rfind(' ').map_or(0, |i| i + 1);
    text.truncate(kept);
}

/// Backspace, or a printable character typed into `text` (up to `max` characters); whether
/// the text changed.
pub(crate) fn edit_text(text: &mut String, event: &KeyEvent, max: usize) -> bool {
    match event.code {
        KeyCode::Backspace => text.pop().is_some(),
        KeyCode::Char(c)
            if !c.is_control()
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && text.chars().count() < max =>
        {
            text.push(c);
            true
        }
        _ => false,
    }
}
