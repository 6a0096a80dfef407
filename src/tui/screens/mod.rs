//! The screens, one file each (the group screen, a folder): its state, its
//! update, its render and its mouse hit-test; here, the mouse dispatch to the
//! screen on view.
//!
//! Every screen but the help takes its own state (the walk, review, results
//! and note: the session, which `Place` holds with them) and a
//! [`Ctx`](crate::tui::context::Ctx), never `App`; leaving is an `Exit` value
//! that `app` turns into a move, so `state` can hold the screens' types. The
//! help's state is its scroll offset, and it lists the keys of the screen
//! below it, so it reads `App`. No screen imports `app`: the dependencies
//! run one way (checked by `tests/tui_layers.rs`).

pub mod cohort;
pub mod compare;
pub mod help;
pub mod home;
pub mod new_form;
pub mod note;
pub mod profiles;
pub mod progress;
pub mod quick;
pub mod results;
pub mod resume;
pub mod review;
pub mod saving;
pub mod search;
pub mod walk;

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use crate::tui::layout;
use crate::tui::state::{Action, App, Screen, ctx};

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
                Screen::Walk => {
                    walk::hit(app.place.session()?, ctx(app), body, x, y).map(usize::from)
                }
                Screen::Review => review::hit(app.place.session()?, ctx(app), body, y),
                Screen::Results => results::hit(app.place.session()?, ctx(app), body, x, y),
                Screen::Compare => compare::hit(&app.compare, body, y),
                Screen::Progress => progress::hit(&app.progress, body, y),
                Screen::Cohort => cohort::hit(&app.cohort, body, y),
                Screen::Profiles | Screen::NewForm | Screen::Quick => None,
            }?;
            Some(Action::Pick(row))
        }
        _ => None,
    }
}
