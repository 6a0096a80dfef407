//! Results: how complete the assessment is, whether the ranking's first
//! place is decided (and which items would decide it), the profiles ranked
//! with fit bars and estimates (none when no profile is reached), and for
//! the selected one its e-CF and traits parts, its core requirements at 0,
//! its requirements, gaps with next steps, strengths, and a radar by area.
//! Changing a level here ("what if") re-ranks at once without saving.

mod update;

pub use update::{Exit, selected_detail_item, update};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::context::Ctx;
use crate::tui::grid::{Grid, GridCell, GridRow, Plain};
use crate::tui::radar;
use crate::tui::session::{DetailTab, Session, effective_levels};
use crate::tui::widgets;
use bilan_core::areas;
use bilan_core::matching::{MatchResult, Ranking};
use bilan_report::Fit;
use bilan_report::l10n::matching::{self as words, ranking_words};
use bilan_report::l10n::{Space, answers, number, percent, strings, width};
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

/// The detail panel's least height: its borders, the table's header and
/// three rows. The sentences above the ranking give way first, so that the
/// smallest size the TUI takes (60×16) still shows three requirements.
const MIN_DETAIL_ROWS: u16 = 6;

/// The sentences above the ranking: whether its first place is decided,
/// then the rule when the screen is tall enough; cut (`…`) to the rows the
/// detail panel leaves.
fn summary_lines(ctx: Ctx, ranking: &Ranking, area: Rect) -> (Vec<String>, Vec<String>) {
    let ranking_rows = ranking.matches.len() as u16 + ranking.ties.len() as u16;
    // The completeness line, the ranking and the tabs always show.
    let room = usize::from(
        area.height
            .saturating_sub(1 + ranking_rows + 1 + MIN_DETAIL_ROWS),
    );
    let mut verdict = widgets::wrap(
        &words::verdict(ranking, &ctx.library.catalogue, ctx.lang),
        area.width,
    );
    if verdict.len() > room {
        verdict.truncate(room);
        if let Some(last) = verdict.last_mut() {
            let cols = usize::from(area.width).saturating_sub(1);
            *last = format!("{}…", widgets::truncate(last, cols).trim_end_matches('…'));
        }
    }
    let rule = if area.height >= RULE_MIN_HEIGHT && room >= verdict.len() {
        let rule = widgets::wrap(words::rule_sentence(ctx.lang), area.width);
        if rule.len() <= room - verdict.len() {
            rule
        } else {
            Vec::new()
        }
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

/// The state symbol of a requirement answered "not applicable" (as in the
/// group heatmap): neither met nor unanswered.
const NOT_APPLICABLE_SYMBOL: &str = "/";

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
    // Answered as everywhere else: "not applicable" is an answer, said apart
    // because it is not scored (the ranking counts it as unanswered).
    let c = bilan_report::report::completeness(&session.assessment, &ctx.library.catalogue);
    let na = if c.not_applicable > 0 {
        format!(
            ", {} {}",
            c.not_applicable,
            bilan_report::l10n::answers(ctx.lang).not_applicable_short
        )
    } else {
        String::new()
    };

    let mut head = vec![Span::styled(
        format!(
            "{}{}{}/{} ({}{na})",
            s.completeness,
            widgets::colon(ctx.lang),
            c.answered,
            c.total,
            percent(c.percent, ctx.lang)
        ),
        if c.answered < c.total || c.not_applicable > 0 {
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
    // A narrow lead is decided, but calls for care: not in the good colour.
    let verdict_style = if ranking.decided && !ranking.narrow_lead {
        theme.good()
    } else {
        theme.warn()
    };
    let mut summary = vec![Line::from(head)];
    summary.extend(verdict.into_iter().map(|l| Line::styled(l, verdict_style)));
    summary.extend(rule.into_iter().map(|l| Line::styled(l, theme.dim())));
    frame.render_widget(Plain::new(summary), a.summary);

    let w = ranking_words(ctx.lang);
    // The estimate column only while some profile has unanswered items.
    let estimates = ranking.matches.iter().any(|m| !m.is_complete());
    let estimate_cols = if estimates { 14 } else { 0 };
    let bar_cols =
        usize::from(a.ranking.width.saturating_sub(58 + estimate_cols as u16)).clamp(8, 40);
    let name_cols = usize::from(a.ranking.width).saturating_sub(bar_cols + 28 + estimate_cols);
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
            // No ranking when nothing is reached: no places.
            let place = if ranking.nothing_reached {
                "  ".to_string()
            } else {
                format!("{}.", i + 1)
            };
            let mut spans = vec![
                Span::styled(
                    format!(
                        "{}{place} {:<4} {:>7} ",
                        if selected { "▶" } else { " " },
                        m.profile.to_uppercase(),
                        percent(m.fit, ctx.lang)
                    ),
                    style,
                ),
                Span::styled(widgets::bar(m.fit, bar_cols), theme.good()),
            ];
            if estimates {
                let estimate = if m.is_complete() {
                    String::new()
                } else {
                    format!("{} {}", w.estimate_short, percent(m.fit_estimate, ctx.lang))
                };
                spans.push(Span::styled(format!(" {estimate:<13}"), theme.warn()));
            }
            spans.push(Span::styled(
                format!(" {:>2}/{:<2} {} ", m.answered, m.required, s.answered_short),
                theme.dim(),
            ));
            spans.push(Span::raw(widgets::truncate(
                m.name.get(ctx.lang),
                name_cols,
            )));
            Line::from(spans)
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
    let fit = Fit::from(result);
    let title = match words::bounds(&fit, ctx.lang, Space::Narrow) {
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
    let mut parts = vec![Line::styled(words::blocks(&fit, ctx.lang), theme.dim())];
    if let Some(flag) = words::core_not_started(&fit, |_| None, ctx.lang, Space::Plain) {
        // At most two lines; the requirements tab lists them all.
        let mut flag_lines = widgets::wrap(&flag, inner.width);
        if flag_lines.len() > 2 {
            flag_lines.truncate(2);
            flag_lines[1] =
                widgets::truncate(&format!("{}  ", flag_lines[1]), usize::from(inner.width));
            if !flag_lines[1].ends_with('…') {
                flag_lines[1] = format!("{}…", flag_lines[1].trim_end());
            }
        }
        parts.extend(flag_lines.into_iter().map(|l| Line::styled(l, theme.bad())));
    }
    // They give way before the table's third row does (header and three
    // rows: four).
    parts.truncate(usize::from(inner.height.saturating_sub(4)));
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
    // The source line gives way before the table's third row does.
    let inner = block.inner(area);
    let source_rows = u16::from(inner.height > 4);
    let [table_area, source] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(source_rows)]).areas(inner);
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
    let na = answers(ctx.lang).not_applicable_short;
    let rows = result.requirements.iter().map(|r| {
        // "Not applicable" counts as unanswered in the fit, but is said as
        // such (unless a what-if level is being tried on it).
        let not_applicable = r.actual.is_none() && session.assessment.is_not_applicable(&r.item);
        let symbol = if not_applicable {
            NOT_APPLICABLE_SYMBOL
        } else {
            state_symbol(r.actual, r.required)
        };
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
            None if not_applicable => na.to_string(),
            None => "—".to_string(),
        };
        GridRow::new(vec![
            GridCell::from(symbol),
            GridCell::from(bilan_report::l10n::sources::item_code(&r.item, ctx.lang)),
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
                &format!(
                    "{}{}{}",
                    s.source_word,
                    widgets::colon(ctx.lang),
                    bilan_report::l10n::sources::source_short_text(&r.source, &r.item, ctx.lang)
                ),
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
    // The goal below the table takes the rows its text needs, at most four.
    let goal_rows = result
        .gaps
        .get(session.results.row)
        .map(|gap| {
            let text = format!(
                "{}{}{}",
                words::next_step_label(gap.next_level, gap.required, ctx.lang),
                widgets::colon(ctx.lang),
                gap.goal.as_ref().map(|g| g.get(ctx.lang)).unwrap_or("")
            );
            widgets::wrap(&text, inner.width).len() as u16 + u16::from(!gap.codes.is_empty())
        })
        .unwrap_or(0)
        .clamp(1, 4)
        // It leaves room for the table's header and one row at least.
        .min(inner.height.saturating_sub(2));
    let [table_area, goal_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(goal_rows)]).areas(inner);
    // `2 → 4`, `— → 4` when unanswered, `n/a → 4` when not applicable
    // (the column widens for it).
    let na = answers(ctx.lang).not_applicable_short;
    let levels: Vec<String> = result
        .gaps
        .iter()
        .map(|g| {
            let current = if g.answered {
                g.actual.to_string()
            } else if session.assessment.is_not_applicable(&g.item) {
                na.to_string()
            } else {
                "—".to_string()
            };
            format!("{current} → {}", g.required)
        })
        .collect();
    let level_cols = levels.iter().map(|l| width(l)).max().unwrap_or(0).max(6) as u16;
    let widths = [
        Constraint::Length(3),
        Constraint::Length(18),
        Constraint::Fill(1),
        Constraint::Length(level_cols),
        Constraint::Length(10),
        Constraint::Length(6),
    ];
    let rows = result
        .gaps
        .iter()
        .zip(levels)
        .enumerate()
        .map(|(i, (g, level))| {
            GridRow::new(vec![
                GridCell::from(format!("{}.", i + 1)),
                GridCell::from(bilan_report::l10n::sources::item_code(&g.item, ctx.lang)),
                GridCell::from(g.title.get(ctx.lang)),
                GridCell::from(level),
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
            text.push_str(&format!(
                " [{}{}{}]",
                bilan_report::l10n::ecf::codes_short(ctx.lang),
                widgets::colon(ctx.lang),
                gap.codes.join(", ")
            ));
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
            GridCell::from(bilan_report::l10n::sources::item_code(&r.item, ctx.lang)),
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
