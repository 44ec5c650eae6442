//! What an import says on stderr when it has written: rows read, kept and skipped, the
//! warnings, and what was written where; and the words it names countries with.

use std::path::Path;

use super::{Batch, Written, merge, shown};

/// What an import says on stderr: rows read, kept and skipped (a warning with each reason's
/// count and first place), and what was written where.
pub fn report(batch: &Batch, written: &Written) -> String {
    let tally = &batch.tally;
    let tag = batch.source.tag;
    let mut out = format!(
        "{tag}: read {} row{}, kept {}, skipped {}\n",
        tally.read,
        plural(tally.read),
        tally.kept,
        tally.skipped_count()
    );
    if !tally.skipped.is_empty() {
        let reasons: Vec<String> = tally
            .skipped
            .iter()
            .map(|s| format!("{} {} (first at {})", s.count, s.reason, s.first))
            .collect();
        out.push_str(&format!(
            "warning: skipped {} row{}: {}\n",
            tally.skipped_count(),
            plural(tally.skipped_count()),
            reasons.join("; ")
        ));
    }
    for warning in &tally.warnings {
        out.push_str(&format!("warning: {warning}\n"));
    }
    let file = shown(&written.file);
    if written.created {
        out.push_str(&format!(
            "{}: new dataset folder\n",
            shown(written.file.parent().unwrap_or(Path::new(".")))
        ));
    }
    let replacing = match written.replaced {
        0 => String::new(),
        n => format!(" (in place of the {n} an earlier {tag} import wrote)"),
    };
    out.push_str(&format!(
        "{file}: wrote {} row{}{replacing}, kept {} other row{}\n",
        written.written,
        plural(written.written),
        written.kept,
        plural(written.kept)
    ));
    if let Some(line) = merge::describe_added(&file, &written.added_columns) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A country's name as a possessive: `China's`, but `United States'` and `Philippines'`
/// (a name ending in s takes the apostrophe alone).
pub(crate) fn possessive(name: &str) -> String {
    if name.ends_with(['s', 'S']) {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_ending_in_s_take_the_apostrophe_alone() {
        assert_eq!(possessive("China"), "China's");
        assert_eq!(possessive("United States"), "United States'");
        assert_eq!(possessive("Philippines"), "Philippines'");
    }
}
