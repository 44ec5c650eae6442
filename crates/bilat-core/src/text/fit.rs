//! Fitting text into terminal columns: display width, truncation, padding, ASCII folding.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::data::Figure;

/// Columns `text` takes on a terminal (CJK and emoji count two).
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `max` columns, ending in `ellipsis` when cut. A wide character that
/// would straddle the limit is dropped, never split.
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if max >= width(ellipsis) {
        out.push_str(ellipsis);
    }
    out
}

/// `text` cut to at most `max` columns by dropping its middle (`Joint strat…patrol #9`), so
/// texts that differ only at their end stay apart.
pub fn truncate_middle(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(width(ellipsis));
    if room < 6 {
        return truncate(text, max, ellipsis);
    }
    let tail_room = room / 3;
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > tail_room {
            break;
        }
        used += w;
        tail.push(c);
    }
    let tail: String = tail.into_iter().rev().collect();
    let head = truncate(text, room - used + width(ellipsis), ellipsis);
    format!("{head}{tail}")
}

/// `text` truncated or padded with spaces to exactly `columns` columns.
pub fn pad(text: &str, columns: usize, ellipsis: &str) -> String {
    let mut out = truncate(text, columns, ellipsis);
    let used = width(&out);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(used)));
    out
}

/// Words of `text` wrapped into lines of at most `max` columns; a word longer than a line
/// is cut. At most `lines` lines, the last ending in `ellipsis` if text was left over.
pub fn wrap(text: &str, max: usize, lines: usize, ellipsis: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let word = truncate(word, max, ellipsis);
        if current.is_empty() {
            current = word;
        } else if width(&current) + 1 + width(&word) <= max {
            current.push(' ');
            current.push_str(&word);
        } else {
            out.push(std::mem::replace(&mut current, word));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            let room = max.saturating_sub(width(ellipsis));
            *last = format!("{}{ellipsis}", truncate(last, room, ""));
        }
    }
    out
}

/// Every word of `text` in lines of at most `max` columns (at least one): nothing is cut,
/// a word longer than a line (an address, say) goes on over as many lines as it needs.
pub fn wrap_all(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && width(&current) + 1 + width(word) <= max {
            current.push(' ');
            current.push_str(word);
            continue;
        }
        if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        for c in word.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if !current.is_empty() && width(&current) + w > max {
                out.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Plain ASCII for terminals and locales that cannot show more: common punctuation becomes
/// its ASCII look-alike, anything else becomes `?`.
pub fn ascii_fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            '–' | '‒' | '−' | '‐' | '‑' => out.push('-'),
            '—' | '―' => out.push_str("--"),
            '‘' | '’' | '‚' | '′' => out.push('\''),
            '“' | '”' | '„' | '″' => out.push('"'),
            '…' => out.push_str("..."),
            '·' | '•' => out.push('*'),
            '×' => out.push('x'),
            '≥' => out.push_str(">="),
            '≤' => out.push_str("<="),
            '\u{a0}' | '\u{2002}'..='\u{200a}' => out.push(' '),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'á' | 'à' | 'â' | 'ä' | 'ã' => out.push('a'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ú' | 'ù' | 'û' | 'ü' => out.push('u'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            _ => out.push('?'),
        }
    }
    out
}

/// A whole number with thousands separators: `300,000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A signed percentage at its printed decimals: `+27.1%`, `-6.9%`, `+28%`, `-2.69%`.
pub fn percent(pct: Figure) -> String {
    format!("{}%", pct.signed_number())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_wrapping_keeps_every_character_and_fits_each_line() {
        let text = "See https://example.org/a/very/long/address/that/runs/on and 中俄关系 too";
        for max in 1..40 {
            let lines = wrap_all(text, max);
            assert!(
                lines.iter().all(|l| width(l) <= max.max(2)),
                "{max}: {lines:?}"
            );
            let joined: String = lines.concat().split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            assert_eq!(joined, original, "{max}");
        }
        assert_eq!(wrap_all("a b c", 3), ["a b", "c"]);
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("中俄关系", 5, "…"), "中俄…");
        assert_eq!(width(&truncate("中俄关系", 5, "…")), 5);
        assert_eq!(truncate("abc", 3, "…"), "abc");
        assert_eq!(truncate("abcd", 3, "..."), "...");
        assert_eq!(truncate("abcd", 0, "…"), "");
    }

    #[test]
    fn middle_truncation_keeps_the_ends_that_tell_names_apart() {
        let a = truncate_middle("Joint strategic air patrol #9", 20, "…");
        let b = truncate_middle("Joint strategic air patrol #10", 20, "…");
        assert_ne!(a, b);
        assert!(a.ends_with("#9") && b.ends_with("#10"), "{a} {b}");
        assert!(width(&a) <= 20 && width(&b) <= 20);
        assert_eq!(truncate_middle("short", 20, "…"), "short");
        assert!(!truncate_middle("长长长长长长长长长长", 9, "…").is_empty());
        assert!(width(&truncate_middle("长长长长长长长长长长", 9, "…")) <= 9);
    }

    #[test]
    fn padding_gives_exact_widths() {
        assert_eq!(pad("中", 4, "…"), "中  ");
        assert_eq!(width(&pad("中国和俄罗斯", 7, "…")), 7);
    }

    #[test]
    fn wrapping_fills_lines_and_marks_what_is_left() {
        assert_eq!(wrap("aa bb cc dd", 5, 3, "…"), ["aa bb", "cc dd"]);
        assert_eq!(wrap("aa bb cc dd", 5, 1, "…"), ["aa b…"]);
        assert_eq!(wrap("abcdefgh", 4, 2, "…"), ["abc…"]);
        assert!(wrap("", 10, 2, "…").is_empty());
        for line in wrap("one two three four five six seven", 9, 2, "...") {
            assert!(width(&line) <= 9, "{line}");
        }
    }

    #[test]
    fn ascii_folding_keeps_meaning() {
        assert_eq!(
            ascii_fold("Russia–China — “no limits”…"),
            "Russia-China -- \"no limits\"..."
        );
        assert_eq!(ascii_fold("中"), "?");
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(300_000), "300,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        let pct = |text| crate::data::Figure::parse(text).unwrap();
        assert_eq!(percent(pct("-6.9")), "-6.9%");
        assert_eq!(percent(pct("27.1")), "+27.1%");
        assert_eq!(percent(pct("28")), "+28%");
        assert_eq!(percent(pct("-2.69")), "-2.69%");
    }
}
