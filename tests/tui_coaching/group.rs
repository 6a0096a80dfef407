use super::*;

#[test]
fn the_home_entry_analyses_the_saved_files_and_tab_changes_the_target() {
    let mut app = app(Lang::En);
    let first = app.library.profiles[0].id.clone();
    let second = app.library.profiles[1].id.clone();
    let effects = common_tui::home_entry(&mut app, HomeEntry::Cohort);
    assert_eq!(app.place.screen(), Screen::Cohort);
    assert_eq!(
        effects,
        vec![Effect::Cohort {
            paths: Vec::new(),
            profile: first.to_string(),
        }]
    );
    assert!(app.cohort.cohort.is_none(), "analysing");
    // Nothing to export before the analysis arrives.
    assert!(run(&mut app, &[Action::Export]).is_empty());

    let effects = run(&mut app, &[Action::NextProfile]);
    assert_eq!(
        effects,
        vec![Effect::Cohort {
            paths: Vec::new(),
            profile: second.to_string(),
        }]
    );
    // A late result for the previous profile is dropped.
    let library = bilan_core::Library::builtin().unwrap();
    let stale = analyse(&library, library.profile(&first).unwrap(), vec![fixtures()]);
    apply(&mut app, Outcome::Cohort(stale));
    assert!(app.cohort.cohort.is_none());
    let fresh = analyse(
        &library,
        library.profile(&second).unwrap(),
        vec![fixtures()],
    );
    apply(&mut app, Outcome::Cohort(fresh));
    assert_eq!(app.cohort.cohort.as_ref().unwrap().profile, second);
    assert_eq!(run(&mut app, &[Action::Export]), vec![Effect::ExportCohort]);
    run(&mut app, &[Action::Back]);
    assert_eq!(app.place.screen(), Screen::Home);
}

#[test]
fn the_group_screen_moves_within_its_tabs() {
    let mut app = cohort_app(Lang::En, "cm", CohortTab::Priorities);
    let cohort = app.cohort.cohort.clone().unwrap();
    run(
        &mut app,
        &[
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
            Action::PageDown,
        ],
    );
    assert_eq!(app.cohort.row, cohort.requirements.len() - 1);
    run(&mut app, &[Action::NextTab]);
    assert_eq!((app.cohort.tab, app.cohort.row), (CohortTab::People, 0));
    run(&mut app, &[Action::PageDown]);
    assert_eq!(app.cohort.row, cohort.people.len() - 1);
    run(&mut app, &[Action::NextTab]);
    for _ in 0..200 {
        update(&mut app, Action::Right);
    }
    assert_eq!(app.cohort.column, cohort.heatmap.items.len() - 1);
    run(&mut app, &[Action::Left]);
    assert_eq!(app.cohort.column, cohort.heatmap.items.len() - 2);
    run(&mut app, &[Action::NextTab, Action::PageDown]);
    assert_eq!(app.cohort.tab, CohortTab::Files);
    assert_eq!(
        app.cohort.row,
        cohort.invalid.len() + cohort.duplicates.len() - 1
    );
    run(&mut app, &[Action::NextTab]);
    assert_eq!(app.cohort.tab, CohortTab::Priorities);
}

#[test]
fn a_file_left_out_shows_its_whole_error() {
    // The error of a file left out names the place and, at its end, the
    // fix: the panel under the table shows it whole (here at 70×20), whatever the
    // language (it was cut after three lines).
    for lang in LANGS {
        let mut app = cohort_app(lang, "cm", CohortTab::Files);
        let cohort = app.cohort.cohort.clone().expect("analysed");
        let seven = cohort
            .invalid
            .iter()
            .position(|f| f.path.ends_with("score-seven.json"))
            .expect("score-seven.json is invalid");
        for _ in 0..seven {
            update(&mut app, Action::Down);
        }
        let screen = draw(&app, 70, 20);
        let flat: String = screen
            .lines()
            .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
            .collect::<Vec<_>>()
            .join(" ");
        // Shown in the screen's language.
        let error = &bilan_report::l10n::notices::invalid_file(&cohort.invalid[seven], lang);
        let last_words: Vec<&str> = error.split_whitespace().rev().take(3).collect();
        for word in last_words {
            assert!(
                flat.contains(word),
                "{word:?} of {error:?} not shown:\n{screen}"
            );
        }
    }
}
