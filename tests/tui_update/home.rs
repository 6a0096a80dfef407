use super::*;

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
            unreadable: vec![unreadable("/nonexistent/broken.json")],
        },
    );
    assert_eq!(app.home.saved, Some(2));
    assert_eq!(app.resume.unreadable.len(), 1);
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
            disk: Default::default(),
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
            unreadable: Vec::new(),
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
            rater: Rater::SelfRated,
            coach: None,
        }]
    );

    update(&mut app, Action::ToggleRater);
    assert_eq!(app.form.rater, Rater::Coach);
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::Create {
            name: "Zoé Martin".to_string(),
            rater: Rater::Coach,
            coach: None,
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

#[test]
fn job_sheets_opened_from_home_go_back_home_even_after_a_session() {
    let mut app = walking();
    // H from the walk: the start screen, the session still held.
    update(&mut app, Action::Home);
    assert_eq!(app.place.screen(), Screen::Home);
    assert!(app.place.session().is_some());
    assert!(run(&mut app, &[Action::Down, Action::Down, Action::Confirm]).is_empty());
    assert_eq!(app.place.screen(), Screen::Profiles);
    update(&mut app, Action::Back);
    assert_eq!(
        app.place.screen(),
        Screen::Home,
        "not the last person's results"
    );
    // Opened from the results, they go back to the results.
    let mut app = walking();
    update(&mut app, Action::Results);
    assert_eq!(app.place.screen(), Screen::Results);
    update(&mut app, Action::JobSheet);
    assert_eq!(app.place.screen(), Screen::Profiles);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Results);
}
