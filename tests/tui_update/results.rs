use super::*;

#[test]
fn results_tabs_and_profiles_cycle() {
    let mut app = on_results();
    let s = session(&app);
    assert_eq!(s.ranking.matches.len(), 3);
    assert_eq!(s.results.tab, DetailTab::Requirements);
    assert_eq!(s.results.selected, 0);

    for tab in [
        DetailTab::Gaps,
        DetailTab::Strengths,
        DetailTab::Radar,
        DetailTab::Requirements,
    ] {
        update(&mut app, Action::NextTab);
        assert_eq!(session(&app).results.tab, tab);
    }

    let first = selected_profile(&app);
    update(&mut app, Action::NextProfile);
    assert_eq!(session(&app).results.selected, 1);
    assert_ne!(selected_profile(&app), first);
    run(&mut app, &[Action::NextProfile, Action::NextProfile]);
    assert_eq!(session(&app).results.selected, 0);
    update(&mut app, Action::PrevSection);
    assert_eq!(session(&app).results.selected, 2);

    update(&mut app, Action::Down);
    assert_eq!(session(&app).results.row, 1);
    // Changing profile resets the row.
    update(&mut app, Action::NextProfile);
    assert_eq!(session(&app).results.row, 0);
}

#[test]
fn what_if_changes_the_fit_but_not_the_scores() {
    let mut app = on_results();
    let scores = session(&app).assessment.scores.clone();
    // Find a requirement of the selected profile that is a gap.
    let s = session(&app);
    let result = &s.ranking.matches[0];
    let row = result
        .requirements
        .iter()
        .position(|r| r.is_gap())
        .expect("the fixed scores leave a gap");
    let item = result.requirements[row].item.clone();
    let profile = result.profile.clone();
    let before = fit_of(&app, &profile);
    for _ in 0..row {
        update(&mut app, Action::Down);
    }

    assert!(
        update(&mut app, Action::Right).is_empty(),
        "what-if never saves"
    );
    let raised = fit_of(&app, &profile);
    assert!(raised > before, "{raised} > {before}");
    assert_eq!(session(&app).assessment.scores, scores);
    assert_eq!(
        selected_profile(&app),
        profile,
        "selection follows the profile"
    );
    let index = index(&app, &item);
    assert_eq!(
        session(&app).results.what_if.get(&index).copied(),
        Some(
            scores
                .get(item.as_str())
                .and_then(|a| a.level())
                .unwrap_or(0)
                + 1
        )
    );

    update(&mut app, Action::Left);
    assert_eq!(fit_of(&app, &profile), before);
    update(&mut app, Action::Left);
    assert!(
        fit_of(&app, &profile) < before
            || scores
                .get(item.as_str())
                .and_then(|a| a.level())
                .unwrap_or(0)
                == 0
    );
    run(&mut app, &[Action::Right, Action::Right, Action::Right]);
    assert!(fit_of(&app, &profile) > before);
    assert!(!session(&app).results.what_if.is_empty());

    assert!(update(&mut app, Action::ResetWhatIf).is_empty());
    assert!(session(&app).results.what_if.is_empty());
    assert_eq!(fit_of(&app, &profile), before);
    assert_eq!(session(&app).assessment.scores, scores);
}

#[test]
fn what_if_on_an_unanswered_item_counts_it_as_answered() {
    let mut app = walking();
    update(&mut app, Action::Results);
    assert_eq!(session(&app).ranking.completeness.answered, 0);
    let profile = selected_profile(&app);
    assert_eq!(fit_of(&app, &profile), 0.0);
    update(&mut app, Action::Right);
    assert!(fit_of(&app, &profile) > 0.0);
    assert_eq!(session(&app).ranking.completeness.answered, 1);
    assert!(session(&app).assessment.scores.is_empty());
    update(&mut app, Action::ResetWhatIf);
    assert_eq!(fit_of(&app, &profile), 0.0);
}

#[test]
fn results_confirm_goes_to_the_item_and_back_returns_to_the_walk() {
    let mut app = on_results();
    let item = session(&app).ranking.matches[0].requirements[0]
        .item
        .clone();
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), index(&app, &item));

    update(&mut app, Action::Results);
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Walk);

    update(&mut app, Action::Results);
    update(&mut app, Action::JobSheet);
    assert_eq!(app.place.screen(), Screen::Profiles);
    let shown = &app.library.profiles[app.browse.profile].id;
    assert_eq!(*shown, selected_profile(&app));
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Results);
}

#[test]
fn exporting_after_what_if_says_the_report_holds_the_saved_scores() {
    let mut app = on_results();
    assert_eq!(update(&mut app, Action::Export), vec![Effect::Export]);
    apply(&mut app, Outcome::Exported(PathBuf::from("/r/ana.html")));
    let plain = app.status.clone().unwrap().text;
    assert!(!plain.contains("what-if"), "{plain}");
    update(&mut app, Action::Right);
    update(&mut app, Action::Right);
    assert!(!session(&app).results.what_if.is_empty());
    assert_eq!(update(&mut app, Action::Export), vec![Effect::Export]);
    apply(&mut app, Outcome::Exported(PathBuf::from("/r/ana.html")));
    let said = app.status.clone().unwrap().text;
    assert!(
        said.starts_with("Report of the saved scores") && said.contains("what-if"),
        "{said}"
    );
    assert!(said.ends_with("/r/ana.html"), "{said}");
}
