//! A full-size COW dyadic trade file, generated: about 80 MB like `Dyadic_COW_4.0.csv`
//! (81,656,373 bytes), 1870-2014, every pair of 98 states once a year, in the 23 columns of
//! the real file with its `-9`s and float32 noise. `bilat import cow-trade --country RUS
//! --into-library` must write every partner's dataset in at most 5 s, in constant memory
//! (the peak stays far below the file's size), and a second import must leave every byte as
//! it was. Run with `cargo bench --bench cow_dyadic`; the figure goes in docs/performance.md.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// COW numbers with an ISO code, Russia (365) among them.
const STATES: [u16; 98] = [
    2, 20, 40, 41, 42, 51, 52, 53, 70, 90, 91, 92, 93, 94, 95, 100, 101, 110, 115, 130, 135, 140,
    145, 150, 155, 160, 165, 200, 205, 210, 211, 212, 220, 225, 230, 235, 255, 290, 305, 310, 316,
    317, 325, 339, 343, 344, 346, 349, 350, 352, 355, 360, 365, 366, 367, 368, 369, 370, 371, 372,
    373, 375, 380, 385, 390, 395, 402, 403, 404, 411, 420, 432, 433, 434, 435, 436, 437, 438, 439,
    450, 451, 452, 461, 471, 475, 481, 482, 483, 484, 490, 500, 501, 510, 516, 517, 520, 522, 530,
];

fn generate(path: &Path) -> u64 {
    let mut out = BufWriter::with_capacity(1 << 20, fs::File::create(path).unwrap());
    writeln!(
        out,
        "ccode1,ccode2,year,importer1,importer2,flow1,flow2,smoothflow1,smoothflow2,smoothtotrade,\
         spike1,spike2,dip1,dip2,trdspike,tradedip,bel_lux_alt_flow1,bel_lux_alt_flow2,\
         china_alt_flow1,china_alt_flow2,source1,source2,version"
    )
    .unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for year in 1870..=2014 {
        for (i, &a) in STATES.iter().enumerate() {
            for &b in &STATES[i + 1..] {
                let r = next();
                // About one flow in five missing, as -9; the rest float32 values printed
                // with f64's digits, as the real file does.
                let flow = |x: u64| {
                    if x.is_multiple_of(5) {
                        "-9".to_string()
                    } else {
                        format!("{}", f64::from(((x % 1_000_000) as f32) / 100.0))
                    }
                };
                let (f1, f2) = (flow(r), flow(r >> 20));
                writeln!(
                    out,
                    "{a},{b},{year},State {a},State {b},{f1},{f2},{f1},{f2},-9,0,0,0,0,0,0,,,,,1,1,4"
                )
                .unwrap();
            }
        }
    }
    out.flush().unwrap();
    fs::metadata(path).unwrap().len()
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.clone(), fs::read(&path).unwrap());
        }
    }
    files
}

/// The peak resident memory of the children waited for so far, in KiB.
fn children_peak_kib() -> i64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct given.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss
}

fn main() {
    let root = std::env::temp_dir().join("bilat-bench-cow-dyadic");
    fs::create_dir_all(&root).unwrap();
    let file = root.join("Dyadic_COW_like.csv");
    let size = if file.exists() {
        fs::metadata(&file).unwrap().len()
    } else {
        generate(&file)
    };
    println!("{}: {:.1} MB", file.display(), size as f64 / 1e6);
    let lib = root.join("library");
    let _ = fs::remove_dir_all(&lib);
    let bilat = env!("CARGO_BIN_EXE_bilat");
    let run = || {
        let start = Instant::now();
        let out = Command::new(bilat)
            .args(["import", "cow-trade"])
            .arg(&file)
            .args(["--country", "RUS", "--into-library"])
            .arg(&lib)
            .output()
            .unwrap();
        let took = start.elapsed();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        took
    };
    let first = run();
    let peak = children_peak_kib();
    let datasets = fs::read_dir(&lib).unwrap().count();
    let before = snapshot(&lib);
    let second = run();
    assert_eq!(snapshot(&lib), before, "a second import changed bytes");
    println!(
        "import cow-trade --country RUS: {datasets} datasets, first {:.2} s, again {:.2} s \
         (byte-identical), peak memory {:.1} MB",
        first.as_secs_f64(),
        second.as_secs_f64(),
        peak as f64 / 1024.0
    );
    assert!(first.as_secs_f64() <= 5.0, "over 5 s: {first:?}");
    assert!(
        (peak as u64) * 1024 < size / 2,
        "memory grows with the file: {peak} KiB"
    );
}
