//! Browse the role profiles as job sheets.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::app::App;
use super::widgets;
use bilan_core::profile::Mark;
use bilan_report::sheet::{self, LineKind};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [tabs, body] = areas(area);
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
    let scroll = app.browse.scroll.min(max_scroll(app, area));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(Block::bordered().border_style(app.theme.dim())),
        body,
    );
}

/// The largest useful scroll offset for the sheet drawn in `area`.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let [_, body] = areas(area);
    let visible = body.height.saturating_sub(2);
    (sheet_lines(app, body.width.saturating_sub(2)).len() as u16).saturating_sub(visible)
}

fn areas(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area)
}

/// The selected profile's job sheet, styled and wrapped to `cols`.
fn sheet_lines(app: &App, cols: u16) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    let Some(profile) = app.library.profiles.get(app.browse.profile) else {
        return lines;
    };
    for l in sheet::job_sheet(&app.library.catalogue, profile, app.lang) {
        let style = match l.kind {
            LineKind::Title => app.theme.title(),
            LineKind::Heading => app.theme.warn(),
            LineKind::Subheading => app.theme.key(),
            LineKind::Duty(Mark::T) => app.theme.chosen(),
            LineKind::Requirement(bilan_core::Importance::Core) => app.theme.chosen(),
            _ => Style::new(),
        };
        // Duties and requirements are indented, and so are their wrapped
        // lines (past the `[T] ` mark), so each reads as one block.
        let (first, rest) = match l.kind {
            LineKind::Duty(_) => ("  ", "      "),
            LineKind::Requirement(_) => ("  ", "    "),
            _ => ("", ""),
        };
        let parts = widgets::wrap(&l.text, cols.saturating_sub(rest.len() as u16).max(1));
        if parts.is_empty() {
            lines.push(Line::raw(""));
        }
        for (i, part) in parts.into_iter().enumerate() {
            let indent = if i == 0 { first } else { rest };
            lines.push(Line::styled(format!("{indent}{part}"), style));
        }
    }
    lines
}
