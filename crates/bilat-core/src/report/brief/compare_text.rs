//! The comparison as text and as Markdown: shared headings, one block per pair under each,
//! 80 columns wide. Both forms read the same sections, so they say the same things.

use super::compare::Comparison;
use super::{Format, WIDTH, md};
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
    pairs: [Vec<String>; 2],
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
        let [a, b] = &self.compare;
        format!("{} and {}: bilateral briefs side by side", a.title, b.title)
    }

    /// The lines that set the terms: dates, the shared country, units, years, `since`.
    fn terms(&self, symbols: &Symbols) -> Vec<String> {
        let [a, b] = &self.compare;
        let mut out = vec![
            format!(
                "Figures as of {} ({}) and {} ({})",
                a.as_of, a.title, b.as_of, b.title
            ),
            self.shared_line(),
            self.unit_line(),
            self.years_line(symbols.range_dash),
        ];
        if let Some(since) = a.since {
            out.push(format!("Everything before {since} left out"));
        }
        out.into_iter().map(|line| symbols.text(&line)).collect()
    }

    fn sections(&self, symbols: &Symbols) -> Vec<Section> {
        let each = |line: &dyn Fn(usize) -> Vec<String>| [line(0), line(1)];
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

    /// One pair's indicators, each said comparable with the other pair's indicator of the
    /// same id only when their units agree.
    fn indicator_lines(&self, pair: usize, symbols: &Symbols) -> Vec<String> {
        let Some(ours) = &self.compare[pair].indicators else {
            return vec!["no indicators table".to_string()];
        };
        if ours.is_empty() {
            return vec!["none declared".to_string()];
        }
        let theirs = self.compare[1 - pair].indicators.as_deref().unwrap_or(&[]);
        ours.iter()
            .map(|ind| {
                let line = ind.line(symbols.ascii);
                let other = theirs.iter().find(|o| o.id == ind.id);
                let said = match other {
                    Some(o) if o.unit.trim().eq_ignore_ascii_case(ind.unit.trim()) => {
                        " [same unit as the other pair's: comparable]".to_string()
                    }
                    Some(o) => format!(
                        " [not comparable with the other pair's: {} there, {} here]",
                        o.unit, ind.unit
                    ),
                    None => String::new(),
                };
                symbols.text(&format!("{line}{said}"))
            })
            .collect()
    }

    /// The pairs' titles as the blocks show them, cut to fit their column.
    fn titles(&self, symbols: &Symbols) -> [String; 2] {
        self.compare
            .each_ref()
            .map(|b| fit::truncate(&symbols.text(&b.title), TITLE_COLUMNS, symbols.ellipsis))
    }

    fn render_text(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = fit::wrap(&symbols.text(&self.heading()), WIDTH, 2, e);
        for line in self.terms(symbols) {
            out.extend(fit::wrap(&line, WIDTH, FIGURE_LINES, e));
        }
        let titles = self.titles(symbols);
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
        let titles = self.titles(symbols).map(|t| md(&t));
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
                    out.push(fit::truncate(&format!("  - {}", md(item)), WIDTH, e));
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
