//! Writes a synthetic dataset of any size, the same for the same seed, that passes
//! `bilat check`: the bundled manifest and small tables, plus as many events as asked for.
//!
//! cargo run --release --example gen -- --events 1000000 --out /tmp/big [--seed 7]
//! cargo run --release --example gen -- --events 10000000 --random-dates --out /tmp/big10m-random
//! cargo run --release --example gen -- --library 1000 --out /tmp/lib/bilat/datasets

use std::path::PathBuf;

struct Args {
    events: u64,
    /// Write this many small datasets (a library) instead of one large one.
    library: Option<usize>,
    /// Dates in random order rather than in date order.
    shuffled: bool,
    out: PathBuf,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut events = None;
    let mut library = None;
    let mut shuffled = false;
    let mut out = None;
    let mut seed = 7;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--random-dates" {
            shuffled = true;
            continue;
        }
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--events" => events = Some(value.parse().map_err(|_| "--events: a number")?),
            "--library" => library = Some(value.parse().map_err(|_| "--library: a number")?),
            "--out" => out = Some(PathBuf::from(value)),
            "--seed" => seed = value.parse().map_err(|_| "--seed: a number")?,
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(Args {
        events: match (events, library) {
            (Some(n), _) => n,
            (None, Some(_)) => 0,
            (None, None) => return Err("--events N or --library N is required".into()),
        },
        library,
        shuffled,
        out: out.ok_or("--out DIR is required")?,
        seed,
    })
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "gen: {e}\nusage: gen (--events N [--random-dates] | --library N) --out DIR [--seed S]"
            );
            std::process::exit(2);
        }
    };
    let written = match args.library {
        Some(count) => bilat::data::synthetic::write_library(&args.out, count, args.seed),
        None => {
            bilat::data::synthetic::write_ordered(&args.out, args.events, args.seed, args.shuffled)
        }
    };
    if let Err(e) = written {
        eprintln!("gen: {}: {e}", args.out.display());
        std::process::exit(1);
    }
}
