//! What a screen that owns its state reads from the rest of the app: the
//! data, the language and the colours. Lower than the state, so such a
//! screen never imports `App` and the state can hold the screen's own type.

use bilan_core::{Lang, Library};

use super::theme::Theme;

#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub library: &'a Library,
    pub lang: Lang,
    pub theme: Theme,
}
