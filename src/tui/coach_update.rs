//! `update` for the coach's and trainer's screens: self-rating against the
//! coach's, progress between rounds, and the group analysis. Like the rest of
//! `update`, no I/O: files are asked for as effects.

use std::path::PathBuf;

use super::list::ListCursor;
use super::state::{
    Action, App, CohortState, CohortTab, CompareState, Comparing, Effect, PairKind, ProgressState,
    Screen, Status, go_to,
};
use bilan_core::cohort::Cohort;
use bilan_core::compare::{compare, diff};
use bilan_core::{Assessment, Rater};
use bilan_report::l10n::coaching;

fn fail(app: &mut App, text: String) {
    app.status = Some(Status { text, error: true });
}

fn tell(app: &mut App, text: String) {
    app.status = Some(Status { text, error: false });
}

/// Puts two assessments in (self, coach) order, if they are one of each.
fn self_and_coach<'a>(
    a: &'a Assessment,
    b: &'a Assessment,
) -> Option<(&'a Assessment, &'a Assessment)> {
    match (a.rater, b.rater) {
        (Rater::SelfRated, Rater::Coach) => Some((a, b)),
        (Rater::Coach, Rater::SelfRated) => Some((b, a)),
        _ => None,
    }
}

fn open_comparison(app: &mut App, self_rated: &Assessment, coach: &Assessment, from_session: bool) {
    match compare(&app.library, self_rated, coach) {
        Ok(comparison) => {
            app.compare = Comparing::Shown(CompareState {
                comparison,
                row: 0,
                back: app.screen,
                from_session,
            });
            app.screen = Screen::Compare;
        }
        Err(e) => fail(app, e.to_string()),
    }
}

/// The session's rating beside the other rater's, as last read.
pub fn compare_session(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
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

/// The loop found (or not) an earlier round of the session's person.
pub fn show_progress_since(app: &mut App, round: Option<(PathBuf, Assessment)>) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let c = coaching(app.lang);
    let Some((_, old)) = round else {
        let text = format!(
            "{} {}. {}",
            c.no_earlier_round, session.assessment.person, c.keep_round_hint
        );
        fail(app, text);
        return;
    };
    let result = diff(&app.library, &old, &session.assessment);
    open_progress(app, result, true);
}

fn open_progress(
    app: &mut App,
    result: bilan_core::Result<bilan_core::compare::Progress>,
    from_session: bool,
) {
    match result {
        Ok(progress) => {
            app.progress = Some(ProgressState {
                progress,
                row: 0,
                back: app.screen,
                from_session,
            });
            app.screen = Screen::Progress;
        }
        Err(e) => fail(app, e.to_string()),
    }
}

/// Space, `c` and `d` on the resume list: mark one file, then compare it
/// with the selected one.
pub fn resume_pair(app: &mut App, action: Action) -> Vec<Effect> {
    let c = coaching(app.lang);
    let Some(selected) = app
        .resume
        .summaries
        .as_ref()
        .and_then(|list| list.get(app.resume.selected))
        .cloned()
    else {
        return Vec::new();
    };
    if action == Action::Mark {
        if app.resume.marked.as_ref() == Some(&selected.path) {
            app.resume.marked = None;
        } else {
            app.resume.marked = Some(selected.path.clone());
            tell(
                app,
                format!("{} {}. {}", c.marked, selected.person, c.mark_hint),
            );
        }
        return Vec::new();
    }
    let Some(marked) = app.resume.marked.clone() else {
        fail(app, c.mark_first.to_string());
        return Vec::new();
    };
    if marked == selected.path {
        fail(app, c.pick_two_files.to_string());
        return Vec::new();
    }
    let kind = if action == Action::Compare {
        PairKind::Compare
    } else {
        PairKind::Progress
    };
    // Progress is between two rounds by one rater; self against coach is `c`.
    let marked_rater = app
        .resume
        .summaries
        .as_ref()
        .and_then(|list| list.iter().find(|s| s.path == marked))
        .map(|s| s.rater);
    if kind == PairKind::Progress && marked_rater.is_some_and(|r| r != selected.rater) {
        fail(app, c.progress_same_rater.to_string());
        return Vec::new();
    }
    vec![Effect::OpenPair {
        first: marked,
        second: selected.path,
        kind,
    }]
}

/// The loop opened the two files picked in the resume list.
pub fn show_pair(app: &mut App, kind: PairKind, first: &Assessment, second: &Assessment) {
    match kind {
        PairKind::Compare => match self_and_coach(first, second) {
            Some((self_rated, coach)) => open_comparison(app, self_rated, coach, false),
            None => fail(app, coaching(app.lang).needs_both_raters.to_string()),
        },
        PairKind::Progress => {
            let result = diff(&app.library, first, second);
            open_progress(app, result, false);
        }
    }
}

/// Goes to an item of the open session (from a comparison or progress row).
fn walk_to(app: &mut App, item: &str) -> Vec<Effect> {
    match app.library.catalogue.index_of(item) {
        Some(index) if app.session.is_some() => {
            app.screen = Screen::Walk;
            go_to(app, index)
        }
        _ => Vec::new(),
    }
}

pub fn update_compare(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(state) = app.compare.shown_mut() else {
        app.screen = Screen::Home;
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
        Action::Back | Action::Left | Action::Compare => app.screen = state.back,
        _ => {}
    }
    Vec::new()
}

pub fn update_progress(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(state) = app.progress.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    let len = state.progress.rows.len();
    if let Some(row) = ListCursor::new(len).step(state.row, action) {
        state.row = row;
        return Vec::new();
    }
    match action {
        Action::Pick(row) if row < len => state.row = row,
        Action::Confirm | Action::Right if state.from_session => {
            let item = state.progress.rows.get(state.row).map(|r| r.item.clone());
            if let Some(item) = item {
                return walk_to(app, &item);
            }
        }
        Action::Back | Action::Left | Action::Progress => app.screen = state.back,
        _ => {}
    }
    Vec::new()
}

/// Opens the group screen on `paths` (none: the saved assessments).
pub fn open_cohort(app: &mut App, paths: Vec<PathBuf>) -> Vec<Effect> {
    let profile = app
        .cohort
        .profile
        .min(app.library.profiles.len().saturating_sub(1));
    app.cohort = CohortState {
        paths,
        profile,
        ..CohortState::default()
    };
    app.screen = Screen::Cohort;
    analyse(app)
}

/// Asks the loop to analyse the group against the chosen profile.
fn analyse(app: &mut App) -> Vec<Effect> {
    let Some(profile) = app.library.profiles.get(app.cohort.profile) else {
        return Vec::new();
    };
    app.cohort.cohort = None;
    app.cohort.read = (0, 0);
    app.cohort.row = 0;
    app.cohort.column = 0;
    vec![Effect::Cohort {
        paths: app.cohort.paths.clone(),
        profile: profile.id.clone(),
    }]
}

/// The loop's analysis arrives.
pub fn show_cohort(app: &mut App, cohort: Cohort) {
    // A late result for a profile no longer chosen is dropped.
    let wanted = app.library.profiles.get(app.cohort.profile).map(|p| &p.id);
    if wanted == Some(&cohort.profile) {
        app.cohort.cohort = Some(cohort);
    }
}

/// Rows of the cohort screen's current tab.
pub fn cohort_rows(state: &CohortState) -> usize {
    let Some(cohort) = &state.cohort else {
        return 0;
    };
    match state.tab {
        CohortTab::Priorities => cohort.requirements.len(),
        CohortTab::People | CohortTab::Heatmap => cohort.people.len(),
        CohortTab::Files => cohort.invalid.len() + cohort.duplicates.len(),
    }
}

pub fn update_cohort(app: &mut App, action: Action) -> Vec<Effect> {
    let count = app.library.profiles.len().max(1);
    let rows = cohort_rows(&app.cohort);
    let state = &mut app.cohort;
    if let Some(row) = ListCursor::new(rows).step(state.row, action) {
        state.row = row;
        return Vec::new();
    }
    match action {
        Action::Pick(row) if row < rows => state.row = row,
        Action::Left => state.column = state.column.saturating_sub(1),
        Action::Right => {
            let columns = state.cohort.as_ref().map_or(0, |c| c.heatmap.items.len());
            state.column = (state.column + 1).min(columns.saturating_sub(1));
        }
        Action::NextTab => {
            let i = CohortTab::ALL
                .iter()
                .position(|t| *t == state.tab)
                .unwrap_or(0);
            state.tab = CohortTab::ALL[(i + 1) % CohortTab::ALL.len()];
            state.row = 0;
        }
        Action::NextProfile | Action::NextSection => {
            state.profile = (state.profile + 1) % count;
            return analyse(app);
        }
        Action::PrevSection => {
            state.profile = (state.profile + count - 1) % count;
            return analyse(app);
        }
        Action::Export if state.cohort.is_some() => return vec![Effect::ExportCohort],
        // Esc while analysing stops the worker, then leaves as usual.
        Action::Back => {
            let mut effects = if state.cohort.is_none() {
                vec![Effect::CancelCohort]
            } else {
                Vec::new()
            };
            // Opened from `bilan cohort … --tui`: Esc ends, like the other views.
            if !state.paths.is_empty() && app.session.is_none() {
                effects.extend(app.quit());
            } else {
                app.screen = Screen::Home;
            }
            return effects;
        }
        _ => {}
    }
    Vec::new()
}
