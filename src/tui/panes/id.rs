//! A pane's name and the key scopes: the leaf every layer may name, importing nothing.

/// A pane by name: `trade`. Each pane's folder names its own (`ID`); nothing else does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PaneId(pub &'static str);

/// What the key table takes of a pane: its id (its focus action is `focus_<id>` in
/// `[keys]`), its title (for the help) and the name of the table it is shown only with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneKey {
    pub id: PaneId,
    pub title: &'static str,
    pub needs_table: Option<&'static str>,
}

/// Where an action applies, for the help overlay and the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere.
    Global,
    /// Moving through whichever pane has focus.
    Move,
    /// The year charts (Trade, Meetings, Arms, Indicators).
    Charts,
    Trade,
    Exercises,
    Timeline,
    /// The two lists (Exercises and Timeline).
    Lists,
    /// Searching: the focused pane's list where its registry row has a search, else the
    /// timeline's events (the help names the panes, from the registry).
    Search,
    Cooperation,
    /// The indicators chart.
    Indicators,
    /// Timeline actions that also work from other panes (they move the focus there).
    ToTimeline,
    /// While a record is open (Enter): its own keys, which may repeat other scopes' keys.
    Details,
    /// On the overview screen (o): its own keys, which may repeat the dashboard's.
    Overview,
    /// While typing in a prompt (search, year) or the switcher: its own keys, which may be
    /// the same as other scopes' since letters are text there.
    Prompt,
}

impl Scope {
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Anywhere",
            Scope::Move => "Moving",
            Scope::Charts => "Charts (Trade, Meetings, Arms, Indicators)",
            Scope::Trade => "Trade",
            Scope::Exercises => "Exercises",
            Scope::Timeline => "Timeline",
            Scope::Lists => "Exercises and Timeline",
            Scope::Search => "Searching the lists",
            Scope::Cooperation => "Cooperation (GDELT events by month)",
            Scope::Indicators => "Indicators (datasets with an indicators table)",
            Scope::ToTimeline => "Timeline, from any pane",
            Scope::Details => "In a record (Enter opens one; moving keys scroll it)",
            Scope::Overview => "The overview (o: every dataset of the library, a row each)",
            Scope::Prompt => "While typing (search, year, datasets, filters)",
        }
    }
}
