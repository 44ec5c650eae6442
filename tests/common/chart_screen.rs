//! Reading the trade chart back off a drawn screen, without asking the drawing code: where
//! its pane and plot are, its value labels, the year labels under it, and what each cell
//! holds.
#![allow(dead_code)] // each test crate uses its own subset

use ratatui::buffer::Buffer;

/// The trade chart as the screen shows it (columns and rows of the screen).
#[derive(Debug)]
pub struct TradeChart {
    /// Every cell's symbol, by row then column.
    pub cells: Vec<Vec<String>>,
    /// The plot's first row: the top label's.
    pub top_row: u16,
    /// The row of the zero label: the baseline a total chart stands on.
    pub baseline: u16,
    /// The plot's first and last columns: right of the value labels and the blank after
    /// them, and left of the blank column before the pane's right border.
    pub left: u16,
    pub right: u16,
    /// The value labels left of the plot: (row, text, first column, last column).
    pub labels: Vec<(u16, String, u16, u16)>,
    /// The year labels under the plot: (year, first column, last column).
    pub years: Vec<(i32, u16, u16)>,
}

impl TradeChart {
    pub fn cell(&self, x: u16, y: u16) -> &str {
        &self.cells[usize::from(y)][usize::from(x)]
    }

    /// The row text from column `from` to `to`, both included.
    pub fn text(&self, y: u16, from: u16, to: u16) -> String {
        (from..=to).map(|x| self.cell(x, y)).collect()
    }
}

/// Finds the pane whose title starts `┌ 1 Trade` and reads its chart.
pub fn read(buf: &Buffer) -> Result<TradeChart, String> {
    read_nth(buf, 0)
}

/// Reads the chart of the `n`th pane (from 0, top to bottom, left to right) whose title
/// starts `┌ 1 Trade`: in a comparison, each pair has one.
pub fn read_nth(buf: &Buffer, n: usize) -> Result<TradeChart, String> {
    let (w, h) = (buf.area.width, buf.area.height);
    let cells: Vec<Vec<String>> = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect();
    let row_text =
        |y: u16, from: u16| -> String { cells[usize::from(y)][usize::from(from)..].concat() };
    let (top, left_border) = (0..h)
        .flat_map(|y| (0..w).map(move |x| (y, x)))
        .filter(|&(y, x)| row_text(y, x).starts_with("┌ 1 Trade"))
        .nth(n)
        .ok_or("no such trade pane on the screen")?;
    let right_border = (left_border + 1..w)
        .find(|&x| cells[usize::from(top)][usize::from(x)] == "┐")
        .ok_or("the trade pane has no top-right corner")?;
    let bottom = (top + 1..h)
        .find(|&y| cells[usize::from(y)][usize::from(left_border)] == "└")
        .ok_or("the trade pane has no bottom-left corner")?;
    let (x0, x1) = (left_border + 1, right_border - 1);
    let mut labels = Vec::new();
    let mut baseline = None;
    for y in top + 1..bottom {
        // The first word of the row, if it is a number and a blank follows it.
        let Some(start) = (x0..=x1).find(|&x| cells[usize::from(y)][usize::from(x)] != " ") else {
            continue;
        };
        let end = (start..=x1)
            .take_while(|&x| cells[usize::from(y)][usize::from(x)] != " ")
            .last()
            .unwrap_or(start);
        let word: String = (start..=end)
            .map(|x| cells[usize::from(y)][usize::from(x)].as_str())
            .collect();
        let numeric = word
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '-');
        if !numeric || !word.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        labels.push((y, word.clone(), start, end));
        if word.replace(',', "").parse::<f64>() == Ok(0.0) {
            baseline = Some(y);
            break;
        }
    }
    let baseline = baseline.ok_or("no zero label on the trade chart")?;
    // Where the title cannot hold the series' legend, it takes the pane's first lines.
    let legend_line = |y: u16| {
        let first = (x0..=x1)
            .map(|x| cells[usize::from(y)][usize::from(x)].as_str())
            .find(|c| *c != " ");
        first.is_some_and(|c| !c.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
    };
    let top_row = (top + 1..bottom)
        .find(|&y| !legend_line(y))
        .unwrap_or(top + 1);
    if labels.first().map(|l| l.0) != Some(top_row) {
        return Err(format!("no label on the plot's top row: {labels:?}"));
    }
    let left = labels.iter().map(|l| l.3).max().unwrap_or(x0) + 2;
    let right = x1 - 1;
    let mut years = Vec::new();
    let years_row = baseline + 1;
    let mut x = left;
    while x + 3 <= right {
        let word: String = (x..x + 4)
            .map(|c| cells[usize::from(years_row)][usize::from(c)].as_str())
            .collect();
        let before = cells[usize::from(years_row)][usize::from(x - 1)] == " ";
        if before && word.chars().all(|c| c.is_ascii_digit()) {
            years.push((word.parse().unwrap(), x, x + 3));
            x += 4;
        } else {
            x += 1;
        }
    }
    Ok(TradeChart {
        cells,
        top_row,
        baseline,
        left,
        right,
        labels,
        years,
    })
}

/// The columns of a plot from `left` to `right` that hold some of the months `first..=last`
/// (counted since January of year 0), when the plot shares the months `m0..m1` (end
/// excluded) out evenly over its columns.
pub fn month_columns(
    left: u16,
    right: u16,
    (m0, m1): (i32, i32),
    first: i32,
    last: i32,
) -> (u16, u16) {
    let w = i64::from(right - left + 1);
    let m = i64::from(m1 - m0);
    let start = (i64::from(first - m0) * w).div_euclid(m);
    // The last column that begins before the end of month `last`.
    let end = ((i64::from(last + 1 - m0) * w) + m - 1).div_euclid(m) - 1;
    let clamp = |k: i64| left + k.clamp(0, w - 1) as u16;
    (clamp(start), clamp(end.max(start)))
}
