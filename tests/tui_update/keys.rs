use super::*;

#[test]
fn digits_rate_in_the_walk() {
    let app = walking();
    for (c, level) in [('0', 0), ('3', 3), ('4', 4), ('5', 5)] {
        assert_eq!(
            keymap::action_for(&app, &key(KeyCode::Char(c))),
            Some(Action::Rate(level))
        );
    }
    // 6 rates nothing: a hint says where the keys are.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('6'))),
        Some(Action::UnknownKey)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Tab)),
        Some(Action::NextSection)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('r'))),
        Some(Action::Results)
    );
}

#[test]
fn typing_in_the_form_inserts_letters_instead_of_commands() {
    let mut app = app();
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::NewForm);
    for c in ['q', 'L', '?', 'r', '4', 'é'] {
        assert_eq!(
            keymap::action_for(&app, &key(KeyCode::Char(c))),
            Some(Action::Edit(Edit::Insert(c))),
            "{c}"
        );
    }
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Backspace)),
        Some(Action::Edit(Edit::Backspace))
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Enter)),
        Some(Action::Confirm)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Tab)),
        Some(Action::ToggleRater)
    );
    // Driving the whole form through the keymap.
    for c in "qL".chars() {
        let action = keymap::action_for(&app, &key(KeyCode::Char(c))).unwrap();
        update(&mut app, action);
    }
    assert_eq!(app.form.name.text(), "qL");
    assert_eq!(app.lang, Lang::En);
    assert!(!app.quitting);
}

#[test]
fn ctrl_c_quits_even_while_typing() {
    let mut app = app();
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::NewForm);
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    assert_eq!(
        keymap::action_for(&app, &ctrl('u')),
        Some(Action::Edit(Edit::Clear))
    );

    let mut app = walking();
    update(&mut app, Action::EditNote);
    assert_eq!(keymap::action_for(&app, &ctrl('c')), Some(Action::Quit));
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Edit(Edit::Insert('q')))
    );
}

#[test]
fn ctrl_z_suspends_even_while_typing() {
    let mut app = walking();
    assert_eq!(keymap::action_for(&app, &ctrl('z')), Some(Action::Suspend));
    update(&mut app, Action::EditNote);
    assert_eq!(keymap::action_for(&app, &ctrl('z')), Some(Action::Suspend));
    let mut app = self::app();
    update(&mut app, Action::Confirm);
    assert_eq!(app.place.screen(), Screen::NewForm);
    assert_eq!(keymap::action_for(&app, &ctrl('z')), Some(Action::Suspend));
    // A plain `z` is still typed.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('z'))),
        Some(Action::Edit(Edit::Insert('z')))
    );
}

#[test]
fn keys_in_the_help_overlay() {
    let mut app = walking();
    update(&mut app, Action::Help);
    for code in [KeyCode::Esc, KeyCode::Enter] {
        assert_eq!(keymap::action_for(&app, &key(code)), Some(Action::Back));
    }
    // Arrows scroll the help; `x` (clear the rating, below) does nothing.
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Down)),
        Some(Action::Down)
    );
    assert_eq!(keymap::action_for(&app, &key(KeyCode::Char('x'))), None);
    // `?` toggles: the same key closes what it opened.
    let action = keymap::action_for(&app, &key(KeyCode::Char('?')));
    assert_eq!(action, Some(Action::Help));
    update(&mut app, action.unwrap());
    assert_eq!(app.overlay, None);
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
}

#[test]
fn results_arrows_are_what_if_in_both_directions() {
    let app = on_results();
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Left)),
        Some(Action::Left)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Right)),
        Some(Action::Right)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('-'))),
        Some(Action::Left)
    );
    assert_eq!(
        keymap::action_for(&app, &key(KeyCode::Char('z'))),
        Some(Action::ResetWhatIf)
    );
}

#[test]
fn the_footer_shows_the_walk_digits_and_the_global_keys() {
    let mut app = walking();
    let footer = keymap::footer(&app);
    assert!(
        footer.iter().any(|(k, _)| *k == "0–5"),
        "digit hint in {footer:?}"
    );
    assert!(footer.iter().any(|(k, l)| *k == "q" && *l == "quit"));
    assert!(footer.iter().any(|(k, _)| *k == "?"));

    update(&mut app, Action::ToggleLang);
    let footer = keymap::footer(&app);
    assert!(footer.iter().any(|(k, l)| *k == "q" && *l == "quitter"));

    // While typing, q is a letter: the footer does not offer it.
    update(&mut app, Action::EditNote);
    let footer = keymap::footer(&app);
    assert!(!footer.iter().any(|(k, _)| *k == "q"), "{footer:?}");
    assert!(footer.iter().any(|(k, _)| k.starts_with("Esc")));
}

#[test]
fn shift_h_leads_home_from_a_session_and_saves() {
    let mut app = walking();
    let key = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::SHIFT);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::Home));
    run(&mut app, &[Action::Rate(3)]);
    assert_eq!(
        update(&mut app, Action::Home),
        vec![Effect::Save, Effect::LoadSummaries]
    );
    assert_eq!(app.place.screen(), Screen::Home);
    assert!(
        app.place.session().is_some(),
        "kept until another is opened"
    );
    // In a note, H is typed.
    let mut app = walking();
    update(&mut app, Action::EditNote);
    assert_eq!(
        keymap::action_for(&app, &key),
        Some(Action::Edit(Edit::Insert('H')))
    );
}
