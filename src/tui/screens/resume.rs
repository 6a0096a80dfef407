//! Saved assessments: name, rater, date, progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use std::path::PathBuf;

use crate::tui::action::{Action, Effect, PairKind, Status};
use crate::tui::context::Ctx;
use crate::tui::list::ListCursor;
use crate::tui::saving::Unreadable;
use crate::tui::text_input::TextInput;
use crate::tui::widgets;
use bilan_core::Rater;
use bilan_core::store::Summary;
use bilan_report::l10n::strings;
use bilan_report::l10n::{coaching, saving};

pub fn hit(resume: &ResumeState, area: Rect, row: u16) -> Option<usize> {
    // Row 0 is the border, row 1 the header; the table scrolls to the selection.
    let first = usize::from(row.checked_sub(area.y + 2)?);
    let visible = usize::from(area.height.saturating_sub(3));
    let offset = resume.selected.saturating_sub(visible.saturating_sub(1));
    Some(offset + first)
}

pub fn render(resume: &ResumeState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let Some(list) = &resume.summaries else {
        frame.render_widget(Paragraph::new(s.loading), area);
        return;
    };
    let area = render_unreadable(resume, ctx, frame, area);
    let mut title = match &resume.filter {
        Some(filter) => format!(
            " {} ({}/{}) · / {}▏ ",
            s.resume_title,
            list.len(),
            resume.all.len(),
            filter.text()
        ),
        None => format!(" {} ({}) ", s.resume_title, list.len()),
    };
    let unreadable = resume.unreadable.len();
    if unreadable > 0 {
        title.push_str(&format!(
            "· {} {} ",
            unreadable,
            bilan_report::l10n::plural(ctx.lang, unreadable, s.unreadable_files)
        ));
    }
    let block = Block::bordered().title(Line::styled(title, ctx.theme.title()));
    if list.is_empty() {
        frame.render_widget(Paragraph::new(s.nothing_saved).block(block), area);
        return;
    }
    let shared = shared_names(list);
    let rows = list.iter().map(|summary| {
        let rater = match summary.rater {
            Rater::SelfRated => s.rater_self,
            Rater::Coach => s.rater_coach,
        };
        let date = summary.updated.replace('T', " ");
        // The file marked for a comparison carries a diamond.
        let mut name = if resume.marked.as_ref() == Some(&summary.path) {
            format!("◆ {}", summary.person)
        } else {
            summary.person.clone()
        };
        // Two files of one name by one rater: which file each is.
        if shared.contains(&bilan_core::PersonKey::of(&summary.person))
            && let Some(file) = summary.path.file_name()
        {
            name = format!("{name} · {}", file.to_string_lossy());
        }
        Row::new(vec![
            Cell::from(name),
            Cell::from(rater),
            Cell::from(date.chars().take(16).collect::<String>()),
            Cell::from(format!(
                "{:>7}",
                bilan_report::l10n::percent(summary.percent(), ctx.lang)
            )),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(12),
            Constraint::Length(16),
            Constraint::Length(7),
        ],
    )
    .header(
        Row::new(vec![s.col_name, s.col_rater, s.col_date, s.col_progress]).style(ctx.theme.dim()),
    )
    .row_highlight_style(ctx.theme.selected())
    .highlight_symbol("▶ ")
    .block(block);
    let mut state = TableState::default().with_selected(Some(resume.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The files that cannot be read, each named with its error (where, what
/// to do), under the list; returns the area left for the list. They take
/// at most half the height (at least four rows for the list).
fn render_unreadable(resume: &ResumeState, ctx: Ctx, frame: &mut Frame, area: Rect) -> Rect {
    if resume.unreadable.is_empty() {
        return area;
    }
    let words = saving(ctx.lang);
    let cols = area.width.saturating_sub(2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for file in &resume.unreadable {
        let text = format!("✗ {}", bilan_report::l10n::error(&file.error, ctx.lang));
        lines.extend(
            widgets::wrap(&text, cols)
                .into_iter()
                .map(|l| Line::styled(l, ctx.theme.bad())),
        );
    }
    lines.extend(
        widgets::wrap(words.unreadable_hint, cols)
            .into_iter()
            .map(|l| Line::styled(l, ctx.theme.dim())),
    );
    let wanted = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let height = wanted
        .min(area.height / 2)
        .min(area.height.saturating_sub(4));
    if height < 3 {
        return area;
    }
    let [rest, below] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(height)]).areas(area);
    let title = format!(" {} ({}) ", words.unreadable_title, resume.unreadable.len());
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(Line::styled(title, ctx.theme.bad()))),
        below,
    );
    rest
}

// ---------------------------------------------------------------------------
// State and update

#[derive(Debug, Clone, Default)]
pub struct ResumeState {
    /// `None` until the loop has read the folder.
    pub summaries: Option<Vec<Summary>>,
    /// The files that cannot be read, with why.
    pub unreadable: Vec<Unreadable>,
    pub selected: usize,
    /// A file marked to be compared with the selected one.
    pub marked: Option<PathBuf>,
    /// Sorted by name (accents folded) rather than newest first.
    pub by_name: bool,
    /// Every file read, sorted; `summaries` holds those the filter keeps.
    pub all: Vec<Summary>,
    /// The name typed after `/`: only files whose person's name holds it
    /// (accents and case folded) are listed.
    pub filter: Option<TextInput>,
}

/// The list shown: every file, or those the filter keeps.
fn apply_filter(resume: &mut ResumeState) {
    let wanted = resume
        .filter
        .as_ref()
        .map(|f| bilan_core::ids::sort_key(f.text()))
        .unwrap_or_default();
    let shown = if wanted.is_empty() {
        resume.all.clone()
    } else {
        resume
            .all
            .iter()
            .filter(|s| bilan_core::ids::sort_key(&s.person).contains(&wanted))
            .cloned()
            .collect()
    };
    resume.selected = resume.selected.min(shown.len().saturating_sub(1));
    resume.summaries = Some(shown);
}

/// Sorts the list as asked, keeping the selected file selected: by name
/// (accents folded, then newest first), or newest first (then by name).
fn sort(resume: &mut ResumeState) {
    let by_name = resume.by_name;
    let selected = resume
        .summaries
        .as_ref()
        .and_then(|l| l.get(resume.selected))
        .map(|s| s.path.clone());
    let list = &mut resume.all;
    if by_name {
        list.sort_by_cached_key(|s| {
            let key = bilan_core::ids::sort_key(&s.person);
            (key, std::cmp::Reverse(s.updated.clone()), s.path.clone())
        });
    } else {
        list.sort_by_cached_key(|s| {
            let key = bilan_core::ids::sort_key(&s.person);
            (std::cmp::Reverse(s.updated.clone()), key, s.path.clone())
        });
    }
    apply_filter(resume);
    if let Some(path) = selected
        && let Some(list) = &resume.summaries
    {
        resume.selected = list.iter().position(|s| s.path == path).unwrap_or(0);
    }
}

/// The names shared by two files or more (as one person): those rows show
/// their file name too.
fn shared_names(list: &[Summary]) -> std::collections::HashSet<bilan_core::PersonKey> {
    let mut seen = std::collections::HashMap::new();
    for s in list {
        *seen
            .entry((bilan_core::PersonKey::of(&s.person), s.rater))
            .or_insert(0usize) += 1;
    }
    seen.into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|((key, _), _)| key)
        .collect()
}

/// Whether the user leaves the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    Back,
}

/// The loop read the folder.
pub fn show(resume: &mut ResumeState, list: Vec<Summary>, unreadable: Vec<Unreadable>) {
    resume.selected = resume.selected.min(list.len().saturating_sub(1));
    // A mark on a file that is gone would only fail later.
    if let Some(marked) = &resume.marked
        && !list.iter().any(|s| &s.path == marked)
    {
        resume.marked = None;
    }
    resume.all = list;
    resume.unreadable = unreadable;
    apply_filter(resume);
    sort(resume);
}

/// Moves through the list, opens, marks and pairs files; what to say goes
/// to `status`.
pub fn update(
    resume: &mut ResumeState,
    ctx: Ctx,
    action: Action,
    status: &mut Option<Status>,
) -> (Vec<Effect>, Exit) {
    if let Some(filter) = resume.filter.as_mut() {
        match action {
            Action::Edit(edit) => {
                filter.apply(edit);
                resume.selected = 0;
                apply_filter(resume);
                return (Vec::new(), Exit::Stay);
            }
            Action::Back => {
                resume.filter = None;
                apply_filter(resume);
                return (Vec::new(), Exit::Stay);
            }
            _ => {}
        }
    }
    if action == Action::Filter {
        resume.filter = Some(TextInput::default());
        return (Vec::new(), Exit::Stay);
    }
    let len = resume.summaries.as_ref().map_or(0, Vec::len);
    if let Some(row) = ListCursor::new(len).step(resume.selected, action) {
        resume.selected = row;
        return (Vec::new(), Exit::Stay);
    }
    let effects = match action {
        Action::Back | Action::Left => return (Vec::new(), Exit::Back),
        // A click selects (so a second file can be picked to compare);
        // a click on the selected row opens it.
        Action::Pick(row) if row < len && row != resume.selected => {
            resume.selected = row;
            Vec::new()
        }
        Action::Pick(row) if row < len => open(resume),
        Action::Mark | Action::Compare | Action::Progress => pair(resume, ctx, action, status),
        Action::ToggleSort => {
            resume.by_name = !resume.by_name;
            sort(resume);
            let text = bilan_report::l10n::coach::sorted_by(ctx.lang, resume.by_name);
            *status = Some(Status {
                text: text.to_string(),
                error: false,
            });
            Vec::new()
        }
        Action::Confirm | Action::Right => open(resume),
        _ => Vec::new(),
    };
    (effects, Exit::Stay)
}

fn open(resume: &ResumeState) -> Vec<Effect> {
    resume
        .summaries
        .as_ref()
        .and_then(|list| list.get(resume.selected))
        .map(|summary| vec![Effect::Open(summary.path.clone())])
        .unwrap_or_default()
}

/// Space, `c` and `d` on the resume list: mark one file, then compare it
/// with the selected one.
fn pair(
    resume: &mut ResumeState,
    ctx: Ctx,
    action: Action,
    status: &mut Option<Status>,
) -> Vec<Effect> {
    let c = coaching(ctx.lang);
    let mut fail = |text: String| *status = Some(Status { text, error: true });
    let Some(selected) = resume
        .summaries
        .as_ref()
        .and_then(|list| list.get(resume.selected))
        .cloned()
    else {
        return Vec::new();
    };
    if action == Action::Mark {
        if resume.marked.as_ref() == Some(&selected.path) {
            resume.marked = None;
        } else {
            resume.marked = Some(selected.path.clone());
            *status = Some(Status {
                text: format!("{} {}. {}", c.marked, selected.person, c.mark_hint),
                error: false,
            });
        }
        return Vec::new();
    }
    let Some(marked) = resume.marked.clone() else {
        fail(c.mark_first.to_string());
        return Vec::new();
    };
    if marked == selected.path {
        fail(c.pick_two_files.to_string());
        return Vec::new();
    }
    let kind = if action == Action::Compare {
        PairKind::Compare
    } else {
        PairKind::Progress
    };
    // Progress is between two rounds by one rater; self against coach is `c`.
    let marked_rater = resume
        .summaries
        .as_ref()
        .and_then(|list| list.iter().find(|s| s.path == marked))
        .map(|s| s.rater);
    if kind == PairKind::Progress && marked_rater.is_some_and(|r| r != selected.rater) {
        fail(c.progress_same_rater.to_string());
        return Vec::new();
    }
    vec![Effect::OpenPair {
        first: marked,
        second: selected.path,
        kind,
    }]
}
