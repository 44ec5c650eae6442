//! `bilat check`: validate a dataset and report every problem with a summary line.

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
            counts.push(format!("{} sources", data.manifest.sources.len()));
            (format!("{label}: ok: {}\n", counts.join(", ")), true)
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
