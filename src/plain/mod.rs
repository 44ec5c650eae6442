//! The plain, accessible mode: the dashboard's state and key table, with every key answered
//! by one or a few full sentences on their own lines. No escape sequence, box drawing or
//! cursor movement is ever written, so a screen reader, a braille display, a log made with
//! `script` or a dumb terminal gets only words.

mod answers;
mod help;
mod intro;
mod menu;
mod overview;
mod spoken;
mod words;

use std::io::{self, Read, Write};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::data::{Dataset, Origin};
use crate::tui::app::{App, Effect, PromptKind};
use crate::tui::input::action::Action;
use crate::tui::input::keys::Key;

pub use crate::tui::panes::phrases::date;
pub use words::{details, selected};

/// Where keys come from: the terminal in raw mode (one key at a time, nothing written to
/// set it up), or any other input read byte by byte.
enum Keys {
    Terminal,
    Bytes(io::Bytes<io::StdinLock<'static>>),
}

impl Keys {
    fn next(&mut self) -> Option<KeyEvent> {
        match self {
            Keys::Terminal => loop {
                match crossterm::event::read() {
                    Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => return Some(k),
                    Ok(_) => continue,
                    Err(_) => return None,
                }
            },
            Keys::Bytes(bytes) => {
                let byte = bytes.next()?.ok()?;
                Some(key_of_byte(byte))
            }
        }
    }
}

/// A byte of piped input as the key it stands for.
fn key_of_byte(byte: u8) -> KeyEvent {
    let code = match byte {
        b'\r' | b'\n' => KeyCode::Enter,
        0x1b => KeyCode::Esc,
        0x7f | 0x08 => KeyCode::Backspace,
        b'\t' => KeyCode::Tab,
        0x01..=0x1a => {
            let letter = char::from(b'a' + byte - 1);
            return KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL);
        }
        other => KeyCode::Char(char::from(other)),
    };
    KeyEvent::from(code)
}

/// Writes lines, each ending as the terminal needs: `\r\n` in raw mode, else `\n`.
struct Speaker<W: Write> {
    out: W,
    end: &'static str,
}

impl<W: Write> Speaker<W> {
    fn say(&mut self, text: &str) -> io::Result<()> {
        // Text from data files was made safe when loaded; these are sentences, one a line.
        for line in text.trim_end().split('\n') {
            write!(self.out, "{line}{}", self.end)?;
        }
        self.out.flush()
    }

    /// A character echoed as it is typed into a prompt.
    fn echo(&mut self, text: &str) -> io::Result<()> {
        write!(self.out, "{text}")?;
        self.out.flush()
    }
}

/// Runs the plain mode until `q` (or the input ends), reading keys from stdin.
pub fn run(mut app: App) -> io::Result<()> {
    use std::io::IsTerminal;
    let terminal = io::stdin().is_terminal();
    if terminal {
        crossterm::terminal::enable_raw_mode()?;
    }
    let mut keys = if terminal {
        Keys::Terminal
    } else {
        Keys::Bytes(io::stdin().lock().bytes())
    };
    let mut speaker = Speaker {
        out: io::stdout().lock(),
        end: if terminal { "\r\n" } else { "\n" },
    };
    let result = session(&mut app, &mut keys, &mut speaker);
    if terminal {
        let _ = crossterm::terminal::disable_raw_mode();
    }
    result
}

fn session<W: Write>(app: &mut App, keys: &mut Keys, speaker: &mut Speaker<W>) -> io::Result<()> {
    // No screen: the layout still gives lists a page size.
    app.area = crate::tui::area::Area::new(120, 40);
    speaker.say(&intro::introduction(app))?;
    while app.running {
        let Some(key) = keys.next() else {
            break;
        };
        respond(app, key, speaker)?;
    }
    speaker.say("Goodbye.")
}

pub(super) fn key_of(app: &App, action: Action) -> String {
    app.keys.first(action).unwrap_or_else(|| "(unbound)".into())
}

fn pane_title(app: &App) -> &'static str {
    app.registry.get(app.focus).map_or("", |p| p.title)
}

/// One key: what it does to the state, then what is now selected, in words.
fn respond<W: Write>(app: &mut App, key: KeyEvent, speaker: &mut Speaker<W>) -> io::Result<()> {
    if app.prompt.is_some() || app.picker.is_some() || app.menu.is_some() {
        return respond_typing(app, key, speaker);
    }
    let action = Key::from_event(&key).and_then(|k| app.keys.action(&k));
    let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers == KeyModifiers::CONTROL;
    let Some(action) = action.or(ctrl_c.then_some(Action::Quit)) else {
        return speaker.say(&format!(
            "That key does nothing. Press {} for the keys.",
            key_of(app, Action::Help)
        ));
    };
    let focus = app.focus;
    if !app.registry.applies(action.info().scope, focus) {
        return speaker.say(&format!(
            "{} does nothing in the {} pane; it works in: {}.",
            Key::from_event(&key).map_or_else(String::new, |k| k.to_string()),
            pane_title(app),
            action.info().scope.heading()
        ));
    }
    match action {
        Action::Help => return speaker.say(&help::help(app)),
        Action::Zoom => return speaker.say(&words::details(app)),
        Action::Details => return speaker.say(&words::record(app)),
        Action::Back => return speaker.say(&words::selected(app)),
        // The overview is read out, row by row, and the dashboard stays as it was.
        Action::Overview => {
            let effects = app.apply(action);
            carry_out(app, effects, speaker)?;
            let text = overview::overview(app);
            app.apply(Action::Overview);
            return speaker.say(&text);
        }
        _ => {}
    }
    app.status = None;
    let effects = app.apply(action);
    carry_out(app, effects, speaker)?;
    if !app.running {
        return Ok(());
    }
    if app.prompt.is_some() {
        let what = match app.prompt.as_ref().map(|p| p.kind) {
            Some(PromptKind::Year) => "Go to year: type a year, then".to_string(),
            Some(PromptKind::Find(pane)) => {
                let noun = app.registry.row_search(pane).map_or("row", |s| s.noun);
                format!("Search the {noun}s: type words, then")
            }
            _ => "Search the timeline: type words, then".to_string(),
        };
        return speaker.echo(&format!(
            "{what} {}. {} cancels. ",
            key_of(app, Action::Confirm),
            key_of(app, Action::Cancel)
        ));
    }
    if app.picker.is_some() {
        return speaker.say(&menu::datasets(app));
    }
    if app.menu.is_some() {
        return speaker.say(&menu::menu(app));
    }
    let mut text = String::new();
    if let Some(status) = &app.status {
        text.push_str(&format!("{}. ", status.text.trim_end_matches('.')));
    }
    text.push_str(&answers::changed(app, action));
    if matches!(action, Action::SortNext | Action::SortReverse) {
        let e = &app.view().exercises;
        let order = if e.descending {
            "largest or latest first"
        } else {
            "smallest or earliest first"
        };
        text.push_str(&format!("Sorted by {}, {order}. ", e.sort.name()));
    }
    if app.focus != focus {
        text.push_str(&format!("{} pane. ", pane_title(app)));
    }
    text.push_str(&words::selected(app));
    if matches!(action, Action::NextMatch | Action::PrevMatch) {
        text.push_str(&words::found(app));
    }
    speaker.say(&text)
}

/// A key while typing a search, a year or a dataset's name: typed text is echoed, Enter
/// answers in sentences.
fn respond_typing<W: Write>(
    app: &mut App,
    key: KeyEvent,
    speaker: &mut Speaker<W>,
) -> io::Result<()> {
    let picking = app.picker.is_some();
    let filtering = app.menu.is_some();
    let finding = matches!(
        app.prompt.as_ref().map(|p| p.kind),
        Some(PromptKind::Find(_))
    );
    // Where the menu or switcher stood, to tell a move (one item read) from a change of
    // what it lists (all read again).
    let listing = |app: &App| {
        let menu = app.menu.as_ref().map(|m| (m.selected, m.typed.clone()));
        let picker = app.picker.as_ref().map(|p| (p.selected, p.filter.clone()));
        (menu, picker)
    };
    let before = listing(app);
    let response = app.handle_event(&Event::Key(key));
    carry_out(app, response.effects, speaker)?;
    if let KeyCode::Char(c) = key.code
        && !key.modifiers.contains(KeyModifiers::CONTROL)
    {
        return speaker.echo(&c.to_string());
    }
    if app.prompt.is_some() || app.picker.is_some() || app.menu.is_some() {
        if response.redraw && (picking || filtering) {
            speaker.say("")?;
            let after = listing(app);
            let moved = |b: &Option<(usize, String)>, a: &Option<(usize, String)>| matches!((b, a), (Some((_, bt)), Some((_, at))) if bt == at);
            if moved(&before.0, &after.0) {
                return speaker.say(&menu::menu_selected(app));
            }
            if moved(&before.1, &after.1) {
                return speaker.say(&menu::dataset_selected(app));
            }
            let said = if picking {
                menu::datasets(app)
            } else {
                menu::menu(app)
            };
            return speaker.say(&said);
        }
        return Ok(());
    }
    speaker.say("")?;
    let mut text = String::new();
    if let Some(status) = &app.status {
        text.push_str(&format!("{}. ", status.text.trim_end_matches('.')));
    }
    if picking {
        let m = &app.data().manifest;
        text.push_str(&format!("Showing {}. ", m.title));
    }
    if filtering {
        text.push_str(&menu::shown_rows(app));
    }
    text.push_str(&words::selected(app));
    if finding {
        text.push_str(&words::found(app));
    }
    speaker.say(&text)
}

/// Does what the state asked for, here and now: plain mode waits for its answers.
fn carry_out<W: Write>(
    app: &mut App,
    effects: Vec<Effect>,
    speaker: &mut Speaker<W>,
) -> io::Result<()> {
    for effect in effects {
        match effect {
            Effect::Search(job) => app.run_search(job),
            // Plain mode waits for the summaries, then reads the rows out.
            Effect::Summarise(entries) => {
                let mut cache = crate::library::cache::Cache::from_process();
                let found = crate::library::cache::summaries(&entries, &mut cache, 2, &|_, _| {});
                let _ = cache.save();
                let rows = entries
                    .iter()
                    .zip(found)
                    .map(|(e, summary)| crate::library::overview::Row {
                        name: e.name.clone(),
                        place: e.place(),
                        summary,
                    })
                    .collect();
                app.summarised(rows);
            }
            // Plain mode has no clipboard of its own: it reads the citation out.
            Effect::Copy(text) => speaker.say(&text)?,
            Effect::Reload => {
                // The same answer as the dashboard's: how many came back, which did not.
                let mut tally = crate::tui::terminal::live::ReloadTally::start(app.views.len());
                let mut said = None;
                for i in 0..app.views.len() {
                    let (id, origin) = (app.views[i].id, app.views[i].data.origin.clone());
                    let name = app.views[i].name.clone();
                    let result = load(origin);
                    let ok = result.is_ok();
                    if let Some(Effect::Search(job)) =
                        crate::tui::terminal::live::data_reloaded(app, id, result)
                    {
                        app.run_search(job);
                    }
                    said = tally.done(&name, ok).or(said);
                }
                let (text, _) = said.unwrap_or_else(|| ("read the datasets again".into(), false));
                speaker.say(&format!("{}{}.", text[..1].to_uppercase(), &text[1..]))?;
            }
            Effect::Suspend => {
                let _ = crossterm::terminal::disable_raw_mode();
                let _ =
                    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
                let _ = crossterm::terminal::enable_raw_mode();
                speaker.say("Resumed.")?;
            }
            Effect::Open { origin, beside } => {
                let name = crate::tui::app::name_of(&origin);
                let result = load(origin).map_err(|p| {
                    let first = p.0.first().map(ToString::to_string);
                    format!("{name} does not load: {}", first.unwrap_or_default())
                });
                app.opened(result, beside);
            }
        }
    }
    Ok(())
}

fn load(origin: Origin) -> Result<Dataset, crate::data::Problems> {
    match origin {
        Origin::Folder(dir) => Dataset::from_folder(&dir),
        other => Dataset::load(other),
    }
}
