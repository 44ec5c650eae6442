//! Every colour and style the dashboard uses, for a dark or light background, in 256 colours,
//! 16 colours or none. Panes ask for a role (`series[0]`, `selection`), never a colour.

use ratatui::style::{Color, Modifier, Style};

use crate::symbols::Symbols;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Background {
    Dark,
    Light,
}

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    Indexed256,
    Ansi16,
    /// `NO_COLOR`: styles use only bold, reverse video, underline and glyphs.
    None,
}

impl ColorDepth {
    /// From the configuration's `colors` (`auto`, `256`, `16`, `none`) and the environment:
    /// a non-empty `NO_COLOR` always wins; `auto` reads `COLORTERM` and `TERM`.
    pub fn detect(setting: &str) -> ColorDepth {
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        ColorDepth::for_terminal(setting, no_color, &var("TERM"), &var("COLORTERM"))
    }

    /// The depth for a setting and a terminal: `NO_COLOR` wins, then the setting, then what
    /// `TERM` and `COLORTERM` say. A dumb terminal and the monochrome DEC terminals (`vt100`,
    /// `vt102`, `vt220`...) get no colour at all.
    pub fn for_terminal(setting: &str, no_color: bool, term: &str, colorterm: &str) -> ColorDepth {
        if no_color {
            return ColorDepth::None;
        }
        match setting {
            "256" => ColorDepth::Indexed256,
            "16" => ColorDepth::Ansi16,
            "none" => ColorDepth::None,
            _ => {
                if term == "dumb" || dec_terminal(term) {
                    ColorDepth::None
                } else if term.contains("256color")
                    || colorterm == "truecolor"
                    || colorterm == "24bit"
                {
                    ColorDepth::Indexed256
                } else {
                    ColorDepth::Ansi16
                }
            }
        }
    }
}

/// A DEC video terminal (`vt100`, `vt102`, `vt220`...): monochrome, and its line drawing is
/// a character set of its own, not UTF-8.
pub fn dec_terminal(term: &str) -> bool {
    term.strip_prefix("vt")
        .is_some_and(|model| !model.is_empty() && model.bytes().all(|b| b.is_ascii_digit()))
}

/// How many trade series have a glyph and colour of their own; more reuse them in turn.
pub const SERIES_STYLES: usize = 4;

/// Glyphs that tell the trade series apart without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesGlyphs {
    pub points: [&'static str; SERIES_STYLES],
    /// Between points on a line.
    pub link: &'static str,
}

impl SeriesGlyphs {
    /// The point glyph of the series at `index`.
    pub fn point(&self, index: usize) -> &'static str {
        self.points[index % SERIES_STYLES]
    }
}

/// Styles by role, and the symbol set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub depth: ColorDepth,
    pub symbols: Symbols,
    pub base: Style,
    /// The terminal's own colours, even inside a styled block (cheapest to write).
    pub plain: Style,
    pub muted: Style,
    pub header: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    /// The selected row or the chart cursor.
    pub selection: Style,
    /// Rows and columns of the year another pane has in focus.
    pub linked: Style,
    /// The words a search found, inside a title: reverse video, so it shows without colour.
    pub search_hit: Style,
    pub series: [Style; SERIES_STYLES],
    /// Meetings: in person, then phone or video.
    pub bars: [Style; 2],
    pub warning: Style,
    pub key: Style,
    pub glyphs: SeriesGlyphs,
    /// Full and partial bar blocks, lowest first; `bars_full` fills whole cells.
    pub bar_full: [&'static str; 2],
    pub bar_eighths: [&'static str; 8],
    pub cursor_line: &'static str,
    /// The cooperation chart's fills, one per CAMEO quad class, told apart without colour.
    pub quad_fill: [&'static str; 4],
    pub linked_mark: &'static str,
    /// Marks a row the search matches, in the list's gutter.
    pub match_mark: &'static str,
    /// Marks the selected row of a list.
    pub pointer: &'static str,
    /// Marks a year of arms deliveries whose size (TIV) is not known.
    pub unmeasured: &'static str,
}

impl Theme {
    pub fn new(background: Background, depth: ColorDepth, symbols: Symbols) -> Theme {
        let none = depth == ColorDepth::None;
        let pick = |c256: u8, c16: Color| match depth {
            ColorDepth::Indexed256 => Some(Color::Indexed(c256)),
            ColorDepth::Ansi16 => Some(c16),
            ColorDepth::None => None,
        };
        let fg =
            |c256: u8, c16: Color| pick(c256, c16).map_or(Style::new(), |c| Style::new().fg(c));
        let dark = background == Background::Dark;
        let accent = if dark {
            fg(81, Color::Cyan)
        } else {
            fg(25, Color::Blue)
        };
        let series = if dark {
            [
                fg(214, Color::Yellow),
                fg(81, Color::Cyan),
                fg(170, Color::Magenta),
                fg(114, Color::Green),
            ]
        } else {
            [
                fg(166, Color::Red),
                fg(25, Color::Blue),
                fg(90, Color::Magenta),
                fg(28, Color::Green),
            ]
        };
        let muted = if none {
            Style::new()
        } else if dark {
            fg(245, Color::DarkGray)
        } else {
            fg(242, Color::DarkGray)
        };
        let selection = match pick(if dark { 238 } else { 253 }, Color::Blue) {
            None => Style::new().add_modifier(Modifier::REVERSED),
            Some(_) if depth == ColorDepth::Ansi16 => Style::new().add_modifier(Modifier::REVERSED),
            Some(bg) => Style::new().bg(bg).add_modifier(Modifier::BOLD),
        };
        let ascii = symbols.ascii;
        Theme {
            depth,
            symbols,
            base: Style::new(),
            plain: Style::new().fg(Color::Reset).bg(Color::Reset),
            muted,
            header: accent.add_modifier(Modifier::BOLD),
            border: muted,
            border_focused: accent,
            title: Style::new(),
            title_focused: accent.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            selection,
            linked: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            search_hit: series[0].add_modifier(Modifier::BOLD | Modifier::REVERSED),
            series,
            bars: [series[0], series[1]],
            warning: fg(203, Color::LightRed).add_modifier(Modifier::BOLD),
            key: accent.add_modifier(Modifier::BOLD),
            glyphs: if ascii {
                SeriesGlyphs {
                    points: ["o", "*", "+", "x"],
                    link: ".",
                }
            } else {
                SeriesGlyphs {
                    points: ["◆", "●", "▲", "■"],
                    link: "·",
                }
            },
            bar_full: if ascii { ["#", ":"] } else { ["█", "▒"] },
            bar_eighths: if ascii {
                [" ", " ", " ", " ", "#", "#", "#", "#"]
            } else {
                [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]
            },
            cursor_line: if ascii { "|" } else { "│" },
            quad_fill: if ascii {
                ["#", "=", "+", "."]
            } else {
                ["█", "▓", "▒", "░"]
            },
            linked_mark: if ascii { ">" } else { "▸" },
            match_mark: if ascii { "+" } else { "•" },
            pointer: if ascii { "*" } else { "▶" },
            unmeasured: if ascii { "o" } else { "◇" },
        }
    }

    /// The colour of the trade series at `index`.
    pub fn series_style(&self, index: usize) -> Style {
        self.series[index % SERIES_STYLES]
    }

    /// Box-drawing characters for borders, or plain ASCII.
    pub fn border_set(&self) -> ratatui::symbols::border::Set<'static> {
        if self.symbols.ascii {
            ratatui::symbols::border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            ratatui::symbols::border::PLAIN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_terminals_get_no_colour() {
        for term in ["vt100", "vt102", "vt220", "dumb"] {
            assert_eq!(
                ColorDepth::for_terminal("auto", false, term, ""),
                ColorDepth::None
            );
        }
        let depth = |term| ColorDepth::for_terminal("auto", false, term, "");
        assert_eq!(depth("linux"), ColorDepth::Ansi16);
        assert_eq!(depth("xterm-256color"), ColorDepth::Indexed256);
        assert_eq!(depth("vt-odd"), ColorDepth::Ansi16);
        assert_eq!(
            ColorDepth::for_terminal("256", true, "xterm-256color", ""),
            ColorDepth::None
        );
    }
}
