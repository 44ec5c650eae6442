//! The brief as Markdown: the text brief's lines, each a Markdown line, every piece of text
//! from a file escaped so it reads as written.

use super::{Brief, WIDTH};
use crate::text::fit;
use crate::text::symbols::Symbols;

impl Brief {
    pub(super) fn render_markdown(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = Vec::new();
        out.push(fit::truncate(
            &format!(
                "# {}",
                md(&symbols.text(&format!("{}: bilateral brief", self.title)))
            ),
            WIDTH,
            e,
        ));
        out.push(String::new());
        out.push(format!("Figures as of {}.", self.as_of));
        out.push(fit::truncate(
            &md(&symbols.text(&self.countries_line())),
            WIDTH,
            e,
        ));
        if let Some(line) = self.nothing_since_line() {
            out.push(line);
            return out.join("\n") + "\n";
        }
        if let Some(since) = self.since {
            out.push(format!("Since {since}."));
        }
        out.push(String::new());
        for (label, text) in self.lines(symbols) {
            if label.is_empty() && text.contains(": ") {
                // The few figures, under the trade line's item as the sparkline would be.
                let pieces = fit::wrap_all(&md(&text), WIDTH - 2);
                out.extend(pieces.into_iter().map(|piece| format!("  {piece}")));
                continue;
            }
            if label.is_empty() {
                let line = format!("  `{}`", text.replace('`', "'"));
                out.push(fit::truncate(&line, WIDTH, e));
                continue;
            }
            let line = format!("- **{label}**: {}", md(&symbols.text(&text)));
            for (i, piece) in fit::wrap_all(&line, WIDTH - 2).into_iter().enumerate() {
                out.push(if i == 0 { piece } else { format!("  {piece}") });
            }
        }
        if !self.latest_events.is_empty() {
            out.push(String::new());
            out.push("## Latest events".to_string());
            out.push(String::new());
            for ev in &self.latest_events {
                let line = format!(
                    "- {} ({}): {}",
                    ev.date,
                    md(&symbols.text(&ev.category)),
                    md(&symbols.text(&ev.title))
                );
                out.push(fit::truncate(&line, WIDTH, e));
            }
        }
        if let Some(latest) = &self.trade.latest {
            out.push(String::new());
            let line = format!("Trade source: {}", md(&symbols.text(&latest.source)));
            out.extend(fit::wrap(&line, WIDTH, 3, e));
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// Escapes text from data so Markdown shows it literally.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '{' | '}' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
