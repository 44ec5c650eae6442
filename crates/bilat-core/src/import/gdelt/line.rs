//! One line of a GDELT 1.0 or 2.0 event file: its layout told by the column count, and the
//! few fields the monthly table needs.

/// The layouts GDELT has published, told apart by their column count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// GDELT 1.0's historical backfile (1979 to March 2013): 57 columns, no `SOURCEURL`.
    V1Backfile,
    /// GDELT 1.0's daily files: 58 columns (no `ADM2Code` columns).
    V1,
    /// GDELT 2.0: 61 columns.
    V2,
}

impl Layout {
    pub fn columns(self) -> usize {
        match self {
            Layout::V1Backfile => 57,
            Layout::V1 => 58,
            Layout::V2 => 61,
        }
    }

    pub fn from_columns(count: usize) -> Option<Layout> {
        match count {
            57 => Some(Layout::V1Backfile),
            58 => Some(Layout::V1),
            61 => Some(Layout::V2),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Layout::V1Backfile => "GDELT 1.0 backfile",
            Layout::V1 => "GDELT 1.0",
            Layout::V2 => "GDELT 2.0",
        }
    }

    /// Whether lines of the two layouts may share a file: GDELT 1.0's backfile and daily
    /// lines differ only by the last column, which is never read.
    pub fn same_version(self, other: Layout) -> bool {
        (self == Layout::V2) == (other == Layout::V2)
    }
}

/// What a line of another column count is told.
pub const EXPECTED_COLUMNS: &str =
    "expected 57 or 58 tab-separated columns (GDELT 1.0) or 61 (GDELT 2.0)";

// 0-based field indices, the same in every layout (the ADM2 columns come later).
const GLOBAL_EVENT_ID: usize = 0;
const MONTH_YEAR: usize = 2;
const ACTOR1_COUNTRY: usize = 7;
const ACTOR2_COUNTRY: usize = 17;
const QUAD_CLASS: usize = 29;
const GOLDSTEIN: usize = 30;
const AVG_TONE: usize = 34;
/// The fields kept: everything up to `AvgTone`.
const KEPT: usize = AVG_TONE + 1;

/// The fields of one event line the monthly table reads, borrowed from the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields<'a> {
    pub layout: Layout,
    fields: [&'a [u8]; KEPT],
}

/// Why a line is not an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// Not 57, 58 or 61 tab-separated columns.
    Columns(usize),
    /// A header row: the first field is `GLOBALEVENTID`.
    Header,
}

/// Splits a line (without its line break) at tabs, checking the column count.
pub fn split(line: &[u8]) -> Result<Fields<'_>, LineError> {
    let mut fields: [&[u8]; KEPT] = [&[]; KEPT];
    let mut count = 0;
    let mut start = 0;
    for end in memchr::memchr_iter(b'\t', line) {
        if count < KEPT {
            fields[count] = &line[start..end];
        }
        count += 1;
        start = end + 1;
    }
    if count < KEPT {
        fields[count] = &line[start..];
    }
    count += 1;
    let layout = Layout::from_columns(count).ok_or(LineError::Columns(count))?;
    if fields[GLOBAL_EVENT_ID].eq_ignore_ascii_case(b"GLOBALEVENTID") {
        return Err(LineError::Header);
    }
    Ok(Fields { layout, fields })
}

/// A field that does not hold what its column should.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadField {
    /// The column's name in GDELT's documentation.
    pub column: &'static str,
    /// 1-based.
    pub position: usize,
    pub rule: &'static str,
    pub found: String,
}

impl<'a> Fields<'a> {
    fn bad(&self, index: usize, column: &'static str, rule: &'static str) -> BadField {
        BadField {
            column,
            position: index + 1,
            rule,
            found: String::from_utf8_lossy(self.fields[index]).into_owned(),
        }
    }

    /// `MonthYear` as (year, month).
    pub fn month(&self) -> Result<(i32, u8), BadField> {
        let raw = self.fields[MONTH_YEAR];
        let bad = || self.bad(MONTH_YEAR, "MonthYear", "expected a month as YYYYMM");
        if raw.len() != 6 || !raw.iter().all(u8::is_ascii_digit) {
            return Err(bad());
        }
        let number = raw.iter().fold(0i32, |n, &b| n * 10 + i32::from(b - b'0'));
        let month = (number % 100) as u8;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok((number / 100, month))
    }

    /// Whether the two actors' CAMEO country codes are the pair, in either direction.
    pub fn is_pair(&self, pair: &[[u8; 3]; 2]) -> bool {
        let (a, b) = (self.fields[ACTOR1_COUNTRY], self.fields[ACTOR2_COUNTRY]);
        (a == pair[0] && b == pair[1]) || (a == pair[1] && b == pair[0])
    }

    /// `QuadClass`, 1–4.
    pub fn quad_class(&self) -> Result<u8, BadField> {
        match self.fields[QUAD_CLASS] {
            [digit @ b'1'..=b'4'] => Ok(digit - b'0'),
            _ => Err(self.bad(QUAD_CLASS, "QuadClass", "expected 1, 2, 3 or 4")),
        }
    }

    /// `GoldsteinScale`, −10 … +10.
    pub fn goldstein(&self) -> Result<f64, BadField> {
        self.number(GOLDSTEIN, 10.0).map_err(|rule| {
            let rule = rule.unwrap_or("expected a number from -10 to 10");
            self.bad(GOLDSTEIN, "GoldsteinScale", rule)
        })
    }

    /// `AvgTone`, −100 … +100.
    pub fn tone(&self) -> Result<f64, BadField> {
        self.number(AVG_TONE, 100.0).map_err(|rule| {
            let rule = rule.unwrap_or("expected a number from -100 to 100");
            self.bad(AVG_TONE, "AvgTone", rule)
        })
    }

    /// A plain decimal within ±`limit` (no exponent, no `inf` or `NaN`).
    fn number(&self, index: usize, limit: f64) -> Result<f64, Option<&'static str>> {
        let raw = self.fields[index];
        let plain = !raw.is_empty()
            && raw
                .iter()
                .all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'));
        let text = std::str::from_utf8(raw).map_err(|_| None)?;
        match text.parse::<f64>() {
            Ok(v) if plain && v.abs() <= limit => Ok(v),
            _ => Err(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(columns: usize) -> String {
        let mut fields = vec![""; columns];
        fields[0] = "1";
        fields[2] = "201903";
        fields[7] = "RUS";
        fields[17] = "CHN";
        fields[29] = "1";
        fields[30] = "3.4";
        fields[34] = "-2.5";
        fields.join("\t")
    }

    #[test]
    fn both_layouts_read_the_same_fields() {
        for columns in [57, 58, 61] {
            let text = line(columns);
            let fields = split(text.as_bytes()).unwrap();
            assert_eq!(fields.layout.columns(), columns);
            assert_eq!(fields.month(), Ok((2019, 3)));
            assert!(fields.is_pair(&[*b"CHN", *b"RUS"]));
            assert!(!fields.is_pair(&[*b"CHN", *b"IND"]));
            assert_eq!(fields.quad_class(), Ok(1));
            assert_eq!(fields.goldstein(), Ok(3.4));
            assert_eq!(fields.tone(), Ok(-2.5));
        }
    }

    #[test]
    fn other_counts_and_headers_are_refused() {
        assert_eq!(split(line(60).as_bytes()), Err(LineError::Columns(60)));
        assert_eq!(split(b""), Err(LineError::Columns(1)));
        let header = line(61).replacen('1', "GLOBALEVENTID", 1);
        assert_eq!(split(header.as_bytes()), Err(LineError::Header));
    }

    #[test]
    fn bad_fields_name_their_column() {
        let text = line(61).replace("3.4", "high");
        let bad = split(text.as_bytes()).unwrap().goldstein().unwrap_err();
        assert_eq!((bad.column, bad.position), ("GoldsteinScale", 31));
        assert_eq!(bad.found, "high");
        let text = line(61).replace("201903", "201913");
        assert!(split(text.as_bytes()).unwrap().month().is_err());
    }
}
