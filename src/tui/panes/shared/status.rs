//! The header (countries, dataset, as-of date, years shown), the footer (the focused pane's
//! main keys, a prompt or a message), and the too-small notice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::text::fit;
use crate::tui::app::{App, DatasetView, PromptKind};
use crate::tui::input::action::{ACTIONS, Action};
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};

pub(crate) fn render_header(frame: &mut Frame, area: Rect, app: &App, view: &DatasetView) {
    let theme = &app.theme;
    let m = &view.data.manifest;
    let dash = theme.symbols.range_dash;
    let sep = format!(" {} ", theme.symbols.separator);
    let [a, b] = &m.countries;
    // The countries in full where they fit, by code where they do not.
    let mut full = format!(
        " {}{sep}{} ({}) and {} ({})",
        m.title, a.name, a.code, b.name, b.code
    );
    let mut short = format!(" {}{sep}{}{dash}{}", m.title, a.code, b.code);
    // Compared: every pair, and the countries they share, if any.
    // Named in their order on screen, which V does not change.
    let shown = app.shown_views();
    if shown.len() > 1 {
        (full, short) = compared_header(app, &shown, &sep);
    }
    let shown = app.charts.shown;
    let mut parts = Vec::new();
    if app.zoomed {
        parts.push("[zoom]".to_string());
    }
    let narrowed = if shown == app.charts.all {
        ""
    } else {
        " (narrowed)"
    };
    if crate::tui::app::charts::dataset_years(&view.data).is_none() {
        // The charts' span is a stand-in until a chart has a year of its own.
        parts.push("no yearly figures yet".to_string());
    } else {
        parts.push(match shown.first == shown.last {
            true => format!("year {}{narrowed}", shown.first),
            false => format!("years {}{dash}{}{narrowed}", shown.first, shown.last),
        });
    }
    parts.push(format!("as of {}", m.as_of));
    // Which cursor sets the year the other panes mark: the focused pane's, when it has one,
    // where the pair still fits beside it in full (the pair comes first).
    if let (Some(year), Some(pane)) = (app.linked_year(), app.registry.get(app.focus)) {
        let with = format!(" {} sets {year}{sep}{} ", pane.title, parts.join(&sep));
        if fit::width(&with) + fit::width(&theme.symbols.text(&full)) <= usize::from(area.width) {
            parts.insert(0, format!("{} sets {year}", pane.title));
        }
    }
    // A space first: however the pair is cut to fit, it never runs into the years.
    let mut right = format!(" {} ", parts.join(&sep));
    let short_width = fit::width(&theme.symbols.text(&short));
    // Three or four pairs compared: their shared countries matter more than the as-of
    // date of the one in front, which its record still gives.
    if app.shown_views().len() > 2 && short_width + fit::width(&right) > usize::from(area.width) {
        parts.retain(|p| !p.starts_with("as of"));
        right = format!(" {} ", parts.join(&sep));
    }
    let room = usize::from(area.width).saturating_sub(fit::width(&right));
    let full = theme.symbols.text(&full);
    let left = if fit::width(&full) <= room {
        full
    } else {
        theme.symbols.text(&short)
    };
    let left = fit::pad(&left, room, theme.symbols.ellipsis);
    let line = Line::from(vec![
        Span::styled(left, theme.header),
        Span::styled(right, theme.muted),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The header's left part while pairs are compared, in full and short: the pairs' titles,
/// then the countries two or more of them name ("shared: Russia (RUS)"; with three or four
/// pairs, how many name each when not all do: "China (CHN) in 2").
fn compared_header(app: &App, shown: &[usize], sep: &str) -> (String, String) {
    let data: Vec<&crate::data::Dataset> = shown.iter().map(|&i| &*app.views[i].data).collect();
    let titles: Vec<&str> = data.iter().map(|d| d.manifest.title.as_str()).collect();
    let pairs = format!(" {}", titles.join(" vs "));
    // Short, three or four pairs go by their codes (RUS-CHN vs IND-RUS vs ...).
    let dash = app.theme.symbols.range_dash;
    let codes: Vec<String> = data
        .iter()
        .map(|d| {
            let [a, b] = &d.manifest.countries;
            format!("{}{dash}{}", a.code, b.code)
        })
        .collect();
    let short_pairs = if data.len() > 2 {
        format!(" {}", codes.join(" vs "))
    } else {
        pairs.clone()
    };
    let shared = app.shared_countries();
    if shared.is_empty() {
        return (format!("{pairs}{sep}no country in common"), short_pairs);
    }
    let how_many = |count: usize| {
        if count == data.len() || data.len() == 2 {
            String::new()
        } else {
            format!(" in {count}")
        }
    };
    let full: Vec<String> = shared
        .iter()
        .map(|(c, n)| format!("{} ({}){}", c.name, c.code, how_many(*n)))
        .collect();
    let short: Vec<String> = shared
        .iter()
        .map(|(c, n)| format!("{}{}", c.code, how_many(*n)))
        .collect();
    (
        format!("{pairs}{sep}shared: {}", full.join(", ")),
        format!("{short_pairs}{sep}shared {}", short.join(", ")),
    )
}

/// The focused pane's hints, then help and quit; or the prompt being typed; or a message.
pub(crate) fn render_footer(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    if let Some(prompt) = &app.prompt {
        let label = match prompt.kind {
            PromptKind::Search | PromptKind::Find(_) => "/",
            PromptKind::Year => "Go to year: ",
        };
        let cursor = if theme.symbols.ascii { "_" } else { "▏" };
        let text = theme.symbols.text(&prompt.text);
        let mut spans = vec![
            Span::styled(format!(" {label}"), theme.key),
            Span::raw(text),
            Span::styled(cursor, theme.key),
        ];
        // A list's search says as it is typed how many rows hold the words.
        if let PromptKind::Find(pane) = prompt.kind {
            spans.extend(found_so_far(app, pane));
        }
        spans.push(Span::styled(
            format!(
                "  {}: go  {}: cancel",
                app.keys.first(Action::Confirm).unwrap_or_default(),
                app.keys.first(Action::Cancel).unwrap_or_default()
            ),
            theme.muted,
        ));
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    // The keys that always show, then the focused pane's, as many as fit.
    let mut tail: Vec<(String, &str)> = Vec::new();
    for action in [Action::Zoom, Action::Help, Action::Quit] {
        if let Some(key) = app.keys.first(action) {
            tail.push((key, action.info().hint));
        }
    }
    let mut hints: Vec<(String, &str)> = vec![
        (
            app.keys.first(Action::FocusNext).unwrap_or_default(),
            "pane",
        ),
        (move_keys(app), "move"),
    ];
    for info in ACTIONS
        .iter()
        .filter(|a| !a.hint.is_empty() && app.registry.hinted(a.scope, app.focus))
    {
        if let Some(key) = app.keys.first(info.action) {
            hints.push((key, info.hint));
        }
    }
    // The record and the switcher last: where room is short the pane's own keys come first.
    for action in [Action::Details, Action::SwitchDataset] {
        if let Some(key) = app.keys.first(action) {
            hints.push((key, action.info().hint));
        }
    }
    let cost = |(k, w): &(String, &str)| fit::width(k) + fit::width(w) + 3;
    let mut room = usize::from(area.width).saturating_sub(1 + tail.iter().map(cost).sum::<usize>());
    let mut spans = vec![Span::raw(" ")];
    for hint in hints
        .iter()
        .take_while(|h| {
            let fits = cost(h) <= room;
            room = room.saturating_sub(cost(h));
            fits
        })
        .chain(tail.iter())
    {
        spans.push(Span::styled(hint.0.clone(), theme.key));
        spans.push(Span::styled(format!(" {}  ", hint.1), theme.muted));
    }
    let mut line = Line::from(spans);
    if app.start_hint {
        line = start_hint(app).unwrap_or(line);
    }
    if let Some(error) = app
        .config_error
        .as_ref()
        .or(app.view().reload_error.as_ref())
    {
        // Stays until the files are fixed: the data shown is the last that loaded.
        let text = format!(" kept the last good data: {}", theme.symbols.text(error));
        let text = fit::truncate(&text, usize::from(area.width), theme.symbols.ellipsis);
        line = Line::from(vec![Span::styled(text, theme.warning)]);
    }
    if let Some(status) = &app.status {
        let style = if status.warning {
            theme.warning
        } else {
            theme.base.add_modifier(Modifier::BOLD)
        };
        let text = format!(" {} ", theme.symbols.text(&status.text));
        line = Line::from(vec![Span::styled(text, style)]);
    }
    frame.render_widget(Paragraph::new(line), area);
}

/// What a list's search has found of the words typed so far: `match 2/5`, or that no row
/// holds them.
fn found_so_far(app: &App, pane: crate::tui::input::action::PaneId) -> Vec<Span<'static>> {
    let theme = &app.theme;
    let (Some(search), Some(shown)) = (
        app.registry.row_search(pane),
        crate::tui::app::find::shown(app, app.view(), pane),
    ) else {
        return Vec::new();
    };
    let text = match (shown.rank, shown.total) {
        (_, 0) => {
            // Rows may match that a filter hides.
            let shown = if shown.find.hits.is_empty() {
                ""
            } else {
                " shown"
            };
            let text = format!("  no {}{shown} matches", search.noun);
            return vec![Span::styled(text, theme.warning)];
        }
        (Some(rank), total) => format!("  match {rank}/{total}"),
        (None, total) => format!("  {total} matches"),
    };
    vec![Span::styled(text, theme.key)]
}

/// Until the first key: where help is, and how to quit. Nothing when help has no key.
fn start_hint(app: &App) -> Option<Line<'static>> {
    let theme = &app.theme;
    let help = app.keys.first(Action::Help)?;
    let mut spans = vec![
        Span::styled(" Press ", theme.base),
        Span::styled(help, theme.key),
        Span::styled(" for help and what the marks mean", theme.base),
    ];
    if let Some(quit) = app.keys.first(Action::Quit) {
        spans.push(Span::raw("   "));
        spans.push(Span::styled(quit, theme.key));
        spans.push(Span::styled(
            format!(" {}", Action::Quit.info().hint),
            theme.muted,
        ));
    }
    Some(Line::from(spans))
}

/// `j/k` in lists, `h/l` in charts: the first keys of the two move actions.
fn move_keys(app: &App) -> String {
    let (a, b) = if app.registry.has_year(app.focus) {
        (Action::Left, Action::Right)
    } else {
        (Action::Down, Action::Up)
    };
    format!(
        "{}/{}",
        app.keys.first(a).unwrap_or_default(),
        app.keys.first(b).unwrap_or_default()
    )
}

pub(crate) fn render_too_small(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let text = format!(
        "bilat needs a terminal of at least {MIN_WIDTH}x{MIN_HEIGHT}; this one is {}x{}. \
         Enlarge it, or press {} to quit.",
        area.width,
        area.height,
        app.keys.first(Action::Quit).unwrap_or_default()
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(app.theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}
