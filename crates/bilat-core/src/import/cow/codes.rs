//! The COW → ISO3 table (`codes.csv`), parsed once.

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// One row of `codes.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CowCode {
    pub ccode: u16,
    /// The first and last years the row covers (inclusive); `None`: no bound.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Empty for a historical state without an ISO code.
    pub iso3: &'static str,
    pub name: &'static str,
    /// Said on every row the code touches in these years; may be empty.
    pub note: &'static str,
}

impl CowCode {
    fn covers(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.to.is_none_or(|t| year <= t)
    }
}

const TABLE: &str = include_str!("codes.csv");

/// Every row of the table.
pub fn table() -> &'static [CowCode] {
    static ROWS: OnceLock<Vec<CowCode>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut reader = csv::ReaderBuilder::new().from_reader(TABLE.as_bytes());
        let mut rows = Vec::new();
        let mut offsets = Vec::new();
        for record in reader.records() {
            let record = record.expect("codes.csv is valid CSV");
            offsets.push(record.iter().map(str::to_string).collect::<Vec<String>>());
        }
        for fields in offsets {
            let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
            let year = |s: &str| (!s.is_empty()).then(|| s.parse().expect("a year"));
            rows.push(CowCode {
                ccode: fields[0].parse().expect("a COW number"),
                from: year(&fields[1]),
                to: year(&fields[2]),
                iso3: leak(&fields[3]),
                name: leak(&fields[4]),
                note: leak(&fields[5]),
            });
        }
        rows
    })
}

/// The rows of each COW number, indexed by the number (they are below 1000): a lookup per
/// row of an 80 MB file must not scan the table.
fn by_number() -> &'static [Vec<usize>] {
    static INDEX: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let rows = table();
        let top = rows.iter().map(|c| usize::from(c.ccode)).max().unwrap_or(0);
        let mut index = vec![Vec::new(); top + 1];
        for (i, c) in rows.iter().enumerate() {
            index[usize::from(c.ccode)].push(i);
        }
        index
    })
}

/// The row for a COW number in a year: its ISO code and note. `None` for a number the
/// table does not know.
pub fn lookup(ccode: u16, year: i32) -> Option<&'static CowCode> {
    let rows = table();
    by_number()
        .get(usize::from(ccode))?
        .iter()
        .map(|&i| &rows[i])
        .find(|c| c.covers(year))
}

/// The ISO code of a COW number in a year, if it has one.
pub fn iso3(ccode: u16, year: i32) -> Option<&'static str> {
    lookup(ccode, year)
        .map(|c| c.iso3)
        .filter(|iso| !iso.is_empty())
}

/// Every COW number that stands for `iso3` in some year: `DEU` → 255, 260.
pub fn ccodes(iso3: &str) -> Vec<u16> {
    let set: BTreeSet<u16> = table()
        .iter()
        .filter(|c| c.iso3 == iso3)
        .map(|c| c.ccode)
        .collect();
    set.into_iter().collect()
}

/// The COW name of a number (its first spelling in COW's list).
pub fn name(ccode: u16) -> Option<&'static str> {
    table().iter().find(|c| c.ccode == ccode).map(|c| c.name)
}

/// Up to `n` of `seen` nearest to any of `wanted`, for an error about a pair the file never
/// holds: `360 Romania, 369 Ukraine`.
pub fn nearest_seen(wanted: &[u16], seen: &BTreeSet<u16>, n: usize) -> String {
    let mut near: Vec<u16> = seen.iter().copied().collect();
    let distance = |c: u16| {
        wanted
            .iter()
            .map(|&w| (i32::from(c) - i32::from(w)).abs())
            .min()
            .unwrap_or(i32::MAX)
    };
    near.sort_by_key(|&c| (distance(c), c));
    near.truncate(n);
    near.sort_unstable();
    let named: Vec<String> = near
        .iter()
        .map(|&c| match name(c) {
            Some(name) => format!("{c} {name}"),
            None => c.to_string(),
        })
        .collect();
    if named.is_empty() {
        "none".to_string()
    } else {
        named.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_awkward_cases_are_explicit() {
        assert_eq!(iso3(365, 1980), Some("RUS"));
        assert!(lookup(365, 1980).unwrap().note.contains("Soviet Union"));
        assert!(lookup(365, 1992).unwrap().note.is_empty());
        assert_eq!(iso3(255, 1970), Some("DEU"));
        assert_eq!(iso3(260, 1970), Some("DEU"));
        assert_eq!(iso3(265, 1970), Some("DDR"));
        assert_eq!(iso3(678, 1970), Some("YEM"));
        assert_eq!(iso3(679, 2000), Some("YEM"));
        assert_eq!(iso3(680, 1970), Some("YMD"));
        assert_eq!(iso3(816, 1970), Some("VNM"));
        assert_eq!(iso3(817, 1970), Some("RVN"));
        assert_eq!(iso3(315, 1970), Some("CSK"));
        assert_eq!(iso3(316, 2000), Some("CZE"));
        assert_eq!(iso3(345, 2005), Some("YUG"));
        assert_eq!(iso3(345, 2006), Some("SRB"));
        assert_eq!(iso3(625, 2000), Some("SDN"));
        assert_eq!(iso3(626, 2012), Some("SSD"));
        assert_eq!(iso3(713, 1960), Some("TWN"));
        assert_eq!(iso3(347, 2010), Some("XKX"));
        assert_eq!(ccodes("DEU"), [255, 260]);
        assert_eq!(ccodes("YEM"), [678, 679]);
        for c in [
            255, 260, 265, 365, 678, 679, 680, 816, 817, 315, 345, 625, 626, 713, 347,
        ] {
            assert!(!lookup(c, 1990).unwrap().note.is_empty(), "{c} has a note");
        }
    }

    #[test]
    fn never_by_cow_letters() {
        // COW's AUS is Austria (305); ISO's AUS is Australia (COW 900).
        assert_eq!(iso3(305, 2000), Some("AUT"));
        assert_eq!(iso3(900, 2000), Some("AUS"));
        assert_eq!(ccodes("AUS"), [900]);
        // Historical states have no ISO code.
        assert_eq!(iso3(240, 1860), None);
    }

    #[test]
    fn every_number_once_per_year() {
        for year in [1850, 1950, 1991, 1992, 2005, 2006, 2020] {
            let mut seen = BTreeSet::new();
            for c in table().iter().filter(|c| c.covers(year)) {
                assert!(seen.insert(c.ccode), "{} twice in {year}", c.ccode);
            }
        }
    }
}
