//! The coach's and trainer's screens: a coach's walk with the self-rating
//! beside each item, the comparison, progress between rounds and the group
//! analysis. `update` is driven with actions (no terminal), the loop's I/O is
//! run against a temporary folder, and each screen is kept as a text
//! snapshot at 80×24 in French and English and at the smallest size.

mod common_tui;

use std::path::{Path, PathBuf};

use bilan::tui::app::{
    Action, App, CohortTab, Counterpart, Effect, HomeEntry, Outcome, PairKind, Screen, apply,
    update,
};
use bilan::tui::{Io, keymap};
use bilan_core::cohort::analyse;
use bilan_core::store::{self, Summary};
use bilan_core::{Assessment, Lang, Rater};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common_tui::{LANGS, app, code, draw, scored};

const PERSON: &str = "Ana Lefèvre";

fn run(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    let mut last = Vec::new();
    for action in actions {
        last = update(app, *action);
    }
    last
}

/// The candidate's self-rating: the `scored` answers with a few changed.
fn self_rating(lang: Lang) -> Assessment {
    let app = scored(lang);
    let mut assessment = app.place.session().expect("session").assessment.clone();
    assessment.set_score("A.3", Some(1)); // coach gives 3 → differs by 2
    assessment.set_score("A.4", Some(3)); // coach gives 4 → differs by 1
    assessment.set_note("A.3", "J'ai peu écrit de plans.");
    assessment.updated = Some("2026-01-10T09:00:00Z".into());
    assessment
}

/// A coach's session for the same person, the self-rating found beside it.
fn coaching(lang: Lang) -> App {
    let mut app = app(lang);
    let mut coach = Assessment::new(PERSON, Rater::Coach, lang);
    coach.coach = Some("Marc Aubert".into());
    for (id, level) in [("A.3", 3), ("A.4", 4), ("A.7", 2), ("B.1", 3)] {
        coach.set_score(id, Some(level));
    }
    // Fixed dates keep the snapshots the same from day to day.
    coach.created = Some("2026-03-02T09:00:00Z".into());
    coach.updated = Some("2026-03-02T10:00:00Z".into());
    app.open_session(coach, PathBuf::from("/nonexistent/ana-lefevre-coach.json"));
    apply(
        &mut app,
        Outcome::Counterpart(Some(Counterpart {
            path: PathBuf::from("/nonexistent/ana-lefevre-self.json"),
            assessment: self_rating(lang),
        })),
    );
    app
}

/// `c`: the loop reads the other file again (here: the same one), then the
/// comparison opens.
fn compare_now(app: &mut App) {
    assert_eq!(update(app, Action::Compare), vec![Effect::FindCounterpart]);
    let again = app.place.session().and_then(|s| s.counterpart.clone());
    apply(app, Outcome::Counterpart(again));
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

// ---------------------------------------------------------------------------
// Two files picked in the resume list

fn summary(path: &str, rater: Rater, updated: &str) -> Summary {
    Summary {
        path: PathBuf::from(path),
        person: PERSON.into(),
        rater,
        updated: updated.into(),
        answered: 10,
        total: 49,
    }
}

fn resume_list() -> App {
    let mut app = app(Lang::En);
    common_tui::home_entry(&mut app, HomeEntry::Resume);
    apply(
        &mut app,
        Outcome::Summaries {
            list: vec![
                summary("/d/ana-coach.json", Rater::Coach, "2026-03-02T10:00:00Z"),
                summary("/d/ana-self.json", Rater::SelfRated, "2026-03-01T10:00:00Z"),
                summary(
                    "/d/ana-self-2025-01-01.json",
                    Rater::SelfRated,
                    "2025-01-01T10:00:00Z",
                ),
            ],
            unreadable: Vec::new(),
        },
    );
    app
}

// ---------------------------------------------------------------------------
// Group analysis

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cohort")
}

/// The group screen with the fixture folder analysed against `profile`.
fn cohort_app(lang: Lang, profile: &str, tab: CohortTab) -> App {
    let mut app = app(lang);
    app.cohort.profile = app
        .library
        .profiles
        .iter()
        .position(|p| p.id == profile)
        .unwrap();
    let effects = bilan::tui::app::open_cohort(&mut app, vec![fixtures()]);
    assert_eq!(
        effects,
        vec![Effect::Cohort {
            paths: vec![fixtures()],
            profile: profile.into(),
        }]
    );
    let target = app.library.profile(profile).unwrap().clone();
    let cohort = analyse(
        &app.library,
        &target,
        vec![PathBuf::from("tests/fixtures/cohort")],
    );
    apply(&mut app, Outcome::Cohort(cohort));
    while app.cohort.tab != tab {
        update(&mut app, Action::NextTab);
    }
    app
}

// ---------------------------------------------------------------------------
// The loop's I/O against a real folder

fn io_app(dir: &Path) -> (App, Io) {
    (app(Lang::En), Io::new(dir.to_path_buf()))
}

// ---------------------------------------------------------------------------
// What a user sees

fn both(name: &str, make: impl Fn(Lang) -> App) {
    for lang in LANGS {
        let app = make(lang);
        insta::assert_snapshot!(format!("{name}_{}", code(lang)), draw(&app, 80, 24));
    }
}

#[test]
fn coaching_screens_at_the_smallest_size() {
    for lang in LANGS {
        let mut app = coaching(lang);
        compare_now(&mut app);
        insta::assert_snapshot!(
            format!("comparison_60x16_{}", code(lang)),
            draw(&app, 60, 16)
        );
        let app = coaching(lang);
        insta::assert_snapshot!(
            format!("coach_walk_60x16_{}", code(lang)),
            draw(&app, 60, 16)
        );
        let app = cohort_app(lang, "cno", CohortTab::Heatmap);
        insta::assert_snapshot!(
            format!("cohort_heatmap_60x16_{}", code(lang)),
            draw(&app, 60, 16)
        );
        let app = cohort_app(lang, "cm", CohortTab::Priorities);
        insta::assert_snapshot!(
            format!("cohort_priorities_60x16_{}", code(lang)),
            draw(&app, 60, 16)
        );
    }
}

#[test]
fn a_coach_writes_notes_with_the_candidates_note_in_view() {
    for lang in LANGS {
        let mut app = coaching(lang);
        // A.3 carries the candidate's note.
        let a3 = app.library.catalogue.index_of("A.3").unwrap();
        app.place.session_mut().unwrap().cursor = a3;
        update(&mut app, Action::EditNote);
        insta::assert_snapshot!(format!("coach_note_{}", code(lang)), draw(&app, 80, 24));
    }
}

/// Many small files in a temporary folder, for the worker to count.
fn many_files(dir: &Path, count: usize) {
    for i in 0..count {
        let text = format!(
            r#"{{"person": "P{i}", "rater": "self", "scores": {{"A.3": {}}}}}"#,
            i % 6
        );
        std::fs::write(dir.join(format!("p{i}.json")), text).unwrap();
    }
}

// The tests, by topic.
#[path = "tui_coaching/comparison.rs"]
mod comparison;
#[path = "tui_coaching/details.rs"]
mod details;
#[path = "tui_coaching/group.rs"]
mod group;
#[path = "tui_coaching/loop_io.rs"]
mod loop_io;
#[path = "tui_coaching/pairs.rs"]
mod pairs;
#[path = "tui_coaching/rounds.rs"]
mod rounds;
#[path = "tui_coaching/screens.rs"]
mod screens;
#[path = "tui_coaching/worker.rs"]
mod worker;
