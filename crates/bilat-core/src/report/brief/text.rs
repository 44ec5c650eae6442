//! The brief as text and as Markdown: the same lines, 80 columns wide, one screen tall.

use super::{Brief, ExerciseSummary, Format, WIDTH};
use crate::data::{Flow, Quality, TableId, flow_words};
use crate::text::fit::{self, percent, thousands};
use crate::text::symbols::Symbols;

/// What every brief and briefing says where a dataset has no file for a table: `no arms
/// table`, never words that could be read as a table with no rows.
pub fn no_table(table: TableId) -> String {
    format!("no {} table", table.spec().name)
}

impl Brief {
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
    pub(super) fn lines(&self, symbols: &Symbols) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let t = &self.trade;
        out.push(("Trade", self.trade_headline()));
        if let Some(line) = self.newer_line() {
            out.push(("Newer", line));
        }
        if (1..=2).contains(&t.points.len()) {
            // One or two points make no line a reader can trust (a fall between two looks
            // like a step): the figures say it.
            out.push(("", symbols.text(&self.trade_figures())));
        } else if let Some(last) = t.points.last() {
            let values: Vec<Option<f64>> = t
                .points
                .iter()
                .map(|p| p.value_usd_bn.map(|f| f.value))
                .collect();
            let spark = symbols.sparkline(&values);
            let spark = spark
                .chars()
                .skip(spark.chars().count().saturating_sub(44))
                .collect::<String>();
            let shown = spark.chars().count();
            let first = &t.points[t.points.len() - shown];
            let (from, to) = (&first.period.start[..4], &last.period.end[..4]);
            out.push(("", format!("{spark}  {from}{}{to}", symbols.range_dash)));
        }
        if let Some(line) = self.balance_line() {
            out.push(("Balance", line));
        }
        out.push(("Meetings", self.meetings_line()));
        out.push(("Exercises", self.exercise_line()));
        if let Some(c) = &self.cooperation {
            out.push(("GDELT", c.line()));
        }
        if let Some(arms) = &self.arms {
            out.push(("Arms", arms.line()));
        }
        if let Some(indicators) = &self.indicators {
            if indicators.is_empty() {
                out.push(("Indicators", "none declared".to_string()));
            }
            // One line, to keep the brief on one screen: the first declared indicator (the
            // pair's own, by the importers' order), and how many more the JSON lists.
            if let Some(first) = indicators.first() {
                let more = match indicators.len() - 1 {
                    0 => String::new(),
                    n => format!(" (+{n} more)"),
                };
                out.push((
                    "Indicators",
                    format!("{}{more}", first.short_line(symbols.ascii)),
                ));
            }
        }
        out
    }

    /// `2022: USD 15 bn, 2023: USD 13.5 bn`: the few figures in range, in place of a
    /// sparkline too short to show which way they went.
    pub(super) fn trade_figures(&self) -> String {
        let figures: Vec<String> = self
            .trade
            .points
            .iter()
            .map(|p| match p.value_usd_bn {
                Some(f) => format!(
                    "{}: USD {} bn{}",
                    p.period.label,
                    f.shown(false),
                    f.derived_mark()
                ),
                None => format!("{}: no figure", p.period.label),
            })
            .collect();
        figures.join(", ")
    }

    /// `Nothing is recorded since 2030; the dataset's latest year is 2025.`: said once when
    /// `--since` is past the data, in place of a line per table saying it has nothing.
    pub(super) fn nothing_since_line(&self) -> Option<String> {
        let since = self.since.filter(|_| self.nothing_since)?;
        Some(match self.last_year {
            Some(last) => {
                format!("Nothing is recorded since {since}; the dataset's latest year is {last}.")
            }
            None => format!("Nothing is recorded since {since}; the dataset has no rows."),
        })
    }

    /// `China -38.023 bn in 2022 (CHN exports to RUS 76.122, CHN imports from RUS 114.145),
    /// UN Comtrade: China's customs figures`: the latest balance, from its series' side, the
    /// flows named by direction, each figure at its printed decimals (a bound marked `≥`,
    /// which ASCII output folds to `>=`).
    pub fn balance_line(&self) -> Option<String> {
        let b = self.trade.balance.as_ref()?;
        let codes = [b.flow_codes[0].as_str(), b.flow_codes[1].as_str()];
        let [exports, imports] = [Flow::Exports, Flow::Imports].map(|f| flow_words(codes, f));
        Some(format!(
            "{} {} bn in {} ({exports} {}, {imports} {}), {}",
            b.country,
            b.balance_usd_bn.shown_signed(false),
            b.period.label,
            b.exports_usd_bn,
            b.imports_usd_bn,
            b.series.name
        ))
    }

    /// Whether the dataset has the table's file (see [`Brief::tables`]).
    pub fn has(&self, table: TableId) -> bool {
        self.tables.contains(&table.spec().name)
    }

    /// `7 in 2025 (3 in person, 4 by phone or video); 61 since 2013`.
    pub fn meetings_line(&self) -> String {
        let Some(m) = &self.meetings else {
            return no_table(TableId::Meetings);
        };
        match (m.latest_year, m.first_year) {
            (Some(latest), Some(first)) => {
                format!(
                    "{} in {latest} ({} in person, {} by phone or video); {} since {first}",
                    m.latest_year_in_person + m.latest_year_remote,
                    m.latest_year_in_person,
                    m.latest_year_remote,
                    m.total
                ) + &m.latest.as_ref().map_or(String::new(), |l| {
                    let place = if l.place.is_empty() {
                        String::new()
                    } else {
                        format!(" in {}", l.place)
                    };
                    format!("; latest {}{place}: {}", l.date, l.occasion)
                })
            }
            _ => "none recorded".to_string(),
        }
    }

    /// `largest: Vostok-2018 (2018), 300,000 people (claimed, disputed)`.
    pub fn exercise_line(&self) -> String {
        if !self.has(TableId::Exercises) {
            return no_table(TableId::Exercises);
        }
        match &self.largest_exercise {
            None => "no exercise with a published size".to_string(),
            Some(e) => {
                let basis = e.size_basis.as_deref().unwrap_or("basis unknown");
                let mark = if e.quality == Quality::Firm {
                    String::new()
                } else {
                    format!(", {}", e.quality.label())
                };
                // Every form wraps this line rather than cutting it, so the name stays whole.
                format!(
                    "largest: {} ({}), {} ({basis}{mark})",
                    e.name,
                    &e.start_date[..4],
                    self.exercise_size(e)
                )
            }
        }
    }

    /// `USD 68.7 bn in FY2024-25 (Apr–Mar), +4.7% on FY2023-24 (computed) [disputed],
    /// India, Ministry of Commerce`: the latest figure, as every brief says it.
    pub fn trade_headline(&self) -> String {
        let t = &self.trade;
        if !self.has(TableId::Trade) {
            return no_table(TableId::Trade);
        }
        let Some(latest) = &t.latest else {
            return "no figure".to_string();
        };
        let value = latest.value_usd_bn;
        let more = if value.is_lower_bound() {
            "more than "
        } else {
            ""
        };
        let mut line = format!(
            "{more}USD {} bn{} in {}",
            value.number(),
            value.derived_mark(),
            latest.period.label
        );
        if let (Some(pct), Some(basis), Some(previous)) =
            (latest.yoy_pct, latest.yoy_basis, &latest.previous)
        {
            line.push_str(&format!(", {} on {previous} ({basis})", percent(pct)));
        }
        if latest.quality != Quality::Firm {
            line.push_str(&format!(" [{}]", latest.quality.label()));
        }
        line.push_str(&format!(", {}", t.series.name));
        if !latest.reported_by.is_empty() {
            line.push_str(&format!(" ({})", latest.reported_by));
        }
        line
    }

    /// `USD 68.7 bn in FY2024-25 (Apr–Mar), India, Ministry of Commerce`: a newer figure of
    /// another series than the headline's, so the brief never calls an old figure the latest.
    pub fn newer_line(&self) -> Option<String> {
        let n = self.trade.newer.as_ref()?;
        let more = if n.value_usd_bn.is_lower_bound() {
            "more than "
        } else {
            ""
        };
        let mark = if n.quality == Quality::Firm {
            String::new()
        } else {
            format!(" [{}]", n.quality.label())
        };
        Some(format!(
            "{more}USD {} bn{} in {}{mark}, {}",
            n.value_usd_bn.number(),
            n.value_usd_bn.derived_mark(),
            n.period.label,
            n.series.name
        ))
    }

    /// `300,000 people`, or each side's published figure when there is no total.
    pub fn exercise_size(&self, e: &ExerciseSummary) -> String {
        match e.total_personnel {
            Some(total) => format!("{} people", thousands(u64::from(total))),
            None => {
                let sides: Vec<String> = (0..2)
                    .filter_map(|i| {
                        let n = e.personnel[i]?;
                        let code = &self.countries.get(i)?.code;
                        Some(format!("{code} {}", thousands(u64::from(n))))
                    })
                    .collect();
                format!("{} people (no total)", sides.join(" + "))
            }
        }
    }

    fn render_text(&self, symbols: &Symbols) -> String {
        let e = symbols.ellipsis;
        let mut out = Vec::new();
        let head = symbols.text(&format!("{}: bilateral brief", self.title));
        let as_of = format!("figures as of {}", self.as_of);
        let room = WIDTH.saturating_sub(fit::width(&as_of) + 2);
        // The title beside the date where both fit; a long title wraps above it.
        if fit::width(&head) <= room {
            out.push(format!("{}  {as_of}", fit::pad(&head, room, e)));
        } else {
            out.extend(fit::wrap_all(&head, WIDTH));
            out.push(format!("{as_of:>WIDTH$}"));
        }
        out.extend(fit::wrap_all(&symbols.text(&self.countries_line()), WIDTH));
        if let Some(line) = self.nothing_since_line() {
            out.push(line);
            return out.join("\n") + "\n";
        }
        if let Some(since) = self.since {
            out.push(format!("Since {since}."));
        }
        out.push(String::new());
        for (label, text) in self.lines(symbols) {
            // An unlabelled line is the sparkline (blocks and years, no colon) or, in its
            // place, the few figures (`2024: ...`), which wrap as any line does.
            if label.is_empty() && !text.contains(": ") {
                // The sparkline: its spaces are gaps, never to be folded by wrapping.
                out.push(fit::truncate(&format!("{:<11}{text}", ""), WIDTH, e));
                continue;
            }
            // A long headline wraps under itself rather than losing its end.
            let pieces = fit::wrap_all(&symbols.text(&text), WIDTH - 11);
            for (i, piece) in pieces.iter().enumerate() {
                let label = if i == 0 { label } else { "" };
                out.push(format!("{label:<11}{piece}"));
            }
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

    pub(super) fn countries_line(&self) -> String {
        let names: Vec<String> = self
            .countries
            .iter()
            .map(|c| format!("{} ({})", c.name, c.code))
            .collect();
        // The trade unit only where there is trade to read it by.
        match self.has(TableId::Trade) {
            true => format!("{}; trade in {}", names.join(" and "), self.trade.unit),
            false => names.join(" and "),
        }
    }
}
