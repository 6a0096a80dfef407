use super::*;

use bilan::tui::layout;
use ratatui::layout::Rect;

// ------------------------------------ job sheet paging, help lists what works

/// The job sheets, at `width`×`height`.
fn job_sheet(width: u16, height: u16) -> App {
    let mut app = app();
    update(&mut app, Action::Resize(width, height));
    run(
        &mut app,
        &[Action::Down, Action::Down, Action::Down, Action::Confirm],
    );
    assert_eq!(app.place.screen(), Screen::Profiles);
    app
}

#[test]
fn the_job_sheet_pages_with_pgdn_space_pgup_home_and_end() {
    let mut app = job_sheet(80, 24);
    let max = bilan::tui::app::profile_max_scroll(&app);
    assert!(max > 40, "a sheet of many lines ({max})");
    let page_rows = bilan::tui::screens::profiles::page_rows(layout::body(&app));
    let page = page_rows - 1;
    let action = |app: &App, code| keymap::action_for(app, &key(code)).expect("bound");
    let press = |app: &mut App, code| {
        let pressed = action(app, code);
        update(app, pressed);
    };
    let pgdn = action(&app, KeyCode::PageDown);
    assert_eq!(pgdn, Action::PageDown);
    update(&mut app, pgdn);
    assert_eq!(app.browse.scroll, page, "a page less one line kept in view");
    let space = action(&app, KeyCode::Char(' '));
    update(&mut app, space);
    assert_eq!(app.browse.scroll, 2 * page);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.browse.scroll, page);
    press(&mut app, KeyCode::End);
    assert_eq!(app.browse.scroll, max);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.browse.scroll, max, "no further than the end");
    press(&mut app, KeyCode::Home);
    assert_eq!(app.browse.scroll, 0);
    // j still moves one line.
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.browse.scroll, 1);
}

#[test]
fn the_help_lists_scrolling_only_where_something_scrolls() {
    let big = Rect::new(0, 0, 200, 400);
    let labels = |entries: Vec<(String, &str)>| -> Vec<String> {
        entries.into_iter().map(|(k, _)| k).collect()
    };
    // The help over the walk at 80×24 scrolls: its footer says how.
    let mut app = walking();
    update(&mut app, Action::Resize(80, 24));
    update(&mut app, Action::Help);
    let small = labels(layout::footer(&app, app.viewport));
    assert!(small.iter().any(|k| k == "↓ j"), "{small:?}");
    // In a tall terminal it fits: no scrolling offered.
    update(&mut app, Action::Resize(big.width, big.height));
    let tall = labels(layout::footer(&app, big));
    assert!(!tall.iter().any(|k| k.contains('↓')), "{tall:?}");
    assert!(tall.iter().any(|k| k.starts_with("Esc")), "{tall:?}");
    // The job sheet too: listed in the footer and the help when it scrolls,
    // left out of both when it fits.
    let app = job_sheet(80, 24);
    let small = labels(layout::footer(&app, app.viewport));
    assert!(small.iter().any(|k| k == "PgUp PgDn"), "{small:?}");
    let mut app = job_sheet(big.width, big.height);
    let tall = labels(layout::footer(&app, big));
    assert!(
        !tall.iter().any(|k| k.contains('↓') || k.contains("PgDn")),
        "{tall:?}"
    );
    update(&mut app, Action::Help);
    let inner = ratatui::widgets::Block::bordered().inner(layout::help_panel(layout::body(&app)));
    let keys: Vec<String> = layout::help_rows(&app, inner.width)
        .into_iter()
        .filter_map(|row| match row {
            layout::HelpRow::Key(key, _) if !key.is_empty() => Some(key),
            _ => None,
        })
        .collect();
    assert!(keys.iter().any(|k| k == "Tab"), "{keys:?}");
    assert!(
        !keys.iter().any(|k| k.contains('↓') || k == "Home End"),
        "{keys:?}"
    );
}
