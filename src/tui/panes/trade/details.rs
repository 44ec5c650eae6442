//! The trade pane's details below the chart: the cursor year's figures on one line, then
//! each row's note and source (one line unzoomed, the whole record wrapped when zoomed).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::data::{Dataset, Flow, Quality, TradePoint};
use crate::text::fit::{self, percent};
use crate::tui::app::charts::TradeFlow;
use crate::tui::panes::shared::chart::put;
use crate::tui::theme::Theme;

/// A line of details: styled pieces, written left to right.
pub(super) type Line = Vec<(String, Style)>;

/// What the cursor year shows: first every series' figure (of the flow shown) on one line,
/// then its figures for part of a year (`Jul 2020–Apr 2021`), then, for each row under the cursor, its note and source. Unzoomed there is room for one
/// more line, which names the series it speaks of; zoomed, every row's record is there,
/// wrapped, with its exports, imports and balance where it gives them.
pub(super) fn detail_lines(
    data: &Dataset,
    theme: &Theme,
    (year, flow): (i32, TradeFlow),
    width: u16,
    zoomed: bool,
) -> Vec<Line> {
    let main = data.derived.main_series;
    let mut at: Vec<(usize, &TradePoint)> = data.derived.trade_at(year).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let mut first: Line = vec![(format!("{year} "), theme.base.add_modifier(Modifier::BOLD))];
    if !at.iter().any(|(i, _)| *i == main) {
        let label = &data.manifest.trade_series[main].label;
        let text = format!(" {} {label} no figure ", theme.glyphs.point(main));
        first.push((text, theme.series_style(main)));
    }
    // Then the figures for part of a year under this year, each named by its months: never
    // summed into the year's.
    at.extend(data.derived.partial_at(year));
    for &(i, p) in &at {
        first.push((figure(data, theme, (i, flow), p), theme.series_style(i)));
        if let Some(row) = p.row.map(|r| &data.trade[r])
            && row.quality != Quality::Firm
        {
            first.push((format!("[{}] ", row.quality.label()), theme.warning));
        }
    }
    let mut lines = vec![first];
    let width = usize::from(width);
    let dash = theme.symbols.range_dash;
    for &(i, p) in &at {
        let Some(row) = p.row.map(|r| &data.trade[r]) else {
            continue;
        };
        let series = &data.manifest.trade_series[i];
        let glyph = (format!("{} ", theme.glyphs.point(i)), theme.series_style(i));
        let source = row.citation.render(&data.manifest);
        if !zoomed {
            // One line: the note where there is one (it explains the figure), else the source.
            let text = if row.note.is_empty() {
                format!("Source: {source}")
            } else {
                format!("Note: {}", row.note)
            };
            lines.push(vec![glyph, (theme.symbols.text(&text), theme.muted)]);
            return lines;
        }
        let mut head = format!("{}: {}", series.name, row.period.label(dash));
        if !row.reported_by.is_empty() {
            head.push_str(&format!(", reported by {}", row.reported_by));
        }
        let head = theme.symbols.text(&head);
        let mut pieces = fit::wrap(&head, width.saturating_sub(2), 3, theme.symbols.ellipsis);
        let first = if pieces.is_empty() {
            String::new()
        } else {
            pieces.remove(0)
        };
        lines.push(vec![glyph, (first, theme.base)]);
        lines.extend(
            pieces
                .into_iter()
                .map(|p| vec![(format!("  {p}"), theme.base)]),
        );
        if let Some(flows) = flows_text(data, i, p, theme.symbols.ascii) {
            lines.push(vec![(format!("  {flows}"), theme.base)]);
        }
        for (label, text) in [("Note", &row.note), ("Source", &source)] {
            if text.is_empty() {
                continue;
            }
            let text = theme.symbols.text(&format!("{label}: {text}"));
            for piece in fit::wrap(&text, width.saturating_sub(2), 6, theme.symbols.ellipsis) {
                lines.push(vec![(format!("  {piece}"), theme.muted)]);
            }
        }
    }
    lines
}

/// `RUS exports to CHN 76.122, RUS imports from CHN 114.145, balance -38.023 bn`: what a row
/// of series `index` gives of the flows, each named by its direction, at its printed decimals.
fn flows_text(data: &Dataset, index: usize, p: &TradePoint, ascii: bool) -> Option<String> {
    let flows = p.flows_by_direction(ascii, data.manifest.flow_codes(index))?;
    Some(flows + " bn")
}

/// ` ◆ CHN 107.1 bn +27.1%`, with the fiscal year and its months where the series counts
/// them (`FY2021-22 (Apr–Mar)`), and a change reported without a figure shown as such.
/// Showing a flow: ` ◆ CHN exports 76.1 bn`, or the total of a series without flows, so
/// marked.
fn figure(
    data: &Dataset,
    theme: &Theme,
    (index, flow): (usize, TradeFlow),
    p: &TradePoint,
) -> String {
    let label = &data.manifest.trade_series[index].label;
    let glyph = theme.glyphs.point(index);
    let period = if p.period.is_calendar() {
        String::new()
    } else {
        format!("{} ", p.period.label(theme.symbols.range_dash))
    };
    if let Some(f) = flow.flow() {
        let has_flows = data.derived.has_flows(index);
        // Whose flow, in words that put the figure early, so a narrow pane still shows it:
        // `CHN exports 76.122 bn to RUS`, `Comtrade CHN: CHN balance -11.753 bn (exports less
        // imports)`; the series first where its label is not the country's code. Each figure
        // at its printed decimals.
        let ascii = theme.symbols.ascii;
        let [own, other] = data.manifest.flow_codes(index);
        let series = if *label == own {
            String::new()
        } else {
            format!("{label}: ")
        };
        let named = |v: String| match f {
            Flow::Exports => format!("{series}{own} exports {period}{v} to {other}"),
            Flow::Imports => format!("{series}{own} imports {period}{v} from {other}"),
            Flow::Balance => format!("{series}{own} balance {period}{v} (exports less imports)"),
        };
        return match (flow.figure(p, has_flows), has_flows) {
            (Some(v), true) => format!(" {glyph} {} ", named(format!("{} bn", v.shown(ascii)))),
            (None, true) => format!(" {glyph} {} ", named("no figure".to_string())),
            (Some(v), false) => {
                let v = v.shown(ascii);
                format!(" {glyph} {label} {period}{v} bn total, no flows ")
            }
            (None, false) => format!(" {glyph} {label} {period}no figure, no flows "),
        };
    }
    let change = p.yoy.map(|yoy| {
        format!(
            "{}{}",
            percent(yoy.pct),
            if yoy.reported { "" } else { " (calc.)" }
        )
    });
    match (p.value_usd_bn.map(|v| v.shown(theme.symbols.ascii)), change) {
        (Some(v), Some(change)) => format!(" {glyph} {label} {period}{v} bn {change} "),
        (Some(v), None) => format!(" {glyph} {label} {period}{v} bn "),
        (None, Some(change)) => format!(" {glyph} {label} {period}no figure, {change} "),
        (None, None) => format!(" {glyph} {label} {period}no figure "),
    }
}

/// Writes the figures' line, then the rest from `scroll` on, each cut to the area's width
/// with an ellipsis; where lines are left below, the last row says how to reach them.
pub(super) fn render_details(
    buf: &mut Buffer,
    area: Rect,
    lines: &[Line],
    (scroll, keys): (u16, &str),
    theme: &Theme,
) {
    let Some((first, rest)) = lines.split_first() else {
        return;
    };
    let rest = &rest[usize::from(scroll).min(rest.len())..];
    let rows = usize::from(area.height.saturating_sub(1));
    let hidden = rest.len().saturating_sub(rows);
    let more: Line;
    let mut shown: Vec<&Line> = vec![first];
    if hidden > 0 && rows > 0 {
        shown.extend(&rest[..rows - 1]);
        let text = format!(
            "  {} {} more lines: {keys} scroll",
            theme.symbols.more_below,
            hidden + 1
        );
        more = vec![(text, theme.key)];
        shown.push(&more);
    } else {
        shown.extend(rest.iter().take(rows));
    }
    for (line, y) in shown.into_iter().zip(area.y..area.y + area.height) {
        let mut x = area.x;
        for (text, style) in line {
            let room = (area.x + area.width).saturating_sub(x);
            if room == 0 {
                break;
            }
            let text = fit::truncate(text, usize::from(room), theme.symbols.ellipsis);
            put(buf, x, y, &text, room, *style);
            x += fit::width(&text) as u16;
        }
    }
}
