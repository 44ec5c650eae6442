//! Keys as the configuration names them (`q`, `ctrl-d`, `shift-tab`) and the map from keys
//! to actions, built from the action table's defaults and the configuration's `[keys]`.

use std::collections::BTreeMap;
use std::fmt;

use crate::data::Problem;
use crate::library::config::LoadedConfig;
use crate::tui::input::action::{Action, PaneKey, Scope, key_table};

mod event;

/// A key as written in the configuration: `q`, `G`, `ctrl-d`, `shift-tab`, `pagedown`, `f1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    code: KeyCodeOrd,
    ctrl: bool,
    alt: bool,
}

/// The subset of key codes bilat binds, with an order for maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum KeyCodeOrd {
    Char(char),
    F(u8),
    Named(NamedKey),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum NamedKey {
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
}

const NAMED: [(&str, NamedKey); 15] = [
    ("enter", NamedKey::Enter),
    ("esc", NamedKey::Esc),
    ("tab", NamedKey::Tab),
    ("shift-tab", NamedKey::BackTab),
    ("backspace", NamedKey::Backspace),
    ("up", NamedKey::Up),
    ("down", NamedKey::Down),
    ("left", NamedKey::Left),
    ("right", NamedKey::Right),
    ("home", NamedKey::Home),
    ("end", NamedKey::End),
    ("pageup", NamedKey::PageUp),
    ("pagedown", NamedKey::PageDown),
    ("insert", NamedKey::Insert),
    ("delete", NamedKey::Delete),
];

impl Key {
    /// Parses a key name; the error says what is accepted.
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut rest = text;
        let mut ctrl = false;
        let mut alt = false;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            // Only characters that print as themselves: no controls or invisible marks.
            (Some(c), None) if c != ' ' && crate::data::sanitize(rest) == rest => {
                KeyCodeOrd::Char(c)
            }
            _ if rest == "space" => KeyCodeOrd::Char(' '),
            _ => {
                if let Some((_, named)) = NAMED.iter().find(|(n, _)| *n == rest) {
                    KeyCodeOrd::Named(*named)
                } else if let Some(n) = rest
                    .strip_prefix('f')
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| (1..=12).contains(n))
                {
                    KeyCodeOrd::F(n)
                } else {
                    return Err(format!(
                        "unknown key {:?}: expected one character, a name ({}, space, f1-f12), \
                         optionally after ctrl- or alt-",
                        crate::data::sanitize(text),
                        NAMED.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                    ));
                }
            }
        };
        Ok(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCodeOrd::Char(' ') => f.write_str("space"),
            KeyCodeOrd::Char(c) => write!(f, "{c}"),
            KeyCodeOrd::F(n) => write!(f, "f{n}"),
            KeyCodeOrd::Named(named) => f.write_str(
                NAMED
                    .iter()
                    .find(|(_, k)| *k == named)
                    .map_or("?", |(n, _)| n),
            ),
        }
    }
}

/// Keys to actions, with the defaults replaced action by action from the configuration.
#[derive(Debug, Clone)]
pub struct KeyMap {
    bindings: Bindings,
    /// The configuration's `[keys]`, kept to bind another set of panes' focus keys.
    overrides: BTreeMap<String, Vec<String>>,
}

/// Two maps are the same when they bind the same keys, whatever configuration said so.
impl PartialEq for KeyMap {
    fn eq(&self, other: &Self) -> bool {
        self.bindings == other.bindings
    }
}
impl Eq for KeyMap {}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Bindings {
    by_key: BTreeMap<Key, Action>,
    /// Keys while typing: letters are text there, so these may repeat other scopes' keys.
    prompt_by_key: BTreeMap<Key, Action>,
    /// Keys while a record is open, which may likewise repeat other scopes' keys.
    details_by_key: BTreeMap<Key, Action>,
    /// Keys of the overview screen, which may likewise repeat the dashboard's keys.
    overview_by_key: BTreeMap<Key, Action>,
    by_action: BTreeMap<Action, Vec<Key>>,
}

/// The defaults, without pane focus keys: a session binds its panes' (see
/// [`KeyMap::for_panes`]).
impl Default for KeyMap {
    fn default() -> Self {
        KeyMap::new(&BTreeMap::new(), &[]).unwrap_or_else(|_| unreachable!("defaults are valid"))
    }
}

impl KeyMap {
    /// The key map a configuration's `[keys]` asks for, with a focus key for each of
    /// `panes`; a bad binding is located at its line in the file.
    pub fn from_config(loaded: &LoadedConfig, panes: &[PaneKey]) -> Result<KeyMap, Problem> {
        KeyMap::new(&loaded.config.keys, panes)
            .map_err(|(action, message)| loaded.binding_problem(&action, &message))
    }
    /// The same configuration bound for another set of panes (the focus keys follow the
    /// panes' order). Errors name the action and the key.
    pub(crate) fn for_panes(&self, panes: &[PaneKey]) -> Result<KeyMap, (String, String)> {
        KeyMap::new(&self.overrides, panes)
    }

    /// The defaults, with each action named in `overrides` bound to its keys instead, and
    /// a focus action per pane (`focus_<id>`, its number by default). Errors name the
    /// action and the key.
    pub fn new(
        overrides: &BTreeMap<String, Vec<String>>,
        panes: &[PaneKey],
    ) -> Result<KeyMap, (String, String)> {
        let table = key_table(panes);
        for name in overrides.keys() {
            if !table.iter().any(|a| a.name == *name) {
                let names: Vec<&str> = table.iter().map(|a| a.name.as_str()).collect();
                return Err((
                    name.clone(),
                    format!("unknown action; the actions are {}", names.join(", ")),
                ));
            }
        }
        let mut map = Bindings::default();
        let name_of = |action: Action| {
            table
                .iter()
                .find(|r| r.action == action)
                .map_or("", |r| r.name.as_str())
        };
        for row in &table {
            let names: Vec<String> = match overrides.get(&row.name) {
                Some(keys) => keys.clone(),
                None => row.default_keys.clone(),
            };
            let mut keys = Vec::new();
            for name in names {
                let key = Key::parse(&name).map_err(|e| (row.name.clone(), e))?;
                let keys_of_scope = match row.scope {
                    Scope::Prompt => &mut map.prompt_by_key,
                    Scope::Details => &mut map.details_by_key,
                    Scope::Overview => &mut map.overview_by_key,
                    _ => &mut map.by_key,
                };
                if let Some(other) = keys_of_scope.insert(key, row.action) {
                    return Err((
                        row.name.clone(),
                        format!("key \"{key}\" is already bound to {}", name_of(other)),
                    ));
                }
                keys.push(key);
            }
            if keys.is_empty() && row.action == Action::Quit {
                return Err((
                    row.name.clone(),
                    "needs at least one key, or nothing would quit bilat".to_string(),
                ));
            }
            map.by_action.insert(row.action, keys);
        }
        Ok(KeyMap {
            bindings: map,
            overrides: overrides.clone(),
        })
    }

    pub fn action(&self, key: &Key) -> Option<Action> {
        self.bindings.by_key.get(key).copied()
    }

    /// What a key does while typing in a prompt or the switcher.
    pub(crate) fn prompt_action(&self, key: &Key) -> Option<Action> {
        self.bindings.prompt_by_key.get(key).copied()
    }

    /// What a key does while a record is open: its own keys first, then the others.
    pub(crate) fn details_action(&self, key: &Key) -> Option<Action> {
        let own = self.bindings.details_by_key.get(key).copied();
        own.or_else(|| self.action(key))
    }

    /// What a key does on the overview screen: its own keys first, then the others.
    pub fn overview_action(&self, key: &Key) -> Option<Action> {
        let own = self.bindings.overview_by_key.get(key).copied();
        own.or_else(|| self.action(key))
    }

    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings
            .by_action
            .get(&action)
            .map_or(&[], Vec::as_slice)
    }

    /// The keys of an action as help shows them: `j, down`.
    pub fn describe(&self, action: Action) -> String {
        let keys: Vec<String> = self.keys(action).iter().map(Key::to_string).collect();
        keys.join(", ")
    }

    /// The first key of an action, for footer hints.
    pub fn first(&self, action: Action) -> Option<String> {
        self.keys(action).first().map(Key::to_string)
    }
}

#[cfg(test)]
mod tests;
