//! Full help: every key of the current screen and the global ones, read from
//! the keymap table; and the matching rule. Scrolls when it does not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::app::App;
use super::keymap::{self, Context};
use super::widgets;
use bilan_report::l10n::strings;

/// Width of the key column.
const KEY_COLS: u16 = 14;

/// The help's lines, already wrapped to `cols` (so they can be counted).
fn lines(app: &App, cols: u16) -> Vec<Line<'static>> {
    let s = strings(app.lang);
    // The help is about the screen below it.
    let under = keymap::screen_context(app);
    let mut lines = Vec::new();
    let text_cols = cols.saturating_sub(KEY_COLS).max(1);
    for (title, context) in [
        (s.help_this_screen, under),
        (s.help_everywhere, Context::Global),
    ] {
        lines.push(Line::styled(title, app.theme.warn()));
        for binding in keymap::bindings(context)
            .iter()
            .filter(|b| keymap::applies(app, context, b))
        {
            for (i, part) in widgets::wrap(binding.help(app.lang), text_cols)
                .into_iter()
                .enumerate()
            {
                let key = if i == 0 { binding.label } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {key:<width$}", width = usize::from(KEY_COLS) - 2),
                        app.theme.key(),
                    ),
                    Span::raw(part),
                ]));
            }
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.rule, app.theme.warn()));
    for part in widgets::wrap(bilan_report::l10n::matching::rule_sentence(app.lang), cols) {
        lines.push(Line::raw(part));
    }
    lines.push(Line::raw(""));
    for part in widgets::wrap(s.help_saving, cols) {
        lines.push(Line::styled(part, app.theme.dim()));
    }
    lines
}

/// The largest useful scroll offset for the help drawn in `area`.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let inner = Block::bordered().inner(widgets::centered(area, 76, area.height));
    (lines(app, inner.width).len() as u16).saturating_sub(inner.height)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let panel = widgets::centered(area, 76, area.height);
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
