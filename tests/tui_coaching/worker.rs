use super::*;

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
    common_tui::home_entry(&mut app, HomeEntry::Cohort);
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
    let effects = common_tui::home_entry(&mut app, HomeEntry::Resume);
    assert_eq!(app.place.screen(), Screen::ResumeList);
    for effect in effects {
        io.perform(&mut app, effect);
    }
    // The loop polls the worker each tick; here we wait for it.
    io.finish_work(&mut app);
    assert_eq!(app.resume.summaries.as_ref().map(Vec::len), Some(40));
    assert_eq!(app.home.saved, Some(40));
}
