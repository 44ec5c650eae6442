//! Colour codes a 16-colour terminal understands. crossterm writes even the sixteen basic
//! colours in the 256-colour form (`ESC[38;5;6m`), which a 16-colour terminal may show wrongly
//! or not at all; on such a terminal this writer turns them into the classic codes
//! (`ESC[36m`), and leaves every other byte alone.

use std::io::{self, Write};

/// Passes bytes to `inner`, rewriting the basic colours of SGR sequences when `enabled`.
pub(crate) struct Sgr16<W: Write> {
    inner: W,
    enabled: bool,
    /// A control sequence begun in one write and not yet ended.
    pending: Vec<u8>,
}

impl<W: Write> Sgr16<W> {
    pub fn new(inner: W, enabled: bool) -> Sgr16<W> {
        Sgr16 {
            inner,
            enabled,
            pending: Vec::new(),
        }
    }

    /// Whether basic colours are being rewritten.
    pub(crate) fn enabled(&self) -> bool {
        self.enabled
    }

    /// Starts or stops rewriting, for a colour depth changed while bilat runs.
    pub(crate) fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
    }
}

/// The classic form of one SGR sequence's parameters: `38;5;N` and `48;5;N` for N below 16
/// become 30–37, 90–97, 40–47 or 100–107; everything else stays as it is.
fn classic(params: &str) -> String {
    let parts: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let colour = match (parts.get(i), parts.get(i + 1), parts.get(i + 2)) {
            (Some(&layer @ ("38" | "48")), Some(&"5"), Some(n)) => {
                n.parse::<u8>().ok().filter(|&n| n < 16).map(|n| {
                    let base = match (layer, n < 8) {
                        ("38", true) => 30,
                        ("38", false) => 90,
                        (_, true) => 40,
                        (_, false) => 100,
                    };
                    (base + u16::from(n % 8)).to_string()
                })
            }
            _ => None,
        };
        match colour {
            Some(code) => {
                out.push(code);
                i += 3;
            }
            None => {
                out.push(parts[i].to_string());
                i += 1;
            }
        }
    }
    out.join(";")
}

impl<W: Write> Write for Sgr16<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.enabled {
            return self.inner.write(buf);
        }
        let mut plain_from = 0;
        for (i, &b) in buf.iter().enumerate() {
            if self.pending.is_empty() {
                if b == 0x1b {
                    self.inner.write_all(&buf[plain_from..i])?;
                    self.pending.push(b);
                }
                continue;
            }
            self.pending.push(b);
            let csi = self.pending.len() >= 2 && self.pending[1] == b'[';
            let ended = if self.pending.len() == 2 {
                // Not a control sequence (`ESC 7`, `ESC ]...`): passed on as it comes.
                !csi
            } else {
                (0x40..=0x7e).contains(&b)
            };
            if ended {
                let seq = std::mem::take(&mut self.pending);
                if csi && b == b'm' {
                    let params = String::from_utf8_lossy(&seq[2..seq.len() - 1]);
                    write!(self.inner, "\x1b[{}m", classic(&params))?;
                } else {
                    self.inner.write_all(&seq)?;
                }
                plain_from = i + 1;
            }
        }
        if self.pending.is_empty() {
            self.inner.write_all(&buf[plain_from.min(buf.len())..])?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> Vec<u8> {
        let mut w = Sgr16::new(Vec::new(), true);
        for c in chunks {
            w.write_all(c).unwrap();
        }
        w.inner
    }

    #[test]
    fn basic_colours_take_their_classic_codes_even_split_across_writes() {
        assert_eq!(through(&[b"a\x1b[38;5;6mb"]), b"a\x1b[36mb");
        assert_eq!(through(&[b"\x1b[38;5", b";14;48;5;0;1m"]), b"\x1b[96;40;1m");
        assert_eq!(through(&[b"\x1b[", b"38;5;203m"]), b"\x1b[38;5;203m");
        // Other sequences and text pass unchanged.
        assert_eq!(through(&[b"\x1b[2J\x1b[1;1Hhi"]), b"\x1b[2J\x1b[1;1Hhi");
        assert_eq!(through(&[b"\x1b7x"]), b"\x1b7x");
    }
}
