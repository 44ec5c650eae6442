//! Every key becomes a named [`Action`] before any state changes. One table lists the
//! actions with their default keys; it drives dispatch (through [`crate::tui::input::keys::KeyMap`]), the
//! help overlay, the footer hints and the `[keys]` section of the configuration, so none of
//! them can disagree.

pub use crate::tui::panes::id::{PaneId, PaneKey, Scope};

/// The scopes the help lists, in order.
pub(crate) const HELP_SCOPES: [Scope; 14] = [
    Scope::Global,
    Scope::Move,
    Scope::Charts,
    Scope::Trade,
    Scope::Exercises,
    Scope::Timeline,
    Scope::Lists,
    Scope::Search,
    Scope::Cooperation,
    Scope::Indicators,
    Scope::ToTimeline,
    Scope::Details,
    Scope::Overview,
    Scope::Prompt,
];

/// How many marks the help's legend explains.
pub(crate) const LEGEND_LINES: usize = 16;

/// What the mouse does, as the help says it after the keys.
pub(crate) const MOUSE_HELP: [&str; 2] = [
    "Mouse: the wheel scrolls the pane under it; a click focuses and selects;",
    "a click on what is already selected opens its record.",
];

macro_rules! actions {
    ($( $variant:ident, $name:literal, $scope:ident, $hint:literal, [$($key:literal),*], $help:literal; )*) => {
        /// What a key asks for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($variant,)*
            /// Focus the pane of that number (from 1) in the registry's order; its rows in
            /// the table come from the registry ([`key_table`]).
            FocusPane(usize),
        }

        /// One row of the key table.
        #[derive(Debug, Clone, Copy)]
        pub struct ActionInfo {
            pub action: Action,
            /// The name used in `[keys]` of the configuration.
            pub name: &'static str,
            pub scope: Scope,
            /// A short word for the footer; empty when the footer leaves it out.
            pub hint: &'static str,
            pub default_keys: &'static [&'static str],
            pub help: &'static str,
        }

        /// Every action that names no pane, in the order help lists them (the pane focus
        /// rows follow [`PANE_ROWS_AFTER`]; [`key_table`] writes them out).
        pub(crate) const ACTIONS: &[ActionInfo] = &[
            $(ActionInfo {
                action: Action::$variant,
                name: $name,
                scope: Scope::$scope,
                hint: $hint,
                default_keys: &[$($key),*],
                help: $help,
            }),*
        ];
    };
}

actions! {
    Quit, "quit", Global, "quit", ["q", "ctrl-c"], "Quit bilat";
    Help, "help", Global, "help", ["?"], "Show or hide this help";
    Suspend, "suspend", Global, "", ["ctrl-z"], "Suspend bilat (fg in the shell resumes it)";
    Reload, "reload", Global, "", ["r"], "Reread the datasets and configuration (also on SIGUSR2)";
    SwitchDataset, "switch_dataset", Global, "datasets", ["d"], "Pick another dataset of the library (type to filter)";
    Overview, "overview", Global, "overview", ["o"], "Open the overview: every dataset of the library, a row each (again: back to the dashboard)";
    CompareDataset, "compare_dataset", Global, "compare", ["v"], "Show another dataset beside those shown, on shared axes, up to four (in the switcher, one already shown is taken off)";
    StopCompare, "stop_compare", Global, "", ["X"], "Compared: stop comparing (the others stay open for a quick switch back)";
    SwapCompared, "swap_compared", Global, "", ["V"], "Compared: the next dataset shown takes the keys";
    FocusNext, "focus_next", Global, "", ["tab"], "Focus the next pane";
    FocusPrev, "focus_prev", Global, "", ["shift-tab"], "Focus the previous pane";
    Zoom, "zoom", Global, "zoom", ["z"], "Zoom the focused pane to the full screen";
    Details, "details", Global, "record", ["enter"], "Open the whole record of what is selected: every field, the note, each source in full";
    Back, "back", Global, "", ["esc"], "Leave zoom, help or a prompt";
    Up, "up", Move, "", ["k", "up"], "Move up one row (zoomed Trade: scroll the notes)";
    Down, "down", Move, "", ["j", "down"], "Move down one row (zoomed Trade: scroll the notes)";
    Left, "left", Move, "", ["h", "left"], "Previous year (charts; Cooperation: month)";
    Right, "right", Move, "", ["l", "right"], "Next year (charts; Cooperation: month)";
    Top, "top", Move, "", ["g", "home"], "Go to the first row or year";
    Bottom, "bottom", Move, "", ["G", "end"], "Go to the last row or year";
    HalfPageDown, "half_page_down", Move, "", ["ctrl-d"], "Move down half a page";
    HalfPageUp, "half_page_up", Move, "", ["ctrl-u"], "Move up half a page";
    PageDown, "page_down", Move, "", ["pagedown"], "Move down a page";
    PageUp, "page_up", Move, "", ["pageup"], "Move up a page";
    NarrowYears, "narrow_years", Charts, "narrow", ["-"], "Show fewer years around the cursor";
    WidenYears, "widen_years", Charts, "widen", ["+", "="], "Show more years";
    ResetYears, "reset_years", Charts, "", ["0"], "Show every year";
    OwnScale, "own_scale", Charts, "", ["a"], "Compared: each pair's charts on their own scales, or all on one shared scale";
    ShowInTimeline, "show_in_timeline", Global, "", ["t"], "Jump the timeline to the year under focus";
    ToggleChart, "toggle_chart", Trade, "bars/line", ["b"], "Switch the trade chart between line and bars";
    CycleCooperationLine, "cycle_cooperation_line", Cooperation, "net/Goldstein", ["w"], "Switch the cooperation line between net cooperation and the mean Goldstein scale";
    NextIndicator, "next_indicator", Indicators, "next", ["i"], "Show the next indicator (cycles back to the first)";
    PickIndicator, "pick_indicator", Indicators, "indicators", ["I"], "Pick the indicator to show from a menu (type to filter)";
    CycleFlow, "cycle_flow", Trade, "flows", ["e"], "Show the total, exports, imports or balance (exports - imports) of series that give flows";
    SortNext, "sort_next", Exercises, "sort", ["s"], "Sort by the next column";
    SortReverse, "sort_reverse", Exercises, "reverse", ["S"], "Reverse the sort order";
    PickColumns, "pick_columns", Exercises, "", ["H"], "Choose the table's columns: show or hide each (Enter), the ones shown marked";
    PickFilter, "pick_filter", Lists, "filter", ["f"], "Pick what the list shows, with counts: exercises by domain or host, events by category";
    Search, "search", Search, "search", ["/"], "Search the focused list, ignoring case: a table's rows as you type (Enter keeps the matches, Esc goes back), the timeline's titles, descriptions, categories and dates on Enter (from a pane without a list too)";
    NextMatch, "next_match", Search, "next", ["n"], "Next match, back to the first after the last";
    PrevMatch, "prev_match", Search, "", ["N"], "Previous match, back to the last before the first";
    NextCategory, "next_category", Timeline, "category", ["c"], "Show only the next category (cycles back to all)";
    PrevCategory, "prev_category", Timeline, "", ["C"], "Show only the previous category";
    JumpToYear, "jump_to_year", ToTimeline, "year", ["y"], "Jump to a year";
    ToggleOrder, "toggle_order", Timeline, "order", ["O"], "Newest or oldest first";
    CopyCitation, "copy_citation", Details, "copy", ["c"], "Copy a citation of the record to the clipboard, as plain text (OSC 52)";
    CopyMarkdown, "copy_markdown", Details, "copy md", ["m"], "Copy the citation as Markdown";
    OverviewOpen, "overview_open", Overview, "open", ["enter"], "Open the pair in the dashboard (Esc there comes back to this row); with two to four pairs marked, compare them";
    OverviewMark, "overview_mark", Overview, "mark", ["v"], "Mark or unmark the pair for comparison (four at most)";
    OverviewSort, "overview_sort", Overview, "sort", ["s"], "Sort by the next column";
    OverviewReverse, "overview_reverse", Overview, "reverse", ["S"], "Reverse the order";
    OverviewFilter, "overview_filter", Overview, "filter", ["/"], "Filter: a country's code in capitals (RUS: all Russia's pairs) or any text";
    OverviewColumns, "overview_columns", Overview, "columns", ["c"], "Choose the columns shown";
    OverviewClose, "overview_close", Overview, "dashboard", ["esc"], "Back to the dashboard";
    Confirm, "confirm", Prompt, "go", ["enter"], "Search, jump or switch to what was typed";
    Cancel, "cancel", Prompt, "cancel", ["esc"], "Close the prompt or the switcher";
    PickPrevious, "pick_previous", Prompt, "", ["up", "ctrl-p"], "Switcher: the dataset above";
    PickNext, "pick_next", Prompt, "", ["down", "ctrl-n"], "Switcher: the dataset below";
    ClearText, "clear_text", Prompt, "", ["ctrl-u"], "Clear what was typed";
    DeleteWord, "delete_word", Prompt, "", ["ctrl-w"], "Delete the last word typed";
}

/// The row after which the table lists one focus row per pane.
pub(crate) const PANE_ROWS_AFTER: Action = Action::FocusPrev;

/// What every pane's focus row shares: where it works and that the footer leaves it out.
const FOCUS_PANE: ActionInfo = ActionInfo {
    action: Action::FocusPane(0),
    name: "focus_<pane>",
    scope: Scope::Global,
    hint: "",
    default_keys: &[],
    help: "Focus a pane by its number",
};

impl Action {
    /// The action's row of the table (for a pane's focus, what the panes' rows share).
    pub fn info(self) -> &'static ActionInfo {
        if let Action::FocusPane(_) = self {
            return &FOCUS_PANE;
        }
        ACTIONS
            .iter()
            .find(|a| a.action == self)
            .unwrap_or(&ACTIONS[0])
    }
}

/// One row of the key table with the panes' rows written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    pub action: Action,
    /// The name used in `[keys]` of the configuration (`focus_<id>` for a pane).
    pub name: String,
    pub scope: Scope,
    pub hint: &'static str,
    pub default_keys: Vec<String>,
    pub help: String,
}

impl KeyRow {
    fn of(info: &ActionInfo) -> KeyRow {
        KeyRow {
            action: info.action,
            name: info.name.to_string(),
            scope: info.scope,
            hint: info.hint,
            default_keys: info.default_keys.iter().map(|k| k.to_string()).collect(),
            help: info.help.to_string(),
        }
    }

    /// The focus row of the pane numbered `number`: its key is its number (1 to 9), its
    /// name `focus_<id>`, and its help names a pane shown only with its table.
    fn focus(number: usize, pane: &PaneKey) -> KeyRow {
        let mut help = format!("Focus {}", pane.title);
        if let Some(table) = pane.needs_table {
            let article = if table.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            help.push_str(&format!(
                " (shown for a dataset with {article} {table} table)"
            ));
        }
        KeyRow {
            action: Action::FocusPane(number),
            name: format!("focus_{}", pane.id.0),
            scope: FOCUS_PANE.scope,
            hint: FOCUS_PANE.hint,
            default_keys: (1..=9)
                .contains(&number)
                .then(|| number.to_string())
                .into_iter()
                .collect(),
            help,
        }
    }
}

/// The whole key table for these panes (in focus order): [`ACTIONS`] with a focus row per
/// pane after [`PANE_ROWS_AFTER`].
pub fn key_table(panes: &[PaneKey]) -> Vec<KeyRow> {
    let mut rows = Vec::with_capacity(ACTIONS.len() + panes.len());
    for info in ACTIONS {
        rows.push(KeyRow::of(info));
        if info.action == PANE_ROWS_AFTER {
            rows.extend(
                panes
                    .iter()
                    .enumerate()
                    .map(|(i, pane)| KeyRow::focus(i + 1, pane)),
            );
        }
    }
    rows
}
