//! What a key costs on a slow link: walking the zoomed timeline of a bundled dataset row by
//! row, the bytes written for each step turn the old screen into the new one (as a terminal
//! emulator shows them), and a line whose text did not change (in the details area above
//! all) is not written again.

use crate::screen;

use bilat::data::{Bundled, Dataset, Origin};
use bilat::tui::input::action::Action;
use bilat::tui::screen::encode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use screen::render;

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

fn bytes(before: &Buffer, now: &Buffer) -> Vec<u8> {
    let mut out = Vec::new();
    encode::frame(before, now, &mut out);
    out
}

#[test]
fn each_step_writes_the_new_screen_and_no_unchanged_line() {
    let data = Dataset::load(Origin::Bundled(Bundled::find("russia-china").unwrap())).unwrap();
    let (width, height) = (120, 40);
    let mut app = screen::app_of(data, screen::dark(), width, height);
    app.apply(Action::FocusPane(4));
    app.apply(Action::Zoom);
    let size = |n: u16| n.try_into().unwrap();
    let mut terminal = vt100::Parser::new(size(height), size(width), 0);
    let mut shown = render(&app);
    terminal.process(&bytes(
        &Buffer::empty(Rect::new(0, 0, width, height)),
        &shown,
    ));
    let mut kept_lines = 0;
    for step in 0..60 {
        app.apply(Action::Down);
        let now = render(&app);
        let written = bytes(&shown, &now);
        terminal.process(&written);
        let on_screen: Vec<String> = terminal.screen().rows(0, width).collect();
        let want: Vec<String> = rows(&now)
            .iter()
            .map(|r| r.trim_end().to_string())
            .collect();
        let got: Vec<String> = on_screen.iter().map(|r| r.trim_end().to_string()).collect();
        assert_eq!(
            got, want,
            "step {step}: the terminal does not show the new frame"
        );
        let (old, new) = (rows(&shown), rows(&now));
        let changed: Vec<&String> = new
            .iter()
            .zip(&old)
            .filter(|(n, o)| n != o)
            .map(|p| p.0)
            .collect();
        let written = String::from_utf8_lossy(&written);
        for (line, before) in new.iter().zip(&old) {
            let text = line.trim_matches(|c: char| c == ' ' || c == '│');
            if line != before
                || text.chars().count() < 16
                || changed.iter().any(|c| c.contains(text))
            {
                continue;
            }
            kept_lines += 1;
            assert!(
                !written.contains(text),
                "step {step}: an unchanged line was written again: {text:?}"
            );
        }
        shown = now;
    }
    assert!(
        kept_lines > 100,
        "too few unchanged lines to tell: {kept_lines}"
    );
}
