use super::*;

#[test]
fn coach_walk_and_review_show_the_self_rating() {
    both("coach_walk", coaching);
    both("coach_review", |lang| {
        let mut app = coaching(lang);
        update(&mut app, Action::Overview);
        app
    });
}

/// A coach's walk and review speak of the person, not to them: the card
/// gives the "level given" (not "your level"), and the warning about
/// identical answers asks what the person can do.
#[test]
fn a_coachs_walk_and_review_speak_of_the_person() {
    both("coach_walk_rated", on_a3);
    for lang in LANGS {
        let text = draw(&on_a3(lang), 80, 24);
        assert!(
            !text.contains("your level") && !text.contains("votre niveau"),
            "{text}"
        );
    }
    both("coach_review_all_same", |lang| {
        let mut app = coaching(lang);
        let session = app.place.session_mut().unwrap();
        for id in ["A.3", "A.4", "A.7", "B.1", "B.2"] {
            session.assessment.set_score(id, Some(3));
        }
        update(&mut app, Action::Overview);
        app
    });
}

/// The coach's walk on A.3: the coach gave 3, the candidate 1, with a note.
fn on_a3(lang: Lang) -> App {
    let mut app = coaching(lang);
    let a3 = app.library.catalogue.index_of("A.3").unwrap();
    let session = app.place.session_mut().unwrap();
    session.cursor = a3;
    session.level = 3;
    app
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
            unreadable: Vec::new(),
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
    common_tui::home_entry(&mut app, HomeEntry::Cohort);
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
fn a_click_selects_a_saved_file_and_a_second_click_opens_it() {
    let mut app = resume_list();
    assert!(run(&mut app, &[Action::Pick(2)]).is_empty());
    assert_eq!(app.resume.selected, 2);
    assert_eq!(
        run(&mut app, &[Action::Pick(2)]),
        vec![Effect::Open(PathBuf::from("/d/ana-self-2025-01-01.json"))]
    );
}
