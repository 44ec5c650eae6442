//! The arms pane's list under its chart: the deals ordered or delivered in the cursor year,
//! one line each; zoomed, each with its TIV, reported value, note and source.

use ratatui::style::Modifier;

use crate::data::{ArmsDeal, Dataset, Quality};
use crate::text::fit::{self, thousands};
use crate::tui::app::find;
use crate::tui::app::{App, DatasetView};

/// The list's lines, each with how it is drawn, and the match a search marks.
pub use crate::tui::panes::shared::chart::Listed;

/// Whether the deal was delivered (some of it) or ordered in `year`, as the list says it.
fn verb(deal: &ArmsDeal, year: i32) -> &'static str {
    match (
        deal.delivery_years.contains(&year),
        deal.order_year.value == year,
    ) {
        (true, true) => "ordered, delivered",
        (true, false) => "delivered",
        _ => "ordered",
    }
}

/// The first year the list shows a deal under: its order's, or its first delivery's if
/// that came first.
pub(super) fn first_year(deal: &ArmsDeal) -> i32 {
    let delivered = deal.delivery_years.first().copied();
    delivered.map_or(deal.order_year.value, |d| d.min(deal.order_year.value))
}

/// The text `/` searches in deal `i`: its headline (weapon, supplier and recipient, what was
/// ordered and delivered when), mark, figures, status, note and source, a part a line.
pub(super) fn search_text(data: &Dataset, i: usize) -> String {
    let deal = &data.arms[i];
    let mut fields = vec![deal.headline()];
    if deal.quality != Quality::Firm {
        fields.push(format!("[{}]", deal.quality.label()));
    }
    fields.extend(figures(deal));
    fields.push(deal.note.clone());
    fields.push(deal.citation.render(&data.manifest));
    fields.join("\n")
}

/// The lines of figures the zoomed list gives a deal: TIV, value, status.
fn figures(deal: &ArmsDeal) -> Vec<String> {
    let mut out = Vec::new();
    let tiv = [
        ("per unit", deal.tiv_unit),
        ("order", deal.tiv_order),
        ("delivered", deal.tiv_delivered),
    ];
    let known: Vec<String> = tiv
        .iter()
        .filter_map(|(what, v)| v.map(|v| format!("{what} {}", thousands(v.round() as u64))))
        .collect();
    if known.is_empty() {
        out.push("TIV: not known".to_string());
    } else {
        out.push(format!(
            "TIV (millions; SIPRI volume index, not money): {}",
            known.join(", ")
        ));
    }
    if let Some(value) = deal.value_usd_bn {
        out.push(format!("Reported value: USD {value} bn"));
    }
    if let Some(status) = deal.status {
        out.push(format!("Status: {}", status.words()));
    }
    out
}

/// The deals of the cursor year, `width` columns wide: one line each, or zoomed, each with
/// its figures, note and source wrapped under it; and the line of the match a search marks
/// among them. Each head starts with a mark: `▸` a deal of the linked year, `•` a match
/// of the search, `▶` the match it is on.
pub fn lines(app: &App, view: &DatasetView, width: u16) -> Listed {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let width = usize::from(width);
    let year = app.charts.year(super::ID);
    let t = |s: &str| theme.symbols.text(s);
    let found = find::shown(app, view, super::ID);
    let mut out = Listed::default();
    let deals = view.data.arms.iter().enumerate();
    for (i, deal) in deals.filter(|(_, a)| a.active_in(year)) {
        let mark = match &found {
            Some(found) if found.current == Some(i) => {
                out.current = Some(out.lines.len());
                theme.pointer
            }
            Some(found) => super::super::shared::found::mark(theme, found.find.holds(i), true),
            None => theme.linked_mark,
        };
        let mut head = format!("{mark} {}: {}", verb(deal, year), deal.headline());
        if deal.quality != Quality::Firm {
            head.push_str(&format!(" [{}]", deal.quality.label()));
        }
        let head = fit::truncate(&t(&head), width, e);
        if !app.zoomed {
            out.lines.push((head, theme.base));
            continue;
        }
        out.lines
            .push((head, theme.base.add_modifier(Modifier::BOLD)));
        // The figures as the search reads them: TIV (muted where not known), value,
        // status (muted).
        let mut more: Vec<(String, _)> = figures(deal)
            .into_iter()
            .map(|text| {
                let quiet = text.starts_with("TIV: not known") || text.starts_with("Status: ");
                (text, if quiet { theme.muted } else { theme.base })
            })
            .collect();
        if !deal.note.is_empty() {
            more.push((format!("Note: {}", t(&deal.note)), theme.muted));
        }
        let source = deal.citation.render(&view.data.manifest);
        more.push((format!("Source: {}", t(&source)), theme.muted));
        for (text, style) in more {
            for piece in fit::wrap(&text, width.saturating_sub(2), 8, e) {
                out.lines.push((format!("  {piece}"), style));
            }
        }
    }
    out
}
