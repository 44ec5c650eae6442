//! The filter menu (`f`): what a list may be narrowed to, each with how many rows it keeps;
//! typing narrows the menu, Enter applies the choice. Exercises by domain or host, events by
//! category, the indicator the indicators chart shows. The exercises table's column menu
//! (`columns`) opens in the same box.

use crossterm::event::KeyEvent;

use super::exercises::ExerciseFilter;
use super::{App, Response};
use crate::tui::input::action::Action;
use crate::tui::input::action::Scope;
use crate::tui::input::keys::Key;

/// What choosing an entry does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    AllExercises,
    Exercises(ExerciseFilter),
    AllCategories,
    /// An index into the manifest's event categories.
    Category(u16),
    /// Shows or hides a column of the exercises table.
    Column(super::exercises::Column),
    /// An index into the manifest's indicators: the one the indicators chart shows.
    Indicator(usize),
}

/// One entry of the menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuItem {
    /// `domain: naval`, `category: energy`.
    pub label: String,
    /// The rows the choice keeps.
    pub count: usize,
    pub pick: Pick,
    /// Whether the list shows this now.
    pub current: bool,
}

/// The menu while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub title: &'static str,
    pub items: Vec<MenuItem>,
    /// What has been typed to narrow the entries.
    pub typed: String,
    /// The selected row among the entries shown.
    pub selected: usize,
    /// What Enter does to the selected entry: `show`, `show/hide`.
    pub confirm: &'static str,
}

impl Menu {
    /// The entries the typed words let through, by index into `items`.
    pub fn shown(&self) -> Vec<usize> {
        let typed = self.typed.to_lowercase();
        let words: Vec<&str> = typed.split_whitespace().collect();
        (0..self.items.len())
            .filter(|&i| {
                let label = self.items[i].label.to_lowercase();
                words.iter().all(|w| label.contains(w))
            })
            .collect()
    }
}

/// `(word, count)` for each distinct word, the most common first (ties by name).
fn tally<'a>(words: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for word in words.filter(|w| !w.is_empty()) {
        match out.iter_mut().find(|(w, _)| w == word) {
            Some((_, n)) => *n += 1,
            None => out.push((word.to_string(), 1)),
        }
    }
    out.sort_by(|(a, n), (b, m)| m.cmp(n).then_with(|| a.cmp(b)));
    out
}

impl App {
    /// Opens the menu of the focused list, if it has one.
    pub(super) fn open_menu(&mut self) {
        let v = self.view();
        let data = &v.data;
        let menu =
            match self.focus {
                pane if self.registry.has_scope(pane, Scope::Exercises) => {
                    let current = v.exercises.filter.as_ref();
                    let mut items = vec![MenuItem {
                        label: "all exercises".to_string(),
                        count: data.exercises.len(),
                        pick: Pick::AllExercises,
                        current: current.is_none(),
                    }];
                    let domains = tally(data.exercises.iter().flat_map(|e| e.domain.split('/')));
                    let hosts = tally(data.exercises.iter().map(|e| e.host.as_str()));
                    let filters = domains
                        .into_iter()
                        .map(|(d, n)| (ExerciseFilter::Domain(d), n))
                        .chain(hosts.into_iter().map(|(h, n)| (ExerciseFilter::Host(h), n)));
                    items.extend(filters.map(|(f, count)| MenuItem {
                        label: f.describe(),
                        count,
                        current: current == Some(&f),
                        pick: Pick::Exercises(f),
                    }));
                    Menu {
                        title: "Show exercises",
                        items,
                        typed: String::new(),
                        selected: 0,
                        confirm: "show",
                    }
                }
                pane if self.registry.has_scope(pane, Scope::Timeline) => {
                    let names = &data.manifest.event_categories;
                    let mut counts = vec![0usize; names.len()];
                    for i in 0..data.events.len() {
                        if let Some(n) = counts.get_mut(usize::from(data.events.category(i))) {
                            *n += 1;
                        }
                    }
                    let current = v.timeline.category;
                    let mut items = vec![MenuItem {
                        label: "all categories".to_string(),
                        count: data.events.len(),
                        pick: Pick::AllCategories,
                        current: current.is_none(),
                    }];
                    items.extend(names.iter().zip(counts).enumerate().map(|(i, (name, n))| {
                        MenuItem {
                            label: format!("category {name}"),
                            count: n,
                            pick: Pick::Category(i as u16),
                            current: current == Some(i as u16),
                        }
                    }));
                    Menu {
                        title: "Show events",
                        items,
                        typed: String::new(),
                        selected: 0,
                        confirm: "show",
                    }
                }
                pane if self.registry.has_scope(pane, Scope::Indicators) => {
                    indicators_menu(data, self.charts.indicator)
                }
                _ => return,
            };
        // The menu opens on what the list shows now.
        let selected = menu.items.iter().position(|i| i.current).unwrap_or(0);
        self.menu = Some(Menu { selected, ..menu });
    }

    /// A key while the menu is open: typing narrows it, arrows move, Enter applies.
    pub(super) fn handle_menu_key(&mut self, event: &KeyEvent) -> Response {
        let action = Key::from_event(event).and_then(|k| self.keys.prompt_action(&k));
        let Some(menu) = self.menu.as_mut() else {
            return Response::default();
        };
        let shown = menu.shown();
        match action {
            Some(Action::Cancel) => self.menu = None,
            Some(Action::PickPrevious) => menu.selected = menu.selected.saturating_sub(1),
            Some(Action::PickNext) => {
                menu.selected = (menu.selected + 1).min(shown.len().saturating_sub(1));
            }
            Some(Action::ClearText) => menu.typed.clear(),
            Some(Action::DeleteWord) => super::input::delete_word(&mut menu.typed),
            Some(Action::Confirm) => {
                let pick = shown
                    .get(menu.selected)
                    .map(|&i| menu.items[i].pick.clone());
                self.menu = None;
                if let Some(pick) = pick {
                    self.apply_pick(pick);
                }
            }
            Some(_) => return Response::default(),
            None => {
                if !super::input::edit_text(&mut menu.typed, event, 60) {
                    return Response::default();
                }
                menu.selected = 0;
            }
        }
        Response {
            redraw: true,
            effects: Vec::new(),
        }
    }

    fn apply_pick(&mut self, pick: Pick) {
        let exercises = self.list_height(self.pane_with(Scope::Exercises));
        let timeline = self.list_height(self.pane_with(Scope::Timeline));
        let v = self.view_mut();
        match pick {
            Pick::AllExercises => v.exercises.set_filter(&v.data, None, exercises),
            Pick::Exercises(f) => v.exercises.set_filter(&v.data, Some(f), exercises),
            Pick::AllCategories => {
                v.timeline.category = None;
                v.timeline.refilter(&v.data, timeline);
            }
            Pick::Category(c) => {
                v.timeline.category = Some(c);
                v.timeline.refilter(&v.data, timeline);
            }
            Pick::Column(column) => self.toggle_column(column),
            Pick::Indicator(i) => self.charts.indicator = i,
        }
    }
}

/// The menu of `I`: every declared indicator, with its number of values, the one shown
/// first selected.
fn indicators_menu(data: &crate::data::Dataset, current: usize) -> Menu {
    let count = data.manifest.indicators.len().max(1);
    let items = data
        .indicator_series()
        .iter()
        .enumerate()
        .map(|(i, s)| MenuItem {
            label: format!("{} ({})", s.indicator.name, s.indicator.unit),
            count: s.points.iter().filter(|p| p.value.is_some()).count(),
            pick: Pick::Indicator(i),
            current: i == current % count,
        })
        .collect();
    Menu {
        title: "Show indicator",
        items,
        typed: String::new(),
        selected: 0,
        confirm: "show",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_most_common_first() {
        let counted = tally(["naval", "land", "land", "", "air"].into_iter());
        let want = [("land", 2), ("air", 1), ("naval", 1)];
        let want: Vec<(String, usize)> = want.iter().map(|(w, n)| (w.to_string(), *n)).collect();
        assert_eq!(counted, want);
    }
}
