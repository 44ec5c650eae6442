//! The dataset's tables as cells in their declared column order: what the CSV and JSON
//! exports write, so both always agree on columns, spelling and what counts as empty.

use crate::data::{
    Citation, CooperationMonth, Dataset, Figure, Marked, MeetingKind, TABLES, TableId, TableSpec,
    TradeRow,
};

/// One field of a row. `Empty` is "unknown" in CSV (an empty field) and JSON (`null`).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// Years and personnel counts.
    Whole(i64),
    /// Percentages and arms values; always finite (the loader refuses anything else).
    Number(f64),
    /// A trade figure as printed: its decimals and any bound kept.
    Figure(Figure),
}

impl Cell {
    fn text(text: &str) -> Cell {
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text.to_string())
        }
    }

    fn count(value: Option<u32>) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::Whole(i64::from(v)))
    }

    fn figure(value: Option<Figure>) -> Cell {
        value.map_or(Cell::Empty, Cell::Figure)
    }

    fn number(value: Option<f64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// A figure SIPRI may mark uncertain: a whole number, or text ending in `?` if marked.
    fn marked<T: Into<i64> + Copy + std::fmt::Display>(value: Option<Marked<T>>) -> Cell {
        match value {
            None => Cell::Empty,
            Some(m) if m.uncertain => Cell::Text(m.to_string()),
            Some(m) => Cell::Whole(m.value.into()),
        }
    }

    /// The field as a CSV file holds it. Floats use Rust's `{}`, the shortest text that reads
    /// back as the same number, and never an exponent (the loader reads plain decimals).
    pub fn to_csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Whole(n) => n.to_string(),
            Cell::Number(x) => x.to_string(),
            // `3.10`, `>2.17`: what the loader reads back as the same figure.
            Cell::Figure(f) => f.cell(),
        }
    }
}

/// One table: its declaration (file, columns, as the loader reads them) and its rows.
pub struct Table {
    pub spec: &'static TableSpec,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn columns(&self) -> &'static [&'static str] {
        self.spec.columns.names
    }
}

/// The columns every table ends with.
fn cited(data: &Dataset, quality: &str, note: &str, citation: &Citation) -> [Cell; 4] {
    [
        Cell::text(quality),
        Cell::text(note),
        Cell::text(&citation.ids(&data.manifest).join(";")),
        Cell::text(&citation.source_text),
    ]
}

pub fn kind_name(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::InPerson => "in-person",
        MeetingKind::Phone => "phone",
        MeetingKind::Video => "video",
    }
}

/// The tables the dataset has, in [`TABLES`] order, rows in the dataset's (sorted) order, so
/// loading them back gives the same records in the same order. An optional table the dataset
/// lacks is left out, so it stays absent through a round trip.
pub fn tables(data: &Dataset) -> Vec<Table> {
    TABLES
        .iter()
        .filter(|spec| data.has(spec.id))
        .map(|spec| Table {
            spec,
            rows: rows(data, spec.id),
        })
        .collect()
}

/// One table's rows, each with a cell per declared column.
fn rows(data: &Dataset, table: TableId) -> Vec<Vec<Cell>> {
    match table {
        TableId::Trade => trade(data),
        TableId::Meetings => meetings(data),
        TableId::Exercises => exercises(data),
        TableId::Events => events(data),
        TableId::Cooperation => cooperation(data),
        TableId::Arms => arms(data),
        TableId::Indicators => indicators(data),
    }
}

fn indicators(data: &Dataset) -> Vec<Vec<Cell>> {
    let defs = &data.manifest.indicators;
    let rows = data.indicators.iter().map(|r| {
        let [quality, note, ids, text] = cited(data, r.quality.label(), &r.note, &r.citation);
        vec![
            Cell::Whole(i64::from(r.year)),
            Cell::text(&defs[r.indicator].id),
            Cell::figure(r.value),
            quality,
            note,
            ids,
            text,
        ]
    });
    rows.collect()
}

fn trade(data: &Dataset) -> Vec<Vec<Cell>> {
    let series = &data.manifest.trade_series;
    let rows = data.trade.iter().map(|t| {
        let [quality, note, ids, text] = cited(data, t.quality.label(), &t.note, &t.citation);
        vec![
            Cell::text(&t.period_text),
            Cell::text(&series[t.series].id),
            Cell::figure(t.value_usd_bn),
            Cell::figure(t.exports_usd_bn),
            Cell::figure(t.imports_usd_bn),
            Cell::text(&derived_names(t)),
            Cell::figure(t.yoy_pct),
            quality,
            note,
            Cell::text(&t.reported_by),
            ids,
            text,
        ]
    });
    rows.collect()
}

/// The row's `derived` cell: `value;exports`, empty when every figure was printed.
fn derived_names(t: &TradeRow) -> String {
    let figures = [
        ("value", t.value_usd_bn),
        ("exports", t.exports_usd_bn),
        ("imports", t.imports_usd_bn),
    ];
    let names: Vec<&str> = figures
        .iter()
        .filter(|(_, f)| f.is_some_and(|f| f.derived))
        .map(|(name, _)| *name)
        .collect();
    names.join(";")
}

fn meetings(data: &Dataset) -> Vec<Vec<Cell>> {
    let rows = data.meetings.iter().map(|m| {
        let bilateral = match m.bilateral {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let mut row = vec![
            Cell::text(&m.date.to_string()),
            Cell::text(kind_name(m.kind)),
            Cell::text(bilateral),
            Cell::text(&m.place),
            Cell::text(&m.occasion),
            Cell::text(&m.leaders_text()),
        ];
        row.extend(cited(data, m.quality.label(), &m.note, &m.citation));
        row
    });
    rows.collect()
}

fn exercises(data: &Dataset) -> Vec<Vec<Cell>> {
    let rows = data.exercises.iter().map(|e| {
        let mut row = vec![
            Cell::text(&e.name),
            Cell::text(&e.start.to_string()),
            Cell::text(&e.end.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text(&e.location),
            Cell::text(&e.host),
            Cell::text(&e.domain),
            Cell::count(e.total_personnel),
            Cell::count(e.personnel[0]),
            Cell::count(e.personnel[1]),
            Cell::text(e.size_basis.as_deref().unwrap_or("")),
            Cell::count(e.alt_total_personnel),
            Cell::text(&e.alt_source_text),
        ];
        row.extend(cited(data, e.quality.label(), &e.note, &e.citation));
        row
    });
    rows.collect()
}

fn arms(data: &Dataset) -> Vec<Vec<Cell>> {
    let rows = data.arms.iter().map(|a| {
        let mut row = vec![
            Cell::text(&a.supplier),
            Cell::text(&a.recipient),
            Cell::marked(Some(a.order_year)),
            Cell::text(&a.designation),
            Cell::text(&a.description),
            Cell::marked(a.ordered),
            Cell::marked(a.delivered),
            Cell::text(&a.delivery_text),
            Cell::text(a.status.map_or("", |s| s.label())),
            Cell::number(a.tiv_unit),
            Cell::number(a.tiv_order),
            Cell::number(a.tiv_delivered),
            Cell::number(a.value_usd_bn),
        ];
        row.extend(cited(data, a.quality.label(), &a.note, &a.citation));
        row
    });
    rows.collect()
}

fn events(data: &Dataset) -> Vec<Vec<Cell>> {
    let rows = data.events.iter().map(|e| {
        let mut row = vec![
            Cell::text(&e.date().to_string()),
            Cell::text(data.category_name(e)),
            Cell::text(&e.title()),
            Cell::text(&e.description()),
        ];
        row.extend(cited(data, e.quality().label(), &e.note(), &e.citation()));
        row
    });
    rows.collect()
}

fn cooperation(data: &Dataset) -> Vec<Vec<Cell>> {
    let rows = data.cooperation.iter().map(|c| {
        let ids = c.citation.ids(&data.manifest).join(";");
        cooperation_row(c, &ids)
    });
    rows.collect()
}

/// One month of the cooperation table, citing the manifest sources `source_ids` names.
fn cooperation_row(c: &CooperationMonth, source_ids: &str) -> Vec<Cell> {
    let mut row = vec![
        Cell::text(&c.month.to_string()),
        Cell::Whole(i64::from(c.events)),
    ];
    row.extend(c.quad.map(|q| Cell::Whole(i64::from(q))));
    row.push(Cell::number(c.goldstein_mean));
    row.push(Cell::number(c.tone_mean));
    row.push(Cell::count(c.all_events));
    row.extend([
        Cell::text(c.quality.label()),
        Cell::text(&c.note),
        Cell::text(source_ids),
        Cell::text(&c.citation.source_text),
    ]);
    row
}

/// One month's fields as the cooperation table's CSV file holds them, in column order.
pub fn cooperation_fields(c: &CooperationMonth, source_ids: &str) -> Vec<String> {
    cooperation_row(c, source_ids)
        .iter()
        .map(Cell::to_csv)
        .collect()
}

/// Months as the cooperation table's CSV file, header first (imports print it).
pub fn cooperation_csv(months: &[CooperationMonth]) -> Vec<u8> {
    let rows = months.iter().map(|c| cooperation_fields(c, ""));
    to_csv(TableId::Cooperation.spec().columns.names, rows)
}

/// CSV text with a header row, quoted by the csv crate wherever a field needs it.
pub fn to_csv(columns: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let written = writer.write_record(columns).and_then(|()| {
        rows.into_iter()
            .try_for_each(|row| writer.write_record(&row))
    });
    // Into memory, with as many fields as the header on every row: nothing here can fail.
    written.expect("CSV rows match their header");
    writer
        .into_inner()
        .expect("writing into memory cannot fail")
}
