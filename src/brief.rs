//! The one-screen briefing: a model built from the dataset, shown as text, Markdown or JSON.

use serde::Serialize;

use crate::data::{Dataset, Quality, SizeBasis};
use crate::fit::{self, percent, thousands};
use crate::symbols::Symbols;

/// The version of the JSON shape; raised only when a field changes meaning or goes away.
pub const JSON_SCHEMA: u32 = 1;

/// The text and Markdown forms fit this many columns.
pub const WIDTH: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BriefOptions {
    /// Leave out everything before this year.
    pub since: Option<i32>,
    /// How many of the latest events to list.
    pub events: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub schema: u32,
    pub title: String,
    pub as_of: String,
    pub countries: Vec<CountryRef>,
    pub since: Option<i32>,
    pub trade: TradeSummary,
    pub meetings: MeetingSummary,
    pub largest_exercise: Option<ExerciseSummary>,
    pub latest_events: Vec<EventSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryRef {
    pub name: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeSummary {
    pub unit: String,
    /// Whose customs figures the latest value and the series use.
    pub reporter: CountryRef,
    pub latest: Option<TradeLatest>,
    /// Every year in range; `value_usd_bn` is null for a gap.
    pub series: Vec<YearValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeLatest {
    pub year: i32,
    pub value_usd_bn: f64,
    pub yoy_pct: Option<f64>,
    /// `reported` by the source, or `computed` from the previous year; null without a change.
    pub yoy_basis: Option<&'static str>,
    pub quality: Quality,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct YearValue {
    pub year: i32,
    pub value_usd_bn: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub latest_year: Option<i32>,
    pub latest_year_in_person: u32,
    pub latest_year_remote: u32,
    pub first_year: Option<i32>,
    pub total: u32,
    pub total_in_person: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseSummary {
    pub name: String,
    pub start_date: String,
    pub total_personnel: u32,
    pub size_basis: Option<SizeBasis>,
    pub quality: Quality,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventSummary {
    pub date: String,
    pub category: String,
    pub title: String,
    pub source: String,
}

impl Brief {
    pub fn new(data: &Dataset, options: BriefOptions) -> Brief {
        let since = options.since.unwrap_or(i32::MIN);
        let manifest = &data.manifest;
        let country = |i: usize| CountryRef {
            name: manifest.countries[i].name.clone(),
            code: manifest.countries[i].code.clone(),
        };
        // The main reporter, unless only the other side has figures in the years asked for.
        let has_figures = |r: usize| {
            data.derived.trade[r]
                .iter()
                .any(|p| p.year >= since && p.value_usd_bn.is_some())
        };
        let main = data.derived.main_reporter;
        let reporter = if !has_figures(main) && has_figures(1 - main) {
            1 - main
        } else {
            main
        };
        let points: Vec<_> = data.derived.trade[reporter]
            .iter()
            .filter(|p| p.year >= since)
            .collect();
        let latest = points
            .iter()
            .rev()
            .find(|p| p.value_usd_bn.is_some())
            .map(|p| {
                let row = p.row.map(|i| &data.trade[i]);
                TradeLatest {
                    year: p.year,
                    value_usd_bn: p.value_usd_bn.unwrap_or_default(),
                    yoy_pct: p.yoy.map(|y| y.pct),
                    yoy_basis: p
                        .yoy
                        .map(|y| if y.reported { "reported" } else { "computed" }),
                    quality: row.map(|r| r.quality).unwrap_or_default(),
                    source: row.map(|r| r.citation.render(manifest)).unwrap_or_default(),
                }
            });

        let years: Vec<_> = data
            .derived
            .meetings
            .iter()
            .filter(|m| m.year >= since && m.total() > 0)
            .collect();
        let meetings = MeetingSummary {
            latest_year: years.last().map(|m| m.year),
            latest_year_in_person: years.last().map_or(0, |m| m.in_person),
            latest_year_remote: years.last().map_or(0, |m| m.remote()),
            first_year: years.first().map(|m| m.year),
            total: years.iter().map(|m| m.total()).sum(),
            total_in_person: years.iter().map(|m| m.in_person).sum(),
        };

        let largest_exercise = data
            .exercises
            .iter()
            .filter(|e| e.start.year() >= since)
            .filter_map(|e| e.total_personnel.map(|t| (t, e)))
            .max_by_key(|(t, e)| (*t, std::cmp::Reverse(e.start)))
            .map(|(total, e)| ExerciseSummary {
                name: e.name.clone(),
                start_date: e.start.to_string(),
                total_personnel: total,
                size_basis: e.size_basis,
                quality: e.quality,
                source: e.citation.render(manifest),
            });

        let latest_events = data
            .events
            .iter()
            .rev()
            .filter(|e| e.date.year() >= since)
            .take(options.events)
            .map(|e| EventSummary {
                date: e.date.to_string(),
                category: data.category_name(e).to_string(),
                title: e.title.clone(),
                source: e.citation.render(manifest),
            })
            .collect();

        Brief {
            schema: JSON_SCHEMA,
            title: manifest.title.clone(),
            as_of: manifest.as_of.clone(),
            countries: vec![country(0), country(1)],
            since: options.since,
            trade: TradeSummary {
                unit: manifest.units.trade.clone(),
                reporter: country(reporter),
                latest,
                series: points
                    .iter()
                    .map(|p| YearValue {
                        year: p.year,
                        value_usd_bn: p.value_usd_bn,
                    })
                    .collect(),
            },
            meetings,
            largest_exercise,
            latest_events,
        }
    }

    pub fn render(&self, format: Format, symbols: &Symbols) -> String {
        match format {
            Format::Text => self.render_text(symbols),
            Format::Markdown => self.render_markdown(symbols),
            Format::Json => {
                let mut json = serde_json::to_string_pretty(self)
                    .unwrap_or_else(|err| format!("{{\"error\": \"{err}\"}}"));
                json.push('\n');
                json
            }
        }
    }

    /// The headline lines both text forms share, without markup.
    fn lines(&self, symbols: &Symbols) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let t = &self.trade;
        out.push((
            "Trade",
            match &t.latest {
                None => "no figure".to_string(),
                Some(latest) => {
                    let mut line = format!("USD {:.1} bn in {}", latest.value_usd_bn, latest.year);
                    if let (Some(pct), Some(basis)) = (latest.yoy_pct, latest.yoy_basis) {
                        line.push_str(&format!(
                            ", {} on {} ({basis})",
                            percent(pct),
                            latest.year - 1
                        ));
                    }
                    line.push_str(&format!(", {} customs", t.reporter.code));
                    line
                }
            },
        ));
        if let Some(last) = t.series.last() {
            let values: Vec<Option<f64>> = t.series.iter().map(|p| p.value_usd_bn).collect();
            let spark = symbols.sparkline(&values);
            let spark = spark
                .chars()
                .skip(spark.chars().count().saturating_sub(44))
                .collect::<String>();
            let from = last.year + 1 - spark.chars().count() as i32;
            out.push((
                "",
                format!("{spark}  {from}{}{}", symbols.range_dash, last.year),
            ));
        }
        let m = &self.meetings;
        out.push((
            "Meetings",
            match (m.latest_year, m.first_year) {
                (Some(latest), Some(first)) => format!(
                    "{} in {latest} ({} in person, {} by phone or video); {} since {first}",
                    m.latest_year_in_person + m.latest_year_remote,
                    m.latest_year_in_person,
                    m.latest_year_remote,
                    m.total
                ),
                _ => "none recorded".to_string(),
            },
        ));
        out.push((
            "Exercises",
            match &self.largest_exercise {
                None => "no exercise with a published size".to_string(),
                Some(e) => {
                    let basis = match e.size_basis {
                        Some(SizeBasis::Claimed) => "claimed",
                        Some(SizeBasis::Estimated) => "estimated",
                        None => "basis unknown",
                    };
                    let mark = if e.quality == Quality::Firm {
                        String::new()
                    } else {
                        format!(", {}", e.quality.label())
                    };
                    // The name gives way, so the size and its basis always show.
                    let rest = format!(
                        " ({}), {} people ({basis}{mark})",
                        &e.start_date[..4],
                        thousands(u64::from(e.total_personnel)),
                    );
                    let room = WIDTH.saturating_sub(11 + "largest: ".len() + fit::width(&rest));
                    let name = fit::truncate(&symbols.text(&e.name), room, symbols.ellipsis);
                    format!("largest: {name}{rest}")
                }
            },
        ));
        out
    }

    fn render_text(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = Vec::new();
        let head = symbols.text(&format!("{}: bilateral brief", self.title));
        let as_of = format!("figures as of {}", self.as_of);
        let room = WIDTH.saturating_sub(fit::width(&as_of) + 2);
        out.push(format!("{}  {as_of}", fit::pad(&head, room, e)));
        out.push(fit::truncate(
            &symbols.text(&self.countries_line()),
            WIDTH,
            e,
        ));
        if let Some(since) = self.since {
            out.push(format!("Since {since}."));
        }
        out.push(String::new());
        for (label, text) in self.lines(symbols) {
            let line = format!("{label:<11}{}", symbols.text(&text));
            out.push(fit::truncate(&line, WIDTH, e));
        }
        if !self.latest_events.is_empty() {
            out.push(String::new());
            out.push("Latest events".to_string());
            for ev in &self.latest_events {
                let line = format!(
                    "  {:<10}  {:<16}  {}",
                    ev.date,
                    symbols.text(&ev.category),
                    symbols.text(&ev.title)
                );
                out.push(fit::truncate(&line, WIDTH, e));
            }
        }
        if let Some(latest) = &self.trade.latest {
            out.push(String::new());
            let line = format!("Trade source: {}", symbols.text(&latest.source));
            out.extend(fit::wrap(&line, WIDTH, 3, e));
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }

    fn countries_line(&self) -> String {
        let names: Vec<String> = self
            .countries
            .iter()
            .map(|c| format!("{} ({})", c.name, c.code))
            .collect();
        format!("{}; trade in {}", names.join(" and "), self.trade.unit)
    }

    fn render_markdown(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = Vec::new();
        out.push(fit::truncate(
            &format!(
                "# {}",
                md(&symbols.text(&format!("{}: bilateral brief", self.title)))
            ),
            WIDTH,
            e,
        ));
        out.push(String::new());
        out.push(format!("Figures as of {}.", self.as_of));
        out.push(fit::truncate(
            &md(&symbols.text(&self.countries_line())),
            WIDTH,
            e,
        ));
        if let Some(since) = self.since {
            out.push(format!("Since {since}."));
        }
        out.push(String::new());
        for (label, text) in self.lines(symbols) {
            let line = if label.is_empty() {
                format!("  `{}`", text.replace('`', "'"))
            } else {
                format!("- **{label}**: {}", md(&symbols.text(&text)))
            };
            out.push(fit::truncate(&line, WIDTH, e));
        }
        if !self.latest_events.is_empty() {
            out.push(String::new());
            out.push("## Latest events".to_string());
            out.push(String::new());
            for ev in &self.latest_events {
                let line = format!(
                    "- {} ({}): {}",
                    ev.date,
                    md(&symbols.text(&ev.category)),
                    md(&symbols.text(&ev.title))
                );
                out.push(fit::truncate(&line, WIDTH, e));
            }
        }
        if let Some(latest) = &self.trade.latest {
            out.push(String::new());
            let line = format!("Trade source: {}", md(&symbols.text(&latest.source)));
            out.extend(fit::wrap(&line, WIDTH, 3, e));
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// Escapes text from data so Markdown shows it literally.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '{' | '}' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
