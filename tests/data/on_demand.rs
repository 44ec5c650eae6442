//! Events read on demand from their file give what events held in memory give, whatever the
//! order and the text; a file changed in place is never read through stale offsets.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use bilat::data::{Dataset, Origin};
use bilat::tui::app::timeline::{search, search_with};

const HEADER: &str = "date,category,title,description,quality,note,source_ids,source_text\r\n";

/// Rows out of date order, with quoted commas, doubled quotes, a field over two lines,
/// escape sequences, tabs, non-ASCII text and CRLF line ends, after a byte-order mark.
fn awkward_rows() -> String {
    let rows = [
        "2023-11-30,border,\"Wei, Li meet\",\"They said \"\"agreed\"\", then left.\",,,wire,",
        "1969,border,Clash on Zhenbao,\"Troops clash;\nmore follow.\",disputed,Figures differ,,Wire",
        "2019-04-01,diplomatic,Embassies reopen,\"Both sides reopen, at last.\",,,wire,",
        "2021,economic,Tabs\tand \u{1b}[31mescapes,Talks\ton a free-trade area.,,,,Example Wire",
        "2001-07-16,diplomatic,Treaty of Good-Neighbourliness,Договор о добрососедстве signed.,,,wire,",
        "2019-04-01,military,Same day as the embassies,Talks continue.,,,wire,",
    ];
    let mut csv = format!("\u{feff}{HEADER}");
    for row in rows {
        csv.push_str(row);
        csv.push_str("\r\n");
    }
    csv
}

fn dataset_on_disk(dir: &Path, events: &str) -> Dataset {
    common::copy_tree(&common::fixtures().join("valid/minimal"), dir);
    std::fs::write(dir.join("events.csv"), events).unwrap();
    Dataset::from_folder(dir).unwrap()
}

/// The same folder's files read into memory, where the events' text is held whole.
fn dataset_in_memory(dir: &Path) -> Dataset {
    let files: BTreeMap<String, Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect();
    let origin = Origin::Memory {
        label: "memory".to_string(),
        files: Arc::new(files),
    };
    Dataset::load(origin).unwrap()
}

#[test]
fn events_read_on_demand_match_events_held_in_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let disk = dataset_on_disk(tmp.path(), &awkward_rows());
    let memory = dataset_in_memory(tmp.path());
    assert!(disk.events.file().is_some());
    assert!(memory.events.file().is_none());
    // Every field of every event, in the same date order.
    assert_eq!(disk.events, memory.events);
    let titles: Vec<String> = disk.events.iter().map(|e| e.title().into_owned()).collect();
    assert_eq!(titles[0], "Clash on Zhenbao");
    assert_eq!(titles[3], "Same day as the embassies");
    assert_eq!(
        disk.events.get(0).description(),
        "Troops clash; more follow."
    );
    assert_eq!(disk.events.get(4).title(), "Tabs and ^[[31mescapes");
    // Words in titles and descriptions, across quotes, commas, lines and scripts.
    for query in [
        "wei",
        "LI",
        "agreed",
        "\"agreed\"",
        "wei, li",
        "clash; more",
        "^[[31m",
        "tabs and",
        "добрососедстве",
        "Договор",
        "talks",
        "wire",
        "border",
        "2019-04",
        "nothing at all",
    ] {
        assert_eq!(
            search(&disk, query),
            search(&memory, query),
            "search for {query:?}"
        );
    }
    assert_eq!(search(&disk, "agreed"), [5]);
    // Fields other than title and description are not searched.
    assert!(search(&disk, "figures differ").is_empty());
}

#[test]
fn a_file_changed_in_place_is_never_read_through_stale_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let data = dataset_on_disk(tmp.path(), &awkward_rows());
    // The first event's text is read (as for the rows on screen), the others' not yet.
    assert_eq!(data.events.get(0).title(), "Clash on Zhenbao");
    assert!(!data.events.is_stale());
    // Rewritten in place (same file, new contents): the offsets no longer fit.
    let changed = awkward_rows().replace("Embassies reopen", "XX");
    std::fs::write(tmp.path().join("events.csv"), changed).unwrap();
    assert!(data.events.is_stale());
    // What was read stays; nothing is read from the changed file.
    assert_eq!(data.events.get(0).title(), "Clash on Zhenbao");
    for i in 1..data.events.len() {
        assert_eq!(data.events.get(i).title(), "", "event {i}");
    }
    assert_eq!(search_with(&data, "wei", &mut |_, _| true), None);
    // Read again, the events are those of the file as it is now.
    let again = Dataset::from_folder(tmp.path()).unwrap();
    assert!(again.events.iter().any(|e| e.title() == "XX"));
    assert_eq!(search(&again, "xx").len(), 1);
}

#[test]
fn a_file_replaced_under_its_name_keeps_answering_from_the_file_indexed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = dataset_on_disk(tmp.path(), &awkward_rows());
    // Editors save by writing a new file and renaming it over the old one.
    let new = tmp.path().join("events.csv.new");
    std::fs::write(
        &new,
        format!("{HEADER}2020,border,Only one,Row.,,,wire,\r\n"),
    )
    .unwrap();
    std::fs::rename(&new, tmp.path().join("events.csv")).unwrap();
    assert!(!data.events.is_stale());
    assert_eq!(data.events.get(2).title(), "Embassies reopen");
    assert_eq!(search(&data, "embassies"), [2, 3]);
}

#[test]
fn a_search_of_the_file_reports_progress_and_stops_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let data = dataset_on_disk(tmp.path(), &awkward_rows());
    let mut heard = Vec::new();
    let found = search_with(&data, "talks", &mut |done, total| {
        heard.push((done, total));
        true
    });
    assert_eq!(found.map(|f| f.len()), Some(2));
    let size = std::fs::metadata(tmp.path().join("events.csv"))
        .unwrap()
        .len();
    // Offsets count from after the byte-order mark.
    assert_eq!(heard.last(), Some(&(size - 3, size - 3)));
    assert_eq!(search_with(&data, "talks", &mut |_, _| false), None);
}
