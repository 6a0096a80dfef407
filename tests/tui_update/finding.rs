use super::*;

use bilan_core::Answer;

// ------------------------------------ search, next unanswered, undo, hints

fn search(app: &mut App, text: &str) {
    let slash = keymap::action_for(app, &key(KeyCode::Char('/'))).expect("/ is bound");
    assert_eq!(slash, Action::Search);
    assert!(update(app, slash).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Search));
    assert!(app.editing_text(), "letters are typed, not keys");
    type_text(app, text);
}

#[test]
fn slash_finds_an_item_by_id_and_goes_there() {
    let mut app = walking();
    search(&mut app, "e.7");
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.overlay, None);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), index(&app, "E.7"));
    // The position is saved, as any move of the walk.
    assert_eq!(session(&app).assessment.position.as_deref(), Some("E.7"));
}

#[test]
fn slash_finds_by_title_whatever_the_accents_and_case() {
    let mut app = walking();
    // B.2 is « Intégration de composants » in French, found unaccented,
    // in capitals, from the English screen.
    search(&mut app, "INTEGRATION DE");
    update(&mut app, Action::Confirm);
    assert_eq!(id_at(&app, cursor(&app)), "B.2");
    // And in English.
    let mut app = walking();
    search(&mut app, "component integ");
    update(&mut app, Action::Confirm);
    assert_eq!(id_at(&app, cursor(&app)), "B.2");
}

#[test]
fn search_picks_among_matches_and_esc_leaves_the_walk_where_it_was() {
    let mut app = walking();
    run(&mut app, &[Action::Right, Action::Right]);
    search(&mut app, "e.");
    // ↓ picks the second E item.
    let down = keymap::action_for(&app, &key(KeyCode::Down)).expect("↓ is bound");
    update(&mut app, down);
    assert_eq!(app.search.selected, 1);
    update(&mut app, Action::Edit(Edit::Backspace));
    assert_eq!(app.search.selected, 0, "typing starts from the first match");
    let esc = keymap::action_for(&app, &key(KeyCode::Esc)).expect("Esc is bound");
    assert!(update(&mut app, esc).is_empty());
    assert_eq!(app.overlay, None);
    assert_eq!(cursor(&app), 2);
    // Nothing found: Enter stays in the panel.
    search(&mut app, "zzz nothing");
    assert!(update(&mut app, Action::Confirm).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Search));
}

#[test]
fn search_on_the_overview_moves_its_row() {
    let mut app = walking();
    update(&mut app, Action::Overview);
    assert_eq!(app.place.screen(), Screen::Review);
    search(&mut app, "D.");
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, index(&app, "D.6"));
}

#[test]
fn f_goes_to_the_next_unanswered_item_round_to_the_start() {
    let mut app = walking();
    let f = keymap::action_for(&app, &key(KeyCode::Char('f'))).expect("f is bound");
    assert_eq!(f, Action::NextUnanswered);
    // Answer items 0, 1 and 3; from 0 the next unanswered is 2.
    run(&mut app, &[Action::Rate(2), Action::Rate(3)]);
    update(&mut app, Action::Right);
    run(&mut app, &[Action::Rate(1)]);
    let ids: Vec<String> = (0..app.library.catalogue.len())
        .map(|i| id_at(&app, i))
        .collect();
    update(&mut app, Action::Left);
    update(&mut app, Action::Left);
    update(&mut app, Action::Left);
    update(&mut app, Action::Left);
    assert_eq!(cursor(&app), 0);
    assert_eq!(update(&mut app, f), vec![Effect::Save]);
    assert_eq!(cursor(&app), 2);
    assert_eq!(update(&mut app, f), vec![Effect::Save]);
    assert_eq!(cursor(&app), 4, "3 is answered");
    // From the last item it goes round to the first unanswered.
    let last = ids.len() - 1;
    {
        let session = app.place.session_mut().unwrap();
        session.cursor = last;
    }
    update(&mut app, f);
    assert_eq!(cursor(&app), 2);
    // Everything answered: it says so and stays.
    let session = app.place.session_mut().unwrap();
    for id in &ids {
        session.assessment.set_score(id, Some(1));
    }
    assert!(update(&mut app, f).is_empty());
    assert_eq!(cursor(&app), 2);
    assert_eq!(app.status.as_ref().unwrap().text, "Every item is answered.");
}

#[test]
fn u_undoes_the_last_rating_change_and_saves() {
    let mut app = walking();
    let u = keymap::action_for(&app, &key(KeyCode::Char('u'))).expect("u is bound");
    assert_eq!(u, Action::Undo);
    // A.3 rated 2, then 4 (back on it), then A.4 rated 5.
    run(
        &mut app,
        &[
            Action::Rate(2),
            Action::Left,
            Action::Rate(4),
            Action::Rate(5),
        ],
    );
    assert_eq!(score(&app, "A.3"), Some(4));
    let a4 = id_at(&app, 1);
    assert_eq!(score(&app, &a4), Some(5));
    // The last change first: A.4 unanswered again, the walk back on it.
    assert_eq!(update(&mut app, u), vec![Effect::Save]);
    assert_eq!(score(&app, &a4), None);
    assert_eq!(cursor(&app), 1);
    assert_eq!(
        app.status.as_ref().unwrap().text,
        format!("Undone: {a4} back to unanswered")
    );
    // Then A.3 back to 2, then to unanswered: several levels deep.
    assert_eq!(update(&mut app, u), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(2));
    assert_eq!(cursor(&app), 0);
    assert_eq!(
        session(&app).level,
        2,
        "the level shown is the one restored"
    );
    assert_eq!(update(&mut app, u), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), None);
    assert!(update(&mut app, u).is_empty());
    assert_eq!(app.status.as_ref().unwrap().text, "Nothing to undo.");
}

#[test]
fn u_undoes_not_applicable_clearing_and_overview_ratings() {
    let mut app = walking();
    run(
        &mut app,
        &[Action::Rate(3), Action::Left, Action::NotApplicable],
    );
    assert_eq!(
        session(&app).assessment.answer("A.3"),
        Some(Answer::NotApplicable)
    );
    update(&mut app, Action::Undo);
    assert_eq!(score(&app, "A.3"), Some(3));
    assert_eq!(app.status.as_ref().unwrap().text, "Undone: A.3 back to 3");
    // Clearing is a change too.
    update(&mut app, Action::ClearScore);
    assert_eq!(score(&app, "A.3"), None);
    update(&mut app, Action::Undo);
    assert_eq!(score(&app, "A.3"), Some(3));
    // A rating given on the overview is undone there, its row shown.
    update(&mut app, Action::Overview);
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    update(&mut app, Action::NotApplicable);
    let id = id_at(&app, 2);
    assert_eq!(
        session(&app).assessment.answer(&id),
        Some(Answer::NotApplicable)
    );
    assert_eq!(update(&mut app, Action::Undo), vec![Effect::Save]);
    assert_eq!(session(&app).assessment.answer(&id), None);
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 2);
    // Moving and notes are not rating changes: nothing more to undo but A.3.
    update(&mut app, Action::Undo);
    assert_eq!(score(&app, "A.3"), None);
}

#[test]
fn an_unknown_key_says_how_to_find_the_keys() {
    let mut app = walking();
    let z = keymap::action_for(&app, &key(KeyCode::Char('z'))).expect("a hint");
    assert_eq!(z, Action::UnknownKey);
    assert!(update(&mut app, z).is_empty());
    let status = app.status.clone().expect("a hint");
    assert!(status.text.contains("? lists the keys"), "{status:?}");
    assert!(!status.error);
    assert!(session(&app).assessment.scores.is_empty());
    // The next key clears it.
    update(&mut app, Action::Right);
    assert!(app.status.is_none());
    // Arrows and keys over an open panel stay silent.
    update(&mut app, Action::Help);
    assert_eq!(keymap::action_for(&app, &key(KeyCode::Char('z'))), None);
    update(&mut app, Action::Help);
    update(&mut app, Action::Results);
    assert_eq!(keymap::action_for(&app, &key(KeyCode::Insert)), None);
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('y'))),
        Some(Action::UnknownKey)
    );
}
