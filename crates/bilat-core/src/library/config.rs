//! The configuration file: a serde struct with defaults, looked up in a documented order.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::data::{Location, Problem, sanitize, toml_errors};

/// The documented default configuration, as shipped in `config.toml`.
pub const DEFAULT_TEXT: &str = include_str!("../../../../config.toml");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub data: DataConfig,
    pub brief: BriefConfig,
    pub ui: UiConfig,
    /// Action name → keys, replacing that action's default keys.
    pub keys: BTreeMap<String, Vec<String>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data: DataConfig::default(),
            brief: BriefConfig { events: 5 },
            ui: UiConfig::default(),
            keys: BTreeMap::new(),
        }
    }
}

/// The terminal's background, which the theme's colours are chosen against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Background {
    Dark,
    Light,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UiConfig {
    pub theme: Background,
    pub colors: Colors,
    pub ascii: Ascii,
    pub mouse: bool,
    pub trade_chart: TradeChart,
    pub timeline_order: TimelineOrder,
    pub start: StartScreen,
}

impl Default for UiConfig {
    fn default() -> Self {
        UiConfig {
            theme: Background::Dark,
            colors: Colors::Auto,
            ascii: Ascii::Auto,
            mouse: true,
            trade_chart: TradeChart::Line,
            timeline_order: TimelineOrder::NewestFirst,
            start: StartScreen::Dashboard,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Colors {
    Auto,
    #[serde(rename = "256")]
    C256,
    #[serde(rename = "16")]
    C16,
    None,
}

impl Colors {
    pub fn as_str(self) -> &'static str {
        match self {
            Colors::Auto => "auto",
            Colors::C256 => "256",
            Colors::C16 => "16",
            Colors::None => "none",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ascii {
    /// ASCII when the locale is not UTF-8, or TERM is `linux` or a DEC terminal (`vt100`,
    /// `vt220`...).
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TradeChart {
    Line,
    Bars,
}

/// What the dashboard opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StartScreen {
    /// The panes of the dataset in front.
    Dashboard,
    /// The overview: every dataset of the library, a row each.
    Overview,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimelineOrder {
    NewestFirst,
    OldestFirst,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataConfig {
    /// The dataset folder; `None` (or empty in the file) means the bundled dataset.
    #[serde(deserialize_with = "empty_as_none")]
    pub dir: Option<PathBuf>,
    /// More dataset folders for the library (`bilat list`, `bilat check`); they do not
    /// change which one the commands open.
    #[serde(deserialize_with = "folders")]
    pub dirs: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BriefConfig {
    /// How many of the latest events the brief lists, 0 to 10 (so it fits one screen).
    #[serde(deserialize_with = "brief_events")]
    pub events: u8,
}

impl Default for BriefConfig {
    fn default() -> Self {
        Config::default().brief
    }
}

fn brief_events<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let n = i64::deserialize(d)?;
    u8::try_from(n)
        .ok()
        .filter(|n| *n <= 10)
        .ok_or_else(|| serde::de::Error::custom(format!("expected 0 to 10, found {n}")))
}

fn empty_as_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
    let text = String::deserialize(d)?;
    Ok((!text.is_empty()).then(|| PathBuf::from(text)))
}

/// A list of folders; an empty string is refused, since it would name the current folder
/// by accident rather than by intent.
fn folders<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PathBuf>, D::Error> {
    let texts = Vec::<String>::deserialize(d)?;
    if texts.iter().any(String::is_empty) {
        return Err(serde::de::Error::custom(
            "expected folder paths, found an empty string (write \".\" for this folder)",
        ));
    }
    Ok(texts.into_iter().map(PathBuf::from).collect())
}

/// Where the configuration in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigOrigin {
    Embedded,
    File(PathBuf),
}

/// A configuration, where it came from, and its text as read: the dashboard reads its
/// `[keys]` into a key map and locates a bad binding in that text
/// ([`LoadedConfig::binding_problem`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedConfig {
    pub config: Config,
    pub origin: ConfigOrigin,
    /// What errors call the file: its path, or "config.toml (built in)".
    pub label: String,
    pub text: String,
}

impl LoadedConfig {
    /// The configuration `text` holds, read as from `origin`; errors name `label`.
    pub fn parse(label: &str, text: &str, origin: ConfigOrigin) -> Result<LoadedConfig, Problem> {
        Ok(LoadedConfig {
            config: parse(label, text)?,
            origin,
            label: label.to_string(),
            text: text.to_string(),
        })
    }

    /// A binding under `[keys]` that the key map refused: located at its line when the
    /// action is written plainly (a key written with escapes, `"\u0041"`, is not found as
    /// written: the file alone then).
    pub fn binding_problem(&self, action: &str, message: &str) -> Problem {
        let location =
            toml_errors::find_key(&self.text, "keys", action).map_or(Location::File, |at| {
                let (line, column) = toml_errors::line_column(&self.text, at);
                Location::Cell { line, column }
            });
        Problem {
            file: self.label.clone(),
            location,
            field: Some(format!("keys.{}", sanitize(action))),
            message: sanitize(message).into_owned(),
        }
    }

    /// The dataset folder the configuration names, resolved against the file's folder.
    pub fn data_dir(&self) -> Option<PathBuf> {
        let dir = self.config.data.dir.as_ref()?;
        Some(self.resolve(dir))
    }

    /// Every dataset folder the configuration names for the library: `dir` first (the one
    /// the commands open), then `dirs` in their order, each resolved as [`Self::data_dir`].
    pub fn library_dirs(&self) -> Vec<PathBuf> {
        let data = &self.config.data;
        data.dir
            .iter()
            .chain(&data.dirs)
            .map(|dir| self.resolve(dir))
            .collect()
    }

    /// A path from the file, taken from the file's folder when relative.
    fn resolve(&self, path: &Path) -> PathBuf {
        match &self.origin {
            ConfigOrigin::File(file) if path.is_relative() => {
                file.parent().unwrap_or(Path::new(".")).join(path)
            }
            _ => path.to_path_buf(),
        }
    }
}

/// The file to read, by the documented order: `--config`, `$BILAT_CONFIG`, the XDG file.
/// `None` means the embedded default.
pub fn locate(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = flag {
        return Some(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os("BILAT_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    let path = base.join("bilat").join("config.toml");
    path.is_file().then_some(path)
}

/// Reads the configuration the lookup order selects.
pub fn load(flag: Option<&Path>) -> Result<LoadedConfig, Problem> {
    match locate(flag) {
        None => LoadedConfig::parse(
            "config.toml (built in)",
            DEFAULT_TEXT,
            ConfigOrigin::Embedded,
        ),
        Some(path) => {
            let label = sanitize(&path.display().to_string()).into_owned();
            let text = crate::data::read_file(&path, &label)?;
            let text = crate::data::decode_utf8(&label, &text)?.to_string();
            LoadedConfig::parse(&label, &text, ConfigOrigin::File(path))
        }
    }
}

/// Parses configuration text; errors name the line, column and key.
pub fn parse(label: &str, text: &str) -> Result<Config, Problem> {
    toml::from_str(text).map_err(|err| toml_errors::problem(label, text, &err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_defaults_are_the_defaults_but_keys() {
        let documented = parse("config.toml", DEFAULT_TEXT).unwrap();
        let without_keys = Config {
            keys: BTreeMap::new(),
            ..documented
        };
        assert_eq!(without_keys, Config::default());
    }

    #[test]
    fn an_empty_file_gives_the_defaults() {
        assert_eq!(parse("c.toml", "").unwrap(), Config::default());
    }

    #[test]
    fn unknown_keys_name_the_line_and_key() {
        let err = parse("c.toml", "[data]\ndir = \"x\"\ncolour = 1\n").unwrap_err();
        assert_eq!(err.location, Location::Cell { line: 3, column: 1 });
        assert!(err.message.contains("unknown field `colour`"), "{err}");
    }

    #[test]
    fn wrong_types_name_the_key() {
        let err = parse("c.toml", "[brief]\nevents = \"five\"\n").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("brief.events"));
        assert!(
            err.to_string().starts_with("c.toml:2:10: brief.events: "),
            "{err}"
        );
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let err = parse("c.toml", "[brief]\nevents = 99\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "c.toml:2:10: brief.events: expected 0 to 10, found 99"
        );
    }

    #[test]
    fn a_comment_after_a_table_header_keeps_the_key_path() {
        let err = parse("c.toml", "[brief] # short\nevents = \"x\"\n").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("brief.events"));
    }

    #[test]
    fn relative_data_dirs_follow_the_config_file() {
        let loaded = LoadedConfig {
            config: parse("c.toml", "[data]\ndir = \"sets/x\"\n").unwrap(),
            origin: ConfigOrigin::File(PathBuf::from("/home/a/.config/bilat/config.toml")),
            label: "c.toml".into(),
            text: String::new(),
        };
        assert_eq!(
            loaded.data_dir(),
            Some(PathBuf::from("/home/a/.config/bilat/sets/x"))
        );
    }

    #[test]
    fn library_dirs_are_dir_then_dirs_resolved_like_dir() {
        let text = "[data]\ndir = \"x\"\ndirs = [\"y\", \"/abs/z\"]\n";
        let loaded = LoadedConfig {
            config: parse("c.toml", text).unwrap(),
            origin: ConfigOrigin::File(PathBuf::from("/etc/bilat/config.toml")),
            label: "c.toml".into(),
            text: text.into(),
        };
        let want = ["/etc/bilat/x", "/etc/bilat/y", "/abs/z"].map(PathBuf::from);
        assert_eq!(loaded.library_dirs(), want);
    }

    #[test]
    fn an_empty_folder_in_dirs_is_refused_at_its_line() {
        let err = parse("c.toml", "[data]\ndirs = [\"a\", \"\"]\n").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("data.dirs"));
        assert!(
            err.to_string()
                .starts_with("c.toml:2:8: data.dirs: expected folder paths"),
            "{err}"
        );
    }
}
