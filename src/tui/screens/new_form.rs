//! New assessment: the person's name, and who rates (self or coach).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::text_input::TextInput;
use crate::tui::widgets;
use bilan_core::Rater;
use bilan_report::l10n::strings;

pub fn render(form: &FormState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let panel = widgets::centered(area, 64, 12);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", s.new_title),
        ctx.theme.title(),
    ));
    let inner = block.inner(panel);
    frame.render_widget(block, panel);
    let [label, field, _, rater, _, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(s.name_prompt), label);
    let text = form.name.text();
    frame.render_widget(
        Paragraph::new(format!("> {text}")).style(ctx.theme.chosen()),
        field,
    );
    let prefix: String = text.chars().take(form.name.cursor()).collect();
    let x = field.x + 2 + widgets::width(&prefix) as u16;
    frame.set_cursor_position(Position::new(
        x.min(field.right().saturating_sub(1)),
        field.y,
    ));
    let choice = |value: Rater, label: &str| {
        let on = form.rater == value;
        Span::styled(
            format!("{} {label}  ", if on { "(•)" } else { "( )" }),
            if on {
                ctx.theme.chosen()
            } else {
                ctx.theme.dim()
            },
        )
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::raw(s.rater_prompt),
            Line::from(vec![
                choice(Rater::SelfRated, s.rater_self),
                choice(Rater::Coach, s.rater_coach),
            ]),
        ]),
        rater,
    );
    let (hint_text, style) = if form.error {
        (s.name_required, ctx.theme.bad())
    } else {
        (s.new_hint, ctx.theme.dim())
    };
    frame.render_widget(
        Paragraph::new(hint_text)
            .style(style)
            .wrap(Wrap { trim: true }),
        hint,
    );
}

// ---------------------------------------------------------------------------
// State and update

#[derive(Debug, Clone, Default)]
pub struct FormState {
    pub name: TextInput,
    pub rater: Rater,
    pub error: bool,
}

/// Whether the user leaves the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    Back,
}

pub fn update(form: &mut FormState, action: Action) -> (Vec<Effect>, Exit) {
    match action {
        Action::Edit(edit) => {
            form.name.apply(edit);
            form.error = false;
        }
        Action::ToggleRater => {
            form.rater = match form.rater {
                Rater::SelfRated => Rater::Coach,
                Rater::Coach => Rater::SelfRated,
            }
        }
        Action::Back => return (Vec::new(), Exit::Back),
        Action::Confirm => {
            let name = form.name.text().trim().to_string();
            if name.is_empty() {
                form.error = true;
            } else {
                let create = Effect::Create {
                    name,
                    rater: form.rater,
                };
                return (vec![create], Exit::Stay);
            }
        }
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}
