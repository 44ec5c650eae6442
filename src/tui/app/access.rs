//! What the binary, the integration tests and the benches read of the session, and the few
//! things they set: the session's fields are the crate's own.

use crate::tui::area::Area;

use super::charts::ChartsView;
use crate::data::{Country, Dataset};

use super::{App, Choice, DatasetView, Details, HelpView, Prompt, Status, ViewId, menu};
use crate::tui::input::action::PaneId;
use crate::tui::input::keys::KeyMap;
use crate::tui::theme::Theme;

/// What tests and the binary read of the session, and the few things they set.
impl App {
    pub fn views(&self) -> &[DatasetView] {
        &self.views
    }

    pub fn current(&self) -> usize {
        self.current
    }

    /// The datasets shown beside the one in front.
    pub fn compared(&self) -> &[ViewId] {
        &self.compared
    }

    pub fn library(&self) -> &[Choice] {
        &self.library
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn keys(&self) -> &KeyMap {
        &self.keys
    }

    pub fn mouse(&self) -> bool {
        self.mouse
    }

    pub fn area(&self) -> Area {
        self.area
    }

    pub fn focus(&self) -> PaneId {
        self.focus
    }

    pub fn zoomed(&self) -> bool {
        self.zoomed
    }

    pub fn help(&self) -> Option<&HelpView> {
        self.help.as_ref()
    }

    pub fn details(&self) -> Option<&Details> {
        self.details.as_ref()
    }

    pub fn menu(&self) -> Option<&menu::Menu> {
        self.menu.as_ref()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    pub fn start_hint(&self) -> bool {
        self.start_hint
    }

    pub fn charts(&self) -> &ChartsView {
        &self.charts
    }

    pub fn running(&self) -> bool {
        self.running
    }

    pub fn set_focus(&mut self, focus: PaneId) {
        self.focus = focus;
    }

    pub fn set_zoomed(&mut self, zoomed: bool) {
        self.zoomed = zoomed;
    }

    pub fn set_start_hint(&mut self, start_hint: bool) {
        self.start_hint = start_hint;
    }

    pub fn set_config_error(&mut self, config_error: Option<String>) {
        self.config_error = config_error;
    }

    pub fn set_status(&mut self, status: Option<Status>) {
        self.status = status;
    }

    pub fn set_keys(&mut self, keys: KeyMap) {
        self.keys = keys;
        self.bind_focus_keys();
    }

    /// Binds the number keys to the registry's panes, in its order (with the
    /// configuration's `focus_<id>` bindings); a binding that no longer fits the panes
    /// leaves the keys as they were.
    pub(super) fn bind_focus_keys(&mut self) {
        if let Ok(keys) = self.keys.for_panes(&self.registry.keys()) {
            self.keys = keys;
        }
    }

    pub fn set_area(&mut self, area: impl Into<Area>) {
        self.area = area.into();
    }

    pub fn set_mouse(&mut self, mouse: bool) {
        self.mouse = mouse;
    }

    pub fn set_library(&mut self, library: Vec<Choice>) {
        self.library = library;
    }

    pub fn charts_mut(&mut self) -> &mut ChartsView {
        &mut self.charts
    }

    /// Compared, the entry of the series order (colour and glyph) each dataset shown is
    /// drawn in, by index into the open datasets, in their order on screen: the entry of the
    /// series it headlines, or the next free one, as every output of a comparison gives it
    /// ([`crate::report::compare::pair_entries`]). Empty with one dataset shown.
    pub fn pair_entries(&self) -> Vec<(usize, usize)> {
        let shown = self.shown_views();
        if shown.len() < 2 {
            return Vec::new();
        }
        let pairs: Vec<&Dataset> = shown.iter().map(|&i| &*self.views[i].data).collect();
        let entries = crate::report::compare::pair_entries(&pairs);
        shown.into_iter().zip(entries).collect()
    }

    /// The entry [`App::pair_entries`] gives the open dataset `view`, while compared.
    pub fn pair_entry(&self, view: ViewId) -> Option<usize> {
        let at = self.views.iter().position(|v| v.id == view)?;
        self.pair_entries()
            .into_iter()
            .find(|&(i, _)| i == at)
            .map(|(_, e)| e)
    }

    /// Compared, the countries two or more of the pairs shown name, with how many name each:
    /// those all name first, then in the order of the pairs on screen.
    pub fn shared_countries(&self) -> Vec<(&Country, usize)> {
        let shown: Vec<&Dataset> = self
            .shown_views()
            .iter()
            .map(|&i| &*self.views[i].data)
            .collect();
        let mut shared: Vec<(&Country, usize)> = crate::report::compare::countries_shared(&shown)
            .into_iter()
            .map(|s| (s.country, s.pairs.len()))
            .collect();
        shared.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        shared
    }
}
