//! Runs the dashboard on a real terminal: enters it, feeds events to the app, draws only when
//! something changed, and always gives the terminal back (quit, panic, SIGINT, SIGTERM,
//! SIGHUP, or the terminal going away).

mod library;
mod listeners;
mod terminal;

use library::{describe_library, summarise};
pub use terminal::restore;
use terminal::{enter, resume, suspend};

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, Sender};

use crossterm::event::Event as TermEvent;

use crate::data::{EventsLoader, Origin, Problems};
use crate::tui::app::{App, Effect, ViewId};
use crate::tui::screen::Screen;
use crate::tui::terminal::live::{self, Reloaded, Sources};
use crate::tui::terminal::watch::Watch;

/// Why the loop woke up.
enum Wake {
    Input(TermEvent),
    /// The terminal was resized (SIGWINCH).
    Resized,
    /// A signal that ends bilat.
    Stop(i32),
    /// Input ended or failed: the terminal is gone.
    Hangup,
    /// How much of a dataset's events file has been read (bytes so far, bytes in all).
    EventsProgress(ViewId, u64, u64),
    /// A dataset the switcher asked for, read but for its events (which follow), or what
    /// is wrong with it; and whether it goes beside the one in front.
    Opened(
        Box<Result<(crate::data::Dataset, EventsLoader), String>>,
        bool,
    ),
    /// What the library's choice `index` is (its pair and years, or its first problem).
    Described(usize, String),
    /// A dataset's events, read and checked (or what is wrong with them).
    Events(ViewId, Box<Result<crate::data::Events, Problems>>),
    /// A search finished: its dataset, its generation and the matching events.
    Searched(ViewId, u64, Vec<u32>),
    /// How far a search has read the events file: (view, generation, bytes, bytes in all).
    SearchProgress(ViewId, u64, u64, u64),
    /// SIGTSTP: give the terminal back and stop until continued.
    Suspend,
    /// SIGCONT: take the terminal again and redraw all of it.
    Continued,
    /// A watched file changed, or reloaded data is ready.
    Reload(Reloaded),
    /// SIGUSR2: read the configuration and every open dataset again, as `r` does.
    ReloadAsked,
    /// The overview's next rows, read from the summaries' cache or the datasets.
    Summarised(Vec<crate::library::overview::Row>),
}

/// How the dashboard ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    Signal(i32),
    Hangup,
}

/// What the loop keeps besides the app: the channel background work answers on, where the
/// files are, and the watches on them (the configuration's, and each open dataset's).
struct Loop<'a> {
    tx: &'a Sender<Wake>,
    sources: &'a Sources,
    /// Kept alive for as long as the loop runs: dropping a watch ends it.
    _config_watch: Option<Watch>,
    dataset_watches: HashMap<ViewId, Watch>,
    /// The reload the user asked for, until every dataset is back.
    asked: Option<live::ReloadTally>,
}

/// Whether to go on after a message, and whether the screen needs drawing.
enum Flow {
    Go { redraw: bool },
    End(Ending),
}

impl Loop<'_> {
    /// Every message the loop receives is handled here, once.
    fn handle(&mut self, wake: Wake, screen: &mut Screen, app: &mut App) -> std::io::Result<Flow> {
        let redraw = match wake {
            Wake::Input(TermEvent::Resize(..)) | Wake::Resized => resized(screen, app)?,
            Wake::Input(event) => {
                let response = crate::tui::terminal::pointer::handle_event(app, &event);
                self.carry_out(response.effects, screen, app)? || response.redraw
            }
            Wake::Stop(signal) => return Ok(Flow::End(Ending::Signal(signal))),
            Wake::Hangup => return Ok(Flow::End(Ending::Hangup)),
            Wake::EventsProgress(view, read, total) => app.events_progress(view, read, total),
            Wake::Events(view, result) => {
                app.events_loaded(view, *result);
                true
            }
            Wake::Searched(view, generation, matches) => app.search_done(view, generation, matches),
            Wake::SearchProgress(view, generation, done, total) => {
                app.search_progress(view, generation, done, total)
            }
            Wake::Suspend => {
                suspend(screen, app.mouse)?;
                true
            }
            Wake::Continued => {
                resume(screen, app.mouse)?;
                true
            }
            Wake::Reload(r) => self.reload(app, r),
            Wake::ReloadAsked => self.carry_out(vec![Effect::Reload], screen, app)?,
            Wake::Opened(result, beside) => {
                let (data, loader) = match *result {
                    Ok((data, loader)) => (Ok(data), Some(loader)),
                    Err(problem) => (Err(problem), None),
                };
                if let (Some(view), Some(loader)) = (app.opened(data, beside), loader) {
                    let origin = loader.origin().clone();
                    self.watch(view, &origin);
                    read_events(app, view, loader, self.tx);
                }
                true
            }
            Wake::Summarised(rows) => app.summarised(rows),
            Wake::Described(index, about) => {
                app.describe_choice(index, about);
                app.picker.is_some()
            }
        };
        if !app.running {
            return Ok(Flow::End(Ending::Quit));
        }
        Ok(Flow::Go { redraw })
    }

    /// Does what the state asked for; whether the screen needs drawing.
    fn carry_out(
        &mut self,
        effects: Vec<Effect>,
        screen: &mut Screen,
        app: &mut App,
    ) -> std::io::Result<bool> {
        let mut redraw = false;
        for effect in effects {
            match effect {
                Effect::Reload => {
                    self.asked = Some(live::ReloadTally::start(app.views.len()));
                    self.reload(app, Reloaded::Config);
                    for v in &app.views {
                        live::reload_data(v.id, v.data.origin.clone(), self.tx, Wake::Reload);
                    }
                    redraw = true;
                }
                Effect::Suspend => {
                    suspend(screen, app.mouse)?;
                    redraw = true;
                }
                Effect::Search(job) => search(job, self.tx),
                Effect::Summarise(entries) => summarise(entries, self.tx),
                Effect::Copy(text) => {
                    crate::tui::terminal::clipboard::copy_for(
                        app,
                        screen.terminal.backend_mut(),
                        &text,
                    )?;
                    redraw = true;
                }
                Effect::Open { origin, beside } => {
                    let tx = self.tx.clone();
                    std::thread::spawn(move || {
                        let name = crate::tui::app::name_of(&origin);
                        let result = load_staged(origin).map_err(|problems| {
                            let first = problems.0.first().map(ToString::to_string);
                            format!("{name} does not load: {}", first.unwrap_or_default())
                        });
                        let _ = tx.send(Wake::Opened(Box::new(result), beside));
                    });
                    redraw = true;
                }
            }
        }
        Ok(redraw)
    }

    /// Watches the files of the open dataset `view` at `origin` (none for bundled data).
    fn watch(&mut self, view: ViewId, origin: &Origin) {
        let tx = self.tx.clone();
        let watch = live::watch_dataset(self.sources, view, origin, move |r| {
            let _ = tx.send(Wake::Reload(r));
        });
        match watch {
            Some(w) => self.dataset_watches.insert(view, w),
            None => self.dataset_watches.remove(&view),
        };
    }

    /// A change on disk, or reloaded data: reread what changed, show what came back.
    fn reload(&mut self, app: &mut App, what: Reloaded) -> bool {
        match what {
            Reloaded::Files(view) => {
                // That dataset alone: the others are untouched.
                if let Some(v) = app.views.iter().find(|v| v.id == view) {
                    live::reload_data(v.id, v.data.origin.clone(), self.tx, Wake::Reload);
                }
                false
            }
            Reloaded::Config => {
                if let Some(origin) = live::reload_config(self.sources, app) {
                    // The configuration names another dataset: show that one in front, and
                    // watch it instead.
                    let view = app.view().id;
                    self.watch(view, &origin);
                    live::reload_data(view, origin, self.tx, Wake::Reload);
                }
                true
            }
            Reloaded::Data(view, result) => {
                let ok = result.is_ok();
                let name = app
                    .views
                    .iter()
                    .find(|v| v.id == view)
                    .map(|v| v.name.clone());
                if let Some(Effect::Search(job)) = live::data_reloaded(app, view, *result) {
                    search(job, self.tx);
                }
                let said = self
                    .asked
                    .as_mut()
                    .zip(name)
                    .and_then(|(t, n)| t.done(&n, ok));
                if let Some((text, warning)) = said {
                    self.asked = None;
                    app.status = Some(crate::tui::app::Status { text, warning });
                }
                true
            }
        }
    }
}

/// A resize, from SIGWINCH or from crossterm: the size that counts is the terminal's now
/// (a queued event may carry a size long gone). Redraw only if it changed.
fn resized(screen: &mut Screen, app: &mut App) -> std::io::Result<bool> {
    let size = screen.terminal.size()?;
    if (app.area.width, app.area.height) == (size.width, size.height) {
        return Ok(false);
    }
    Ok(app
        .handle_event(&TermEvent::Resize(size.width, size.height))
        .redraw)
}

/// Runs until the user quits, a stop signal arrives or the terminal goes away. With a
/// loader, the events are read on another thread while the rest of the dashboard is in use.
pub fn run(
    mut app: App,
    events: Vec<(ViewId, EventsLoader)>,
    sources: Sources,
) -> std::io::Result<Ending> {
    let (tx, wakes) = listeners::listen()?;
    let watch_tx = tx.clone();
    let config_watch = live::watch_config(&sources, move |r| {
        let _ = watch_tx.send(Wake::Reload(r));
    });
    let mut state = Loop {
        tx: &tx,
        sources: &sources,
        _config_watch: config_watch,
        dataset_watches: HashMap::new(),
        asked: None,
    };
    for (view, loader) in events {
        state.watch(view, &loader.origin().clone());
        read_events(&mut app, view, loader, &tx);
    }
    // Never dropped: ratatui's drop shows the cursor and, when the terminal is gone, reports
    // the failure with `eprintln!`, which panics on a dead stderr. `restore` does that job.
    let sixteen = app.theme.depth == crate::tui::theme::ColorDepth::Ansi16;
    let mut screen = match enter(app.mouse, sixteen) {
        Ok(t) => std::mem::ManuallyDrop::new(Screen::new(t)),
        Err(err) => {
            restore();
            return Err(err);
        }
    };
    let result = event_loop(&mut screen, &mut app, &wakes, &mut state);
    restore();
    result
}

fn event_loop(
    screen: &mut Screen,
    app: &mut App,
    wakes: &Receiver<Wake>,
    state: &mut Loop<'_>,
) -> std::io::Result<Ending> {
    let size = screen.terminal.size()?;
    app.handle_event(&TermEvent::Resize(size.width, size.height));
    draw(screen, app)?;
    // After the first frame: reading the library's datasets for the switcher would only
    // compete with it for the cores.
    describe_library(app, state.tx);
    // The overview as the start screen: its rows come in behind the first frame.
    let start = app.start_effects();
    if state.carry_out(start, screen, app)? {
        draw(screen, app)?;
    }
    loop {
        let Ok(first) = wakes.recv() else {
            return Ok(Ending::Hangup);
        };
        // Draw once for a burst of input (a paste, a held key), not once per event.
        let mut redraw = false;
        for wake in std::iter::once(first).chain(std::iter::from_fn(|| wakes.try_recv().ok())) {
            match state.handle(wake, screen, app)? {
                Flow::Go { redraw: r } => redraw |= r,
                Flow::End(ending) => return Ok(ending),
            }
        }
        if redraw {
            draw(screen, app)?;
        }
    }
}

/// Reads the events of dataset `view` on another thread, with progress, while the rest of
/// the dashboard is in use.
fn read_events(app: &mut App, view: ViewId, loader: EventsLoader, tx: &Sender<Wake>) {
    app.expect_events(view, 0);
    let tx = tx.clone();
    std::thread::spawn(move || {
        let progress_tx = tx.clone();
        let mut progress = |read, total| {
            let _ = progress_tx.send(Wake::EventsProgress(view, read, total));
        };
        let result = loader.load(&mut progress);
        let _ = tx.send(Wake::Events(view, Box::new(result)));
    });
}

/// A dataset as the dashboard first reads it: everything but the events.
fn load_staged(origin: Origin) -> Result<(crate::data::Dataset, EventsLoader), Problems> {
    if let Origin::Folder(dir) = &origin
        && !dir.is_dir()
    {
        // `from_folder` names a missing folder better than the loader does.
        crate::data::Dataset::from_folder(dir)?;
    }
    crate::data::Dataset::load_staged(origin)
}

/// Runs a search off the loop's thread; its matches come back as a wake.
fn search(job: crate::tui::app::SearchJob, tx: &Sender<Wake>) {
    let tx = tx.clone();
    std::thread::spawn(move || {
        let (view, generation) = (job.view, job.generation);
        let progress_tx = tx.clone();
        let mut progress = |done, total| {
            let _ = progress_tx.send(Wake::SearchProgress(view, generation, done, total));
        };
        // A stopped search sends nothing: Esc or a newer search has moved on.
        if let Some(matches) = job.run(&mut progress) {
            let _ = tx.send(Wake::Searched(view, generation, matches));
        }
    });
}

/// Draws the session on the screen.
fn draw(screen: &mut Screen, app: &mut App) -> std::io::Result<()> {
    let sixteen = app.theme.depth == crate::tui::theme::ColorDepth::Ansi16;
    let region = crate::tui::ui::scroll_region(app);
    screen.draw(app.area.into(), sixteen, region, |frame| {
        crate::tui::ui::render(frame, app)
    })?;
    // What the frame laid out that the keys need: how far the zoomed notes scroll.
    let room = crate::tui::ui::scroll_room(app, crate::tui::panes::drawing::DRAWINGS);
    app.observe_scroll_room(room);
    Ok(())
}
