//! The group screen's state and update: which files, against which
//! profile, the analysis as it arrives, and the keys that move through it.

use std::path::PathBuf;

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::list::ListCursor;
use bilan_core::cohort::Cohort;

/// Tabs of the group screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CohortTab {
    #[default]
    Priorities,
    People,
    Heatmap,
    Files,
}

impl CohortTab {
    pub const ALL: [CohortTab; 4] = [
        CohortTab::Priorities,
        CohortTab::People,
        CohortTab::Heatmap,
        CohortTab::Files,
    ];
}

/// The group analysis: which files, against which profile, and the result.
#[derive(Debug, Clone, Default)]
pub struct CohortState {
    /// Files or folders analysed; empty means the saved assessments.
    pub paths: Vec<PathBuf>,
    /// Index into the library's profiles.
    pub profile: usize,
    /// `None` while the loop analyses.
    pub cohort: Option<Cohort>,
    /// Files read so far, and how many there are, while the loop analyses.
    pub read: (usize, usize),
    pub tab: CohortTab,
    pub row: usize,
    /// First heatmap column shown (it scrolls sideways).
    pub column: usize,
}

/// Sets the group screen up on `paths` (none: the saved assessments).
pub fn open(state: &mut CohortState, ctx: Ctx, paths: Vec<PathBuf>) -> Vec<Effect> {
    let profile = state
        .profile
        .min(ctx.library.profiles.len().saturating_sub(1));
    *state = CohortState {
        paths,
        profile,
        ..CohortState::default()
    };
    analyse(state, ctx)
}

/// Asks the loop to analyse the group against the chosen profile.
fn analyse(state: &mut CohortState, ctx: Ctx) -> Vec<Effect> {
    let Some(profile) = ctx.library.profiles.get(state.profile) else {
        return Vec::new();
    };
    state.cohort = None;
    state.read = (0, 0);
    state.row = 0;
    state.column = 0;
    vec![Effect::Cohort {
        paths: state.paths.clone(),
        profile: profile.id.to_string(),
    }]
}

/// The loop's analysis arrives.
pub fn show(state: &mut CohortState, ctx: Ctx, cohort: Cohort) {
    // A late result for a profile no longer chosen is dropped.
    let wanted = ctx.library.profiles.get(state.profile).map(|p| &p.id);
    if wanted == Some(&cohort.profile) {
        state.cohort = Some(cohort);
    }
}

/// How far the worker has got, while it analyses.
pub fn show_progress(state: &mut CohortState, done: usize, total: usize) {
    if state.cohort.is_none() {
        state.read = (done, total);
    }
}

/// Rows of the group screen's current tab.
pub fn rows(state: &CohortState) -> usize {
    let Some(cohort) = &state.cohort else {
        return 0;
    };
    match state.tab {
        CohortTab::Priorities => cohort.requirements.len(),
        CohortTab::People | CohortTab::Heatmap => cohort.people.len(),
        CohortTab::Files => cohort.invalid.len() + cohort.duplicates.len(),
    }
}

/// Whether the user leaves the group screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// Esc: back where it was opened from (the command line ends).
    Back,
}

pub fn update(state: &mut CohortState, ctx: Ctx, action: Action) -> (Vec<Effect>, Exit) {
    let count = ctx.library.profiles.len().max(1);
    let rows = rows(state);
    if let Some(row) = ListCursor::new(rows).step(state.row, action) {
        state.row = row;
        return (Vec::new(), Exit::Stay);
    }
    let effects = match action {
        Action::Pick(row) if row < rows => {
            state.row = row;
            Vec::new()
        }
        Action::Left => {
            state.column = state.column.saturating_sub(1);
            Vec::new()
        }
        Action::Right => {
            let columns = state.cohort.as_ref().map_or(0, |c| c.heatmap.items.len());
            state.column = (state.column + 1).min(columns.saturating_sub(1));
            Vec::new()
        }
        Action::NextTab => {
            let i = CohortTab::ALL
                .iter()
                .position(|t| *t == state.tab)
                .unwrap_or(0);
            state.tab = CohortTab::ALL[(i + 1) % CohortTab::ALL.len()];
            state.row = 0;
            Vec::new()
        }
        Action::NextProfile | Action::NextSection => {
            state.profile = (state.profile + 1) % count;
            analyse(state, ctx)
        }
        Action::PrevSection => {
            state.profile = (state.profile + count - 1) % count;
            analyse(state, ctx)
        }
        Action::Export if state.cohort.is_some() => vec![Effect::ExportCohort],
        // Esc while analysing stops the worker, then leaves as usual.
        Action::Back if state.cohort.is_none() => return (vec![Effect::CancelCohort], Exit::Back),
        Action::Back => return (Vec::new(), Exit::Back),
        _ => Vec::new(),
    };
    (effects, Exit::Stay)
}
