//! The HTML page's tables of meetings, exercises and the timeline, each row with its marks,
//! notes and source, written as [`super::html::page`] lays them out.

use std::fmt::Write;

use super::briefing::{Briefing, EventRow, ExerciseRow, absent_sentence, meetings_caption};
use super::html::{escape, mark, note, table_close, table_open};
use crate::data::TableId;

/// Every meeting, a row each, so a reader can cite one rather than count bars.
pub(super) fn meetings_table(out: &mut String, b: &Briefing) {
    let meetings = &b.meetings;
    out.push_str("<section id=\"meetings\">\n<h2>Leader meetings</h2>\n");
    if !b.has(TableId::Meetings) {
        let _ = writeln!(
            out,
            "<p>{}</p>\n</section>",
            absent_sentence(TableId::Meetings)
        );
        return;
    }
    if meetings.is_empty() {
        out.push_str("<p>No meetings in this dataset.</p>\n</section>\n");
        return;
    }
    let headers = [
        ("Date", 10),
        ("Kind", 8),
        ("Place", 13),
        ("Occasion", 22),
        ("Bilateral", 8),
        ("Mark", 9),
        ("Note", 15),
        ("Source", 15),
    ]
    .map(|(h, w)| (h.to_string(), w));
    table_open(out, meetings.len(), &meetings_caption(meetings), &headers);
    for m in meetings {
        let _ = writeln!(
            out,
            "<tr><td class=\"date\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td><td class=\"cite\">{}</td></tr>",
            escape(&m.date),
            escape(m.kind),
            escape(&m.place),
            escape(&m.occasion),
            escape(m.bilateral),
            mark(m.quality).trim_start(),
            escape(&m.note),
            escape(&m.source),
        );
    }
    table_close(out);
    out.push_str("</section>\n");
}

pub(super) fn exercises_table(out: &mut String, b: &Briefing) {
    out.push_str("<section id=\"exercises\">\n<h2>Joint military exercises</h2>\n");
    if !b.has(TableId::Exercises) {
        let _ = writeln!(
            out,
            "<p>{}</p>\n</section>",
            absent_sentence(TableId::Exercises)
        );
        return;
    }
    if b.exercises.is_empty() {
        out.push_str("<p>No exercises in this dataset.</p>\n</section>\n");
        return;
    }
    let [first, second] = &b.country_names;
    let headers = [
        ("Dates", 10),
        ("Exercise", 15),
        ("Domain", 11),
        ("Total", 7),
        (first, 8),
        (second, 8),
        ("Size", 8),
        ("Quality and notes", 17),
        ("Source", 16),
    ]
    .map(|(h, w)| (h.to_string(), w));
    let caption = "People taking part; a blank is a figure nobody published. \
                   Sizes are claimed (an official figure) or estimated (an outside estimate).";
    table_open(out, b.exercises.len(), caption, &headers);
    for e in &b.exercises {
        exercise_row(out, e);
    }
    table_close(out);
    out.push_str("</section>\n");
}

fn exercise_row(out: &mut String, e: &ExerciseRow) {
    let notes: String = e.notes.iter().map(|n| note(n)).collect();
    // `to 08-25` rather than `to 2005-08-25` in the same year: the column stays narrow.
    let year = e.start.get(..5).unwrap_or_default();
    let end = match e.end.as_str() {
        "" => String::new(),
        end => {
            let end = end
                .strip_prefix(year)
                .filter(|_| year.ends_with('-'))
                .unwrap_or(end);
            format!("<span class=\"note\">to {}</span>", escape(end))
        }
    };
    // A break after each `/` lets `land/naval/air/amphibious` wrap in a narrow column.
    let domain = escape(&e.domain).replace('/', "/<wbr>");
    let _ = writeln!(
        out,
        "<tr><td class=\"date\">{}{end}</td><td><strong>{}</strong>{}</td><td>{domain}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td>{}</td><td>{}{notes}</td><td class=\"cite\">{}</td></tr>",
        escape(&e.start),
        escape(&e.name),
        note(&e.place),
        escape(&e.total),
        escape(&e.sides[0]),
        escape(&e.sides[1]),
        escape(&e.basis),
        mark(e.quality).trim_start(),
        escape(&e.source),
    );
}

pub(super) fn timeline_table(out: &mut String, events: &[EventRow]) {
    out.push_str("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    if events.is_empty() {
        out.push_str("<p>No events in this dataset.</p>\n</section>\n");
        return;
    }
    let headers = [
        ("Date", 10),
        ("Category", 10),
        ("Title", 20),
        ("Description", 40),
        ("Source", 20),
    ]
    .map(|(h, w)| (h.to_string(), w));
    let caption = format!("{} events, oldest first.", events.len());
    table_open(out, events.len(), &caption, &headers);
    for e in events {
        let _ = writeln!(
            out,
            "<tr><td class=\"date\">{}</td><td>{}</td><td><strong>{}</strong>{}</td>\
             <td>{}{}</td><td class=\"cite\">{}</td></tr>",
            escape(&e.date),
            escape(&e.category),
            escape(&e.title),
            mark(e.quality),
            escape(&e.description),
            note(&e.note),
            escape(&e.source),
        );
    }
    table_close(out);
    out.push_str("</section>\n");
}
