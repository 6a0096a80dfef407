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

pub fn footer_height(app: &App, area: Rect) -> u16 {
    text::hint_rows(&footer(app, area), area.width).len().max(1) as u16
}

/// The footer's entries: the keymap's, less the scrolling keys where
/// nothing scrolls (a help or a job sheet that fits).
pub fn footer(app: &App, area: Rect) -> Vec<(String, &'static str)> {
    keymap::footer_where(app, |context, binding| scrolls(app, area, context, binding))
}

/// Whether `binding` is not a scrolling key of the help or the job sheet,
/// or there is something to scroll. Measured with every key in the footer
/// (the smallest body): what scrolls then is what the footer offers to
/// scroll, and what fits then fits with a shorter footer too.
pub fn scrolls(app: &App, area: Rect, context: Context, binding: &keymap::Binding) -> bool {
    use super::state::Action;
    let scrolling = matches!(
        binding.action(),
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last
    );
    if !scrolling {
        return true;
    }
    let rows = text::hint_rows(&keymap::footer(app), area.width)
        .len()
        .max(1) as u16;
    let body = frame_with(app, area, rows).body;
    match context {
        Context::Help => {
            let inner = Block::bordered().inner(help_panel(body));
            help_rows(app, inner.width).len() as u16 > inner.height
        }
        Context::Profiles => profiles::max_scroll(&app.browse, ctx(app), body) > 0,
        _ => true,
    }
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
    frame_with(app, area, footer_height(app, area))
}

/// The areas with a footer of `footer_rows`.
fn frame_with(app: &App, area: Rect, footer_rows: u16) -> FrameAreas {
    let status = status_lines(app, area).len() as u16;
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(status),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    FrameAreas {
        header,
        body,
        status,
        footer,
    }
}

/// Most rows a status message takes; a longer one ends with `…`. The
/// smallest terminals keep one, so the screen above keeps its room.
pub fn status_rows(area: Rect) -> usize {
    (1 + usize::from(area.height.saturating_sub(MIN_HEIGHT)) / 2).min(4)
}

/// The status message (or the read-only notice) wrapped to the width of
/// `area`, so a long message or path is read whole rather than cut at the
/// edge.
pub fn status_lines(app: &App, area: Rect) -> Vec<String> {
    let width = area.width;
    let text = match (&app.status, read_only(app)) {
        (Some(status), _) => status.text.clone(),
        (None, Some(read_only)) => super::screens::saving::read_only_notice(read_only, ctx(app)),
        (None, None) => return Vec::new(),
    };
    // Never at a hyphen: a path is cut only where the line is full, so it
    // reads back whole.
    let options = textwrap::Options::new(usize::from(width.max(1)))
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut lines: Vec<String> = textwrap::wrap(&text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect();
    text::clip(&mut lines, status_rows(area), width);
    lines
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
            .filter(|b| scrolls(app, app.viewport, context, b))
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
