//! Browse the role profiles as job sheets.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use ratatui::layout::{Constraint, Layout};

use crate::tui::action::Action;
use crate::tui::context::Ctx;
use crate::tui::list::ListCursor;
use crate::tui::widgets;
use bilan_core::profile::Mark;
use bilan_report::sheet::{self, LineKind};

pub fn render(browse: &BrowseState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let [tabs, body] = sheet_areas(area);
    let mut spans = Vec::new();
    for (i, profile) in ctx.library.profiles.iter().enumerate() {
        let style = if i == browse.profile {
            ctx.theme.selected()
        } else {
            ctx.theme.dim()
        };
        spans.push(Span::styled(
            format!(" {} ", profile.id.to_uppercase()),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let lines = sheet_lines(browse, ctx, body.width.saturating_sub(2));
    let total = lines.len() as u16;
    let visible = body.height.saturating_sub(2);
    let scroll = browse.scroll.min(total.saturating_sub(visible));
    let mut block = Block::bordered().border_style(ctx.theme.dim());
    if total > visible {
        block = block.title_bottom(
            Line::styled(position(scroll, visible, total), ctx.theme.key()).right_aligned(),
        );
    }
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)).block(block), body);
}

/// The selected profile's job sheet, styled and wrapped to `cols`.
fn sheet_lines(browse: &BrowseState, ctx: Ctx, cols: u16) -> Vec<Line<'static>> {
    sheet_rows(browse, ctx, cols)
        .into_iter()
        .map(|row| {
            let style = match row.kind {
                Some(LineKind::Title) => ctx.theme.title(),
                Some(LineKind::Heading) => ctx.theme.warn(),
                Some(LineKind::Subheading) => ctx.theme.key(),
                Some(LineKind::Duty(Mark::T)) => ctx.theme.chosen(),
                Some(LineKind::Requirement(bilan_core::Importance::Core)) => ctx.theme.chosen(),
                _ => Style::new(),
            };
            Line::styled(row.text, style)
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Rows, state and update

/// The profile tabs and the sheet below them.
pub fn sheet_areas(body: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body)
}

/// A row of the selected profile's job sheet, indented and wrapped.
pub struct SheetRow {
    pub kind: Option<LineKind>,
    pub text: String,
}

/// The selected profile's job sheet, wrapped to `cols`.
pub fn sheet_rows(browse: &BrowseState, ctx: Ctx, cols: u16) -> Vec<SheetRow> {
    let mut rows = Vec::new();
    let Some(profile) = ctx.library.profiles.get(browse.profile) else {
        return rows;
    };
    for l in sheet::job_sheet(&ctx.library.catalogue, profile, ctx.lang) {
        // Duties and requirements are indented, and so are their wrapped
        // lines (past the `[T] ` mark), so each reads as one block.
        // A detail line (why a duty's involvement, how a level is set)
        // keeps its indent on its wrapped lines too.
        let text = l.text.trim_start_matches(' ');
        let lead = &l.text[..l.text.len() - text.len()];
        let (first, rest) = match l.kind {
            LineKind::Duty(_) => ("  ", "      "),
            LineKind::Requirement(_) => ("  ", "    "),
            _ => (lead, lead),
        };
        let parts = widgets::wrap(text, cols.saturating_sub(rest.len() as u16).max(1));
        if parts.is_empty() {
            rows.push(SheetRow {
                kind: None,
                text: String::new(),
            });
        }
        for (i, part) in parts.into_iter().enumerate() {
            let indent = if i == 0 { first } else { rest };
            rows.push(SheetRow {
                kind: Some(l.kind),
                text: format!("{indent}{part}"),
            });
        }
    }
    rows
}

/// The largest useful scroll offset for the sheet in `body`.
pub fn max_scroll(browse: &BrowseState, ctx: Ctx, body: Rect) -> u16 {
    let [_, sheet] = sheet_areas(body);
    let visible = sheet.height.saturating_sub(2);
    (sheet_rows(browse, ctx, sheet.width.saturating_sub(2)).len() as u16).saturating_sub(visible)
}

/// Which job sheet, and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct BrowseState {
    pub profile: usize,
    pub scroll: u16,
}

/// Whether the user leaves the job sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    Back,
}

/// Scrolls (up to `max_scroll`, a page being `page` rows, both from the
/// layout at the current size) and turns the sheets.
pub fn update(
    browse: &mut BrowseState,
    ctx: Ctx,
    action: Action,
    max_scroll: u16,
    page: u16,
) -> Exit {
    let count = ctx.library.profiles.len();
    if let Some(scroll) = page_scroll(max_scroll, page, browse.scroll, action) {
        browse.scroll = scroll;
        return Exit::Stay;
    }
    match action {
        Action::NextSection | Action::Right | Action::NextProfile if count > 0 => {
            browse.profile = (browse.profile + 1) % count;
            browse.scroll = 0;
        }
        Action::PrevSection | Action::Left if count > 0 => {
            browse.profile = (browse.profile + count - 1) % count;
            browse.scroll = 0;
        }
        Action::Pick(row) if row < count => {
            browse.profile = row;
            browse.scroll = 0;
        }
        Action::Back => return Exit::Back,
        _ => {}
    }
    Exit::Stay
}

/// Where a scroll offset goes for a scrolling key: a line, a page (the rows
/// in view, less one kept for context), the start or the end.
pub fn page_scroll(max: u16, page: u16, offset: u16, action: Action) -> Option<u16> {
    let page = page.saturating_sub(1).max(1);
    let moved = match action {
        Action::PageUp => offset.saturating_sub(page),
        Action::PageDown => offset.saturating_add(page),
        Action::First => 0,
        Action::Last => max,
        _ => return ListCursor::scroll(max, offset, action),
    };
    Some(moved.min(max))
}

/// ` ↑↓ 21–40/150 `: where the view is in `total` rows, the arrows saying
/// which way there is more (as the help shows it).
pub fn position(offset: u16, visible: u16, total: u16) -> String {
    let max = total.saturating_sub(visible);
    let last = (offset + visible).min(total);
    let up = if offset > 0 { "↑" } else { " " };
    let down = if offset < max { "↓" } else { " " };
    format!(" {up}{down} {}–{last}/{total} ", offset + 1)
}

/// Rows of the sheet in view in `body`.
pub fn page_rows(body: Rect) -> u16 {
    let [_, sheet] = sheet_areas(body);
    sheet.height.saturating_sub(2)
}
