use super::*;

// ---------------------------------------------------------------- the walk

#[test]
fn a_new_session_opens_on_the_first_item_in_the_walk() {
    let app = walking();
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(app.overlay, None);
    assert_eq!(cursor(&app), 0);
    assert_eq!(id_at(&app, 0), "A.3");
    assert_eq!(session(&app).level, 0);
}

#[test]
fn rating_stores_the_score_moves_on_and_saves() {
    let mut app = walking();
    let effects = update(&mut app, Action::Rate(4));
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(4));
    assert_eq!(cursor(&app), 1);
    assert_eq!(app.place.screen(), Screen::Walk);
    // The position is remembered for resume.
    assert_eq!(
        session(&app).assessment.position.as_deref(),
        Some(id_at(&app, 1).as_str())
    );

    // 0 is a real answer ("none"), not "unanswered".
    assert_eq!(update(&mut app, Action::Rate(0)), vec![Effect::Save]);
    assert_eq!(score(&app, "A.4"), Some(0));
    assert_eq!(cursor(&app), 2);
}

#[test]
fn rating_the_last_item_opens_the_review() {
    let mut app = walking();
    let last = app.library.catalogue.len() - 1;
    let effects: Vec<Effect> = (0..app.library.catalogue.len())
        .flat_map(|i| update(&mut app, Action::Rate((i % 6) as u8)))
        .collect();
    assert!(effects.iter().all(|e| *e == Effect::Save));
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(cursor(&app), last);
    let (answered, total) = session(&app).assessment.progress(&app.library.catalogue);
    assert_eq!((answered, total), (49, 49));
    assert_eq!(score(&app, &id_at(&app, last)), Some((last % 6) as u8));
}

#[test]
fn the_review_after_the_last_item_points_at_the_first_unanswered_one() {
    let mut app = walking();
    update(&mut app, Action::Right); // A.3 left unanswered
    let len = app.library.catalogue.len();
    for _ in 1..len {
        update(&mut app, Action::Rate(2));
    }
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 0);

    // Everything answered: the row of the item just rated.
    let mut app = walking();
    for _ in 0..len {
        update(&mut app, Action::Rate(2));
    }
    assert_eq!(session(&app).review_row, len - 1);
}

#[test]
fn left_and_right_move_one_item_and_stop_at_the_ends() {
    let mut app = walking();
    assert_eq!(update(&mut app, Action::Right), vec![Effect::Save]);
    assert_eq!(cursor(&app), 1);
    run(&mut app, &[Action::Right, Action::Right]);
    assert_eq!(cursor(&app), 3);
    update(&mut app, Action::Left);
    assert_eq!(cursor(&app), 2);
    run(&mut app, &[Action::Left, Action::Left, Action::Left]);
    assert_eq!(cursor(&app), 0);
    // Moving never answers anything.
    assert!(session(&app).assessment.scores.is_empty());

    let len = app.library.catalogue.len();
    for _ in 0..len + 3 {
        update(&mut app, Action::Right);
    }
    assert_eq!(cursor(&app), len - 1);
    assert_eq!(app.place.screen(), Screen::Walk);
}

#[test]
fn sections_jump_to_their_first_item() {
    let mut app = walking();
    let starts: Vec<usize> = app
        .library
        .catalogue
        .section_starts()
        .iter()
        .map(|(start, _)| *start)
        .collect();
    assert_eq!(starts, vec![0, 3, 7, 10, 11, 18, 24, 37]);

    for expected in &starts[1..] {
        assert_eq!(update(&mut app, Action::NextSection), vec![Effect::Save]);
        assert_eq!(cursor(&app), *expected);
    }
    // Past the last section: stays on its first item.
    update(&mut app, Action::NextSection);
    assert_eq!(cursor(&app), 37);
    assert_eq!(id_at(&app, 37), "se.persuasion");

    // From inside a section, back goes to that section's start first…
    update(&mut app, Action::Right);
    update(&mut app, Action::Right);
    assert_eq!(cursor(&app), 39);
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 37);
    // …then, from a start, to the previous section.
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 24);
    assert_eq!(id_at(&app, 24), "sf.speaking");
    for expected in starts[..starts.len() - 2].iter().rev() {
        update(&mut app, Action::PrevSection);
        assert_eq!(cursor(&app), *expected);
    }
    update(&mut app, Action::PrevSection);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn up_and_down_move_the_level_cursor_and_confirm_rates_it() {
    let mut app = walking();
    assert!(run(&mut app, &[Action::Down, Action::Down, Action::Down]).is_empty());
    assert_eq!(session(&app).level, 3);
    update(&mut app, Action::Up);
    assert_eq!(session(&app).level, 2);
    // Nothing is stored until confirmed.
    assert_eq!(score(&app, "A.3"), None);
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(2));
    assert_eq!(cursor(&app), 1);

    // The level cursor is bounded by 0 and 5.
    run(&mut app, &[Action::Down; 9]);
    assert_eq!(session(&app).level, 5);
    run(&mut app, &[Action::Up; 9]);
    assert_eq!(session(&app).level, 0);
}

#[test]
fn the_level_cursor_starts_on_the_saved_score() {
    let mut app = walking();
    run(&mut app, &[Action::Rate(4), Action::Left]);
    assert_eq!(cursor(&app), 0);
    assert_eq!(session(&app).level, 4);
    update(&mut app, Action::Right);
    assert_eq!(session(&app).level, 0);
}

#[test]
fn clear_score_forgets_the_answer() {
    let mut app = walking();
    run(&mut app, &[Action::Rate(3), Action::Left]);
    assert_eq!(score(&app, "A.3"), Some(3));
    assert_eq!(update(&mut app, Action::ClearScore), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), None);
    assert!(session(&app).assessment.scores.is_empty());
    // Clearing stays on the item.
    assert_eq!(cursor(&app), 0);
    assert_eq!(app.place.screen(), Screen::Walk);
}

#[test]
fn a_answers_not_applicable_which_is_no_level_and_moves_on() {
    let mut app = walking();
    // The key of the walk's table.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('a'))),
        Some(Action::NotApplicable)
    );
    assert_eq!(update(&mut app, Action::NotApplicable), vec![Effect::Save]);
    let a = &session(&app).assessment;
    assert_eq!(a.answer("A.3"), Some(bilan_core::Answer::NotApplicable));
    // Not a level (not 0): the fit counts it as unanswered...
    assert_eq!(score(&app, "A.3"), None);
    // ...but the person answered, and the walk moves on.
    assert_eq!(a.progress(&app.library.catalogue).0, 1);
    assert_eq!(cursor(&app), 1);
    assert_eq!(session(&app).level, 0, "the next item's cursor is on 0");

    // Back on it, a level replaces it, and clearing leaves it unanswered.
    update(&mut app, Action::Left);
    assert_eq!(session(&app).level, 0);
    update(&mut app, Action::Rate(2));
    assert_eq!(score(&app, "A.3"), Some(2));
    run(
        &mut app,
        &[Action::Left, Action::NotApplicable, Action::Left],
    );
    assert!(session(&app).assessment.is_not_applicable("A.3"));
    update(&mut app, Action::ClearScore);
    assert!(session(&app).assessment.scores.is_empty());

    // The ranking sees an unanswered item, never a 0.
    run(&mut app, &[Action::NotApplicable]);
    let cm = session(&app)
        .ranking
        .matches
        .iter()
        .find(|m| m.profile == "cm")
        .expect("ranked");
    let a3 = cm
        .requirements
        .iter()
        .find(|r| r.item == "A.3")
        .expect("CM requires A.3");
    assert_eq!(a3.actual, None);
}

#[test]
fn not_applicable_on_the_last_item_opens_the_review_and_the_review_has_the_key() {
    let mut app = walking();
    let len = app.library.catalogue.len();
    for _ in 1..len {
        update(&mut app, Action::Rate(2));
    }
    update(&mut app, Action::NotApplicable);
    assert_eq!(app.place.screen(), Screen::Review);
    let last = id_at(&app, len - 1);
    assert!(session(&app).assessment.is_not_applicable(&last));
    assert_eq!(
        session(&app).assessment.progress(&app.library.catalogue),
        (len, len)
    );

    // In the review, `a` answers the row "not applicable" and steps down.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('a'))),
        Some(Action::NotApplicable)
    );
    run(&mut app, &[Action::Up, Action::Up]);
    let row = session(&app).review_row;
    assert_eq!(update(&mut app, Action::NotApplicable), vec![Effect::Save]);
    assert!(
        session(&app)
            .assessment
            .is_not_applicable(&id_at(&app, row))
    );
    assert_eq!(session(&app).review_row, row + 1);
}

#[test]
fn overview_opens_the_review_on_the_current_row_and_confirm_jumps_there() {
    let mut app = walking();
    run(
        &mut app,
        &[Action::Rate(2), Action::Rate(3), Action::Rate(4)],
    );
    assert_eq!(cursor(&app), 3);
    assert!(update(&mut app, Action::Overview).is_empty());
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 3);

    run(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(session(&app).review_row, 5);
    update(&mut app, Action::Up);
    assert_eq!(session(&app).review_row, 4);
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 4);
    assert_eq!(
        session(&app).assessment.position.as_deref(),
        Some(id_at(&app, 4).as_str())
    );
}

#[test]
fn esc_in_the_walk_opens_the_review_on_the_current_row_too() {
    let mut app = walking();
    run(&mut app, &[Action::NextSection, Action::Right]);
    assert_eq!(cursor(&app), 4);
    assert!(update(&mut app, Action::Back).is_empty());
    assert_eq!(app.place.screen(), Screen::Review);
    assert_eq!(session(&app).review_row, 4);
}

#[test]
fn the_review_rates_rows_and_jumps_by_section() {
    let mut app = walking();
    update(&mut app, Action::Overview);
    assert_eq!(update(&mut app, Action::Rate(5)), vec![Effect::Save]);
    assert_eq!(score(&app, "A.3"), Some(5));
    assert_eq!(session(&app).review_row, 1);
    update(&mut app, Action::NextSection);
    assert_eq!(session(&app).review_row, 3);
    update(&mut app, Action::PrevSection);
    assert_eq!(session(&app).review_row, 0);
    // Back (Esc, g) returns to the walk where it was.
    update(&mut app, Action::Back);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn a_note_is_stored_on_confirm() {
    let mut app = walking();
    run(&mut app, &[Action::Right, Action::Right]);
    assert!(update(&mut app, Action::EditNote).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Note));
    assert!(app.editing_text());
    type_text(&mut app, "led 3 forums");
    update(&mut app, Action::Edit(Edit::Backspace));
    type_text(&mut app, "S");
    assert_eq!(update(&mut app, Action::Confirm), vec![Effect::Save]);
    assert_eq!(app.overlay, None);
    let id = id_at(&app, 2);
    assert_eq!(session(&app).assessment.note(&id), Some("led 3 forumS"));
    // Editing again starts from the saved text.
    update(&mut app, Action::EditNote);
    assert_eq!(session(&app).note.text(), "led 3 forumS");
}

#[test]
fn keys_in_the_note_do_not_rate_or_move() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    for action in [
        Action::Rate(3),
        Action::Right,
        Action::NextSection,
        Action::ToggleLang,
    ] {
        assert!(update(&mut app, action).is_empty());
    }
    assert_eq!(app.lang, Lang::En);
    assert_eq!(cursor(&app), 0);
    assert!(session(&app).assessment.scores.is_empty());
    assert_eq!(app.overlay, Some(Overlay::Note));
}
