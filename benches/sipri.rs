//! Reading a SIPRI trade register: a whole-world export of 20,000 deals (latin-1, the
//! preamble, the header), of which the pair's are kept, the rest counted.
//!
//! cargo bench --bench sipri

use std::hint::black_box;

use bilat::data::Country;
use bilat::import::sipri;
use criterion::{Criterion, criterion_group, criterion_main};

const DEALS: usize = 20_000;

/// A register in SIPRI's layout, every tenth deal between the pair.
fn register() -> Vec<u8> {
    let mut text = String::new();
    for line in [
        "Transfer register",
        "",
        "Trade Register",
        "Made-up figures in the layout of a SIPRI trade register export",
        "Transfers of major weapons: Deals with deliveries or orders made for 1950 to 2024",
        "Note: the delivery columns refer to all deliveries since the start of the contract.",
        "Deals in which the recipient was involved in licensed production are marked.",
        "Information generated: 10 March 2025",
        "",
        "",
        "",
    ] {
        text.push_str(line);
        text.push_str("\r\n");
    }
    text.push_str(
        "Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon \
         description,Number delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per \
         unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\r\n",
    );
    for i in 0..DEALS {
        let (recipient, supplier) = if i % 10 == 0 {
            ("China", "Russia")
        } else {
            ("Côte d'Ivoire", "France")
        };
        let year = 1960 + (i % 60);
        text.push_str(&format!(
            "{recipient},{supplier},{year},?,{n},,Type-{i},aircraft,{n},,\"{year}; {}\",New,\
             \"Deal {i}, see notes\",{t},{},{}\r\n",
            year + 1,
            (i % 50) * 12,
            (i % 50) * 12,
            n = i % 50,
            t = 12,
        ));
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    bytes.into_owned()
}

fn parse(c: &mut Criterion) {
    let bytes = register();
    let pair = [
        Country {
            name: "Russia".into(),
            code: "RUS".into(),
        },
        Country {
            name: "China".into(),
            code: "CHN".into(),
        },
    ];
    let mut g = c.benchmark_group(format!("sipri register of {DEALS} deals"));
    g.sample_size(20);
    g.bench_function("parse, keep the pair's", |b| {
        b.iter(|| {
            black_box(sipri::parse("r.csv", "r.csv", &bytes, &pair, Default::default()).unwrap())
        })
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
