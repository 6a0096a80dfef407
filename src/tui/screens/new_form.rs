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
use bilan_report::l10n::coach::coach_name_prompt;
use bilan_report::l10n::strings;

pub fn render(form: &FormState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let coach = form.rater == Rater::Coach;
    let panel = widgets::centered(area, 64, if coach { 15 } else { 12 });
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", s.new_title),
        ctx.theme.title(),
    ));
    let inner = block.inner(panel);
    frame.render_widget(block, panel);
    let [label, field, _, rater, coach_label, coach_field, _, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(if coach { 2 } else { 0 }),
        Constraint::Length(u16::from(coach)),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(s.name_prompt), label);
    let input = |frame: &mut Frame, input: &TextInput, area: Rect, focused: bool| {
        let text = input.text();
        let style = if focused {
            ctx.theme.chosen()
        } else {
            ctx.theme.dim()
        };
        frame.render_widget(Paragraph::new(format!("> {text}")).style(style), area);
        if focused {
            let prefix: String = text.chars().take(input.cursor()).collect();
            let x = area.x + 2 + widgets::width(&prefix) as u16;
            frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
        }
    };
    let on_coach = coach && form.field == Field::Coach;
    input(frame, &form.name, field, !on_coach);
    if coach {
        frame.render_widget(
            Paragraph::new(coach_name_prompt(ctx.lang)).wrap(Wrap { trim: true }),
            coach_label,
        );
        input(frame, &form.coach_name, coach_field, on_coach);
    }
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
    /// The coach's own name (asked when a coach rates).
    pub coach_name: TextInput,
    /// The field keys type into.
    pub field: Field,
    pub error: bool,
}

/// The form's text fields.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Field {
    #[default]
    Name,
    /// Shown only when a coach rates.
    Coach,
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
            if form.rater == Rater::Coach && form.field == Field::Coach {
                form.coach_name.apply(edit);
            } else {
                form.name.apply(edit);
                form.error = false;
            }
        }
        Action::ToggleRater => {
            form.rater = match form.rater {
                Rater::SelfRated => Rater::Coach,
                Rater::Coach => Rater::SelfRated,
            };
            form.field = Field::Name;
        }
        Action::Up | Action::Down if form.rater == Rater::Coach => {
            form.field = match form.field {
                Field::Name => Field::Coach,
                Field::Coach => Field::Name,
            };
        }
        Action::Back => return (Vec::new(), Exit::Back),
        Action::Confirm => {
            let name = form.name.text().trim().to_string();
            if name.is_empty() {
                form.error = true;
            } else {
                let coach = form.coach_name.text().trim();
                let create = Effect::Create {
                    name,
                    rater: form.rater,
                    coach: (form.rater == Rater::Coach && !coach.is_empty())
                        .then(|| coach.to_string()),
                };
                return (vec![create], Exit::Stay);
            }
        }
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}
