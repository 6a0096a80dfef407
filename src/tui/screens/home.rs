//! Start screen: new assessment, resume, browse profiles, analyse a group,
//! quit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::action::Action;
use crate::tui::context::Ctx;
use crate::tui::list::ListCursor;
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

pub fn render(home: &HomeState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let (intro, rows) = menu_rows(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(s.app_tagline, ctx.theme.title()),
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
    frame.render_widget(Block::bordered().border_style(ctx.theme.dim()), menu_area);
    let saved = match home.saved {
        Some(count) => format!(
            "{} ({count} {})",
            s.menu_resume,
            bilan_report::l10n::plural(ctx.lang, count, s.saved_word)
        ),
        None => s.menu_resume.to_string(),
    };
    let labels = [
        s.menu_new,
        bilan_report::l10n::quick::quick(ctx.lang).menu,
        saved.as_str(),
        s.menu_profiles,
        bilan_report::l10n::coaching(ctx.lang).menu_cohort,
        s.menu_quit,
    ];
    for (i, (label, row)) in labels.iter().zip(rows.iter()).enumerate() {
        let selected = i == home.selected;
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected {
            ctx.theme.selected()
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
// State and update

#[derive(Debug, Clone, Default)]
pub struct HomeState {
    pub selected: usize,
    /// How many assessments are saved; counted just after the first frame so
    /// start-up does not wait for the folder.
    pub saved: Option<usize>,
}

/// The start screen's menu, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeEntry {
    New,
    Quick,
    Resume,
    Profiles,
    Cohort,
    Quit,
}

impl HomeEntry {
    pub const ALL: [HomeEntry; 6] = [
        HomeEntry::New,
        HomeEntry::Quick,
        HomeEntry::Resume,
        HomeEntry::Profiles,
        HomeEntry::Cohort,
        HomeEntry::Quit,
    ];
}

pub const HOME_ENTRIES: usize = HomeEntry::ALL.len();

/// Moves through the menu; the entry chosen, if any (Esc chooses to quit).
pub fn update(home: &mut HomeState, action: Action) -> Option<HomeEntry> {
    let list = ListCursor::new(HOME_ENTRIES);
    if let Some(row) = list.step(home.selected, action) {
        home.selected = row;
        return None;
    }
    let row = match action {
        Action::Pick(row) if list.pick(row).is_some() => {
            home.selected = row;
            row
        }
        Action::Confirm | Action::Right => home.selected,
        Action::Back => return Some(HomeEntry::Quit),
        _ => return None,
    };
    Some(HomeEntry::ALL.get(row).copied().unwrap_or(HomeEntry::Quit))
}
