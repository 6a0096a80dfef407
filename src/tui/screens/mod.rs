//! The screens, one file each (the group screen, a folder): its state, its
//! update, its render and its mouse hit-test; here, the mouse dispatch to the
//! screen on view.
//!
//! The start screen, the form, the resume list, the job sheets, the
//! comparison, the progress and the group screen own their state: their
//! functions take it and a [`Ctx`](crate::tui::context::Ctx), never `App`,
//! and leaving is an `Exit` value that `app` turns into a move, so `state`
//! can hold their types. The walk, review, results and note share the
//! session (`session.rs`, held by `Place`) and still take `App`; the help's
//! state is its scroll offset. No screen imports `app`: the dependencies run
//! one way (checked by `tests/tui_layers.rs`).

pub mod cohort;
pub mod compare;
pub mod help;
pub mod home;
pub mod new_form;
pub mod note;
pub mod profiles;
pub mod progress;
pub mod results;
pub mod resume;
pub mod review;
pub mod walk;

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use crate::tui::layout;
use crate::tui::state::{Action, App, Screen};

/// Maps a mouse event to an action, using the same layouts the screens draw.
pub fn mouse_action(app: &App, area: Rect, mouse: MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::ScrollUp => Some(Action::Up),
        MouseEventKind::ScrollDown => Some(Action::Down),
        MouseEventKind::Down(MouseButton::Left) => {
            if app.overlay.is_some() || layout::too_small(area) {
                return None;
            }
            let body = layout::frame(app, area).body;
            let (x, y) = (mouse.column, mouse.row);
            let row = match app.place.screen() {
                Screen::Home => home::hit(body, x, y),
                Screen::ResumeList => resume::hit(&app.resume, body, y),
                Screen::Walk => walk::hit(app, body, x, y).map(usize::from),
                Screen::Review => review::hit(app, body, y),
                Screen::Results => results::hit(app, body, x, y),
                Screen::Compare => compare::hit(&app.compare, body, y),
                Screen::Progress => progress::hit(&app.progress, body, y),
                Screen::Cohort => cohort::hit(&app.cohort, body, y),
                Screen::Profiles | Screen::NewForm => None,
            }?;
            Some(Action::Pick(row))
        }
        _ => None,
    }
}
