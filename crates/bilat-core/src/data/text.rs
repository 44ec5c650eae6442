//! Untrusted text from data files, made safe to print anywhere.
//!
//! Every string read from a dataset passes through [`sanitize`] at load time, so no later
//! output (dashboard, brief, exports) can send a control or escape sequence to a terminal.

use std::borrow::Cow;

/// Replaces control characters and invisible reordering marks with visible text.
///
/// - tab, line feed, carriage return and CRLF become a single space (fields show on one line);
/// - other C0 controls and DEL use caret notation (`ESC` → `^[`, NUL → `^@`, DEL → `^?`);
/// - C1 controls, bidi overrides and isolates, and other format characters that can
///   disguise text become `<U+XXXX>`.
pub fn sanitize(input: &str) -> Cow<'_, str> {
    // Printable ASCII, by far the common case, needs no look at characters.
    if input.bytes().all(|b| (0x20..0x7f).contains(&b)) || !input.chars().any(needs_escape) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len() + 8);
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{0}'..='\u{1f}' => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            '\u{7f}' => out.push_str("^?"),
            c if needs_escape(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200e}' | '\u{200f}'          // left-to-right and right-to-left marks
            | '\u{202a}'..='\u{202e}'        // embeddings and overrides
            | '\u{2066}'..='\u{2069}'        // isolates
            | '\u{061c}'                     // Arabic letter mark
            | '\u{feff}'                     // stray byte-order mark inside text
            | '\u{fff9}'..='\u{fffb}') // interlinear annotation controls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(sanitize("Xi–Putin 会谈"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(sanitize("a\u{1b}[31mred"), "a^[[31mred");
        assert_eq!(sanitize("\u{1b}]52;c;aGk=\u{7}"), "^[]52;c;aGk=^G");
        assert_eq!(sanitize("x\u{9b}2Jy"), "x<U+009B>2Jy");
        assert_eq!(sanitize("nul\0"), "nul^@");
        assert_eq!(sanitize("del\u{7f}"), "del^?");
        assert_eq!(sanitize("a\tb\r\nc\rd"), "a b c d");
        assert_eq!(sanitize("\u{202e}evil"), "<U+202E>evil");
    }

    #[test]
    fn output_never_holds_a_control_character() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        assert!(!sanitize(&all).chars().any(needs_escape));
    }
}
