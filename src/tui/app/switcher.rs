//! Several datasets in one session: the library the switcher lists (filtered as the user
//! types), switching to one, and showing a second beside the one in front.

use crossterm::event::KeyEvent;

use crate::tui::input::action::Action;
use crate::tui::input::keys::Key;

use crate::data::{Dataset, Origin};

use super::{App, Effect, MAX_COMPARED, Response, ViewId};

/// A dataset of the library, as the switcher lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Unique in the library: what `--data` takes.
    pub name: String,
    /// Where it comes from: `bundled (data/india-russia)`.
    pub place: String,
    pub origin: Origin,
    /// Its pair and years once read (`India (IND) – Russia (RUS), 1996–2025`), or its first
    /// problem; empty until then.
    pub about: String,
}

/// The switcher while it is open: what has been typed, and the selected row of the
/// choices it lets through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub filter: String,
    pub selected: usize,
    /// Whether Enter shows the choice beside the dataset in front rather than instead of it.
    pub beside: bool,
}

/// The name a dataset goes by in the library: the bundled name or its folder's.
pub fn name_of(origin: &Origin) -> String {
    match origin {
        Origin::Bundled(b) => b.name.to_string(),
        Origin::Folder(dir) => dir
            .file_name()
            .map_or_else(|| origin.label(), |n| n.to_string_lossy().into_owned()),
        Origin::Memory { label, .. } => label.clone(),
    }
}

/// `Russia (RUS) – China (CHN), 1990–2025`: what the switcher says of a dataset it has read,
/// over the years [`super::charts::dataset_years`] gives.
pub fn describe(data: &Dataset) -> String {
    let [a, b] = data.manifest.countries.each_ref();
    let span = super::charts::dataset_years(data)
        .map_or(String::new(), |s| format!(", {}–{}", s.first, s.last));
    format!("{} ({}) – {} ({}){span}", a.name, a.code, b.name, b.code)
}

impl App {
    /// The choices the switcher's filter lets through, by index into the library: the
    /// filter's words must each appear in the name or what is known of the pair.
    pub(crate) fn picked(&self) -> Vec<usize> {
        let filter = self
            .picker
            .as_ref()
            .map(|p| p.filter.to_lowercase())
            .unwrap_or_default();
        let words: Vec<&str> = filter.split_whitespace().collect();
        (0..self.library.len())
            .filter(|&i| {
                let c = &self.library[i];
                let haystack = format!("{} {}", c.name, c.about).to_lowercase();
                words.iter().all(|w| haystack.contains(w))
            })
            .collect()
    }

    /// Opens the switcher; `beside` picks a dataset to compare with the one in front.
    pub(super) fn open_picker(&mut self, beside: bool) {
        let current = self.view().name.clone();
        let at = self.library.iter().position(|c| c.name == current);
        // To compare, the next dataset of the library is ready: `v` then Enter adds it.
        let selected = match at {
            Some(i) if beside && self.library.len() > 1 => (i + 1) % self.library.len(),
            Some(i) => i,
            None => 0,
        };
        self.picker = Some(Picker {
            filter: String::new(),
            selected,
            beside,
        });
    }

    /// A key while the switcher is open: typing filters, arrows move, Enter switches.
    pub(super) fn handle_picker_key(&mut self, event: &KeyEvent) -> Response {
        let shown = self.picked().len();
        let action = Key::from_event(event).and_then(|k| self.keys.prompt_action(&k));
        let Some(picker) = self.picker.as_mut() else {
            return Response::default();
        };
        match action {
            Some(Action::Cancel) => self.picker = None,
            Some(Action::PickPrevious) => picker.selected = picker.selected.saturating_sub(1),
            Some(Action::PickNext) => {
                picker.selected = (picker.selected + 1).min(shown.saturating_sub(1));
            }
            Some(Action::ClearText) => {
                picker.filter.clear();
                picker.selected = 0;
            }
            Some(Action::DeleteWord) => {
                super::input::delete_word(&mut picker.filter);
                picker.selected = 0;
            }
            None if super::input::edit_text(&mut picker.filter, event, 100) => picker.selected = 0,
            Some(Action::Confirm) => {
                let (beside, selected) = (picker.beside, picker.selected);
                let chosen = self.picked().get(selected).copied();
                self.picker = None;
                return Response {
                    redraw: true,
                    effects: chosen
                        .map(|i| self.choose(i, beside))
                        .into_iter()
                        .flatten()
                        .collect(),
                };
            }
            _ => return Response::default(),
        }
        Response {
            redraw: true,
            effects: Vec::new(),
        }
    }

    /// Shows library choice `index`: at once if it is open, else once it is read (the loop
    /// reads it off its thread, as it read the first).
    pub(crate) fn choose(&mut self, index: usize, beside: bool) -> Option<Effect> {
        let choice = self.library.get(index)?.clone();
        match self.views.iter().position(|v| v.name == choice.name) {
            Some(open) if beside && open == self.current => {
                self.warn(format!("{} is the dataset in front", choice.name));
                None
            }
            Some(open) if beside => {
                let id = self.views[open].id;
                if self.compared.contains(&id) {
                    // Chosen again from the switcher: taken off the comparison.
                    self.compared.retain(|&c| c != id);
                    self.inform(format!("{} is no longer compared", choice.name));
                } else if self.compare_is_full() {
                    return None;
                } else {
                    self.compared.push(id);
                }
                self.refit_charts();
                self.fit_to_screen();
                None
            }
            None if beside && self.compare_is_full() => None,
            Some(open) => {
                self.show(open);
                None
            }
            None => {
                self.inform(format!("opening {}…", choice.name));
                Some(Effect::Open {
                    origin: choice.origin,
                    beside,
                })
            }
        }
    }

    /// A dataset the loop has read for the switcher: open it, in front or beside.
    pub fn opened(&mut self, result: Result<Dataset, String>, beside: bool) -> Option<ViewId> {
        match result {
            Ok(data) => {
                let front = self.current;
                let id = self.open(data);
                self.status = None;
                if beside {
                    self.current = front;
                    if !self.compare_is_full() {
                        self.compared.push(id);
                    }
                    self.refit_charts();
                    self.fit_to_screen();
                }
                Some(id)
            }
            Err(problem) => {
                self.warn(problem);
                None
            }
        }
    }

    /// The open datasets shown now, by index, left to right (or top to bottom).
    pub fn shown_views(&self) -> Vec<usize> {
        let beside = self
            .compared
            .iter()
            .filter_map(|id| self.views.iter().position(|v| v.id == *id))
            .filter(|&i| i != self.current);
        // In the order they were opened, whichever has the keys: V hands the keys to the
        // next without moving any on screen.
        let mut shown: Vec<usize> = std::iter::once(self.current).chain(beside).collect();
        shown.sort_unstable();
        shown.dedup();
        // Those marked in the overview, in the order marked; any other after them.
        let marked = |i: usize| {
            let at = self
                .marked_order
                .iter()
                .position(|n| *n == self.views[i].name);
            at.unwrap_or(usize::MAX)
        };
        shown.sort_by_key(|&i| (marked(i), i));
        shown
    }

    /// Whether two or more datasets are shown side by side.
    pub fn comparing(&self) -> bool {
        self.shown_views().len() > 1
    }

    /// Whether a comparison already shows [`MAX_COMPARED`] pairs, and if so says how to
    /// make room: one more would leave each too little of the screen to read.
    fn compare_is_full(&mut self) -> bool {
        let full = self.shown_views().len() >= MAX_COMPARED;
        if full {
            let stop = self
                .keys
                .first(Action::StopCompare)
                .map_or(String::new(), |k| format!(", or {k} to stop comparing"));
            self.warn(format!(
                "{MAX_COMPARED} pairs compared at most: choose one shown to take it off{stop}"
            ));
        }
        full
    }

    /// Stops showing other datasets beside the one in front; they stay open for a quick
    /// switch back.
    pub(crate) fn close_compare(&mut self) {
        self.compared.clear();
        self.refit_charts();
        self.fit_to_screen();
    }

    /// The next dataset of a comparison, in their order on screen, takes the keys; none
    /// moves on screen.
    pub(super) fn swap_compared(&mut self) {
        let shown = self.shown_views();
        let Some(at) = shown.iter().position(|&i| i == self.current) else {
            return;
        };
        if shown.len() < 2 {
            return;
        }
        let next = shown[(at + 1) % shown.len()];
        self.compared = shown
            .iter()
            .filter(|&&i| i != next)
            .map(|&i| self.views[i].id)
            .collect();
        self.current = next;
        self.inform(format!("{} has the keys", self.views[next].title()));
    }

    /// What the library has read of choice `index`: its pair and years, or its problem.
    pub(crate) fn describe_choice(&mut self, index: usize, about: String) {
        if let Some(choice) = self.library.get_mut(index) {
            choice.about = about;
        }
    }
}
