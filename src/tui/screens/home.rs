//! Start screen: new assessment, resume, browse profiles, analyse a group,
//! quit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::state::{
    Action, App, Effect, FormState, HOME_ENTRIES, HomeEntry, Screen, open_cohort,
};
use crate::tui::widgets;
use bilan_report::l10n::strings;

const MENU_WIDTH: u16 = 56;

/// The menu's rows (one per entry), for drawing and for mouse clicks.
pub fn menu_rows(area: Rect) -> (Rect, Vec<Rect>) {
    let [intro, _, menu] = Layout::vertical([
        Constraint::Length(6),
        Constraint::Length(1),
        Constraint::Length(HOME_ENTRIES as u16 + 2),
    ])
    .areas(widgets::centered(
        area,
        MENU_WIDTH.max(area.width.min(72)),
        HOME_ENTRIES as u16 + 9,
    ));
    let inner = Block::bordered().inner(menu);
    let rows = Layout::vertical(vec![Constraint::Length(1); HOME_ENTRIES]).split(inner);
    (intro, rows.to_vec())
}

pub fn hit(area: Rect, column: u16, row: u16) -> Option<usize> {
    let (_, rows) = menu_rows(area);
    rows.iter()
        .position(|r| r.contains(ratatui::layout::Position::new(column, row)))
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let (intro, rows) = menu_rows(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(s.app_tagline, app.theme.title()),
            Line::raw(""),
            Line::raw(s.app_intro),
        ])
        .wrap(Wrap { trim: true }),
        intro,
    );
    let menu_area = Rect {
        x: rows[0].x - 1,
        y: rows[0].y - 1,
        width: rows[0].width + 2,
        height: HOME_ENTRIES as u16 + 2,
    };
    frame.render_widget(Block::bordered().border_style(app.theme.dim()), menu_area);
    let saved = match app.home.saved {
        Some(count) => format!(
            "{} ({count} {})",
            s.menu_resume,
            bilan_report::l10n::plural(app.lang, count, s.saved_word)
        ),
        None => s.menu_resume.to_string(),
    };
    let labels = [
        s.menu_new,
        saved.as_str(),
        s.menu_profiles,
        bilan_report::l10n::coaching(app.lang).menu_cohort,
        s.menu_quit,
    ];
    for (i, (label, row)) in labels.iter().zip(rows.iter()).enumerate() {
        let selected = i == app.home.selected;
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected {
            app.theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::raw(marker), Span::raw(*label)])).style(style),
            *row,
        );
    }
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::list::ListCursor;

pub fn update_home(app: &mut App, action: Action) -> Vec<Effect> {
    let list = ListCursor::new(HOME_ENTRIES);
    if let Some(row) = list.step(app.home.selected, action) {
        app.home.selected = row;
        return Vec::new();
    }
    let row = match action {
        Action::Pick(row) if list.pick(row).is_some() => {
            app.home.selected = row;
            row
        }
        Action::Confirm | Action::Right => app.home.selected,
        Action::Back => return app.quit(),
        _ => return Vec::new(),
    };
    match HomeEntry::ALL.get(row) {
        Some(HomeEntry::New) => {
            app.form = FormState::default();
            app.place.go(Screen::NewForm);
            Vec::new()
        }
        Some(HomeEntry::Resume) => {
            app.place.go(Screen::ResumeList);
            app.resume.summaries = None;
            vec![Effect::LoadSummaries]
        }
        Some(HomeEntry::Profiles) => {
            app.place.go(Screen::Profiles);
            Vec::new()
        }
        Some(HomeEntry::Cohort) => open_cohort(app, Vec::new()),
        Some(HomeEntry::Quit) | None => app.quit(),
    }
}
