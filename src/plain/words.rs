//! What the plain mode says: the item each pane has selected, as full sentences with units
//! and marks in words, and its note and source on request. Pure functions of the session.

use crate::data::{Dataset, Exercise, Figure, Flow, MONTHS, TradePoint, flow_words, month_name};
use crate::text::fit::thousands;
use crate::tui::app::{App, DatasetView};
use crate::tui::panes::registry::Moves;

use super::phrases::{date, marked, note, source};

/// `up 27.1 percent` or `down 2.69 percent`, at the change's printed decimals.
fn change(pct: Figure) -> String {
    let number = pct.number();
    match number.strip_prefix('-') {
        Some(fall) => format!("down {fall} percent"),
        None => format!("up {number} percent"),
    }
}

/// The unit of trade figures spelled out: `billion US dollars` for the usual one.
fn trade_unit(data: &Dataset) -> String {
    let unit = &data.manifest.units.trade;
    if unit.starts_with("USD billions") {
        "billion US dollars".to_string()
    } else {
        unit.clone()
    }
}

/// One series' figure under the cursor year, in words.
fn trade_figure(data: &Dataset, index: usize, p: &TradePoint, first: bool) -> String {
    let series = &data.manifest.trade_series[index];
    let period = match p.period.months() {
        Some((from, to)) => {
            let full = |m: &'static str| -> &'static str {
                MONTHS
                    .iter()
                    .position(|x| *x == m)
                    .map_or(m, |i| month_name(i as u8 + 1))
            };
            format!(
                ", fiscal year {}, {} to {}",
                p.period.short_label().trim_start_matches("FY"),
                full(from),
                full(to)
            )
        }
        None => String::new(),
    };
    let unit = if first {
        trade_unit(data)
    } else {
        "billion".to_string()
    };
    // Each figure at its printed decimals; a lower bound is "more than".
    let value = match p.value_usd_bn {
        Some(v) => format!("{} {unit}", v.words()),
        None => "no figure".to_string(),
    };
    // Each flow by its direction: the series' country's (the first country's for a
    // third-party series).
    let codes = data.manifest.flow_codes(index);
    let [exports, imports] = [Flow::Exports, Flow::Imports].map(|f| flow_words(codes, f));
    let own = codes[0];
    let value = match (p.exports_usd_bn, p.imports_usd_bn) {
        (Some(x), Some(m)) => match p.balance_usd_bn() {
            Some(b) => format!(
                "{value}; {exports} {}, {imports} {}, a balance of {} ({own} exports less \
                 imports)",
                x.words(),
                m.words(),
                b.words()
            ),
            None => format!("{value}; {exports} {}, {imports} {}", x.words(), m.words()),
        },
        (Some(x), None) => format!("{value}; {exports} {}", x.words()),
        (None, Some(m)) => format!("{value}; {imports} {}", m.words()),
        (None, None) => value,
    };
    let change = match p.yoy {
        Some(y) => {
            let how = if y.reported {
                ""
            } else {
                ", computed by bilat"
            };
            format!(", {} on the year before{how}", change(y.pct))
        }
        None => String::new(),
    };
    let row = p.row.map(|r| &data.trade[r]);
    let quality = row.map_or(String::new(), |r| marked(r.quality));
    format!("{}{period}: {value}{change}.{quality}", series.name)
}

/// `Trade, 2018. China customs: 107.1 billion US dollars, up 27.1 percent on the year before.`
pub fn trade(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.trade_cursor;
    let main = data.derived.main_series;
    let mut at: Vec<(usize, &TradePoint)> = data.derived.trade_at(year).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let mut out = format!("Trade, {year}.");
    if at.is_empty() {
        out.push_str(" No figure for this year.");
    }
    for (n, (i, p)) in at.iter().enumerate() {
        out.push(' ');
        out.push_str(&trade_figure(data, *i, p, n == 0));
    }
    out
}

/// The note and source of every trade row under the cursor year.
pub fn trade_details(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let main = data.derived.main_series;
    let mut at: Vec<_> = data.derived.trade_at(app.charts.trade_cursor).collect();
    at.sort_by_key(|(i, _)| *i != main);
    let rows: Vec<String> = at
        .into_iter()
        .filter_map(|(i, p)| {
            let row = &data.trade[p.row?];
            let series = &data.manifest.trade_series[i];
            let by = if row.reported_by.is_empty() {
                String::new()
            } else {
                format!(" Reported by {}.", row.reported_by)
            };
            Some(format!(
                "{}.{by}{}{}",
                series.name,
                note(&row.note),
                source(&row.citation, data)
            ))
        })
        .collect();
    if rows.is_empty() {
        "No trade rows for this year.".to_string()
    } else {
        rows.join(" ")
    }
}

/// `Meetings, 2018: 6 in all, 4 in person, 2 by phone, none by video.`
pub fn meetings(app: &App, view: &DatasetView) -> String {
    let year = app.charts.meetings_cursor;
    let Some(m) = view.data.derived.meetings.iter().find(|m| m.year == year) else {
        return format!("Meetings, {year}: none recorded.");
    };
    let count = |n: u32| {
        if n == 0 {
            "none".to_string()
        } else {
            n.to_string()
        }
    };
    let mut text = format!(
        "Meetings, {year}: {} in all, {} in person, {} by phone, {} by video.",
        count(m.total()),
        count(m.in_person),
        count(m.phone),
        count(m.video)
    );
    if m.unconfirmed > 0 {
        text.push_str(&format!(
            " {} more announced but not confirmed to have happened, not counted.",
            m.unconfirmed
        ));
    }
    text
}

/// The meetings of the cursor year, one sentence each, with their sources.
pub fn meetings_details(app: &App, view: &DatasetView) -> String {
    let data = &view.data;
    let year = app.charts.meetings_cursor;
    let list: Vec<String> = data
        .meetings
        .iter()
        .filter(|m| m.date.year() == year)
        .map(|m| {
            let place = if m.place.is_empty() {
                String::new()
            } else {
                format!(" in {}", m.place)
            };
            let leaders = if m.leaders.is_empty() {
                String::new()
            } else {
                format!(" Leaders: {}.", m.leaders_text())
            };
            format!(
                "{}{place}: {}.{leaders}{}{}{}",
                date(m.date),
                m.occasion,
                marked(m.quality),
                note(&m.note),
                source(&m.citation, data)
            )
        })
        .collect();
    if list.is_empty() {
        format!("No meetings recorded in {year}.")
    } else {
        list.join(" ")
    }
}

fn people(n: u32) -> String {
    format!("{} people", thousands(u64::from(n)))
}

/// `Exercise 1 of 45: Vostok-2018, 11 September 2018, ... 300,000 people, a claimed figure.`
pub fn exercise(view: &DatasetView) -> String {
    let state = &view.exercises;
    let Some(i) = state.selected() else {
        return "No exercises to show.".to_string();
    };
    let e: &Exercise = &view.data.exercises[i];
    let [a, b] = view.data.manifest.countries.each_ref();
    let when = match e.end {
        Some(end) if end != e.start => format!("from {} to {}", date(e.start), date(end)),
        _ => date(e.start),
    };
    let mut out = format!(
        "Exercise {} of {}: {}, {when}.",
        state.cursor.selected + 1,
        state.rows.len(),
        e.name
    );
    if !e.location.is_empty() {
        out.push_str(&format!(" At {}.", e.location));
    }
    if !e.host.is_empty() {
        out.push_str(&format!(" Host: {}.", e.host));
    }
    out.push_str(&format!(" Domain: {}.", e.domain.replace('/', ", ")));
    let basis = e
        .size_basis
        .as_deref()
        .map_or(String::new(), |b| format!(", a {b} figure"));
    match e.total_personnel {
        Some(total) => out.push_str(&format!(" {} in all{basis}.", people(total))),
        None => out.push_str(" No published total."),
    }
    for (country, n) in [(a, e.personnel[0]), (b, e.personnel[1])] {
        if let Some(n) = n {
            out.push_str(&format!(" {}: {}.", country.name, people(n)));
        }
    }
    out.push_str(&marked(e.quality));
    out
}

pub fn exercise_details(view: &DatasetView) -> String {
    let Some(i) = view.exercises.selected() else {
        return "No exercise selected.".to_string();
    };
    let e = &view.data.exercises[i];
    let other = match e.alt_total_personnel {
        Some(alt) => format!(
            " Another source gives {}: {}.",
            people(alt),
            e.alt_source_text
        ),
        None => String::new(),
    };
    format!(
        "{}.{other}{}{}",
        e.name,
        note(&e.note),
        source(&e.citation, &view.data)
    )
}

/// `Event 1 of 88, newest first: 9 December 2025, military. Tenth joint air patrol.`
pub fn event(view: &DatasetView) -> String {
    let state = &view.timeline;
    let Some(i) = state.selected() else {
        return "No events to show.".to_string();
    };
    let e = view.data.events.get(i);
    let order = if state.newest_first {
        "newest first"
    } else {
        "oldest first"
    };
    format!(
        "Event {} of {}, {order}: {}, {}. {}.{}",
        state.cursor.selected + 1,
        state.rows.len(),
        date(e.date()),
        view.data.category_name(e),
        e.title().trim_end_matches('.'),
        marked(e.quality())
    )
}

pub fn event_details(view: &DatasetView) -> String {
    let Some(i) = view.timeline.selected() else {
        return "No event selected.".to_string();
    };
    let e = view.data.events.get(i);
    format!(
        "{}{}{}",
        e.description(),
        note(&e.note()),
        source(&e.citation(), &view.data)
    )
}

/// What the focused pane has selected, for each dataset shown.
pub fn selected(app: &App) -> String {
    let shown: Vec<&DatasetView> = app.shown_views().iter().map(|&i| &app.views[i]).collect();
    let compared = shown.len() > 1;
    let parts: Vec<String> = shown
        .iter()
        .map(|view| {
            let text = match app.registry.moves(app.focus) {
                Moves::TradeYears => trade(app, view),
                Moves::MeetingYears => meetings(app, view),
                Moves::ArmsYears => super::arms_words::arms(app, view),
                Moves::Exercises => exercise(view),
                Moves::Events => event(view),
                Moves::CooperationMonths => super::cooperation::month(app, view),
                Moves::Nothing => String::new(),
            };
            if compared {
                format!("{}: {text}", view.title())
            } else {
                text
            }
        })
        .collect();
    parts.join(" ")
}

/// The note and source of what the focused pane has selected, in the dataset in front.
pub fn details(app: &App) -> String {
    let view = app.view();
    match app.registry.moves(app.focus) {
        Moves::TradeYears => trade_details(app, view),
        Moves::MeetingYears => meetings_details(app, view),
        Moves::ArmsYears => super::arms_words::arms_details(app, view),
        Moves::Exercises => exercise_details(view),
        Moves::Events => event_details(view),
        Moves::CooperationMonths => super::cooperation::source(app, view),
        Moves::Nothing => String::new(),
    }
}

/// The whole record of what the focused pane has selected: every field, note and source.
pub fn record(app: &App) -> String {
    match app.selected_subject() {
        Some(subject) => {
            let dash = app.theme.symbols.range_dash;
            crate::report::record::Record::of(app.data(), subject, dash).plain_text()
        }
        None => "Nothing is selected here.".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_said_at_its_printed_decimals() {
        let pct = |text| Figure::parse(text).unwrap();
        // It said "up 28.0 percent" and "down 2.7 percent".
        assert_eq!(change(pct("28")), "up 28 percent");
        assert_eq!(change(pct("-2.69")), "down 2.69 percent");
        assert_eq!(change(Figure::exact(-14.0625, 1)), "down 14.1 percent");
    }
}
