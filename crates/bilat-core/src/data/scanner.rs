//! The bytes of a table on their way to the CSV reader: a byte-order mark dropped, lines and
//! quotes counted for messages, and a record that never ends stopped at a bound.

use std::collections::VecDeque;
use std::io::Read;

/// Passes bytes through to the CSV reader, dropping a leading byte-order mark and counting
/// lines and quotes as they pass: real line numbers (the csv crate's own count is off by
/// one after a CRLF) and unclosed quotes, without keeping the file in memory. Questions
/// come in file order, so it keeps only the line ends the reader has read ahead.
pub(super) struct Scanner<R> {
    inner: R,
    /// Bytes passed on so far.
    offset: u64,
    first: bool,
    /// Line feeds read ahead of the last question: (offset, quotes before it).
    ahead: VecDeque<(u64, u64)>,
    /// Lines ended before the last question, and quotes before the line it fell in.
    lines_before: u64,
    quotes_before_line: u64,
    quotes: u64,
    /// Where the record being read starts: after the last line feed outside quotes.
    pub(super) record_start: u64,
}

/// The longest record read: a file with no line ends, or a quote left open, stops here
/// rather than filling memory with one field.
pub const MAX_RECORD_BYTES: u64 = 8 << 20;

/// A record ran past [`MAX_RECORD_BYTES`].
#[derive(Debug)]
pub(super) struct RecordTooLong;

impl std::fmt::Display for RecordTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a record longer than {} MiB", MAX_RECORD_BYTES >> 20)
    }
}

impl std::error::Error for RecordTooLong {}

impl<R: Read> Scanner<R> {
    pub(super) fn new(inner: R) -> Self {
        Scanner {
            inner,
            offset: 0,
            first: true,
            ahead: VecDeque::new(),
            lines_before: 0,
            quotes_before_line: 0,
            quotes: 0,
            record_start: 0,
        }
    }

    /// The 1-based line holding byte `byte`; bytes must be asked about in file order.
    pub(super) fn line_at(&mut self, byte: u64) -> u64 {
        while let Some(&(at, quotes)) = self.ahead.front() {
            if at >= byte {
                break;
            }
            self.ahead.pop_front();
            self.lines_before += 1;
            self.quotes_before_line = quotes;
        }
        self.lines_before + 1
    }

    /// Quotes from `byte` (the start of a line) to the end of what was read.
    pub(super) fn quotes_since(&mut self, byte: u64) -> u64 {
        self.line_at(byte);
        self.quotes - self.quotes_before_line
    }
}

impl<R: Read> Read for Scanner<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = self.inner.read(buf)?;
        if self.first && n > 0 {
            self.first = false;
            if buf[..n].starts_with(b"\xef\xbb\xbf") {
                buf.copy_within(3..n, 0);
                n -= 3;
            }
        }
        let chunk = &buf[..n];
        let mut from = 0;
        for at in memchr::memchr_iter(b'\n', chunk) {
            self.quotes += memchr::memchr_iter(b'"', &chunk[from..at]).count() as u64;
            self.ahead.push_back((self.offset + at as u64, self.quotes));
            if self.quotes.is_multiple_of(2) {
                self.record_start = self.offset + at as u64 + 1;
            }
            from = at + 1;
        }
        self.quotes += memchr::memchr_iter(b'"', &chunk[from..]).count() as u64;
        self.offset += n as u64;
        if self.offset - self.record_start > MAX_RECORD_BYTES {
            return Err(std::io::Error::other(RecordTooLong));
        }
        Ok(n)
    }
}
