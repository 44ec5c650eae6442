//! The briefing's content as plain text, before any markup: what the HTML page and the
//! Markdown file both show, so the two cannot drift apart. Escaping is each format's job.

use crate::data::{Dataset, MeetingKind, Quality, TABLES, TableId};
use crate::report::brief::{Brief, BriefOptions, no_table};
use crate::text::fit::thousands;

/// The key figure a comparison puts its common-years count beside.
pub const LEADER_MEETINGS: &str = "Leader meetings";

/// The label of each indicator's latest value: a comparison gives each indicator a row of
/// its own in their place.
pub const INDICATOR: &str = "Indicator";

/// The label of another series' figure newer than the latest of the headline series.
pub const NEWER_FIGURE: &str = "Newer figure";

/// One key figure: a label, the figure in words, and where it comes from.
pub struct Figure {
    pub label: &'static str,
    /// The table the figure is drawn from: where a dataset has no file for it, a
    /// comparison says so in this figure's place.
    pub table: TableId,
    pub text: String,
    pub source: Option<String>,
}

/// One exercise. Empty strings are figures nobody published.
pub struct ExerciseRow {
    pub start: String,
    /// Empty when unknown or the same as the start.
    pub end: String,
    pub name: String,
    /// Location and host, as far as known.
    pub place: String,
    pub domain: String,
    pub total: String,
    /// Each manifest country's personnel, in manifest order.
    pub sides: [String; 2],
    /// `claimed`, `estimated` or empty.
    pub basis: String,
    /// Empty when the sources agree.
    pub quality: &'static str,
    /// The row's note and any other total another source gives.
    pub notes: Vec<String>,
    pub source: String,
}

/// One leader meeting. Empty strings are what the dataset does not record.
pub struct MeetingRow {
    pub date: String,
    /// `in person`, `phone` or `video`.
    pub kind: &'static str,
    pub place: String,
    pub occasion: String,
    /// `yes` when the leaders held their own talks, `no` when not, empty when unknown.
    pub bilateral: &'static str,
    /// Empty when the sources agree.
    pub quality: &'static str,
    pub note: String,
    pub source: String,
}

pub struct EventRow {
    pub date: String,
    pub category: String,
    pub title: String,
    pub description: String,
    pub quality: &'static str,
    pub note: String,
    pub source: String,
}

pub struct SourceRow {
    pub id: String,
    /// `Publisher, "Title" (year)`.
    pub citation: String,
    pub url: Option<String>,
}

pub struct Briefing {
    /// `Russia–China: bilateral brief`.
    pub heading: String,
    pub chart_titles: [String; 2],
    /// `Russia (RUS) and China (CHN)`.
    pub countries: String,
    pub country_names: [String; 2],
    pub as_of: String,
    pub description: String,
    pub figures: Vec<Figure>,
    /// The tables the dataset has: one left out has no file in the folder, which each
    /// format says rather than showing it as a table with no rows.
    pub tables: Vec<TableId>,
    /// Every meeting recorded, oldest first, announced ones included with their mark.
    pub meetings: Vec<MeetingRow>,
    pub exercises: Vec<ExerciseRow>,
    pub events: Vec<EventRow>,
    pub sources: Vec<SourceRow>,
}

fn basis_word(basis: &Option<String>) -> String {
    basis.clone().unwrap_or_default()
}

fn count(n: Option<u32>) -> String {
    n.map(|n| thousands(u64::from(n))).unwrap_or_default()
}

/// `first–last`, or one year when they agree; empty without items.
fn span(years: impl Iterator<Item = i32> + Clone) -> String {
    match (years.clone().min(), years.max()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => String::new(),
    }
}

impl Briefing {
    pub fn new(data: &Dataset) -> Briefing {
        let manifest = &data.manifest;
        let brief = Brief::new(
            data,
            BriefOptions {
                since: None,
                events: 0,
            },
        );
        let [a, b] = &manifest.countries;
        Briefing {
            heading: format!("{}: bilateral brief", manifest.title),
            chart_titles: [
                format!("{}: goods trade", manifest.title),
                format!("{}: leader meetings", manifest.title),
            ],
            countries: format!("{} ({}) and {} ({})", a.name, a.code, b.name, b.code),
            country_names: [a.name.clone(), b.name.clone()],
            as_of: manifest.as_of.clone(),
            description: manifest.description.clone(),
            figures: figures(data, &brief),
            tables: TABLES
                .iter()
                .map(|t| t.id)
                .filter(|&t| data.has(t))
                .collect(),
            meetings: meetings(data),
            exercises: exercises(data),
            events: data
                .events
                .iter()
                .map(|e| EventRow {
                    date: e.date().to_string(),
                    category: data.category_name(e).to_string(),
                    title: e.title().to_string(),
                    description: e.description().to_string(),
                    quality: e.quality().label(),
                    note: e.note().to_string(),
                    source: e.citation().render(manifest),
                })
                .collect(),
            sources: manifest
                .sources
                .iter()
                .map(|s| SourceRow {
                    id: s.id.clone(),
                    citation: s.cite(),
                    url: s.url.clone(),
                })
                .collect(),
        }
    }

    pub fn has(&self, table: TableId) -> bool {
        self.tables.contains(&table)
    }
}

/// `This dataset has no meetings table.`: where a section's table would stand.
pub fn absent_sentence(table: TableId) -> String {
    format!("This dataset has no {} table.", table.spec().name)
}

/// The headline figures, in the brief's words: the same numbers `bilat brief` prints.
fn figures(data: &Dataset, brief: &Brief) -> Vec<Figure> {
    let mut out = Vec::new();
    let trade = &brief.trade;
    out.push(match &trade.latest {
        None => Figure {
            label: "Trade",
            table: TableId::Trade,
            text: "no figure".to_string(),
            source: None,
        },
        Some(latest) => Figure {
            label: "Trade",
            table: TableId::Trade,
            text: brief.trade_headline(),
            source: Some(latest.source.clone()),
        },
    });
    // As the brief does: a latest figure older than another series' is never left alone.
    if let Some(line) = brief.newer_line() {
        out.push(Figure {
            label: NEWER_FIGURE,
            table: TableId::Trade,
            text: line,
            source: None,
        });
    }
    out.push(Figure {
        label: LEADER_MEETINGS,
        table: TableId::Meetings,
        text: match &brief.meetings {
            None => no_table(TableId::Meetings),
            Some(m) => match (m.latest_year, m.first_year) {
            (Some(latest), Some(first)) => format!(
                "{} in {latest} ({} in person, {} by phone or video); {} since {first}, {} of them in person",
                m.latest_year_in_person + m.latest_year_remote,
                m.latest_year_in_person,
                m.latest_year_remote,
                m.total,
                m.total_in_person,
            ),
            _ => "none recorded".to_string(),
        }},
        source: None,
    });
    out.push(Figure {
        label: "Joint exercises",
        table: TableId::Exercises,
        text: match data.exercises.len() {
            _ if !data.has(TableId::Exercises) => no_table(TableId::Exercises),
            0 => "none recorded".to_string(),
            n => format!(
                "{n} from {}",
                span(data.exercises.iter().map(|e| e.start.year()))
            ),
        },
        source: None,
    });
    if let Some(e) = &brief.largest_exercise {
        let mut marks = vec![basis_word(&e.size_basis)];
        marks.push(e.quality.label().to_string());
        marks.retain(|m| !m.is_empty());
        let marks = if marks.is_empty() {
            String::new()
        } else {
            format!(" ({})", marks.join(", "))
        };
        out.push(Figure {
            label: "Largest exercise",
            table: TableId::Exercises,
            text: format!(
                "{}, {}: {}{marks}",
                e.name,
                e.start_date,
                brief.exercise_size(e)
            ),
            source: Some(e.source.clone()),
        });
    }
    if let Some(arms) = &brief.arms {
        let source = arms.latest_deliveries.iter().map(|d| d.source.as_str());
        let source: Vec<&str> = source.filter(|s| !s.is_empty()).collect();
        out.push(Figure {
            label: "Arms transfers",
            table: TableId::Arms,
            text: arms.line(),
            source: (!source.is_empty()).then(|| source.join("; ")),
        });
    }
    for indicator in brief.indicators.iter().flatten() {
        out.push(Figure {
            label: INDICATOR,
            table: TableId::Indicators,
            text: indicator.line(false),
            source: (!indicator.source.is_empty()).then(|| indicator.source.clone()),
        });
    }
    out.push(Figure {
        label: "Timeline",
        table: TableId::Events,
        text: match data.events.len() {
            0 => "no events".to_string(),
            n => format!(
                "{n} events from {}",
                span(
                    // Events are in date order: the first and last give the span.
                    [data.events.first(), data.events.last()]
                        .into_iter()
                        .flatten()
                        .map(|e| e.date().year())
                )
            ),
        },
        source: None,
    });
    out
}

/// What the meetings table holds and how to read its marks, above it in both formats. The
/// count follows the rule of every other count (`Meeting::is_counted`).
pub fn meetings_caption(meetings: &[MeetingRow]) -> String {
    let unconfirmed = meetings
        .iter()
        .filter(|m| m.quality == Quality::Unconfirmed.label())
        .count();
    let counted = meetings.len() - unconfirmed;
    let count = match unconfirmed {
        0 => format!("{counted} leader meetings"),
        n => format!(
            "{counted} leader meetings, and {n} announced but not confirmed to have happened \
             (listed, not counted)"
        ),
    };
    format!(
        "{count}, oldest first. Bilateral: whether the leaders held their own \
         talks (blank where not known); a mark where the sources are not firm (unconfirmed: \
         announced, not confirmed to have happened)."
    )
}

fn meetings(data: &Dataset) -> Vec<MeetingRow> {
    data.meetings
        .iter()
        .map(|m| MeetingRow {
            date: m.date.to_string(),
            kind: match m.kind {
                MeetingKind::InPerson => "in person",
                MeetingKind::Phone => "phone",
                MeetingKind::Video => "video",
            },
            place: m.place.clone(),
            // Who met, where the dataset says, after the occasion.
            occasion: if m.leaders.is_empty() {
                m.occasion.clone()
            } else {
                format!("{} (leaders: {})", m.occasion, m.leaders_text())
            },
            bilateral: match m.bilateral {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            },
            quality: m.quality.label(),
            note: m.note.clone(),
            source: m.citation.render(&data.manifest),
        })
        .collect()
}

fn exercises(data: &Dataset) -> Vec<ExerciseRow> {
    data.exercises
        .iter()
        .map(|e| {
            let end = e.end.filter(|&end| end != e.start);
            let place = match (e.location.as_str(), e.host.as_str()) {
                ("", "") => String::new(),
                (location, "") => location.to_string(),
                ("", host) => format!("host: {host}"),
                (location, host) => format!("{location} (host: {host})"),
            };
            let mut notes = Vec::new();
            if !e.note.is_empty() {
                notes.push(e.note.clone());
            }
            if let Some(alt) = e.alt_total_personnel {
                notes.push(format!(
                    "Other total: {} ({})",
                    thousands(u64::from(alt)),
                    e.alt_source_text
                ));
            }
            ExerciseRow {
                start: e.start.to_string(),
                end: end.map(|d| d.to_string()).unwrap_or_default(),
                name: e.name.clone(),
                place,
                domain: e.domain.clone(),
                total: count(e.total_personnel),
                sides: [count(e.personnel[0]), count(e.personnel[1])],
                basis: basis_word(&e.size_basis),
                quality: e.quality.label(),
                notes,
                source: e.citation.render(&data.manifest),
            }
        })
        .collect()
}
