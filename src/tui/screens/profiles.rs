//! Browse the role profiles as job sheets.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tui::layout;
use crate::tui::state::{Action, App, Effect, Screen};
use bilan_core::profile::Mark;
use bilan_report::sheet::LineKind;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [tabs, body] = layout::sheet_areas(area);
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
    let lines = sheet_lines(app, body.width.saturating_sub(2));
    let scroll = app.browse.scroll.min(layout::sheet_max_scroll(app, area));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(Block::bordered().border_style(app.theme.dim())),
        body,
    );
}

/// The selected profile's job sheet, styled and wrapped to `cols`.
fn sheet_lines(app: &App, cols: u16) -> Vec<Line<'static>> {
    layout::sheet_rows(app, cols)
        .into_iter()
        .map(|row| {
            let style = match row.kind {
                Some(LineKind::Title) => app.theme.title(),
                Some(LineKind::Heading) => app.theme.warn(),
                Some(LineKind::Subheading) => app.theme.key(),
                Some(LineKind::Duty(Mark::T)) => app.theme.chosen(),
                Some(LineKind::Requirement(bilan_core::Importance::Core)) => app.theme.chosen(),
                _ => Style::new(),
            };
            Line::styled(row.text, style)
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::layout::profile_max_scroll;
use crate::tui::list::ListCursor;

pub fn update_browse(app: &mut App, action: Action) -> Vec<Effect> {
    let count = app.library.profiles.len();
    if let Some(scroll) = ListCursor::scroll(profile_max_scroll(app), app.browse.scroll, action) {
        app.browse.scroll = scroll;
        return Vec::new();
    }
    match action {
        Action::NextSection | Action::Right | Action::NextProfile if count > 0 => {
            app.browse.profile = (app.browse.profile + 1) % count;
            app.browse.scroll = 0;
        }
        Action::PrevSection | Action::Left if count > 0 => {
            app.browse.profile = (app.browse.profile + count - 1) % count;
            app.browse.scroll = 0;
        }
        Action::Pick(row) if row < count => {
            app.browse.profile = row;
            app.browse.scroll = 0;
        }
        Action::Back => {
            let back = if app.place.session().is_some() {
                Screen::Results
            } else {
                Screen::Home
            };
            app.place.go(back);
        }
        _ => {}
    }
    Vec::new()
}
