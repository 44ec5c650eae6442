//! Synthetic datasets of any size, the same for the same seed, for benchmarks and tests of
//! scale: the bundled manifest and small tables, plus as many events as asked for; and
//! datasets of nothing but given trade series, for tests of how the trade chart draws them.

use std::io::{BufWriter, Write};
use std::path::Path;

/// xorshift64*: small, fast and deterministic; quality is ample for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Month and day of a day of a 365-day year (0-based), so dates only ever go forward.
fn month_day(mut day: u64) -> (u64, u64) {
    const LENGTHS: [u64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (m, len) in LENGTHS.iter().enumerate() {
        if day < *len {
            return (m as u64 + 1, day + 1);
        }
        day -= len;
    }
    (12, 31)
}

/// Writes the bundled manifest and small tables and `events` synthetic events to `out`,
/// their dates in order.
pub fn write(out: &Path, events: u64, seed: u64) -> std::io::Result<()> {
    write_ordered(out, events, seed, false)
}

/// [`write`], with the events' dates in random order when `shuffled` (the worst case for
/// sorting them at load) rather than in date order, as event databases usually keep them.
pub fn write_ordered(out: &Path, events: u64, seed: u64, shuffled: bool) -> std::io::Result<()> {
    use crate::data::{BUNDLED, MANIFEST_FILE, TABLES, TableId};
    std::fs::create_dir_all(out)?;
    let events_table = TableId::Events.spec();
    let copied = TABLES.iter().filter(|t| t.id != TableId::Events);
    for name in std::iter::once(MANIFEST_FILE).chain(copied.map(|t| t.file)) {
        // An optional table the bundled dataset lacks stays absent here too.
        if let Some(bytes) = BUNDLED[0].file(name) {
            std::fs::write(out.join(name), bytes)?;
        }
    }
    let file = std::fs::File::create(out.join(events_table.file))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    // Each row below writes the columns in this order.
    writeln!(w, "{}", events_table.columns.names.join(","))?;
    // The bundled events, grown: each row takes the title, description, quality and note
    // of one of them (so text is as long as real descriptions), a new date and a number.
    let bundled = BUNDLED[0].file(events_table.file).unwrap_or_default();
    let mut reader = csv::Reader::from_reader(bundled);
    let header = reader.headers().map_err(std::io::Error::other)?.clone();
    let column = |name: &str| header.iter().position(|c| c == name).unwrap_or(usize::MAX);
    let at = [
        "category",
        "title",
        "description",
        "quality",
        "note",
        "source_text",
    ]
    .map(column);
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .map_err(std::io::Error::other)?;
    if rows.is_empty() {
        return Err(std::io::Error::other("the bundled dataset has no events"));
    }
    let mut rows_out = csv::Writer::from_writer(w);
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    // Dates spread evenly from 1950 to 2025, in order, as event databases are kept.
    let days = 76 * 365;
    for i in 0..events {
        let day = if shuffled {
            rng.below(days)
        } else {
            i * days / events.max(1)
        };
        let year = 1950 + day / 365;
        let (month, dom) = month_day(day % 365);
        let row = &rows[rng.below(rows.len() as u64) as usize];
        let field = |k: usize| row.get(at[k]).unwrap_or("");
        let n = rng.below(10_000);
        let source = match field(5) {
            "" => format!("Wire report {i}"),
            text => text.to_string(),
        };
        rows_out
            .write_record([
                format!("{year}-{month:02}-{dom:02}").as_str(),
                field(0),
                &format!("{} ({n})", field(1)),
                field(2),
                field(3),
                field(4),
                "",
                &source,
            ])
            .map_err(std::io::Error::other)?;
    }
    let mut w = rows_out.into_inner().map_err(|e| e.into_error())?;
    w.flush()?;
    // Make the manifest list the synthetic "context" category too, if it does not already.
    let manifest = std::fs::read_to_string(out.join("dataset.toml"))?;
    if !manifest.contains("\"context\"") {
        return Err(std::io::Error::other(
            "the bundled manifest lacks the context category",
        ));
    }
    Ok(())
}

/// One trade series of a dataset made by [`write_trade`].
#[derive(Debug, Clone, PartialEq)]
pub struct TradeSeries {
    /// The first month of its years, 1–12: 1 counts calendar years.
    pub start_month: u8,
    /// A series of officials' statements, which no one expects every year, rather than a
    /// third party's continuous one.
    pub statements: bool,
    /// Its rows, by the year each period starts in, in order: a figure in USD bn, or
    /// `None` for a row recording that none was found. A year left out has no row.
    pub rows: Vec<(i32, Option<f64>)>,
    /// Figures for part of a year: the year and month (1–12) it starts, how many months it
    /// covers (1–11) and its figure in USD bn, written `2022-03..2022-08`.
    pub parts: Vec<(i32, u8, u8, f64)>,
}

/// Writes a dataset of the pair Atlantis–Lemuria to `out` whose only rows are `series`'
/// trade figures: each required table but trade has its header alone.
pub fn write_trade(out: &Path, series: &[TradeSeries]) -> std::io::Result<()> {
    use crate::data::{MANIFEST_FILE, TABLES, TableId};
    std::fs::create_dir_all(out)?;
    let mut manifest = String::from(
        "title = \"Atlantis–Lemuria\"\ndescription = \"Generated trade figures.\"\n\
         as_of = \"2030-01-01\"\n\n[[countries]]\nname = \"Atlantis\"\ncode = \"ATL\"\n\n\
         [[countries]]\nname = \"Lemuria\"\ncode = \"LEM\"\n\n[units]\n\
         trade = \"USD billions, nominal\"\npersonnel = \"people\"\n\n[[sources]]\n\
         id = \"gen\"\npublisher = \"Generator\"\ntitle = \"Figures\"\nyear = 2030\n",
    );
    let mut trade = String::from(
        "period,series,value_usd_bn,yoy_pct,quality,note,reported_by,source_ids,source_text\n",
    );
    for (i, s) in series.iter().enumerate() {
        let reporter = if s.statements {
            "statement"
        } else {
            "third-party"
        };
        manifest.push_str(&format!(
            "\n[[trade_series]]\nid = \"s{i}\"\nlabel = \"S{i}\"\nname = \"Series {i}\"\n\
             reporter = \"{reporter}\"\n"
        ));
        if s.start_month > 1 {
            manifest.push_str(&format!(
                "period = \"fiscal\"\nfiscal_start = {}\n",
                s.start_month
            ));
        } else {
            manifest.push_str("period = \"calendar\"\n");
        }
        for (year, value) in &s.rows {
            let period = if s.start_month > 1 {
                format!("{year}-{:02}", (year + 1).rem_euclid(100))
            } else {
                year.to_string()
            };
            let (value, note) = match value {
                Some(v) => (format!("{v}"), ""),
                None => (String::new(), "Not published."),
            };
            trade.push_str(&format!("{period},s{i},{value},,,{note},,gen,\n"));
        }
        for &(year, month, count, value) in &s.parts {
            let last = year * 12 + i32::from(month) - 1 + i32::from(count) - 1;
            let (end_year, end_month) = (last.div_euclid(12), last.rem_euclid(12) + 1);
            trade.push_str(&format!(
                "{year}-{month:02}..{end_year}-{end_month:02},s{i},{value},,,,,gen,\n"
            ));
        }
    }
    std::fs::write(out.join(MANIFEST_FILE), manifest)?;
    std::fs::write(out.join(TableId::Trade.spec().file), trade)?;
    for table in TABLES
        .iter()
        .filter(|t| t.is_required() && t.id != TableId::Trade)
    {
        let header = table.columns.names.join(",");
        std::fs::write(out.join(table.file), format!("{header}\n"))?;
    }
    Ok(())
}

/// Countries a synthetic library draws its pairs from.
const COUNTRIES: [(&str, &str); 48] = [
    ("Argentina", "ARG"),
    ("Australia", "AUS"),
    ("Austria", "AUT"),
    ("Belgium", "BEL"),
    ("Brazil", "BRA"),
    ("Canada", "CAN"),
    ("Chile", "CHL"),
    ("Colombia", "COL"),
    ("Czechia", "CZE"),
    ("Denmark", "DNK"),
    ("Egypt", "EGY"),
    ("Ethiopia", "ETH"),
    ("Finland", "FIN"),
    ("France", "FRA"),
    ("Germany", "DEU"),
    ("Ghana", "GHA"),
    ("Greece", "GRC"),
    ("Hungary", "HUN"),
    ("Indonesia", "IDN"),
    ("Iran", "IRN"),
    ("Ireland", "IRL"),
    ("Israel", "ISR"),
    ("Italy", "ITA"),
    ("Japan", "JPN"),
    ("Kazakhstan", "KAZ"),
    ("Kenya", "KEN"),
    ("Malaysia", "MYS"),
    ("Mexico", "MEX"),
    ("Morocco", "MAR"),
    ("Netherlands", "NLD"),
    ("Nigeria", "NGA"),
    ("Norway", "NOR"),
    ("Peru", "PER"),
    ("Philippines", "PHL"),
    ("Poland", "POL"),
    ("Portugal", "PRT"),
    ("Romania", "ROU"),
    ("Saudi Arabia", "SAU"),
    ("Singapore", "SGP"),
    ("Spain", "ESP"),
    ("Sweden", "SWE"),
    ("Thailand", "THA"),
    ("Turkey", "TUR"),
    ("Ukraine", "UKR"),
    ("Vietnam", "VNM"),
    ("Russia", "RUS"),
    ("China", "CHN"),
    ("India", "IND"),
];

/// Writes `count` datasets into `out`, one folder each (`pair-0001-arg-aus`...): each a
/// bundled dataset's manifest and tables with its two countries renamed to another pair
/// (names and ISO codes replaced throughout), and its trade figures scaled, so that the
/// library has many pairs with different figures. For `bilat list` and `bilat overview`
/// over a thousand datasets.
pub fn write_library(out: &Path, count: usize, seed: u64) -> std::io::Result<()> {
    use crate::data::{BUNDLED, MANIFEST_FILE, TABLES};
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let n = COUNTRIES.len();
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .collect();
    for i in 0..count {
        let base = &BUNDLED[i % BUNDLED.len()];
        let (a, b) = pairs[i % pairs.len()];
        let (na, ca) = COUNTRIES[a];
        let (nb, cb) = COUNTRIES[b];
        let dir = out.join(format!(
            "pair-{:04}-{}-{}",
            i + 1,
            ca.to_lowercase(),
            cb.to_lowercase()
        ));
        std::fs::create_dir_all(&dir)?;
        let manifest = std::str::from_utf8(base.file(MANIFEST_FILE).unwrap_or_default())
            .map_err(std::io::Error::other)?;
        let old = crate::data::parse_manifest("dataset.toml", manifest)
            .map_err(|_| std::io::Error::other("a bundled manifest does not parse"))?;
        let [oa, ob] = old.countries.each_ref();
        // Through placeholders, so that a new name that is an old one is not renamed twice.
        let swap = |text: &str| -> String {
            text.replace(&oa.code, "\u{1}A")
                .replace(&ob.code, "\u{1}B")
                .replace(&oa.name, "\u{1}a")
                .replace(&ob.name, "\u{1}b")
                .replace("\u{1}A", ca)
                .replace("\u{1}B", cb)
                .replace("\u{1}a", na)
                .replace("\u{1}b", nb)
        };
        // A whole multiple, then maybe a tenth of it: exact in decimals, so flows still
        // add up to their totals.
        let scale = (1 + rng.below(12), rng.below(2) as usize);
        let names = std::iter::once(MANIFEST_FILE).chain(TABLES.iter().map(|t| t.file));
        for name in names {
            let Some(bytes) = base.file(name) else {
                continue;
            };
            let text = std::str::from_utf8(bytes).map_err(std::io::Error::other)?;
            let mut text = swap(text);
            if name == "trade.csv" {
                text = scale_trade(&text, scale);
            }
            std::fs::write(dir.join(name), text)?;
        }
    }
    Ok(())
}

/// `trade.csv` with every figure in the value and flow columns multiplied by `times` and
/// divided by ten `shift` times (one more decimal each).
fn scale_trade(text: &str, (times, shift): (u64, usize)) -> String {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return text.to_string(),
    };
    let scaled: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, c)| c.ends_with("_usd_bn"))
        .map(|(i, _)| i)
        .collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&header);
    let flows: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, c)| c.starts_with("exports") || c.starts_with("imports"))
        .map(|(i, _)| i)
        .collect();
    for record in reader.records().flatten() {
        // A row with flows stays as printed: its sources' rounding, scaled, would no
        // longer pass the check that the flows add up to the total.
        let with_flows = flows
            .iter()
            .any(|&i| !record.get(i).unwrap_or("").is_empty());
        let (times, shift) = if with_flows { (1, 0) } else { (times, shift) };
        let row: Vec<String> = record
            .iter()
            .enumerate()
            .map(|(i, v)| match (scaled.contains(&i), v.parse::<f64>()) {
                (true, Ok(_)) => {
                    let decimals = v.split_once('.').map_or(0, |(_, d)| d.len());
                    let digits: i128 = v.replace('.', "").parse().unwrap_or(0);
                    let scaled = digits * i128::from(times);
                    let places = decimals + shift;
                    let sign = if scaled < 0 { "-" } else { "" };
                    let text = format!("{:0>width$}", scaled.abs(), width = places + 1);
                    let (whole, part) = text.split_at(text.len() - places);
                    if places == 0 {
                        format!("{sign}{whole}")
                    } else {
                        format!("{sign}{whole}.{part}")
                    }
                }
                _ => v.to_string(),
            })
            .collect();
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
