//! Every colour and style the dashboard uses, for a dark or light background, in 256 colours,
//! 16 colours or none. Panes ask for a role (`series[0]`, `selection`), never a colour.

use ratatui::style::{Color, Modifier, Style};

pub use crate::library::config::Background;
use crate::text::palette::{self, Hue, MEETING_KINDS};
use crate::text::symbols::{Symbols, dec_terminal};

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
    pub(crate) fn for_terminal(
        setting: &str,
        no_color: bool,
        term: &str,
        colorterm: &str,
    ) -> ColorDepth {
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

/// How many trade series have a glyph and colour of their own; more reuse them in turn, and
/// the legend numbers the reused ones.
pub(crate) const SERIES_STYLES: usize = palette::SERIES.len();

/// A palette hue in the terminal: its 256-colour index and its 16-colour name, lighter on a
/// dark background (the 16 colours have no vermilion or reddish purple: the nearest of
/// theirs).
fn terminal_hue(hue: Hue, dark: bool) -> (u8, Color) {
    match (hue, dark) {
        (Hue::Vermilion, true) => (214, Color::Yellow),
        (Hue::Blue, true) => (81, Color::Cyan),
        (Hue::ReddishPurple, true) => (170, Color::Magenta),
        (Hue::BluishGreen, true) => (114, Color::Green),
        (Hue::Ochre, true) => (184, Color::LightYellow),
        (Hue::Violet, true) => (141, Color::LightBlue),
        (Hue::Crimson, true) => (204, Color::Red),
        (Hue::Grey, true) => (250, Color::Gray),
        (Hue::Vermilion, false) => (166, Color::Red),
        (Hue::Blue, false) => (25, Color::Blue),
        (Hue::ReddishPurple, false) => (90, Color::Magenta),
        (Hue::BluishGreen, false) => (28, Color::Green),
        (Hue::Ochre, false) => (100, Color::Yellow),
        (Hue::Violet, false) => (61, Color::LightMagenta),
        (Hue::Crimson, false) => (124, Color::LightRed),
        (Hue::Grey, false) => (240, Color::Black),
    }
}

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
    /// Across the months of a figure for part of a year, either side of its glyph.
    pub part_span: &'static str,
    /// Above a figure that is a lower bound (`>2.17`: "more than 2.17").
    pub lower_bound: &'static str,
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
        // The series in the palette's order, each hue as near as the terminal has it.
        let hue_style = |hue: Hue| {
            let (c256, c16) = terminal_hue(hue, dark);
            fg(c256, c16)
        };
        let series = palette::SERIES.map(|s| hue_style(s.hue));
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
            // In person and by call, in the exported charts' colours for in person and phone.
            bars: [hue_style(MEETING_KINDS[0]), hue_style(MEETING_KINDS[1])],
            warning: fg(203, Color::LightRed).add_modifier(Modifier::BOLD),
            key: accent.add_modifier(Modifier::BOLD),
            glyphs: SeriesGlyphs {
                points: palette::SERIES.map(|s| s.shape.glyph(ascii)),
                link: if ascii { "." } else { "·" },
            },
            bar_full: if ascii { ["#", ":"] } else { ["█", "▒"] },
            bar_eighths: if ascii {
                [" ", " ", " ", " ", "#", "#", "#", "#"]
            } else {
                [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]
            },
            cursor_line: if ascii { "|" } else { "│" },
            part_span: if ascii { "-" } else { "─" },
            lower_bound: if ascii { "^" } else { "↑" },
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
    pub(crate) fn series_style(&self, index: usize) -> Style {
        self.series[index % SERIES_STYLES]
    }

    /// Box-drawing characters for borders, or plain ASCII.
    pub(crate) fn border_set(&self) -> ratatui::symbols::border::Set<'static> {
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

    /// Hue angle, degrees, of red, green and blue 0–255.
    fn hue_angle((r, g, b): (u8, u8, u8)) -> f64 {
        let (r, g, b) = (f64::from(r), f64::from(g), f64::from(b));
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let d = (max - min).max(1.0);
        let h = if max == r {
            (g - b) / d
        } else if max == g {
            2.0 + (b - r) / d
        } else {
            4.0 + (r - g) / d
        };
        (h * 60.0).rem_euclid(360.0)
    }

    /// An xterm 256-colour index of the colour cube as red, green and blue.
    fn cube_rgb(index: u8) -> (u8, u8, u8) {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        let i = index - 16;
        (
            LEVELS[usize::from(i / 36)],
            LEVELS[usize::from(i / 6 % 6)],
            LEVELS[usize::from(i % 6)],
        )
    }

    #[test]
    fn each_series_is_in_the_terminal_the_hue_the_charts_draw_it_in() {
        for dark in [true, false] {
            let theme = Theme::new(
                if dark {
                    Background::Dark
                } else {
                    Background::Light
                },
                ColorDepth::Indexed256,
                crate::text::symbols::UNICODE,
            );
            for (i, style) in theme.series.iter().enumerate() {
                let Some(Color::Indexed(index)) = style.fg else {
                    panic!("series {i}: {style:?}");
                };
                if palette::series(i).hue == Hue::Grey {
                    // No hue: a grey of the ramp.
                    assert!(index >= 232, "series {i}, dark {dark}: {index}");
                    continue;
                }
                let angle = hue_angle(cube_rgb(index));
                let distance = |hue: Hue| {
                    let d = (hue_angle(hue.rgb()) - angle).abs();
                    d.min(360.0 - d)
                };
                let nearest = palette::SERIES
                    .iter()
                    .filter(|s| s.hue != Hue::Grey)
                    .min_by(|a, b| distance(a.hue).total_cmp(&distance(b.hue)))
                    .map(|s| s.hue);
                assert_eq!(
                    nearest,
                    Some(palette::series(i).hue),
                    "series {i}, dark {dark}"
                );
            }
            assert_eq!(theme.bars, [theme.series[0], theme.series[1]]);
        }
        let ascii = Theme::new(
            Background::Dark,
            ColorDepth::None,
            crate::text::symbols::ASCII,
        );
        assert_eq!(
            ascii.glyphs.points,
            ["o", "*", "+", "x", "v", "@", "%", "&"]
        );
        let unicode = Theme::new(
            Background::Dark,
            ColorDepth::None,
            crate::text::symbols::UNICODE,
        );
        assert_eq!(
            unicode.glyphs.points,
            ["◆", "●", "▲", "■", "▼", "○", "□", "★"]
        );
        // Every glyph one column wide, and none another mark of the charts (in Unicode, of
        // the lists either).
        for theme in [ascii, unicode] {
            let mut others = vec![
                theme.glyphs.link,
                theme.cursor_line,
                theme.part_span,
                theme.lower_bound,
                theme.bar_full[0],
                theme.bar_full[1],
                "?",
            ];
            others.extend(theme.bar_eighths);
            if !theme.symbols.ascii {
                others.extend([
                    theme.unmeasured,
                    theme.linked_mark,
                    theme.pointer,
                    theme.match_mark,
                ]);
            }
            for (i, g) in theme.glyphs.points.iter().enumerate() {
                assert_eq!(crate::text::fit::width(g), 1, "{g}");
                assert!(!others.contains(g), "{g} is another mark");
                assert!(!theme.glyphs.points[..i].contains(g), "{g} twice");
            }
        }
    }
}
