//! Oracles over made-up datasets and every bundled one, at 80x24, 120x40 and 200x55: after
//! any sequence of sorts, filters, searches and moves, what the screen says is checked
//! against the dataset's records, worked out here on their own:
//! - the details under the exercises list and the timeline name the selected row;
//! - every pane marks one linked year;
//! - the record Enter opens on a list is of its selected row;
//! - a year's meetings record counts what its bar counts.

use crate::generated;
use crate::panes_read;
use crate::screen;

use std::cmp::Ordering;

use bilat::data::{BUNDLED, Dataset, Exercise, Origin};
use bilat::tui::app::{App, Effect};
use bilat::tui::input::action::Action;
use crossterm::event::{Event, KeyCode, KeyEvent};
use panes_read::{PaneBox, chart_years, cursor_bar_count, marked_years, meetings_count_in, pane};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use screen::render;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 55)];

/// One thing the user does.
#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    /// `f`, then the words typed into the filter menu, then Enter.
    Filter(&'static str),
    /// `/`, a word, Enter (the search run at once).
    Search(&'static str),
}

fn steps() -> impl Strategy<Value = Step> {
    let actions = [
        Action::FocusNext,
        Action::FocusPrev,
        Action::FocusPane(1),
        Action::FocusPane(2),
        Action::FocusPane(3),
        Action::FocusPane(4),
        Action::FocusPane(5),
        Action::FocusPane(6),
        Action::SortNext,
        Action::SortReverse,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::Top,
        Action::Bottom,
        Action::PageDown,
        Action::PageUp,
        Action::NarrowYears,
        Action::WidenYears,
        Action::ResetYears,
        Action::NextCategory,
        Action::PrevCategory,
        Action::ToggleOrder,
        Action::ShowInTimeline,
        Action::NextMatch,
        Action::Zoom,
    ];
    prop_oneof![
        8 => proptest::sample::select(actions.to_vec()).prop_map(Step::Act),
        1 => proptest::sample::select(vec![
            "domain naval", "domain land", "domain air", "host Atlantis", "host Lemuria",
            "host Russia", "domain naval", "all exercises",
        ]).prop_map(Step::Filter),
        1 => proptest::sample::select(vec!["Treaty", "Visit", "patrol", "joint", "2019"])
            .prop_map(Step::Search),
    ]
}

fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        effects.extend(app.handle_event(&Event::Key(KeyEvent::from(code))).effects);
    }
    effects
}

fn run(app: &mut App, step: &Step) {
    let effects = match step {
        Step::Act(a) => app.apply(*a),
        Step::Filter(words) => {
            app.apply(Action::FocusPane(3));
            type_text(app, &format!("f{words}\n"))
        }
        Step::Search(word) => {
            app.apply(Action::Search);
            type_text(app, &format!("{word}\n"))
        }
    };
    for effect in effects {
        if let Effect::Search(job) = effect {
            app.run_search(job);
        }
    }
}

/// Text order as people read it: case ignored, numbers by value.
fn natural(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (a, b) = (chunks(a), chunks(b));
    for (x, y) in a.iter().zip(&b) {
        let o = match (x, y) {
            ((true, x), (true, y)) => {
                let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            }
            ((_, x), (_, y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// How the exercises list is sorted and filtered, read off its title and header.
struct ListShown {
    column: String,
    descending: bool,
    filter: Option<(String, String)>,
    selected: usize,
    count: usize,
}

fn read_exercises(buf: &Buffer, p: &PaneBox) -> Option<ListShown> {
    let title = p.title(buf);
    let after = title.split(" 3 Exercises").nth(1)?;
    let position = after.split_whitespace().next()?;
    let (k, n) = position.split_once('/')?;
    // `domain naval of 45`; a narrow title may be cut short, leaving only a prefix.
    let filter = ["domain", "host"].iter().find_map(|kind| {
        // Cut to the kind alone (`domain…`): any value of it.
        if after.contains(&format!(" {kind}…")) {
            return Some((kind.to_string(), "…".to_string()));
        }
        let at = after.find(&format!(" {kind} "))?;
        let rest = &after[at + kind.len() + 2..];
        let value = match rest.split_once(" of ") {
            Some((value, _)) => value.to_string(),
            None => rest.trim_end_matches(['┐', '+', '─', '-', '…']).to_string() + "…",
        };
        Some((kind.to_string(), value))
    });
    // Cut shorter still, only the start of the filter's kind: `15/22  dom`.
    let tail = after[after.find(position)? + position.len()..]
        .trim_matches(['┐', '+', '─', '-', '…', ' ']);
    let filter = filter.or_else(|| {
        let kind = ["domain", "host"]
            .into_iter()
            .find(|k| !tail.is_empty() && k.starts_with(tail))?;
        Some((kind.to_string(), "…".to_string()))
    });
    let header = p.inner_rows(buf).into_iter().next()?;
    let sorted = header
        .split_whitespace()
        .find(|w| w.ends_with('▲') || w.ends_with('▼'))?;
    Some(ListShown {
        column: sorted.trim_end_matches(['▲', '▼']).to_string(),
        descending: sorted.ends_with('▼'),
        filter,
        selected: k.parse().ok()?,
        count: n.parse().ok()?,
    })
}

/// The exercises in the order the list should show them, worked out here.
fn expected_exercises(data: &Dataset, shown: &ListShown) -> Vec<usize> {
    let codes = &data.manifest.countries;
    let mut rows: Vec<usize> = (0..data.exercises.len())
        .filter(|&i| {
            let e = &data.exercises[i];
            match &shown.filter {
                Some((kind, value)) if kind == "domain" => e.domain.split('/').any(|d| d == value),
                Some((_, value)) => e.host == *value,
                None => true,
            }
        })
        .collect();
    let known = |x: Option<u32>, y: Option<u32>| match (x, y) {
        (Some(x), Some(y)) if shown.descending => y.cmp(&x),
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let text = |o: Ordering| if shown.descending { o.reverse() } else { o };
    let by = |a: &Exercise, b: &Exercise| match shown.column.as_str() {
        "Year" => text(a.start.cmp(&b.start)),
        "Name" => text(natural(&a.name, &b.name)),
        "Dates" => text(a.start.cmp(&b.start).then(a.end.cmp(&b.end))),
        "Host" => text(natural(&a.host, &b.host)),
        "Place" => text(natural(&a.location, &b.location)),
        "Domain" => text(a.domain.cmp(&b.domain)),
        "Total" => known(a.total_personnel, b.total_personnel),
        c if c == codes[0].code => known(a.personnel[0], b.personnel[0]),
        c if c == codes[1].code => known(a.personnel[1], b.personnel[1]),
        other => panic!("sorted by an unknown column {other}"),
    };
    rows.sort_by(|&a, &b| {
        let (a, b) = (&data.exercises[a], &data.exercises[b]);
        by(a, b).then(a.start.cmp(&b.start))
    });
    rows
}

/// The first line of an exercise's details: its dates, then its place.
fn dates_of(e: &Exercise) -> String {
    match e.end {
        Some(end) => format!("{}–{end}", e.start),
        None => e.start.to_string(),
    }
}

/// (a) The exercise details name the row the title says is selected, in the order worked
/// out here; so do the timeline's.
/// The rows the screen says are selected: an exercise and an event, by index.
#[derive(Default)]
struct Selected {
    exercise: Option<usize>,
    event: Option<usize>,
}

fn check_details(app: &App, buf: &Buffer, data: &Dataset) -> Result<Selected, String> {
    let mut selected = Selected::default();
    if let Some(p) = pane(buf, "3 Exercises")
        && let Some(mut shown) = read_exercises(buf, &p)
    {
        // A filter cut short in the title: the state's, which must begin as the title does.
        if let Some((kind, value)) = &shown.filter
            && let Some(prefix) = value.strip_suffix('…')
        {
            let state = app.view().exercises.filter.as_ref().map(|f| f.describe());
            let of = format!(" of {}", data.exercises.len());
            let whole =
                state.filter(|s| format!("{s}{of}").starts_with(&format!("{kind} {prefix}")));
            let Some(whole) = whole else {
                return Err(format!(
                    "the title's filter {kind} {prefix}… is not the list's"
                ));
            };
            let value = whole[kind.len() + 1..].to_string();
            shown.filter = Some((kind.clone(), value));
        }
        // A filter the title had no room to name at all (`15/22  … o`): the state's, whose
        // rows the count must still match.
        if shown.filter.is_none() && p.title(buf).contains('…') {
            let state = app.view().exercises.filter.as_ref().map(|f| f.describe());
            shown.filter = state.and_then(|s| {
                let (kind, value) = s.split_once(' ')?;
                Some((kind.to_string(), value.to_string()))
            });
        }
        let rows = expected_exercises(data, &shown);
        if rows.len() != shown.count {
            return Err(format!(
                "the title counts {}, the filter keeps {}: {:?} {:?}",
                shown.count,
                rows.len(),
                p.title(buf),
                shown.filter
            ));
        }
        let inner = p.inner_rows(buf);
        let lines = match inner.len() {
            0..=6 => 0,
            7..=14 => 2,
            _ => 4,
        };
        if let (Some(&wanted), true) = (rows.get(shown.selected.wrapping_sub(1)), lines > 0) {
            let e = &data.exercises[wanted];
            // Sorts with ties (same key, same day) may put either first.
            let key = |i: usize| {
                let x = &data.exercises[i];
                (dates_of(x), x.location.clone())
            };
            // The details take the table's empty rows too, after a blank one.
            let table_rows = inner.len() - lines;
            let from = inner[..table_rows]
                .iter()
                .position(|row| row.trim().is_empty())
                .map_or(table_rows, |blank| blank + 1);
            let first = inner[from..]
                .iter()
                .find(|row| !row.trim().is_empty())
                .unwrap_or(&inner[inner.len() - 1]);
            let fits = rows.iter().find(|&&i| {
                let same_place = expected_exercises_tie(data, &shown, wanted, i);
                let (dates, place) = key(i);
                same_place && first.starts_with(&format!("{dates} ")) && {
                    let head: String = place.chars().take(8).collect();
                    // A narrow pane may cut the place short: what it shows begins it.
                    let shown = first[dates.len() + 1..].trim_end();
                    let cut = shown
                        .strip_suffix('…')
                        .is_some_and(|s| place.starts_with(s));
                    first.contains(&head) || cut
                }
            });
            selected.exercise = fits.copied();
            if fits.is_none() {
                return Err(format!(
                    "the details show {first:?}, the selected row is {} ({}, {})",
                    e.name,
                    dates_of(e),
                    e.location
                ));
            }
        }
    }
    if let Some(p) = pane(buf, "4 Timeline") {
        let title = p.title(buf);
        let inner = p.inner_rows(buf);
        let lines = match inner.len() {
            0..=5 => 0,
            6..=14 => 4,
            15..=24 => 6,
            _ => 8,
        };
        let after = title.split(" 4 Timeline").nth(1).unwrap_or_default();
        let position = after.split_whitespace().next().unwrap_or_default();
        if let (Some((k, _)), true) = (position.split_once('/'), lines > 0) {
            let k: usize = k.parse().map_err(|_| format!("title {title:?}"))?;
            // A narrow title gives the order a short form (`new`) or leaves it out.
            let newest = if after.contains(" new") {
                true
            } else if after.contains(" old") {
                false
            } else {
                app.view().timeline.newest_first
            };
            let category = app.view().timeline.category;
            let mut events: Vec<usize> = (0..data.events.len())
                .filter(|&i| category.is_none_or(|c| data.events.category(i) == c))
                .collect();
            if newest {
                events.reverse();
            }
            let category_name =
                category.map(|c| data.manifest.event_categories[usize::from(c)].clone());
            // The title may be cut short at its end.
            let named = title.split('[').nth(1).map(|t| {
                t.split([']', '┐', '─', '+', '-', '…'])
                    .next()
                    .unwrap_or_default()
                    .trim_end()
                    .trim_end_matches('…')
                    .to_string()
            });
            if let Some(name) = &category_name
                && !named
                    .as_ref()
                    .is_some_and(|n| !n.is_empty() && name.starts_with(n.as_str()))
            {
                return Err(format!(
                    "the title {title:?} does not name the category {name}"
                ));
            }
            if let Some(&i) = k.checked_sub(1).and_then(|k| events.get(k)) {
                let event = data.events.get(i);
                // The details take the list's empty rows too, after a blank one; words, as a
                // narrow pane wraps the description between them.
                let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                let list_rows = inner.len() - lines;
                let from = inner[..list_rows]
                    .iter()
                    .position(|row| row.trim().is_empty())
                    .map_or(list_rows, |blank| blank + 1);
                let details = words(&inner[from..].join(" "));
                let description = event.description();
                let head: String = description.chars().take(20).collect();
                selected.event = Some(i);
                // A description cut short (`At USD 218 bn for…`) shows a shorter head.
                let cut_head = |n: usize| {
                    let start: String = description.chars().take(n).collect();
                    details.contains(&format!("{}…", words(&start).trim_end()))
                };
                if !details.contains(&words(&head)) && !(8..20).any(cut_head) {
                    return Err(format!(
                        "the timeline's details {details:?} are not of {} {}",
                        event.date(),
                        event.title()
                    ));
                }
            }
        }
    }
    Ok(selected)
}

/// The record Enter opens on the focused list is of the row the screen says is selected.
fn check_record(app: &mut App, data: &Dataset, selected: &Selected) -> Result<(), String> {
    let wanted = match app.focus() {
        bilat::tui::panes::exercises::ID => selected.exercise.map(|i| {
            let e = &data.exercises[i];
            // The record writes a one-day exercise's dates once.
            (
                e.start.to_string(),
                e.location.chars().take(12).collect::<String>(),
            )
        }),
        bilat::tui::panes::timeline::ID => selected.event.map(|i| {
            let e = data.events.get(i);
            (
                e.date().to_string(),
                e.description().chars().take(12).collect(),
            )
        }),
        _ => None,
    };
    let Some((date, text)) = wanted else {
        return Ok(());
    };
    if app.menu().is_some() || app.prompt().is_some() || app.details().is_some() {
        return Ok(());
    }
    app.apply(Action::Details);
    // The popup alone: the panes behind it may show the same row.
    let buf = render(app);
    let record = pane(&buf, "Record").map(|p| p.inner_rows(&buf).join("\n"));
    app.apply(Action::Back);
    let record = record.ok_or("no record popup")?;
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    if !squeeze(&record).contains(&squeeze(&date)) || !squeeze(&record).contains(&squeeze(&text)) {
        return Err(format!("the record is not of {date} {text}:\n{record}"));
    }
    Ok(())
}

/// Whether exercises `a` and `b` sort as equals in the order shown (so either may be first).
fn expected_exercises_tie(data: &Dataset, shown: &ListShown, a: usize, b: usize) -> bool {
    if a == b {
        return true;
    }
    let rows = expected_exercises(data, shown);
    let (pa, pb) = (
        rows.iter().position(|&r| r == a),
        rows.iter().position(|&r| r == b),
    );
    let (x, y) = (&data.exercises[a], &data.exercises[b]);
    let same_start = x.start == y.start;
    let same_key = match shown.column.as_str() {
        "Year" => true,
        "Name" => natural(&x.name, &y.name) == Ordering::Equal,
        "Host" => natural(&x.host, &y.host) == Ordering::Equal,
        "Domain" => x.domain == y.domain,
        "Total" => x.total_personnel == y.total_personnel,
        _ => x.personnel == y.personnel,
    };
    pa.is_some() && pb.is_some() && same_start && same_key
}

/// (b) Every pane marks one year: the charts' highlighted labels and their details' year,
/// the lists' linked marks, and the linked year the state gives.
fn check_linked(app: &App, buf: &Buffer) -> Result<(), String> {
    let Some(linked) = app.linked_year() else {
        return Ok(());
    };
    let bg = app.theme().selection.bg.unwrap_or_default();
    let mut seen: Vec<(String, i32)> = Vec::new();
    for title in ["1 Trade", "2 Meetings", "5 Arms", "6 Cooperation"] {
        if let Some(p) = pane(buf, title) {
            let years = chart_years(buf, &p, bg);
            seen.extend(years.labels.iter().map(|&y| (format!("{title} label"), y)));
            seen.extend(years.details.map(|y| (format!("{title} details"), y)));
        }
    }
    for title in ["3 Exercises", "4 Timeline"] {
        if let Some(p) = pane(buf, title) {
            let mark = app.theme().linked_mark;
            seen.extend(
                marked_years(buf, &p, mark)
                    .into_iter()
                    .map(|y| (title.to_string(), y)),
            );
        }
    }
    match seen.iter().find(|(_, y)| *y != linked) {
        Some((what, y)) => Err(format!(
            "{what} marks {y}, the linked year is {linked}: {seen:?}"
        )),
        None => Ok(()),
    }
}

/// (c) The cursor year's meetings: the count over its bar, the count under the chart and
/// the record's count agree with the meetings counted here (unconfirmed ones left out).
fn check_counts(app: &mut App, data: &Dataset) -> Result<(), String> {
    if !data.has(bilat::data::TableId::Meetings) || data.meetings.is_empty() {
        return Ok(());
    }
    app.apply(Action::FocusPane(2));
    if app.zoomed() {
        app.apply(Action::Zoom);
    }
    let year = app.charts().year(bilat::tui::panes::meetings::ID);
    let counted = data
        .meetings
        .iter()
        .filter(|m| m.date.year() == year && m.quality != bilat::data::Quality::Unconfirmed)
        .count() as u32;
    let buf = render(app);
    let Some(p) = pane(&buf, "2 Meetings") else {
        return Ok(());
    };
    let bg = app.theme().selection.bg.unwrap_or_default();
    let in_pane = p.inner_rows(&buf).join("\n");
    // A pane with no meetings in the years shown counts none for the year.
    let details = meetings_count_in(&in_pane, year).or_else(|| {
        in_pane
            .trim_start()
            .starts_with("No meetings in")
            .then_some(0)
    });
    let bar = cursor_bar_count(&buf, &p, bg);
    app.apply(Action::Details);
    // The popup alone: the panes behind it may show the same row.
    let buf = render(app);
    let record = pane(&buf, "Record").map(|p| p.inner_rows(&buf).join("\n"));
    app.apply(Action::Back);
    let record = record.ok_or("no record popup")?;
    // A year outside the meetings' first to last is a gap, not a zero: both say so.
    let years = &data.derived.meetings;
    let covered = match (years.first(), years.last()) {
        (Some(first), Some(last)) => (first.year..=last.year).contains(&year),
        _ => true,
    };
    if !covered {
        let gap = format!("{year}: not cov");
        // The pane says so, or that it has no meetings at all in the years it shows.
        let said = in_pane.contains(&gap) || in_pane.trim_start().starts_with("No meetings in");
        if counted != 0 || !said || !record.contains(&gap) {
            return Err(format!(
                "{year}: outside the meetings' years, not said:\n{in_pane}\n{record}"
            ));
        }
        return Ok(());
    }
    let in_record = meetings_count_in(&record, year);
    if details != Some(counted) || in_record != Some(counted) {
        return Err(format!(
            "{year}: {counted} counted here, the pane says {details:?}, the record {in_record:?}:\n{in_pane}"
        ));
    }
    if let Some(bar) = bar
        && bar != counted
    {
        return Err(format!(
            "{year}: the bar counts {bar}, {counted} counted here"
        ));
    }
    Ok(())
}

fn check_all(data: &Dataset, steps: &[Step], (w, h): (u16, u16)) -> Result<(), String> {
    let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
    for (n, step) in steps.iter().enumerate() {
        run(&mut app, step);
        let buf = render(&app);
        let selected = check_details(&app, &buf, data)
            .map_err(|e| format!("after {:?}: {e}", &steps[..=n]))?;
        check_linked(&app, &buf).map_err(|e| format!("after {:?}: {e}", &steps[..=n]))?;
        check_record(&mut app, data, &selected)
            .map_err(|e| format!("after {:?}: {e}", &steps[..=n]))?;
    }
    check_counts(&mut app, data).map_err(|e| format!("after {steps:?}: {e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn made_up_datasets_keep_every_pane_true(
        seed in any::<u64>(),
        steps in proptest::collection::vec(steps(), 1..14),
        size in 0..SIZES.len(),
    ) {
        let data = generated::load("made-up", generated::random_files(seed));
        let result = check_all(&data, &steps, SIZES[size]);
        prop_assert!(result.is_ok(), "seed {seed} at {:?}: {}", SIZES[size], result.unwrap_err());
    }

    #[test]
    fn bundled_datasets_keep_every_pane_true(
        which in 0..BUNDLED.len(),
        steps in proptest::collection::vec(steps(), 1..14),
        size in 0..SIZES.len(),
    ) {
        let data = Dataset::load(Origin::Bundled(&BUNDLED[which])).unwrap();
        let result = check_all(&data, &steps, SIZES[size]);
        prop_assert!(result.is_ok(), "{} at {:?}: {}", BUNDLED[which].name, SIZES[size], result.unwrap_err());
    }
}

#[test]
fn a_naval_filter_then_a_sort_on_russia_china() {
    let data = Dataset::load(Origin::Bundled(&BUNDLED[0])).unwrap();
    let steps = [Step::Filter("domain naval"), Step::Act(Action::SortNext)];
    check_all(&data, &steps, (80, 24)).unwrap();
}

#[test]
fn where_years_share_columns_the_cursor_bars_count_is_on_top() {
    // 2011's three meetings: a neighbour's count was drawn over its bar at 80x24.
    let data = generated::load(
        "made-up",
        generated::random_files(4_560_859_453_433_722_045),
    );
    let steps = [
        Step::Act(Action::FocusPane(5)),
        Step::Act(Action::Top),
        Step::Act(Action::FocusPane(3)),
        Step::Act(Action::PageUp),
    ];
    check_all(&data, &steps, (80, 24)).unwrap();
}
