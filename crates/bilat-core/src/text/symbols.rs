//! The two symbol sets: Unicode, and plain ASCII for consoles and non-UTF-8 locales.

/// Every non-letter glyph bilat draws, chosen once for the terminal at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    pub ascii: bool,
    /// Eight levels, lowest first.
    pub spark: [char; 8],
    pub ellipsis: &'static str,
    pub range_dash: &'static str,
    pub separator: &'static str,
    /// Before a lower bound: `≥3,000`.
    pub at_least: &'static str,
    /// Marks text that continues below what is shown.
    pub more_below: &'static str,
}

pub const UNICODE: Symbols = Symbols {
    ascii: false,
    spark: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
    ellipsis: "…",
    range_dash: "–",
    separator: "·",
    at_least: "≥",
    more_below: "↓",
};

pub const ASCII: Symbols = Symbols {
    ascii: true,
    spark: ['_', '.', ',', '-', '=', '+', '*', '#'],
    ellipsis: "...",
    range_dash: "-",
    separator: "|",
    at_least: ">=",
    more_below: "v",
};

impl Symbols {
    pub fn for_ascii(ascii: bool) -> Symbols {
        if ascii { ASCII } else { UNICODE }
    }

    /// Text from data as this symbol set can show it.
    pub fn text(&self, text: &str) -> String {
        if self.ascii {
            crate::text::fit::ascii_fold(text)
        } else {
            text.to_string()
        }
    }

    /// A sparkline of `values`, scaled from zero to the largest; a gap stays a space.
    pub fn sparkline(&self, values: &[Option<f64>]) -> String {
        let max = values.iter().flatten().fold(0.0_f64, |a, &b| a.max(b));
        values
            .iter()
            .map(|v| match v {
                None => ' ',
                Some(_) if max <= 0.0 => self.spark[0],
                Some(v) => {
                    let level = (v / max * 7.0).round().clamp(0.0, 7.0) as usize;
                    self.spark[level]
                }
            })
            .collect()
    }
}

/// Whether the terminal should get ASCII only: `forced`, a non-UTF-8 locale, the Linux
/// console (`TERM=linux`, whose font lacks box drawing and blocks) or a DEC terminal
/// (`vt100`, `vt220`...).
pub fn want_ascii(forced: bool) -> bool {
    forced || !utf8_locale() || ascii_terminal(&std::env::var("TERM").unwrap_or_default())
}

/// Whether a terminal of this `TERM` shows ASCII only, whatever the locale says.
pub fn ascii_terminal(term: &str) -> bool {
    term == "linux" || dec_terminal(term)
}

/// A DEC video terminal (`vt100`, `vt102`, `vt220`...): monochrome, and its line drawing is
/// a character set of its own, not UTF-8.
pub fn dec_terminal(term: &str) -> bool {
    term.strip_prefix("vt")
        .is_some_and(|model| !model.is_empty() && model.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the locale's character set is UTF-8, by the POSIX precedence of
/// `LC_ALL`, `LC_CTYPE`, `LANG`.
pub fn utf8_locale() -> bool {
    let value = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    value.contains("utf-8") || value.contains("utf8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_keep_gaps_and_scale() {
        let values = [Some(0.0), None, Some(50.0), Some(100.0)];
        assert_eq!(UNICODE.sparkline(&values), "▁ ▅█");
        assert_eq!(ASCII.sparkline(&values), "_ =#");
        assert!(ASCII.sparkline(&values).is_ascii());
    }

    #[test]
    fn the_linux_console_and_dec_terminals_get_ascii() {
        for term in ["linux", "vt100", "vt102", "vt220", "vt320"] {
            assert!(ascii_terminal(term), "{term}");
        }
        for term in ["xterm-256color", "xterm", "vt", "vt-odd", "screen", "dumb"] {
            assert!(!ascii_terminal(term), "{term}");
        }
    }
}
