//! The clipboard through the terminal: OSC 52 carries text to the clipboard of the machine
//! the user sits at, over SSH too. Terminals that do not know the sequence ignore it; those
//! known never to take it (the Linux console, DEC terminals, dumb ones) are not sent it.
//! Inside tmux the sequence is wrapped in tmux's passthrough so it reaches the terminal
//! tmux runs in. OSC 52 has no answer: whether the text arrived cannot be known, and the
//! messages say so.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

pub use crate::tui::app::Route;

/// Why the terminal named `term` takes no clipboard writes, or `None` when it may.
pub(crate) fn refused_by(term: Option<&str>) -> Option<String> {
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
pub(crate) fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

/// `sequence` wrapped in tmux's passthrough (DCS `tmux;` ... ST), every ESC inside doubled,
/// so tmux hands it on to the terminal it runs in (with `allow-passthrough on`).
pub(crate) fn tmux_passthrough(sequence: &str) -> String {
    format!("\x1bPtmux;{}\x1b\\", sequence.replace('\x1b', "\x1b\x1b"))
}

impl Route {
    /// The bytes that set the clipboard to `text` along this route.
    pub fn sequence(self, text: &str) -> String {
        match self {
            Route::Direct => osc52(text),
            Route::Tmux => tmux_passthrough(&osc52(text)),
        }
    }
}

/// Sends `text` to the clipboard through `out` along `route` unless `term` refuses it; the
/// reason when nothing was sent.
pub fn copy(
    out: &mut impl Write,
    text: &str,
    term: Option<&str>,
    route: Route,
) -> io::Result<Option<String>> {
    if let Some(why) = refused_by(term) {
        return Ok(Some(why));
    }
    out.write_all(route.sequence(text).as_bytes())?;
    out.flush()?;
    Ok(None)
}

/// Copies `text` for the dashboard through its terminal `out`, as `TERM` allows, and tells
/// `app` what came of it.
pub(crate) fn copy_for(
    app: &mut crate::tui::app::App,
    out: &mut impl Write,
    text: &str,
) -> io::Result<()> {
    let term = std::env::var("TERM").ok();
    let route = Route::from_env(std::env::var("TMUX").ok().as_deref());
    let why = copy(out, text, term.as_deref(), route)?;
    app.copy_done(why.is_none(), why.as_deref().unwrap_or_default(), route);
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
            copy(&mut out, "Vostok", Some("xterm-256color"), Route::Direct).unwrap(),
            None
        );
        assert_eq!(out, b"\x1b]52;c;Vm9zdG9r\x07");
    }

    #[test]
    fn consoles_that_refuse_it_are_not_sent_it() {
        for term in [None, Some("linux"), Some("vt100"), Some("dumb")] {
            let mut out = Vec::new();
            let why = copy(&mut out, "x", term, Route::Tmux).unwrap();
            assert!(why.is_some(), "{term:?}");
            assert!(out.is_empty(), "{term:?}");
        }
        assert_eq!(refused_by(Some("tmux-256color")), None);
    }

    #[test]
    fn inside_tmux_the_sequence_goes_through_its_passthrough_with_each_esc_doubled() {
        let mut out = Vec::new();
        let route = Route::from_env(Some("/tmp/tmux-1000/default,1234,0"));
        assert_eq!(route, Route::Tmux);
        assert_eq!(
            copy(&mut out, "Vostok", Some("tmux-256color"), route).unwrap(),
            None
        );
        assert_eq!(out, b"\x1bPtmux;\x1b\x1b]52;c;Vm9zdG9r\x07\x1b\\");
        assert_eq!(Route::from_env(None), Route::Direct);
        assert_eq!(Route::from_env(Some("")), Route::Direct);
    }

    #[test]
    fn the_message_says_sent_not_copied() {
        for route in [Route::Direct, Route::Tmux] {
            let m = route.sent_message("citation");
            assert!(m.starts_with("citation sent "), "{m}");
            assert!(!m.contains("copied"), "{m}");
        }
        assert!(
            Route::Direct
                .sent_message("citation")
                .contains("not all terminals accept it")
        );
    }
}
