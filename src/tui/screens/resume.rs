//! Saved assessments: name, rater, date, progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::tui::state::{Action, App, Effect, PairKind, Screen, fail, tell};
use bilan_core::Rater;
use bilan_report::l10n::strings;

pub fn hit(app: &App, area: Rect, row: u16) -> Option<usize> {
    // Row 0 is the border, row 1 the header; the table scrolls to the selection.
    let first = usize::from(row.checked_sub(area.y + 2)?);
    let visible = usize::from(area.height.saturating_sub(3));
    let offset = app
        .resume
        .selected
        .saturating_sub(visible.saturating_sub(1));
    Some(offset + first)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let Some(list) = &app.resume.summaries else {
        frame.render_widget(Paragraph::new(s.loading), area);
        return;
    };
    let mut title = format!(" {} ({}) ", s.resume_title, list.len());
    if app.resume.unreadable > 0 {
        title.push_str(&format!(
            "· {} {} ",
            app.resume.unreadable,
            bilan_report::l10n::plural(app.lang, app.resume.unreadable, s.unreadable_files)
        ));
    }
    let block = Block::bordered().title(Line::styled(title, app.theme.title()));
    if list.is_empty() {
        frame.render_widget(Paragraph::new(s.nothing_saved).block(block), area);
        return;
    }
    let rows = list.iter().map(|summary| {
        let rater = match summary.rater {
            Rater::SelfRated => s.rater_self,
            Rater::Coach => s.rater_coach,
        };
        let date = summary.updated.replace('T', " ");
        // The file marked for a comparison carries a diamond.
        let name = if app.resume.marked.as_ref() == Some(&summary.path) {
            format!("◆ {}", summary.person)
        } else {
            summary.person.clone()
        };
        Row::new(vec![
            Cell::from(name),
            Cell::from(rater),
            Cell::from(date.chars().take(16).collect::<String>()),
            Cell::from(format!("{:>3} %", summary.percent())),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(12),
            Constraint::Length(16),
            Constraint::Length(6),
        ],
    )
    .header(
        Row::new(vec![s.col_name, s.col_rater, s.col_date, s.col_progress]).style(app.theme.dim()),
    )
    .row_highlight_style(app.theme.selected())
    .highlight_symbol("▶ ")
    .block(block);
    let mut state = TableState::default().with_selected(Some(app.resume.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::list::ListCursor;
use bilan_report::l10n::coaching;

pub fn update_resume(app: &mut App, action: Action) -> Vec<Effect> {
    let len = app.resume.summaries.as_ref().map_or(0, Vec::len);
    if let Some(row) = ListCursor::new(len).step(app.resume.selected, action) {
        app.resume.selected = row;
        return Vec::new();
    }
    match action {
        Action::Back | Action::Left => app.place.go(Screen::Home),
        // A click selects (so a second file can be picked to compare);
        // a click on the selected row opens it.
        Action::Pick(row) if row < len && row != app.resume.selected => {
            app.resume.selected = row;
        }
        Action::Pick(row) if row < len => return update_resume(app, Action::Confirm),
        Action::Mark | Action::Compare | Action::Progress => {
            return resume_pair(app, action);
        }
        Action::Confirm | Action::Right => {
            if let Some(summary) = app
                .resume
                .summaries
                .as_ref()
                .and_then(|list| list.get(app.resume.selected))
            {
                return vec![Effect::Open(summary.path.clone())];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Space, `c` and `d` on the resume list: mark one file, then compare it
/// with the selected one.
pub fn resume_pair(app: &mut App, action: Action) -> Vec<Effect> {
    let c = coaching(app.lang);
    let Some(selected) = app
        .resume
        .summaries
        .as_ref()
        .and_then(|list| list.get(app.resume.selected))
        .cloned()
    else {
        return Vec::new();
    };
    if action == Action::Mark {
        if app.resume.marked.as_ref() == Some(&selected.path) {
            app.resume.marked = None;
        } else {
            app.resume.marked = Some(selected.path.clone());
            tell(
                app,
                format!("{} {}. {}", c.marked, selected.person, c.mark_hint),
            );
        }
        return Vec::new();
    }
    let Some(marked) = app.resume.marked.clone() else {
        fail(app, c.mark_first.to_string());
        return Vec::new();
    };
    if marked == selected.path {
        fail(app, c.pick_two_files.to_string());
        return Vec::new();
    }
    let kind = if action == Action::Compare {
        PairKind::Compare
    } else {
        PairKind::Progress
    };
    // Progress is between two rounds by one rater; self against coach is `c`.
    let marked_rater = app
        .resume
        .summaries
        .as_ref()
        .and_then(|list| list.iter().find(|s| s.path == marked))
        .map(|s| s.rater);
    if kind == PairKind::Progress && marked_rater.is_some_and(|r| r != selected.rater) {
        fail(app, c.progress_same_rater.to_string());
        return Vec::new();
    }
    vec![Effect::OpenPair {
        first: marked,
        second: selected.path,
        kind,
    }]
}
