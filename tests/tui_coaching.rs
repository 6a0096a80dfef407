//! The coach's and trainer's screens: a coach's walk with the self-rating
//! beside each item, the comparison, progress between rounds and the group
//! analysis. `update` is driven with actions (no terminal), the loop's I/O is
//! run against a temporary folder, and each screen is kept as a text
//! snapshot at 80×24 in French and English and at the smallest size.

mod common_tui;

use std::path::{Path, PathBuf};

use bilan::tui::app::{
    Action, App, CohortTab, Counterpart, Effect, Outcome, PairKind, Screen, apply, update,
};
use bilan::tui::{Io, keymap};
use bilan_core::cohort::analyse;
use bilan_core::storage::{self, Summary};
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
// Comparison

#[test]
fn c_compares_the_coach_with_the_self_rating_widest_gap_first() {
    let mut app = coaching(Lang::En);
    assert_eq!(
        keymap::action_for(&app, &press(KeyCode::Char('c'))),
        Some(Action::Compare)
    );
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Compare);
    let state = app.compare.shown().expect("comparison");
    assert!(state.from_session);
    let first = &state.comparison.rows[0];
    assert_eq!((first.item.as_str(), first.difference), ("A.3", Some(2)));
    let a4 = state
        .comparison
        .rows
        .iter()
        .find(|r| r.item == "A.4")
        .unwrap();
    assert_eq!(a4.difference, Some(1));
    assert_eq!(state.comparison.coach.as_deref(), Some("Marc Aubert"));

    // Enter on a row goes to that item in the coach's walk.
    let effects = run(&mut app, &[Action::Down, Action::Up, Action::Confirm]);
    assert_eq!(effects, vec![Effect::Save], "the position is saved");
    assert_eq!(app.place.screen(), Screen::Walk);
    let session = app.place.session().unwrap();
    assert_eq!(app.library.catalogue.items()[session.cursor].id, "A.3");
}

#[test]
fn back_leaves_the_comparison_where_it_was_opened() {
    let mut app = coaching(Lang::En);
    assert_eq!(
        run(&mut app, &[Action::Overview]),
        vec![Effect::FindCounterpart],
        "the review shows the other file as it is now"
    );
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Compare);
    run(&mut app, &[Action::Back]);
    assert_eq!(app.place.screen(), Screen::Review);
}

#[test]
fn without_the_other_rating_c_says_what_is_missing() {
    let mut app = coaching(Lang::En);
    apply(&mut app, Outcome::Counterpart(None));
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Walk);
    let text = status(&app);
    assert!(
        text.contains("No self-rating saved for Ana Lefèvre"),
        "{text}"
    );
    // The footer offers `c` only when there is something to compare with.
    let footer = keymap::footer(&app);
    assert!(!footer.iter().any(|(key, _)| *key == "c"), "{footer:?}");
    let app = coaching(Lang::En);
    assert!(keymap::footer(&app).iter().any(|(key, _)| *key == "c"));
}

#[test]
fn the_comparison_list_stays_in_bounds() {
    let mut app = coaching(Lang::En);
    compare_now(&mut app);
    let rows = app.compare.shown().unwrap().comparison.rows.len();
    run(&mut app, &[Action::PageDown; 6]);
    run(&mut app, &[Action::Down]);
    assert_eq!(app.compare.shown().unwrap().row, rows - 1);
    run(&mut app, &[Action::PageUp; 6]);
    run(&mut app, &[Action::Up]);
    assert_eq!(app.compare.shown().unwrap().row, 0);
}

// ---------------------------------------------------------------------------
// Progress between rounds

#[test]
fn progress_asks_for_the_earlier_round_and_shows_what_moved() {
    let mut app = coaching(Lang::En);
    run(&mut app, &[Action::Results]);
    assert_eq!(
        run(&mut app, &[Action::Progress]),
        vec![Effect::LoadEarlierRound]
    );

    apply(&mut app, Outcome::EarlierRound(None));
    assert_eq!(app.place.screen(), Screen::Results);
    assert!(status(&app).contains("No earlier round saved for Ana Lefèvre"));

    let mut old = app.place.session().unwrap().assessment.clone();
    old.set_score("A.3", Some(1));
    old.set_score("B.1", None);
    old.set_score("A.7", Some(4));
    old.updated = Some("2025-06-01T09:00:00Z".into());
    apply(
        &mut app,
        Outcome::EarlierRound(Some((PathBuf::from("/x/old.json"), old))),
    );
    assert_eq!(app.place.screen(), Screen::Progress);
    let progress = &app.progress.as_ref().unwrap().progress;
    assert_eq!((progress.counts.rose, progress.counts.fell), (1, 1));
    assert_eq!(progress.counts.new, 1);
    assert_eq!(progress.rows[0].item, "A.3", "largest rise first");
    assert_eq!(progress.rows[0].change, Some(2));

    run(&mut app, &[Action::Confirm]);
    assert_eq!(app.place.screen(), Screen::Walk);
}

#[test]
fn a_keeps_a_dated_copy_and_says_where() {
    let mut app = coaching(Lang::En);
    run(&mut app, &[Action::Results]);
    assert_eq!(run(&mut app, &[Action::KeepRound]), vec![Effect::KeepRound]);
    apply(
        &mut app,
        Outcome::RoundKept(PathBuf::from("/data/ana-lefevre-coach-2026-11-24.json")),
    );
    let text = status(&app);
    assert!(text.contains("ana-lefevre-coach-2026-11-24.json"), "{text}");
    assert!(!text.contains("/data/"), "the file name is enough: {text}");
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
    run(&mut app, &[Action::Down, Action::Confirm]);
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
            unreadable: 0,
        },
    );
    app
}

#[test]
fn marking_one_file_then_c_or_d_on_another_opens_both() {
    let mut app = resume_list();
    assert!(run(&mut app, &[Action::Compare]).is_empty());
    assert!(status(&app).contains("First mark one file"));

    assert_eq!(
        keymap::action_for(&app, &press(KeyCode::Char('m'))),
        Some(Action::Mark)
    );
    run(&mut app, &[Action::Mark]);
    assert_eq!(app.resume.marked, Some(PathBuf::from("/d/ana-coach.json")));
    assert!(run(&mut app, &[Action::Compare]).is_empty());
    assert!(status(&app).contains("two different files"));

    let effects = run(&mut app, &[Action::Down, Action::Compare]);
    assert_eq!(
        effects,
        vec![Effect::OpenPair {
            first: PathBuf::from("/d/ana-coach.json"),
            second: PathBuf::from("/d/ana-self.json"),
            kind: PairKind::Compare,
        }]
    );
    // Marking the marked file again clears the mark.
    run(&mut app, &[Action::Up, Action::Mark]);
    assert_eq!(app.resume.marked, None);
}

#[test]
fn a_pair_is_compared_by_rater_and_diffed_by_date() {
    let mut app = resume_list();
    let coach = {
        let mut a = Assessment::new(PERSON, Rater::Coach, Lang::En);
        a.set_score("A.3", Some(4));
        a
    };
    let old = self_rating(Lang::En);
    let mut new = old.clone();
    new.set_score("A.3", Some(2));
    new.updated = Some("2026-06-01T09:00:00Z".into());

    // Two self-ratings cannot be compared as self against coach.
    apply(
        &mut app,
        Outcome::Pair {
            kind: PairKind::Compare,
            first: old.clone(),
            second: new.clone(),
        },
    );
    assert_eq!(app.place.screen(), Screen::ResumeList);
    assert!(status(&app).contains("one self-rating and one coach's rating"));

    // Coach first, self second: still put the right way round.
    apply(
        &mut app,
        Outcome::Pair {
            kind: PairKind::Compare,
            first: coach,
            second: old.clone(),
        },
    );
    assert_eq!(app.place.screen(), Screen::Compare);
    let state = app.compare.shown().unwrap();
    assert!(!state.from_session);
    let a3 = state
        .comparison
        .rows
        .iter()
        .find(|r| r.item == "A.3")
        .unwrap();
    assert_eq!((a3.self_score, a3.coach_score), (Some(1), Some(4)));
    // Without a session, Enter has nowhere to go.
    assert!(run(&mut app, &[Action::Confirm]).is_empty());
    assert_eq!(app.place.screen(), Screen::Compare);
    run(&mut app, &[Action::Back]);
    assert_eq!(app.place.screen(), Screen::ResumeList);

    // Newest given first: swapped into date order.
    apply(
        &mut app,
        Outcome::Pair {
            kind: PairKind::Progress,
            first: new,
            second: old,
        },
    );
    let progress = &app.progress.as_ref().unwrap().progress;
    assert!(progress.swapped);
    let a3 = progress.rows.iter().find(|r| r.item == "A.3").unwrap();
    assert_eq!((a3.old, a3.new, a3.change), (Some(1), Some(2), Some(1)));
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

#[test]
fn the_home_entry_analyses_the_saved_files_and_tab_changes_the_target() {
    let mut app = app(Lang::En);
    let first = app.library.profiles[0].id.clone();
    let second = app.library.profiles[1].id.clone();
    let effects = run(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Confirm],
    );
    assert_eq!(app.place.screen(), Screen::Cohort);
    assert_eq!(
        effects,
        vec![Effect::Cohort {
            paths: Vec::new(),
            profile: first.clone(),
        }]
    );
    assert!(app.cohort.cohort.is_none(), "analysing");
    // Nothing to export before the analysis arrives.
    assert!(run(&mut app, &[Action::Export]).is_empty());

    let effects = run(&mut app, &[Action::NextProfile]);
    assert_eq!(
        effects,
        vec![Effect::Cohort {
            paths: Vec::new(),
            profile: second.clone(),
        }]
    );
    // A late result for the previous profile is dropped.
    let library = bilan_core::Library::builtin().unwrap();
    let stale = analyse(&library, library.profile(&first).unwrap(), vec![fixtures()]);
    apply(&mut app, Outcome::Cohort(stale));
    assert!(app.cohort.cohort.is_none());
    let fresh = analyse(
        &library,
        library.profile(&second).unwrap(),
        vec![fixtures()],
    );
    apply(&mut app, Outcome::Cohort(fresh));
    assert_eq!(app.cohort.cohort.as_ref().unwrap().profile, second);
    assert_eq!(run(&mut app, &[Action::Export]), vec![Effect::ExportCohort]);
    run(&mut app, &[Action::Back]);
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn the_group_screen_moves_within_its_tabs() {
    let mut app = cohort_app(Lang::En, "cm", CohortTab::Priorities);
    let cohort = app.cohort.cohort.clone().unwrap();
    run(
        &mut app,
        &[
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
        ],
    );
    assert_eq!(app.cohort.row, cohort.requirements.len() - 1);
    run(&mut app, &[Action::NextTab]);
    assert_eq!((app.cohort.tab, app.cohort.row), (CohortTab::People, 0));
    run(&mut app, &[Action::PageDown]);
    assert_eq!(app.cohort.row, cohort.people.len() - 1);
    run(&mut app, &[Action::NextTab]);
    for _ in 0..200 {
        update(&mut app, Action::Right);
    }
    assert_eq!(app.cohort.column, cohort.heatmap.items.len() - 1);
    run(&mut app, &[Action::Left]);
    assert_eq!(app.cohort.column, cohort.heatmap.items.len() - 2);
    run(&mut app, &[Action::NextTab, Action::PageDown]);
    assert_eq!(app.cohort.tab, CohortTab::Files);
    assert_eq!(
        app.cohort.row,
        cohort.invalid.len() + cohort.duplicates.len() - 1
    );
    run(&mut app, &[Action::NextTab]);
    assert_eq!(app.cohort.tab, CohortTab::Priorities);
}

// ---------------------------------------------------------------------------
// The loop's I/O against a real folder

fn io_app(dir: &Path) -> (App, Io) {
    (app(Lang::En), Io::new(dir.to_path_buf()))
}

#[test]
fn opening_a_coach_session_finds_the_self_rating_saved_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let self_path = storage::assessment_path(dir.path(), PERSON, Rater::SelfRated);
    storage::save_assessment(&self_path, &self_rating(Lang::En)).unwrap();

    let (mut app, mut io) = io_app(dir.path());
    io.perform(
        &mut app,
        Effect::Create {
            // Typed quickly by the coach: no capitals, no accent.
            name: "ana lefevre".into(),
            rater: Rater::Coach,
        },
    );
    let session = app.place.session().expect("session");
    assert_eq!(
        session.assessment.person, PERSON,
        "the self-rating's spelling"
    );
    let found = session.counterpart.as_ref().expect("self-rating found");
    assert_eq!(found.path, self_path);
    assert_eq!(found.assessment.score("A.3"), Some(1));

    // The self-rating's own session finds nothing until the coach saved.
    let (mut other, mut io) = io_app(dir.path());
    io.perform(&mut other, Effect::Open(self_path));
    let found = other.place.session().unwrap().counterpart.as_ref();
    assert_eq!(found.map(|c| c.assessment.rater), Some(Rater::Coach));
}

#[test]
fn a_kept_round_is_found_again_and_diffed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut io) = io_app(dir.path());
    io.perform(
        &mut app,
        Effect::Create {
            name: PERSON.into(),
            rater: Rater::SelfRated,
        },
    );
    // Rate A.3 at 2, keep the round, then rate it at 4.
    for effect in run(
        &mut app,
        &[Action::Rate(2), Action::Results, Action::KeepRound],
    ) {
        io.perform(&mut app, effect);
    }
    assert!(status(&app).contains("Kept to compare"), "{}", status(&app));
    let session = app.place.session_mut().unwrap();
    session.assessment.set_score("A.3", Some(4));
    session.assessment.updated = Some("2999-01-01T00:00:00Z".into());
    for effect in run(&mut app, &[Action::Progress]) {
        io.perform(&mut app, effect);
    }
    assert_eq!(app.place.screen(), Screen::Progress, "{}", status(&app));
    let progress = &app.progress.as_ref().unwrap().progress;
    let a3 = progress.rows.iter().find(|r| r.item == "A.3").unwrap();
    assert_eq!((a3.old, a3.new), (Some(2), Some(4)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let rounds = dir.path().join(storage::ROUNDS_DIR);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&rounds), 0o700, "the rounds folder is private");
        let kept: Vec<PathBuf> = std::fs::read_dir(&rounds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        for file in kept
            .iter()
            .chain(std::iter::once(&app.place.session().unwrap().path))
        {
            assert_eq!(mode(file), 0o600, "{} is private", file.display());
        }
    }
}

#[test]
fn the_group_is_analysed_and_exported_by_the_loop() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut io) = io_app(dir.path());
    for effect in bilan::tui::app::open_cohort(&mut app, vec![fixtures()]) {
        io.perform(&mut app, effect);
    }
    // The worker analyses; the loop would keep drawing meanwhile.
    io.finish_work(&mut app);
    let cohort = app.cohort.cohort.as_ref().expect("analysed");
    assert!(!cohort.people.is_empty());
    assert!(!cohort.invalid.is_empty(), "broken.json is listed");
    for effect in run(&mut app, &[Action::Export]) {
        io.perform(&mut app, effect);
    }
    let text = status(&app);
    let path = text.split(": ").last().unwrap().trim().to_string();
    let html = std::fs::read_to_string(&path).expect("report written");
    assert!(html.contains("<table"), "{path}");
    assert!(path.starts_with(dir.path().join("reports").to_str().unwrap()));
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
fn coach_walk_and_review_show_the_self_rating() {
    both("coach_walk", coaching);
    both("coach_review", |lang| {
        let mut app = coaching(lang);
        update(&mut app, Action::Overview);
        app
    });
}

#[test]
fn comparison_screen() {
    both("comparison", |lang| {
        let mut app = coaching(lang);
        compare_now(&mut app);
        app
    });
}

#[test]
fn progress_screen() {
    both("progress", |lang| {
        let mut app = coaching(lang);
        let mut old = app.place.session().unwrap().assessment.clone();
        old.set_score("A.3", Some(1));
        old.set_score("A.4", Some(5));
        old.set_score("B.1", None);
        old.set_score("C.1", Some(2));
        old.updated = Some("2025-06-01T09:00:00Z".into());
        update(&mut app, Action::Results);
        apply(
            &mut app,
            Outcome::EarlierRound(Some((PathBuf::from("/x"), old))),
        );
        app
    });
}

#[test]
fn group_screen_tabs() {
    for tab in CohortTab::ALL {
        let name = format!("cohort_{tab:?}").to_lowercase();
        both(&name, |lang| cohort_app(lang, "cm", tab));
    }
    both("cohort_heatmap_scrolled", |lang| {
        let mut app = cohort_app(lang, "cm", CohortTab::Heatmap);
        for _ in 0..30 {
            update(&mut app, Action::Right);
        }
        update(&mut app, Action::Down);
        app
    });
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
fn progress_needs_two_files_by_one_rater_and_a_stale_mark_is_dropped() {
    let mut app = resume_list();
    // Coach file marked, self file selected: that is `c`, not `d`.
    let effects = run(&mut app, &[Action::Mark, Action::Down, Action::Progress]);
    assert!(effects.is_empty());
    assert!(status(&app).contains("same rater"), "{}", status(&app));
    // Two rounds of the self-rating are fine.
    let effects = run(&mut app, &[Action::Mark, Action::Down, Action::Progress]);
    assert_eq!(
        effects,
        vec![Effect::OpenPair {
            first: PathBuf::from("/d/ana-self.json"),
            second: PathBuf::from("/d/ana-self-2025-01-01.json"),
            kind: PairKind::Progress,
        }]
    );
    // The list is read again without the marked file: the mark goes.
    apply(
        &mut app,
        Outcome::Summaries {
            list: vec![summary(
                "/d/ana-coach.json",
                Rater::Coach,
                "2026-03-02T10:00:00Z",
            )],
            unreadable: 0,
        },
    );
    assert_eq!(app.resume.marked, None);
}

#[test]
fn esc_ends_a_group_view_opened_from_the_command_line() {
    let mut app = cohort_app(Lang::En, "cm", CohortTab::People);
    assert_eq!(run(&mut app, &[Action::Back]), vec![Effect::Quit]);
    // From the start screen, Esc goes back there.
    let mut app = common_tui::app(Lang::En);
    run(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Confirm],
    );
    // The analysis was still running: Esc stops it too.
    assert_eq!(run(&mut app, &[Action::Back]), vec![Effect::CancelCohort]);
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn enter_is_offered_only_where_it_leads_to_an_item() {
    let mut from_session = coaching(Lang::En);
    compare_now(&mut from_session);
    let mut from_list = resume_list();
    let coach = Assessment::new(PERSON, Rater::Coach, Lang::En);
    apply(
        &mut from_list,
        Outcome::Pair {
            kind: PairKind::Compare,
            first: coach,
            second: self_rating(Lang::En),
        },
    );
    for (app, offered) in [(&mut from_session, true), (&mut from_list, false)] {
        let footer = draw(app, 80, 24);
        assert_eq!(footer.contains("rate this item again"), offered, "{footer}");
        update(app, Action::Help);
        let help = draw(app, 80, 24);
        assert_eq!(help.contains("rate this item again"), offered, "{help}");
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

#[test]
fn a_click_selects_a_saved_file_and_a_second_click_opens_it() {
    let mut app = resume_list();
    assert!(run(&mut app, &[Action::Pick(2)]).is_empty());
    assert_eq!(app.resume.selected, 2);
    assert_eq!(
        run(&mut app, &[Action::Pick(2)]),
        vec![Effect::Open(PathBuf::from("/d/ana-self-2025-01-01.json"))]
    );
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

#[test]
fn the_group_analysis_tells_its_progress_and_keys_keep_working() {
    let dir = tempfile::tempdir().unwrap();
    many_files(dir.path(), 300);
    let (mut app, mut io) = io_app(dir.path());
    let effects = bilan::tui::app::open_cohort(&mut app, vec![dir.path().into()]);
    for effect in effects {
        io.perform(&mut app, effect);
    }
    // The loop is free at once: keys change the state while the worker reads.
    run(&mut app, &[Action::NextTab]);
    assert_eq!(app.cohort.tab, CohortTab::People);
    // What the loop polls is drawn as "done / total files".
    apply(
        &mut app,
        Outcome::CohortProgress {
            done: 312,
            total: 10_000,
        },
    );
    let screen = common_tui::draw(&app, 80, 24);
    assert!(screen.contains("312 / 10,000 files"), "{screen}");
    app.lang = Lang::Fr;
    let screen = common_tui::draw(&app, 80, 24);
    assert!(screen.contains("312 / 10\u{a0}000 fichiers"), "{screen}");
    io.finish_work(&mut app);
    assert_eq!(
        app.cohort.cohort.as_ref().expect("analysed").people.len(),
        300
    );
}

#[test]
fn esc_cancels_the_group_analysis_and_its_result_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    many_files(dir.path(), 2_000);
    let (mut app, mut io) = io_app(dir.path());
    run(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Confirm],
    );
    io.perform(
        &mut app,
        Effect::Cohort {
            paths: Vec::new(),
            profile: "cm".into(),
        },
    );
    assert!(io.worker.busy());
    let effects = run(&mut app, &[Action::Back]);
    assert_eq!(effects, vec![Effect::CancelCohort]);
    for effect in effects {
        io.perform(&mut app, effect);
    }
    assert!(!io.worker.busy(), "nothing left in flight");
    io.finish_work(&mut app);
    assert!(app.cohort.cohort.is_none());
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn a_cancelled_analysis_returns_nothing_and_progress_reaches_the_total() {
    let dir = tempfile::tempdir().unwrap();
    many_files(dir.path(), 50);
    let library = bilan_core::Library::builtin().unwrap();
    let profile = library.profile("cm").unwrap();
    let seen = std::sync::Mutex::new(Vec::new());
    let progress = |done: usize, total: usize| seen.lock().unwrap().push((done, total));
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let cohort = bilan_core::cohort::analyse_with(
        &library,
        profile,
        vec![dir.path().into()],
        &progress,
        &cancel,
    );
    assert_eq!(cohort.expect("not cancelled").people.len(), 50);
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.first(), Some(&(0, 50)));
    assert_eq!(seen.iter().map(|s| s.0).max(), Some(50));
    cancel.store(true, std::sync::atomic::Ordering::Relaxed);
    let cancelled = bilan_core::cohort::analyse_with(
        &library,
        profile,
        vec![dir.path().into()],
        &|_, _| {},
        &cancel,
    );
    assert!(cancelled.is_none());
}

#[test]
fn the_saved_files_are_listed_off_the_ui_thread() {
    let dir = tempfile::tempdir().unwrap();
    many_files(dir.path(), 40);
    let (mut app, mut io) = io_app(dir.path());
    let effects = run(&mut app, &[Action::Down, Action::Confirm]);
    assert_eq!(app.place.screen(), Screen::ResumeList);
    for effect in effects {
        io.perform(&mut app, effect);
    }
    // The loop polls the worker each tick; here we wait for it.
    io.finish_work(&mut app);
    assert_eq!(app.resume.summaries.as_ref().map(Vec::len), Some(40));
    assert_eq!(app.home.saved, Some(40));
}
