//! Benchmarks of `bilat import`: reading a large UN Comtrade file (monthly totals buried among
//! commodity rows, as a broad query returns them), and writing the result into a dataset folder
//! again (the re-import a user runs when a source publishes revisions).
//!
//! cargo bench --bench import

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use bilat::data::Country;
use bilat::import::{self, Target, comtrade};
use criterion::{Criterion, criterion_group, criterion_main};

/// Comtrade's 47 columns, in the order the reader does not rely on.
const HEADER: &str = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,\
reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,\
partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,\
cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,\
qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,\
isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,\
legacyEstimationFlag,isReported,isAggregate";

/// 30 years of monthly trade both ways, as each side reports it: the totals and 97 HS
/// chapters a month, about 140,000 rows.
fn comtrade_file(dir: &Path) -> PathBuf {
    let path = dir.join("comtrade-monthly.csv");
    let mut text = format!("{HEADER}\n");
    for year in 1995..2025 {
        for month in 1..=12 {
            for (reporter, partner, rcode, pcode) in
                [("CHN", "RUS", 156, 643), ("RUS", "CHN", 643, 156)]
            {
                for flow in ["X", "M"] {
                    for chapter in 0..98 {
                        let cmd = if chapter == 0 {
                            "TOTAL".to_string()
                        } else {
                            format!("{chapter:02}")
                        };
                        let value = 1_000_000.0 * f64::from(year - 1990 + month + chapter);
                        writeln!(
                            text,
                            "C,M,{year}{month:02}01,{year},{month},{year}{month:02},{rcode},\
                             {reporter},,{flow},,{pcode},{partner},,0,W00,World,H6,HS,True,\
                             {cmd},,2,False,C00,,0,0,,-1,,0,False,-1,,0,False,0,False,0,False,\
                             ,,{value},0,True,False"
                        )
                        .unwrap();
                    }
                }
            }
        }
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn pair() -> [Country; 2] {
    let c = |name: &str, code: &str| Country {
        name: name.into(),
        code: code.into(),
    };
    [c("Russia", "RUS"), c("China", "CHN")]
}

fn import(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let file = comtrade_file(tmp.path());
    let files = [file];
    c.bench_function("import/comtrade read 140k rows", |b| {
        b.iter(|| black_box(comtrade::read(&files, &pair()).unwrap()))
    });
    // The bundled Russia–China folder, imported into once; each run imports again.
    let dir = tmp.path().join("russia-china");
    std::fs::create_dir(&dir).unwrap();
    for entry in std::fs::read_dir("data/russia-china").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let target = Target {
        dir,
        pair: None,
        today: "2026-01-02".into(),
    };
    let batch = comtrade::read(&files, &pair()).unwrap();
    import::write(&target, &batch).unwrap();
    c.bench_function("import/write again into russia-china", |b| {
        b.iter(|| black_box(import::write(&target, &batch).unwrap()))
    });
}

criterion_group!(benches, import);
criterion_main!(benches);
