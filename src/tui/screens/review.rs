//! Review / overview: every item and its answer, unanswered ones marked;
//! jump anywhere from here.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::grid::{Grid, GridCell, GridRow};
use crate::tui::session::{Session, go_to, prepare_results, refresh_ranking};
use crate::tui::widgets;
use bilan_core::{Answer, Library};
use bilan_report::l10n::{answers, plural, strings};

/// The level all answers share, when there are enough to say so ("not
/// applicable" answers, which have no level, are left aside).
pub fn uniform_level(session: &Session) -> Option<u8> {
    let mut levels = session.assessment.scores.values().filter_map(|a| a.level());
    let first = levels.next()?;
    let mut count = 1;
    for level in levels {
        if level != first {
            return None;
        }
        count += 1;
    }
    (count >= 5).then_some(first)
}

/// The lines above the table: progress, and the warning (wrapped) when every
/// answer is the same; a blank line when there is no warning.
fn top_lines(ctx: Ctx, session: &Session, width: u16) -> Vec<Line<'static>> {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let catalogue = &ctx.library.catalogue;
    let (answered, total) = session.assessment.progress(catalogue);
    let mut first = vec![
        Span::raw(format!("{} {answered}/{total}", s.answered_word)),
        Span::styled(
            format!(" · {} {}", total - answered, s.unanswered_word),
            if answered < total {
                theme.warn()
            } else {
                theme.dim()
            },
        ),
    ];
    // Answered, but not scored: said once here.
    let na = session.assessment.not_applicable(catalogue);
    if na > 0 {
        let a = answers(ctx.lang);
        first.push(Span::styled(
            format!(
                " · {na} {} ({})",
                plural(ctx.lang, na, a.not_applicable_count),
                a.not_applicable_short
            ),
            theme.dim(),
        ));
    }
    let mut lines = vec![Line::from(first)];
    match uniform_level(session) {
        Some(level) => {
            let hint = match session.assessment.rater {
                bilan_core::Rater::SelfRated => s.all_same_hint,
                bilan_core::Rater::Coach => s.all_same_hint_coach,
            };
            let warning = format!("⚠ {} ({level}). {hint}", s.all_same_warning);
            for part in widgets::wrap(&warning, width) {
                lines.push(Line::styled(part, theme.warn()));
            }
        }
        None => lines.push(Line::raw("")),
    }
    lines
}

fn areas(ctx: Ctx, session: &Session, area: Rect) -> [Rect; 2] {
    let top = top_lines(ctx, session, area.width).len() as u16;
    Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area)
}

pub fn hit(session: &Session, ctx: Ctx, area: Rect, row: u16) -> Option<usize> {
    let [_, table] = areas(ctx, session, area);
    // Border and header come before the first row.
    let first = usize::from(row.checked_sub(table.y + 2)?);
    let visible = usize::from(table.height.saturating_sub(3));
    if first >= visible {
        return None;
    }
    Some(Grid::offset(session.review_row, visible) + first)
}

pub fn render(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let catalogue = &ctx.library.catalogue;
    let [top, table_area] = areas(ctx, session, area);
    frame.render_widget(Paragraph::new(top_lines(ctx, session, area.width)), top);
    // A coach sees the candidate's self-rating in a column of its own.
    let self_rated = super::walk::self_rating(session);
    let mut widths = vec![
        Constraint::Length(14),
        Constraint::Length(21),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(1),
    ];
    if self_rated.is_some() {
        widths.insert(4, Constraint::Length(5));
    }

    let na = answers(ctx.lang).not_applicable_short;
    let mut last_section = "";
    let rows: Vec<GridRow> = catalogue
        .items()
        .iter()
        .map(|item| {
            let section = if item.section_id() != last_section {
                last_section = item.section_id();
                catalogue
                    .section(last_section)
                    .map_or("", |sec| sec.title.get(ctx.lang))
            } else {
                ""
            };
            let (score, style) = match session.assessment.answer(&item.id) {
                Some(Answer::Level(level)) => (LEVELS[usize::from(level.min(5))], Style::new()),
                Some(Answer::NotApplicable) => (na, theme.dim()),
                None => ("? —", theme.warn()),
            };
            let note = if session.assessment.note(&item.id).is_some() {
                "✎"
            } else {
                ""
            };
            let mut cells = vec![
                GridCell::styled(section, theme.dim()),
                GridCell::from(item.id.as_str()),
                GridCell::from(item.title.get(ctx.lang)),
                GridCell::from(score),
                GridCell::from(note),
            ];
            if let Some(other) = self_rated {
                // Blind rating: not before the coach has rated it.
                let theirs = if crate::tui::session::hidden_by_blind(session, &item.id) {
                    None
                } else {
                    other.answer(&item.id)
                };
                let mine = session.assessment.answer(&item.id);
                // Flag a disagreement like the comparison does; a level
                // against "not applicable" is no gap of so many levels.
                let text = match (theirs, mine) {
                    (Some(Answer::Level(l)), Some(Answer::Level(m))) if l.abs_diff(m) >= 2 => {
                        format!("◆{l} !!")
                    }
                    (Some(Answer::Level(l)), Some(Answer::Level(m))) if l != m => {
                        format!("◆{l} !")
                    }
                    (Some(Answer::Level(l)), Some(Answer::NotApplicable)) => format!("◆{l} ?"),
                    (Some(Answer::Level(l)), _) => format!("◆{l}"),
                    (Some(Answer::NotApplicable), _) => format!("◆{na}"),
                    (None, _) => "◆—".to_string(),
                };
                cells.insert(4, GridCell::styled(text, theme.target()));
            }
            GridRow::new(cells).style(style)
        })
        .collect();
    let block = Block::bordered().border_style(theme.dim());
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    frame.render_widget(
        Grid::new(
            &widths,
            if self_rated.is_some() {
                vec![
                    s.col_section,
                    s.col_item,
                    s.col_title,
                    s.col_level,
                    bilan_report::l10n::coaching(ctx.lang).col_self,
                    "",
                ]
            } else {
                vec![s.col_section, s.col_item, s.col_title, s.col_level, ""]
            },
            rows,
        )
        .header_style(theme.dim())
        .selected(session.review_row, theme.selected()),
        inner,
    );
}

const LEVELS: [&str; 6] = ["0", "1", "2", "3", "4", "5"];

// ---------------------------------------------------------------------------
// Update

use crate::tui::list::ListCursor;

/// Where a key on the review leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// Back to the walk (on the item chosen, if any: already moved there).
    Walk,
    Results,
    /// Compare with the other rater's rating.
    Compare,
}

pub fn update(session: &mut Session, library: &Library, action: Action) -> (Vec<Effect>, Exit) {
    let len = library.catalogue.len();
    if let Some(row) = ListCursor::new(len).step(session.review_row, action) {
        session.review_row = row;
        return (Vec::new(), Exit::Stay);
    }
    match action {
        Action::NextSection | Action::PrevSection => {
            let starts = library.catalogue.section_starts();
            let row = session.review_row;
            let current = starts.iter().rposition(|(s, _)| *s <= row).unwrap_or(0);
            let target = if action == Action::NextSection {
                (current + 1).min(starts.len().saturating_sub(1))
            } else {
                current.saturating_sub(1)
            };
            if let Some((start, _)) = starts.get(target) {
                session.review_row = *start;
            }
        }
        Action::Rate(_) | Action::NotApplicable => {
            let Some(item) = library.catalogue.items().get(session.review_row) else {
                return (Vec::new(), Exit::Stay);
            };
            let answer = match action {
                Action::Rate(level) => Answer::Level(level),
                _ => Answer::NotApplicable,
            };
            session
                .assessment
                .set_answer(&item.id.clone(), Some(answer));
            refresh_ranking(session, library);
            session.review_row = ListCursor::new(len)
                .step(session.review_row, Action::Down)
                .unwrap_or(session.review_row);
            return (vec![Effect::Save], Exit::Stay);
        }
        Action::Pick(row) if row < len => {
            session.review_row = row;
            return (go_to(session, library, row), Exit::Walk);
        }
        Action::Confirm | Action::Right => {
            let row = session.review_row;
            return (go_to(session, library, row), Exit::Walk);
        }
        Action::Results => {
            prepare_results(session, library);
            return (Vec::new(), Exit::Results);
        }
        Action::Compare => return (Vec::new(), Exit::Compare),
        Action::Progress => return (vec![Effect::LoadEarlierRound], Exit::Stay),
        Action::Back | Action::Overview | Action::Left => return (Vec::new(), Exit::Walk),
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}
