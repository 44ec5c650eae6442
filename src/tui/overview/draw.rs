//! Draws the overview screen: a header saying how many pairs are shown of how many and in
//! what order, the columns' headings, one line per dataset (a broken one with its first
//! problem), a scroll indicator, the keys at the foot, and the column menu over it all.
//! Reads the state; changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation};
use ratatui::widgets::{ScrollbarState, Wrap};

use super::Overview;
use super::columns::ScreenColumn;
use crate::text::fit;
use crate::tui::theme::Theme;

/// Rows above the list (header, headings) and below it (keys).
pub const ABOVE: u16 = 2;
pub const BELOW: u16 = 1;

/// The narrowest the latest event is cut to before it is left out.
const EVENT_MIN: usize = 20;

/// How many rows of datasets fit on a screen of `area`.
pub fn list_height(area: crate::tui::area::Area) -> usize {
    usize::from(area.height.saturating_sub(ABOVE + BELOW)).max(1)
}

/// The order columns give way in when the screen is narrow: the least telling first.
fn gives_way(column: &ScreenColumn) -> u8 {
    match column {
        ScreenColumn::Name => 0,
        ScreenColumn::Years => 1,
        ScreenColumn::Trend => 2,
        ScreenColumn::Arms => 3,
        ScreenColumn::Cooperation => 4,
        ScreenColumn::Indicator(_) => 5,
        ScreenColumn::Balance => 6,
        ScreenColumn::Meetings => 7,
        ScreenColumn::Change => 8,
        ScreenColumn::Event => 9,
        ScreenColumn::Trade => 10,
        ScreenColumn::Pair => 11,
    }
}

/// The columns drawn within `width`, with their widths: each as wide as its widest cell;
/// the latest event is cut first (to no less than a few words), then the least telling
/// columns are left out until the rest fit.
pub fn layout(overview: &Overview, theme: &Theme, width: usize) -> Vec<(ScreenColumn, usize)> {
    let sym = &theme.symbols;
    let room = width.saturating_sub(2);
    let mut out: Vec<(ScreenColumn, usize)> = overview
        .natural_widths(sym)
        .into_iter()
        .filter(|(column, _)| !overview.hidden.contains(&column.key()))
        .collect();
    let natural_event = out
        .iter()
        .find(|c| c.0 == ScreenColumn::Event)
        .map_or(0, |c| c.1);
    let total = |cols: &[(ScreenColumn, usize)]| -> usize {
        cols.iter().map(|c| c.1).sum::<usize>() + 2 * cols.len().saturating_sub(1)
    };
    loop {
        let over = total(&out).saturating_sub(room);
        if over == 0 {
            break;
        }
        if let Some(event) = out.iter_mut().find(|c| c.0 == ScreenColumn::Event)
            && event.1 > EVENT_MIN
        {
            event.1 = event.1.saturating_sub(over).max(EVENT_MIN);
            continue;
        }
        let Some(least) = (0..out.len()).min_by_key(|&i| gives_way(&out[i].0)) else {
            break;
        };
        out.remove(least);
    }
    // What the columns left out freed goes back to the latest event, up to its whole text.
    let spare = room.saturating_sub(total(&out));
    if let Some(at) = out.iter().position(|c| c.0 == ScreenColumn::Event) {
        out[at].1 = (out[at].1 + spare).min(natural_event);
    }
    out
}

fn cell(text: &str, width: usize, right: bool, ellipsis: &str) -> String {
    let text = fit::truncate(text, width, ellipsis);
    let pad = " ".repeat(width.saturating_sub(fit::width(&text)));
    if right {
        format!("{pad}{text}")
    } else {
        format!("{text}{pad}")
    }
}

/// The header: what is shown, of how many, in what order, filtered how, marked what.
pub fn header_text(overview: &Overview, theme: &Theme) -> String {
    let mut parts = vec![format!("Overview: {}", overview.count_label())];
    if let Some(column) = &overview.sort {
        let arrow = if overview.reverse { "desc" } else { "asc" };
        parts.push(format!("by {} {arrow}", column.key()));
    }
    if let Some(code) = &overview.filter.country {
        parts.push(format!("country {code}"));
    }
    if let Some(text) = &overview.filter.text {
        parts.push(format!("filter \"{}\"", theme.symbols.text(text)));
    }
    if !overview.marked.is_empty() {
        parts.push(format!("marked {}", overview.marked.join(", ")));
    }
    parts
        .join(" · ")
        .replace('·', if theme.symbols.ascii { "-" } else { "·" })
}

/// The overview, over the whole of `area`.
pub fn render(frame: &mut Frame, area: Rect, overview: &Overview, theme: &Theme) {
    if area.width < 20 || area.height < ABOVE + BELOW + 1 {
        frame.render_widget(Paragraph::new("too small").style(theme.muted), area);
        return;
    }
    let sym = &theme.symbols;
    let width = usize::from(area.width) - 1;
    let columns = layout(overview, theme, width);
    let head = Rect { height: 1, ..area };
    frame.render_widget(
        Paragraph::new(fit::truncate(
            &header_text(overview, theme),
            usize::from(area.width),
            sym.ellipsis,
        ))
        .style(theme.header),
        head,
    );
    let mut headings = String::from("  ");
    for (n, (column, w)) in columns.iter().enumerate() {
        if n > 0 {
            headings.push_str("  ");
        }
        let mut title = column.heading();
        if overview.sort.is_some() && overview.sort == column.sort_column() {
            let arrows = if sym.ascii {
                ["^", "v"]
            } else {
                ["↑", "↓"]
            };
            title.push_str(arrows[usize::from(overview.reverse)]);
        }
        headings.push_str(&cell(&sym.text(&title), *w, column.numeric(), sym.ellipsis));
    }
    frame.render_widget(
        Paragraph::new(headings.trim_end().to_string()).style(theme.title),
        Rect {
            y: area.y + 1,
            height: 1,
            ..area
        },
    );
    let height = list_height(crate::tui::area::Area::new(area.width, area.height));
    let list = Rect {
        y: area.y + ABOVE,
        height: height as u16,
        width: area.width - 1,
        ..area
    };
    // The selected row stays in view at any size, even before a key refits the list.
    let offset = overview
        .offset
        .min(overview.selected)
        .max((overview.selected + 1).saturating_sub(height));
    let mut lines = Vec::new();
    for (at, row) in overview.shown().enumerate().skip(offset).take(height) {
        let marked = overview.marked.contains(&row.name);
        let pointer = if at == overview.selected {
            if sym.ascii { ">" } else { theme.pointer }
        } else {
            " "
        };
        let mut text = format!("{pointer}{}", if marked { "*" } else { " " });
        let mut style = theme.plain;
        if let Some(problem) = &row.summary.problem {
            let message = format!("{}  does not load: {problem}", row.name);
            text.push_str(&sym.text(&message));
            style = theme.warning;
        } else {
            for (n, (column, w)) in columns.iter().enumerate() {
                if n > 0 {
                    text.push_str("  ");
                }
                let value = column.text(row, sym);
                text.push_str(&cell(&value, *w, column.numeric(), sym.ellipsis));
            }
        }
        let text = fit::truncate(text.trim_end(), usize::from(list.width), sym.ellipsis);
        if at == overview.selected {
            style = theme.selection;
        }
        lines.push(Line::from(Span::styled(text, style)));
    }
    if lines.is_empty() {
        let empty = if overview.complete() {
            "No dataset matches the filter (/ to change it)."
        } else {
            "Reading the library…"
        };
        lines.push(Line::from(Span::styled(empty, theme.muted)));
    }
    frame.render_widget(Paragraph::new(lines), list);
    let mut bar = ScrollbarState::new(overview.order.len().saturating_sub(height)).position(offset);
    let scrollbar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some(if sym.ascii { "|" } else { "│" }))
        .thumb_symbol(if sym.ascii { "#" } else { "█" });
    if overview.order.len() > height {
        let track = Rect {
            y: list.y,
            height: list.height,
            ..area
        };
        frame.render_stateful_widget(scrollbar, track, &mut bar);
    }
    let foot = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let keys = match &overview.typing {
        Some(text) => format!("filter (a code like RUS, or text): {text}_"),
        None => {
            "enter open  v mark  s/S sort  / filter  c columns  esc dashboard  q quit".to_string()
        }
    };
    frame.render_widget(
        Paragraph::new(fit::truncate(&keys, usize::from(area.width), sym.ellipsis))
            .style(theme.key),
        foot,
    );
    render_menu(frame, area, overview, theme);
}

/// The column menu: every column with whether it is shown.
fn render_menu(frame: &mut Frame, area: Rect, overview: &Overview, theme: &Theme) {
    let Some(selected) = overview.menu else {
        return;
    };
    let columns = overview.columns();
    let lines: Vec<Line> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let on = if overview.hidden.contains(&c.key()) {
                "[ ]"
            } else {
                "[x]"
            };
            let style = if i == selected {
                theme.selection
            } else {
                Style::default()
            };
            Line::from(Span::styled(format!("{on} {}", c.heading()), style))
        })
        .collect();
    let width = columns
        .iter()
        .map(|c| fit::width(&c.heading()) + 4)
        .max()
        .unwrap_or(10)
        .max(30) as u16
        + 2;
    let height = (lines.len() as u16 + 3).min(area.height);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border_set())
        .border_style(theme.border_focused)
        .title(" Columns: space shows or hides ");
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
