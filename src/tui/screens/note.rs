//! Note / evidence editor for the current item.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::session::Session;
use crate::tui::widgets;
use bilan_core::Library;
use bilan_report::l10n::strings;

pub fn render(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let Some(item) = session.item(ctx.library) else {
        return;
    };
    let panel = widgets::centered(area, 70, 9);
    let mut block = Block::bordered().title(Span::styled(
        format!(" {} — {} ", s.note_title, item.id),
        ctx.theme.title(),
    ));
    // A coach writes with the candidate's own note in view.
    if let Some(note) =
        crate::tui::session::self_rating_of(session, &item.id).and_then(|a| a.note(&item.id))
    {
        let label = bilan_report::l10n::coaching(ctx.lang).self_note;
        let text = format!(
            " ◆ {label}{}{} ",
            widgets::colon(ctx.lang),
            widgets::one_line(note)
        );
        block = block.title_bottom(Span::styled(
            widgets::truncate(&text, usize::from(panel.width.saturating_sub(2))),
            ctx.theme.target(),
        ));
    }
    let inner = block.inner(panel);
    // Clear the whole band, so no cut-off words of the card show beside it.
    frame.render_widget(
        Clear,
        Rect {
            x: area.x,
            width: area.width,
            ..panel
        },
    );
    frame.render_widget(block, panel);
    let text = session.note.text();
    let cols = inner.width.max(1);
    let lines = widgets::wrap(&format!("{text} "), cols);
    let prefix: String = text.chars().take(session.note.cursor()).collect();
    let before = widgets::wrap(&format!("{prefix}|"), cols);
    let cursor_line = before.len().saturating_sub(1) as u16;
    let cursor_col = before
        .last()
        .map(|l| widgets::width(l).saturating_sub(1) as u16)
        .unwrap_or(0);
    let scroll = cursor_line.saturating_sub(inner.height.saturating_sub(2));
    frame.render_widget(
        Paragraph::new(lines.join("\n")).scroll((scroll, 0)),
        Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        },
    );
    frame.render_widget(
        Paragraph::new(s.note_hint).style(ctx.theme.dim()),
        Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        },
    );
    frame.set_cursor_position(Position::new(
        inner.x + cursor_col.min(inner.width.saturating_sub(1)),
        inner.y + cursor_line - scroll,
    ));
}

// ---------------------------------------------------------------------------
// Update

/// Types the note (Enter starts a new line); Esc or Ctrl-S closes it, and
/// what was typed is kept and saved, never dropped (an emptied note is
/// deleted). `true` when it closes.
pub fn update(session: &mut Session, library: &Library, action: Action) -> (Vec<Effect>, bool) {
    match action {
        Action::Edit(edit) => session.note.apply(edit),
        Action::Back | Action::Confirm => {
            let effects = if session.keep_draft_note(library) {
                vec![Effect::Save]
            } else {
                Vec::new()
            };
            return (effects, true);
        }
        _ => {}
    }
    (Vec::new(), false)
}
