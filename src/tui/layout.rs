//! Where things go, with no drawing: the frame's areas, the help's rows, and
//! how far the help and the job sheet scroll. `update` bounds its cursors
//! with these, the mouse maps clicks with them, and the view draws into
//! them, so the three agree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;

use super::keymap::{self, Context};
use super::screens::profiles;
use super::state::{App, Screen, ctx};
use super::text;
use super::widgets::centered;
use bilan_report::l10n::strings;

/// Below this size the screens cannot be used; a message is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The areas of the frame; also used to map mouse clicks.
pub struct FrameAreas {
    pub header: Rect,
    pub body: Rect,
    pub status: Rect,
    pub footer: Rect,
}

pub fn footer_height(app: &App, width: u16) -> u16 {
    text::hint_rows(&keymap::footer(app), width).len().max(1) as u16
}

/// Who writes the session's assessment, on the screens of a window that
/// only reads it (its status row says so when nothing else is told).
pub fn read_only(app: &App) -> Option<&crate::tui::saving::ReadOnly> {
    let session = app.place.session()?;
    let on_session = matches!(
        app.place.screen(),
        Screen::Walk | Screen::Review | Screen::Results | Screen::Quick
    );
    session.disk.read_only.as_ref().filter(|_| on_session)
}

pub fn frame(app: &App, area: Rect) -> FrameAreas {
    let status = u16::from(app.status.is_some() || read_only(app).is_some());
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(status),
        Constraint::Length(footer_height(app, area.width)),
    ])
    .areas(area);
    FrameAreas {
        header,
        body,
        status,
        footer,
    }
}

/// The body area of the current viewport.
pub fn body(app: &App) -> Rect {
    frame(app, app.viewport).body
}

// ---------------------------------------------------------------------------
// The help

/// Width of the help's key column.
pub const HELP_KEY_COLS: u16 = 14;
/// Width of the help panel.
pub const HELP_COLS: u16 = 76;

/// The help panel in `body`, centred.
pub fn help_panel(body: Rect) -> Rect {
    centered(body, HELP_COLS, body.height)
}

/// A row of the help, already wrapped; the view gives each kind its style.
pub enum HelpRow {
    Heading(&'static str),
    /// A key (on its binding's first row only) and a part of what it does.
    Key(String, String),
    Text(String),
    Note(String),
    Blank,
}

/// The help's rows wrapped to `cols`, so they can be counted and drawn.
pub fn help_rows(app: &App, cols: u16) -> Vec<HelpRow> {
    let s = strings(app.lang);
    // The help is about the screen below it.
    let under = keymap::screen_context(app);
    let mut rows = Vec::new();
    let text_cols = cols.saturating_sub(HELP_KEY_COLS).max(1);
    for (title, context) in [
        (s.help_this_screen, under),
        (s.help_everywhere, Context::Global),
    ] {
        rows.push(HelpRow::Heading(title));
        for binding in keymap::bindings(context)
            .iter()
            .filter(|b| keymap::applies(app, context, b))
        {
            for (i, part) in text::wrap(binding.help(app.lang), text_cols)
                .into_iter()
                .enumerate()
            {
                let key = if i == 0 {
                    binding.label()
                } else {
                    String::new()
                };
                rows.push(HelpRow::Key(key, part));
            }
        }
        rows.push(HelpRow::Blank);
    }
    rows.push(HelpRow::Heading(s.rule));
    for part in text::wrap(bilan_report::l10n::matching::rule_sentence(app.lang), cols) {
        rows.push(HelpRow::Text(part));
    }
    let bounds = bilan_report::l10n::matching::ranking_words(app.lang).bounds_note;
    for part in text::wrap(bounds, cols) {
        rows.push(HelpRow::Text(part));
    }
    rows.push(HelpRow::Blank);
    if under == Context::Walk {
        for part in text::wrap(&bilan_report::l10n::ecf::extension_help(app.lang), cols) {
            rows.push(HelpRow::Note(part));
        }
    }
    for part in text::wrap(s.help_saving, cols) {
        rows.push(HelpRow::Note(part));
    }
    rows
}

/// The largest useful scroll offset for the help at the current size.
pub fn help_max_scroll(app: &App) -> u16 {
    let inner = Block::bordered().inner(help_panel(body(app)));
    (help_rows(app, inner.width).len() as u16).saturating_sub(inner.height)
}

// ---------------------------------------------------------------------------
// The job sheet (its rows are computed by the profiles screen)

/// The same at the current size.
pub fn profile_max_scroll(app: &App) -> u16 {
    profiles::max_scroll(&app.browse, ctx(app), body(app))
}
