use super::*;

// ------------------------------------------------------------- the note editor

/// The keys of the note editor, as the keymap reads them.
fn note_key(app: &App, event: KeyEvent) -> Option<Action> {
    assert_eq!(app.overlay, Some(Overlay::Note));
    keymap::action_for(app, &event)
}

#[test]
fn esc_keeps_the_draft_and_saves_it() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "draft");
    let esc = note_key(&app, key(KeyCode::Esc)).expect("Esc is bound");
    assert_eq!(update(&mut app, esc), vec![Effect::Save]);
    assert_eq!(app.overlay, None);
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(session(&app).assessment.note("A.3"), Some("draft"));
    // Nothing typed, nothing to save.
    update(&mut app, Action::EditNote);
    assert!(update(&mut app, esc).is_empty());
    assert_eq!(session(&app).assessment.note("A.3"), Some("draft"));
}

#[test]
fn ctrl_s_closes_the_note_and_keeps_it() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "kept");
    let done = note_key(&app, ctrl('s')).expect("Ctrl-S is bound");
    assert_eq!(update(&mut app, done), vec![Effect::Save]);
    assert_eq!(app.overlay, None);
    assert_eq!(session(&app).assessment.note("A.3"), Some("kept"));
}

#[test]
fn ctrl_c_keeps_the_draft_and_saves_before_quitting() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "typed, then Ctrl-C");
    let quit = note_key(&app, ctrl('c')).expect("Ctrl-C is bound");
    assert_eq!(quit, Action::Quit);
    assert_eq!(update(&mut app, quit), vec![Effect::Save, Effect::Quit]);
    assert_eq!(
        session(&app).assessment.note("A.3"),
        Some("typed, then Ctrl-C")
    );
}

#[test]
fn clearing_the_note_then_esc_deletes_it() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "first");
    update(&mut app, Action::Back);
    assert!(session(&app).assessment.note("A.3").is_some());
    update(&mut app, Action::EditNote);
    let clear = note_key(&app, ctrl('u')).expect("Ctrl-U clears");
    update(&mut app, clear);
    assert_eq!(update(&mut app, Action::Back), vec![Effect::Save]);
    assert_eq!(session(&app).assessment.note("A.3"), None);
}

#[test]
fn enter_starts_a_new_line_and_the_note_keeps_its_lines() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    type_text(&mut app, "Forum of 300 members");
    let enter = note_key(&app, key(KeyCode::Enter)).expect("Enter is bound");
    assert_eq!(enter, Action::Edit(Edit::Newline));
    assert!(
        update(&mut app, enter).is_empty(),
        "typing saves nothing yet"
    );
    assert_eq!(app.overlay, Some(Overlay::Note), "Enter does not close it");
    type_text(&mut app, "Wrote its charter");
    update(&mut app, Action::Back);
    let note = session(&app)
        .assessment
        .note("A.3")
        .expect("kept")
        .to_string();
    assert_eq!(note, "Forum of 300 members\nWrote its charter");
    // Editing again starts from both lines, the cursor at the end.
    update(&mut app, Action::EditNote);
    assert_eq!(session(&app).note.text(), note);
    assert_eq!(session(&app).note.cursor(), note.chars().count());
}

#[test]
fn the_footer_of_the_note_says_how_to_leave_and_how_to_break_a_line() {
    let mut app = walking();
    update(&mut app, Action::EditNote);
    let footer = keymap::footer(&app);
    assert!(
        footer
            .iter()
            .any(|(k, l)| k == "Esc Ctrl-S" && l.contains("kept")),
        "{footer:?}"
    );
    assert!(
        footer.iter().any(|(k, l)| k == "⏎" && *l == "new line"),
        "{footer:?}"
    );
    assert!(!footer.iter().any(|(_, l)| *l == "cancel"), "{footer:?}");
}
