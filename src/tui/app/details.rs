//! The record popup: Enter opens the whole record of what the focused pane has selected (a
//! trade year, a year's meetings or arms deals, an exercise, an event), with the reload error first when
//! the last reload failed; the moving keys scroll it, and one key copies its citation.

use super::{App, DatasetView, Effect, ViewId};
use crate::report::record::{Entry, Field, Record, RecordLine, Subject};
use crate::tui::input::action::Action;

/// The record popup while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    /// What it is the record of (`None`: only the reload error).
    pub subject: Option<Subject>,
    /// The dataset the item belongs to.
    pub view: ViewId,
    /// Lines scrolled off the top.
    pub scroll: u16,
    /// The last citation copied from it, shown at its foot so it can also be selected by hand.
    pub copied: Option<Copied>,
}

/// A citation on its way to the clipboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub markdown: bool,
    pub text: String,
    /// Whether it went to the terminal as OSC 52; `None` until the loop says.
    pub sent: Option<bool>,
    /// How it went: straight to the terminal, or through tmux.
    pub route: Option<Route>,
}

impl App {
    /// What the focused pane has selected in the dataset in front.
    pub fn selected_subject(&self) -> Option<Subject> {
        let record = self.registry.get(self.focus)?.record?;
        self.pointed(self.focus).map(record)
    }

    /// The failed reload the footer reports, if any: the configuration's, else the data's.
    fn reload_error(&self, view: &DatasetView) -> Option<String> {
        self.config_error.clone().or(view.reload_error.clone())
    }

    /// Opens the record of the focused pane's selection (or of the reload error).
    pub(super) fn open_details(&mut self) {
        let subject = self.selected_subject();
        if subject.is_none() && self.reload_error(self.view()).is_none() {
            self.inform("nothing selected here to show".to_string());
            return;
        }
        self.details = Some(Details {
            subject,
            view: self.view().id,
            scroll: 0,
            copied: None,
        });
    }

    /// The open record: its dataset and what it says, the reload error first.
    pub fn details_record(&self) -> Option<(&DatasetView, Record)> {
        let details = self.details.as_ref()?;
        let view = self.views.iter().find(|v| v.id == details.view)?;
        let dash = self.theme.symbols.range_dash;
        let mut record = match details.subject {
            Some(subject) => Record::of(&view.data, subject, dash),
            None => Record {
                title: "The last reload failed".to_string(),
                entries: Vec::new(),
            },
        };
        // Compared, the record says which pair it is of: "India–Russia: Trade, 2025".
        if self.comparing() {
            record.title = format!("{}: {}", view.data.manifest.title, record.title);
        }
        if let Some(error) = self.reload_error(view) {
            let entry = Entry {
                heading: "Reload failed: the data shown is the last that loaded".to_string(),
                fields: vec![Field {
                    label: "Error",
                    text: error,
                }],
            };
            record.entries.insert(0, entry);
        }
        if let Some(copied) = &details.copied {
            let heading = match (copied.sent, copied.route) {
                (Some(true), Some(route)) => format!("Sent {}", route.how()),
                (Some(false), _) => "Not copied: this terminal takes no clipboard writes".into(),
                _ => "Copying".to_string(),
            };
            let label = if copied.markdown {
                "Markdown"
            } else {
                "Citation"
            };
            record.entries.push(Entry {
                heading,
                fields: vec![Field {
                    label,
                    text: copied.text.clone(),
                }],
            });
        }
        Some((view, record))
    }

    /// The open record's lines at the popup's width.
    pub(crate) fn details_lines(&self) -> Vec<RecordLine> {
        // The frame and a column of margin on each side.
        let width =
            usize::from(crate::tui::layout::details_width(self.area.into()).saturating_sub(4));
        self.details_record()
            .map(|(_, record)| record.lines(width))
            .unwrap_or_default()
    }

    /// How many lines the open record's popup shows, and the furthest it scrolls.
    pub(crate) fn details_extent(&self) -> (u16, u16) {
        let lines = self.details_lines().len();
        let inside = crate::tui::layout::details_box(self.area.into(), lines)
            .height
            .saturating_sub(2);
        (inside, (lines as u16).saturating_sub(inside))
    }

    /// An action while the record is open: moving keys scroll, Back or Enter close, the copy
    /// keys ask the loop to copy.
    pub(super) fn apply_in_details(&mut self, action: Action) -> Vec<Effect> {
        let (inside, last) = self.details_extent();
        let Some(details) = self.details.as_mut() else {
            return Vec::new();
        };
        let page = inside.max(2) - 1;
        let scroll = details.scroll.min(last);
        details.scroll = match action {
            Action::Details | Action::Back | Action::Quit => {
                self.details = None;
                return Vec::new();
            }
            Action::Down => scroll.saturating_add(1).min(last),
            Action::Up => scroll.saturating_sub(1),
            Action::PageDown => scroll.saturating_add(page).min(last),
            Action::PageUp => scroll.saturating_sub(page),
            Action::HalfPageDown => scroll.saturating_add(page / 2 + 1).min(last),
            Action::HalfPageUp => scroll.saturating_sub(page / 2 + 1),
            Action::Top => 0,
            Action::Bottom => last,
            Action::CopyCitation | Action::CopyMarkdown => return self.copy_citation(action),
            _ => scroll,
        };
        Vec::new()
    }

    fn copy_citation(&mut self, action: Action) -> Vec<Effect> {
        let markdown = action == Action::CopyMarkdown;
        // The citation is of the item, not of the error or an earlier copy.
        let Some(details) = &self.details else {
            return Vec::new();
        };
        let (Some(subject), Some(view)) = (
            details.subject,
            self.views.iter().find(|v| v.id == details.view),
        ) else {
            self.warn("nothing to cite: no item is selected".to_string());
            return Vec::new();
        };
        // It names the pair, the dataset and its date, so it stands alone where pasted.
        let context = crate::report::record::context(&view.data, &view.name);
        let citation = Record::of(&view.data, subject, "–").citation_with(Some(&context));
        let text = if markdown {
            citation.markdown
        } else {
            citation.plain
        };
        if let Some(details) = self.details.as_mut() {
            details.copied = Some(Copied {
                markdown,
                text: text.clone(),
                sent: None,
                route: None,
            });
        }
        vec![Effect::Copy(text)]
    }

    /// What became of a copy: `sent` when it went to the terminal as OSC 52.
    pub fn copy_done(&mut self, sent: bool, why_not: &str, route: Route) {
        if let Some(copied) = self.details.as_mut().and_then(|d| d.copied.as_mut()) {
            copied.sent = Some(sent);
            copied.route = Some(route);
        }
        // The citation is at the record's foot: show it.
        let (_, last) = self.details_extent();
        if let Some(details) = self.details.as_mut() {
            details.scroll = last;
        }
        if sent {
            self.inform(route.sent_message("citation"));
        } else {
            self.warn(format!(
                "not copied: {why_not}; the citation is at the foot of the record"
            ));
        }
    }
}

/// Where a copy's escape sequence goes: straight to the terminal, or through tmux.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Direct,
    /// `$TMUX` is set: the sequence is wrapped in tmux's passthrough.
    Tmux,
}

impl Route {
    /// The route for a session whose `$TMUX` is `tmux`.
    pub(crate) fn from_env(tmux: Option<&str>) -> Route {
        match tmux {
            Some(t) if !t.is_empty() => Route::Tmux,
            _ => Route::Direct,
        }
    }

    /// Where the text went and what it needs to arrive: OSC 52 has no answer, so this
    /// says it was sent, not that it arrived.
    pub fn how(self) -> &'static str {
        match self {
            Route::Direct => "to the terminal's clipboard (OSC 52); not all terminals accept it",
            Route::Tmux => "via tmux passthrough (OSC 52); tmux needs allow-passthrough on",
        }
    }

    /// What the user is told once the sequence is sent: `{what} sent ...`.
    pub(crate) fn sent_message(self, what: &str) -> String {
        format!("{what} sent {}", self.how())
    }
}
