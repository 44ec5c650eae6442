//! What the indicators pane says in words: the cursor year's value of the indicator shown,
//! what a higher value means, its mark and note (the lines under the chart and the plain
//! mode's sentences), and on request the row's source.

use ratatui::style::{Modifier, Style};

use crate::data::IndicatorSeries;
use crate::tui::app::registry::Words;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::phrases::{marked, note, source};

/// What plain mode says of the pane.
pub const WORDS: Words = Words {
    said: indicator,
    source: indicator_source,
};

/// The cursor year's value in words: `2.31`, `no value (a gap)`, or for a year without a
/// row, `no figure; values run 1971–2019`.
fn value_words(s: &IndicatorSeries<'_>, year: i32, dash: &str) -> String {
    match (s.at(year), s.span()) {
        (Some(row), _) => row
            .value
            .map_or_else(|| "no value (a gap)".to_string(), |v| v.words()),
        (None, Some((first, last))) => format!("no figure; values run {first}{dash}{last}"),
        (None, None) => "no figure".to_string(),
    }
}

/// `UN voting: ideal-point distance, 2019: 1.8484336 (higher: further apart in UN General
/// Assembly votes). Marked estimate.`
pub fn indicator(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.year(super::ID);
    let Some(s) = super::series(app, data) else {
        return "This dataset declares no indicators.".to_string();
    };
    let def = s.indicator;
    let range = def
        .range
        .map(|[low, high]| format!(", on a scale from {low} to {high}"))
        .unwrap_or_default();
    let quality = s.at(year).map_or(String::new(), |r| marked(r.quality));
    format!(
        "{}, {year}: {} (higher: {}{range}).{quality}",
        def.name,
        value_words(&s, year, app.theme.symbols.range_dash),
        def.higher
    )
}

/// The unit, the row's note and its source.
pub fn indicator_source(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.year(super::ID);
    let Some(s) = super::series(app, data) else {
        return "This dataset declares no indicators.".to_string();
    };
    let unit = format!("Unit: {}.", s.indicator.unit);
    match s.at(year) {
        Some(row) => format!("{unit}{}{}", note(&row.note), source(&row.citation, data)),
        None => format!("{unit} No row for {year}."),
    }
}

/// The two lines under the chart: the cursor year's value, mark and note; then what a
/// higher value means and whether compared units differ. (The keys that change indicator
/// are the footer's, which a printed screen leaves out.)
pub(super) fn detail_lines(
    app: &App,
    s: &IndicatorSeries<'_>,
    year: i32,
    units_agree: Option<bool>,
) -> Vec<(String, Style)> {
    let theme = &app.theme;
    let row = s.at(year);
    let mut first = format!("{year}: {}", value_words(s, year, theme.symbols.range_dash));
    if let Some(r) = row {
        if r.quality != crate::data::Quality::Firm {
            first.push_str(&format!(" [{}]", r.quality.label()));
        }
        if !r.note.is_empty() {
            first.push_str(&format!("; {}", r.note));
        }
    }
    let mut second = format!("Higher: {}.", s.indicator.higher);
    if units_agree == Some(false) {
        second = format!("Units differ from the other pair's: own scale. {second}");
    }
    vec![
        (first, theme.base.add_modifier(Modifier::BOLD)),
        (second, theme.muted),
    ]
}
