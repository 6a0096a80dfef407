//! Snapshots of what the walk's finding keys and the note editor draw
//! (`tests/snapshots/tui_walkkeys__*`), at 80×24 and at the smallest size
//! (60×16), in French and English. Read a changed snapshot as a user would.
//!
//! Regenerate with `INSTA_UPDATE=always cargo test --test tui_walkkeys`.

mod common_tui;

use bilan::tui::app::{Action, App, update};
use bilan::tui::text_input::Edit;
use bilan_core::Lang;

use common_tui::{LANGS, code, draw, scored};

fn act(app: &mut App, actions: &[Action]) {
    for action in actions {
        update(app, *action);
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let edit = if c == '\n' {
            Edit::Newline
        } else {
            Edit::Insert(c)
        };
        update(app, Action::Edit(edit));
    }
}

/// Snapshots `make(lang)` in both languages at 80×24 and 60×16, as
/// `<name>_<lang>` and `<name>_60x16_<lang>`.
fn sizes(name: &str, make: impl Fn(Lang) -> App) {
    for lang in LANGS {
        let app = make(lang);
        insta::assert_snapshot!(format!("{name}_{}", code(lang)), draw(&app, 80, 24));
        insta::assert_snapshot!(format!("{name}_60x16_{}", code(lang)), draw(&app, 60, 16));
    }
}

fn lines_of_evidence(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Forum de l'intranet, deux ans.\nCharte rédigée.\n\nSix modérateurs formés",
        Lang::En => "Intranet forum, two years.\nWrote its charter.\n\nTrained six moderators",
    }
}

#[test]
fn a_note_of_several_lines() {
    sizes("note_lines", |lang| {
        let mut app = scored(lang);
        act(&mut app, &[Action::EditNote]);
        type_text(&mut app, lines_of_evidence(lang));
        app
    });
    // Kept (Esc), and shown on the walk's card on one line.
    sizes("walk_note_lines", |lang| {
        let mut app = scored(lang);
        act(&mut app, &[Action::EditNote]);
        type_text(&mut app, lines_of_evidence(lang));
        act(&mut app, &[Action::Back]);
        app
    });
}

#[test]
fn the_search_panel() {
    // Nothing typed yet: how to search, above every item.
    sizes("search_empty", |lang| {
        let mut app = scored(lang);
        act(&mut app, &[Action::Search]);
        app
    });
    // Typed without accents: every « gestion » / management item, the
    // second one picked.
    sizes("search_typed", |lang| {
        let mut app = scored(lang);
        act(&mut app, &[Action::Search]);
        type_text(&mut app, "GESTION");
        act(&mut app, &[Action::Down]);
        app
    });
    sizes("search_nothing_found", |lang| {
        let mut app = scored(lang);
        act(&mut app, &[Action::Search]);
        type_text(&mut app, "xyz");
        app
    });
}

#[test]
fn the_job_sheet_paged_with_its_position() {
    for lang in LANGS {
        for (width, height) in [(80, 24), (60, 16)] {
            let mut app = common_tui::app(lang);
            act(
                &mut app,
                &[
                    Action::Resize(width, height),
                    Action::Down,
                    Action::Down,
                    Action::Confirm,
                    Action::PageDown,
                    Action::PageDown,
                ],
            );
            insta::assert_snapshot!(
                format!("job_sheet_paged_{width}x{height}_{}", code(lang)),
                draw(&app, width, height)
            );
        }
    }
}

/// A report path as long as a real one in a home folder.
const REPORT: &str =
    "/home/elodie-martin/.local/share/bilan/reports/elodie-martin-self-2026-12-02-report.html";

#[test]
fn a_long_status_wraps_and_shows_the_whole_path() {
    sizes("status_export_path", |lang| {
        let mut app = scored(lang);
        bilan::tui::app::apply(
            &mut app,
            bilan::tui::app::Outcome::Exported(std::path::PathBuf::from(REPORT)),
        );
        app
    });
    for lang in LANGS {
        let mut app = scored(lang);
        bilan::tui::app::apply(
            &mut app,
            bilan::tui::app::Outcome::Exported(std::path::PathBuf::from(REPORT)),
        );
        // At 80×24 every character of the path is on screen, in order.
        let lines =
            bilan::tui::layout::status_lines(&app, ratatui::layout::Rect::new(0, 0, 80, 24));
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.concat().contains(REPORT), "{lines:?}");
        let screen = draw(&app, 80, 24).replace('\n', "");
        assert!(screen.contains(REPORT), "{screen}");
    }
}
