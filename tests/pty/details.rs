//! The whole record, one key away: Enter on any selected item opens every field, the note
//! and each source in full; the moving keys scroll it, and `c` or `m` copy a citation to the
//! clipboard through OSC 52 (or say why not, and show it to select by hand).

use crate::pty;
use crate::screen;

use std::time::Duration;

use base64::Engine;
use bilat::data::{BUNDLED, Dataset, Origin};
use bilat::report::record::{Record, Subject};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use pty::Term;
use screen::{render, text};

fn datasets() -> Vec<Dataset> {
    BUNDLED
        .iter()
        .map(|b| Dataset::load(Origin::Bundled(b)).unwrap())
        .collect()
}

/// The record's text as one line of words, as a reader would follow it down the popup.
fn words_of(record: &Record, width: usize) -> String {
    let lines = record.lines(width);
    let all: Vec<&str> = lines
        .iter()
        .flat_map(|l| l.text.split_whitespace())
        .collect();
    all.join(" ")
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A long word (an address) may be broken across lines: compare without spaces.
fn holds(record: &str, text: &str) -> bool {
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    squeeze(record).contains(&squeeze(text))
}

#[test]
fn every_note_and_source_of_the_bundled_data_is_in_a_record_whole() {
    for data in datasets() {
        let manifest = &data.manifest;
        let mut checked = 0;
        let mut check = |subject: Subject, note: &str, sources: Vec<String>| {
            for width in [40, 76, 96] {
                let record = Record::of(&data, subject, "–");
                let read = words_of(&record, width);
                assert!(
                    holds(&read, note),
                    "{subject:?} at {width}: note {note:?} not in {read}"
                );
                for source in &sources {
                    assert!(
                        holds(&read, source),
                        "{subject:?}: source {source:?} not in {read}"
                    );
                }
            }
            checked += 1;
        };
        let full = |ids: &[u16], text: &str| -> Vec<String> {
            let mut out: Vec<String> = ids
                .iter()
                .map(|&i| {
                    let s = &manifest.sources[usize::from(i)];
                    let mut t = s.cite();
                    if let Some(url) = &s.url {
                        t.push_str(&format!(", {url}"));
                    }
                    t
                })
                .collect();
            out.push(text.to_string());
            out
        };
        for (i, e) in data.exercises.iter().enumerate() {
            let sources = full(&e.citation.source_indices, &e.citation.source_text);
            check(Subject::Exercise(i), &e.note, sources);
        }
        for i in 0..data.events.len() {
            let e = data.events.get(i);
            let c = e.citation();
            check(
                Subject::Event(i),
                &e.note(),
                full(&c.source_indices, &c.source_text),
            );
        }
        for m in &data.meetings {
            let sources = full(&m.citation.source_indices, &m.citation.source_text);
            check(Subject::MeetingYear(m.date.year()), &m.note, sources);
            let record = Record::of(&data, Subject::MeetingYear(m.date.year()), "–");
            let read = words_of(&record, 76);
            assert!(holds(&read, &m.place), "{}: {read}", m.place);
            assert!(holds(&read, &m.occasion), "{}: {read}", m.occasion);
        }
        for row in &data.trade {
            let year = row.period.anchor_year();
            let sources = full(&row.citation.source_indices, &row.citation.source_text);
            check(Subject::TradeYear(year), &row.note, sources);
        }
        assert!(checked > 100, "{checked} records checked");
    }
}

fn vostok(app: &mut App) {
    app.apply(Action::FocusPane(3));
    // Sorted by total, largest first: Vostok-2018 leads.
    app.apply(Action::SortNext);
    app.apply(Action::SortNext);
    app.apply(Action::SortReverse);
    app.apply(Action::Top);
}

#[test]
fn enter_on_vostok_2018_shows_the_whole_note_and_scrolls_to_its_end() {
    let data = datasets().remove(0);
    let note = data
        .exercises
        .iter()
        .find(|e| e.name == "Vostok-2018")
        .unwrap()
        .note
        .clone();
    let mut app = screen::app_of(data, screen::dark(), 80, 24);
    vostok(&mut app);
    app.apply(Action::Details);
    let first = text(&render(&app));
    assert!(first.contains("Exercise: Vostok-2018"), "{first}");
    assert!(first.contains("Note:"), "{first}");
    insta::assert_snapshot!("vostok_record_80x24", first);
    // Down to the end: everything read top to bottom holds the note whole.
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&text(&render(&app)));
        app.apply(Action::Down);
    }
    let inside: Vec<String> = seen
        .lines()
        .map(|l| l.chars().skip(3).take(74).collect::<String>())
        .collect();
    let inside = words(&inside.join(" "));
    for word in note.split_whitespace() {
        assert!(inside.contains(word), "{word} never shown");
    }
    // Escape closes it, and the keys move the list again.
    app.apply(Action::Back);
    assert!(app.details().is_none());
    app.apply(Action::Down);
    assert!(!text(&render(&app)).contains("Record"));
}

#[test]
fn each_pane_opens_the_record_of_its_own_selection() {
    let mut app = screen::app_of(datasets().remove(0), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(1));
    app.apply(Action::Details);
    let year = app.charts().year(bilat::tui::panes::trade::ID);
    assert!(text(&render(&app)).contains(&format!("Trade, {year}")));
    app.apply(Action::Back);
    app.apply(Action::FocusPane(2));
    while app.charts().year(bilat::tui::panes::meetings::ID) > 2018 {
        app.apply(Action::Left);
    }
    app.apply(Action::Details);
    let screen = text(&render(&app));
    assert!(screen.contains("Meetings, 2018"), "{screen}");
    assert!(screen.contains("Vladivostok"), "{screen}");
    app.apply(Action::Back);
    app.apply(Action::FocusPane(4));
    app.apply(Action::Details);
    assert!(text(&render(&app)).contains("Event: "));
}

#[test]
fn a_failed_reload_is_read_whole_in_the_record() {
    let mut app = screen::app_of(datasets().remove(0), screen::dark(), 80, 24);
    let error = format!(
        "events.csv line 7, column 3 (category): expected one of the manifest's categories, found {}",
        "x".repeat(150)
    );
    app.view_mut().reload_error = Some(error.clone());
    app.apply(Action::Details);
    let record = app.details_record().unwrap().1;
    assert_eq!(record.entries[0].fields[0].text, error);
    let screen = text(&render(&app));
    assert!(screen.contains("Reload failed"), "{screen}");
    assert!(words(&screen).contains("line 7, column 3"), "{screen}");
}

/// The clipboard text the terminal was sent in OSC 52, decoded.
fn clipboard(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let start = text.find("\x1b]52;c;")? + "\x1b]52;c;".len();
    let end = start + text[start..].find('\x07')?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(&text[start..end])
        .ok()?;
    String::from_utf8(decoded).ok()
}

#[test]
fn c_in_a_record_puts_its_citation_on_the_clipboard_through_the_terminal() {
    let mut term = Term::spawn(100, 30);
    term.wait_ready();
    term.send("3");
    term.send("\r");
    term.wait_for("Record");
    term.send("c");
    term.wait_for_footer("sent to the terminal");
    // OSC 52 has no answer: the footer says it was sent, not that it arrived.
    assert!(
        term.screen().contains("not all terminals"),
        "{}",
        term.screen()
    );
    let copied = clipboard(&term.bytes()).expect("an OSC 52 sequence");
    assert!(copied.starts_with("Exercise: "), "{copied}");
    assert!(copied.contains("Sources: "), "{copied}");
    // Markdown: a bold title and a bullet per source.
    term.send("m");
    term.wait_until("a second copy", |t| {
        String::from_utf8_lossy(&t.bytes())
            .matches("\x1b]52;c;")
            .count()
            == 2
    });
    // Esc closes the record (alone: Esc then a letter at once reads as Alt and the letter).
    term.send("\x1b");
    term.wait_until("the record closed", |t| !t.screen().contains("Record"));
    term.send("q");
    assert!(term.wait_exit(Duration::from_secs(5)).success());
    let bytes = term.bytes();
    let text = String::from_utf8_lossy(&bytes);
    let last = text.rfind("\x1b]52;c;").unwrap();
    let markdown = clipboard(&bytes[last..]).unwrap();
    assert!(markdown.starts_with("**Exercise: "), "{markdown}");
    assert!(markdown.contains("\n- "), "{markdown}");
}

#[test]
fn inside_tmux_the_copy_goes_through_its_passthrough_and_says_so() {
    let mut term = Term::spawn_in(100, 30, &[], &[("TMUX", "/tmp/tmux-1000/default,1,0")]);
    term.wait_ready();
    term.send("3");
    term.send("\r");
    term.wait_for("Record");
    term.send("c");
    term.wait_for_footer("sent via tmux");
    let bytes = term.bytes();
    let text = String::from_utf8_lossy(&bytes);
    // ESC P tmux; then the OSC 52 with its ESC doubled, then ST.
    let start = text
        .find("\x1bPtmux;\x1b\x1b]52;c;")
        .expect("a tmux passthrough");
    let end = start
        + text[start..]
            .find("\x07\x1b\\")
            .expect("the passthrough's end");
    let inner = text[start..end].replace("\x1b\x1b", "\x1b");
    let copied = clipboard(format!("{inner}\x07").as_bytes()).expect("an OSC 52 inside");
    assert!(copied.starts_with("Exercise: "), "{copied}");
    term.send("q");
    term.send("q");
    assert!(term.wait_exit(Duration::from_secs(5)).success());
}

#[test]
fn a_console_that_takes_no_clipboard_writes_gets_none_and_the_citation_is_shown() {
    let mut term = Term::spawn_in(100, 30, &[], &[("TERM", "linux")]);
    term.wait_ready();
    term.send("3");
    term.send("\r");
    term.wait_for("Record");
    term.send("c");
    term.wait_for_footer("not copied");
    assert!(term.screen().contains("Citation:"), "{}", term.screen());
    term.send("q");
    term.send("q");
    assert!(term.wait_exit(Duration::from_secs(5)).success());
    assert!(clipboard(&term.bytes()).is_none());
}

#[test]
fn f_picks_what_each_list_shows_with_counts() {
    use crossterm::event::{Event, KeyCode, KeyEvent};
    let key = |app: &mut App, code: KeyCode| {
        app.handle_event(&Event::Key(KeyEvent::from(code)));
    };
    let data = datasets().remove(0);
    let naval = data
        .exercises
        .iter()
        .filter(|e| e.domain.split('/').any(|d| d == "naval"))
        .count();
    let mut app = screen::app_of(data, screen::dark(), 100, 30);
    app.apply(Action::FocusPane(3));
    app.apply(Action::PickFilter);
    let screen = text(&render(&app));
    assert!(screen.contains("Show exercises"), "{screen}");
    assert!(
        screen.contains("domain naval") && screen.contains(&format!(" {naval} ")),
        "{screen}"
    );
    for c in "naval".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    assert!(app.menu().is_none());
    let v = app.view();
    assert_eq!(v.exercises.rows.len(), naval);
    assert!(
        v.exercises
            .rows
            .iter()
            .all(|&i| v.data.exercises[i].domain.contains("naval"))
    );
    // Zoomed, the title has room for the whole filter.
    app.set_zoomed(true);
    let screen = text(&render(&app));
    app.set_zoomed(false);
    assert!(screen.contains("domain naval of"), "{screen}");

    // The timeline's categories, with how many events each holds.
    app.apply(Action::FocusPane(4));
    app.apply(Action::PickFilter);
    let energy = {
        let d = &app.view().data;
        let c = d
            .manifest
            .event_categories
            .iter()
            .position(|c| c == "energy")
            .unwrap();
        (0..d.events.len())
            .filter(|&i| usize::from(d.events.category(i)) == c)
            .count()
    };
    let screen = text(&render(&app));
    assert!(screen.contains("category energy"), "{screen}");
    for c in "energy".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view().timeline.rows.len(), energy);
    // Esc in the menu changes nothing.
    app.apply(Action::PickFilter);
    key(&mut app, KeyCode::Esc);
    assert!(app.menu().is_none());
    assert_eq!(app.view().timeline.rows.len(), energy);
}

#[test]
fn a_click_on_what_is_selected_opens_its_record() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = screen::app_of(datasets().remove(0), screen::dark(), 120, 40);
    let click = |app: &mut App, column: u16, row: u16| {
        bilat::tui::terminal::pointer::handle_event(
            app,
            &Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column,
                row,
                modifiers: KeyModifiers::NONE,
            }),
        );
    };
    let list = app.pane_area(bilat::tui::panes::timeline::ID);
    // The first click focuses the timeline and selects its third row; no record yet.
    click(&mut app, list.x + 5, list.y + 3);
    assert_eq!(app.focus(), bilat::tui::panes::timeline::ID);
    assert_eq!(app.view().timeline.cursor.selected, 2);
    assert!(!text(&render(&app)).contains("Event: "));
    // A click on another row moves the selection there, still without a record.
    click(&mut app, list.x + 5, list.y + 4);
    assert_eq!(app.view().timeline.cursor.selected, 3);
    assert!(!text(&render(&app)).contains("Event: "));
    // Not while the search prompt takes the keys.
    app.apply(Action::Search);
    click(&mut app, list.x + 5, list.y + 4);
    assert!(app.details().is_none());
    app.handle_event(&Event::Key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Esc,
    )));
    assert!(app.prompt().is_none());
    // A click on the selected row opens its record, as Enter does.
    click(&mut app, list.x + 5, list.y + 4);
    let screen = text(&render(&app));
    assert!(screen.contains("Event: "), "{screen}");
    app.apply(Action::Back);
    // The trade chart: a click on a year moves the cursor there; a second opens its record.
    app.apply(Action::FocusPane(1));
    let year = app.charts().year(bilat::tui::panes::trade::ID);
    app.apply(Action::Left);
    let chart = app.pane_area(bilat::tui::panes::trade::ID);
    let row = chart.y + chart.height / 2;
    let x = (chart.x + 1..chart.x + chart.width - 1)
        .find(|&x| {
            click(&mut app, x, row);
            // A second click within a year's columns opens its record: closed again here.
            if app.details().is_some() {
                app.apply(Action::Back);
            }
            app.charts().year(bilat::tui::panes::trade::ID) == year
        })
        .expect("a column of the chart stands for the last year");
    assert!(!text(&render(&app)).contains(&format!("Trade, {year}")));
    click(&mut app, x, row);
    let screen = text(&render(&app));
    assert!(screen.contains(&format!("Trade, {year}")), "{screen}");
}
