//! Results: the profiles ranked with fit bars, and for the selected one its
//! requirements, gaps with learning goals, strengths, and a radar by area.
//! Changing a level here ("what if") re-ranks at once without saving.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::grid::{Grid, GridCell, GridRow, Plain};
use crate::tui::radar;
use crate::tui::session::{DetailTab, Session, effective_levels, go_to, refresh_ranking};
use crate::tui::widgets;
use bilan_core::Library;
use bilan_core::areas;
use bilan_core::matching::{MatchResult, Ranking};
use bilan_report::l10n::matching::{self as words, ranking_words};
use bilan_report::l10n::{Space, number, percent, strings};
use bilan_report::sheet::importance_label;

struct Areas {
    summary: Rect,
    ranking: Rect,
    tabs: Rect,
    detail: Rect,
}

/// Below this height the rule sentence is left to the help (`?`), so that
/// the detail panel keeps room for its rows.
const RULE_MIN_HEIGHT: u16 = 30;

/// The sentences above the ranking: whether its first place is decided,
/// then the rule when the screen is tall enough.
fn summary_lines(ctx: Ctx, ranking: &Ranking, area: Rect) -> (Vec<String>, Vec<String>) {
    let verdict = widgets::wrap(
        &words::verdict(ranking, &ctx.library.catalogue, ctx.lang),
        area.width,
    );
    let rule = if area.height >= RULE_MIN_HEIGHT {
        widgets::wrap(words::rule_sentence(ctx.lang), area.width)
    } else {
        Vec::new()
    };
    (verdict, rule)
}

fn areas(ctx: Ctx, session: &Session, area: Rect) -> Areas {
    let ranking_rows = session.ranking.matches.len() as u16 + session.ranking.ties.len() as u16;
    let (verdict, rule) = summary_lines(ctx, &session.ranking, area);
    let [summary, ranking, tabs, detail] = Layout::vertical([
        Constraint::Length(1 + verdict.len() as u16 + rule.len() as u16),
        Constraint::Length(ranking_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Areas {
        summary,
        ranking,
        tabs,
        detail,
    }
}

/// The ranking row under a click, if any.
pub fn hit(session: &Session, ctx: Ctx, area: Rect, column: u16, row: u16) -> Option<usize> {
    let a = areas(ctx, session, area);
    if !a.ranking.contains(Position::new(column, row)) {
        return None;
    }
    let index = usize::from(row - a.ranking.y);
    (index < session.ranking.matches.len()).then_some(index)
}

/// Symbol for a requirement's state, so it reads without colour too.
pub fn state_symbol(actual: Option<u8>, required: u8) -> &'static str {
    match actual {
        None => "?",
        Some(level) if level < required => "✗",
        Some(level) if level > required => "✓+",
        Some(_) => "✓",
    }
}

pub fn render(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let a = areas(ctx, session, area);
    let ranking = &session.ranking;
    let c = ranking.completeness;

    let mut head = vec![Span::styled(
        format!(
            "{}{}{}/{} ({})",
            s.completeness,
            widgets::colon(ctx.lang),
            c.answered,
            c.total,
            percent(c.percent, ctx.lang)
        ),
        if c.answered < c.total {
            theme.warn()
        } else {
            theme.good()
        },
    )];
    if !session.results.what_if.is_empty() {
        head.push(Span::styled(
            format!(
                "  · {} {} ({})",
                s.what_if_active,
                session.results.what_if.len(),
                s.what_if_reset
            ),
            theme.key(),
        ));
    }
    let (verdict, rule) = summary_lines(ctx, ranking, area);
    let verdict_style = if ranking.decided {
        theme.good()
    } else {
        theme.warn()
    };
    let mut summary = vec![Line::from(head)];
    summary.extend(verdict.into_iter().map(|l| Line::styled(l, verdict_style)));
    summary.extend(rule.into_iter().map(|l| Line::styled(l, theme.dim())));
    frame.render_widget(Plain::new(summary), a.summary);

    let w = ranking_words(ctx.lang);
    let bar_cols = usize::from(a.ranking.width.saturating_sub(72)).clamp(8, 40);
    let name_cols = usize::from(a.ranking.width).saturating_sub(bar_cols + 42);
    let mut lines: Vec<Line> = ranking
        .matches
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let selected = i == session.results.selected;
            let style = if selected {
                theme.selected()
            } else {
                Style::new()
            };
            // No ranking when nothing is reached: no place numbers.
            let place = if ranking.nothing_reached {
                "–".to_string()
            } else {
                (i + 1).to_string()
            };
            let estimate = if m.is_complete() {
                String::new()
            } else {
                format!("{} {}", w.estimate_short, percent(m.fit_estimate, ctx.lang))
            };
            Line::from(vec![
                Span::styled(
                    format!(
                        "{}{place}. {:<4} {:>7} ",
                        if selected { "▶" } else { " " },
                        m.profile.to_uppercase(),
                        percent(m.fit, ctx.lang)
                    ),
                    style,
                ),
                Span::styled(widgets::bar(m.fit, bar_cols), theme.good()),
                Span::styled(format!(" {estimate:<13}"), theme.warn()),
                Span::styled(
                    format!(" {:>2}/{:<2} {} ", m.answered, m.required, s.answered_short),
                    theme.dim(),
                ),
                Span::raw(widgets::truncate(m.name.get(ctx.lang), name_cols)),
            ])
        })
        .collect();
    for tie in &ranking.ties {
        lines.push(Line::styled(
            format!("  {}", words::tie_sentence(tie, ctx.lang)),
            theme.dim(),
        ));
    }
    frame.render_widget(Plain::new(lines), a.ranking);

    let mut tabs = Vec::new();
    for tab in DetailTab::ALL {
        let label = match tab {
            DetailTab::Requirements => s.tab_requirements,
            DetailTab::Gaps => s.tab_gaps,
            DetailTab::Strengths => s.tab_strengths,
            DetailTab::Radar => s.tab_radar,
        };
        let style = if tab == session.results.tab {
            theme.selected()
        } else {
            theme.dim()
        };
        tabs.push(Span::styled(format!(" {label} "), style));
        tabs.push(Span::raw(" "));
    }
    frame.render_widget(Plain::new(vec![Line::from(tabs)]), a.tabs);

    let Some(result) = ranking.matches.get(session.results.selected) else {
        return;
    };
    let title = match words::bounds(result, ctx.lang, Space::NoBreak) {
        Some(bounds) => format!(
            " {} — {} ({bounds}) ",
            result.name.get(ctx.lang),
            percent(result.fit, ctx.lang)
        ),
        None => format!(
            " {} — {} ",
            result.name.get(ctx.lang),
            percent(result.fit, ctx.lang)
        ),
    };
    let block = Block::bordered()
        .title(Line::styled(title, theme.title()))
        .border_style(theme.dim());
    // The fit's parts, and any core requirement at 0, above every tab.
    let inner = block.inner(a.detail);
    frame.render_widget(block, a.detail);
    let mut parts = vec![Line::styled(words::blocks(result, ctx.lang), theme.dim())];
    if let Some(flag) = words::core_not_started(result, None, ctx.lang, Space::Plain) {
        parts.push(Line::styled(
            widgets::truncate(&flag, usize::from(inner.width)),
            theme.bad(),
        ));
    }
    let [parts_area, tab_area] =
        Layout::vertical([Constraint::Length(parts.len() as u16), Constraint::Fill(1)])
            .areas(inner);
    frame.render_widget(Plain::new(parts), parts_area);
    let block = Block::new();
    match session.results.tab {
        DetailTab::Requirements => requirements(ctx, session, result, block, frame, tab_area),
        DetailTab::Gaps => gaps(ctx, session, result, block, frame, tab_area),
        DetailTab::Strengths => strengths(ctx, session, result, block, frame, tab_area),
        DetailTab::Radar => {
            let levels = effective_levels(session, ctx.library);
            let profile = ctx.library.profiles.iter().find(|p| p.id == result.profile);
            if let Some(profile) = profile {
                let points = areas::by_area(profile, &ctx.library.catalogue, &levels);
                radar::radar(ctx, &points, block, frame, tab_area);
            }
        }
    }
}

fn requirements(
    ctx: Ctx,
    session: &Session,
    result: &MatchResult,
    block: Block,
    frame: &mut Frame,
    area: Rect,
) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let [table_area, source] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(block.inner(area));
    frame.render_widget(block, area);
    let widths = [
        Constraint::Length(2),
        Constraint::Length(18),
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(4),
        Constraint::Length(10),
        Constraint::Length(6),
    ];
    let rows = result.requirements.iter().map(|r| {
        let symbol = state_symbol(r.actual, r.required);
        let style = if r.is_gap() {
            theme.bad()
        } else {
            Style::new()
        };
        let what_if = ctx
            .library
            .catalogue
            .index_of(&r.item)
            .is_some_and(|i| session.results.what_if.contains_key(&i));
        let actual = match r.actual {
            Some(level) => format!("{level}{}", if what_if { "*" } else { "" }),
            None => "—".to_string(),
        };
        GridRow::new(vec![
            GridCell::from(symbol),
            GridCell::from(r.item.as_str()),
            GridCell::from(r.title.get(ctx.lang)),
            GridCell::from(bilan_report::sheet::level_range(r.required, r.required_max)),
            GridCell::from(actual),
            GridCell::from(importance_label(r.importance, ctx.lang)),
            GridCell::from(if r.points_lost > 0.0 {
                format!("-{}", number(r.points_lost, ctx.lang))
            } else {
                String::new()
            }),
        ])
        .style(style)
    });
    let header = vec![
        "",
        s.col_item,
        s.col_title,
        s.col_required,
        s.col_actual,
        "",
        s.col_points,
    ];
    render_table(ctx, session, frame, table_area, rows, &widths, header);
    if let Some(r) = result.requirements.get(session.results.row) {
        frame.render_widget(
            Paragraph::new(widgets::truncate(
                &format!("{}{}{}", s.source_word, widgets::colon(ctx.lang), r.source),
                usize::from(source.width),
            ))
            .style(theme.dim()),
            source,
        );
    }
}

fn gaps(
    ctx: Ctx,
    session: &Session,
    result: &MatchResult,
    block: Block,
    frame: &mut Frame,
    area: Rect,
) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if result.gaps.is_empty() {
        frame.render_widget(Paragraph::new(s.no_gaps).style(theme.good()), inner);
        return;
    }
    let [table_area, goal_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(4)]).areas(inner);
    let widths = [
        Constraint::Length(3),
        Constraint::Length(18),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(10),
        Constraint::Length(6),
    ];
    let rows = result.gaps.iter().enumerate().map(|(i, g)| {
        GridRow::new(vec![
            GridCell::from(format!("{}.", i + 1)),
            GridCell::from(g.item.as_str()),
            GridCell::from(g.title.get(ctx.lang)),
            GridCell::from(if g.answered {
                format!("{} → {}", g.actual, g.required)
            } else {
                format!("— → {}", g.required)
            }),
            GridCell::from(importance_label(g.importance, ctx.lang)),
            GridCell::from(format!("-{}", number(g.points_lost, ctx.lang))),
        ])
    });
    let header = vec!["", s.col_item, s.col_title, s.col_level, "", s.col_points];
    render_table(ctx, session, frame, table_area, rows, &widths, header);
    if let Some(gap) = result.gaps.get(session.results.row) {
        let goal = gap.goal.as_ref().map(|g| g.get(ctx.lang)).unwrap_or("");
        let mut text = format!(
            "{}{}{goal}",
            words::next_step_label(gap.next_level, gap.required, ctx.lang),
            widgets::colon(ctx.lang)
        );
        if !gap.codes.is_empty() {
            text.push_str(&format!(" [{}]", gap.codes.join(", ")));
        }
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .style(theme.key()),
            goal_area,
        );
    }
}

fn strengths(
    ctx: Ctx,
    session: &Session,
    result: &MatchResult,
    block: Block,
    frame: &mut Frame,
    area: Rect,
) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if result.strengths.is_empty() {
        frame.render_widget(Paragraph::new(s.no_strengths).style(theme.dim()), inner);
        return;
    }
    let widths = [
        Constraint::Length(2),
        Constraint::Length(18),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(3),
    ];
    let rows = result.strengths.iter().filter_map(|id| {
        let r = result.requirements.iter().find(|r| &r.item == id)?;
        let margin = r.level() as i16 - r.required as i16;
        Some(GridRow::new(vec![
            GridCell::from(state_symbol(r.actual, r.required)),
            GridCell::from(r.item.as_str()),
            GridCell::from(r.title.get(ctx.lang)),
            GridCell::from(format!("{} / {}", r.level(), r.required)),
            GridCell::from(if margin > 0 {
                format!("+{margin}")
            } else {
                String::new()
            }),
        ]))
    });
    let header = vec!["", s.col_item, s.col_title, s.col_level, ""];
    render_table(ctx, session, frame, inner, rows, &widths, header);
}

/// A detail table with its header, the selected row highlighted.
fn render_table<'a>(
    ctx: Ctx,
    session: &Session,
    frame: &mut Frame,
    area: Rect,
    rows: impl IntoIterator<Item = GridRow<'a>>,
    widths: &'a [Constraint],
    header: Vec<&'a str>,
) {
    let grid = Grid::new(widths, header, rows.into_iter().collect())
        .header_style(ctx.theme.dim())
        .selected(session.results.row, ctx.theme.selected());
    frame.render_widget(grid, area);
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::list::ListCursor;

/// Rows of the selected detail tab, for cursor bounds.
fn detail_rows(session: &Session) -> usize {
    let Some(result) = session.ranking.matches.get(session.results.selected) else {
        return 0;
    };
    match session.results.tab {
        DetailTab::Requirements => result.requirements.len(),
        DetailTab::Gaps => result.gaps.len(),
        DetailTab::Strengths => result.strengths.len(),
        DetailTab::Radar => 0,
    }
}

/// The item behind the selected row of the detail panel.
pub fn selected_detail_item(session: &Session) -> Option<&str> {
    let result = session.ranking.matches.get(session.results.selected)?;
    let row = session.results.row;
    match session.results.tab {
        DetailTab::Requirements => result.requirements.get(row).map(|r| r.item.as_str()),
        DetailTab::Gaps => result.gaps.get(row).map(|g| g.item.as_str()),
        DetailTab::Strengths => result.strengths.get(row).map(|id| id.as_str()),
        DetailTab::Radar => None,
    }
}

/// Where a key on the results leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// Back to the walk (on the item chosen, if any: already moved there).
    Walk,
    Review,
    /// The job sheet of this profile (none ranked: the first sheet).
    JobSheet(Option<String>),
    /// Compare with the other rater's rating.
    Compare,
}

pub fn update(session: &mut Session, library: &Library, action: Action) -> (Vec<Effect>, Exit) {
    let rows = detail_rows(session);
    if let Some(row) = ListCursor::new(rows).step(session.results.row, action) {
        session.results.row = row;
        return (Vec::new(), Exit::Stay);
    }
    match action {
        Action::NextProfile | Action::NextSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + 1) % count;
            session.results.row = 0;
        }
        Action::PrevSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + count - 1) % count;
            session.results.row = 0;
        }
        Action::Pick(row) if row < session.ranking.matches.len() => {
            session.results.selected = row;
            session.results.row = 0;
        }
        Action::NextTab => {
            session.results.tab = session.results.tab.next();
            session.results.row = 0;
        }
        Action::Left | Action::Right | Action::Rate(_) => {
            // What if: try another level for the selected requirement.
            let Some(item) = selected_detail_item(session).map(str::to_string) else {
                return (Vec::new(), Exit::Stay);
            };
            let Some(index) = library.catalogue.index_of(&item) else {
                return (Vec::new(), Exit::Stay);
            };
            let real = session.assessment.score(&item).unwrap_or(0);
            let current = session.results.what_if.get(&index).copied().unwrap_or(real);
            let wanted = match action {
                Action::Left => current.saturating_sub(1),
                Action::Right => (current + 1).min(5),
                Action::Rate(level) => level,
                _ => current,
            };
            // Keep the selected profile in view while the ranking reorders.
            let profile = session
                .ranking
                .matches
                .get(session.results.selected)
                .map(|m| m.profile.clone());
            if wanted == real && session.assessment.score(&item).is_some() {
                session.results.what_if.remove(&index);
            } else {
                session.results.what_if.insert(index, wanted);
            }
            refresh_ranking(session, library);
            if let Some(profile) = profile {
                if let Some(i) = session
                    .ranking
                    .matches
                    .iter()
                    .position(|m| m.profile == profile)
                {
                    session.results.selected = i;
                }
            }
            if session.results.tab != DetailTab::Requirements {
                session.results.row = session
                    .results
                    .row
                    .min(detail_rows(session).saturating_sub(1));
            }
        }
        Action::ResetWhatIf => {
            session.results.what_if.clear();
            refresh_ranking(session, library);
        }
        Action::Confirm => {
            if let Some(index) =
                selected_detail_item(session).and_then(|item| library.catalogue.index_of(item))
            {
                return (go_to(session, library, index), Exit::Walk);
            }
        }
        Action::Overview => return (Vec::new(), Exit::Review),
        Action::Export => return (vec![Effect::Export], Exit::Stay),
        Action::Compare => return (Vec::new(), Exit::Compare),
        Action::Progress => return (vec![Effect::LoadEarlierRound], Exit::Stay),
        Action::KeepRound => return (vec![Effect::KeepRound], Exit::Stay),
        Action::JobSheet => {
            let shown = session.ranking.matches.get(session.results.selected);
            return (
                Vec::new(),
                Exit::JobSheet(shown.map(|m| m.profile.to_string())),
            );
        }
        Action::Back | Action::Results => return (Vec::new(), Exit::Walk),
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}
