//! New assessment: the person's name, and who rates (self or coach).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::state::{Action, App, Effect, Screen};
use crate::tui::widgets;
use bilan_core::Rater;
use bilan_report::l10n::strings;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let panel = widgets::centered(area, 64, 12);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", s.new_title),
        app.theme.title(),
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
    let text = app.form.name.text();
    frame.render_widget(
        Paragraph::new(format!("> {text}")).style(app.theme.chosen()),
        field,
    );
    let prefix: String = text.chars().take(app.form.name.cursor()).collect();
    let x = field.x + 2 + widgets::width(&prefix) as u16;
    frame.set_cursor_position(Position::new(
        x.min(field.right().saturating_sub(1)),
        field.y,
    ));
    let choice = |value: Rater, label: &str| {
        let on = app.form.rater == value;
        Span::styled(
            format!("{} {label}  ", if on { "(•)" } else { "( )" }),
            if on {
                app.theme.chosen()
            } else {
                app.theme.dim()
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
    let (hint_text, style) = if app.form.error {
        (s.name_required, app.theme.bad())
    } else {
        (s.new_hint, app.theme.dim())
    };
    frame.render_widget(
        Paragraph::new(hint_text)
            .style(style)
            .wrap(Wrap { trim: true }),
        hint,
    );
}

// ---------------------------------------------------------------------------
// Update

pub fn update_form(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Edit(edit) => {
            app.form.name.apply(edit);
            app.form.error = false;
        }
        Action::ToggleRater => {
            app.form.rater = match app.form.rater {
                Rater::SelfRated => Rater::Coach,
                Rater::Coach => Rater::SelfRated,
            }
        }
        Action::Back => app.place.go(Screen::Home),
        Action::Confirm => {
            let name = app.form.name.text().trim().to_string();
            if name.is_empty() {
                app.form.error = true;
            } else {
                return vec![Effect::Create {
                    name,
                    rater: app.form.rater,
                }];
            }
        }
        _ => {}
    }
    Vec::new()
}
