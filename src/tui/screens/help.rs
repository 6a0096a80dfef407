//! Full help: every key of the current screen and the global ones, read from
//! the keymap table; and the matching rule. Scrolls when it does not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::layout::help_max_scroll;
use crate::tui::layout::{self, HELP_KEY_COLS, HelpRow};
use crate::tui::state::{Action, App};
use bilan_report::l10n::strings;

/// The help's rows, styled.
fn lines(app: &App, cols: u16) -> Vec<Line<'static>> {
    layout::help_rows(app, cols)
        .into_iter()
        .map(|row| match row {
            HelpRow::Heading(title) => Line::styled(title, app.theme.warn()),
            HelpRow::Key(key, part) => Line::from(vec![
                Span::styled(
                    format!("  {key:<width$}", width = usize::from(HELP_KEY_COLS) - 2),
                    app.theme.key(),
                ),
                Span::raw(part),
            ]),
            HelpRow::Text(part) => Line::raw(part),
            HelpRow::Note(part) => Line::styled(part, app.theme.dim()),
            HelpRow::Blank => Line::raw(""),
        })
        .collect()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let panel = layout::help_panel(area);
    let mut block = Block::bordered().title(Span::styled(
        format!(" {} ", s.help_title),
        app.theme.title(),
    ));
    let inner = block.inner(panel);
    let lines = lines(app, inner.width);
    let total = lines.len() as u16;
    let max = total.saturating_sub(inner.height);
    let scroll = app.help_scroll.min(max);
    if max > 0 {
        // Where we are, and that there is more: arrows only, in any language.
        let last = (scroll + inner.height).min(total);
        let up = if scroll > 0 { "↑" } else { " " };
        let down = if scroll < max { "↓" } else { " " };
        block = block.title_bottom(
            Line::styled(
                format!(" {up}{down} {}–{last}/{total} ", scroll + 1),
                app.theme.key(),
            )
            .right_aligned(),
        );
    }
    // Nothing of the screen below shows through around the panel.
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll, 0)).block(block),
        panel,
    );
}

/// Keys over the help: scroll it, or close it.
pub fn update(app: &mut App, action: Action) {
    let max = help_max_scroll(app);
    let page = layout::help_panel(layout::body(app))
        .height
        .saturating_sub(2);
    if let Some(scroll) = super::profiles::page_scroll(max, page, app.help_scroll, action) {
        app.help_scroll = scroll;
    } else if matches!(action, Action::Help | Action::Back | Action::Confirm) {
        app.overlay = None;
    }
}
