use super::*;

#[test]
fn opening_a_coach_session_finds_the_self_rating_saved_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let self_path = store::assessment_path(dir.path(), PERSON, Rater::SelfRated);
    store::save_assessment(&self_path, &self_rating(Lang::En)).unwrap();

    let (mut app, mut io) = io_app(dir.path());
    io.perform(
        &mut app,
        Effect::Create {
            // Typed quickly by the coach: no capitals, no accent.
            name: "ana lefevre".into(),
            rater: Rater::Coach,
            coach: None,
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
            coach: None,
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
    assert_eq!((a3.old, a3.new), (Some(2.into()), Some(4.into())));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let rounds = dir.path().join(store::ROUNDS_DIR);
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
    // The path comes last, on its own line.
    let path = text.lines().last().unwrap().trim().to_string();
    let html = std::fs::read_to_string(&path).expect("report written");
    assert!(html.contains("<table"), "{path}");
    assert!(path.starts_with(dir.path().join("reports").to_str().unwrap()));
}

#[test]
fn a_file_that_cannot_be_opened_is_explained_in_the_screens_language() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\"person\": \"Ana\",\n \"rater\": \"self\" \"scores\": {}}",
    )
    .unwrap();
    for (lang, words, foreign) in [
        (
            Lang::Fr,
            ["ligne 2", "colonne", "Corrigez le JSON"],
            "line 2",
        ),
        (Lang::En, ["line 2", "column", "Fix the JSON"], "ligne"),
    ] {
        let (mut app, mut io) = (app(lang), Io::new(dir.path().to_path_buf()));
        io.perform(&mut app, Effect::Open(broken.clone()));
        let said = status(&app);
        assert!(app.place.session().is_none(), "nothing opened");
        for word in words {
            assert!(said.contains(word), "{lang:?}: {word} in {said}");
        }
        assert!(!said.contains(foreign), "{lang:?}: {said}");
        assert!(said.contains("broken.json"), "names the file: {said}");
    }
}
