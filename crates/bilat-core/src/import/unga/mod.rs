//! UN General Assembly voting (Bailey, Strezhnev & Voeten): the country-session ideal-point
//! file ([`ideal_points`]) and the dyadic agreement file ([`agreement`]). Sessions are mapped
//! to years as `year = session + 1945`; countries by their COW number, never the files' own
//! `iso3c`, which is wrong in places (680 is marked YAR).

pub mod agreement;
pub mod ideal_points;

use crate::import::IndicatorEntry;

/// The source tag of the ideal-point import.
pub const IDEAL_TAG: &str = "unga-ideal-points";
/// The source tag of the agreement import.
pub const AGREEMENT_TAG: &str = "unga-agreement";

pub const PUBLISHER: &str = "Bailey, Strezhnev & Voeten, United Nations General Assembly \
                             Voting Data (Harvard Dataverse, hdl:1902.1/12379)";

/// What the ideal-point scale is, for every indicator on it.
pub const IDEAL_UNIT: &str = "UN ideal-point scale (mean 0, sd 1)";

/// Session 19 (1964) had one recorded vote; the authors drop it.
pub const SESSION_19_NOTE: &str = "no votes in UN General Assembly session 19 (1964): the \
                                   authors drop that session, which had one recorded vote";

/// China's seat is coded 713 (Taiwan) until 1971.
pub const CHINA_NOTE: &str = "China's UN seat is coded 713 (Taiwan) until session 26 (1971), so \
                              China's series starts in 1971";

pub fn year_of(session: i32) -> i32 {
    session + 1945
}

/// The year a file names (`..._Apr2020.csv` → 2020), for the source entry.
pub fn year_in_name(name: &str) -> Option<i32> {
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(3))
        .filter(|&i| {
            bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
                && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        })
        .filter_map(|i| name[i..i + 4].parse().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// The distance indicator: `unga-ip-distance`.
pub fn distance_indicator() -> IndicatorEntry {
    IndicatorEntry {
        id: "unga-ip-distance".into(),
        name: "UN voting: ideal-point distance".into(),
        unit: IDEAL_UNIT.into(),
        range: None,
        higher: "further apart in UN General Assembly votes".into(),
    }
}

/// One country's ideal point: `unga-ip-rus`.
pub fn ideal_indicator(code: &str, name: &str) -> IndicatorEntry {
    IndicatorEntry {
        id: format!("unga-ip-{}", code.to_ascii_lowercase()),
        name: format!("UN voting: {} ideal point", crate::import::possessive(name)),
        unit: IDEAL_UNIT.into(),
        range: None,
        higher: "votes nearer the Western (US-led) position".into(),
    }
}
