//! The table's cells: each column's heading and each exercise's text in it, sizes with
//! their marks.

use crate::data::{Exercise, Quality};
use crate::text::fit::thousands;
use crate::tui::app::exercises::Column;
use crate::tui::app::{App, DatasetView};

pub(super) fn heading(view: &DatasetView, column: Column) -> String {
    let codes = &view.data.manifest.countries;
    match column {
        Column::Year => " Year".into(),
        Column::Name => "Name".into(),
        Column::Date => "Dates".into(),
        Column::Host => "Host".into(),
        Column::Place => "Place".into(),
        Column::Domain => "Domain".into(),
        Column::Total => "Total".into(),
        Column::First => codes[0].code.clone(),
        Column::Second => codes[1].code.clone(),
    }
}

/// A figure with its marks: `300,000 c!` is claimed and disputed; the letter is the first of
/// the size basis (`e` estimated, `p` planned...). The marks go on the total, or on each
/// side's figure when there is no total, so they never vanish with it.
pub(super) fn figure_text(e: &Exercise, figure: Option<u32>, marked: bool) -> String {
    let Some(n) = figure else {
        return String::new();
    };
    if !marked {
        return thousands(u64::from(n));
    }
    let basis = e
        .size_basis
        .as_deref()
        .and_then(|b| b.chars().next())
        .unwrap_or(' ');
    let mark = if e.quality == Quality::Firm { ' ' } else { '!' };
    format!("{} {basis}{mark}", thousands(u64::from(n)))
}

/// What the marks of `e` mean, for the details: `c claimed, ! disputed`.
pub(super) fn marks_legend(e: &Exercise) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(basis) = e.size_basis.as_deref()
        && let Some(letter) = basis.chars().next()
    {
        parts.push(format!("{letter} {basis}"));
    }
    if e.quality != Quality::Firm {
        parts.push(format!("! {}", e.quality.label()));
    }
    (!parts.is_empty()).then(|| format!("Marks: {}", parts.join(", ")))
}

/// The total column when there is no total: where each side's column is hidden, the sides'
/// published figures added, as a lower bound (`≥3,000 c!`), so a size never vanishes.
pub(super) fn total_text(app: &App, e: &Exercise, sides_shown: bool) -> String {
    let sides: u32 = e.personnel.iter().flatten().sum();
    match e.total_personnel {
        Some(_) => figure_text(e, e.total_personnel, true),
        None if sides_shown || sides == 0 => String::new(),
        None => format!(
            "{}{}",
            app.theme.symbols.at_least,
            figure_text(e, Some(sides), true)
        ),
    }
}

/// A cell's text; the year's starts with the row's mark ([`found::mark`]).
pub(super) fn cell_text(
    app: &App,
    e: &Exercise,
    column: Column,
    mark: &str,
    sides_shown: bool,
) -> String {
    let t = |s: &str| app.theme.symbols.text(s);
    match column {
        Column::Year => format!("{mark}{}", e.start.year()),
        Column::Name => t(&e.name),
        Column::Date => t(&crate::tui::app::exercises::date_text(e)),
        Column::Host => t(&e.host),
        Column::Place => t(&e.location),
        Column::Domain => e.domain.clone(),
        Column::Total => total_text(app, e, sides_shown),
        Column::First => figure_text(e, e.personnel[0], e.total_personnel.is_none()),
        Column::Second => figure_text(e, e.personnel[1], e.total_personnel.is_none()),
    }
}
