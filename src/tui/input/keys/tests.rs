//! The key map: defaults, the configuration's bindings, and mistakes named.
use super::*;
use crate::library::config::{self, ConfigOrigin, DEFAULT_TEXT};

/// The `[keys]` section of the documented configuration, made from the table with the
/// focus rows of `panes`.
fn default_keys_toml(panes: &[PaneKey]) -> String {
    let mut out = String::new();
    for info in key_table(panes) {
        let keys: Vec<String> = info
            .default_keys
            .iter()
            .map(|k| format!("\"{k}\""))
            .collect();
        out.push_str(&format!("{} = [{}]\n", info.name, keys.join(", ")));
    }
    out
}

fn panes() -> Vec<PaneKey> {
    crate::tui::panes::registry().keys()
}

#[test]
fn the_documented_keys_are_the_defaults() {
    let loaded = LoadedConfig::parse("config.toml", DEFAULT_TEXT, ConfigOrigin::Embedded).unwrap();
    assert_eq!(
        KeyMap::from_config(&loaded, &panes()).unwrap(),
        KeyMap::new(&BTreeMap::new(), &panes()).unwrap()
    );
}

#[test]
fn the_documented_keys_are_the_table_s_defaults() {
    let section = DEFAULT_TEXT.split("[keys]").nth(1).unwrap();
    let written: String = section
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(written, default_keys_toml(&panes()));
}

#[test]
fn bad_bindings_name_the_action_and_line() {
    let text = "[keys]\nquit = [\"q\"]\nhelp = [\"hyper-h\"]\n";
    let loaded = LoadedConfig::parse("c.toml", text, ConfigOrigin::Embedded).unwrap();
    let err = KeyMap::from_config(&loaded, &panes()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("c.toml:3:1: keys.help: unknown key \"hyper-h\""),
        "{err}"
    );
    assert!(config::parse("c.toml", text).is_ok());
}

#[test]
fn key_names_round_trip() {
    for name in [
        "q",
        "G",
        "?",
        "ctrl-c",
        "shift-tab",
        "pagedown",
        "f5",
        "alt-x",
        "space",
    ] {
        assert_eq!(Key::parse(name).unwrap().to_string(), name);
    }
    assert!(Key::parse("ctrl-").is_err());
    assert!(Key::parse("hyper-x").is_err());
    assert!(Key::parse("f13").is_err());
}

#[test]
fn defaults_bind_every_action_once() {
    let map = KeyMap::new(&BTreeMap::new(), &panes()).unwrap();
    for row in key_table(&panes()) {
        assert!(!map.keys(row.action).is_empty(), "{}", row.name);
    }
    assert_eq!(
        map.action(&Key::parse("5").unwrap()),
        Some(Action::FocusPane(5))
    );
    assert_eq!(map.action(&Key::parse("j").unwrap()), Some(Action::Down));
}

#[test]
fn overrides_replace_and_conflicts_are_named() {
    let mut o = BTreeMap::new();
    o.insert("quit".to_string(), vec!["x".to_string()]);
    let map = KeyMap::new(&o, &panes()).unwrap();
    assert_eq!(map.action(&Key::parse("x").unwrap()), Some(Action::Quit));
    assert_eq!(map.action(&Key::parse("q").unwrap()), None);

    o.insert("quit".to_string(), vec!["j".to_string()]);
    let err = KeyMap::new(&o, &panes()).unwrap_err();
    assert_eq!(err.0, "down");
    assert!(err.1.contains("already bound to quit"), "{}", err.1);

    let mut o = BTreeMap::new();
    o.insert("fly".to_string(), vec!["f".to_string()]);
    assert_eq!(KeyMap::new(&o, &panes()).unwrap_err().0, "fly");
}

#[test]
fn a_pane_s_focus_key_is_rebound_by_its_id() {
    let mut o = BTreeMap::new();
    o.insert("focus_arms".to_string(), vec!["ctrl-y".to_string()]);
    let map = KeyMap::new(&o, &panes()).unwrap();
    assert_eq!(
        map.action(&Key::parse("ctrl-y").unwrap()),
        Some(Action::FocusPane(5))
    );
    assert_eq!(map.action(&Key::parse("5").unwrap()), None);
    // Without that pane the name is unknown, and the error lists the panes' names.
    let err = KeyMap::new(&o, &panes()[..4]).unwrap_err();
    assert_eq!(err.0, "focus_arms");
    assert!(err.1.contains("focus_timeline"), "{}", err.1);
}
