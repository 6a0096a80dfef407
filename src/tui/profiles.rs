//! Browse the role profiles as job sheets.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::app::App;
use crate::model::profile::Mark;
use crate::model::sheet::{self, LineKind};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [tabs, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let mut spans = Vec::new();
    for (i, profile) in app.library.profiles.iter().enumerate() {
        let style = if i == app.browse.profile {
            app.theme.selected()
        } else {
            app.theme.dim()
        };
        spans.push(Span::styled(
            format!(" {} ", profile.id.to_uppercase()),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let Some(profile) = app.library.profiles.get(app.browse.profile) else {
        return;
    };
    let lines: Vec<Line> = sheet::job_sheet(&app.library.catalogue, profile, app.lang)
        .into_iter()
        .map(|l| {
            let style = match l.kind {
                LineKind::Title => app.theme.title(),
                LineKind::Heading => app.theme.warn(),
                LineKind::Subheading => app.theme.key(),
                LineKind::Duty(Mark::T) => app.theme.chosen(),
                LineKind::Requirement(crate::model::Importance::Core) => app.theme.chosen(),
                _ => Style::new(),
            };
            let indent = match l.kind {
                LineKind::Duty(_) | LineKind::Requirement(_) => "  ",
                _ => "",
            };
            Line::styled(format!("{indent}{}", l.text), style)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.browse.scroll, 0))
            .block(Block::bordered().border_style(app.theme.dim())),
        body,
    );
}
