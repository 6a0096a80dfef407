//! What the TUI tests share: an app on the built-in data without colour,
//! and a frame drawn into a test terminal as text.
#![allow(dead_code)]

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use bilan::tui::app::{Action, App, Effect, HomeEntry, update};
use bilan::tui::theme::Theme;
use bilan::tui::view;
use bilan_core::{Assessment, Lang, Library, Rater};

pub const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

pub fn app(lang: Lang) -> App {
    let mut app = App::new(Library::builtin().expect("built-in data"), lang);
    app.theme = Theme { color: false };
    app
}

pub fn walking(lang: Lang) -> App {
    let mut app = app(lang);
    app.open_session(
        Assessment::new("Ana Lefèvre", Rater::SelfRated, lang),
        PathBuf::from("/nonexistent/ana.json"),
    );
    app
}

/// The screen as text: one symbol per cell, trailing spaces trimmed.
pub fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut hidden = 0;
        for x in 0..width {
            let symbol = buffer[(x, y)].symbol();
            if hidden > 0 {
                // The cells behind a wide character.
                hidden -= 1;
                continue;
            }
            hidden = textwrap::core::display_width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

/// A fixed, varied set of answers: every fourth item left unanswered.
pub fn scored(lang: Lang) -> App {
    let mut app = walking(lang);
    let ids: Vec<String> = app
        .library
        .catalogue
        .items()
        .iter()
        .map(|i| i.id.to_string())
        .collect();
    let session = app.place.session_mut().unwrap();
    for (i, id) in ids.iter().enumerate() {
        if i % 4 != 3 {
            session.assessment.set_score(id, Some((i * 7 % 6) as u8));
        }
    }
    app
}

/// Opens a start screen entry (by its place in the menu, however many
/// entries come before it); the effects of opening it.
pub fn home_entry(app: &mut App, entry: HomeEntry) -> Vec<Effect> {
    let row = HomeEntry::ALL
        .iter()
        .position(|e| *e == entry)
        .expect("a start screen entry");
    update(app, Action::Pick(row))
}
