//! `bilat check`: validate datasets and report every problem with a summary line each.

use crate::data::{Dataset, Problems, TABLES};

/// The report `bilat check` prints, and whether the dataset was clean.
pub fn report(result: &Result<Dataset, Problems>, label: &str) -> (String, bool) {
    match result {
        Ok(data) => {
            // `42 trade rows`, or for an optional table the folder lacks, `no exercises table`.
            let mut counts: Vec<String> = TABLES
                .iter()
                .map(|t| {
                    if data.has(t.id) {
                        format!("{} {}", data.row_count(t.id), t.rows_noun)
                    } else {
                        format!("no {} table", t.name)
                    }
                })
                .collect();
            counts.push(match data.manifest.sources.len() {
                1 => "1 source".to_string(),
                n => format!("{n} sources"),
            });
            // What loading assumed: said apart from problems, and no reason to fail.
            let mut out = String::new();
            for w in &data.warnings {
                out.push_str(&format!("warning: {w}\n"));
            }
            let warned = match data.warnings.len() {
                0 => String::new(),
                1 => " (1 warning)".to_string(),
                n => format!(" ({n} warnings)"),
            };
            out.push_str(&format!("{label}: ok{warned}: {}\n", counts.join(", ")));
            (out, true)
        }
        Err(Problems(problems)) => {
            let mut out = String::new();
            for p in problems {
                out.push_str(&p.to_string());
                out.push('\n');
            }
            let files = problems
                .iter()
                .map(|p| p.file.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            out.push_str(&format!(
                "{label}: {} problem{} in {files} file{}\n",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                if files == 1 { "" } else { "s" },
            ));
            (out, false)
        }
    }
}

/// The reports of several datasets, loaded one at a time as the iterator yields them (so
/// only one is in memory), then one line counting them; and whether all were clean.
pub fn report_each(
    datasets: impl IntoIterator<Item = (String, Result<Dataset, Problems>)>,
) -> (String, bool) {
    let mut out = String::new();
    let (mut clean, mut total) = (0, 0);
    for (label, result) in datasets {
        let (report, ok) = report(&result, &label);
        out.push_str(&report);
        total += 1;
        clean += usize::from(ok);
    }
    out.push_str(&format!(
        "{total} dataset{}: {clean} clean, {} with problems\n",
        if total == 1 { "" } else { "s" },
        total - clean
    ));
    (out, clean == total)
}
