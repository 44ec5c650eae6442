//! Exports, imports and balances say whose they are: a series' flows are its country's (the
//! first country's for a third-party series), named by direction in the trade pane's title
//! and details, the record and plain mode.

use crate::generated;
use crate::screen;

use std::io::Write;
use std::process::{Command, Stdio};

use bilat::tui::input::action::Action;
use screen::{render, text};

/// The zoomed trade pane's title row and its details, for each flow `e` cycles to.
#[test]
fn the_trade_pane_names_each_flows_direction() {
    let data = generated::load("flows", generated::flows_files());
    let mut app = screen::app_of(data, screen::dark(), 120, 40);
    app.apply(Action::Zoom);
    let wanted = [
        (
            "LEM exports to ATL",
            "ATL exports to LEM (IMF)",
            "LEM exports 5 bn to ATL",
            "IMF: ATL exports 7.5 bn to LEM",
        ),
        (
            "LEM imports from ATL",
            "ATL imports from LEM (IMF)",
            "LEM imports 7 bn from ATL",
            "IMF: ATL imports 5 bn from LEM",
        ),
        (
            "balance: LEM exports less imports",
            "balance: ATL exports less imports (IMF)",
            "LEM balance -2 bn (exports less imports)",
            "IMF: ATL balance 2.5 bn (exports less imports)",
        ),
    ];
    for (own, third, details, third_details) in wanted {
        app.apply(Action::CycleFlow);
        let screen = text(&render(&app));
        let title = screen.lines().nth(1).unwrap();
        assert!(title.contains(own) && title.contains(third), "{title}");
        assert!(screen.contains(details), "{screen}");
        assert!(screen.contains(third_details), "{screen}");
        assert!(!title.contains(" exports USD"), "{title}");
    }
    // The record of the year names the directions of its flows.
    app.apply(Action::Zoom);
    app.apply(Action::Details);
    let record = text(&render(&app));
    assert!(
        record.contains("LEM exports to ATL 5, LEM imports from ATL 7, balance -2"),
        "{record}"
    );
    app.apply(Action::Details);
    app.apply(Action::Zoom);
    let zoomed = text(&render(&app));
    assert!(
        zoomed.contains("LEM exports to ATL 5, LEM imports from ATL 7, balance -2 bn"),
        "{zoomed}"
    );
    assert!(
        record.contains("ATL exports to LEM 7.5, ATL imports from LEM 5, balance +2.5"),
        "{record}"
    );
}

#[test]
fn plain_mode_names_each_flows_direction() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in generated::flows_files() {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_bilat"))
        .args(["--plain", "--data", dir.path().to_str().unwrap()])
        .env("XDG_CONFIG_HOME", dir.path().join("no-config"))
        .env("XDG_DATA_HOME", dir.path().join("no-data"))
        .env_remove("BILAT_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"eq").unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("LEM exports to ATL 5 billion, LEM imports from ATL 7 billion, a balance of -2 billion (LEM exports less imports)"),
        "{said}"
    );
    assert!(
        said.contains("The trade chart shows LEM exports to ATL; ATL exports to LEM (IMF)"),
        "{said}"
    );
}
