//! The screens, one file each: its update, its render and its mouse
//! hit-test (its state is in `state`, which the screens share). A screen
//! imports the state and the layers below it, never `app` or another layer
//! above, so the dependencies run one way.

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
