//! What opens in a box over the panes: help, the record of the selected item, the filter
//! menu and the switcher (the last two through one pick list).
//!
//! Every box sits below the header and above the footer. It owns a one-cell gutter around
//! its frame, cleared with it, so no pane's text touches the frame; and where the room left
//! beside it would be a strip of a column or two, the box takes the whole width instead, so
//! no sliver of the pane behind shows at its edges.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Clear;

pub mod details;
pub mod help;
pub mod menu;
mod pick_list;
pub mod switcher;

pub use crate::tui::layout::overlay as area;

/// The cells an overlay at `popup` owns on a screen of `area`: the box and a one-cell gutter
/// around it, kept off the header's and the footer's lines.
pub(crate) fn owned(area: Rect, popup: Rect) -> Rect {
    let top = area.y + 1;
    let bottom = area.bottom().saturating_sub(1).max(top);
    let x = popup.x.saturating_sub(1).max(area.x);
    let y = popup.y.saturating_sub(1).max(top);
    let right = (popup.right() + 1).min(area.right());
    let low = (popup.bottom() + 1).min(bottom);
    Rect {
        x,
        y,
        width: right.saturating_sub(x),
        height: low.saturating_sub(y),
    }
}

/// Clears what the overlay at `popup` owns, so the pane behind shows nowhere inside or at
/// its edges.
pub fn clear(frame: &mut Frame, area: Rect, popup: Rect) {
    frame.render_widget(Clear, owned(area, popup).intersection(frame.area()));
}

/// `text` in `style` with each occurrence of `query` (ignoring case) in `found`.
pub(crate) fn highlighted(
    text: &str,
    style: Style,
    query: &str,
    found: Style,
) -> Vec<Span<'static>> {
    let lower = text.to_lowercase();
    let query = query.to_lowercase();
    // Lowercasing that changes a text's length leaves its byte offsets unusable.
    if query.is_empty() || lower.len() != text.len() {
        return vec![Span::styled(text.to_string(), style)];
    }
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = lower[at..].find(&query) {
        let start = at + i;
        let end = start + query.len();
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            break;
        }
        out.push(Span::styled(text[at..start].to_string(), style));
        out.push(Span::styled(text[start..end].to_string(), found));
        at = end;
    }
    out.push(Span::styled(text[at..].to_string(), style));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_leaving_a_strip_takes_the_whole_width() {
        let screen = Rect::new(0, 0, 80, 24);
        assert_eq!(area(screen, 76, 100), Rect::new(0, 1, 80, 22));
        let wide = Rect::new(0, 0, 200, 55);
        assert_eq!(area(wide, 120, 10), Rect::new(40, 1, 120, 10));
    }

    #[test]
    fn the_gutter_stays_off_the_header_and_footer() {
        let screen = Rect::new(0, 0, 200, 55);
        let popup = area(screen, 120, 100);
        assert_eq!(owned(screen, popup), Rect::new(39, 1, 122, 53));
        let short = area(screen, 120, 10);
        assert_eq!(owned(screen, short), Rect::new(39, 1, 122, 11));
    }
}
