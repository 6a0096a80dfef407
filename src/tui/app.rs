//! The TUI's `update`: every change of state happens here, with no I/O.
//! Work that touches the outside world is returned as an [`Effect`] for the
//! loop to perform. The state itself is in `state`; the walk, review and
//! results in `session_update`; the coach's and trainer's screens in
//! `coach_update`.

use super::list::ListCursor;
pub use super::session_update::selected_detail_item;
use super::session_update::{update_note, update_results, update_review, update_walk};
pub use super::state::*;

use bilan_core::Rater;
use bilan_report::l10n::strings;

/// How far the help can scroll at the current size.
pub fn help_max_scroll(app: &App) -> u16 {
    super::layout::help_max_scroll(app)
}

/// How far the job sheet can scroll at the current size.
pub fn profile_max_scroll(app: &App) -> u16 {
    super::layout::profile_max_scroll(app)
}

/// Applies one action. Pure state change; returns the effects to perform.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    // Quitting works from every screen and overlay; the work is already saved
    // after each change, one more save covers the position.
    if let Action::Resize(width, height) = action {
        app.viewport = ratatui::layout::Rect::new(0, 0, width, height);
        app.browse.scroll = app.browse.scroll.min(profile_max_scroll(app));
        app.help_scroll = app.help_scroll.min(help_max_scroll(app));
        return Vec::new();
    }
    if action == Action::Quit {
        return app.quit();
    }
    if action == Action::ToggleLang && !app.editing_text() {
        app.lang = app.lang.toggled();
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Help) => {
            let max = help_max_scroll(app);
            if let Some(scroll) = ListCursor::scroll(max, app.help_scroll, action) {
                app.help_scroll = scroll;
            } else if matches!(action, Action::Help | Action::Back | Action::Confirm) {
                app.overlay = None;
            }
            return Vec::new();
        }
        Some(Overlay::Note) => return update_note(app, action),
        None => {}
    }
    if action == Action::Help {
        app.overlay = Some(Overlay::Help);
        app.help_scroll = 0;
        return Vec::new();
    }
    app.status = None;
    if action == Action::Home && app.session.is_some() {
        // The walk, review and results lead home; the count is read again.
        app.screen = Screen::Home;
        return vec![Effect::Save, Effect::LoadSummaries];
    }
    match app.screen {
        Screen::Home => update_home(app, action),
        Screen::NewForm => update_form(app, action),
        Screen::ResumeList => update_resume(app, action),
        Screen::Profiles => update_browse(app, action),
        Screen::Walk => update_walk(app, action),
        Screen::Review => update_review(app, action),
        Screen::Results => update_results(app, action),
        Screen::Compare => super::coach_update::update_compare(app, action),
        Screen::Progress => super::coach_update::update_progress(app, action),
        Screen::Cohort => super::coach_update::update_cohort(app, action),
    }
}

/// Feeds the result of an effect back into the state.
pub fn apply(app: &mut App, outcome: Outcome) {
    match outcome {
        Outcome::Summaries { list, unreadable } => {
            app.home.saved = Some(list.len());
            app.resume.selected = app.resume.selected.min(list.len().saturating_sub(1));
            // A mark on a file that is gone would only fail later.
            if let Some(marked) = &app.resume.marked
                && !list.iter().any(|s| &s.path == marked)
            {
                app.resume.marked = None;
            }
            app.resume.summaries = Some(list);
            app.resume.unreadable = unreadable;
        }
        Outcome::Opened { assessment, path } => app.open_session(assessment, path),
        Outcome::Saved => {}
        Outcome::Exported(path) => {
            app.status = Some(Status {
                text: format!(
                    "{}{}{}",
                    strings(app.lang).exported,
                    strings(app.lang).colon,
                    path.display()
                ),
                error: false,
            })
        }
        Outcome::EarlierRound(round) => super::coach_update::show_progress_since(app, round),
        Outcome::RoundKept(path) => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            app.status = Some(Status {
                text: format!(
                    "{}{}{}",
                    bilan_report::l10n::coaching(app.lang).round_kept,
                    strings(app.lang).colon,
                    name.unwrap_or_default(),
                ),
                error: false,
            })
        }
        Outcome::Pair {
            kind,
            first,
            second,
        } => super::coach_update::show_pair(app, kind, &first, &second),
        Outcome::Cohort(cohort) => super::coach_update::show_cohort(app, cohort),
        Outcome::CohortProgress { done, total } => {
            if app.cohort.cohort.is_none() {
                app.cohort.read = (done, total);
            }
        }
        Outcome::Counterpart(found) => {
            if let Some(session) = app.session.as_mut() {
                session.counterpart = found;
            }
            if matches!(app.compare, Comparing::Requested) {
                app.compare = Comparing::Idle;
                super::coach_update::compare_session(app);
            }
        }
        Outcome::Failed(message) => {
            app.status = Some(Status {
                text: message,
                error: true,
            })
        }
    }
}

fn update_home(app: &mut App, action: Action) -> Vec<Effect> {
    let list = ListCursor::new(HOME_ENTRIES);
    if let Some(row) = list.step(app.home.selected, action) {
        app.home.selected = row;
        return Vec::new();
    }
    let row = match action {
        Action::Pick(row) if list.pick(row).is_some() => {
            app.home.selected = row;
            row
        }
        Action::Confirm | Action::Right => app.home.selected,
        Action::Back => return app.quit(),
        _ => return Vec::new(),
    };
    match HomeEntry::ALL.get(row) {
        Some(HomeEntry::New) => {
            app.form = FormState::default();
            app.screen = Screen::NewForm;
            Vec::new()
        }
        Some(HomeEntry::Resume) => {
            app.screen = Screen::ResumeList;
            app.resume.summaries = None;
            vec![Effect::LoadSummaries]
        }
        Some(HomeEntry::Profiles) => {
            app.screen = Screen::Profiles;
            Vec::new()
        }
        Some(HomeEntry::Cohort) => super::coach_update::open_cohort(app, Vec::new()),
        Some(HomeEntry::Quit) | None => app.quit(),
    }
}

fn update_form(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Edit(edit) => {
            app.form.name.apply(edit);
            app.form.error = false;
        }
        Action::ToggleRater => {
            app.form.rater = match app.form.rater {
                Rater::SelfRated => Rater::Coach,
                Rater::Coach => Rater::SelfRated,
            }
        }
        Action::Back => app.screen = Screen::Home,
        Action::Confirm => {
            let name = app.form.name.text().trim().to_string();
            if name.is_empty() {
                app.form.error = true;
            } else {
                return vec![Effect::Create {
                    name,
                    rater: app.form.rater,
                }];
            }
        }
        _ => {}
    }
    Vec::new()
}

fn update_resume(app: &mut App, action: Action) -> Vec<Effect> {
    let len = app.resume.summaries.as_ref().map_or(0, Vec::len);
    if let Some(row) = ListCursor::new(len).step(app.resume.selected, action) {
        app.resume.selected = row;
        return Vec::new();
    }
    match action {
        Action::Back | Action::Left => app.screen = Screen::Home,
        // A click selects (so a second file can be picked to compare);
        // a click on the selected row opens it.
        Action::Pick(row) if row < len && row != app.resume.selected => {
            app.resume.selected = row;
        }
        Action::Pick(row) if row < len => return update_resume(app, Action::Confirm),
        Action::Mark | Action::Compare | Action::Progress => {
            return super::coach_update::resume_pair(app, action);
        }
        Action::Confirm | Action::Right => {
            if let Some(summary) = app
                .resume
                .summaries
                .as_ref()
                .and_then(|list| list.get(app.resume.selected))
            {
                return vec![Effect::Open(summary.path.clone())];
            }
        }
        _ => {}
    }
    Vec::new()
}

fn update_browse(app: &mut App, action: Action) -> Vec<Effect> {
    let count = app.library.profiles.len();
    if let Some(scroll) = ListCursor::scroll(profile_max_scroll(app), app.browse.scroll, action) {
        app.browse.scroll = scroll;
        return Vec::new();
    }
    match action {
        Action::NextSection | Action::Right | Action::NextProfile if count > 0 => {
            app.browse.profile = (app.browse.profile + 1) % count;
            app.browse.scroll = 0;
        }
        Action::PrevSection | Action::Left if count > 0 => {
            app.browse.profile = (app.browse.profile + count - 1) % count;
            app.browse.scroll = 0;
        }
        Action::Pick(row) if row < count => {
            app.browse.profile = row;
            app.browse.scroll = 0;
        }
        Action::Back => {
            app.screen = if app.session.is_some() {
                Screen::Results
            } else {
                Screen::Home
            }
        }
        _ => {}
    }
    Vec::new()
}
