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
use bilan_core::storage::Summary;
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
    app.library.catalogue.items()[index].id.clone()
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
    s.ranking.matches[s.results.selected].profile.clone()
}

// ---------------------------------------------------------------- the walk

#[test]
fn a_new_session_opens_on_the_first_item_in_the_walk() {
    let app = walking();
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(app.overlay, None);
    assert_eq!(cursor(&app), 0);
    assert_eq!(id_at(&app, 0), "A.3");
    assert_eq!(session(&app).level, 0);
}

#[test]
fn rating_stores_the_score_moves_on_and_saves() {
    let mut app = walking();
    let effects = update(&mut app, Action::Rate(4));
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(4));
    assert_eq!(cursor(&app), 1);
    assert_eq!(app.place.screen(), Screen::Walk);
    // The position is remembered for resume.
    assert_eq!(
        session(&app).assessment.position.as_deref(),
        Some(id_at(&app, 1).as_str())
    );

    // 0 is a real answer ("none"), not "unanswered".
    assert_eq!(update(&mut app, Action::Rate(0)), vec![Effect::Save]);
    assert_eq!(score(&app, "A.4"), Some(0));
    assert_eq!(cursor(&app), 2);
}

#[test]
fn rating_the_last_item_opens_the_review() {
    let mut app = walking();
    let last = app.library.catalogue.len() - 1;
    let effects: Vec<Effect> = (0..app.library.catalogue.len())
        .flat_map(|i| update(&mut app, Action::Rate((i % 6) as u8)))
        .collect();
    assert!(effects.iter().all(|e| *e == Effect::Save));
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(cursor(&app), last);
    let (answered, total) = session(&app).assessment.progress(&app.library.catalogue);
    assert_eq!((answered, total), (49, 49));
    assert_eq!(score(&app, &id_at(&app, last)), Some((last % 6) as u8));
}

#[test]
fn the_review_after_the_last_item_points_at_the_first_unanswered_one() {
    let mut app = walking();
    update(&mut app, Action::Right); // A.3 left unanswered
    let len = app.library.catalogue.len();
    for _ in 1..len {
        update(&mut app, Action::Rate(2));
    }
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 0);

    // Everything answered: the row of the item just rated.
    let mut app = walking();
    for _ in 0..len {
        update(&mut app, Action::Rate(2));
    }
    assert_eq!(session(&app).review_row, len - 1);
}

#[test]
fn left_and_right_move_one_item_and_stop_at_the_ends() {
    let mut app = walking();
    assert_eq!(update(&mut app, Action::Right), vec![Effect::Save]);
    assert_eq!(cursor(&app), 1);
    run(&mut app, &[Action::Right, Action::Right]);
    assert_eq!(cursor(&app), 3);
    update(&mut app, Action::Left);
    assert_eq!(cursor(&app), 2);
    run(&mut app, &[Action::Left, Action::Left, Action::Left]);
    assert_eq!(cursor(&app), 0);
    // Moving never answers anything.
    assert!(session(&app).assessment.scores.is_empty());

    let len = app.library.catalogue.len();
    for _ in 0..len + 3 {
        update(&mut app, Action::Right);
    }
    assert_eq!(cursor(&app), len - 1);
    assert_eq!(app.place.screen(), Screen::Walk);
}

#[test]
fn sections_jump_to_their_first_item() {
    let mut app = walking();
    let starts: Vec<usize> = app
        .library
        .catalogue
        .section_starts()
        .iter()
        .map(|(start, _)| *start)
        .collect();
    assert_eq!(starts, vec![0, 3, 7, 10, 11, 18, 24, 37]);

    for expected in &starts[1..] {
        assert_eq!(update(&mut app, Action::NextSection), vec![Effect::Save]);
        assert_eq!(cursor(&app), *expected);
    }
    // Past the last section: stays on its first item.
    update(&mut app, Action::NextSection);
    assert_eq!(cursor(&app), 37);
    assert_eq!(id_at(&app, 37), "se.persuasion");

    // From inside a section, back goes to that section's start first…
    update(&mut app, Action::Right);
    update(&mut app, Action::Right);
    assert_eq!(cursor(&app), 39);
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 37);
    // …then, from a start, to the previous section.
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 24);
    assert_eq!(id_at(&app, 24), "sf.speaking");
    for expected in starts[..starts.len() - 2].iter().rev() {
        update(&mut app, Action::PrevSection);
        assert_eq!(cursor(&app), *expected);
    }
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn up_and_down_move_the_level_cursor_and_confirm_rates_it() {
    let mut app = walking();
    assert!(run(&mut app, &[Action::Down, Action::Down, Action::Down]).is_empty());
    assert_eq!(session(&app).level, 3);
    update(&mut app, Action::Up);
    assert_eq!(session(&app).level, 2);
    // Nothing is stored until confirmed.
    assert_eq!(score(&app, "A.3"), None);
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(2));
    assert_eq!(cursor(&app), 1);

    // The level cursor is bounded by 0 and 5.
    run(&mut app, &[Action::Down; 9]);
    assert_eq!(session(&app).level, 5);
    run(&mut app, &[Action::Up; 9]);
    assert_eq!(session(&app).level, 0);
}

#[test]
fn the_level_cursor_starts_on_the_saved_score() {
    let mut app = walking();
    run(&mut app, &[Action::Rate(4), Action::Left]);
    assert_eq!(cursor(&app), 0);
    assert_eq!(session(&app).level, 4);
    update(&mut app, Action::Right);
    assert_eq!(session(&app).level, 0);
}

#[test]
fn clear_score_forgets_the_answer() {
    let mut app = walking();
    run(&mut app, &[Action::Rate(3), Action::Left]);
    assert_eq!(score(&app, "A.3"), Some(3));
    assert_eq!(update(&mut app, Action::ClearScore), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), None);
    assert!(session(&app).assessment.scores.is_empty());
    // Clearing stays on the item.
    assert_eq!(cursor(&app), 0);
    assert_eq!(app.place.screen(), Screen::Walk);
}

#[test]
fn overview_opens_the_review_on_the_current_row_and_confirm_jumps_there() {
    let mut app = walking();
    run(
        &mut app,
        &[Action::Rate(2), Action::Rate(3), Action::Rate(4)],
    );
    assert_eq!(cursor(&app), 3);
    assert!(update(&mut app, Action::Overview).is_empty());
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 3);

    run(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(session(&app).review_row, 5);
    update(&mut app, Action::Up);
    assert_eq!(session(&app).review_row, 4);
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 4);
    assert_eq!(
        session(&app).assessment.position.as_deref(),
        Some(id_at(&app, 4).as_str())
    );
}

#[test]
fn esc_in_the_walk_opens_the_review_on_the_current_row_too() {
    let mut app = walking();
    run(&mut app, &[Action::NextSection, Action::Right]);
    assert_eq!(cursor(&app), 4);
    assert!(update(&mut app, Action::Back).is_empty());
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 4);
}

#[test]
fn the_review_rates_rows_and_jumps_by_section() {
    let mut app = walking();
    update(&mut app, Action::Overview);
    assert_eq!(update(&mut app, Action::Rate(5)), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(5));
    assert_eq!(session(&app).review_row, 1);
    update(&mut app, Action::NextSection);
    assert_eq!(session(&app).review_row, 3);
    update(&mut app, Action::PrevSection);
    assert_eq!(session(&app).review_row, 0);
    // Back (Esc, g) returns to the walk where it was.
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn a_note_is_stored_on_confirm() {
    let mut app = walking();
    run(&mut app, &[Action::Right, Action::Right]);
    assert!(update(&mut app, Action::EditNote).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Note));
    assert!(app.editing_text());
    type_text(&mut app, "led 3 forums");
    update(&mut app, Action::Edit(Edit::Backspace));
    type_text(&mut app, "S");
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.overlay, None);
    let id = id_at(&app, 2);
    assert_eq!(session(&app).assessment.note(&id), Some("led 3 forumS"));
    // Editing again starts from the saved text.
    update(&mut app, Action::EditNote);
    assert_eq!(session(&app).note.text(), "led 3 forumS");
}

#[test]
fn back_cancels_the_note() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "draft");
    assert!(update(&mut app, Action::Back).is_empty());
    assert_eq!(app.overlay, None);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert!(session(&app).assessment.notes.is_empty());
}

#[test]
fn keys_in_the_note_do_not_rate_or_move() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    for action in [
        Action::Rate(3),
        Action::Right,
        Action::NextSection,
        Action::ToggleLang,
    ] {
        assert!(update(&mut app, action).is_empty());
    }
    assert_eq!(app.lang, Lang::En);
    assert_eq!(cursor(&app), 0);
    assert!(session(&app).assessment.scores.is_empty());
    assert_eq!(app.overlay, Some(Overlay::Note));
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
        .map(|i| i.id.clone())
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

#[test]
fn results_tabs_and_profiles_cycle() {
    let mut app = on_results();
    let s = session(&app);
    assert_eq!(s.ranking.matches.len(), 3);
    assert_eq!(s.results.tab, DetailTab::Requirements);
    assert_eq!(s.results.selected, 0);

    for tab in [
        DetailTab::Gaps,
        DetailTab::Strengths,
        DetailTab::Radar,
        DetailTab::Requirements,
    ] {
        update(&mut app, Action::NextTab);
        assert_eq!(session(&app).results.tab, tab);
    }

    let first = selected_profile(&app);
    update(&mut app, Action::NextProfile);
    assert_eq!(session(&app).results.selected, 1);
    assert_ne!(selected_profile(&app), first);
    run(&mut app, &[Action::NextProfile, Action::NextProfile]);
    assert_eq!(session(&app).results.selected, 0);
    update(&mut app, Action::PrevSection);
    assert_eq!(session(&app).results.selected, 2);

    update(&mut app, Action::Down);
    assert_eq!(session(&app).results.row, 1);
    // Changing profile resets the row.
    update(&mut app, Action::NextProfile);
    assert_eq!(session(&app).results.row, 0);
}

#[test]
fn what_if_changes_the_fit_but_not_the_scores() {
    let mut app = on_results();
    let scores = session(&app).assessment.scores.clone();
    // Find a requirement of the selected profile that is a gap.
    let s = session(&app);
    let result = &s.ranking.matches[0];
    let row = result
        .requirements
        .iter()
        .position(|r| r.is_gap())
        .expect("the fixed scores leave a gap");
    let item = result.requirements[row].item.clone();
    let profile = result.profile.clone();
    let before = fit_of(&app, &profile);
    for _ in 0..row {
        update(&mut app, Action::Down);
    }

    assert!(
        update(&mut app, Action::Right).is_empty(),
        "what-if never saves"
    );
    let raised = fit_of(&app, &profile);
    assert!(raised > before, "{raised} > {before}");
    assert_eq!(session(&app).assessment.scores, scores);
    assert_eq!(
        selected_profile(&app),
        profile,
        "selection follows the profile"
    );
    let index = index(&app, &item);
    assert_eq!(
        session(&app).results.what_if.get(&index).copied(),
        Some(scores.get(&item).copied().unwrap_or(0) + 1)
    );

    update(&mut app, Action::Left);
    assert_eq!(fit_of(&app, &profile), before);
    update(&mut app, Action::Left);
    assert!(fit_of(&app, &profile) < before || scores.get(&item).copied().unwrap_or(0) == 0);
    run(&mut app, &[Action::Right, Action::Right, Action::Right]);
    assert!(fit_of(&app, &profile) > before);
    assert!(!session(&app).results.what_if.is_empty());

    assert!(update(&mut app, Action::ResetWhatIf).is_empty());
    assert!(session(&app).results.what_if.is_empty());
    assert_eq!(fit_of(&app, &profile), before);
    assert_eq!(session(&app).assessment.scores, scores);
}

#[test]
fn what_if_on_an_unanswered_item_counts_it_as_answered() {
    let mut app = walking();
    update(&mut app, Action::Results);
    assert_eq!(session(&app).ranking.completeness.answered, 0);
    let profile = selected_profile(&app);
    assert_eq!(fit_of(&app, &profile), 0.0);
    update(&mut app, Action::Right);
    assert!(fit_of(&app, &profile) > 0.0);
    assert_eq!(session(&app).ranking.completeness.answered, 1);
    assert!(session(&app).assessment.scores.is_empty());
    update(&mut app, Action::ResetWhatIf);
    assert_eq!(fit_of(&app, &profile), 0.0);
}

#[test]
fn results_confirm_goes_to_the_item_and_back_returns_to_the_walk() {
    let mut app = on_results();
    let item = session(&app).ranking.matches[0].requirements[0]
        .item
        .clone();
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), index(&app, &item));

    update(&mut app, Action::Results);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Walk);

    update(&mut app, Action::Results);
    update(&mut app, Action::JobSheet);
    assert_eq!(app.place.screen(), Screen::Profiles);
    let shown = &app.library.profiles[app.browse.profile].id;
    assert_eq!(*shown, selected_profile(&app));
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Results);
}

// ------------------------------------------------------- quit, lang, help

#[test]
fn export_on_results_asks_the_loop_and_shows_the_path() {
    let mut app = on_results();
    let key = KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::Export));
    let scores = session(&app).assessment.scores.clone();
    assert_eq!(update(&mut app, Action::Export), vec![Effect::Export]);
    assert_eq!(
        session(&app).assessment.scores,
        scores,
        "exporting changes nothing"
    );
    apply(
        &mut app,
        Outcome::Exported(PathBuf::from("/data/reports/ana.html")),
    );
    let status = app.status.as_ref().expect("a status line");
    assert!(!status.error);
    assert!(
        status.text.contains("/data/reports/ana.html"),
        "{}",
        status.text
    );
    // The walk has no export key: `e` is not bound there.
    let mut walking = walking();
    assert_ne!(keymap::action_for(&walking, &key), Some(Action::Export));
    assert!(update(&mut walking, Action::Export).is_empty());
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

#[test]
fn quit_saves_then_quits_from_everywhere_with_a_session() {
    for (screen, overlay) in every_screen_and_overlay(true) {
        let mut app = walking();
        app.place.go(screen);
        app.overlay = overlay;
        assert_eq!(
            update(&mut app, Action::Quit),
            vec![Effect::Save, Effect::Quit],
            "{screen:?} {overlay:?}"
        );
        assert!(app.quitting);
    }
}

#[test]
fn quit_without_a_session_only_quits() {
    for (screen, overlay) in every_screen_and_overlay(false) {
        let mut app = app();
        app.place.go(screen);
        app.overlay = overlay;
        assert_eq!(
            update(&mut app, Action::Quit),
            vec![Effect::Quit],
            "{screen:?} {overlay:?}"
        );
    }
    // The home menu's last entry, and Esc on home, quit too.
    let mut app = app();
    assert_eq!(
        run(
            &mut app,
            &[
                Action::Down,
                Action::Down,
                Action::Down,
                Action::Down,
                Action::Confirm
            ]
        ),
        vec![Effect::Quit]
    );
    let mut app = self::app();
    assert_eq!(update(&mut app, Action::Back), vec![Effect::Quit]);
}

#[test]
fn toggle_lang_switches_and_switches_back() {
    let mut app = walking();
    assert!(update(&mut app, Action::ToggleLang).is_empty());
    assert_eq!(app.lang, Lang::Fr);
    // Nothing else moved.
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 0);
    update(&mut app, Action::ToggleLang);
    assert_eq!(app.lang, Lang::En);
    // Also over the help.
    update(&mut app, Action::Help);
    update(&mut app, Action::ToggleLang);
    assert_eq!(app.lang, Lang::Fr);
    assert_eq!(app.overlay, Some(Overlay::Help));
}

#[test]
fn help_opens_and_closes_and_blocks_the_screen_below() {
    let mut app = walking();
    assert!(update(&mut app, Action::Help).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Help));
    assert!(update(&mut app, Action::Rate(3)).is_empty());
    assert!(update(&mut app, Action::Right).is_empty());
    assert!(session(&app).assessment.scores.is_empty());
    assert_eq!(cursor(&app), 0);
    update(&mut app, Action::Help);
    assert_eq!(app.overlay, None);

    for close in [Action::Back, Action::Confirm] {
        update(&mut app, Action::Help);
        assert_eq!(app.overlay, Some(Overlay::Help));
        update(&mut app, close);
        assert_eq!(app.overlay, None, "{close:?} closes the help");
        assert_eq!(app.place.screen(), Screen::Walk);
    }

    // Scrolling stops where the text ends at the terminal's size.
    update(&mut app, Action::Resize(80, 20));
    update(&mut app, Action::Help);
    let max = bilan::tui::app::help_max_scroll(&app);
    assert!(max > 0, "the help does not fit in 80x20");
    run(&mut app, &[Action::Down; 60]);
    assert_eq!(app.help_scroll, max);
    update(&mut app, Action::Up);
    assert_eq!(app.help_scroll, max - 1);
    update(&mut app, Action::PageDown);
    assert_eq!(app.help_scroll, max);
    update(&mut app, Action::PageUp);
    assert_eq!(app.help_scroll, max.saturating_sub(10));
    update(&mut app, Action::PageUp);
    assert_eq!(app.help_scroll, 0);
    update(&mut app, Action::Down);
    update(&mut app, Action::Back);
    update(&mut app, Action::Help);
    assert_eq!(app.help_scroll, 0, "reopening starts at the top");
    update(&mut app, Action::Back);

    // On home too.
    let mut app = self::app();
    update(&mut app, Action::Help);
    assert_eq!(app.overlay, Some(Overlay::Help));
    update(&mut app, Action::Back);
    assert_eq!((app.place.screen(), app.overlay), (Screen::Home, None));
}

// -------------------------------------------------- home, form, resume list

fn summary(person: &str, rater: Rater, updated: &str, answered: usize) -> Summary {
    Summary {
        path: PathBuf::from(format!("/nonexistent/{person}.json")),
        person: person.to_string(),
        rater,
        updated: updated.to_string(),
        answered,
        total: 49,
    }
}

#[test]
fn home_second_entry_loads_the_saved_list() {
    let mut app = app();
    assert_eq!(app.place.screen(), Screen::Home);
    assert!(update(&mut app, Action::Down).is_empty());
    assert_eq!(app.home.selected, 1);
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::LoadSummaries]
    );
    assert_eq!(app.place.screen(), Screen::ResumeList);
    assert!(
        app.resume.summaries.is_none(),
        "loading until the loop answers"
    );

    let list = vec![
        summary("Ana", Rater::SelfRated, "2024-05-02T10:00:00Z", 49),
        summary("Bruno", Rater::Coach, "2024-05-01T09:30:00Z", 12),
    ];
    apply(
        &mut app,
        Outcome::Summaries {
            list: list.clone(),
            unreadable: 1,
        },
    );
    assert_eq!(app.home.saved, Some(2));
    assert_eq!(app.resume.unreadable, 1);
    update(&mut app, Action::Down);
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::Open(list[1].path.clone())]
    );
    // Opening is the loop's job; what it read comes back as an outcome.
    let mut bruno = Assessment::new("Bruno", Rater::Coach, Lang::En);
    bruno.set_score("A.3", Some(2));
    apply(
        &mut app,
        Outcome::Opened {
            assessment: bruno,
            path: list[1].path.clone(),
        },
    );
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 1, "first unanswered item");

    // An empty list: confirm does nothing, back goes home.
    let mut app = self::app();
    run(&mut app, &[Action::Down, Action::Confirm]);
    apply(
        &mut app,
        Outcome::Summaries {
            list: Vec::new(),
            unreadable: 0,
        },
    );
    assert!(update(&mut app, Action::Confirm).is_empty());
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn home_third_entry_browses_profiles() {
    let mut app = app();
    assert!(run(&mut app, &[Action::Down, Action::Down, Action::Confirm]).is_empty());
    assert_eq!(app.place.screen(), Screen::Profiles);
    update(&mut app, Action::NextProfile);
    assert_eq!(app.browse.profile, 1);
    update(&mut app, Action::PrevSection);
    update(&mut app, Action::PrevSection);
    assert_eq!(app.browse.profile, 2);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn the_new_form_needs_a_name_and_creates_the_assessment() {
    let mut app = app();
    assert!(update(&mut app, Action::Confirm).is_empty());
    assert_eq!(app.place.screen(), Screen::NewForm);
    assert!(app.editing_text());

    assert!(update(&mut app, Action::Confirm).is_empty());
    assert!(app.form.error, "an empty name is refused");
    type_text(&mut app, "   ");
    assert!(!app.form.error, "typing clears the error");
    assert!(update(&mut app, Action::Confirm).is_empty());
    assert!(app.form.error, "blank is empty");

    update(&mut app, Action::Edit(Edit::Clear));
    type_text(&mut app, " Zoé Martin ");
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::Create {
            name: "Zoé Martin".to_string(),
            rater: Rater::SelfRated
        }]
    );

    update(&mut app, Action::ToggleRater);
    assert_eq!(app.form.rater, Rater::Coach);
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::Create {
            name: "Zoé Martin".to_string(),
            rater: Rater::Coach
        }]
    );
    update(&mut app, Action::ToggleRater);
    assert_eq!(app.form.rater, Rater::SelfRated);

    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Home);
    // Coming back starts a clean form.
    update(&mut app, Action::Confirm);
    assert_eq!(app.form.name.text(), "");
}

#[test]
fn a_saved_position_reopens_on_that_item() {
    let mut app = app();
    let mut assessment = Assessment::new("Ana", Rater::SelfRated, Lang::En);
    assessment.set_score("A.3", Some(3));
    assessment.set_score("E.3", Some(2));
    assessment.position = Some("E.3".to_string());
    app.open_session(assessment, PathBuf::from(PATH));
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(id_at(&app, cursor(&app)), "E.3");
    assert_eq!(session(&app).level, 2, "cursor on the saved level");

    // An unknown position falls back to the first unanswered item.
    let mut assessment = Assessment::new("Ana", Rater::SelfRated, Lang::En);
    assessment.set_score("A.3", Some(3));
    assessment.position = Some("Z.9".to_string());
    app.open_session(assessment, PathBuf::from(PATH));
    assert_eq!(cursor(&app), 1);
}

#[test]
fn a_failed_effect_shows_an_error_until_the_next_action() {
    let mut app = walking();
    apply(&mut app, Outcome::Failed("disk full".to_string()));
    let status = app.status.clone().expect("a status");
    assert!(status.error);
    assert_eq!(status.text, "disk full");
    update(&mut app, Action::Right);
    assert_eq!(app.status, None);
}

// ------------------------------------------------------------------ keymap

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

#[test]
fn digits_rate_in_the_walk() {
    let app = walking();
    for (c, level) in [('0', 0), ('3', 3), ('4', 4), ('5', 5)] {
        assert_eq!(
            keymap::action_for(&app, &key(KeyCode::Char(c))),
            Some(Action::Rate(level))
        );
    }
    assert_eq!(keymap::action_for(&app, &key(KeyCode::Char('6'))), None);
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Tab)),
        Some(Action::NextSection)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('r'))),
        Some(Action::Results)
    );
}

#[test]
fn typing_in_the_form_inserts_letters_instead_of_commands() {
    let mut app = app();
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::NewForm);
    for c in ['q', 'L', '?', 'r', '4', 'é'] {
        assert_eq!(
            keymap::action_for(&app, &key(KeyCode::Char(c))),
            Some(Action::Edit(Edit::Insert(c))),
            "{c}"
        );
    }
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Backspace)),
        Some(Action::Edit(Edit::Backspace))
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Enter)),
        Some(Action::Confirm)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Tab)),
        Some(Action::ToggleRater)
    );
    // Driving the whole form through the keymap.
    for c in "qL".chars() {
        let action = keymap::action_for(&app, &key(KeyCode::Char(c))).unwrap();
        update(&mut app, action);
    }
    assert_eq!(app.form.name.text(), "qL");
    assert_eq!(app.lang, Lang::En);
    assert!(!app.quitting);
}

#[test]
fn ctrl_c_quits_even_while_typing() {
    let mut app = app();
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::NewForm);
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    assert_eq!(
        keymap::action_for(&app, &ctrl('u')),
        Some(Action::Edit(Edit::Clear))
    );

    let mut app = walking();
    update(&mut app, Action::EditNote);
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Edit(Edit::Insert('q')))
    );
}

#[test]
fn keys_in_the_help_overlay() {
    let mut app = walking();
    update(&mut app, Action::Help);
    for code in [KeyCode::Esc, KeyCode::Enter] {
        assert_eq!(keymap::action_for(&app, &key(code)), Some(Action::Back));
    }
    // Arrows scroll the help; `x` (clear the rating, below) does nothing.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Down)),
        Some(Action::Down)
    );
    assert_eq!(keymap::action_for(&app, &key(KeyCode::Char('x'))), None);
    // `?` toggles: the same key closes what it opened.
    let action = keymap::action_for(&app, &key(KeyCode::Char('?')));
    assert_eq!(action, Some(Action::Help));
    update(&mut app, action.unwrap());
    assert_eq!(app.overlay, None);
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
}

#[test]
fn results_arrows_are_what_if_in_both_directions() {
    let app = on_results();
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Left)),
        Some(Action::Left)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Right)),
        Some(Action::Right)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('-'))),
        Some(Action::Left)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('z'))),
        Some(Action::ResetWhatIf)
    );
}

#[test]
fn the_footer_shows_the_walk_digits_and_the_global_keys() {
    let mut app = walking();
    let footer = keymap::footer(&app);
    assert!(
        footer.iter().any(|(k, _)| *k == "0–5"),
        "digit hint in {footer:?}"
    );
    assert!(footer.iter().any(|(k, l)| *k == "q" && *l == "quit"));
    assert!(footer.iter().any(|(k, _)| *k == "?"));

    update(&mut app, Action::ToggleLang);
    let footer = keymap::footer(&app);
    assert!(footer.iter().any(|(k, l)| *k == "q" && *l == "quitter"));

    // While typing, q is a letter: the footer does not offer it.
    update(&mut app, Action::EditNote);
    let footer = keymap::footer(&app);
    assert!(!footer.iter().any(|(k, _)| *k == "q"), "{footer:?}");
    assert!(footer.iter().any(|(k, _)| *k == "Esc"));
}

#[test]
fn shift_h_leads_home_from_a_session_and_saves() {
    let mut app = walking();
    let key = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::SHIFT);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::Home));
    run(&mut app, &[Action::Rate(3)]);
    assert_eq!(
        update(&mut app, Action::Home),
        vec![Effect::Save, Effect::LoadSummaries]
    );
    assert_eq!(app.place.screen(), Screen::Home);
    assert!(
        app.place.session().is_some(),
        "kept until another is opened"
    );
    // In a note, H is typed.
    let mut app = walking();
    update(&mut app, Action::EditNote);
    assert_eq!(
        keymap::action_for(&app, &key),
        Some(Action::Edit(Edit::Insert('H')))
    );
}
