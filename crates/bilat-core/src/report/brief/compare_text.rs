//! The comparison as text and as Markdown: shared headings, one block per pair under each
//! (two to four, in the order named), 80 columns wide. Both forms read the same sections, so
//! they say the same things.

use super::compare::Comparison;
use super::{Format, WIDTH, md};
use crate::report::compare::and_list;
use crate::text::fit;
use crate::text::symbols::Symbols;

/// Events listed per pair: two pairs' worth must still fit one screen.
const EVENTS_SHOWN: usize = 3;
/// A pair's title takes at most this many columns before its block; longer titles are cut.
const TITLE_COLUMNS: usize = 18;
/// A figure wraps to at most this many lines rather than losing its end.
const FIGURE_LINES: usize = 3;

/// One heading, and under it what each pair says: one line of text per item.
struct Section {
    heading: &'static str,
    /// Items that stay one line each (a list of events), rather than wrapping.
    listed: bool,
    /// What each pair says, in the order named.
    pairs: Vec<Vec<String>>,
}

impl Comparison {
    pub fn render(&self, format: Format, symbols: &Symbols) -> String {
        match format {
            Format::Text => self.render_text(symbols),
            Format::Markdown => self.render_markdown(symbols),
            Format::Json => {
                let mut json = serde_json::to_string_pretty(self)
                    .unwrap_or_else(|err| format!("{{\"error\": \"{err}\"}}"));
                json.push('\n');
                json
            }
        }
    }

    /// `Russia–China and India–Russia: bilateral briefs side by side`.
    fn heading(&self) -> String {
        format!(
            "{}: bilateral briefs side by side",
            and_list(&self.titles())
        )
    }

    /// The lines that set the terms: dates, the shared countries, units, years, `since`.
    fn terms(&self, symbols: &Symbols) -> Vec<String> {
        let mut out = vec![self.dates_line()];
        out.extend(self.shared_lines());
        out.push(self.unit_line());
        out.push(self.years_line(symbols.range_dash));
        if let Some(since) = self.compare[0].since {
            out.push(format!("Everything before {since} left out"));
        }
        out.into_iter().map(|line| symbols.text(&line)).collect()
    }

    fn sections(&self, symbols: &Symbols) -> Vec<Section> {
        let each =
            |line: &dyn Fn(usize) -> Vec<String>| (0..self.compare.len()).map(line).collect();
        let text = |s: String| symbols.text(&s);
        vec![
            Section {
                heading: "Trade, latest figure",
                listed: false,
                pairs: each(&|i| {
                    let brief = &self.compare[i];
                    let mut lines = vec![text(brief.trade_headline())];
                    // Another series' newer figure, as the pair's own brief names it.
                    lines.extend(brief.newer_line().map(|n| text(format!("newer: {n}"))));
                    lines
                }),
            },
            Section {
                heading: "Leader meetings",
                listed: false,
                pairs: each(&|i| vec![text(self.meetings_line(i, symbols.range_dash))]),
            },
            Section {
                heading: "Joint exercises",
                listed: false,
                pairs: each(&|i| vec![text(self.compare[i].exercise_line())]),
            },
            Section {
                heading: "Indicators",
                listed: false,
                pairs: each(&|i| self.indicator_lines(i, symbols)),
            },
            Section {
                heading: "Latest events",
                listed: true,
                pairs: each(&|i| {
                    let events = &self.compare[i].latest_events;
                    if events.is_empty() {
                        return vec!["none in these years".to_string()];
                    }
                    let shown = events.iter().take(EVENTS_SHOWN);
                    shown
                        .map(|e| text(format!("{:<10}  {}", e.date, e.title)))
                        .collect()
                }),
            },
            Section {
                heading: "Trade sources",
                listed: false,
                pairs: each(&|i| match &self.compare[i].trade.latest {
                    Some(latest) if !latest.source.is_empty() => vec![text(latest.source.clone())],
                    _ => vec!["none given".to_string()],
                }),
            },
        ]
    }

    /// One pair's indicators, each said comparable with another pair's indicator of the same
    /// id only when their units agree.
    fn indicator_lines(&self, pair: usize, symbols: &Symbols) -> Vec<String> {
        let Some(ours) = &self.compare[pair].indicators else {
            return vec!["no indicators table".to_string()];
        };
        if ours.is_empty() {
            return vec!["none declared".to_string()];
        }
        ours.iter()
            .map(|ind| {
                let line = ind.line(symbols.ascii);
                let said = self.indicator_said(pair, &ind.id, &ind.unit);
                symbols.text(&format!("{line}{said}"))
            })
            .collect()
    }

    /// Whether the other pairs' indicator `id` is on the same unit as this pair's: for two,
    /// ` [same unit as the other pair's: comparable]` or ` [not comparable with the other
    /// pair's: X there, Y here]`; for more, the pairs named, or `every pair` when each has it
    /// on this unit. Nothing when no other pair has the indicator.
    fn indicator_said(&self, pair: usize, id: &str, unit: &str) -> String {
        let same_unit = |other: &str| crate::data::same_unit(other, unit);
        let others: Vec<(&str, &str)> = (0..self.compare.len())
            .filter(|&p| p != pair)
            .filter_map(|p| {
                let brief = &self.compare[p];
                let found = brief.indicators.as_deref()?.iter().find(|o| o.id == id)?;
                Some((brief.title.as_str(), found.unit.as_str()))
            })
            .collect();
        if self.compare.len() == 2 {
            return match others.first() {
                Some((_, other)) if same_unit(other) => {
                    " [same unit as the other pair's: comparable]".to_string()
                }
                Some((_, other)) => {
                    format!(" [not comparable with the other pair's: {other} there, {unit} here]")
                }
                None => String::new(),
            };
        }
        if others.is_empty() {
            return String::new();
        }
        let (same, differ): (Vec<_>, Vec<_>) = others.iter().partition(|(_, u)| same_unit(u));
        let mut said = Vec::new();
        if same.len() == self.compare.len() - 1 {
            said.push("same unit in every pair: comparable".to_string());
        } else if !same.is_empty() {
            let titles: Vec<String> = same.iter().map(|(t, _)| format!("{t}'s")).collect();
            said.push(format!("same unit as {}: comparable", and_list(&titles)));
        }
        for (title, other) in differ {
            said.push(format!(
                "not comparable with {title}'s: {other} there, {unit} here"
            ));
        }
        format!(" [{}]", said.join("; "))
    }

    /// The pairs' titles as the blocks show them, cut to fit their column.
    fn block_titles(&self, symbols: &Symbols) -> Vec<String> {
        self.compare
            .iter()
            .map(|b| fit::truncate(&symbols.text(&b.title), TITLE_COLUMNS, symbols.ellipsis))
            .collect()
    }

    fn render_text(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = fit::wrap(&symbols.text(&self.heading()), WIDTH, 2, e);
        for line in self.terms(symbols) {
            out.extend(fit::wrap(&line, WIDTH, FIGURE_LINES, e));
        }
        let titles = self.block_titles(symbols);
        let column = titles.iter().map(|t| fit::width(t)).max().unwrap_or(0);
        // Two spaces in, the title, two spaces, then the text.
        let body = WIDTH - 2 - column - 2;
        for section in self.sections(symbols) {
            out.push(String::new());
            out.push(section.heading.to_string());
            for (title, items) in titles.iter().zip(&section.pairs) {
                let mut first = true;
                for item in items {
                    // Events stay one line each, their columns kept; figures wrap under
                    // themselves.
                    let pieces = if section.listed {
                        vec![fit::truncate(item, body, e)]
                    } else {
                        fit::wrap(item, body, FIGURE_LINES, e)
                    };
                    for piece in pieces {
                        let label = if first { title.as_str() } else { "" };
                        out.push(format!("  {}  {piece}", fit::pad(label, column, e)));
                        first = false;
                    }
                }
            }
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }

    fn render_markdown(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = fit::wrap(
            &format!("# {}", md(&symbols.text(&self.heading()))),
            WIDTH,
            2,
            e,
        );
        out.push(String::new());
        for line in self.terms(symbols) {
            push_item(&mut out, "- ", &md(&line), e);
        }
        let titles: Vec<String> = self.block_titles(symbols).iter().map(|t| md(t)).collect();
        for section in self.sections(symbols) {
            out.push(String::new());
            out.push(format!("## {}", section.heading));
            out.push(String::new());
            for (title, items) in titles.iter().zip(&section.pairs) {
                if let (false, [item]) = (section.listed, items.as_slice()) {
                    push_item(&mut out, "- ", &format!("**{title}**: {}", md(item)), e);
                    continue;
                }
                out.push(format!("- **{title}**"));
                for item in items {
                    // Events stay one line each, as in the text; figures wrap under
                    // themselves, so what is said of them (comparable or not) stays.
                    if section.listed {
                        out.push(fit::truncate(&format!("  - {}", md(item)), WIDTH, e));
                    } else {
                        push_item(&mut out, "  - ", &md(item), e);
                    }
                }
            }
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// A list item wrapped to the width, its continuation lines indented under its text.
fn push_item(out: &mut Vec<String>, bullet: &str, text: &str, e: &str) {
    let indent = " ".repeat(bullet.len());
    let room = WIDTH - bullet.len();
    for (i, piece) in fit::wrap(text, room, FIGURE_LINES, e)
        .into_iter()
        .enumerate()
    {
        let lead = if i == 0 { bullet } else { indent.as_str() };
        out.push(format!("{lead}{piece}"));
    }
}
