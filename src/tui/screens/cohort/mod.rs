//! The group against one target profile: requirements ranked by training
//! priority, people by fit with their largest gaps, a heatmap of people ×
//! requirements (the shortfall as a digit and a colour), and the files left
//! out with why. Its state and update are in `state.rs` beside this file.

mod state;

pub use state::{CohortState, CohortTab, Exit, open, rows, show, show_progress, update};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::context::Ctx;
use crate::tui::grid::{Grid, GridCell, GridRow, Plain, list_hit};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use bilan_core::cohort::Cohort;
use bilan_core::{Lang, Rater};
use bilan_report::l10n::{Coaching, answers, coaching, plural, strings};
use bilan_report::l10n::{number, percent};
use bilan_report::sheet::level_range;

/// Width of a person's name in the heatmap.
const NAME_COLS: u16 = 14;
/// A heatmap cell: `·` when met, else the shortfall in levels (as
/// `report::coaching::gap_symbol` writes it in the text and HTML reports);
/// `/` when answered "not applicable".
const GAP_SYMBOLS: [&str; 10] = ["·", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const NOT_APPLICABLE_SYMBOL: &str = "/";

/// Width of a heatmap cell (one more for the gap between cells).
const CELL_COLS: u16 = 2;

fn areas(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area)
}

/// Lines kept under the table (of `height` rows in all): the heatmap's
/// legend; the selected file's whole message, wrapped, on up to half the
/// rows (an error names the place and the fix at its end: never cut it to
/// three lines).
fn below_table(tab: CohortTab, height: u16) -> u16 {
    match tab {
        CohortTab::Heatmap => 1,
        CohortTab::Files => (height / 2).max(3),
        _ => 0,
    }
}

/// The table inside the content block.
fn table_area(state: &CohortState, content: Rect) -> Rect {
    Rect {
        height: content
            .height
            .saturating_sub(below_table(state.tab, content.height)),
        ..content
    }
}

pub fn hit(state: &CohortState, area: Rect, row: u16) -> Option<usize> {
    let [_, _, content] = areas(area);
    list_hit(table_area(state, content), state.row, row)
}

/// The rows a table of `area` shows with `selected` kept in view: the first
/// one and how many. Only those are built, since a group can be thousands of
/// people; the selection is then relative to the first.
fn window(selected: usize, area: Rect) -> (usize, usize) {
    let visible = usize::from(area.height.saturating_sub(1));
    (Grid::offset(selected, visible), visible)
}

fn tab_name(tab: CohortTab, c: &Coaching) -> &'static str {
    match tab {
        CohortTab::Priorities => c.tab_priorities,
        CohortTab::People => c.tab_people,
        CohortTab::Heatmap => c.tab_heatmap,
        CohortTab::Files => c.tab_files,
    }
}

/// `7/12`, or `1/1 (+1 n/a)` out of those who gave a level when some
/// answered "not applicable" (as the documents write it).
fn below_text(r: &bilan_core::cohort::RequirementGaps, total: usize, lang: Lang) -> String {
    if r.not_applicable == 0 {
        return format!("{}/{total}", r.below);
    }
    format!(
        "{}/{} (+{} {})",
        r.below,
        total.saturating_sub(r.not_applicable),
        r.not_applicable,
        answers(lang).not_applicable_short
    )
}

fn gap_style(gap: u8, theme: Theme) -> Style {
    match gap {
        0 => theme.good(),
        1 => theme.warn(),
        _ => theme.bad(),
    }
}

fn summary_lines(state: &CohortState, ctx: Ctx, cohort: Option<&Cohort>) -> Vec<Line<'static>> {
    let c = coaching(ctx.lang);
    let lang = ctx.lang;
    let theme = ctx.theme;
    let colon = widgets::colon(lang);
    let target = match ctx.library.profiles.get(state.profile) {
        Some(p) => format!(
            "{}{colon}{} {}",
            c.target,
            p.id.to_uppercase(),
            p.name.get(lang)
        ),
        None => c.target.to_string(),
    };
    let mut spans = Vec::new();
    if let Some(cohort) = cohort {
        let people = cohort.people.len();
        spans.push(Span::raw(format!(
            "{people} {} ({}) · {} {}",
            plural(lang, people, c.people),
            bilan_report::l10n::matching::counted_in_means(cohort.counted, lang),
            c.mean_fit,
            if cohort.counted == 0 {
                "—".to_string()
            } else {
                percent(cohort.mean_fit, lang)
            }
        )));
        let left_out = cohort.invalid.len() + cohort.duplicates.len();
        if left_out > 0 {
            spans.push(Span::styled(
                format!(" · {left_out} {}", plural(lang, left_out, c.files_left_out)),
                theme.warn(),
            ));
        }
    }
    vec![Line::styled(target, theme.title()), Line::from(spans)]
}

fn tabs_line(state: &CohortState, ctx: Ctx) -> Line<'static> {
    let c = coaching(ctx.lang);
    let mut spans = Vec::new();
    for tab in CohortTab::ALL {
        let style = if tab == state.tab {
            ctx.theme.selected()
        } else {
            ctx.theme.dim()
        };
        spans.push(Span::styled(format!(" {} ", tab_name(tab, c)), style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

pub fn render(state: &CohortState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let c = coaching(ctx.lang);
    let [summary, tabs, content] = areas(area);
    frame.render_widget(
        Plain::new(summary_lines(state, ctx, state.cohort.as_ref())),
        summary,
    );
    frame.render_widget(Plain::new(vec![tabs_line(state, ctx)]), tabs);
    let mut block = Block::bordered().border_style(ctx.theme.dim());
    if state.tab == CohortTab::Heatmap {
        let any_na = state
            .cohort
            .as_ref()
            .is_some_and(|c| c.requirements.iter().any(|r| r.not_applicable > 0));
        let legend = if any_na {
            format!(
                "{}  {NOT_APPLICABLE_SYMBOL} = {} ",
                c.heatmap_legend,
                answers(ctx.lang).not_applicable_short
            )
        } else {
            c.heatmap_legend.to_string()
        };
        block = block.title_bottom(Line::styled(legend, ctx.theme.dim()));
    }
    let inner = block.inner(content);
    frame.render_widget(block, content);
    let Some(cohort) = &state.cohort else {
        let (done, total) = state.read;
        let mut lines = vec![Line::raw(c.analysing)];
        if total > 0 {
            // "312 / 10,000 files": the worker's count, polled by the loop.
            let files = plural(ctx.lang, total, strings(ctx.lang).files);
            lines.push(Line::raw(format!(
                "{} / {} {files}",
                widgets::count(done, ctx.lang),
                widgets::count(total, ctx.lang),
            )));
        }
        frame.render_widget(Plain::new(lines), inner);
        return;
    };
    let empty = match state.tab {
        CohortTab::Files => cohort.invalid.is_empty() && cohort.duplicates.is_empty(),
        _ => cohort.people.is_empty(),
    };
    if empty {
        let text = if state.tab == CohortTab::Files {
            "—"
        } else {
            c.nothing_to_analyse
        };
        let lines = widgets::wrap(text, inner.width)
            .into_iter()
            .map(Line::from)
            .collect();
        frame.render_widget(Plain::new(lines), inner);
        return;
    }
    match state.tab {
        CohortTab::Priorities => priorities(state, ctx, cohort, frame, inner),
        CohortTab::People => people(state, ctx, cohort, frame, inner),
        CohortTab::Heatmap => heatmap(state, ctx, cohort, frame, inner),
        CohortTab::Files => files(state, ctx, cohort, frame, inner),
    }
}

/// Below this width the priorities leave out the item id and the spread
/// (the heatmap shows both), so the title keeps room.
const NARROW_PRIORITIES: u16 = 76;

fn priorities(state: &CohortState, ctx: Ctx, cohort: &Cohort, frame: &mut Frame, area: Rect) {
    let c = coaching(ctx.lang);
    let s = strings(ctx.lang);
    let lang = ctx.lang;
    let total = cohort.counted;
    let wide = area.width >= NARROW_PRIORITIES;
    // "3/10 (+2 n/a)" where some answered "not applicable".
    let any_na = cohort.requirements.iter().any(|r| r.not_applicable > 0);
    let below_cols = if any_na { 14 } else { 10 };
    // (header, width, shown when narrow)
    let columns = [
        ("#", Constraint::Length(2), true),
        (s.col_item, Constraint::Length(10), false),
        (s.col_title, Constraint::Fill(1), true),
        (s.level_short, Constraint::Length(6), true),
        (c.col_below, Constraint::Length(below_cols), true),
        (c.col_mean_gap, Constraint::Length(10), true),
        (c.col_spread, Constraint::Length(9), false),
        (c.col_priority, Constraint::Length(8), true),
    ];
    let keep: Vec<bool> = columns
        .iter()
        .map(|(_, _, narrow)| wide || *narrow)
        .collect();
    let widths: Vec<Constraint> = columns
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|((_, w, _), _)| *w)
        .collect();
    let header: Vec<&str> = columns
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|((h, _, _), _)| *h)
        .collect();
    let rows = cohort
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let style = if r.below == 0 {
                ctx.theme.dim()
            } else {
                Style::new()
            };
            let cells = [
                GridCell::from((i + 1).to_string()),
                GridCell::from(bilan_report::l10n::sources::item_code(
                    r.item.as_str(),
                    lang,
                )),
                GridCell::from(r.title.get(lang)),
                GridCell::from(level_range(r.required, r.required_max)),
                GridCell::styled(
                    below_text(r, total, lang),
                    below_style(r.below, total, ctx.theme),
                ),
                GridCell::from(number(r.mean_gap, lang)),
                GridCell::styled(spread(&r.distribution, total), ctx.theme.target()),
                GridCell::from(number(r.priority, lang)),
            ];
            let cells = cells
                .into_iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(cell, _)| cell)
                .collect();
            GridRow::new(cells).style(style)
        })
        .collect();
    frame.render_widget(
        Grid::new(&widths, header, rows)
            .header_style(ctx.theme.dim())
            .selected(state.row, ctx.theme.selected()),
        area,
    );
}

/// Green when nobody is below target, yellow for less than half the group,
/// red for half or more.
fn below_style(below: usize, total: usize, theme: Theme) -> Style {
    match below {
        0 => theme.good(),
        b if b * 2 < total => theme.warn(),
        _ => theme.bad(),
    }
}

/// How many people fall short by 0…5 levels, as six bars of eighths (`·`
/// for nobody), so where the group stands reads at a glance.
fn spread(distribution: &[usize; 6], total: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    distribution
        .iter()
        .map(|&n| match n {
            0 => '·',
            n => BARS[((n * 8).div_ceil(total.max(1))).clamp(1, 8) - 1],
        })
        .collect()
}

fn rater_word(rater: Rater, lang: Lang) -> &'static str {
    let s = strings(lang);
    match rater {
        Rater::SelfRated => s.rater_self,
        Rater::Coach => s.rater_coach,
    }
}

fn people(state: &CohortState, ctx: Ctx, cohort: &Cohort, frame: &mut Frame, area: Rect) {
    let c = coaching(ctx.lang);
    let lang = ctx.lang;
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(10),
        Constraint::Length(7),
        Constraint::Length(10),
        Constraint::Length(7),
        // `18/46 *`: the mark of a person left out of the means.
        Constraint::Length(7),
        Constraint::Fill(2),
    ];
    let required = cohort.requirements.len();
    let ceiling = bilan_report::l10n::matching::ranking_words(lang).ceiling;
    let (offset, visible) = window(state.row, area);
    let rows = cohort
        .people
        .iter()
        .skip(offset)
        .take(visible)
        .map(|p| {
            let gaps = bilan_report::coaching::largest_gaps(p, cohort, ctx.lang);
            GridRow::new(vec![
                GridCell::from(p.person.as_str()),
                GridCell::styled(rater_word(p.rater, lang), ctx.theme.dim()),
                GridCell::from(percent(p.fit, lang)),
                GridCell::styled(widgets::bar(p.fit, 10), ctx.theme.good()),
                GridCell::styled(percent(p.fit_ceiling, lang), ctx.theme.dim()),
                // `*`: too few answers to count in the means.
                GridCell::styled(
                    format!(
                        "{}/{required}{}",
                        p.answered,
                        if p.counted { "" } else { " *" }
                    ),
                    ctx.theme.dim(),
                ),
                GridCell::from(gaps),
            ])
        })
        .collect();
    frame.render_widget(
        Grid::new(
            &widths,
            vec![
                strings(lang).col_name,
                strings(lang).col_rater,
                c.col_fit,
                "",
                ceiling,
                strings(lang).answered_short,
                c.col_largest_gaps,
            ],
            rows,
        )
        .header_style(ctx.theme.dim())
        .selected(state.row - offset, ctx.theme.selected()),
        area,
    );
}

fn heatmap(state: &CohortState, ctx: Ctx, cohort: &Cohort, frame: &mut Frame, area: Rect) {
    let map = &cohort.heatmap;
    let [grid_area, legend] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    // As many columns as fit, the column cursor kept in view.
    let fit = usize::from(area.width.saturating_sub(NAME_COLS + 1) / (CELL_COLS + 1)).max(1);
    let first = state.column.saturating_sub(fit - 1);
    let shown: Vec<usize> = (first..map.items.len()).take(fit).collect();
    let numbers: Vec<String> = shown.iter().map(|i| (i + 1).to_string()).collect();
    let mut widths = vec![Constraint::Length(NAME_COLS)];
    widths.extend(shown.iter().map(|_| Constraint::Length(CELL_COLS)));
    let mut header = vec![strings(ctx.lang).col_name];
    header.extend(numbers.iter().map(String::as_str));
    let (offset, visible) = window(state.row, grid_area);
    let rows = cohort
        .people
        .iter()
        .zip(&map.rows)
        .skip(offset)
        .take(visible)
        .map(|(person, gaps)| {
            let mut cells = vec![GridCell::from(person.person.as_str())];
            cells.extend(shown.iter().map(|&col| {
                let gap = gaps.get(col).copied().unwrap_or(Some(0));
                let (symbol, style) = match gap {
                    Some(gap) => (
                        GAP_SYMBOLS[usize::from(gap.min(9))],
                        gap_style(gap, ctx.theme),
                    ),
                    None => (NOT_APPLICABLE_SYMBOL, ctx.theme.dim()),
                };
                let style = if col == state.column {
                    style.add_modifier(ratatui::style::Modifier::UNDERLINED)
                } else {
                    style
                };
                GridCell::styled(symbol, style)
            }));
            GridRow::new(cells)
        })
        .collect();
    frame.render_widget(
        Grid::new(&widths, header, rows)
            .header_style(ctx.theme.dim())
            .selected(state.row - offset, ctx.theme.selected()),
        grid_area,
    );
    // Which requirement the column cursor is on, then the legend.
    let column = cohort.requirements.get(state.column).map(|r| {
        format!(
            "{} = {} {} ({} {})",
            state.column + 1,
            bilan_report::l10n::sources::item_code(r.item.as_str(), ctx.lang),
            r.title.get(ctx.lang),
            strings(ctx.lang).level_short,
            level_range(r.required, r.required_max)
        )
    });
    frame.render_widget(
        Plain::new(vec![Line::styled(
            column.unwrap_or_default(),
            ctx.theme.title(),
        )]),
        legend,
    );
}

/// Each file left out, with why, and whether it is an error.
fn left_out(cohort: &Cohort, lang: Lang) -> Vec<(&str, String, bool)> {
    let c = coaching(lang);
    let colon = widgets::colon(lang);
    let invalid = cohort.invalid.iter().map(|f| {
        (
            f.path.as_str(),
            format!(
                "{}{colon}{}",
                c.invalid,
                bilan_report::l10n::notices::invalid_file(f, lang)
            ),
            true,
        )
    });
    let duplicates = cohort.duplicates.iter().map(|d| {
        let why = match d.reason {
            bilan_core::cohort::DuplicateReason::CoachRated => {
                bilan_report::l10n::matching::coach_rating_counts(lang)
            }
            _ => c.duplicate_of,
        };
        (d.path.as_str(), format!("{why} {}", d.kept), false)
    });
    invalid.chain(duplicates).collect()
}

fn files(state: &CohortState, ctx: Ctx, cohort: &Cohort, frame: &mut Frame, area: Rect) {
    let c = coaching(ctx.lang);
    let [table, detail] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(below_table(CohortTab::Files, area.height)),
    ])
    .areas(area);
    let entries = left_out(cohort, ctx.lang);
    let style = |error: bool| {
        if error {
            ctx.theme.bad()
        } else {
            ctx.theme.warn()
        }
    };
    let widths = [Constraint::Fill(2), Constraint::Fill(3)];
    let rows = entries
        .iter()
        .map(|(path, why, error)| {
            GridRow::new(vec![
                GridCell::from(*path),
                GridCell::styled(why.as_str(), style(*error)),
            ])
        })
        .collect();
    frame.render_widget(
        Grid::new(&widths, vec![c.col_file, c.col_problem], rows)
            .header_style(ctx.theme.dim())
            .selected(state.row, ctx.theme.selected()),
        table,
    );
    // The selected entry in full: error messages name the place and the fix.
    if let Some((path, why, error)) = entries.get(state.row) {
        // Errors already name their file; a duplicate's line needs it.
        let text = if why.contains(path) {
            why.clone()
        } else {
            format!("{path} — {why}")
        };
        let lines = widgets::wrap(&text, detail.width)
            .into_iter()
            .take(usize::from(detail.height))
            .map(|line| Line::styled(line, style(*error)))
            .collect();
        frame.render_widget(Plain::new(lines), detail);
    }
}
