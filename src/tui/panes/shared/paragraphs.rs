//! Several paragraphs (a description, a note, a source) sharing the lines under a list:
//! each gets the lines it needs while they last, so no text is cut beside empty rows, and
//! what must still be cut ends in an ellipsis.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::text::fit;

/// One paragraph of the details, and how it is drawn.
pub struct Paragraph {
    pub text: String,
    pub style: Style,
}

/// The lines `paragraphs` take wrapped to `width` with nothing cut.
pub fn wanted(paragraphs: &[Paragraph], width: usize) -> usize {
    paragraphs
        .iter()
        .map(|p| fit::wrap_all(&p.text, width).len().max(1))
        .sum()
}

/// `paragraphs` wrapped to `width` in at most `lines` lines, in order. Every paragraph that
/// has a line gets at least one (the first ones first); the lines left over go to the
/// paragraphs in order, each taking what its wrapped text needs, so a short description
/// leaves its room to the source under it. A paragraph cut short ends in `ellipsis`.
pub fn fit(
    paragraphs: &[Paragraph],
    width: usize,
    lines: usize,
    ellipsis: &str,
) -> Vec<Line<'static>> {
    let wanted: Vec<usize> = paragraphs
        .iter()
        .map(|p| fit::wrap_all(&p.text, width).len().max(1))
        .collect();
    let mut given = vec![0; paragraphs.len()];
    let mut left = lines;
    for g in given.iter_mut() {
        if left == 0 {
            break;
        }
        *g = 1;
        left -= 1;
    }
    for (g, want) in given.iter_mut().zip(&wanted) {
        let more = want.saturating_sub(*g).min(left);
        *g += more;
        left -= more;
    }
    let mut out = Vec::new();
    for (p, n) in paragraphs.iter().zip(given) {
        if n == 0 {
            continue;
        }
        for piece in fit::wrap(&p.text, width, n, ellipsis) {
            out.push(Line::styled(piece, p.style));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        Paragraph {
            text: text.into(),
            style: Style::new(),
        }
    }

    fn shown(lines: &[Line]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_short_paragraph_leaves_its_room_to_the_next() {
        let ps = [para("short"), para("Source: one two three four five six")];
        let lines = fit(&ps, 12, 4, "…");
        assert_eq!(
            shown(&lines),
            ["short", "Source: one", "two three", "four five…"]
        );
    }

    #[test]
    fn every_paragraph_keeps_a_line_and_cut_text_ends_in_an_ellipsis() {
        let ps = [para("a b c d e f g h i j k l"), para("Source: x")];
        let lines = fit(&ps, 5, 2, "…");
        assert_eq!(shown(&lines), ["a b …", "Sour…"]);
    }

    #[test]
    fn no_lines_no_text() {
        assert!(fit(&[para("a")], 5, 0, "…").is_empty());
    }
}
