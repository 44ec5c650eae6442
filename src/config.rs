//! The configuration file: a serde struct with defaults, looked up in a documented order.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::data::{Location, Problem, sanitize};

/// The documented default configuration, as shipped in `config.toml`.
pub const DEFAULT_TEXT: &str = include_str!("../config.toml");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub data: DataConfig,
    pub brief: BriefConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data: DataConfig::default(),
            brief: BriefConfig { events: 5 },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataConfig {
    /// The dataset folder; `None` (or empty in the file) means the bundled dataset.
    #[serde(deserialize_with = "empty_as_none")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BriefConfig {
    /// How many of the latest events the brief lists, 0 to 20.
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
        .filter(|n| *n <= 20)
        .ok_or_else(|| serde::de::Error::custom(format!("expected 0 to 20, found {n}")))
}

fn empty_as_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
    let text = String::deserialize(d)?;
    Ok((!text.is_empty()).then(|| PathBuf::from(text)))
}

/// Where the configuration in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigOrigin {
    Embedded,
    File(PathBuf),
}

/// A configuration and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedConfig {
    pub config: Config,
    pub origin: ConfigOrigin,
}

impl LoadedConfig {
    /// The dataset folder the configuration names, resolved against the file's folder.
    pub fn data_dir(&self) -> Option<PathBuf> {
        let dir = self.config.data.dir.as_ref()?;
        match &self.origin {
            ConfigOrigin::File(file) if dir.is_relative() => {
                Some(file.parent().unwrap_or(Path::new(".")).join(dir))
            }
            _ => Some(dir.clone()),
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
        None => Ok(LoadedConfig {
            config: parse("config.toml (built in)", DEFAULT_TEXT)?,
            origin: ConfigOrigin::Embedded,
        }),
        Some(path) => {
            let label = path.display().to_string();
            let text = std::fs::read(&path).map_err(|err| {
                let message = match err.kind() {
                    std::io::ErrorKind::NotFound => "no such file".to_string(),
                    std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ if path.is_dir() => "expected a file, found a folder".to_string(),
                    _ => format!("cannot read: {}", sanitize(&err.to_string())),
                };
                Problem::in_file(&label, message)
            })?;
            let text = String::from_utf8(text).map_err(|_| {
                Problem::in_file(&label, "not valid UTF-8: save the file as UTF-8 text")
            })?;
            Ok(LoadedConfig {
                config: parse(&label, &text)?,
                origin: ConfigOrigin::File(path),
            })
        }
    }
}

/// Parses configuration text; errors name the line, column and key.
pub fn parse(label: &str, text: &str) -> Result<Config, Problem> {
    toml::from_str(text).map_err(|err| {
        let (location, field) = match err.span() {
            Some(span) => {
                let (line, column) = crate::data::line_column(text, span.start);
                (Location::Cell { line, column }, key_at(text, span.start))
            }
            None => (Location::File, None),
        };
        Problem {
            file: label.to_string(),
            location,
            field,
            message: sanitize(err.message().trim()).into_owned(),
        }
    })
}

/// The dotted key (`ui.theme`) whose line holds `offset`, for messages.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let mut table = String::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            table = name.trim_matches(['[', ']', ' ']).to_string();
        }
        if offset < start + line.len() {
            let key = trimmed.split_once('=')?.0.trim();
            let key = sanitize(key);
            return Some(if table.is_empty() {
                key.into_owned()
            } else {
                format!("{table}.{key}")
            });
        }
        start += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_defaults_are_the_defaults() {
        assert_eq!(
            parse("config.toml", DEFAULT_TEXT).unwrap(),
            Config::default()
        );
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
            "c.toml:2:10: brief.events: expected 0 to 20, found 99"
        );
    }

    #[test]
    fn relative_data_dirs_follow_the_config_file() {
        let loaded = LoadedConfig {
            config: parse("c.toml", "[data]\ndir = \"sets/x\"\n").unwrap(),
            origin: ConfigOrigin::File(PathBuf::from("/home/a/.config/bilat/config.toml")),
        };
        assert_eq!(
            loaded.data_dir(),
            Some(PathBuf::from("/home/a/.config/bilat/sets/x"))
        );
    }
}
