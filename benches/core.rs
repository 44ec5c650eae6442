//! Benchmarks of what users wait for: loading events, filtering, searching, and drawing
//! each pane, on synthetic datasets made on the spot (`bilat::data::synthetic`).
//!
//! cargo bench --bench core            (BILAT_BENCH_EVENTS=1000000 for the full size)

use std::hint::black_box;
use std::path::PathBuf;

use bilat::data::{Dataset, Origin};
use bilat::text::symbols::UNICODE;
use bilat::tui::app::{App, AppOptions, timeline};
use bilat::tui::input::action::Action;
use bilat::tui::input::keys::KeyMap;
use bilat::tui::theme::{Background, ColorDepth, Theme};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn events() -> u64 {
    std::env::var("BILAT_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000)
}

fn dataset_dir() -> PathBuf {
    let n = events();
    let dir = std::env::temp_dir().join(format!("bilat-bench-{n}"));
    if !dir.join("events.csv").exists() {
        bilat::data::synthetic::write(&dir, n, 7).expect("writes the synthetic dataset");
    }
    dir
}

fn new_app(data: Dataset, width: u16, height: u16) -> App {
    let options = AppOptions {
        theme: Theme::new(Background::Dark, ColorDepth::Indexed256, UNICODE),
        keys: KeyMap::default(),
        mouse: true,
        bars: false,
        newest_first: true,
        registry: bilat::tui::panes::registry(),
    };
    App::new(data, options, Rect::new(0, 0, width, height))
}

fn load(c: &mut Criterion) {
    let dir = dataset_dir();
    let mut g = c.benchmark_group(format!("load {} events", events()));
    g.sample_size(10);
    g.bench_function("full dataset", |b| {
        b.iter(|| black_box(Dataset::from_folder(&dir).unwrap()))
    });
    g.bench_function("all but events (first frame)", |b| {
        b.iter(|| black_box(Dataset::load_staged(Origin::Folder(dir.clone())).unwrap()))
    });
    g.finish();
}

fn filter_and_search(c: &mut Criterion) {
    let data = Dataset::from_folder(&dataset_dir()).unwrap();
    let mut g = c.benchmark_group(format!("timeline over {} events", events()));
    g.sample_size(20);
    let mut view = timeline::TimelineView::new(&data, true);
    g.bench_function("category filter", |b| {
        b.iter(|| view.cycle_category(&data, true, 30))
    });
    g.bench_function("search (ASCII, case-insensitive)", |b| {
        b.iter(|| black_box(timeline::search(&data, "pipeline")))
    });
    g.bench_function("search (rare word)", |b| {
        b.iter(|| black_box(timeline::search(&data, "zzyzx")))
    });
    g.finish();
}

fn render(c: &mut Criterion) {
    let data = Dataset::from_folder(&dataset_dir()).unwrap();
    let mut g = c.benchmark_group("render 120x40");
    for spec in bilat::tui::panes::registry().panes {
        let mut app = new_app(data.clone(), 120, 40);
        app.set_focus(spec.id);
        app.set_zoomed(true);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        g.bench_function(format!("{} zoomed", spec.title), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| bilat::tui::ui::render(f, &app))
                    .map(|_| ())
            })
        });
    }
    // A search for a common word: every row on screen marked, its words found lit.
    let mut app = new_app(data.clone(), 120, 40);
    app.apply(Action::FocusPane(4));
    app.apply(Action::Zoom);
    let job = app.view_mut().search("pipeline".to_string());
    app.run_search(job);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    g.bench_function("Timeline zoomed, searched", |b| {
        b.iter(|| {
            terminal
                .draw(|f| bilat::tui::ui::render(f, &app))
                .map(|_| ())
        })
    });
    let app = new_app(data.clone(), 120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    g.bench_function("four panes", |b| {
        b.iter(|| {
            terminal
                .draw(|f| bilat::tui::ui::render(f, &app))
                .map(|_| ())
        })
    });
    g.finish();

    // Key to frame: the action and the frame it causes, at the end of the list and at its
    // start, which should cost the same (flat in the number of events).
    let mut g = c.benchmark_group(format!("key to frame, {} events", events()));
    for (label, at_end) in [
        ("one row at the start", false),
        ("one row at the end", true),
    ] {
        let mut app = new_app(data.clone(), 120, 40);
        app.apply(Action::FocusPane(4));
        app.apply(Action::Zoom);
        if at_end {
            app.apply(Action::Bottom);
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut up = false;
        g.bench_function(label, |b| {
            b.iter(|| {
                up = !up;
                app.apply(if up { Action::Up } else { Action::Down });
                terminal
                    .draw(|f| bilat::tui::ui::render(f, &app))
                    .map(|_| ())
            })
        });
    }
    let mut app = new_app(data.clone(), 120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut timeline = false;
    g.bench_function("focus timeline and back", |b| {
        b.iter(|| {
            timeline = !timeline;
            app.apply(if timeline {
                Action::FocusPane(4)
            } else {
                Action::FocusPane(1)
            });
            terminal
                .draw(|f| bilat::tui::ui::render(f, &app))
                .map(|_| ())
        })
    });
    let mut app = new_app(data.clone(), 120, 40);
    app.apply(Action::FocusPane(4));
    let mut end = false;
    g.bench_function("jump to end and back", |b| {
        b.iter(|| {
            end = !end;
            app.apply(if end { Action::Bottom } else { Action::Top });
            terminal
                .draw(|f| bilat::tui::ui::render(f, &app))
                .map(|_| ())
        })
    });
    // The bytes that turn one frame into the next: a page down of the zoomed timeline
    // changes every row of the list and the details.
    let mut app = new_app(data.clone(), 120, 40);
    app.apply(Action::FocusPane(4));
    app.apply(Action::Zoom);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let frame_of = |terminal: &mut Terminal<TestBackend>, app: &App| {
        terminal
            .draw(|f| bilat::tui::ui::render(f, app))
            .unwrap()
            .buffer
            .clone()
    };
    let top = frame_of(&mut terminal, &app);
    app.apply(Action::PageDown);
    let next = frame_of(&mut terminal, &app);
    let mut bytes = Vec::new();
    g.bench_function("encode a page down (timeline zoomed)", |b| {
        b.iter(|| {
            bytes.clear();
            bilat::tui::screen::encode::frame(&top, &next, &mut bytes);
            black_box(bytes.len())
        })
    });
    g.finish();
}

/// Several datasets: switching to one already open, and a key in a comparison with the
/// synthetic dataset on one side and the bundled India–Russia on the other.
fn several(c: &mut Criterion) {
    let data = Dataset::from_folder(&dataset_dir()).unwrap();
    let other = || {
        let bundled = bilat::data::Bundled::find("india-russia").unwrap();
        Dataset::load(Origin::Bundled(bundled)).unwrap()
    };
    let mut g = c.benchmark_group(format!("several datasets, {} events", events()));
    let mut app = new_app(data.clone(), 120, 40);
    app.opened(Ok(other()), false);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut front = 0;
    g.bench_function("switch to an open dataset and draw", |b| {
        b.iter(|| {
            front = 1 - front;
            app.show(front);
            terminal
                .draw(|f| bilat::tui::ui::render(f, &app))
                .map(|_| ())
        })
    });
    for (w, h) in [(120, 40), (200, 55)] {
        let mut app = new_app(data.clone(), w, h);
        app.opened(Ok(other()), true);
        app.apply(Action::FocusPane(4));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut up = false;
        g.bench_function(
            format!("compare {w}x{h}: one timeline row, key to frame"),
            |b| {
                b.iter(|| {
                    up = !up;
                    app.apply(if up { Action::Up } else { Action::Down });
                    terminal
                        .draw(|f| bilat::tui::ui::render(f, &app))
                        .map(|_| ())
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, load, filter_and_search, render, several);
criterion_main!(benches);
