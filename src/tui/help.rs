//! Full help: every key of the current screen and the global ones, read from
//! the keymap table; and the matching rule.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::app::App;
use super::keymap::{self, Context};
use super::widgets;
use crate::i18n::strings;
use crate::model::matching;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let panel = widgets::centered(area, 76, area.height);
    // The help is about the screen below it.
    let under = keymap::screen_context(app);
    let mut lines = Vec::new();
    for (title, context) in [
        (s.help_this_screen, under),
        (s.help_everywhere, Context::Global),
    ] {
        lines.push(Line::styled(title, app.theme.warn()));
        for binding in keymap::bindings(context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<12}", binding.label), app.theme.key()),
                Span::raw(binding.help(app.lang)),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.rule, app.theme.warn()));
    lines.push(Line::raw(matching::rule_sentence(app.lang)));
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.help_saving, app.theme.dim()));
    frame.render_widget(Clear, panel);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Span::styled(
                format!(" {} ", s.help_title),
                app.theme.title(),
            ))),
        panel,
    );
}
