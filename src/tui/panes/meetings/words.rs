//! What plain mode says of the meetings chart's cursor year.

use crate::data::Dataset;
use crate::tui::app::registry::Words;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::phrases::{date, marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: meetings,
    source: meetings_details,
};

/// `Meetings, 2018: 6 in all, 4 in person, 2 by phone, none by video.`
pub fn meetings(app: &App, view: &DatasetView) -> String {
    let year = app.charts.year(super::ID);
    let Some(m) = view.data.derived.meetings.iter().find(|m| m.year == year) else {
        let not_covered = crate::report::record::meetings_not_covered(&view.data, year, " to ");
        return format!(
            "Meetings, {year}: {}.",
            not_covered.as_deref().unwrap_or("none recorded")
        );
    };
    let count = |n: u32| {
        if n == 0 {
            "none".to_string()
        } else {
            n.to_string()
        }
    };
    let mut text = format!(
        "Meetings, {year}: {} in all, {} in person, {} by phone, {} by video.",
        count(m.total()),
        count(m.in_person),
        count(m.phone),
        count(m.video)
    );
    if m.unconfirmed > 0 {
        text.push_str(&format!(
            " {} more announced but not confirmed to have happened, not counted.",
            m.unconfirmed
        ));
    }
    text
}

/// The meetings of the cursor year, one sentence each, with their sources.
pub(crate) fn meetings_details(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.year(super::ID);
    let list: Vec<String> = (0..data.meetings.len())
        .filter(|&i| data.meetings[i].date.year() == year)
        .map(|i| meeting(data, i))
        .collect();
    if list.is_empty() {
        format!("No meetings recorded in {year}.")
    } else {
        list.join(" ")
    }
}

/// One meeting in a sentence, with its source: `11 September 2018 in Vladivostok, Russia:
/// Eastern Economic Forum. Source: ...`.
pub(crate) fn meeting(data: &Dataset, i: usize) -> String {
    let m = &data.meetings[i];
    let place = if m.place.is_empty() {
        String::new()
    } else {
        format!(" in {}", m.place)
    };
    let leaders = if m.leaders.is_empty() {
        String::new()
    } else {
        format!(" Leaders: {}.", m.leaders_text())
    };
    format!(
        "{}{place}: {}.{leaders}{}{}{}",
        date(m.date),
        m.occasion,
        marked(m.quality),
        note(&m.note),
        source(&m.citation, data)
    )
}
