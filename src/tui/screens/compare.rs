//! Self-rating beside the coach's: fit per profile for each rating and the
//! agreed one, then every item, widest disagreement first. A difference of
//! 1 is flagged `!`, of 2 or more highlighted `!!`, so it reads without
//! colour too.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::tui::action::Action;
use crate::tui::context::Ctx;
use crate::tui::grid::{self, Grid, GridCell, GridRow, Plain};
use crate::tui::list::ListCursor;
use crate::tui::place::Screen;
use crate::tui::theme::Theme;
use bilan_core::Lang;
use bilan_core::compare::{Comparison, ProfileFits, Severity};
use bilan_report::coaching::{score, severity_mark};
use bilan_report::l10n::{answers, coaching, plural, strings};
use bilan_report::l10n::{percent, signed_levels};

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

pub fn hit(compare: &Comparing, area: Rect, row: u16) -> Option<usize> {
    let state = compare.shown()?;
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
        Severity::NotComparable | Severity::OneSided => theme.dim(),
    }
}

/// Who rated, when, and how many items agree or differ.
fn info_lines(comparison: &Comparison, ctx: Ctx) -> Vec<Line<'static>> {
    let c = coaching(ctx.lang);
    let theme = ctx.theme;
    // The coach's name when the file gives one.
    let coach = comparison
        .coach
        .as_deref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let counts = &comparison.counts;
    let lang = ctx.lang;
    let mut lines = vec![
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
    ];
    // A level against "not applicable" somewhere: how many.
    if counts.not_comparable > 0 {
        let word = plural(lang, counts.not_comparable, answers(lang).not_comparable);
        lines[1].push_span(Span::styled(
            format!(" · ? {} {word}", counts.not_comparable),
            theme.dim(),
        ));
    }
    lines
}

pub fn render(compare: &Comparing, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let Some(state) = compare.shown() else {
        return;
    };
    let comparison = &state.comparison;
    let lang = ctx.lang;
    let c = coaching(lang);
    let theme = ctx.theme;
    let [info, fits, items] = areas(comparison, area);
    frame.render_widget(Plain::new(info_lines(comparison, ctx)), info);

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
                GridCell::from(score(row.self_score, lang, true)),
                GridCell::from(score(row.coach_score, lang, true)),
                GridCell::styled(row.difference.map(signed_levels).unwrap_or_default(), style),
            ])
        })
        .collect();
    items_table(
        ctx,
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
    ctx: Ctx,
    frame: &mut Frame,
    area: Rect,
    widths: &[Constraint],
    figures: [&str; 3],
    rows: Vec<GridRow>,
    selected: usize,
) {
    let c = coaching(ctx.lang);
    let s = strings(ctx.lang);
    let theme = ctx.theme;
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
// State and update

/// A comparison on screen, and where to go back to.
#[derive(Debug, Clone)]
pub struct CompareState {
    pub comparison: Comparison,
    pub row: usize,
    pub back: Screen,
    /// Made from the open session: rows lead to its items.
    pub from_session: bool,
}

/// The self-rating beside the coach's: none yet, asked for (the other
/// rater's file is being read again), or on screen. One state, so a request
/// cannot linger beside a comparison.
#[derive(Debug, Clone, Default)]
pub enum Comparing {
    #[default]
    Idle,
    Requested,
    /// Boxed: a comparison is large beside the two empty states.
    Shown(Box<CompareState>),
}

impl Comparing {
    pub fn shown(&self) -> Option<&CompareState> {
        match self {
            Comparing::Shown(state) => Some(state),
            _ => None,
        }
    }

    pub fn shown_mut(&mut self) -> Option<&mut CompareState> {
        match self {
            Comparing::Shown(state) => Some(state),
            _ => None,
        }
    }
}

/// Where a key on the comparison leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// Back to this screen.
    Back(Screen),
    /// To this item of the open session.
    WalkTo(String),
}

pub fn update(compare: &mut Comparing, action: Action) -> Exit {
    let Some(state) = compare.shown_mut() else {
        return Exit::Back(Screen::Home);
    };
    let items: Vec<&str> = state
        .comparison
        .rows
        .iter()
        .map(|r| r.item.as_str())
        .collect();
    let list = ItemList {
        items: &items,
        from_session: state.from_session,
        back: state.back,
        close: Action::Compare,
    };
    list.update(&mut state.row, action)
}

/// A list of items, one per row, as the comparison and the progress show
/// them: the cursor moves, a click picks, `⏎` (from a session) goes to the
/// item, and `Esc` or the key that opened the list goes back.
pub struct ItemList<'a> {
    pub items: &'a [&'a str],
    pub from_session: bool,
    pub back: Screen,
    /// The key that opened the list also closes it.
    pub close: Action,
}

impl ItemList<'_> {
    pub fn update(&self, row: &mut usize, action: Action) -> Exit {
        let cursor = ListCursor::new(self.items.len());
        if let Some(moved) = cursor.step(*row, action) {
            *row = moved;
            return Exit::Stay;
        }
        match action {
            Action::Pick(picked) => {
                if let Some(picked) = cursor.pick(picked) {
                    *row = picked;
                }
            }
            Action::Confirm | Action::Right if self.from_session => {
                if let Some(item) = self.items.get(*row) {
                    return Exit::WalkTo((*item).to_string());
                }
            }
            Action::Back | Action::Left => return Exit::Back(self.back),
            _ if action == self.close => return Exit::Back(self.back),
            _ => {}
        }
        Exit::Stay
    }
}
