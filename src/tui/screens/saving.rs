//! The questions about saving, drawn over the screen: the file changed or
//! was deleted on disk, quitting with changes not on disk, where to write a
//! copy; and the standing notice of a window that only reads.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::context::Ctx;
use crate::tui::saving::{Conflict, ReadOnly};
use crate::tui::session::Session;
use crate::tui::text_input::TextInput;
use crate::tui::widgets;
use bilan_report::l10n::saving;

/// Who writes the assessment a read-only window shows, in one line.
pub fn read_only_notice(read_only: &ReadOnly, ctx: Ctx) -> String {
    let words = saving(ctx.lang);
    let who = match &read_only.holder {
        Some(holder) => {
            let since = holder.since.as_str().replace('T', " ");
            format!(
                "{} {}, {} {}, {} {}",
                words.holder_host,
                holder.host,
                words.holder_process,
                holder.pid,
                words.holder_since,
                since.trim_end_matches('Z')
            )
        }
        None => words.holder_unknown.to_string(),
    };
    format!("{} ({who})", words.read_only_notice)
}

/// A bordered panel of wrapped paragraphs, centred over `area`.
fn panel(frame: &mut Frame, area: Rect, title: &str, paragraphs: &[(String, bool)], ctx: Ctx) {
    let width = area.width.saturating_sub(4).clamp(20, 76);
    let cols = width.saturating_sub(2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for (i, (text, emphasis)) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        let style = if *emphasis {
            ctx.theme.bad()
        } else {
            ratatui::style::Style::default()
        };
        lines.extend(
            widgets::wrap(text, cols)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    }
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = widgets::centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(Span::styled(format!(" {title} "), ctx.theme.title()))),
        rect,
    );
}

/// The file changed or was deleted on disk: what happened and the choices.
pub fn render_conflict(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let words = saving(ctx.lang);
    match &session.disk.conflict {
        Some(Conflict::Changed(Ok(_))) => panel(
            frame,
            area,
            words.changed_title,
            &[
                (words.changed_text.to_string(), false),
                (words.changed_choices.to_string(), false),
            ],
            ctx,
        ),
        Some(Conflict::Changed(Err(error))) => panel(
            frame,
            area,
            words.changed_title,
            &[
                (words.changed_text.to_string(), false),
                (format!("{} {error}", words.changed_unreadable), true),
                (words.changed_unreadable_choices.to_string(), false),
            ],
            ctx,
        ),
        Some(Conflict::Missing) => panel(
            frame,
            area,
            words.missing_title,
            &[
                (words.missing_text.to_string(), false),
                (words.missing_choices.to_string(), false),
            ],
            ctx,
        ),
        None => {}
    }
}

/// Quitting while the latest changes are not on disk.
pub fn render_quit(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let words = saving(ctx.lang);
    let reason = session.disk.unsaved.clone().unwrap_or_default();
    panel(
        frame,
        area,
        words.quit_title,
        &[
            (words.quit_text.to_string(), false),
            (reason, true),
            (words.quit_choices.to_string(), false),
        ],
        ctx,
    );
}

/// Where to write the copy: a one-line field with its cursor.
pub fn render_copy_path(input: &TextInput, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let words = saving(ctx.lang);
    let width = area.width.saturating_sub(4).clamp(20, 76);
    let rect = widgets::centered(area, width, 4);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", words.copy_title),
        ctx.theme.title(),
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let cols = usize::from(inner.width.max(1));
    // The end of a long path stays in view, with the cursor.
    let before: String = input.text().chars().take(input.cursor()).collect();
    let shift = widgets::width(&before).saturating_sub(cols.saturating_sub(1));
    let shown: String = input.text().chars().skip(shift).collect();
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(words.copy_prompt, ctx.theme.dim()),
            Line::raw(shown),
        ]),
        inner,
    );
    let column = widgets::width(&before).saturating_sub(shift);
    frame.set_cursor_position(Position::new(
        inner.x
            + u16::try_from(column)
                .unwrap_or(0)
                .min(inner.width.saturating_sub(1)),
        inner.y + 1,
    ));
}
