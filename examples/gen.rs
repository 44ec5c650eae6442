//! Writes a synthetic dataset of any size, the same for the same seed, that passes
//! `bilat check`: the bundled manifest and small tables, plus as many events as asked for.
//!
//! cargo run --release --example gen -- --events 1000000 --out /tmp/big [--seed 7]

use std::path::PathBuf;

struct Args {
    events: u64,
    out: PathBuf,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut events = None;
    let mut out = None;
    let mut seed = 7;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--events" => events = Some(value.parse().map_err(|_| "--events: a number")?),
            "--out" => out = Some(PathBuf::from(value)),
            "--seed" => seed = value.parse().map_err(|_| "--seed: a number")?,
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(Args {
        events: events.ok_or("--events N is required")?,
        out: out.ok_or("--out DIR is required")?,
        seed,
    })
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen: {e}\nusage: gen --events N --out DIR [--seed S]");
            std::process::exit(2);
        }
    };
    if let Err(e) = bilat::data::synthetic::write(&args.out, args.events, args.seed) {
        eprintln!("gen: {}: {e}", args.out.display());
        std::process::exit(1);
    }
}
