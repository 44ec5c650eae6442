//! Adding a pane is one registry row: a toy pane, declared here and nowhere else, is laid
//! out, drawn, focused in turn, clicked and zoomed like the others.

use crate::screen;

use bilat::data::{Dataset, TableId};
use bilat::tui::app::registry::{CursorKind, PaneId, PaneSpec, Words};
use bilat::tui::app::{App, DatasetView};
use bilat::tui::input::action::Action;
use bilat::tui::panes::drawing::{DRAWINGS, Drawing};
use crossterm::event::KeyModifiers;
use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use screen::text;

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

/// The dashboard's drawing with the toy's row.
fn drawings() -> Vec<Drawing> {
    let mut drawings = DRAWINGS.to_vec();
    drawings.push(Drawing {
        id: TOY,
        draw: draw_toy,
        hit: |_, _, _, _| None,
        overflow: None,
    });
    drawings
}

fn render(app: &App) -> ratatui::buffer::Buffer {
    screen::render_with(app, &drawings())
}

fn handle_event(app: &mut App, event: &Event) -> bilat::tui::app::Response {
    bilat::tui::terminal::pointer::handle_event_with(app, event, &drawings())
}

fn app_with_toy_needing(needs: Option<TableId>, data: Dataset) -> App {
    app_with_toy_spec(needs, data, |spec| spec)
}

fn app_with_toy_spec(
    needs: Option<TableId>,
    data: Dataset,
    row: impl FnOnce(PaneSpec) -> PaneSpec,
) -> App {
    let mut registry = bilat::tui::panes::registry();
    registry.panes.push(row(PaneSpec {
        id: TOY,
        title: "Toy",
        scopes: &[],
        cursor: CursorKind::Nothing,
        search: None,
        record: None,
        words: None,
        row: 1,
        weight: 20,
        list_area: None,
        scrolls: false,
        needs,
        about: "",
    }));
    let mut app = screen::app_of(data, screen::dark(), 140, 40);
    app.set_registry(registry);
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
    assert!(screen.contains("8 Toy"), "{screen}");
    assert!(screen.contains("88 events here"), "{screen}");
    // The four panes are still all there.
    for title in ["1 Trade", "2 Meetings", "3 Exercises", "4 Timeline"] {
        assert!(screen.contains(title), "{title}: {screen}");
    }
    // Tab reaches it after the timeline, the arms and the indicators panes, and comes back
    // round to the first pane.
    app.apply(Action::FocusPane(4));
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), bilat::tui::panes::arms::ID);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), bilat::tui::panes::indicators::ID);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), TOY);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
    // Moving keys do nothing there; zoom fills the body with it.
    app.apply(Action::FocusPrev);
    app.apply(Action::Down);
    app.apply(Action::Zoom);
    let screen = text(&render(&app));
    assert!(
        screen.contains("8 Toy") && !screen.contains("1 Trade"),
        "{screen}"
    );
    app.apply(Action::Back);
    // A click on it focuses it.
    app.apply(Action::FocusPane(1));
    let geometry = app.geometry().unwrap();
    let slot = geometry.slot(TOY).unwrap();
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: slot.area.x + 2,
        row: slot.area.y + 2,
        modifiers: KeyModifiers::NONE,
    });
    assert!(handle_event(&mut app, &click).redraw);
    assert_eq!(app.focus(), TOY);
}

#[test]
fn a_pane_of_an_optional_table_shows_only_while_a_dataset_on_screen_has_the_table() {
    // The bundled pair has an exercises table; a folder without one does not.
    let mut app = app_with_toy_needing(Some(TableId::Exercises), Dataset::bundled().unwrap());
    let screen = text(&render(&app));
    assert!(screen.contains("8 Toy"), "{screen}");

    let dir = tempfile::tempdir().unwrap();
    let without = bundled_without("exercises.csv", dir.path());
    assert!(!without.has(TableId::Exercises));
    app.apply(Action::FocusPane(4));
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), TOY);
    app.open(without);
    let screen = text(&render(&app));
    assert!(!screen.contains("Toy"), "{screen}");
    // The focus left the pane that went, Tab goes round the panes that stay, and the
    // others keep their numbers.
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
    for _ in 0..5 {
        app.apply(Action::FocusNext);
        assert_ne!(app.focus(), TOY);
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

/// The years the toy's data reaches: the years of the bundled trade, as any dataset's.
fn toy_years(data: &Dataset) -> Option<bilat::data::YearSpan> {
    let (first, last) = data.derived.trade_years()?;
    Some(bilat::data::YearSpan { first, last })
}

fn toy_said(app: &App, _: &DatasetView) -> String {
    format!("Toy year {}.", app.charts().year(TOY))
}

fn toy_source(app: &App, _: &DatasetView) -> String {
    format!("The toy's {} comes from nowhere.", app.charts().year(TOY))
}

#[test]
fn a_pane_gains_a_year_cursor_a_record_and_words_through_its_row_alone() {
    let data = Dataset::bundled().unwrap();
    let years = toy_years(&data).unwrap();
    let mut app = app_with_toy_spec(None, data, |spec| PaneSpec {
        scopes: &[bilat::tui::input::action::Scope::Charts],
        cursor: CursorKind::Year {
            extent: toy_years,
            start: |_| Some(2015),
        },
        record: Some(|at| bilat::report::record::Subject::TradeYear(at.year())),
        words: Some(Words {
            said: toy_said,
            source: toy_source,
        }),
        ..spec
    });
    // Focused by its number key's place and by Tab; its cursor starts where its row says.
    app.apply(Action::FocusPane(4));
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), TOY);
    app.set_year_of(TOY, 2015);
    // Its keys move its year, within its extent, and the other panes follow its year.
    app.apply(Action::Left);
    assert_eq!(app.charts().year(TOY), 2014);
    assert_eq!(app.linked_year(), Some(2014));
    assert_eq!(app.charts().year(bilat::tui::panes::trade::ID), 2014);
    assert_eq!(app.extent_of(TOY), Some(years));
    for _ in 0..200 {
        app.apply(Action::Left);
    }
    assert_eq!(app.charts().year(TOY), years.first);
    app.apply(Action::Right);
    assert_eq!(app.charts().year(TOY), years.first + 1);
    // Another pane's year moves it too.
    app.apply(Action::FocusPane(1));
    app.apply(Action::Right);
    let trade = app.charts().year(bilat::tui::panes::trade::ID);
    assert_eq!(app.charts().year(TOY), trade);
    // Enter opens the record its row names, of its cursor's year.
    app.apply(Action::FocusPane(4));
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    app.apply(Action::FocusNext);
    assert_eq!(app.focus(), TOY);
    assert_eq!(
        app.selected_subject(),
        Some(bilat::report::record::Subject::TradeYear(trade))
    );
    app.apply(Action::Details);
    assert!(app.details().is_some());
    let screen = text(&render(&app));
    assert!(screen.contains(&trade.to_string()), "{screen}");
    app.apply(Action::Back);
    // Plain mode says what its row words.
    assert_eq!(bilat::plain::selected(&app), format!("Toy year {trade}."));
    assert_eq!(
        bilat::plain::details(&app),
        format!("The toy's {trade} comes from nowhere.")
    );
}

#[test]
fn a_pane_added_to_the_registry_gets_the_next_number_key_and_its_help_line() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = app_with_toy_needing(Some(TableId::Events), Dataset::bundled().unwrap());
    let press = |c: char| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    // After the six panes the bundled data shows and the indicators pane: the eighth.
    assert!(app.handle_event(&press('8')).redraw);
    assert_eq!(app.focus(), TOY);
    assert!(app.handle_event(&press('1')).redraw);
    assert_eq!(app.focus(), bilat::tui::panes::trade::ID);
    // The help's line for it comes from the row: its title, and the table it needs.
    let help: Vec<String> = bilat::tui::app::help_text::lines_at(&app, 1000)
        .iter()
        .map(|l| l.text())
        .collect();
    assert!(
        help.iter().any(|l| l.contains("8")
            && l.contains("Focus Toy (shown for a dataset with an events table)")),
        "{help:?}"
    );
    // The configuration rebinds it by its id.
    let overrides = [("focus_toy".to_string(), vec!["T".to_string()])];
    let keys = bilat::tui::input::keys::KeyMap::new(
        &overrides.into_iter().collect(),
        &app.registry().keys(),
    )
    .unwrap();
    app.set_keys(keys);
    app.handle_event(&press('T'));
    assert_eq!(app.focus(), TOY);
}
