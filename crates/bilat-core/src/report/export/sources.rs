//! The one-line source note under a chart: who published the figures shown, most cited
//! first, as many as fit, pointing to the dataset for each figure's own citation.

use std::collections::HashMap;

use crate::data::{Citation, Manifest};

/// A publisher's name from one citation part: `Wikipedia, "Peace Mission 2005" (2025)` and
/// `TASS (citing Chinese customs) (2026-01-14)` give `Wikipedia` and `TASS`.
fn publisher(part: &str) -> &str {
    let part = part.trim();
    let end = [" (", ", \"", ","]
        .iter()
        .filter_map(|cut| part.find(cut))
        .min()
        .unwrap_or(part.len());
    part[..end].trim()
}

/// Every publisher the citations name, once per citation, most cited first (ties in order of
/// first appearance, so the line is the same on every run).
pub fn publishers<'a>(
    citations: impl IntoIterator<Item = &'a Citation>,
    manifest: &'a Manifest,
) -> Vec<String> {
    let mut count: HashMap<String, (usize, usize)> = HashMap::new();
    for citation in citations {
        let from_ids = citation
            .source_indices
            .iter()
            .filter_map(|&i| manifest.sources.get(usize::from(i)))
            .map(|s| publisher(&s.publisher));
        let from_text = citation.source_text.split(';').map(publisher);
        let mut seen: Vec<&str> = Vec::new();
        for name in from_ids.chain(from_text).filter(|n| !n.is_empty()) {
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let first = count.len();
            count.entry(name.to_string()).or_insert((0, first)).0 += 1;
        }
    }
    let mut names: Vec<(String, (usize, usize))> = count.into_iter().collect();
    names.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    names.into_iter().map(|(name, _)| name).collect()
}

/// `{lead} A, B and 12 others; {tail}`, at most `max` characters where the lead and tail
/// allow: the names give way, never the pointer to the full citations.
pub fn line(lead: &str, names: &[String], tail: &str, max: usize) -> String {
    let fixed = lead.chars().count() + tail.chars().count() + 3;
    let mut shown = names.len();
    let text = |shown: usize| {
        let head = &names[..shown];
        let rest = names.len() - shown;
        let mut list = match head {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] if rest == 0 => format!("{} and {last}", init.join(", ")),
            all => all.join(", "),
        };
        match rest {
            0 => {}
            1 => list.push_str(" and 1 other"),
            n => list.push_str(&format!(" and {n} others")),
        }
        list
    };
    if names.is_empty() {
        return format!("{lead} {tail}");
    }
    while shown > 1 && fixed + text(shown).chars().count() > max {
        shown -= 1;
    }
    format!("{lead} {}; {tail}", text(shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publisher_is_the_name_before_the_title_or_date() {
        assert_eq!(
            publisher(" Wikipedia, \"Peace Mission\" (2025)"),
            "Wikipedia"
        );
        assert_eq!(publisher("TASS (citing customs) (2026-01-14)"), "TASS");
        assert_eq!(
            publisher("bne IntelliNews / TASS"),
            "bne IntelliNews / TASS"
        );
    }

    #[test]
    fn names_give_way_to_fit() {
        let names: Vec<String> = ["TASS", "Xinhua", "RT", "Sputnik"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            line("Source:", &names, "see the dataset", 200),
            "Source: TASS, Xinhua, RT and Sputnik; see the dataset"
        );
        assert_eq!(
            line("Source:", &names, "see the dataset", 50),
            "Source: TASS, Xinhua and 2 others; see the dataset"
        );
        assert_eq!(
            line("Source:", &[], "see the dataset", 50),
            "Source: see the dataset"
        );
    }
}
