//! The TUI's `update` driven by action sequences, with no terminal: every
//! change of state, and the effects returned for the loop to perform. Plus the
//! keymap: which key gives which action in which context.

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use bilan::tui::app::{
    Action, App, DetailTab, Effect, Outcome, Overlay, Screen, Session, apply, update,
};
use bilan::tui::keymap;
use bilan::tui::text_input::Edit;
use bilan_core::store::Summary;
use bilan_core::{Assessment, Lang, Library, Rater};

const PATH: &str = "/nonexistent/ana.json";

fn app() -> App {
    App::new(Library::builtin().expect("built-in data"), Lang::En)
}

/// An app with a fresh session for Ana (no file is touched: `update` does no I/O).
fn walking() -> App {
    let mut app = app();
    app.open_session(
        Assessment::new("Ana", Rater::SelfRated, Lang::En),
        PathBuf::from(PATH),
    );
    app
}

fn session(app: &App) -> &Session {
    app.place.session().expect("a session is open")
}

fn cursor(app: &App) -> usize {
    session(app).cursor
}

fn index(app: &App, id: &str) -> usize {
    app.library.catalogue.index_of(id).expect("known item")
}

fn id_at(app: &App, index: usize) -> String {
    app.library.catalogue.items()[index].id.to_string()
}

fn score(app: &App, id: &str) -> Option<u8> {
    session(app).assessment.score(id)
}

/// Runs the actions, returning the effects of the last one.
fn run(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    let mut last = Vec::new();
    for action in actions {
        last = update(app, *action);
    }
    last
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Edit(Edit::Insert(c)));
    }
}

fn fit_of(app: &App, profile: &str) -> f64 {
    session(app)
        .ranking
        .matches
        .iter()
        .find(|m| m.profile == profile)
        .expect("profile ranked")
        .fit
}

fn selected_profile(app: &App) -> String {
    let s = session(app);
    s.ranking.matches[s.results.selected].profile.to_string()
}

// ------------------------------------------------------------------ results

/// A session with a fixed set of scores, on the results screen.
fn on_results() -> App {
    let mut app = walking();
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
            session.assessment.set_score(id, Some((i % 5) as u8 + 1));
        }
    }
    assert!(update(&mut app, Action::Results).is_empty());
    assert_eq!(app.place.screen(), Screen::Results);
    app
}

fn every_screen_and_overlay(with_session: bool) -> Vec<(Screen, Option<Overlay>)> {
    let mut seen = Vec::new();
    for screen in [
        Screen::Home,
        Screen::NewForm,
        Screen::ResumeList,
        Screen::Profiles,
        Screen::Walk,
        Screen::Review,
        Screen::Results,
        Screen::Compare,
        Screen::Progress,
        Screen::Cohort,
    ] {
        // The walk, review and results cannot exist without their session.
        if !with_session && matches!(screen, Screen::Walk | Screen::Review | Screen::Results) {
            continue;
        }
        for overlay in [None, Some(Overlay::Help), Some(Overlay::Note)] {
            if overlay == Some(Overlay::Note) && !with_session {
                continue;
            }
            seen.push((screen, overlay));
        }
    }
    seen
}

// -------------------------------------------------- home, form, resume list

/// A file of the saved list that cannot be read (a JSON mistake).
fn unreadable(path: &str) -> bilan::tui::app::Unreadable {
    bilan::tui::app::Unreadable {
        path: PathBuf::from(path),
        error: std::sync::Arc::new(bilan_core::Error::Syntax {
            origin: path.to_string(),
            line: 3,
            column: 7,
            message: "expected `,` or `}`".into(),
        }),
    }
}

fn summary(person: &str, rater: Rater, updated: &str, answered: usize) -> Summary {
    Summary {
        path: PathBuf::from(format!("/nonexistent/{person}.json")),
        person: person.to_string(),
        rater,
        updated: updated.into(),
        answered,
        total: 49,
    }
}

// ------------------------------------------------------------------ keymap

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

// The tests, by topic.
#[path = "tui_update/everywhere.rs"]
mod everywhere;
#[path = "tui_update/finding.rs"]
mod finding;
#[path = "tui_update/home.rs"]
mod home;
#[path = "tui_update/keys.rs"]
mod keys;
#[path = "tui_update/notes.rs"]
mod notes;
#[path = "tui_update/results.rs"]
mod results;
#[path = "tui_update/sheet.rs"]
mod sheet;
#[path = "tui_update/walk.rs"]
mod walk;
