//! Citations that stand alone: what `c` and `m` copy from a record names the pair, the
//! dataset and its as-of date, says nothing twice, and is what the record's foot shows
//! (Markdown line for line).

use crate::screen;

use screen::{render, text};

use bilat::data::Dataset;
use bilat::tui::app::{App, Effect};
use bilat::tui::input::action::Action;
use bilat::tui::terminal::clipboard::Route;

/// The record of the newest event (the tenth joint air patrol) open, and `action` (a copy)
/// done: what went to the clipboard.
fn copied(app: &mut App, action: Action) -> String {
    app.apply(Action::FocusPane(4));
    app.apply(Action::Details);
    let effects = app.apply(action);
    let Some(Effect::Copy(text)) = effects.into_iter().next() else {
        panic!("the copy key asks the loop to copy");
    };
    app.copy_done(true, "", Route::Direct);
    text
}

#[test]
fn a_copied_citation_names_the_pair_the_dataset_and_its_date_and_repeats_nothing() {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
    let text = copied(&mut app, Action::CopyCitation);
    assert!(
        text.starts_with(
            "Event: Tenth joint air patrol, 2025-12-09. Russia and China; bilat dataset Russia–China"
        ),
        "{text}"
    );
    assert!(text.contains("as of 2026-01-14"), "{text}");
    assert_eq!(text.matches("Tenth joint air patrol").count(), 1, "{text}");
    assert!(text.ends_with("(2025)."), "{text}");
}

/// The words of the record's foot, from its label to the box's lower edge.
fn foot_words(screen: &str, label: &str) -> Vec<String> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (row, col) = lines
        .iter()
        .enumerate()
        .find_map(|(y, l)| {
            let s: String = l.iter().collect();
            s.find(label).map(|b| (y, s[..b].chars().count()))
        })
        .expect("the copied text at the foot");
    let mut words = Vec::new();
    for (n, line) in lines[row..].iter().enumerate() {
        let from = if n == 0 {
            col + label.chars().count()
        } else {
            col
        };
        let inside: String = line[from..].iter().take_while(|&&c| c != '│').collect();
        if line[col - 2] == '└' {
            break;
        }
        words.extend(inside.split_whitespace().map(str::to_string));
    }
    words
}

#[test]
fn the_foot_of_the_record_is_exactly_what_was_copied() {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
    let plain = copied(&mut app, Action::CopyCitation);
    let screen = text(&render(&app));
    let words: Vec<String> = plain.split_whitespace().map(str::to_string).collect();
    assert_eq!(foot_words(&screen, "Citation:"), words, "{screen}");
}

#[test]
fn copied_as_markdown_the_foot_shows_the_markdown_line_for_line() {
    let mut app = screen::app_of(Dataset::bundled().unwrap(), screen::dark(), 120, 40);
    let markdown = copied(&mut app, Action::CopyMarkdown);
    assert!(
        markdown.starts_with("**Event: Tenth joint air patrol, 2025-12-09**\n\nRussia and China"),
        "{markdown}"
    );
    assert!(markdown.contains("\n- Xinhua"), "{markdown}");
    // Scrolled to the foot, the Markdown's lines are the box's lines.
    let screen = text(&render(&app));
    assert!(
        screen.contains("Markdown:    **Event: Tenth joint air patrol, 2025-12-09**"),
        "{screen}"
    );
    let bullet = screen
        .lines()
        .find(|l| l.contains("- Xinhua"))
        .expect("the source's bullet on its own line");
    assert!(
        bullet
            .split('│')
            .any(|seg| seg.trim_start().starts_with("- Xinhua")),
        "{bullet}"
    );
    let words: Vec<String> = markdown.split_whitespace().map(str::to_string).collect();
    assert_eq!(foot_words(&screen, "Markdown:"), words, "{screen}");
}
