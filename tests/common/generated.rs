//! Datasets made up for property tests, held in memory: the minimal fixture's manifest with a
//! title, country names and tables drawn from a seed.
#![allow(dead_code)] // each test crate uses its own subset

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use bilat::data::{Dataset, Origin};

/// The minimal fixture's files, by name.
pub fn minimal_files() -> BTreeMap<String, Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A dataset held in memory from `files`.
pub fn load(label: &str, files: BTreeMap<String, Vec<u8>>) -> Dataset {
    let origin = Origin::Memory {
        label: label.to_string(),
        files: Arc::new(files),
    };
    match Dataset::load(origin) {
        Ok(data) => data,
        Err(problems) => panic!("{label} does not load: {problems:?}"),
    }
}

/// The minimal fixture with another title and other country names.
pub fn renamed(title: &str, first: &str, second: &str) -> Dataset {
    let mut files = minimal_files();
    let manifest = String::from_utf8(files["dataset.toml"].clone()).unwrap();
    let manifest = manifest
        .replacen(
            "title = \"Atlantis–Lemuria\"",
            &format!("title = {title:?}"),
            1,
        )
        .replacen("name = \"Atlantis\"", &format!("name = {first:?}"), 1)
        .replacen("name = \"Lemuria\"", &format!("name = {second:?}"), 1);
    files.insert("dataset.toml".to_string(), manifest.into_bytes());
    load(title, files)
}

/// The minimal fixture with two trade series that give flows: Lemuria's customs (the second
/// country's) and a third-party series, whose flows are Atlantis's (the first country's).
pub fn flows_files() -> BTreeMap<String, Vec<u8>> {
    let mut files = minimal_files();
    let mut manifest = String::from_utf8(files["dataset.toml"].clone()).unwrap();
    manifest.push_str(
        "\n[[trade_series]]\nid = \"lem\"\nlabel = \"LEM\"\nname = \"Lemuria customs\"\n\
         reporter = \"customs\"\ncountry = \"LEM\"\nperiod = \"calendar\"\n\n\
         [[trade_series]]\nid = \"imf\"\nlabel = \"IMF\"\nname = \"IMF DOTS\"\n\
         reporter = \"third-party\"\nperiod = \"calendar\"\n",
    );
    files.insert("dataset.toml".to_string(), manifest.into_bytes());
    let trade = "period,series,value_usd_bn,exports_usd_bn,imports_usd_bn,yoy_pct,quality,note,reported_by,source_ids,source_text\n\
                 2021,lem,10,4,6,,,,,,Lemuria customs (2022)\n\
                 2022,lem,12,5,7,,,,,,Lemuria customs (2023)\n\
                 2021,imf,10.5,6.5,4,,,,,,IMF DOTS (2022)\n\
                 2022,imf,12.5,7.5,5,,,,,,IMF DOTS (2023)\n";
    files.insert("trade.csv".to_string(), trade.as_bytes().to_vec());
    files
}

/// xorshift64*: the same tables for the same seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// `count` distinct days between `from` and `to` (years, both included), in order.
fn distinct_days(rng: &mut Rng, count: usize, from: i32, to: i32) -> Vec<(i32, u32, u32)> {
    let mut days: Vec<(i32, u32, u32)> = Vec::new();
    while days.len() < count {
        let day = (
            from + rng.below((to - from + 1) as u64) as i32,
            1 + rng.below(12) as u32,
            1 + rng.below(28) as u32,
        );
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort();
    days
}

/// A made-up dataset from `seed`: the minimal fixture's manifest and arms, with exercises,
/// meetings (some unconfirmed), events and two customs series of trade (with gaps, values
/// up to 5,000 bn) drawn at random. Every exercise starts on its own day and every event
/// falls on its own day, so any sort has one answer.
pub fn random_files(seed: u64) -> BTreeMap<String, Vec<u8>> {
    let mut rng = Rng::new(seed);
    let mut files = minimal_files();
    let first = 1995 + rng.below(15) as i32;
    let last = first + 3 + rng.below(20) as i32;

    let words = [
        "Blue", "Storm", "Peace", "Mission", "Joint", "Sea", "Shield", "Patrol",
    ];
    let hosts = ["Atlantis", "Lemuria", "Mu"];
    let domains = ["naval", "land", "air", "land/air", "naval/air"];
    let n = 1 + rng.below(25) as usize;
    let mut csv = String::from(
        "name,start_date,end_date,location,host,domain,total_personnel,\
         first_country_personnel,second_country_personnel,size_basis,alt_total_personnel,\
         alt_source_text,quality,note,source_ids,source_text\n",
    );
    for (k, (y, m, d)) in distinct_days(&mut rng, n, first, last)
        .into_iter()
        .enumerate()
    {
        let name = format!(
            "{} {} #{}",
            rng.pick(&words),
            rng.pick(&words),
            rng.below(30)
        );
        let end = if rng.below(2) == 0 {
            format!("{y}-{m:02}-{:02}", (d + 1 + rng.below(3) as u32).min(28))
        } else {
            String::new()
        };
        let figure = |rng: &mut Rng| (rng.below(3) != 0).then(|| 100 + rng.below(20_000));
        let (a, b) = (figure(&mut rng), figure(&mut rng));
        // A total is at least the two sides' figures.
        let total = figure(&mut rng).map(|t| t + a.unwrap_or(0) + b.unwrap_or(0));
        let text = |n: Option<u64>| n.map_or(String::new(), |n| n.to_string());
        let (total, a, b) = (text(total), text(a), text(b));
        let basis = if total.is_empty() && a.is_empty() && b.is_empty() {
            ""
        } else {
            "claimed"
        };
        csv.push_str(&format!(
            "{name},{y}-{m:02}-{d:02},{end},Place {k},{},{},{total},{a},{b},{basis},,,,,wire,\n",
            rng.pick(&hosts),
            rng.pick(&domains),
        ));
    }
    files.insert("exercises.csv".into(), csv.into_bytes());

    let kinds = ["in-person", "phone", "video"];
    let qualities = ["", "", "", "unconfirmed", "approximate"];
    let n = rng.below(30) as usize;
    let mut csv =
        String::from("date,kind,bilateral,place,occasion,quality,note,source_ids,source_text\n");
    for (k, (y, m, d)) in distinct_days(&mut rng, n, first, last)
        .into_iter()
        .enumerate()
    {
        csv.push_str(&format!(
            "{y}-{m:02}-{d:02},{},yes,,Meeting {k},{},,wire,\n",
            rng.pick(&kinds),
            rng.pick(&qualities)
        ));
    }
    files.insert("meetings.csv".into(), csv.into_bytes());

    let categories = ["diplomatic", "economic", "military", "border"];
    let titles = ["Talks", "Treaty", "Visit", "Drill", "Deal", "Summit"];
    let n = 1 + rng.below(40) as usize;
    let mut csv =
        String::from("date,category,title,description,quality,note,source_ids,source_text\n");
    for (k, (y, m, d)) in distinct_days(&mut rng, n, first - 5, last)
        .into_iter()
        .enumerate()
    {
        csv.push_str(&format!(
            "{y}-{m:02}-{d:02},{},{} {k},Described as event {k}.,,,wire,\n",
            rng.pick(&categories),
            rng.pick(&titles)
        ));
    }
    files.insert("events.csv".into(), csv.into_bytes());

    let mut csv =
        String::from("year,reporter,value_usd_bn,yoy_pct,quality,note,source_ids,source_text\n");
    for reporter in ["ATL", "LEM"] {
        for year in first..=last {
            let value = if rng.below(5) == 0 {
                String::new()
            } else {
                format!("{}.{}", rng.below(5_000), rng.below(10))
            };
            csv.push_str(&format!("{year},{reporter},{value},,,,customs,\n"));
        }
    }
    files.insert("trade.csv".into(), csv.into_bytes());
    files
}
