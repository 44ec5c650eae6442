//! `bilat check`: validate a dataset and report every problem with a summary line.

use crate::data::{Dataset, Problems};

/// The report `bilat check` prints, and whether the dataset was clean.
pub fn report(result: &Result<Dataset, Problems>, label: &str) -> (String, bool) {
    match result {
        Ok(data) => {
            let summary = format!(
                "{label}: ok: {} trade rows, {} meetings, {} exercises, {} events, {} sources\n",
                data.trade.len(),
                data.meetings.len(),
                data.exercises.len(),
                data.events.len(),
                data.manifest.sources.len()
            );
            (summary, true)
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
