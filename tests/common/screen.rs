//! Drawing the dashboard into ratatui's TestBackend and reading the screen back as text.
#![allow(dead_code)] // each test crate uses its own subset

use bilat::data::Dataset;
use bilat::text::symbols::UNICODE;
use bilat::tui::app::{App, AppOptions};
use bilat::tui::input::keys::KeyMap;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use bilat::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// The dashboard on `data`, at `width`x`height`, with the default keys.
pub fn app_of(data: Dataset, theme: Theme, width: u16, height: u16) -> App {
    let options = AppOptions {
        theme,
        keys: KeyMap::default(),
        mouse: true,
        bars: false,
        newest_first: true,
        registry: bilat::tui::panes::registry(),
    };
    App::new(data, options, Rect::new(0, 0, width, height))
}

/// The dark 256-colour theme with Unicode symbols.
pub fn dark() -> Theme {
    Theme::new(Background::Dark, ColorDepth::Indexed256, UNICODE)
}

/// Types `/query` and Enter, and runs the search the state asks for, here and now.
pub fn search(app: &mut App, query: &str) {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    app.apply(bilat::tui::input::action::Action::Search);
    for c in query.chars() {
        app.handle_event(&Event::Key(KeyEvent::from(KeyCode::Char(c))));
    }
    let effects = app
        .handle_event(&Event::Key(KeyEvent::from(KeyCode::Enter)))
        .effects;
    for effect in effects {
        if let bilat::tui::app::Effect::Search(job) = effect {
            app.run_search(job);
        }
    }
}

pub fn render(app: &App) -> Buffer {
    render_with(app, bilat::tui::panes::drawing::DRAWINGS)
}

/// The screen drawn as the dashboard's loop draws it: the frame, then what the frame tells
/// the state (how far the zoomed pane's notes scroll), so the keys after it act on it.
pub fn drawn(app: &mut App) -> Buffer {
    let buf = render(app);
    let room = ui::scroll_room(app, bilat::tui::panes::drawing::DRAWINGS);
    app.observe_scroll_room(room);
    buf
}

/// The screen drawn with `drawings` for the panes.
pub fn render_with(app: &App, drawings: &[bilat::tui::panes::drawing::Drawing]) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area().width, app.area().height)).unwrap();
    terminal
        .draw(|frame| ui::render_with(frame, app, drawings))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, wide characters counted once.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}
