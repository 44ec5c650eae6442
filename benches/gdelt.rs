//! How fast `bilat import gdelt` counts event data, in bytes of uncompressed GDELT 2.0 event
//! lines a second on one core, on lines made on the spot in the exact layout (61 columns,
//! realistic widths, 1 row in 50 of the pair).
//!
//! cargo bench --bench gdelt

use std::hint::black_box;

use bilat::import::gdelt::{Pair, read_events};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About `rows` GDELT 2.0 event lines, as a file holds them.
fn event_file(rows: u32) -> Vec<u8> {
    let codes = ["USA", "RUS", "CHN", "IND", "GBR", "", "FRA", "DEU"];
    let mut out = Vec::new();
    for i in 0..rows {
        let (a, b) = if i % 50 == 0 {
            ("RUS", "CHN")
        } else {
            (codes[i as usize % 8], codes[(i as usize / 8) % 8])
        };
        let month = 201501 + (i / 20_000) % 12;
        let quad = 1 + i % 4;
        let line = format!(
            "{id}\t{month}{day:02}\t{month}\t{year}\t{year}.{frac:04}\t{a}GOV\t{a}NAME\t{a}\t\t\t\t\t\
             GOV\t\t\t{b}MIL\t{b}NAME\t{b}\t\t\t\t\tMIL\t\t\t1\t0{code}\t0{code}\t0{root}\t{quad}\t\
             {gold:.1}\t{mentions}\t1\t{mentions}\t{tone:.14}\t1\tMoscow, Moskva, Russia\tRS\tRS48\t\
             RS48:1234\t55.7522\t37.6156\t-2960561\t4\tBeijing, Beijing, China\tCH\tCH22\tCH22:5\t\
             39.9289\t116.388\t-1898541\t4\tMoscow, Moskva, Russia\tRS\tRS48\tRS48:1234\t55.7522\t\
             37.6156\t-2960561\t{month}{day:02}120000\thttps://www.example.com/news/2015/{id}/\
             a-long-headline-of-the-kind-news-sites-use-in-their-addresses.html\n",
            id = 410_000_000 + i,
            day = 1 + i % 28,
            year = month / 100,
            frac = i % 10_000,
            code = 10 + i % 90,
            root = 1 + i % 20,
            gold = f64::from(i % 200) / 10.0 - 10.0,
            mentions = 1 + i % 10,
            tone = f64::from(i % 2000) / 100.0 - 10.0 + 0.123_456_789_012_34,
        );
        out.extend_from_slice(line.as_bytes());
    }
    out
}

fn count_events(c: &mut Criterion) {
    let file = event_file(100_000);
    let pair = Pair([*b"RUS", *b"CHN"]);
    let mut group = c.benchmark_group("gdelt");
    group.throughput(Throughput::Bytes(file.len() as u64));
    group.sample_size(20);
    group.bench_function("count 100k GDELT 2.0 event lines (one core)", |b| {
        b.iter(|| {
            let found = read_events("bench", file.as_slice(), &pair, &|_| {}).unwrap();
            black_box(found.tally.pair_rows)
        });
    });
    group.finish();
}

criterion_group!(benches, count_events);
criterion_main!(benches);
