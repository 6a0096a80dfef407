use super::*;

#[test]
fn home_resume_entry_loads_the_saved_list() {
    let mut app = app();
    assert_eq!(app.place.screen(), Screen::Home);
    assert!(update(&mut app, Action::Down).is_empty());
    assert!(update(&mut app, Action::Down).is_empty());
    assert_eq!(app.home.selected, 2, "after new and quick orientation");
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
    run(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
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
fn home_profiles_entry_browses_profiles() {
    let mut app = app();
    assert!(run(&mut app, &[Action::Down; 3]).is_empty());
    assert!(run(&mut app, &[Action::Confirm]).is_empty());
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
    assert!(
        run(
            &mut app,
            &[Action::Down, Action::Down, Action::Down, Action::Confirm]
        )
        .is_empty()
    );
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

#[test]
fn the_resume_list_sorts_by_folded_name_or_date_and_tells_same_names_apart() {
    let mut app = app();
    run(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
    assert_eq!(app.place.screen(), Screen::ResumeList);
    let mut twin = summary("Léa Roux", Rater::SelfRated, "2024-01-01T10:00:00Z", 3);
    twin.path = PathBuf::from("/nonexistent/lea-roux-self-2.json");
    let list = vec![
        summary("Zoé", Rater::SelfRated, "2024-05-01T10:00:00Z", 1),
        summary("Émile", Rater::SelfRated, "2024-03-01T10:00:00Z", 1),
        summary("Léa Roux", Rater::SelfRated, "2024-04-01T10:00:00Z", 2),
        twin,
        summary("eric", Rater::Coach, "2024-02-01T10:00:00Z", 1),
    ];
    apply(
        &mut app,
        Outcome::Summaries {
            list,
            unreadable: Vec::new(),
        },
    );
    let names = |app: &App| -> Vec<String> {
        app.resume
            .summaries
            .as_ref()
            .unwrap()
            .iter()
            .map(|s| s.person.clone())
            .collect()
    };
    // Newest first.
    assert_eq!(
        names(&app),
        ["Zoé", "Léa Roux", "Émile", "eric", "Léa Roux"]
    );
    update(&mut app, Action::Down);
    assert_eq!(update(&mut app, Action::ToggleSort), vec![]);
    // By name, É with E; the same row stays selected.
    assert_eq!(
        names(&app),
        ["Émile", "eric", "Léa Roux", "Léa Roux", "Zoé"]
    );
    assert_eq!(app.resume.selected, 2);
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Sorted by name")
    );
    let key = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::ToggleSort));
    update(&mut app, Action::ToggleSort);
    assert_eq!(names(&app)[0], "Zoé");
    // The two files of Léa Roux say which file each is.
    let screen = common_draw(&app);
    assert!(
        screen.contains("Léa Roux · lea-roux-self-2.json"),
        "{screen}"
    );
    assert!(screen.contains("Léa Roux · Léa Roux.json"), "{screen}");
    assert!(!screen.contains("Zoé ·"), "{screen}");
}

fn common_draw(app: &App) -> String {
    use ratatui::{Terminal, backend::TestBackend};
    let mut terminal = Terminal::new(TestBackend::new(100, 24)).unwrap();
    terminal
        .draw(|frame| bilan::tui::view::render(app, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..24)
        .map(|y| {
            (0..100)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn ten_thousand_saved_files_sort_by_folded_name() {
    let mut app = app();
    run(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
    let list: Vec<Summary> = (0..10_000)
        .map(|i| {
            let mut s = summary(
                &format!("Élève {}", (i * 7919) % 10_000),
                Rater::SelfRated,
                &format!("2024-01-01T10:{:02}:{:02}Z", i / 60 % 60, i % 60),
                i % 49,
            );
            s.path = PathBuf::from(format!("/nonexistent/{i}.json"));
            s
        })
        .collect();
    apply(
        &mut app,
        Outcome::Summaries {
            list,
            unreadable: Vec::new(),
        },
    );
    update(&mut app, Action::ToggleSort);
    // (Its speed is measured by the benches, not here.)
    let _ = common_draw(&app);
    let first = &app.resume.summaries.as_ref().unwrap()[0].person;
    assert_eq!(first, "Élève 0");
}

#[test]
fn typing_after_slash_filters_the_resume_list_by_folded_name() {
    let mut app = app();
    run(&mut app, &[Action::Down, Action::Down, Action::Confirm]);
    let list = vec![
        summary("Zoé", Rater::SelfRated, "2024-05-01T10:00:00Z", 1),
        summary("Émile", Rater::SelfRated, "2024-03-01T10:00:00Z", 1),
        summary("Emilie", Rater::Coach, "2024-02-01T10:00:00Z", 1),
    ];
    apply(
        &mut app,
        Outcome::Summaries {
            list,
            unreadable: Vec::new(),
        },
    );
    let slash = KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(&app, &slash), Some(Action::Filter));
    update(&mut app, Action::Filter);
    assert!(app.editing_text());
    // Letters type (m would mark, s would sort, outside the filter).
    let m = KeyEvent::new(KeyCode::Char('m'), KeyModifiers::NONE);
    assert_eq!(
        keymap::action_for(&app, &m),
        Some(Action::Edit(Edit::Insert('m')))
    );
    type_text(&mut app, "emi");
    let shown: Vec<&str> = app
        .resume
        .summaries
        .as_ref()
        .unwrap()
        .iter()
        .map(|s| s.person.as_str())
        .collect();
    assert_eq!(shown, ["Émile", "Emilie"]);
    let screen = common_draw(&app);
    assert!(
        screen.contains("(2/3)") && screen.contains("/ emi"),
        "{screen}"
    );
    update(&mut app, Action::Down);
    assert_eq!(
        update(&mut app, Action::Confirm),
        vec![Effect::Open(PathBuf::from("/nonexistent/Emilie.json"))]
    );
    // Esc clears the filter first, then leaves.
    update(&mut app, Action::Back);
    assert_eq!(app.resume.summaries.as_ref().unwrap().len(), 3);
    assert_eq!(app.place.screen(), Screen::ResumeList);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Home);
}
