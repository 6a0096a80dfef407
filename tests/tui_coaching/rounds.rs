use super::*;

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
