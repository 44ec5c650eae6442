use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::pen::colour_code;
use super::*;

fn bytes(before: &Buffer, now: &Buffer) -> String {
    let mut out = Vec::new();
    frame(before, now, &mut out);
    String::from_utf8(out).unwrap()
}

#[test]
fn only_what_looks_different_is_written() {
    let before = Buffer::with_lines(["abc   ", "xyz   "]);
    let mut now = before.clone();
    // A blank with another foreground looks the same; a reversed one does not.
    now.set_style(Rect::new(3, 0, 3, 1), Style::new().red());
    assert_eq!(bytes(&before, &now), "");
    now.set_style(Rect::new(4, 1, 1, 1), Style::new().reversed());
    assert_eq!(bytes(&before, &now), "\x1b[2;5H\x1b[7m \x1b[m");
}

#[test]
fn the_cursor_takes_the_shortest_way() {
    let before = Buffer::empty(Rect::new(0, 0, 20, 4));
    let mut now = before.clone();
    now.set_string(0, 0, "a", Style::new());
    now.set_string(10, 0, "b", Style::new());
    now.set_string(12, 0, "c", Style::new());
    now.set_string(0, 1, "d", Style::new());
    now.set_string(0, 3, "e", Style::new());
    // CUP first; a step right; over one blank rather than a step; CR LF; CUP where two
    // CR LF would be no shorter.
    assert_eq!(bytes(&before, &now), "\x1b[1Ha\x1b[9Cb c\r\nd\x1b[4He");
}

#[test]
fn a_style_change_is_one_sequence_or_a_reset_when_shorter() {
    let before = Buffer::empty(Rect::new(0, 0, 4, 1));
    let mut now = before.clone();
    now.set_string(
        0,
        0,
        "a",
        Style::new().bold().reversed().fg(Color::Indexed(81)),
    );
    now.set_string(1, 0, "b", Style::new().bold().fg(Color::Indexed(81)));
    now.set_string(2, 0, "c", Style::new().cyan());
    now.set_string(3, 0, "d", Style::new().dim());
    assert_eq!(
        bytes(&before, &now),
        "\x1b[1H\x1b[1;7;38;5;81ma\x1b[27mb\x1b[0;36mc\x1b[0;2md\x1b[m"
    );
}

#[test]
fn ending_bold_keeps_faint_and_the_reverse() {
    let from = Pen {
        modifier: Modifier::BOLD | Modifier::DIM,
        ..Pen::PLAIN
    };
    let to = Pen {
        modifier: Modifier::DIM,
        ..Pen::PLAIN
    };
    let text = |write: &dyn Fn(&mut Params)| {
        let mut params = Params::default();
        write(&mut params);
        String::from_utf8(params.0).unwrap()
    };
    assert_eq!(text(&|p| pen_change(from, to, p)), "22;2");
    assert_eq!(text(&|p| colour_code(Color::LightCyan, 40, p)), "106");
    assert_eq!(
        text(&|p| colour_code(Color::Rgb(1, 2, 3), 30, p)),
        "38;2;1;2;3"
    );
}

#[test]
fn after_the_last_column_the_cursor_is_placed_again() {
    let before = Buffer::empty(Rect::new(0, 0, 3, 2));
    let mut now = before.clone();
    now.set_string(0, 0, "abc", Style::new());
    now.set_string(0, 1, "d", Style::new());
    now.set_string(2, 1, "e", Style::new());
    assert_eq!(bytes(&before, &now), "\x1b[1Habc\r\nd e");
    // On the same row: back to its start, then a step.
    let mut now = before.clone();
    now.set_string(0, 0, "a", Style::new());
    now.set_string(2, 0, "c", Style::new());
    now.set_string(1, 1, "d", Style::new());
    assert_eq!(bytes(&before, &now), "\x1b[1Ha c\r\n\x1b[Cd");
}

#[test]
fn after_a_wide_character_the_cursor_is_placed_again() {
    let before = Buffer::empty(Rect::new(0, 0, 6, 1));
    let mut now = before.clone();
    now.set_string(0, 0, "中x", Style::new());
    assert_eq!(bytes(&before, &now), "\x1b[1H中\x1b[1;3Hx");
    // Where the wide character stood, blanks are written out.
    let later = Buffer::with_lines(["a     "]);
    assert_eq!(bytes(&now, &later), "\x1b[1Ha  ");
}

/// A screen that a terminal emulator shows after `frames`, each written over the last.
fn emulated(width: u16, height: u16, frames: &[&Buffer]) -> vt100::Parser {
    let size = |n: u16| n.try_into().expect("not zero");
    let mut parser = vt100::Parser::new(size(height), size(width), 0);
    let mut shown = Buffer::empty(Rect::new(0, 0, width, height));
    for now in frames {
        let mut out = Vec::new();
        frame(&shown, now, &mut out);
        parser.process(&out);
        shown = (*now).clone();
    }
    parser
}

fn vt_colour(colour: Color) -> vt100::Color {
    let basic = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match colour {
        Color::Reset => vt100::Color::Default,
        Color::Indexed(n) => vt100::Color::Idx(n),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        named => vt100::Color::Idx(basic.iter().position(|c| *c == named).unwrap() as u8),
    }
}

/// Whether the emulator shows every cell of `now` as it looks: its character, and the
/// colours and attributes that can be seen on it.
fn shows(parser: &vt100::Parser, now: &Buffer) -> Result<(), String> {
    let screen = parser.screen();
    for y in 0..now.area.height {
        let mut x = 0;
        while x < now.area.width {
            let want = &now[(x, y)];
            let got = screen.cell(y, x).ok_or("no cell")?;
            let blank = want.symbol() == " ";
            let text = if blank { " " } else { want.symbol() };
            let got_text = if got.contents().is_empty() {
                " ".to_string()
            } else {
                got.contents().to_string()
            };
            let at = format!("({x}, {y})");
            if got_text != text {
                return Err(format!("{at}: {got_text:?} shown for {text:?}"));
            }
            let m = want.modifier;
            let reversed = m.contains(Modifier::REVERSED);
            if got.inverse() != reversed || vt_colour(want.bg) != got.bgcolor() {
                return Err(format!("{at}: background or reverse differs"));
            }
            if got.underline() != m.contains(Modifier::UNDERLINED) {
                return Err(format!("{at}: underline differs"));
            }
            let lined = m.intersects(Modifier::UNDERLINED | Modifier::CROSSED_OUT);
            if (!blank || reversed || lined) && vt_colour(want.fg) != got.fgcolor() {
                return Err(format!("{at}: colour differs"));
            }
            // The emulator keeps one intensity: bold and faint at once show as the last set.
            let intensity_known = !m.contains(Modifier::DIM);
            if !blank && intensity_known && got.bold() != m.contains(Modifier::BOLD) {
                return Err(format!("{at}: bold differs"));
            }
            x += want.symbol().width().max(1) as u16;
        }
    }
    Ok(())
}

fn screen_of(width: u16, height: u16, rows: &[Vec<(String, Style)>]) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    for (y, pieces) in rows.iter().enumerate() {
        let mut x = 0;
        for (text, style) in pieces {
            if x >= width {
                break;
            }
            let (after, _) = buf.set_stringn(x, y as u16, text, usize::from(width - x), *style);
            x = after;
        }
    }
    buf
}

fn any_style() -> impl Strategy<Value = Style> {
    let colour = prop_oneof![
        Just(Color::Reset),
        Just(Color::Red),
        Just(Color::LightCyan),
        Just(Color::Indexed(81)),
        Just(Color::Indexed(245)),
    ];
    let modifier = prop::sample::subsequence(
        vec![
            Modifier::BOLD,
            Modifier::DIM,
            Modifier::REVERSED,
            Modifier::UNDERLINED,
            Modifier::ITALIC,
            Modifier::CROSSED_OUT,
        ],
        0..=3,
    )
    .prop_map(|ms| ms.into_iter().fold(Modifier::empty(), |a, m| a | m));
    (colour.clone(), colour, modifier)
        .prop_map(|(fg, bg, m)| Style::new().fg(fg).bg(bg).add_modifier(m))
}

fn any_screen(width: u16, height: u16) -> impl Strategy<Value = Buffer> {
    let piece = (
        prop::sample::select(vec!["a", "bc", "   ", "│", "中", "é", "x y"]),
        any_style(),
    )
        .prop_map(|(t, s)| (t.to_string(), s));
    prop::collection::vec(prop::collection::vec(piece, 0..8), usize::from(height))
        .prop_map(move |rows| screen_of(width, height, &rows))
}

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever was on the screen before, the bytes written make it show the new frame.
    #[test]
    fn the_terminal_shows_the_new_frame(
        (width, first, second, third) in (4u16..14).prop_flat_map(|w| {
            (Just(w), any_screen(w, 4), any_screen(w, 4), any_screen(w, 4))
        })
    ) {
        let parser = emulated(width, 4, &[&first, &second, &third]);
        prop_assert_eq!(shows(&parser, &third), Ok(()));
    }
}

#[test]
fn a_blank_between_two_styles_is_written_with_the_second() {
    let before = Buffer::empty(Rect::new(0, 0, 6, 1));
    let mut now = before.clone();
    now.set_string(0, 0, "ab", Style::new().reversed());
    now.set_string(3, 0, "cd", Style::new().fg(Color::Indexed(245)));
    assert_eq!(
        bytes(&before, &now),
        "\x1b[1H\x1b[7mab\x1b[0;38;5;245m cd\x1b[m"
    );
}

#[test]
fn a_row_between_borders_writes_the_second_border_with_the_first() {
    let before = Buffer::empty(Rect::new(0, 0, 40, 1));
    let mut now = before.clone();
    let border = Style::new().fg(Color::Indexed(81));
    now.set_string(0, 0, "│", border);
    now.set_string(1, 0, "text", Style::new().reversed());
    now.set_string(39, 0, "│", border);
    assert_eq!(
        bytes(&before, &now),
        "\x1b[1H\x1b[38;5;81m│\x1b[38C│\r\x1b[C\x1b[0;7mtext\x1b[m"
    );
}

#[test]
fn the_line_of_an_underlined_or_crossed_out_blank_keeps_its_colour() {
    let blank = Buffer::with_lines(["   "]);
    for line in [Modifier::UNDERLINED, Modifier::CROSSED_OUT] {
        let mut red = blank.clone();
        red.set_style(blank.area, Style::new().red().add_modifier(line));
        let mut blue = red.clone();
        blue.set_style(blank.area, Style::new().blue());
        assert_ne!(bytes(&red, &blue), "", "{line:?}");
    }
    // A blank between two changes is not written in the next cell's colour when its line
    // would change colour.
    let mut before = Buffer::with_lines(["x Y"]);
    before.set_style(Rect::new(1, 0, 1, 1), Style::new().red().underlined());
    before.set_style(Rect::new(2, 0, 1, 1), Style::new().blue().underlined());
    let mut now = before.clone();
    now.set_string(0, 0, "X", Style::new());
    now.set_string(2, 0, "Z", Style::new().blue().underlined());
    let parser = emulated(3, 1, &[&before, &now]);
    assert_eq!(shows(&parser, &now), Ok(()));
}
