//! Adding a pane is one registry row: a toy pane, declared here and nowhere else, is laid
//! out, drawn, focused in turn, clicked and zoomed like the others.

use crate::screen;

use bilat::data::{Dataset, TableId};
use bilat::tui::app::{App, DatasetView};
use bilat::tui::input::action::Action;
use bilat::tui::panes::registry::{Moves, PaneId, PaneSpec};
use crossterm::event::KeyModifiers;
use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use screen::{render, text};

const TOY: PaneId = PaneId("toy");

fn draw_toy(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView, focused: bool) {
    frame.render_widget(
        bilat::tui::panes::block(app, TOY, focused, Vec::new()),
        area,
    );
    let inner = bilat::tui::panes::inner(area);
    let line = format!("{} events here", view.data.events.len());
    frame.render_widget(Paragraph::new(line), inner);
}

fn app_with_toy_needing(needs: Option<TableId>, data: Dataset) -> App {
    let mut registry = bilat::tui::panes::registry();
    registry.panes.push(PaneSpec {
        id: TOY,
        title: "Toy",
        scopes: &[],
        moves: Moves::Nothing,
        row: 1,
        weight: 20,
        draw: draw_toy,
        hit: |_, _, _, _| None,
        list_area: None,
        overflow: None,
        needs,
    });
    let mut app = screen::app_of(data, screen::dark(), 140, 40);
    app.registry = registry;
    app
}

/// The bundled pair, copied into `dir` without the table in `file`.
fn bundled_without(file: &str, dir: &std::path::Path) -> Dataset {
    let bundled = bilat::data::BUNDLED[0].name;
    let copy = dir.join(bundled);
    std::fs::create_dir(&copy).unwrap();
    for entry in std::fs::read_dir(format!("data/{bundled}")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != file {
            std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        }
    }
    Dataset::from_folder(&copy).unwrap()
}

fn app_with_toy() -> App {
    app_with_toy_needing(None, Dataset::bundled().unwrap())
}

#[test]
fn a_pane_added_to_the_registry_is_drawn_focused_clicked_and_zoomed() {
    let mut app = app_with_toy();
    let screen = text(&render(&app));
    assert!(screen.contains("7 Toy"), "{screen}");
    assert!(screen.contains("88 events here"), "{screen}");
    // The four panes are still all there.
    for title in ["1 Trade", "2 Meetings", "3 Exercises", "4 Timeline"] {
        assert!(screen.contains(title), "{title}: {screen}");
    }
    // Tab reaches it after the timeline and the arms pane, and comes back round to the
    // first pane.
    app.apply(Action::FocusTimeline);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus, PaneId::ARMS);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus, TOY);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus, PaneId::TRADE);
    // Moving keys do nothing there; zoom fills the body with it.
    app.apply(Action::FocusPrev);
    app.apply(Action::Down);
    app.apply(Action::Zoom);
    let screen = text(&render(&app));
    assert!(
        screen.contains("7 Toy") && !screen.contains("1 Trade"),
        "{screen}"
    );
    app.apply(Action::Back);
    // A click on it focuses it.
    app.apply(Action::FocusTrade);
    let geometry = app.geometry().unwrap();
    let slot = geometry.slot(TOY).unwrap();
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: slot.area.x + 2,
        row: slot.area.y + 2,
        modifiers: KeyModifiers::NONE,
    });
    assert!(app.handle_event(&click).redraw);
    assert_eq!(app.focus, TOY);
}

#[test]
fn a_pane_of_an_optional_table_shows_only_while_a_dataset_on_screen_has_the_table() {
    // The bundled pair has an exercises table; a folder without one does not.
    let mut app = app_with_toy_needing(Some(TableId::Exercises), Dataset::bundled().unwrap());
    let screen = text(&render(&app));
    assert!(screen.contains("7 Toy"), "{screen}");

    let dir = tempfile::tempdir().unwrap();
    let without = bundled_without("exercises.csv", dir.path());
    assert!(!without.has(TableId::Exercises));
    app.apply(Action::FocusTimeline);
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus, TOY);
    app.open(without);
    let screen = text(&render(&app));
    assert!(!screen.contains("Toy"), "{screen}");
    // The focus left the pane that went, Tab goes round the panes that stay, and the
    // others keep their numbers.
    assert_eq!(app.focus, PaneId::TRADE);
    for _ in 0..5 {
        app.apply(Action::FocusNext);
        assert_ne!(app.focus, TOY);
    }
    assert!(screen.contains("4 Timeline"), "{screen}");
}

#[test]
fn the_arms_pane_shows_only_for_a_dataset_with_an_arms_table() {
    let app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
    assert!(text(&render(&app)).contains("5 Arms"));

    let dir = tempfile::tempdir().unwrap();
    let without = bundled_without("arms.csv", dir.path());
    let app = screen::app_of(without, screen::dark(), 120, 40);
    let screen = text(&render(&app));
    assert!(!screen.contains("Arms"), "{screen}");
    // The four panes keep the layout they had before there was an arms pane.
    assert!(screen.contains("┐┌ 2 Meetings"), "{screen}");
}
