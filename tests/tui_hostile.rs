//! The TUI shows text from files without what a terminal would run (issue
//! 13, point 7): ratatui drops control characters, but a bidirectional
//! override (U+202E) in a name, a note or a custom profile's title would
//! pass and make the rest of a line read backwards. Every drawn cell must
//! be free of every character that `bilan_core::text::is_unsafe` names.

mod common_tui;

use std::path::PathBuf;

use bilan::tui::app::{Action, App, HomeEntry, Screen, update};
use bilan::tui::text_input::Edit;
use bilan::tui::theme::Theme;
use bilan::tui::view;
use bilan_core::store::Summary;
use bilan_core::{Assessment, Lang, Library, Localized, Rater};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common_tui::{LANGS, app};

const HOSTILE: &str = "Ana\u{202e}exe.txt\u{2066}x\u{2069}\u{1b}]0;pwned\u{7}\u{9b}2J\u{7f}";

/// Every cell of the frame, checked; returns the text of the larger frame.
fn assert_clean(app: &App, what: &str) -> String {
    let mut text = String::new();
    for (width, height) in [(80, 24), (120, 40)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| view::render(app, frame)).unwrap();
        let buffer = terminal.backend().buffer();
        for (i, cell) in buffer.content.iter().enumerate() {
            assert!(
                !cell.symbol().chars().any(is_unsafe),
                "{what} {width}×{height}: cell {i} holds {:?}",
                cell.symbol()
            );
        }
        text = buffer.content.iter().map(|c| c.symbol()).collect();
    }
    text
}

fn hostile_session(lang: Lang) -> App {
    let mut app = app(lang);
    let mut assessment = Assessment::new(HOSTILE, Rater::Coach, lang);
    assessment.coach = Some(HOSTILE.to_string());
    let first = app.library.catalogue.items()[0].id.to_string();
    assessment.set_score(&first, Some(2));
    assessment.set_note(&first, HOSTILE);
    app.open_session(
        assessment,
        PathBuf::from(format!("/nonexistent/{HOSTILE}.json")),
    );
    app
}

#[test]
fn a_hostile_name_and_note_never_reach_the_terminal() {
    for lang in LANGS {
        let mut app = hostile_session(lang);
        let walk = assert_clean(&app, "walk");
        assert!(walk.contains("Anaexe.txt"), "the name is shown, stripped");
        // The note overlay shows the note in full.
        update(&mut app, Action::EditNote);
        assert_clean(&app, "note");
        update(&mut app, Action::Back);
        update(&mut app, Action::Overview);
        assert_eq!(app.place.screen(), Screen::Review);
        assert_clean(&app, "review");
        update(&mut app, Action::Results);
        assert_eq!(app.place.screen(), Screen::Results);
        for tab in 0..4 {
            assert_clean(&app, &format!("results tab {tab}"));
            update(&mut app, Action::NextTab);
        }
    }
}

#[test]
fn hostile_names_in_lists_forms_and_custom_profiles_never_reach_the_terminal() {
    for lang in LANGS {
        // The resume list, with a saved file of a hostile name.
        let mut resume = app(lang);
        common_tui::home_entry(&mut resume, HomeEntry::Resume);
        assert_eq!(resume.place.screen(), Screen::ResumeList);
        resume.resume.summaries = Some(vec![Summary {
            path: PathBuf::from(format!("/nonexistent/{HOSTILE}.json")),
            person: HOSTILE.to_string(),
            rater: Rater::SelfRated,
            updated: "2024-05-02T10:15:00Z".into(),
            answered: 3,
            total: 49,
        }]);
        assert_clean(&resume, "resume list");

        // A name typed in the new-assessment form.
        let mut form = app(lang);
        update(&mut form, Action::Confirm);
        assert_eq!(form.place.screen(), Screen::NewForm);
        for c in HOSTILE.chars() {
            update(&mut form, Action::Edit(Edit::Insert(c)));
        }
        assert_clean(&form, "new form");

        // A custom profile whose name, aliases and summary are hostile.
        let mut library = Library::builtin().unwrap();
        let profile = &mut library.profiles[0];
        profile.name = Localized::new(HOSTILE, HOSTILE);
        profile.summary = Localized::new(HOSTILE, HOSTILE);
        profile.aliases = vec![HOSTILE.to_string()];
        let mut browse = App::new(library, lang);
        browse.theme = Theme { color: false };
        common_tui::home_entry(&mut browse, HomeEntry::Profiles);
        assert_eq!(browse.place.screen(), Screen::Profiles);
        assert_clean(&browse, "profiles");
    }
}

#[test]
fn a_hostile_status_line_never_reaches_the_terminal() {
    let mut app = hostile_session(Lang::En);
    bilan::tui::state::fail(&mut app, format!("cannot save {HOSTILE}"));
    assert_clean(&app, "status");
}

/// What must never reach a terminal (the rule of `bilan_core::text::is_unsafe`,
/// written out so the test states it): C0 controls but the line feed and the
/// tab, DEL, C1 controls, bidirectional overrides and isolates.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
