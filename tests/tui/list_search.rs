//! `/` in the exercises, meetings and arms panes searches that pane's list, as typed: checked
//! against the bundled datasets' rows, worked out here on their own. For every row of each
//! list, a query is made from its title (the exercise's name, the meeting's occasion, the
//! deal's weapon): the record or list line the screen then shows as selected is of a row
//! whose text holds the query, and the pane's title counts as many matches as the dataset
//! has rows holding it. Also: `n` and `N` go round the list and say so, Esc puts the row
//! back, a query that matches nothing says so and leaves the row, a comparison searches the
//! pair with the keys, and the timeline's search stays the timeline's.

use crate::panes_read::{PaneBox, pane};
use crate::screen;

use bilat::data::{ArmsDeal, BUNDLED, Dataset, Exercise, Meeting, MeetingKind, Origin, Quality};
use bilat::tui::app::App;
use bilat::tui::input::action::Action;
use crossterm::event::{Event, KeyCode, KeyEvent};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use screen::{render, text};

/// The three lists `/` searches besides the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Exercises,
    Meetings,
    Arms,
}

impl List {
    fn key(self) -> usize {
        match self {
            List::Exercises => 3,
            List::Meetings => 2,
            List::Arms => 5,
        }
    }

    fn title(self) -> &'static str {
        match self {
            List::Exercises => "3 Exercises",
            List::Meetings => "2 Meetings",
            List::Arms => "5 Arms",
        }
    }

    fn rows(self, data: &Dataset) -> usize {
        match self {
            List::Exercises => data.exercises.len(),
            List::Meetings => data.meetings.len(),
            List::Arms => data.arms.len(),
        }
    }

    /// What a row is called, as the list's title names it.
    fn name(self, data: &Dataset, row: usize) -> String {
        match self {
            List::Exercises => data.exercises[row].name.clone(),
            List::Meetings => data.meetings[row].occasion.clone(),
            List::Arms => data.arms[row].designation.clone(),
        }
    }

    /// Everything of a row the pane shows (a chart's list zoomed), with its note and source:
    /// what the guide says `/` searches.
    fn text(self, data: &Dataset, row: usize) -> String {
        match self {
            List::Exercises => exercise_text(data, &data.exercises[row]),
            List::Meetings => meeting_text(data, &data.meetings[row]),
            List::Arms => deal_text(data, &data.arms[row]),
        }
    }

    /// The rows whose text holds `query`, ignoring case.
    fn holding(self, data: &Dataset, query: &str) -> Vec<usize> {
        let query = query.to_lowercase();
        (0..self.rows(data))
            .filter(|&r| self.text(data, r).to_lowercase().contains(&query))
            .collect()
    }
}

fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn exercise_text(data: &Dataset, e: &Exercise) -> String {
    let start = e.start.to_string();
    let end = e.end.map(|d| d.to_string()).unwrap_or_default();
    // The table's dates leave out the end's year where it is the start's.
    let dates = if end.len() == start.len() && start.len() > 5 && end[..5] == start[..5] {
        format!("{start}–{}", &end[5..])
    } else if end.is_empty() {
        start.clone()
    } else {
        format!("{start}–{end}")
    };
    let figures = [
        e.total_personnel,
        e.personnel[0],
        e.personnel[1],
        e.alt_total_personnel,
    ];
    let mut parts = vec![
        e.start.year().to_string(),
        e.name.clone(),
        dates,
        start,
        end,
        e.host.clone(),
        e.location.clone(),
        e.domain.clone(),
    ];
    parts.extend(figures.into_iter().flatten().map(thousands));
    parts.extend([
        e.note.clone(),
        e.citation.render(&data.manifest),
        e.alt_source_text.clone(),
    ]);
    parts.join("\n")
}

fn meeting_text(data: &Dataset, m: &Meeting) -> String {
    let kind = match m.kind {
        MeetingKind::InPerson => "in person",
        MeetingKind::Phone => "by phone",
        MeetingKind::Video => "by video",
    };
    let mut parts = vec![m.date.to_string(), kind.to_string(), m.place.clone()];
    parts.push(match m.bilateral {
        Some(true) => "bilateral talks".into(),
        Some(false) => "no separate bilateral".into(),
        None => String::new(),
    });
    if m.quality == Quality::Unconfirmed {
        parts.push(format!("[{}, not counted]", m.quality.label()));
    } else if m.quality != Quality::Firm {
        parts.push(format!("[{}]", m.quality.label()));
    }
    parts.extend([
        m.occasion.clone(),
        m.leaders.join("; "),
        m.note.clone(),
        m.citation.render(&data.manifest),
    ]);
    parts.join("\n")
}

fn deal_text(data: &Dataset, d: &ArmsDeal) -> String {
    let mut parts = vec![d.headline()];
    if d.quality != Quality::Firm {
        parts.push(format!("[{}]", d.quality.label()));
    }
    let tiv: Vec<String> = [
        ("per unit", d.tiv_unit),
        ("order", d.tiv_order),
        ("delivered", d.tiv_delivered),
    ]
    .iter()
    .filter_map(|(what, v)| v.map(|v| format!("{what} {}", thousands(v.round() as u32))))
    .collect();
    parts.push(if tiv.is_empty() {
        "TIV: not known".to_string()
    } else {
        format!(
            "TIV (millions; SIPRI volume index, not money): {}",
            tiv.join(", ")
        )
    });
    if let Some(value) = d.value_usd_bn {
        parts.push(format!("Reported value: USD {value} bn"));
    }
    if let Some(status) = d.status {
        parts.push(format!("Status: {}", status.words()));
    }
    parts.extend([d.note.clone(), d.citation.render(&data.manifest)]);
    parts.join("\n")
}

/// A query that picks out row `row` by its name: of the whole name and its words of four
/// letters or more, the one the fewest rows hold (the longest of those).
fn distinctive(list: List, data: &Dataset, row: usize) -> String {
    let name = list.name(data, row);
    let mut candidates: Vec<String> = name
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    candidates.push(name.trim().to_string());
    candidates
        .into_iter()
        .filter(|q| !q.is_empty())
        .min_by_key(|q| (list.holding(data, q).len(), usize::MAX - q.len()))
        .unwrap_or(name)
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::from(code)));
}

/// Types `text` into whatever takes the keys (no Enter).
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// `/`, the query, Enter: the search of the focused list, which asks the loop for nothing.
fn find(app: &mut App, query: &str) {
    let effects = app.apply(Action::Search);
    assert!(effects.is_empty());
    type_text(app, query);
    let effects = app
        .handle_event(&Event::Key(KeyEvent::from(KeyCode::Enter)))
        .effects;
    assert!(effects.is_empty(), "a list's search runs as it is typed");
}

fn load(name: &str) -> Dataset {
    Dataset::load(Origin::Bundled(bilat::data::Bundled::find(name).unwrap())).unwrap()
}

/// The dashboard on `data`, the list focused and zoomed.
fn zoomed_on(list: List, data: &Dataset, (w, h): (u16, u16)) -> App {
    let mut app = screen::app_of(data.clone(), screen::dark(), w, h);
    app.apply(Action::FocusPane(list.key()));
    app.apply(Action::Zoom);
    app
}

fn footer(buf: &Buffer) -> String {
    text(buf).lines().last().unwrap_or_default().to_string()
}

fn the_pane(buf: &Buffer, list: List) -> PaneBox {
    pane(buf, list.title()).unwrap_or_else(|| panic!("no {} pane:\n{}", list.title(), text(buf)))
}

/// `match 2/5` in the pane's title: (2, 5); `5 matches`: (0, 5); or short of room, `•2/5`
/// and `•5`.
fn title_count(buf: &Buffer, list: List) -> Option<(usize, usize)> {
    let title = the_pane(buf, list).title(buf);
    let words: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || matches!(c, '─' | '┐' | '┌' | '+'))
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(short) = words.iter().find_map(|w| w.strip_prefix('•')) {
        return match short.split_once('/') {
            Some((k, n)) => Some((k.parse().ok()?, n.parse().ok()?)),
            None => Some((0, short.parse().ok()?)),
        };
    }
    if let Some(at) = words.iter().position(|w| *w == "match") {
        let (k, n) = words.get(at + 1)?.split_once('/')?;
        return Some((k.parse().ok()?, n.parse().ok()?));
    }
    let at = words
        .iter()
        .position(|w| *w == "matches" || *w == "match")?;
    Some((0, words.get(at.checked_sub(1)?)?.parse().ok()?))
}

/// Squeezed: every run of blanks gone, so wrapped text compares with its source.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The rows the screen says the search is on: the exercise whose record Enter opens; the
/// meeting or deal the zoomed list marks `▶`, by its head line.
fn on_screen(app: &mut App, list: List, data: &Dataset) -> Vec<usize> {
    let buf = render(app);
    match list {
        List::Exercises => {
            app.apply(Action::Details);
            let buf = render(app);
            let record = pane(&buf, "Record")
                .map(|p| p.inner_rows(&buf).join("\n"))
                .unwrap_or_else(|| panic!("no record:\n{}", text(&buf)));
            app.apply(Action::Back);
            let record = squeeze(&record);
            // The longest name the record is titled with (a name may begin another).
            let named = (0..data.exercises.len()).filter(|&r| {
                record.contains(&squeeze(&format!("Exercise: {}", data.exercises[r].name)))
            });
            let longest = named.clone().map(|r| data.exercises[r].name.len()).max();
            named
                .filter(|&r| Some(data.exercises[r].name.len()) == longest)
                .collect()
        }
        List::Meetings | List::Arms => {
            let p = the_pane(&buf, list);
            let rows = p.inner_rows(&buf);
            let marked: Vec<&String> = rows.iter().filter(|r| r.starts_with("▶ ")).collect();
            assert_eq!(marked.len(), 1, "one row marked ▶:\n{}", text(&buf));
            let line = marked[0].trim_end().trim_start_matches("▶ ");
            let line = line.trim_end_matches('…');
            (0..list.rows(data))
                .filter(|&r| match list {
                    List::Meetings => {
                        let m = &data.meetings[r];
                        let place: String = m.place.chars().take(6).collect();
                        line.starts_with(&m.date.to_string()) && line.contains(&place)
                    }
                    _ => {
                        // `ordered: Su-35 (...), RUS to CHN: ...`, cut at the pane's edge.
                        let head = line.split_once(": ").map_or(line, |(_, h)| h);
                        let headline = data.arms[r].headline();
                        headline.starts_with(head) || head.starts_with(&headline)
                    }
                })
                .collect()
        }
    }
}

/// Searches `query` in `list` and checks the screen against the dataset: the row shown as
/// selected holds the query, and the title counts every row that does.
fn check(list: List, data: &Dataset, query: &str, size: (u16, u16)) -> Result<(), String> {
    let mut app = zoomed_on(list, data, size);
    find(&mut app, query);
    let holding = list.holding(data, query);
    let buf = render(&app);
    let said = footer(&buf);
    if holding.is_empty() {
        return match said.contains(&format!("matches \"{query}\"")) {
            true => Ok(()),
            false => Err(format!(
                "{query:?} holds nowhere, and the footer says {said:?}"
            )),
        };
    }
    let Some((k, n)) = title_count(&buf, list) else {
        return Err(format!("no count in the title:\n{}", text(&buf)));
    };
    if n != holding.len() || k == 0 || k > n {
        return Err(format!(
            "{query:?}: the title says match {k}/{n}, {} rows hold it: {:?}",
            holding.len(),
            the_pane(&buf, list).title(&buf)
        ));
    }
    // The footer says it, the query perhaps cut at the screen's edge.
    let start: String = query.chars().take(40).collect();
    if !said.contains(&format!("match {k} of {n} for \"{start}")) {
        return Err(format!("{query:?}: the footer says {said:?}"));
    }
    let shown = on_screen(&mut app, list, data);
    if !shown.iter().any(|r| holding.contains(r)) {
        let names: Vec<String> = shown.iter().map(|&r| list.name(data, r)).collect();
        return Err(format!(
            "{query:?}: the screen shows {names:?}, none of which holds it:\n{}",
            text(&render(&app))
        ));
    }
    Ok(())
}

#[test]
fn every_row_of_every_bundled_list_is_found_by_its_name() {
    for bundled in &BUNDLED {
        let data = Dataset::load(Origin::Bundled(bundled)).unwrap();
        for list in [List::Exercises, List::Meetings, List::Arms] {
            for row in 0..list.rows(&data) {
                let query = distinctive(list, &data, row);
                check(list, &data, &query, (120, 40))
                    .unwrap_or_else(|e| panic!("{} {list:?} row {row}: {e}", bundled.name));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any piece of a row's name, in any case, at either size: the row shown holds it and
    /// the title counts the rows that do.
    #[test]
    fn any_piece_of_a_name_in_any_case_is_found(
        which in 0..BUNDLED.len(),
        list in proptest::sample::select(vec![List::Exercises, List::Meetings, List::Arms]),
        row in any::<proptest::sample::Index>(),
        from in any::<proptest::sample::Index>(),
        len in 2usize..8,
        upper in any::<bool>(),
        big in any::<bool>(),
    ) {
        let data = Dataset::load(Origin::Bundled(&BUNDLED[which])).unwrap();
        prop_assume!(list.rows(&data) > 0);
        let name: Vec<char> = list.name(&data, row.index(list.rows(&data))).chars().collect();
        prop_assume!(!name.is_empty());
        let start = from.index(name.len());
        let piece: String = name[start..(start + len).min(name.len())].iter().collect();
        // A query that is only blanks says nothing to search for.
        prop_assume!(!piece.trim().is_empty());
        let query = if upper { piece.to_uppercase() } else { piece.to_lowercase() };
        // Where case changes the length (rare letters), the search and this oracle agree
        // only on ASCII.
        prop_assume!(query.is_ascii());
        let size = if big { (120, 40) } else { (80, 24) };
        let result = check(list, &data, &query, size);
        prop_assert!(result.is_ok(), "{}: {}", BUNDLED[which].name, result.unwrap_err());
    }
}

/// The exercises list of Russia–China, focused, 120x40.
fn exercises() -> (App, Dataset) {
    let data = load("russia-china");
    let mut app = screen::app_of(data.clone(), screen::dark(), 120, 40);
    app.apply(Action::FocusPane(3));
    (app, data)
}

fn selected_exercise(app: &App) -> Option<usize> {
    app.view().exercises.selected()
}

#[test]
fn n_and_shift_n_go_round_the_list_and_say_so() {
    let (mut app, data) = exercises();
    let holding = List::Exercises.holding(&data, "Joint Sea");
    assert!(holding.len() >= 3, "{holding:?}");
    app.apply(Action::Top);
    find(&mut app, "Joint Sea");
    let buf = render(&app);
    assert_eq!(title_count(&buf, List::Exercises), Some((1, holding.len())));
    // The first match from the top, then each in turn.
    for k in 2..=holding.len() {
        app.apply(Action::NextMatch);
        let buf = render(&app);
        assert_eq!(title_count(&buf, List::Exercises), Some((k, holding.len())));
        let said = footer(&buf);
        assert!(
            said.contains(&format!("match {k} of {}", holding.len())),
            "{said}"
        );
        assert!(!said.contains("wrapped"), "{said}");
        let e = &data.exercises[selected_exercise(&app).unwrap()];
        assert!(e.name.contains("Joint Sea") || exercise_text(&data, e).contains("Joint Sea"));
    }
    // Past the last, back to the first, and the footer says it went round.
    app.apply(Action::NextMatch);
    let buf = render(&app);
    assert_eq!(title_count(&buf, List::Exercises), Some((1, holding.len())));
    assert!(
        footer(&buf).contains("(wrapped to the first)"),
        "{}",
        footer(&buf)
    );
    // And back before the first to the last.
    app.apply(Action::PrevMatch);
    let buf = render(&app);
    let n = holding.len();
    assert_eq!(title_count(&buf, List::Exercises), Some((n, n)));
    assert!(
        footer(&buf).contains("(wrapped to the last)"),
        "{}",
        footer(&buf)
    );
    // Off a match, n goes to the next match after the row.
    app.apply(Action::Top);
    let buf = render(&app);
    assert_eq!(title_count(&buf, List::Exercises).map(|(_, n)| n), Some(n));
    app.apply(Action::NextMatch);
    assert_eq!(title_count(&render(&app), List::Exercises), Some((1, n)));
}

#[test]
fn one_match_is_the_only_one() {
    let (mut app, _) = exercises();
    find(&mut app, "Tsentr");
    app.apply(Action::NextMatch);
    let said = footer(&render(&app));
    assert!(
        said.contains("match 1 of 1 for \"Tsentr\" (the only one)"),
        "{said}"
    );
}

#[test]
fn esc_while_typing_puts_the_row_back() {
    let (mut app, _) = exercises();
    app.apply(Action::Top);
    let before = selected_exercise(&app);
    let title = the_pane(&render(&app), List::Exercises).title(&render(&app));
    app.apply(Action::Search);
    type_text(&mut app, "Vostok-20");
    // As typed: the list is on a match already, and the footer counts them.
    assert_ne!(selected_exercise(&app), before);
    let buf = render(&app);
    assert!(
        footer(&buf).contains("/Vostok-20▏  match 1/2"),
        "{}",
        footer(&buf)
    );
    assert_eq!(title_count(&buf, List::Exercises), Some((1, 2)));
    key(&mut app, KeyCode::Esc);
    assert!(app.prompt().is_none());
    assert_eq!(selected_exercise(&app), before);
    let buf = render(&app);
    assert_eq!(the_pane(&buf, List::Exercises).title(&buf), title);
    assert!(
        !text(&buf).contains('•'),
        "no match marked:\n{}",
        text(&buf)
    );
}

#[test]
fn esc_puts_a_charts_year_back_and_keeps_the_search_it_had() {
    let data = load("russia-china");
    let mut app = zoomed_on(List::Meetings, &data, (120, 40));
    let meetings = bilat::tui::panes::meetings::ID;
    let year = app.charts().year(meetings);
    find(&mut app, "Ufa");
    assert_eq!(app.charts().year(meetings), 2015);
    app.apply(Action::Right);
    app.apply(Action::Search);
    type_text(&mut app, "Samarkand");
    assert_eq!(app.charts().year(meetings), 2022);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.charts().year(meetings), 2016);
    let buf = render(&app);
    assert!(
        the_pane(&buf, List::Meetings)
            .title(&buf)
            .contains("/Ufa 1 match"),
        "{}",
        text(&buf)
    );
    // Esc in the pane drops the search, as it drops the timeline's; the year stays.
    app.apply(Action::Back); // out of zoom
    app.apply(Action::Back);
    let buf = render(&app);
    assert!(!the_pane(&buf, List::Meetings).title(&buf).contains("Ufa"));
    assert_eq!(app.charts().year(meetings), 2016);
    assert_ne!(year, 2016);
}

#[test]
fn a_query_that_matches_nothing_says_so_and_leaves_the_row() {
    for list in [List::Exercises, List::Meetings, List::Arms] {
        let data = load("russia-china");
        let mut app = zoomed_on(list, &data, (80, 24));
        let before = render(&app);
        let selected = (selected_exercise(&app), app.charts().clone());
        app.apply(Action::Search);
        type_text(&mut app, "zzyzx");
        let noun = match list {
            List::Exercises => "exercise",
            List::Meetings => "meeting",
            List::Arms => "arms deal",
        };
        let typing = footer(&render(&app));
        assert!(typing.contains(&format!("no {noun} matches")), "{typing}");
        key(&mut app, KeyCode::Enter);
        let buf = render(&app);
        let said = footer(&buf);
        assert!(
            said.contains(&format!("no {noun} matches \"zzyzx\"")),
            "{said}"
        );
        assert_eq!((selected_exercise(&app), app.charts().clone()), selected);
        // The rows and the title are as they were: no match stays marked.
        let rows = |b: &Buffer| the_pane(b, list).inner_rows(b);
        assert_eq!(rows(&buf), rows(&before));
        assert_eq!(
            the_pane(&buf, list).title(&buf),
            the_pane(&before, list).title(&before)
        );
    }
}

#[test]
fn a_match_late_in_a_long_year_is_shown_and_the_list_scrolls_from_it() {
    // 2025's seven meetings run past the zoomed pane at 80x24; its last is shown marked.
    let data = load("russia-china");
    let last = (0..data.meetings.len())
        .rfind(|&i| data.meetings[i].date.year() == 2025)
        .unwrap();
    let query = distinctive(List::Meetings, &data, last);
    assert_eq!(List::Meetings.holding(&data, &query), [last], "{query}");
    let mut app = zoomed_on(List::Meetings, &data, (80, 24));
    app.apply(Action::Left);
    find(&mut app, &query);
    let buf = screen::drawn(&mut app);
    assert_eq!(on_screen(&mut app, List::Meetings, &data), [last]);
    assert!(
        text(&buf).contains("lines "),
        "the list runs past the pane:\n{}",
        text(&buf)
    );
    // k scrolls up from where the match was shown: the line above it comes in, the match
    // one line further down.
    let at = |b: &Buffer| {
        let rows = the_pane(b, List::Meetings).inner_rows(b);
        rows.iter().position(|r| r.starts_with("▶ "))
    };
    let before = at(&buf).unwrap();
    app.apply(Action::Up);
    let buf = screen::drawn(&mut app);
    assert_eq!(
        at(&buf),
        Some(before + 1),
        "k scrolls the list from the match:\n{}",
        text(&buf)
    );
}

#[test]
fn compared_the_search_is_of_the_pair_with_the_keys() {
    let mut app = screen::app_of(load("india-russia"), screen::dark(), 200, 55);
    app.opened(Ok(load("russia-china")), true);
    // Zoomed, both pairs' exercises take the screen, with room for their titles.
    app.apply(Action::FocusPane(3));
    app.apply(Action::Zoom);
    let front = app.view().title().to_string();
    find(&mut app, "Vostok");
    let buf = render(&app);
    let titles: Vec<String> = text(&buf)
        .lines()
        .filter(|l| l.contains("3 Exercises"))
        .map(str::to_string)
        .collect();
    assert!(!titles.is_empty());
    // The pair with the keys counts its matches; the other has no search.
    let with_keys = |t: &&String| t.contains("3 Exercises ") && t.contains(&format!(" {front} "));
    let counted: Vec<&String> = titles.iter().filter(|t| t.contains("/Vostok")).collect();
    assert_eq!(counted.len(), 1, "{titles:?}");
    assert!(with_keys(&counted[0]), "{titles:?}");
    let data = app.data().clone();
    let n = List::Exercises.holding(&data, "Vostok").len();
    assert!(counted[0].contains(&format!("/{n}")) || counted[0].contains(&format!("{n} match")));
    // V: the other pair takes the keys, and `/` searches it.
    app.apply(Action::SwapCompared);
    let other = app.view().title().to_string();
    assert_ne!(other, front);
    find(&mut app, "Joint Sea");
    let buf = render(&app);
    let joint: Vec<String> = text(&buf)
        .lines()
        .filter(|l| l.contains("/Joint Sea"))
        .map(str::to_string)
        .collect();
    assert_eq!(joint.len(), 1, "{}", text(&buf));
    assert!(joint[0].contains(&format!(" {other} ")), "{joint:?}");
    // The first pair's search stays, marked in its title.
    let titles = text(&buf);
    assert!(titles.contains("/Vostok"), "{titles}");
}

#[test]
fn slash_in_a_pane_without_a_list_still_searches_the_timeline() {
    let (mut app, _) = exercises();
    app.apply(Action::FocusPane(1));
    screen::search(&mut app, "Friendship");
    assert_eq!(app.focus(), bilat::tui::panes::timeline::ID);
    let said = footer(&render(&app));
    assert!(said.contains("for \"Friendship\""), "{said}");
    // n from another pane goes on with the timeline's search, there.
    app.apply(Action::FocusPane(1));
    app.apply(Action::NextMatch);
    assert_eq!(app.focus(), bilat::tui::panes::timeline::ID);
    // The timeline's search is its own: the exercises have none.
    app.apply(Action::FocusPane(3));
    app.apply(Action::NextMatch);
    assert!(footer(&render(&app)).contains("no search in this list yet"));
}

#[test]
fn matches_are_marked_and_their_words_lit_as_the_timelines() {
    let (mut app, data) = exercises();
    app.apply(Action::Zoom);
    app.apply(Action::Top);
    find(&mut app, "patrol");
    let buf = render(&app);
    let p = the_pane(&buf, List::Exercises);
    let holding = List::Exercises.holding(&data, "patrol");
    let v = app.view();
    let (offset, rows) = (v.exercises.cursor.offset, &v.exercises.rows);
    // Each row drawn: `•` on the rows that match (the selection keeps its own look).
    for (y, &row) in (p.top + 2..p.bottom).zip(&rows[offset..]) {
        let line = crate::panes_read::row_text(&buf, y, p.left + 1, p.right - 1);
        let year = data.exercises[row].start.year().to_string();
        if !line.chars().skip(1).collect::<String>().starts_with(&year) {
            break;
        }
        let marked = line.starts_with('•');
        assert_eq!(marked, holding.contains(&row), "{line}");
        // The words found are lit: reversed, in the search's colour.
        let lit: String = (p.left + 1..p.right)
            .filter(|&x| {
                buf[(x, y)]
                    .modifier
                    .contains(ratatui::style::Modifier::REVERSED)
            })
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if data.exercises[row].name.to_lowercase().contains("patrol") {
            assert!(lit.to_lowercase().contains("patrol"), "{line}: {lit:?}");
        }
    }
}

#[test]
fn the_help_names_the_lists_slash_searches() {
    let (mut app, _) = exercises();
    app.apply(Action::Help);
    let all: Vec<String> = bilat::tui::app::help_text::lines_at(&app, 1000)
        .iter()
        .map(|l| l.text())
        .collect();
    let heading = all
        .iter()
        .find(|l| l.starts_with("Searching the lists"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    for pane in ["Meetings", "Exercises", "Timeline", "Arms"] {
        assert!(heading.contains(pane), "{heading}");
    }
    assert!(
        heading.contains("from any other pane, the Timeline"),
        "{heading}"
    );
}
