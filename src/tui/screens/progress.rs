//! Progress between two rounds of one person: fit per profile then and now,
//! and every item that rose, fell, appeared or went, largest moves first.
//! Arrows and signs carry the meaning as well as the colours.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::compare::{Exit, ItemList};
use super::compare::{day, items_table};
use crate::tui::action::Action;
use crate::tui::context::Ctx;
use crate::tui::grid::list_hit;
use crate::tui::grid::{Grid, GridCell, GridRow, Plain};
use crate::tui::place::Screen;
use crate::tui::theme::Theme;
use bilan_core::Lang;
use bilan_core::compare::{Movement, Progress};
use bilan_report::coaching::score;
use bilan_report::l10n::{Coaching, answers, coaching, plural};
use bilan_report::l10n::{percent, signed, signed_levels};

fn areas(progress: &Progress, area: Rect) -> [Rect; 3] {
    let fits = progress.profiles.len() as u16 + 1;
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(fits),
        Constraint::Fill(1),
    ])
    .areas(area)
}

pub fn hit(progress: &Option<ProgressState>, area: Rect, row: u16) -> Option<usize> {
    let state = progress.as_ref()?;
    let [_, _, items] = areas(&state.progress, area);
    list_hit(items, state.row, row)
}

/// The symbol, word and style of a movement.
fn movement(
    m: Movement,
    c: &Coaching,
    theme: Theme,
    lang: Lang,
) -> (&'static str, &'static str, Style) {
    match m {
        Movement::Rose => ("↑", c.rose, theme.good()),
        Movement::Fell => ("↓", c.fell, theme.bad()),
        Movement::New => ("+", c.new, Style::new()),
        Movement::Removed => ("−", c.removed, theme.warn()),
        Movement::NotComparable => ("?", answers(lang).not_comparable[0], theme.dim()),
        Movement::Unchanged => ("=", c.unchanged, theme.dim()),
    }
}

fn info_lines(progress: &Progress, ctx: Ctx) -> Vec<Line<'static>> {
    let c = coaching(ctx.lang);
    let theme = ctx.theme;
    let mut first = vec![
        Span::styled(progress.person.clone(), theme.chosen()),
        Span::styled(
            format!(
                " · {} → {}",
                day(progress.old_updated.as_deref()),
                day(progress.new_updated.as_deref())
            ),
            theme.dim(),
        ),
    ];
    if progress.swapped {
        first.push(Span::styled(format!(" ({})", c.swapped), theme.dim()));
    }
    let counts = &progress.counts;
    let mut second = Vec::new();
    for (m, n) in [
        (Movement::Rose, counts.rose),
        (Movement::Fell, counts.fell),
        (Movement::New, counts.new),
        (Movement::Removed, counts.removed),
        (Movement::NotComparable, counts.not_comparable),
        (Movement::Unchanged, counts.unchanged),
    ] {
        if m == Movement::NotComparable && n == 0 {
            continue;
        }
        let (symbol, mut word, style) = movement(m, c, theme, ctx.lang);
        if m == Movement::NotComparable {
            word = plural(ctx.lang, n, answers(ctx.lang).not_comparable);
        }
        if !second.is_empty() {
            second.push(Span::raw(" · "));
        }
        second.push(Span::styled(format!("{symbol} {n} {word}"), style));
    }
    vec![Line::from(first), Line::from(second)]
}

pub fn render(progress: &Option<ProgressState>, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let Some(state) = &progress else {
        return;
    };
    let progress = &state.progress;
    let lang = ctx.lang;
    let c = coaching(lang);
    let theme = ctx.theme;
    let [info, fits, items] = areas(progress, area);
    frame.render_widget(Plain::new(info_lines(progress, ctx)), info);

    let fit_widths = [
        Constraint::Fill(1),
        Constraint::Length(8),
        Constraint::Length(8),
        Constraint::Length(7),
    ];
    let fit_rows = progress
        .profiles
        .iter()
        .map(|p| {
            let style = match p.change {
                x if x > 0.0 => theme.good(),
                x if x < 0.0 => theme.bad(),
                _ => theme.dim(),
            };
            GridRow::new(vec![
                GridCell::from(format!("{} {}", p.profile.to_uppercase(), p.name.get(lang))),
                GridCell::from(percent(p.old_fit, lang)),
                GridCell::from(percent(p.new_fit, lang)),
                GridCell::styled(signed(p.change, lang), style),
            ])
        })
        .collect();
    frame.render_widget(
        Grid::new(
            &fit_widths,
            vec![c.col_profile, c.col_before, c.col_after, c.col_change],
            fit_rows,
        )
        .header_style(theme.dim()),
        fits,
    );

    let widths = [
        Constraint::Length(1),
        Constraint::Length(14),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(6),
        Constraint::Length(3),
    ];
    let rows = progress
        .rows
        .iter()
        .map(|row| {
            let (symbol, _, style) = movement(row.movement, c, theme, lang);
            GridRow::new(vec![
                GridCell::styled(symbol, style),
                GridCell::from(row.item.as_str()),
                GridCell::from(row.title.get(lang)),
                GridCell::from(score(row.old, lang, true)),
                GridCell::from(score(row.new, lang, true)),
                GridCell::styled(row.change.map(signed_levels).unwrap_or_default(), style),
            ])
        })
        .collect();
    items_table(
        ctx,
        frame,
        items,
        &widths,
        [c.col_before, c.col_after, c.col_change],
        rows,
        state.row,
    );
}

// ---------------------------------------------------------------------------
// State and update

/// A progress view on screen, and where to go back to.
#[derive(Debug, Clone)]
pub struct ProgressState {
    pub progress: Progress,
    pub row: usize,
    pub back: Screen,
    pub from_session: bool,
}

pub fn update(progress: &mut Option<ProgressState>, action: Action) -> Exit {
    let Some(state) = progress.as_mut() else {
        return Exit::Back(Screen::Home);
    };
    let items: Vec<&str> = state
        .progress
        .rows
        .iter()
        .map(|r| r.item.as_str())
        .collect();
    let list = ItemList {
        items: &items,
        from_session: state.from_session,
        back: state.back,
        close: Action::Progress,
    };
    list.update(&mut state.row, action)
}
