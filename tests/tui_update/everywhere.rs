use super::*;

// ------------------------------------------------------- quit, lang, help

#[test]
fn export_on_results_asks_the_loop_and_shows_the_path() {
    let mut app = on_results();
    let key = KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(&app, &key), Some(Action::Export));
    let scores = session(&app).assessment.scores.clone();
    assert_eq!(update(&mut app, Action::Export), vec![Effect::Export]);
    assert_eq!(
        session(&app).assessment.scores,
        scores,
        "exporting changes nothing"
    );
    apply(
        &mut app,
        Outcome::Exported(PathBuf::from("/data/reports/ana.html")),
    );
    let status = app.status.as_ref().expect("a status line");
    assert!(!status.error);
    assert!(
        status.text.contains("/data/reports/ana.html"),
        "{}",
        status.text
    );
    // The walk has no export key: `e` is not bound there.
    let mut walking = walking();
    assert_ne!(keymap::action_for(&walking, &key), Some(Action::Export));
    assert!(update(&mut walking, Action::Export).is_empty());
}

#[test]
fn quit_saves_then_quits_from_everywhere_with_a_session() {
    for (screen, overlay) in every_screen_and_overlay(true) {
        let mut app = walking();
        app.place.go(screen);
        app.overlay = overlay;
        assert_eq!(
            update(&mut app, Action::Quit),
            vec![Effect::Save, Effect::Quit],
            "{screen:?} {overlay:?}"
        );
        assert!(app.quitting);
    }
}

#[test]
fn ctrl_z_saves_then_suspends_from_everywhere_and_changes_nothing_else() {
    for (screen, overlay) in every_screen_and_overlay(true) {
        let mut app = walking();
        app.place.go(screen);
        app.overlay = overlay;
        assert_eq!(
            update(&mut app, Action::Suspend),
            vec![Effect::Save, Effect::Suspend],
            "{screen:?} {overlay:?}"
        );
        // `fg` comes back to the same place.
        assert_eq!(app.place.screen(), screen);
        assert_eq!(app.overlay, overlay);
        assert!(!app.quitting);
    }
    let mut app = app();
    assert_eq!(update(&mut app, Action::Suspend), vec![Effect::Suspend]);
}

#[test]
fn quit_without_a_session_only_quits() {
    for (screen, overlay) in every_screen_and_overlay(false) {
        let mut app = app();
        app.place.go(screen);
        app.overlay = overlay;
        assert_eq!(
            update(&mut app, Action::Quit),
            vec![Effect::Quit],
            "{screen:?} {overlay:?}"
        );
    }
    // The home menu's last entry, and Esc on home, quit too.
    let mut app = app();
    assert_eq!(
        run(
            &mut app,
            &[
                Action::Down,
                Action::Down,
                Action::Down,
                Action::Down,
                Action::Down,
                Action::Confirm
            ]
        ),
        vec![Effect::Quit]
    );
    let mut app = self::app();
    assert_eq!(update(&mut app, Action::Back), vec![Effect::Quit]);
}

#[test]
fn toggle_lang_switches_and_switches_back() {
    let mut app = walking();
    assert!(update(&mut app, Action::ToggleLang).is_empty());
    assert_eq!(app.lang, Lang::Fr);
    // Nothing else moved.
    assert_eq!(app.place.screen(), Screen::Walk);
    assert_eq!(cursor(&app), 0);
    update(&mut app, Action::ToggleLang);
    assert_eq!(app.lang, Lang::En);
    // Also over the help.
    update(&mut app, Action::Help);
    update(&mut app, Action::ToggleLang);
    assert_eq!(app.lang, Lang::Fr);
    assert_eq!(app.overlay, Some(Overlay::Help));
}

#[test]
fn help_opens_and_closes_and_blocks_the_screen_below() {
    let mut app = walking();
    assert!(update(&mut app, Action::Help).is_empty());
    assert_eq!(app.overlay, Some(Overlay::Help));
    assert!(update(&mut app, Action::Rate(3)).is_empty());
    assert!(update(&mut app, Action::Right).is_empty());
    assert!(session(&app).assessment.scores.is_empty());
    assert_eq!(cursor(&app), 0);
    update(&mut app, Action::Help);
    assert_eq!(app.overlay, None);

    for close in [Action::Back, Action::Confirm] {
        update(&mut app, Action::Help);
        assert_eq!(app.overlay, Some(Overlay::Help));
        update(&mut app, close);
        assert_eq!(app.overlay, None, "{close:?} closes the help");
        assert_eq!(app.place.screen(), Screen::Walk);
    }

    // Scrolling stops where the text ends at the terminal's size.
    update(&mut app, Action::Resize(80, 20));
    update(&mut app, Action::Help);
    let max = bilan::tui::app::help_max_scroll(&app);
    assert!(max > 0, "the help does not fit in 80x20");
    run(&mut app, &[Action::Down; 60]);
    assert_eq!(app.help_scroll, max);
    update(&mut app, Action::Up);
    assert_eq!(app.help_scroll, max - 1);
    update(&mut app, Action::PageDown);
    assert_eq!(app.help_scroll, max);
    update(&mut app, Action::PageUp);
    // A page is the rows in view, less one kept for context.
    let inner = bilan::tui::layout::help_panel(bilan::tui::layout::body(&app)).height - 2;
    assert_eq!(app.help_scroll, max.saturating_sub(inner - 1));
    update(&mut app, Action::First);
    assert_eq!(app.help_scroll, 0);
    update(&mut app, Action::Last);
    assert_eq!(app.help_scroll, max);
    // However long the help has grown, paging up stops at the top.
    run(&mut app, &[Action::PageUp; 5]);
    assert_eq!(app.help_scroll, 0);
    update(&mut app, Action::Down);
    update(&mut app, Action::Back);
    update(&mut app, Action::Help);
    assert_eq!(app.help_scroll, 0, "reopening starts at the top");
    update(&mut app, Action::Back);

    // On home too.
    let mut app = self::app();
    update(&mut app, Action::Help);
    assert_eq!(app.overlay, Some(Overlay::Help));
    update(&mut app, Action::Back);
    assert_eq!((app.place.screen(), app.overlay), (Screen::Home, None));
}
