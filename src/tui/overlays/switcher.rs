//! The switcher: the library's datasets in a box over the dashboard, filtered by what the
//! user types, with the open ones marked and the selected one in reverse video.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::pick_list::PickList;
use crate::text::fit;
use crate::tui::app::App;

/// The columns of the switcher's rows: each as wide as its widest entry in the library, so
/// nothing is cut while there is room; short of room, the description gives way first, then
/// where the dataset comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub about: usize,
    pub place: usize,
}

/// The mark of an open dataset and the gaps: ` name open  about  place `.
const FIXED: usize = 1 + 1 + 4 + 2 + 2 + 1;
/// The box is never narrower than its keys at its foot need.
const NARROWEST: usize = 60;

impl Columns {
    /// The columns the library's choices want.
    pub fn wanted(app: &App) -> Columns {
        let widest = |f: &dyn Fn(&crate::tui::app::Choice) -> usize| {
            app.library.iter().map(f).max().unwrap_or(0)
        };
        Columns {
            name: widest(&|c| fit::width(&c.name)).max(4),
            about: widest(&|c| fit::width(&c.about)),
            place: widest(&|c| fit::width(&c.place)),
        }
    }

    pub fn total(self) -> usize {
        self.name + self.about + self.place + FIXED
    }

    /// The columns within `room` columns of text: the description shrinks first, then the
    /// place.
    pub fn within(self, room: usize) -> Columns {
        let mut c = self;
        let over = c.total().saturating_sub(room);
        let from_about = over.min(c.about);
        c.about -= from_about;
        let over = over - from_about;
        c.place = c.place.saturating_sub(over);
        c
    }
}

/// Where the switcher's box sits on a screen of `area`: as wide as its columns want (up to
/// the screen), as tall as the library (up to the screen).
pub fn popup(app: &App, area: Rect) -> Rect {
    let wanted = Columns::wanted(app).total().max(NARROWEST) + 2;
    let rows = app.library.len() + 4;
    super::area(
        area,
        u16::try_from(wanted).unwrap_or(u16::MAX),
        u16::try_from(rows).unwrap_or(u16::MAX),
    )
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let Some(picker) = &app.picker else {
        return;
    };
    let theme = &app.theme;
    let popup = popup(app, area);
    let width = usize::from(popup.width.saturating_sub(2));
    let columns = Columns::wanted(app).within(width);
    let ellipsis = theme.symbols.ellipsis;
    let rows = app
        .picked()
        .into_iter()
        .map(|i| {
            let choice = &app.library[i];
            let open = app.views.iter().any(|v| v.name == choice.name);
            let mark = if open { "open" } else { "    " };
            let cell = |text: &str, w: usize| fit::pad(&theme.symbols.text(text), w, ellipsis);
            let text = format!(
                " {} {mark}  {}  {}",
                cell(&choice.name, columns.name),
                cell(&choice.about, columns.about),
                cell(&choice.place, columns.place),
            );
            fit::pad(&text, width, ellipsis)
        })
        .collect();
    let list = PickList {
        title: if picker.beside {
            "Compare with"
        } else {
            "Datasets"
        },
        typed: &picker.filter,
        none: "No dataset matches.",
        rows,
        selected: picker.selected,
        confirm: if picker.beside { "compare" } else { "switch" },
    };
    super::pick_list::render(frame, popup, app, list);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_description_gives_way_before_the_place() {
        let c = Columns {
            name: 12,
            about: 40,
            place: 30,
        };
        assert_eq!(c.within(200), c);
        let tight = c.within(c.total() - 10);
        assert_eq!((tight.about, tight.place), (30, 30));
        let tighter = c.within(c.total() - 45);
        assert_eq!((tighter.about, tighter.place), (0, 25));
    }
}
