use super::*;

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
    assert_eq!(
        (a3.self_score, a3.coach_score),
        (Some(1.into()), Some(4.into()))
    );
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
    assert_eq!(
        (a3.old, a3.new, a3.change),
        (Some(1.into()), Some(2.into()), Some(1))
    );
}
