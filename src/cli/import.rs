//! `bilat import`'s sources and their arguments: the files, one folder or a library, and
//! what each source takes beyond them.

use std::path::PathBuf;

use clap::{Subcommand, ValueHint};

/// The public sources `bilat import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// UN Comtrade "final data" CSV: each country's customs figures of its exports to and
    /// imports from the other, one series per reporter (comtrade-chn, ...). Only totals are
    /// kept (cmdCode TOTAL, customsCode C00, motCode 0); partner World, re-exports and
    /// re-imports are skipped and counted. With --pairs or --country and --into-library,
    /// a download of several reporters by all partners becomes a dataset per pair; World,
    /// areas "n.e.s." and groupings are skipped and counted.
    Comtrade(ComtradeArgs),
    /// IMF trade by partner (DOTS/IMTS bulk CSV, one column per period): exports
    /// (TXG_FOB_USD) and imports (TMG_CIF_USD), one series per reporter (imf-rus, ...).
    Imf {
        #[command(flatten)]
        files: ImportFiles,
        /// The IMF's numeric code for a country the built-in list lacks or that a file
        /// codes otherwise, as ISO=NNN (e.g. PRK=954); may be given more than once.
        #[arg(long = "imf-code", value_name = "ISO=NNN", value_parser = crate::import::imf::parse_code)]
        imf_code: Vec<(String, String)>,
        /// The scale of the figures where the file states none (no Scale column, no unit
        /// in the indicator names): units (whole US dollars), thousands, millions or
        /// billions.
        #[arg(long, value_enum, value_name = "SCALE")]
        scale: Option<crate::import::scale::Scale>,
    },
    /// GDELT 1.0 or 2.0 event files (tab-separated, no header, zipped or not): the pair's
    /// events by month into the cooperation table (printed as CSV without --into). With
    /// --print-sql, the query counting the same where GDELT is hosted, for one pair or, with
    /// --country, every partner of one country.
    Gdelt(GdeltArgs),
    /// The CSV result of the query `bilat import gdelt --print-sql` prints, into the
    /// cooperation table (printed as CSV without --into).
    GdeltMonthly {
        /// The query's result, with a header row naming the columns.
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
        /// The dataset folder to import into (made if new or empty).
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
        into: Option<PathBuf>,
        /// The two countries, as Name:CODE,Name:CODE: needed for a new folder; for an
        /// existing one they must be its own.
        #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::library::new::parse_pair)]
        pair: Option<crate::library::new::Pair>,
        /// With a result holding the columns country and partner: several pairs, each
        /// into its own folder of --into-library ("RUS-CHN,RUS-IND").
        #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["into", "pair", "country"], requires = "into_library")]
        pairs: Option<crate::import::dyad::Pairs>,
        /// With such a result: every partner of this country, each into its own folder.
        #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with_all = ["into", "pair"], requires = "into_library")]
        country: Option<String>,
        /// The library folder --pairs and --country write into (rus-chn, rus-ind, ...).
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
        into_library: Option<PathBuf>,
    },
    /// SIPRI's Arms Transfers Database: trade register exports (latin-1 .csv, or the older
    /// ;-separated .txt) into arms.csv, the pair's deals in either direction, matched by
    /// the countries' names or codes. TIV is SIPRI's volume index, not money.
    Sipri {
        #[command(flatten)]
        files: ImportFiles,
        /// Import the deals SIPRI lists under the Soviet Union as Russia's (RUS), each with
        /// a note; without it they are left out and counted.
        #[arg(long)]
        soviet_union_as_russia: bool,
    },
    /// UN General Assembly ideal points by country and session (Bailey, Strezhnev &
    /// Voeten, IdealpointestimatesAll_<MonYYYY>.csv) into the indicators table: each
    /// country's ideal point and the pair's distance per year (year = session + 1945),
    /// countries by COW number.
    UngaIdealPoints(DyadArgs),
    /// UN General Assembly dyadic agreement (AgreementScoresAll_<MonYYYY>.csv) into the
    /// indicators table: agreement (an abstention counts half), ideal-point distance and
    /// vote counts per year.
    Unga(DyadArgs),
    /// Correlates of War Dyadic Trade 4.0 (Dyadic_COW_4.0.csv): each pair's flows in
    /// current US$ millions as a trade series named for COW (cow), with the
    /// Belgium-Luxembourg and China alternative flows as their own series.
    CowTrade(DyadArgs),
    /// ATOP alliance obligations, directed dyad-years (atop5_1ddyr.csv) into the indicators
    /// table: defence, offence, neutrality, non-aggression and consultation, per direction.
    Atop(DyadArgs),
}

/// Comtrade's files, and one folder (--into, --pair) or a library (--pairs or --country,
/// --into-library).
#[derive(Debug, clap::Args)]
pub struct ComtradeArgs {
    /// The source's files, as downloaded.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// The dataset folder to import into (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, required_unless_present = "into_library")]
    pub into: Option<PathBuf>,
    /// The two countries, as Name:CODE,Name:CODE (or CODE,CODE): needed for a new folder;
    /// for an existing one they must be its own.
    #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::import::dyad::parse_pair)]
    pub pair: Option<[crate::data::Country; 2]>,
    /// Several pairs, each into its own folder of --into-library: "CHN-USA,CHN-DEU".
    #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["into", "country"], requires = "into_library")]
    pub pairs: Option<crate::import::dyad::Pairs>,
    /// Every partner of this country in the files, each into its own folder.
    #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with = "into", requires = "into_library")]
    pub country: Option<String>,
    /// The library folder --pairs and --country write into (chn-usa, chn-deu, ...).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into_library: Option<PathBuf>,
}

/// A file holding many pairs, and which pairs to import where: --pair with --into, or
/// --pairs or --country with --into-library.
#[derive(Debug, clap::Args)]
pub struct DyadArgs {
    /// The source's file, as downloaded.
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// One pair, as ISO codes (RUS,CHN) or Name:CODE,Name:CODE.
    #[arg(long, value_name = "CODE,CODE", value_parser = crate::import::dyad::parse_pair, requires = "into")]
    pub pair: Option<[crate::data::Country; 2]>,
    /// The dataset folder for --pair (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, requires = "pair")]
    pub into: Option<PathBuf>,
    /// Several pairs, each into its own folder of --into-library: "RUS-CHN,RUS-IND".
    #[arg(long, value_name = "A-B,A-C", value_parser = crate::import::dyad::parse_pairs, conflicts_with_all = ["pair", "country"], requires = "into_library")]
    pub pairs: Option<crate::import::dyad::Pairs>,
    /// Every partner of this country that the file holds, each into its own folder of
    /// --into-library (rus-chn, rus-ind, ...).
    #[arg(long, value_name = "CODE", value_parser = crate::import::dyad::parse_country, conflicts_with = "pair", requires = "into_library")]
    pub country: Option<String>,
    /// The library folder --pairs and --country write into: one dataset folder per pair,
    /// named like rus-chn, made as `bilat new` makes one if new, merged if present.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into_library: Option<PathBuf>,
}

/// The files to import and the folder they go into.
#[derive(Debug, clap::Args)]
pub struct ImportFiles {
    /// The source's files, as downloaded.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// The dataset folder to import into (made if new or empty).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub into: PathBuf,
    /// The two countries, as Name:CODE,Name:CODE: needed for a new folder; for an existing
    /// one they must be its own.
    #[arg(long, value_name = "NAME:CODE,NAME:CODE", value_parser = crate::library::new::parse_pair)]
    pub pair: Option<crate::library::new::Pair>,
}

/// What `bilat import gdelt` reads, or the query it prints instead.
#[derive(Debug, clap::Args)]
pub struct GdeltArgs {
    /// Event files (GDELT 1.0: 57 or 58 columns; 2.0: 61), read several at once. With
    /// --print-sql, the files the DuckDB or ClickHouse query reads (none: a hosted table).
    #[arg(value_hint = ValueHint::FilePath, required_unless_present = "print_sql")]
    pub files: Vec<PathBuf>,
    /// The pair as two 3-letter CAMEO country codes (Actor1CountryCode and
    /// Actor2CountryCode, either direction): RUS,CHN; or Name:CODE,Name:CODE, which a new
    /// folder needs.
    #[arg(long, value_name = "CODE,CODE", value_parser = crate::import::gdelt::parse_pair_arg, required_unless_present = "country")]
    pub pair: Option<crate::import::gdelt::PairArg>,
    /// With --print-sql: one query for every partner of this country (a 3-letter CAMEO
    /// code), a row per partner and month with the columns country and partner, for
    /// `bilat import gdelt-monthly RESULT.csv --country CODE --into-library DIR`.
    #[arg(long, value_name = "CODE", value_parser = crate::import::gdelt::parse_country_arg, conflicts_with = "pair", requires = "print_sql")]
    pub country: Option<String>,
    /// The dataset folder to import into (made if new or empty); without it, the table is
    /// printed as CSV.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, conflicts_with = "print_sql")]
    pub into: Option<PathBuf>,
    /// Print the SQL that counts the same months where GDELT is hosted, instead of reading.
    #[arg(long, value_enum, value_name = "ENGINE")]
    pub print_sql: Option<crate::import::gdelt::sql::Engine>,
    /// With --print-sql and no files: the table to query (default: BigQuery's
    /// gdelt-bq.gdeltv2.events; for ClickHouse, gdelt.events).
    #[arg(long, value_name = "NAME", requires = "print_sql")]
    pub table: Option<String>,
}
