//! The clipboard through the terminal: OSC 52 carries text to the clipboard of the machine
//! the user sits at, over SSH too. Terminals that do not know the sequence ignore it; those
//! known never to take it (the Linux console, DEC terminals, dumb ones) are not sent it.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Why the terminal named `term` takes no clipboard writes, or `None` when it may.
pub fn refused_by(term: Option<&str>) -> Option<String> {
    let term = term.unwrap_or("").trim();
    let name = term.split('-').next().unwrap_or("");
    match name {
        "" => Some("TERM is not set, so the terminal is unknown".to_string()),
        "linux" | "dumb" | "vt52" | "vt100" | "vt102" | "vt220" | "vt320" | "cons25" => Some(
            format!("this terminal (TERM={term}) takes no clipboard writes"),
        ),
        _ => None,
    }
}

/// The OSC 52 sequence that sets the clipboard to `text`.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

/// Sends `text` to the clipboard through `out` unless `term` refuses it; the reason when
/// nothing was sent.
pub fn copy(out: &mut impl Write, text: &str, term: Option<&str>) -> io::Result<Option<String>> {
    if let Some(why) = refused_by(term) {
        return Ok(Some(why));
    }
    out.write_all(osc52(text).as_bytes())?;
    out.flush()?;
    Ok(None)
}

/// Copies `text` for the dashboard through its terminal `out`, as `TERM` allows, and tells
/// `app` what came of it.
pub fn copy_for(
    app: &mut crate::tui::app::App,
    out: &mut impl Write,
    text: &str,
) -> io::Result<()> {
    let term = std::env::var("TERM").ok();
    let why = copy(out, text, term.as_deref())?;
    app.copy_done(why.is_none(), why.as_deref().unwrap_or_default());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_carries_the_text_in_base64() {
        assert_eq!(osc52("Vostok"), "\x1b]52;c;Vm9zdG9r\x07");
        let mut out = Vec::new();
        assert_eq!(
            copy(&mut out, "Vostok", Some("xterm-256color")).unwrap(),
            None
        );
        assert_eq!(out, b"\x1b]52;c;Vm9zdG9r\x07");
    }

    #[test]
    fn consoles_that_refuse_it_are_not_sent_it() {
        for term in [None, Some("linux"), Some("vt100"), Some("dumb")] {
            let mut out = Vec::new();
            let why = copy(&mut out, "x", term).unwrap();
            assert!(why.is_some(), "{term:?}");
            assert!(out.is_empty(), "{term:?}");
        }
        assert_eq!(refused_by(Some("tmux-256color")), None);
    }
}
