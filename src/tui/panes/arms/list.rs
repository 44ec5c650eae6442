//! The arms pane's list under its chart: the deals ordered or delivered in the cursor year,
//! one line each; zoomed, each with its TIV, reported value, note and source.

use ratatui::style::Modifier;

use crate::data::{ArmsDeal, Quality};
use crate::text::fit::{self, thousands};
use crate::tui::app::{App, DatasetView};

/// One line of the list, and how it is drawn.
pub use crate::tui::panes::shared::chart::ListLine;

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

/// The deals of the cursor year, `width` columns wide: one line each, or zoomed, each with
/// its figures, note and source wrapped under it.
pub fn lines(app: &App, view: &DatasetView, width: u16) -> Vec<ListLine> {
    let theme = &app.theme;
    let e = theme.symbols.ellipsis;
    let width = usize::from(width);
    let year = app.charts.year(super::ID);
    let t = |s: &str| theme.symbols.text(s);
    let mut out = Vec::new();
    for deal in view.data.arms.iter().filter(|a| a.active_in(year)) {
        let mut head = format!(
            "{} {}: {}",
            theme.linked_mark,
            verb(deal, year),
            deal.headline()
        );
        if deal.quality != Quality::Firm {
            head.push_str(&format!(" [{}]", deal.quality.label()));
        }
        let head = fit::truncate(&t(&head), width, e);
        if !app.zoomed {
            out.push((head, theme.base));
            continue;
        }
        out.push((head, theme.base.add_modifier(Modifier::BOLD)));
        let mut more = Vec::new();
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
            more.push(("TIV: not known".to_string(), theme.muted));
        } else {
            more.push((
                format!(
                    "TIV (millions; SIPRI volume index, not money): {}",
                    known.join(", ")
                ),
                theme.base,
            ));
        }
        if let Some(value) = deal.value_usd_bn {
            more.push((format!("Reported value: USD {value} bn"), theme.base));
        }
        if let Some(status) = deal.status {
            more.push((format!("Status: {}", status.words()), theme.muted));
        }
        if !deal.note.is_empty() {
            more.push((format!("Note: {}", t(&deal.note)), theme.muted));
        }
        let source = deal.citation.render(&view.data.manifest);
        more.push((format!("Source: {}", t(&source)), theme.muted));
        for (text, style) in more {
            for piece in fit::wrap(&text, width.saturating_sub(2), 8, e) {
                out.push((format!("  {piece}"), style));
            }
        }
    }
    out
}
