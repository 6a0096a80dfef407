use super::*;

// ---------------------------------------------------------------------------
// Comparison

#[test]
fn c_compares_the_coach_with_the_self_rating_widest_gap_first() {
    let mut app = coaching(Lang::En);
    assert_eq!(
        keymap::action_for(&app, &press(KeyCode::Char('c'))),
        Some(Action::Compare)
    );
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Compare);
    let state = app.compare.shown().expect("comparison");
    assert!(state.from_session);
    let first = &state.comparison.rows[0];
    assert_eq!((first.item.as_str(), first.difference), ("A.3", Some(2)));
    let a4 = state
        .comparison
        .rows
        .iter()
        .find(|r| r.item == "A.4")
        .unwrap();
    assert_eq!(a4.difference, Some(1));
    assert_eq!(state.comparison.coach.as_deref(), Some("Marc Aubert"));

    // Enter on a row goes to that item in the coach's walk.
    let effects = run(&mut app, &[Action::Down, Action::Up, Action::Confirm]);
    assert_eq!(effects, vec![Effect::Save], "the position is saved");
    assert_eq!(app.place.screen(), Screen::Walk);
    let session = app.place.session().unwrap();
    assert_eq!(app.library.catalogue.items()[session.cursor].id, "A.3");
}

#[test]
fn back_leaves_the_comparison_where_it_was_opened() {
    let mut app = coaching(Lang::En);
    assert_eq!(
        run(&mut app, &[Action::Overview]),
        vec![Effect::FindCounterpart],
        "the review shows the other file as it is now"
    );
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Compare);
    run(&mut app, &[Action::Back]);
    assert_eq!(app.place.screen(), Screen::Review);
}

#[test]
fn without_the_other_rating_c_says_what_is_missing() {
    let mut app = coaching(Lang::En);
    apply(&mut app, Outcome::Counterpart(None));
    compare_now(&mut app);
    assert_eq!(app.place.screen(), Screen::Walk);
    let text = status(&app);
    assert!(
        text.contains("No self-rating saved for Ana Lefèvre"),
        "{text}"
    );
    // The footer offers `c` only when there is something to compare with.
    let footer = keymap::footer(&app);
    assert!(!footer.iter().any(|(key, _)| *key == "c"), "{footer:?}");
    let app = coaching(Lang::En);
    assert!(keymap::footer(&app).iter().any(|(key, _)| *key == "c"));
}

#[test]
fn the_comparison_list_stays_in_bounds() {
    let mut app = coaching(Lang::En);
    compare_now(&mut app);
    let rows = app.compare.shown().unwrap().comparison.rows.len();
    run(&mut app, &[Action::PageDown; 6]);
    run(&mut app, &[Action::Down]);
    assert_eq!(app.compare.shown().unwrap().row, rows - 1);
    run(&mut app, &[Action::PageUp; 6]);
    run(&mut app, &[Action::Up]);
    assert_eq!(app.compare.shown().unwrap().row, 0);
}
