//! Every key becomes a named [`Action`] before any state changes. One table lists the
//! actions with their default keys; it drives dispatch (through [`crate::tui::input::keys::KeyMap`]), the
//! help overlay, the footer hints and the `[keys]` section of the configuration, so none of
//! them can disagree.

pub use crate::tui::panes::id::{PaneId, Scope};

/// The scopes the help lists, in order.
pub const HELP_SCOPES: [Scope; 12] = [
    Scope::Global,
    Scope::Move,
    Scope::Charts,
    Scope::Trade,
    Scope::Exercises,
    Scope::Timeline,
    Scope::Lists,
    Scope::Cooperation,
    Scope::ToTimeline,
    Scope::Details,
    Scope::Overview,
    Scope::Prompt,
];

/// How many marks the help's legend explains.
pub const LEGEND_LINES: usize = 16;

/// What the mouse does, as the help says it after the keys.
pub const MOUSE_HELP: [&str; 2] = [
    "Mouse: the wheel scrolls the pane under it; a click focuses and selects;",
    "a click on what is already selected opens its record.",
];

macro_rules! actions {
    ($( $variant:ident, $name:literal, $scope:ident, $hint:literal, [$($key:literal),*], $help:literal; )*) => {
        /// What a key asks for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $($variant),* }

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

        /// Every action, in the order help lists them.
        pub const ACTIONS: &[ActionInfo] = &[
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
    CompareDataset, "compare_dataset", Global, "compare", ["v"], "Show another dataset beside this one, on shared axes (again: stop)";
    SwapCompared, "swap_compared", Global, "", ["V"], "Compared: the other dataset takes the keys";
    FocusNext, "focus_next", Global, "", ["tab"], "Focus the next pane";
    FocusPrev, "focus_prev", Global, "", ["shift-tab"], "Focus the previous pane";
    FocusTrade, "focus_trade", Global, "", ["1"], "Focus Trade";
    FocusMeetings, "focus_meetings", Global, "", ["2"], "Focus Meetings";
    FocusExercises, "focus_exercises", Global, "", ["3"], "Focus Exercises";
    FocusTimeline, "focus_timeline", Global, "", ["4"], "Focus Timeline";
    FocusArms, "focus_arms", Global, "", ["5"], "Focus Arms (shown for a dataset with an arms table)";
    FocusCooperation, "focus_cooperation", Global, "", ["6"], "Focus Cooperation (shown for a dataset with a cooperation table)";
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
    ShowInTimeline, "show_in_timeline", Global, "", ["t"], "Jump the timeline to the year under focus";
    ToggleChart, "toggle_chart", Trade, "bars/line", ["b"], "Switch the trade chart between line and bars";
    CycleCooperationLine, "cycle_cooperation_line", Cooperation, "net/Goldstein", ["w"], "Switch the cooperation line between net cooperation and the mean Goldstein scale";
    CycleFlow, "cycle_flow", Trade, "flows", ["e"], "Show the total, exports, imports or balance (exports - imports) of series that give flows";
    SortNext, "sort_next", Exercises, "sort", ["s"], "Sort by the next column";
    SortReverse, "sort_reverse", Exercises, "reverse", ["S"], "Reverse the sort order";
    PickFilter, "pick_filter", Lists, "filter", ["f"], "Pick what the list shows, with counts: exercises by domain or host, events by category";
    Search, "search", ToTimeline, "search", ["/"], "Search titles, descriptions and categories";
    NextMatch, "next_match", Timeline, "next", ["n"], "Next match";
    PrevMatch, "prev_match", Timeline, "", ["N"], "Previous match";
    NextCategory, "next_category", Timeline, "category", ["c"], "Show only the next category (cycles back to all)";
    PrevCategory, "prev_category", Timeline, "", ["C"], "Show only the previous category";
    JumpToYear, "jump_to_year", ToTimeline, "year", ["y"], "Jump to a year";
    ToggleOrder, "toggle_order", Timeline, "order", ["O"], "Newest or oldest first";
    CopyCitation, "copy_citation", Details, "copy", ["c"], "Copy a citation of the record to the clipboard, as plain text (OSC 52)";
    CopyMarkdown, "copy_markdown", Details, "copy md", ["m"], "Copy the citation as Markdown";
    OverviewOpen, "overview_open", Overview, "open", ["enter"], "Open the pair in the dashboard (Esc there comes back to this row); with two pairs marked, compare them";
    OverviewMark, "overview_mark", Overview, "mark", ["v"], "Mark or unmark the pair for comparison (two at most)";
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

impl Action {
    pub fn info(self) -> &'static ActionInfo {
        ACTIONS
            .iter()
            .find(|a| a.action == self)
            .unwrap_or(&ACTIONS[0])
    }
}
