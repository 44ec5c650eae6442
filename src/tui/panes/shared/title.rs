//! A pane title's legend and state fitted to the title's room, in a set order before
//! anything is cut: long words (and parts that have one) take their short forms, then the least important parts go,
//! then the parts that may be cut are cut with an ellipsis. Counts are never cut.

use ratatui::text::Span;

use crate::text::fit;
use crate::tui::app::{App, DatasetView};
use crate::tui::input::action::PaneId;

/// How a part of a title gives way when the title is too narrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Give {
    /// Kept whole: a count, a position, a unit.
    Keep,
    /// Left out, last first, once the short forms are not enough.
    Drop,
    /// Cut with an ellipsis, last of all: a filter or a query the user typed.
    Cut,
}

/// One part of a title after the pane's name.
pub struct Part<'a> {
    pub span: Span<'a>,
    pub give: Give,
    /// Its own short form, taken with the others' ([`SHORT_FORMS`]) when the title is too
    /// narrow: `•2/5` for `match 2/5`.
    pub short: Option<String>,
}

impl<'a> Part<'a> {
    pub fn keep(span: Span<'a>) -> Self {
        Part {
            span,
            give: Give::Keep,
            short: None,
        }
    }

    pub fn drop(span: Span<'a>) -> Self {
        Part {
            span,
            give: Give::Drop,
            short: None,
        }
    }

    pub fn cut(span: Span<'a>) -> Self {
        Part {
            span,
            give: Give::Cut,
            short: None,
        }
    }

    /// The part with its own short form.
    pub fn or_short(self, short: String) -> Self {
        Part {
            short: Some(short),
            ..self
        }
    }
}

/// Long legend words and their short forms, tried first, all together.
const SHORT_FORMS: [(&str, &str); 8] = [
    ("TIV: volume index, not money", "TIV, not money"),
    ("deals delivered (count; no TIV figures)", "deal count"),
    ("in person", "pers."),
    ("shared scale", "shared"),
    ("own scale", "own"),
    ("newest", "new"),
    ("oldest", "old"),
    ("flows n/a: total USD bn", "total USD bn"),
];

/// The columns a title of `pane` has for its parts in a pane `width` columns wide: what its
/// borders, number, name and pair leave.
pub fn room(app: &App, view: Option<&DatasetView>, pane: PaneId, width: u16) -> usize {
    let prefix = fit::width(&super::super::title_prefix(app, view, pane));
    // Two corners; the space that closes the title may go.
    usize::from(width).saturating_sub(prefix + 2)
}

/// The width of `parts` as the title shows them, a space before each.
fn width(parts: &[Part]) -> usize {
    parts.iter().map(|p| 1 + fit::width(&p.span.content)).sum()
}

/// `parts` fitted into `room` columns, in the order the module gives.
pub fn fit<'a>(mut parts: Vec<Part<'a>>, room: usize, ellipsis: &str) -> Vec<Span<'a>> {
    if width(&parts) > room {
        for p in &mut parts {
            let mut text = p.span.content.to_string();
            for (long, short) in SHORT_FORMS {
                text = text.replace(long, short);
            }
            if let Some(short) = p.short.take() {
                text = short;
            }
            p.span.content = text.into();
        }
    }
    while width(&parts) > room {
        let Some(last) = parts.iter().rposition(|p| p.give == Give::Drop) else {
            break;
        };
        parts.remove(last);
    }
    for i in (0..parts.len()).rev() {
        let over = width(&parts).saturating_sub(room);
        if over == 0 {
            break;
        }
        if parts[i].give != Give::Cut {
            continue;
        }
        let text = parts[i].span.content.to_string();
        // At least a letter and the ellipsis stay.
        let keep = fit::width(&text)
            .saturating_sub(over)
            .max(1 + fit::width(ellipsis));
        parts[i].span.content = fit::truncate(&text, keep, ellipsis).into();
    }
    parts.into_iter().map(|p| p.span).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(spans: &[Span]) -> String {
        spans.iter().map(|s| format!(" {}", s.content)).collect()
    }

    #[test]
    fn short_forms_come_before_dropping() {
        let parts = vec![
            Part::drop(Span::raw("█ in person")),
            Part::drop(Span::raw("█ call")),
        ];
        assert_eq!(shown(&fit(parts, 15, "…")), " █ pers. █ call");
    }

    #[test]
    fn the_least_important_part_goes_first_and_counts_stay_whole() {
        let parts = vec![
            Part::keep(Span::raw("12/45")),
            Part::cut(Span::raw("domain land")),
            Part::keep(Span::raw("of 45")),
            Part::drop(Span::raw("newest")),
        ];
        assert_eq!(shown(&fit(parts, 20, "…")), " 12/45 domain… of 45");
    }

    #[test]
    fn a_part_takes_its_own_short_form_with_the_others() {
        let parts = vec![
            Part::keep(Span::raw("6/45")),
            Part::keep(Span::raw("match 1/13")).or_short("•1/13".into()),
        ];
        assert_eq!(shown(&fit(parts, 11, "…")), " 6/45 •1/13");
        let parts = vec![Part::keep(Span::raw("match 1/13")).or_short("•1/13".into())];
        assert_eq!(shown(&fit(parts, 20, "…")), " match 1/13");
    }

    #[test]
    fn what_fits_is_left_alone() {
        let parts = vec![Part::drop(Span::raw("newest"))];
        assert_eq!(shown(&fit(parts, 20, "…")), " newest");
    }
}
