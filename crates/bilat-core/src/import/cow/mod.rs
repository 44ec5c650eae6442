//! Correlates of War state numbers and the dyad-year sources that use them: the COW → ISO3
//! table kept in the repository (`codes.csv`, cited in `CODES.md`), and how a pair of ISO
//! codes is looked up among a file's COW numbers.
//!
//! Joins are on the number only, never on COW's three-letter `StateAbb` (`AUS` is Austria
//! there). A code may stand for different ISO codes in different years (345: Yugoslavia,
//! then Serbia), and several codes may stand for one ISO code (255 and 260 are both DEU).

pub mod codes;
pub mod trade;
