//! The dashboard on a terminal: keys become actions (`input`), actions change the session's
//! state (`app`), one pure function places the panes (`layout`), the panes and the overlays
//! over them draw that state (`panes`, `overlays`, `ui`, `render`, `theme`), and the
//! terminal gets the frames with as few bytes as possible (`screen`, `terminal`).

pub mod app;
pub mod area;
pub mod input;
pub mod layout;
pub mod overlays;
pub mod overview;
pub mod panes;
pub mod render;
pub mod screen;
pub mod terminal;
pub mod theme;
pub mod ui;
