//! The library read behind the dashboard's back: what the switcher says of each dataset,
//! and the overview's rows, each on a thread of its own after the first frame.

use std::sync::mpsc::Sender;

use super::{Wake, load_staged};
use crate::data::Origin;
use crate::tui::app::App;

/// Reads what the switcher says of each library dataset (its pair and years), one after
/// another on a thread of its own, leaving out the events so it stays quick.
pub(super) fn describe_library(app: &App, tx: &Sender<Wake>) {
    let origins: Vec<Origin> = app.library.iter().map(|c| c.origin.clone()).collect();
    let tx = tx.clone();
    std::thread::spawn(move || {
        for (index, origin) in origins.into_iter().enumerate() {
            let about = match load_staged(origin) {
                Ok((data, _)) => crate::tui::app::describe(&data),
                Err(problems) => {
                    let first = problems.0.first().map(ToString::to_string);
                    format!("does not load: {}", first.unwrap_or_default())
                }
            };
            if tx.send(Wake::Described(index, about)).is_err() {
                return;
            }
        }
    });
}

/// Reads the overview's rows off the loop's thread, a few datasets at a time so the table
/// fills as they come (from the cache where a dataset's files are unchanged), then keeps the
/// summaries in the cache for the next run.
pub(super) fn summarise(entries: Vec<crate::library::Entry>, tx: &Sender<Wake>) {
    use crate::library::overview::Row;
    let tx = tx.clone();
    std::thread::spawn(move || {
        let mut cache = crate::library::cache::Cache::from_process();
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        for chunk in entries.chunks(8) {
            let found = crate::library::cache::summaries(chunk, &mut cache, threads, &|_, _| {});
            let rows = chunk
                .iter()
                .zip(found)
                .map(|(e, summary)| Row {
                    name: e.name.clone(),
                    place: e.place(),
                    summary,
                })
                .collect();
            if tx.send(Wake::Summarised(rows)).is_err() {
                return;
            }
        }
        // A cache that cannot be written costs the next start time, nothing else.
        let _ = cache.save();
    });
}
