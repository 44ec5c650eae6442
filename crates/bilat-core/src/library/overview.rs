//! The overview: one row per dataset of the library, sorted by any column in either
//! direction and filtered by country or free text. `bilat overview` prints it; the
//! dashboard's overview screen is to read the same rows.

use std::cmp::Ordering;

use super::Library;
use super::cache::{Cache, summaries};
use super::summary::Summary;

/// One dataset of the library at a glance.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What `--data` takes to open it.
    pub name: String,
    /// Where it comes from, as `bilat list` says it.
    pub place: String,
    pub summary: Summary,
}

/// Every dataset of `library`, in the library's order, from `cache` where it holds them
/// unchanged (see [`summaries`]).
pub fn rows(
    library: &Library,
    cache: &mut Cache,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<Row> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let entries = library.entries();
    let found = summaries(entries, cache, threads, progress);
    entries
        .iter()
        .zip(found)
        .map(|(e, summary)| Row {
            name: e.name.clone(),
            place: e.place(),
            summary,
        })
        .collect()
}

/// A column of the overview, for sorting (every one) and for showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// The dataset's name in the library.
    Name,
    /// The pair's codes, `RUS-CHN`.
    Pair,
    /// The years covered (sorted by the last, then the first).
    Years,
    /// The headline series' latest figure.
    Trade,
    /// The period of that figure (sorted by its last day).
    Period,
    /// Its change on the previous period, percent.
    Change,
    /// The latest balance.
    Balance,
    /// Leader meetings in the last year.
    Meetings,
    /// The latest event (sorted by date).
    Event,
    /// Arms TIV delivered in the last five years.
    Arms,
    /// GDELT's latest month, by its net cooperation.
    Cooperation,
    /// The latest value of the indicator of this id (`unga-ip-distance`).
    Indicator(String),
}

impl Column {
    /// Every column, in the order shown.
    pub const ALL: [Column; 11] = [
        Column::Name,
        Column::Pair,
        Column::Years,
        Column::Trade,
        Column::Period,
        Column::Change,
        Column::Balance,
        Column::Meetings,
        Column::Event,
        Column::Arms,
        Column::Cooperation,
    ];

    /// The name `--sort` takes, also the JSON's and CSV's; an indicator's is its id.
    pub fn key(&self) -> &str {
        match self {
            Column::Name => "name",
            Column::Pair => "pair",
            Column::Years => "years",
            Column::Trade => "trade",
            Column::Period => "period",
            Column::Change => "change",
            Column::Balance => "balance",
            Column::Meetings => "meetings",
            Column::Event => "event",
            Column::Arms => "arms",
            Column::Cooperation => "cooperation",
            Column::Indicator(id) => id,
        }
    }

    /// The column named `key` (any case); any other name made of letters, digits, `-` and
    /// `_` is an indicator's id, which [`indicators`] of the rows tells whether any has.
    pub fn parse(key: &str) -> Result<Column, String> {
        if let Some(c) = Column::ALL
            .into_iter()
            .find(|c| c.key().eq_ignore_ascii_case(key))
        {
            return Ok(c);
        }
        let id_like = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if id_like {
            return Ok(Column::Indicator(key.to_ascii_lowercase()));
        }
        let names: Vec<&str> = Column::ALL.iter().map(|c| c.key()).collect();
        Err(format!(
            "no column {key:?}; the columns are {} and each indicator's id",
            names.join(", ")
        ))
    }
}

/// The indicators every loaded row of `rows` has a latest value of (those the datasets
/// share, as UN ideal-point distance is shared by pairs made from one file), by id, in the
/// first loaded row's order: the overview's indicator columns. A dataset that does not load
/// is left out of the reckoning; none when no loaded row has indicators.
pub fn indicators(rows: &[Row]) -> Vec<String> {
    indicators_of(rows)
}

/// [`indicators`] of rows held elsewhere (the screen's filtered order), without copying them.
pub fn indicators_of<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Vec<String> {
    let mut loaded = rows.into_iter().filter(|r| r.summary.problem.is_none());
    let Some(first) = loaded.next() else {
        return Vec::new();
    };
    let mut ids: Vec<String> = first
        .summary
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for row in loaded {
        ids.retain(|id| row.indicator(id).is_some());
    }
    ids
}

impl Row {
    /// The latest value of indicator `id`, if this row's dataset has one.
    pub fn indicator(&self, id: &str) -> Option<&super::summary::IndicatorLatest> {
        self.summary
            .indicators
            .iter()
            .find(|i| i.id.eq_ignore_ascii_case(id))
    }
}

/// What a row sorts by in one column.
#[derive(Debug, Clone, PartialEq)]
enum SortKey {
    Text(String),
    Number(f64),
    Pair(String, String),
}

impl SortKey {
    fn cmp(&self, other: &SortKey) -> Ordering {
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
            (SortKey::Pair(a, b), SortKey::Pair(c, d)) => (a, b).cmp(&(c, d)),
            _ => Ordering::Equal,
        }
    }
}

fn sort_key(row: &Row, column: &Column) -> Option<SortKey> {
    let s = &row.summary;
    Some(match column {
        Column::Name => SortKey::Text(row.name.clone()),
        Column::Pair => SortKey::Text(s.codes("-")).filter_empty()?,
        Column::Years => {
            let y = s.years?;
            SortKey::Number(f64::from(y.last) * 10_000.0 + f64::from(y.first))
        }
        Column::Trade => SortKey::Number(s.trade.as_ref()?.value_usd_bn.value),
        Column::Period => {
            let t = s.trade.as_ref()?;
            SortKey::Pair(t.period_end.clone(), t.period.clone())
        }
        Column::Change => SortKey::Number(s.trade.as_ref()?.change_pct?.value),
        Column::Balance => SortKey::Number(s.balance.as_ref()?.balance_usd_bn.value),
        Column::Meetings => {
            let m = s.meetings?;
            SortKey::Number(f64::from(m.count))
        }
        Column::Event => {
            let e = s.event.as_ref()?;
            SortKey::Pair(e.date.clone(), e.title.clone())
        }
        Column::Arms => SortKey::Number(s.arms?.known_tiv()?),
        Column::Cooperation => SortKey::Number(s.cooperation.as_ref()?.net?),
        Column::Indicator(id) => SortKey::Number(row.indicator(id)?.value),
    })
}

impl SortKey {
    fn filter_empty(self) -> Option<SortKey> {
        match &self {
            SortKey::Text(t) if t.is_empty() => None,
            _ => Some(self),
        }
    }
}

/// Sorts `rows` by `column`, ascending unless `reverse`; rows blank in that column (a
/// table or figure the dataset lacks, or a dataset that does not load) come last either
/// way, and ties keep the library's order by name.
pub fn sort(rows: &mut [Row], column: &Column, reverse: bool) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_order(rows, &mut order, column, reverse);
    let mut taken: Vec<Option<Row>> = rows.iter().cloned().map(Some).collect();
    for (slot, i) in rows.iter_mut().zip(order) {
        if let Some(row) = taken[i].take() {
            *slot = row;
        }
    }
}

/// Sorts `order`, indices into `rows`, as [`sort`] sorts the rows themselves.
pub fn sort_order(rows: &[Row], order: &mut [usize], column: &Column, reverse: bool) {
    // Each row's key once (names and dates are cloned to make one), not once per comparison.
    let mut keyed: Vec<(Option<SortKey>, usize)> = order
        .iter()
        .map(|&i| (sort_key(&rows[i], column), i))
        .collect();
    keyed.sort_by(|(x, a), (y, b)| compare((x, &rows[*a]), (y, &rows[*b]), reverse));
    for (slot, (_, i)) in order.iter_mut().zip(keyed) {
        *slot = i;
    }
}

fn compare(
    (x, a): (&Option<SortKey>, &Row),
    (y, b): (&Option<SortKey>, &Row),
    reverse: bool,
) -> Ordering {
    let order = match (x, y) {
        (Some(x), Some(y)) => {
            let o = x.cmp(y);
            if reverse { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    order.then_with(|| a.name.cmp(&b.name))
}

/// Which rows to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// An ISO code: the pairs one of whose countries it is (`RUS`: all Russia's pairs).
    pub country: Option<String>,
    /// Free text, found in any case in the name, the countries' names and codes, the
    /// place, the latest event's title or the problem.
    pub text: Option<String>,
}

impl Filter {
    /// Whether `row` passes.
    pub fn keeps(&self, row: &Row) -> bool {
        if let Some(code) = &self.country
            && !row.summary.involves(code.trim())
        {
            return false;
        }
        match self.text.as_deref().map(str::trim) {
            None | Some("") => true,
            Some(text) => {
                let needle = text.to_lowercase();
                let s = &row.summary;
                let found = |hay: &str| hay.to_lowercase().contains(&needle);
                found(&row.name)
                    || found(&row.place)
                    || s.countries
                        .iter()
                        .flatten()
                        .any(|c| found(&c.name) || found(&c.code))
                    || s.event.as_ref().is_some_and(|e| found(&e.title))
                    || s.problem.as_deref().is_some_and(found)
            }
        }
    }

    /// `rows` without those that do not pass.
    pub fn apply(&self, rows: Vec<Row>) -> Vec<Row> {
        rows.into_iter().filter(|r| self.keeps(r)).collect()
    }
}
