//! A record read aloud as the plain mode's sentences are: each field a sentence, figures with
//! their unit in words ("68.7 billion US dollars"), changes as "up 4.7 percent", months and
//! dates in full ("April to March", "15 December 2025") and countries by name, not code.
//! Figures keep their printed decimals: "39" stays "39", "3.06" stays "3.06".

use crate::data::{Dataset, MONTHS, month_name};
use crate::report::record::Record;

/// The record as sentences.
pub fn record(record: &Record, data: &Dataset) -> String {
    let mut out = sentence(&speak(&record.title, data));
    for entry in &record.entries {
        out.push('\n');
        out.push_str(&sentence(&speak(&entry.heading, data)));
        for field in &entry.fields {
            let text = match field.label {
                "Figure" => figure(&field.text, data),
                _ => speak(&field.text, data),
            };
            out.push(' ');
            out.push_str(&sentence(&format!("{}: {text}", field.label)));
        }
    }
    out
}

/// Ends the text with a full stop unless it ends with one already (or another mark).
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// A trade figure as the record prints it, `68.7 (USD billions, nominal)`, with its unit in
/// words: `68.7 billion US dollars`.
fn figure(text: &str, data: &Dataset) -> String {
    let unit = &data.manifest.units.trade;
    match text.strip_suffix(&format!(" ({unit})")) {
        Some(number) if unit.starts_with("USD billions") => {
            format!("{} billion US dollars", speak(number, data))
        }
        Some(number) => format!("{} {unit}", speak(number, data)),
        None => speak(text, data),
    }
}

/// Marks, months, dates and codes in words.
pub fn speak(text: &str, data: &Dataset) -> String {
    let text = months(text);
    let text = fiscal(&text);
    let text = percents(&text);
    let text = dates(&text);
    countries(&text, data)
}

/// `(Apr–Mar)` → `, April to March`.
fn months(text: &str) -> String {
    let mut out = text.to_string();
    for from in MONTHS {
        for to in MONTHS {
            for dash in ['–', '-'] {
                let short = format!(" ({from}{dash}{to})");
                if out.contains(&short) {
                    let long = format!(", {} to {}", full(from), full(to));
                    out = out.replace(&short, &long);
                }
            }
        }
    }
    out
}

fn full(short: &str) -> &'static str {
    MONTHS
        .iter()
        .position(|m| *m == short)
        .map_or("", |i| month_name(i as u8 + 1))
}

/// `FY2024-25` → `fiscal year 2024-25`.
fn fiscal(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("FY") {
        let after = &rest[at + 2..];
        let starts_word = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric());
        if starts_word && after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&rest[..at]);
            out.push_str("fiscal year ");
        } else {
            out.push_str(&rest[..at + 2]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `+4.7%` → `up 4.7 percent`, `-6.9%` → `down 6.9 percent`, `12%` → `12 percent`.
fn percents(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        let before = &rest[..at];
        let digits = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
            .last()
            .map(|(i, _)| i);
        match digits {
            Some(start) => {
                let number = &before[start..];
                let (head, sign) = match before[..start].chars().last() {
                    Some('+') => (&before[..start - 1], "up "),
                    Some('-' | '−') => {
                        let len = before[..start].chars().last().map_or(1, char::len_utf8);
                        (&before[..start - len], "down ")
                    }
                    _ => (&before[..start], ""),
                };
                out.push_str(head);
                out.push_str(&format!("{sign}{number} percent"));
            }
            None => out.push_str(&rest[..=at]),
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// `2025-12-15` → `15 December 2025`, `2025-12` → `December 2025`, where the text holds a
/// date standing alone (not inside a longer number or a period such as `2024-25`).
fn dates(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let mut copied = 0;
    while i + 7 <= bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let digits = |from: usize, n: usize| {
            from + n <= bytes.len() && bytes[from..from + n].iter().all(u8::is_ascii_digit)
        };
        if boundary && digits(i, 4) && bytes[i + 4] == b'-' && digits(i + 5, 2) {
            let month: u8 = text[i + 5..i + 7].parse().unwrap_or(0);
            let day = (i + 10 <= bytes.len() && bytes[i + 7] == b'-' && digits(i + 8, 2))
                .then(|| text[i + 8..i + 10].parse::<u8>().unwrap_or(0));
            let end = i + if day.is_some() { 10 } else { 7 };
            let ends = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
            if (1..=12).contains(&month) && ends && day.is_none_or(|d| (1..=31).contains(&d)) {
                out.push_str(&text[copied..i]);
                let year = &text[i..i + 4];
                match day {
                    Some(d) => out.push_str(&format!("{d} {} {year}", month_name(month))),
                    None => out.push_str(&format!("{} {year}", month_name(month))),
                }
                copied = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Each of the pair's codes standing alone (`RUS`) as the country's name (`Russia`).
fn countries(text: &str, data: &Dataset) -> String {
    let mut out = text.to_string();
    for country in &data.manifest.countries {
        let code = country.code.as_str();
        let mut done = String::new();
        let mut rest = out.as_str();
        while let Some(at) = rest.find(code) {
            let before = rest[..at].chars().last();
            let after = rest[at + code.len()..].chars().next();
            let alone = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-');
            done.push_str(&rest[..at]);
            done.push_str(if alone { &country.name } else { code });
            rest = &rest[at + code.len()..];
        }
        done.push_str(rest);
        out = done;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::bundled().unwrap()
    }

    #[test]
    fn marks_months_dates_and_codes_are_said_in_words() {
        let d = data();
        assert_eq!(
            speak("FY2024-25 (Apr–Mar)", &d),
            "fiscal year 2024-25, April to March"
        );
        assert_eq!(speak("+4.7% worked out", &d), "up 4.7 percent worked out");
        assert_eq!(
            speak("-6.9% as reported", &d),
            "down 6.9 percent as reported"
        );
        assert_eq!(speak("2025-12-15", &d), "15 December 2025");
        assert_eq!(speak("(2026-01-14)", &d), "(14 January 2026)");
        assert_eq!(speak("2023-24 and 2021", &d), "2023-24 and 2021");
        assert_eq!(speak("RUS and CHN; RUSSIA", &d), "Russia and China; RUSSIA");
        assert_eq!(speak("comtrade-rus", &d), "comtrade-rus");
    }

    #[test]
    fn figures_keep_their_printed_decimals_and_gain_their_unit() {
        let d = data();
        assert_eq!(
            figure("39 (USD billions, nominal)", &d),
            "39 billion US dollars"
        );
        assert_eq!(
            figure("3.060 (USD billions, nominal)", &d),
            "3.060 billion US dollars"
        );
    }
}
