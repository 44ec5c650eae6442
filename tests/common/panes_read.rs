//! Reading panes back off a drawn screen: a pane's box by its title, its inner rows, the
//! details under a list, the year marked on a chart's axis.
#![allow(dead_code)] // each test crate uses its own subset

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

/// A pane's box on screen: its frame's columns and rows, both ends included.
#[derive(Debug, Clone, Copy)]
pub struct PaneBox {
    pub left: u16,
    pub right: u16,
    pub top: u16,
    pub bottom: u16,
}

/// The cell symbols of row `y` from column `from` to `to` (both included), as text; a wide
/// character counted once.
pub fn row_text(buf: &Buffer, y: u16, from: u16, to: u16) -> String {
    let mut out = String::new();
    let mut skip = 0;
    for x in from..=to {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let symbol = buf[(x, y)].symbol();
        skip = symbol.width().saturating_sub(1);
        out.push_str(symbol);
    }
    out
}

/// The box whose top border holds `title` (`3 Exercises`), found by its corners.
pub fn pane(buf: &Buffer, title: &str) -> Option<PaneBox> {
    let (w, h) = (buf.area.width, buf.area.height);
    for top in 0..h {
        for left in 0..w {
            let corner = buf[(left, top)].symbol();
            if corner != "┌" && corner != "+" {
                continue;
            }
            // Box drawing closes with its own corners; ASCII borders with `+` (so a `+` in a
            // Unicode title, as in a search for "2+2", is not taken for a corner).
            let ascii = corner == "+";
            let (closing, foot) = if ascii { ("+", "+") } else { ("┐", "└") };
            let mut right = left + 1;
            while right < w && buf[(right, top)].symbol() != closing {
                right += 1;
            }
            if right >= w {
                continue;
            }
            // The title starts the border, so a box drawn over another is told apart.
            let border = row_text(buf, top, left, right);
            let after_corner: String = border.chars().skip(1).collect();
            if !after_corner.starts_with(&format!(" {title} ")) {
                continue;
            }
            let mut bottom = top + 1;
            while bottom < h && buf[(left, bottom)].symbol() != foot {
                bottom += 1;
            }
            if bottom < h {
                return Some(PaneBox {
                    left,
                    right,
                    top,
                    bottom,
                });
            }
        }
    }
    None
}

impl PaneBox {
    /// The rows inside the frame, as text.
    pub fn inner_rows(&self, buf: &Buffer) -> Vec<String> {
        (self.top + 1..self.bottom)
            .map(|y| row_text(buf, y, self.left + 1, self.right - 1))
            .collect()
    }

    /// The title line (the top border) as text.
    pub fn title(&self, buf: &Buffer) -> String {
        row_text(buf, self.top, self.left, self.right)
    }

    /// The inner row drawn reversed or in the selection's background: the selected row.
    pub fn rows_styled(
        &self,
        buf: &Buffer,
        wanted: impl Fn(&ratatui::buffer::Cell) -> bool,
    ) -> Vec<u16> {
        (self.top + 1..self.bottom)
            .filter(|&y| (self.left + 1..self.right).any(|x| wanted(&buf[(x, y)])))
            .collect()
    }
}

/// Whether a cell is drawn in reverse video.
pub fn reversed(cell: &ratatui::buffer::Cell) -> bool {
    cell.modifier.contains(Modifier::REVERSED)
}

/// What a year chart marks: the years its axis labels highlight (underlined as linked, or
/// in the selection's background), and the year its details under the plot begin with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartYears {
    pub labels: Vec<i32>,
    pub details: Option<i32>,
}

/// Whether `text` (trimmed) is only years: an axis's label row.
fn is_axis_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// Reads a year chart's marks off the screen: the last row of only years is its axis; the
/// row under it starts with the details' year (`2019: 1 deal`, `2025  ● CHN`).
pub fn chart_years(
    buf: &Buffer,
    pane: &PaneBox,
    selection_bg: ratatui::style::Color,
) -> ChartYears {
    let rows = pane.inner_rows(buf);
    let Some(axis) = rows.iter().rposition(|r| is_axis_row(r)) else {
        return ChartYears {
            labels: Vec::new(),
            details: None,
        };
    };
    let y = pane.top + 1 + axis as u16;
    let mut labels = Vec::new();
    let mut digits = String::new();
    for x in pane.left + 1..pane.right {
        let cell = &buf[(x, y)];
        let marked = cell.modifier.contains(Modifier::UNDERLINED) || cell.bg == selection_bg;
        let symbol = cell.symbol();
        if marked && symbol.chars().all(|c| c.is_ascii_digit()) && !symbol.is_empty() {
            digits.push_str(symbol);
        } else if !digits.is_empty() {
            labels.extend(digits.parse::<i32>().ok());
            digits.clear();
        }
    }
    labels.extend(digits.parse::<i32>().ok());
    let details = rows.get(axis + 1).and_then(|r| {
        let head: String = r.chars().take(4).collect();
        let next = r.chars().nth(4);
        (head.chars().all(|c| c.is_ascii_digit()) && matches!(next, Some(':' | ' ')))
            .then(|| head.parse().ok())
            .flatten()
    });
    ChartYears { labels, details }
}

/// The years of a list's rows that carry the linked mark (`▸2018`, `▸2018-09-11`).
pub fn marked_years(buf: &Buffer, pane: &PaneBox, mark: &str) -> Vec<i32> {
    pane.inner_rows(buf)
        .iter()
        .filter_map(|r| r.strip_prefix(mark))
        .filter_map(|r| r.get(..4)?.parse().ok())
        .collect()
}

/// The count drawn on top of the meetings bar at the cursor (in the selection's colours),
/// read off the plot above the axis.
pub fn cursor_bar_count(
    buf: &Buffer,
    pane: &PaneBox,
    selection_bg: ratatui::style::Color,
) -> Option<u32> {
    let rows = pane.inner_rows(buf);
    let axis = rows.iter().rposition(|r| is_axis_row(r))?;
    for y in pane.top + 1..pane.top + 1 + axis as u16 {
        let mut digits = String::new();
        for x in pane.left + 1..pane.right {
            let cell = &buf[(x, y)];
            let symbol = cell.symbol();
            if cell.bg == selection_bg
                && !symbol.is_empty()
                && symbol.chars().all(|c| c.is_ascii_digit())
            {
                digits.push_str(symbol);
            } else if !digits.is_empty() {
                break;
            }
        }
        if let Ok(n) = digits.parse() {
            return Some(n);
        }
    }
    None
}

/// The count a `2023: 2 meetings (…)` or `Meetings, 2023: 2 meetings …` line gives for
/// `year`: 0 for `none recorded` (either perhaps cut short by a narrow pane).
pub fn meetings_count_in(text: &str, year: i32) -> Option<u32> {
    let at = text.find(&format!("{year}: "))? + 6;
    let rest = &text[at..];
    if rest.starts_with("none") {
        return Some(0);
    }
    let number: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    rest[number.len()..]
        .starts_with(" me")
        .then(|| number.parse().ok())?
}
