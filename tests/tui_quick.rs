//! The quick orientation in the TUI: driven with actions and no terminal,
//! then drawn into a test terminal (snapshots at 80×24 in French and in
//! English, and at a tiny size).

mod common_tui;

use std::path::PathBuf;

use bilan::tui::app::{Action, App, Effect, HomeEntry, Screen, update};
use bilan::tui::keymap::{self, Context};
use bilan::tui::text_input::Edit;
use bilan_core::quick::{self, MAX_QUESTIONS, Settings};
use bilan_core::{Answer, Assessment, Lang, Rater};

use common_tui::{LANGS, app, code, draw};

/// A session opened on the quick orientation, as its start screen entry
/// (or `bilan quick --name`) opens it.
fn quick_app(lang: Lang) -> App {
    let mut app = app(lang);
    app.quick_next = Some(Settings::default());
    app.open_session(
        Assessment::new("Ana Lefèvre", Rater::SelfRated, lang),
        PathBuf::from("/nonexistent/ana.json"),
    );
    app
}

fn current_item(app: &App) -> String {
    let session = app.place.session().expect("a session");
    app.library.catalogue.items()[session.cursor].id.to_string()
}

/// The level a person close to the CNO profile gives an item: the CNO
/// target where it has one, 1 elsewhere.
fn cno_like(app: &App, item: &str) -> u8 {
    let cno = app
        .library
        .profiles
        .iter()
        .find(|p| p.id.as_str() == "cno")
        .expect("the CNO profile");
    cno.requirement(item).map_or(1, |r| r.max.unwrap_or(r.min))
}

/// Answers every question as a CNO-like person would, until it stops.
fn answer_until_stopped(app: &mut App) -> Vec<String> {
    let mut asked = Vec::new();
    while app.place.screen() == Screen::Walk {
        let item = current_item(app);
        let level = cno_like(app, &item);
        let effects = update(app, Action::Rate(level));
        assert!(effects.contains(&Effect::Save), "every answer is saved");
        asked.push(item);
        assert!(asked.len() <= MAX_QUESTIONS, "never more than 15");
    }
    asked
}

#[test]
fn the_start_screen_offers_it_and_the_form_leads_to_its_first_question() {
    let mut app = app(Lang::En);
    let quick_row = HomeEntry::ALL
        .iter()
        .position(|e| *e == HomeEntry::Quick)
        .expect("a start screen entry");
    update(&mut app, Action::Pick(quick_row));
    assert_eq!(app.place.screen(), Screen::NewForm);
    assert!(app.quick_next.is_some());
    for c in "Ana".chars() {
        update(&mut app, Action::Edit(Edit::Insert(c)));
    }
    let effects = update(&mut app, Action::Confirm);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Create { name, .. } if name == "Ana"))
    );
    // Back out of the form instead: a later "new assessment" is a full one.
    let mut other = common_tui::app(Lang::En);
    update(&mut other, Action::Pick(quick_row));
    update(&mut other, Action::Back);
    assert!(other.quick_next.is_none());
}

#[test]
fn each_question_is_the_one_the_domain_chooses_then_it_stops_with_a_result() {
    let mut app = quick_app(Lang::En);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(keymap::context(&app), Context::QuickQuestion);
    // The walk is on the domain's first question, not on A.3.
    let fresh = Assessment::new("x", Rater::SelfRated, Lang::En);
    let first = quick::step(
        &app.library.catalogue,
        &app.library.profiles,
        &fresh,
        Settings::default(),
    );
    assert_eq!(
        current_item(&app),
        first.next.expect("a first question").item.to_string()
    );
    let asked = answer_until_stopped(&mut app);
    assert_eq!(app.place.screen(), Screen::Quick);
    let session = app.place.session().expect("kept");
    assert_eq!(
        session.assessment.started_in,
        Some(bilan_core::StartedIn::Quick),
        "the file says it was started in quick mode"
    );
    let run = session.quick.as_ref().expect("still the quick run");
    assert!(run.stopped());
    assert_eq!(run.step.asked, asked.len());
    assert_eq!(
        run.step.leader().map(|p| p.as_str()),
        Some("cno"),
        "a CNO-like person is oriented to the CNO"
    );
    // Nothing asked twice.
    let mut unique = asked.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), asked.len());
}

#[test]
fn going_on_keeps_the_quick_answers_and_the_walk_skips_them() {
    let mut app = quick_app(Lang::En);
    let asked = answer_until_stopped(&mut app);
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(keymap::context(&app), Context::Walk, "the full walk now");
    let session = app.place.session().expect("a session");
    assert!(session.quick.is_none());
    for item in &asked {
        assert!(session.assessment.answer(item).is_some(), "{item} kept");
    }
    // Rating every remaining item never lands on one already answered.
    let mut visited = Vec::new();
    while app.place.screen() == Screen::Walk {
        let item = current_item(&app);
        let session = app.place.session().expect("a session");
        assert!(
            session.assessment.answer(&item).is_none(),
            "{item} was answered in the quick orientation and is asked again"
        );
        visited.push(item);
        update(&mut app, Action::Rate(2));
        assert!(visited.len() <= 49);
    }
    let session = app.place.session().expect("a session");
    let (answered, total) = session.assessment.progress(&app.library.catalogue);
    assert_eq!(answered, total, "every item answered once");
    assert_eq!(visited.len() + asked.len(), total);
}

#[test]
fn where_it_stands_is_one_key_away_and_back_goes_on_with_the_questions() {
    let mut app = quick_app(Lang::En);
    update(&mut app, Action::Rate(3));
    let second = current_item(&app);
    update(&mut app, Action::Results);
    assert_eq!(app.place.screen(), Screen::Quick);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(current_item(&app), second, "the same next question");
    update(&mut app, Action::NotApplicable);
    let session = app.place.session().expect("a session");
    assert_eq!(
        session.assessment.answer(&second),
        Some(Answer::NotApplicable)
    );
}

fn stopped(lang: Lang) -> App {
    let mut app = quick_app(lang);
    answer_until_stopped(&mut app);
    app
}

#[test]
fn snapshots_of_a_question_and_of_the_result() {
    for lang in LANGS {
        let mut app = quick_app(lang);
        update(&mut app, Action::Rate(3));
        update(&mut app, Action::Rate(4));
        insta::assert_snapshot!(format!("quick_question_{}", code(lang)), draw(&app, 80, 24));
        let app = stopped(lang);
        insta::assert_snapshot!(format!("quick_result_{}", code(lang)), draw(&app, 80, 24));
        insta::assert_snapshot!(
            format!("quick_result_tiny_{}", code(lang)),
            draw(&app, 60, 16)
        );
    }
}
