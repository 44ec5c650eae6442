//! `bilat render`: the dashboard drawn off screen by its own drawing code, printed as plain
//! text (or with ANSI colours) for mails, chat and documents, at the size asked or the
//! terminal's.

use std::fmt::Write;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::ui;

/// Draws one frame of `app` at its size.
pub fn draw(app: &App) -> Buffer {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(app.area.width, app.area.height));
    let Ok(_) = terminal.draw(|frame| ui::render(frame, app));
    terminal.backend().buffer().clone()
}

/// The frame without its last line, the footer's key hints: a screen printed in a mail has
/// no keys to press.
pub fn without_footer(buf: &Buffer) -> Buffer {
    let area = Rect {
        height: buf.area.height.saturating_sub(1),
        ..buf.area
    };
    let mut out = Buffer::empty(area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            out[(x, y)] = buf[(x, y)].clone();
        }
    }
    out
}

/// The frame as lines of text, trailing spaces trimmed; with `color`, each change of style
/// becomes an SGR sequence and every line ends with a reset.
pub fn to_text(buf: &Buffer, color: bool) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut current = Style::reset();
        let mut skip = 0;
        let mut plain_len = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buf[(x, y)];
            let symbol = cell.symbol();
            skip = symbol.width().saturating_sub(1);
            if color {
                let style = cell.style();
                if style != current {
                    line.push_str(&sgr(style));
                    current = style;
                }
            }
            line.push_str(symbol);
            if symbol != " " {
                plain_len = line.len();
            }
        }
        if color {
            line.push_str("\x1b[0m");
        } else {
            line.truncate(plain_len);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The SGR sequence that sets `style` from scratch.
fn sgr(style: Style) -> String {
    let mut codes = vec!["0".to_string()];
    let m = style.add_modifier;
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
    ] {
        if m.contains(flag) {
            codes.push(code.to_string());
        }
    }
    if let Some(fg) = style.fg.and_then(|c| color_code(c, false)) {
        codes.push(fg);
    }
    if let Some(bg) = style.bg.and_then(|c| color_code(c, true)) {
        codes.push(bg);
    }
    let mut s = String::from("\x1b[");
    let _ = write!(s, "{}m", codes.join(";"));
    s
}

fn color_code(color: Color, background: bool) -> Option<String> {
    let base = if background { 40 } else { 30 };
    let named = |n: u8| Some((base + n).to_string());
    let bright = |n: u8| Some((base + 60 + n).to_string());
    match color {
        Color::Reset => None,
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}

/// What `render` draws at when no size is asked and stdout is not a terminal (or its size
/// cannot be read): a roomy screen in columns x rows.
pub(crate) const DEFAULT_SIZE: (u16, u16) = (120, 40);

/// The size to draw, columns x rows: the one asked (`WxH`), else the terminal's when stdout
/// is one, else [`DEFAULT_SIZE`]. Less than the dashboard's smallest size is refused,
/// naming where the size came from.
pub fn size_to_draw(
    asked: Option<&str>,
    terminal: Option<(u16, u16)>,
) -> Result<(u16, u16), String> {
    let (width, height) = match asked {
        Some(text) => parse_size(text)?,
        None => terminal.unwrap_or(DEFAULT_SIZE),
    };
    if width >= ui::MIN_WIDTH && height >= ui::MIN_HEIGHT {
        return Ok((width, height));
    }
    let least = format!(
        "render needs at least {}x{}, the dashboard's smallest size",
        ui::MIN_WIDTH,
        ui::MIN_HEIGHT
    );
    Err(match asked {
        Some(text) => format!("{least}; asked for {text}"),
        None => {
            format!("{least}; this terminal is {width}x{height} (--size WxH draws another size)")
        }
    })
}

/// Parses `WxH` such as `120x40`.
pub(crate) fn parse_size(text: &str) -> Result<(u16, u16), String> {
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(|| {
        format!("expected a size as WIDTHxHEIGHT, such as 120x40, found {text:?}")
    })?;
    let parse = |v: &str| {
        v.parse::<u16>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| format!("expected a size from 1x1 to 1000x1000, found {text:?}"))
    };
    Ok((parse(w)?, parse(h)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("120x40"), Ok((120, 40)));
        assert!(parse_size("120").is_err());
        assert!(parse_size("0x5").is_err());
        assert!(parse_size("99999x5").is_err());
    }

    #[test]
    fn the_size_asked_wins_then_the_terminal_then_the_default() {
        assert_eq!(size_to_draw(Some("100x30"), Some((200, 60))), Ok((100, 30)));
        assert_eq!(size_to_draw(None, Some((200, 60))), Ok((200, 60)));
        assert_eq!(size_to_draw(None, None), Ok(DEFAULT_SIZE));
        let small = size_to_draw(None, Some((70, 20))).unwrap_err();
        assert!(small.contains("at least 80x24") && small.contains("this terminal is 70x20"));
        let asked = size_to_draw(Some("70x20"), None).unwrap_err();
        assert!(asked.contains("asked for 70x20"));
    }

    #[test]
    fn without_the_footer_the_last_line_goes() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 2));
        buf.set_string(0, 0, "top", Style::new());
        buf.set_string(0, 1, "key", Style::new());
        assert_eq!(to_text(&without_footer(&buf), false), "top\n");
    }

    #[test]
    fn styles_become_sgr() {
        let style = Style::new()
            .fg(Color::Indexed(81))
            .add_modifier(Modifier::BOLD);
        assert_eq!(sgr(style), "\x1b[0;1;38;5;81m");
        assert_eq!(sgr(Style::new().bg(Color::Blue)), "\x1b[0;44m");
    }
}
