//! The coach's details: the coach's name on the form, a file reopened says
//! so, blind rating hides the self-rating until the coach rates.

use super::*;
use bilan::tui::text_input::Edit;

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Edit(Edit::Insert(c)));
    }
}

#[test]
fn the_form_takes_the_coach_s_name_and_the_file_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut io) = io_app(dir.path());
    app.place.go(Screen::NewForm);
    type_text(&mut app, "Ana Lefèvre");
    // Down does nothing for a self-rating: no second field.
    update(&mut app, Action::Down);
    type_text(&mut app, "!");
    assert_eq!(app.form.name.text(), "Ana Lefèvre!");
    update(&mut app, Action::Edit(Edit::Backspace));
    update(&mut app, Action::ToggleRater);
    for lang in LANGS {
        app.lang = lang;
        insta::assert_snapshot!(format!("new_form_coach_{}", code(lang)), draw(&app, 80, 24));
    }
    app.lang = Lang::En;
    update(&mut app, Action::Down);
    type_text(&mut app, " Marc Aubert ");
    assert_eq!(app.form.name.text(), "Ana Lefèvre");
    let effects = update(&mut app, Action::Confirm);
    assert_eq!(
        effects,
        vec![Effect::Create {
            name: "Ana Lefèvre".into(),
            rater: Rater::Coach,
            coach: Some("Marc Aubert".into()),
        }]
    );
    for effect in effects {
        io.perform(&mut app, effect);
    }
    let path = store::assessment_path(dir.path(), PERSON, Rater::Coach);
    let saved = store::load_assessment(&path).unwrap();
    assert_eq!(saved.coach.as_deref(), Some("Marc Aubert"));
    insta::assert_snapshot!("new_form_coach_tiny", {
        let mut tiny = common_tui::app(Lang::Fr);
        tiny.place.go(Screen::NewForm);
        update(&mut tiny, Action::ToggleRater);
        draw(&tiny, 60, 16)
    });
}

#[test]
fn new_on_a_person_with_a_file_says_it_reopens_it() {
    let dir = tempfile::tempdir().unwrap();
    let create = |app: &mut App, io: &mut Io| {
        io.perform(
            app,
            Effect::Create {
                name: "ana lefevre".into(),
                rater: Rater::SelfRated,
                coach: None,
            },
        );
    };
    let (mut app, mut io) = io_app(dir.path());
    create(&mut app, &mut io);
    assert_eq!(status(&app), "", "a new file: nothing to say");
    let _ = run(&mut app, &[Action::Rate(3)]);
    io.perform(&mut app, Effect::Save);
    drop(io);
    for lang in LANGS {
        let (mut again, mut io) = io_app(dir.path());
        again.lang = lang;
        create(&mut again, &mut io);
        let text = status(&again);
        let path = store::assessment_path(dir.path(), PERSON, Rater::SelfRated);
        assert!(text.contains(&path.display().to_string()), "{text}");
        match lang {
            Lang::En => assert!(
                text.starts_with("Already saved") && text.contains("1 of 49"),
                "{text}"
            ),
            Lang::Fr => assert!(
                text.starts_with("Déjà enregistré") && text.contains("1 sur 49"),
                "{text}"
            ),
        }
    }
}

#[test]
fn blind_rating_hides_the_self_rating_until_the_coach_rates() {
    for lang in LANGS {
        let mut app = coaching(lang);
        // A.4: the candidate said 3, the coach has not rated it yet.
        let session = app.place.session_mut().unwrap();
        session.assessment.set_score("A.4", None);
        let a4 = app.library.catalogue.index_of("A.4").unwrap();
        app.place.session_mut().unwrap().cursor = a4;
        let open = draw(&app, 80, 24);
        assert!(open.contains("◆ "), "{open}");
        assert!(
            !open.contains("hidden") && !open.contains("masquée"),
            "{open}"
        );

        update(&mut app, Action::ToggleBlind);
        assert!(app.place.session().unwrap().blind);
        let words = status(&app);
        assert!(
            words.contains("lind") || words.contains("aveugle"),
            "{words}"
        );
        let blind = draw(&app, 80, 24);
        insta::assert_snapshot!(format!("coach_walk_blind_{}", code(lang)), blind);
        let mark = |screen: &str| {
            let line = screen.lines().find(|l| l.contains('◆')).unwrap_or_default();
            let rest = &line[line.find('◆').unwrap_or(0)..];
            // Up to the border or the requirements on its right.
            rest.split(['─', '┘'])
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let hidden = mark(&blind);
        assert!(
            hidden.contains("hidden") || hidden.contains("masquée"),
            "{blind}"
        );
        assert!(!hidden.chars().any(|c| c.is_ascii_digit()), "{hidden}");
        // The review hides it too, for the items not rated yet.
        update(&mut app, Action::Overview);
        let review = draw(&app, 80, 24);
        assert!(!review.contains("◆3"), "A.4's self-rating: {review}");
        update(&mut app, Action::Back);
        app.place.session_mut().unwrap().cursor = a4;
        // Rated: the self-rating shows beside the coach's.
        update(&mut app, Action::Rate(2));
        update(&mut app, Action::Left);
        let rated = mark(&draw(&app, 80, 24));
        assert!(rated.contains('3') && !rated.contains("hidden"), "{rated}");
        // Off again.
        update(&mut app, Action::ToggleBlind);
        assert!(!app.place.session().unwrap().blind);
    }
    let mut tiny = coaching(Lang::En);
    tiny.place.session_mut().unwrap().blind = true;
    let session = tiny.place.session_mut().unwrap();
    session.assessment.set_score("A.4", None);
    session.cursor = 1;
    insta::assert_snapshot!("coach_walk_blind_tiny", draw(&tiny, 60, 16));
}

#[test]
fn the_blind_key_is_b_in_the_coach_s_walk() {
    let mut app = coaching(Lang::En);
    let key = KeyEvent::new(KeyCode::Char('b'), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::ToggleBlind));
    update(&mut app, Action::Overview);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::ToggleBlind));
}
