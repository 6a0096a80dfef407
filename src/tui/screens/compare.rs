//! Self-rating beside the coach's: fit per profile for each rating and the
//! agreed one, then every item, widest disagreement first. A difference of
//! 1 is flagged `!`, of 2 or more highlighted `!!`, so it reads without
//! colour too.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::grid::{self, Grid, GridCell, GridRow, Plain};
use crate::tui::state::{Action, App, CompareState, Comparing, Effect, Screen, fail, walk_to};
use crate::tui::theme::Theme;
use bilan_core::Lang;
use bilan_core::compare::{Comparison, ProfileFits, Severity};
use bilan_report::coaching::{score, severity_mark, signed_levels};
use bilan_report::l10n::{coaching, plural, strings};
use bilan_report::markdown::percent;

/// Header lines, the fit table and the item table.
fn areas(comparison: &Comparison, area: Rect) -> [Rect; 3] {
    // Header row plus one per profile.
    let fits = comparison.profiles.len() as u16 + 1;
    let [info, fits, items] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(fits),
        Constraint::Fill(1),
    ])
    .areas(area);
    [info, fits, items]
}

pub fn hit(app: &App, area: Rect, row: u16) -> Option<usize> {
    let state = app.compare.shown()?;
    let [_, _, items] = areas(&state.comparison, area);
    grid::list_hit(items, state.row, row)
}

/// `72 % (1)`: a fit and its rank.
fn fit_and_rank(fit: f64, rank: usize, lang: Lang) -> String {
    format!("{} ({rank})", percent(fit, lang))
}

fn fit_rows(profiles: &[ProfileFits], lang: Lang) -> Vec<GridRow<'_>> {
    profiles
        .iter()
        .map(|p| {
            GridRow::new(vec![
                GridCell::from(format!("{} {}", p.profile.to_uppercase(), p.name.get(lang))),
                GridCell::from(fit_and_rank(p.self_fit, p.self_rank, lang)),
                GridCell::from(fit_and_rank(p.coach_fit, p.coach_rank, lang)),
                GridCell::from(fit_and_rank(p.agreed_fit, p.agreed_rank, lang)),
            ])
        })
        .collect()
}

fn severity_style(severity: Severity, theme: Theme) -> Style {
    match severity {
        Severity::Major => theme.bad(),
        Severity::Minor => theme.warn(),
        Severity::Agree => Style::new(),
        Severity::OneSided => theme.dim(),
    }
}

/// Who rated, when, and how many items agree or differ.
fn info_lines(comparison: &Comparison, app: &App) -> Vec<Line<'static>> {
    let c = coaching(app.lang);
    let theme = app.theme;
    // The coach's name when the file gives one.
    let coach = comparison
        .coach
        .as_deref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let counts = &comparison.counts;
    let lang = app.lang;
    vec![
        Line::from(vec![
            Span::styled(comparison.person.clone(), theme.chosen()),
            Span::styled(
                format!(
                    " · {} {} · {}{coach} {}",
                    c.col_self,
                    day(comparison.self_updated.as_deref()),
                    c.col_coach,
                    day(comparison.coach_updated.as_deref())
                ),
                theme.dim(),
            ),
        ]),
        Line::from(vec![
            Span::styled(
                format!(
                    "!! {} {}",
                    counts.major,
                    plural(lang, counts.major, c.major)
                ),
                theme.bad(),
            ),
            Span::raw(" · "),
            Span::styled(
                format!("! {} {}", counts.minor, plural(lang, counts.minor, c.minor)),
                theme.warn(),
            ),
            Span::raw(format!(
                " · {} {}",
                counts.agree,
                plural(lang, counts.agree, c.agree)
            )),
            Span::styled(
                format!(
                    " · · {} {}",
                    counts.one_sided,
                    plural(lang, counts.one_sided, c.one_sided)
                ),
                theme.dim(),
            ),
        ]),
    ]
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = app.compare.shown() else {
        return;
    };
    let comparison = &state.comparison;
    let lang = app.lang;
    let c = coaching(lang);
    let theme = app.theme;
    let [info, fits, items] = areas(comparison, area);
    frame.render_widget(Plain::new(info_lines(comparison, app)), info);

    let fit_widths = [
        Constraint::Fill(1),
        Constraint::Length(11),
        Constraint::Length(11),
        Constraint::Length(11),
    ];
    frame.render_widget(
        Grid::new(
            &fit_widths,
            vec![c.col_profile, c.col_self, c.col_coach, c.col_agreed],
            fit_rows(&comparison.profiles, lang),
        )
        .header_style(theme.dim()),
        fits,
    );

    let widths = [
        Constraint::Length(2),
        Constraint::Length(14),
        Constraint::Fill(1),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(5),
    ];
    let rows = comparison
        .rows
        .iter()
        .map(|row| {
            let style = severity_style(row.severity, theme);
            GridRow::new(vec![
                GridCell::styled(severity_mark(row.severity), style),
                GridCell::from(row.item.as_str()),
                GridCell::from(row.title.get(lang)),
                GridCell::from(score(row.self_score)),
                GridCell::from(score(row.coach_score)),
                GridCell::styled(row.difference.map(signed_levels).unwrap_or_default(), style),
            ])
        })
        .collect();
    items_table(
        app,
        frame,
        items,
        &widths,
        [c.col_self, c.col_coach, c.col_difference],
        rows,
        state.row,
    );
}

/// The bordered item list shared with the progress screen: a mark, the
/// item, its title and three figures, or a line saying there is none.
pub fn items_table(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    widths: &[Constraint],
    figures: [&str; 3],
    rows: Vec<GridRow>,
    selected: usize,
) {
    let c = coaching(app.lang);
    let s = strings(app.lang);
    let theme = app.theme;
    let block = Block::bordered()
        .border_style(theme.dim())
        .title(Line::styled(format!(" {} ", c.items_title), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if rows.is_empty() {
        frame.render_widget(Plain::new(vec![Line::raw(c.no_items)]), inner);
        return;
    }
    let [first, second, third] = figures;
    frame.render_widget(
        Grid::new(
            widths,
            vec!["", s.col_item, s.col_title, first, second, third],
            rows,
        )
        .header_style(theme.dim())
        .selected(selected, theme.selected()),
        inner,
    );
}

/// The day of an RFC 3339 stamp, or `—`.
pub fn day(stamp: Option<&str>) -> String {
    stamp.map_or_else(|| "—".to_string(), |s| s.chars().take(10).collect())
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::list::ListCursor;
use bilan_core::compare::compare;
use bilan_core::{Assessment, Rater};

/// Puts two assessments in (self, coach) order, if they are one of each.
pub fn self_and_coach<'a>(
    a: &'a Assessment,
    b: &'a Assessment,
) -> Option<(&'a Assessment, &'a Assessment)> {
    match (a.rater, b.rater) {
        (Rater::SelfRated, Rater::Coach) => Some((a, b)),
        (Rater::Coach, Rater::SelfRated) => Some((b, a)),
        _ => None,
    }
}

pub fn open_comparison(
    app: &mut App,
    self_rated: &Assessment,
    coach: &Assessment,
    from_session: bool,
) {
    match compare(&app.library, self_rated, coach) {
        Ok(comparison) => {
            app.compare = Comparing::Shown(CompareState {
                comparison,
                row: 0,
                back: app.place.screen(),
                from_session,
            });
            app.place.go(Screen::Compare);
        }
        Err(e) => fail(app, e.to_string()),
    }
}

/// The session's rating beside the other rater's, as last read.
pub fn compare_session(app: &mut App) {
    let Some(session) = app.place.session() else {
        return;
    };
    let Some(other) = session.counterpart.as_ref() else {
        let c = coaching(app.lang);
        let missing = match session.assessment.rater {
            Rater::SelfRated => c.no_coach_rating,
            Rater::Coach => c.no_self_rating,
        };
        let text = format!(
            "{missing} {}. {}",
            session.assessment.person, c.no_other_hint
        );
        fail(app, text);
        return;
    };
    let (mine, theirs) = (session.assessment.clone(), other.assessment.clone());
    match self_and_coach(&mine, &theirs) {
        Some((self_rated, coach)) => open_comparison(app, self_rated, coach, true),
        None => fail(app, coaching(app.lang).needs_both_raters.to_string()),
    }
}

pub fn update_compare(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(state) = app.compare.shown_mut() else {
        app.place.go(Screen::Home);
        return Vec::new();
    };
    let len = state.comparison.rows.len();
    if let Some(row) = ListCursor::new(len).step(state.row, action) {
        state.row = row;
        return Vec::new();
    }
    match action {
        Action::Pick(row) if row < len => state.row = row,
        Action::Confirm | Action::Right if state.from_session => {
            let item = state.comparison.rows.get(state.row).map(|r| r.item.clone());
            if let Some(item) = item {
                return walk_to(app, &item);
            }
        }
        Action::Back | Action::Left | Action::Compare => app.place.go(state.back),
        _ => {}
    }
    Vec::new()
}
