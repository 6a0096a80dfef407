//! The TUI's `update`: every change of state happens here, with no I/O.
//! Work that touches the outside world is returned as an [`Effect`] for the
//! loop to perform. The state itself is in `state`; each screen's own update
//! is in `screens/<name>.rs`, and this module only dispatches to them.

use super::coach;
use super::context::Ctx;
use super::finding;
pub use super::screens::results::selected_detail_item;
use super::screens::{
    cohort, compare, help, home, new_form, note, profiles, progress, quick, results, resume,
    review, walk,
};
pub use super::state::*;

use super::saving;
use bilan_report::l10n::{saving as saving_words, strings};

/// How far the help can scroll at the current size.
pub fn help_max_scroll(app: &App) -> u16 {
    super::layout::help_max_scroll(app)
}

/// How far the job sheet can scroll at the current size.
pub fn profile_max_scroll(app: &App) -> u16 {
    super::layout::profile_max_scroll(app)
}

/// `b` in a coach's walk or review: blind rating on or off, said on the
/// status line. Nothing to hide in a self-rating.
fn toggle_blind(app: &mut App) {
    let lang = app.lang;
    let Some(session) = app
        .place
        .session_mut()
        .filter(|s| s.assessment.rater == bilan_core::Rater::Coach)
    else {
        return;
    };
    session.blind = !session.blind;
    app.blind = session.blind;
    let text = bilan_report::l10n::coach::blind_switched(lang, app.blind).to_string();
    app.status = Some(Status { text, error: false });
}

/// Applies one action. Pure state change; returns the effects to perform.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Resize(width, height) = action {
        app.viewport = ratatui::layout::Rect::new(0, 0, width, height);
        app.browse.scroll = app.browse.scroll.min(profile_max_scroll(app));
        app.help_scroll = app.help_scroll.min(help_max_scroll(app));
        return Vec::new();
    }
    // Quitting works from every screen and overlay; the work is already saved
    // after each change, one more save covers the position.
    if action == Action::Quit {
        return app.quit();
    }
    if action == Action::Suspend {
        return app.suspend();
    }
    if action == Action::ToggleLang && !app.editing_text() {
        app.lang = app.lang.toggled();
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Conflict | Overlay::QuitUnsaved | Overlay::CopyPath) => {
            return saving_update(app, action);
        }
        Some(Overlay::Search) => return finding::search_update(app, action),
        Some(Overlay::Help) => {
            help::update(app, action);
            return Vec::new();
        }
        Some(Overlay::Note) => {
            let Some(session) = app.place.session_mut() else {
                app.overlay = None;
                return Vec::new();
            };
            let (effects, close) = note::update(session, &app.library, action);
            if close {
                app.overlay = None;
            }
            return effects;
        }
        None => {}
    }
    if action == Action::Help {
        app.overlay = Some(Overlay::Help);
        app.help_scroll = 0;
        return Vec::new();
    }
    app.status = None;
    if refused_read_only(app, action) {
        return Vec::new();
    }
    if action == Action::ToggleBlind {
        toggle_blind(app);
        return Vec::new();
    }
    if let Some(effects) = finding::update(app, action) {
        return effects;
    }
    if action == Action::Home && app.place.session().is_some() {
        // The walk, review and results lead home; the count is read again.
        app.place.go(Screen::Home);
        return vec![Effect::Save, Effect::LoadSummaries];
    }
    // What a rating key changes is recorded, for `u`.
    let before = finding::answers_before(app);
    let effects = screen_update(app, action);
    finding::record(app, before);
    effects
}

/// The screen on view's own update.
fn screen_update(app: &mut App, action: Action) -> Vec<Effect> {
    match app.place.screen() {
        Screen::Home => match home::update(&mut app.home, action) {
            Some(entry) => open_entry(app, entry),
            None => Vec::new(),
        },
        Screen::NewForm => {
            let (effects, exit) = new_form::update(&mut app.form, action);
            if exit == new_form::Exit::Back {
                app.quick_next = None;
                app.place.go(Screen::Home);
            }
            effects
        }
        Screen::ResumeList => {
            let ctx = Ctx {
                library: &app.library,
                lang: app.lang,
                theme: app.theme,
            };
            let (effects, exit) = resume::update(&mut app.resume, ctx, action, &mut app.status);
            if exit == resume::Exit::Back {
                app.place.go(Screen::Home);
            }
            effects
        }
        Screen::Profiles => {
            let max = profile_max_scroll(app);
            let page = profiles::page_rows(super::layout::body(app));
            let ctx = Ctx {
                library: &app.library,
                lang: app.lang,
                theme: app.theme,
            };
            if profiles::update(&mut app.browse, ctx, action, max, page) == profiles::Exit::Back {
                // Back where the job sheets were opened from: the results,
                // or the start screen (even with a session still open).
                let back = match app.profiles_back {
                    Screen::Results if app.place.session().is_some() => Screen::Results,
                    _ => Screen::Home,
                };
                app.place.go(back);
            }
            Vec::new()
        }
        Screen::Quick => quick_update(app, action),
        Screen::Walk if app.place.session().is_some_and(|s| s.quick.is_some()) => {
            quick_update(app, action)
        }
        Screen::Walk => {
            let Place::Session { session, .. } = &mut app.place else {
                return Vec::new();
            };
            let (mut effects, exit) = walk::update(session, &app.library, action);
            match exit {
                walk::Exit::Stay => {}
                walk::Exit::Review => app.place.go(Screen::Review),
                walk::Exit::Results => app.place.go(Screen::Results),
                walk::Exit::Note => app.overlay = Some(Overlay::Note),
                walk::Exit::Compare => effects.extend(request_comparison(app)),
            }
            effects
        }
        Screen::Review => {
            let Place::Session { session, .. } = &mut app.place else {
                return Vec::new();
            };
            let (mut effects, exit) = review::update(session, &app.library, action);
            match exit {
                review::Exit::Stay => {}
                review::Exit::Walk => app.place.go(Screen::Walk),
                review::Exit::Results => app.place.go(Screen::Results),
                review::Exit::Compare => effects.extend(request_comparison(app)),
            }
            effects
        }
        Screen::Results => {
            let Place::Session { session, .. } = &mut app.place else {
                return Vec::new();
            };
            let (mut effects, exit) = results::update(session, &app.library, action);
            match exit {
                results::Exit::Stay => {}
                results::Exit::Walk => app.place.go(Screen::Walk),
                results::Exit::Review => app.place.go(Screen::Review),
                results::Exit::JobSheet(profile) => {
                    app.browse.profile = app
                        .library
                        .profiles
                        .iter()
                        .position(|p| profile.as_deref() == Some(p.id.as_str()))
                        .unwrap_or(0);
                    app.browse.scroll = 0;
                    app.profiles_back = Screen::Results;
                    app.place.go(Screen::Profiles);
                }
                results::Exit::Compare => effects.extend(request_comparison(app)),
            }
            effects
        }
        Screen::Compare => {
            let exit = compare::update(&mut app.compare, action);
            leave_list(app, exit)
        }
        Screen::Progress => {
            let exit = progress::update(&mut app.progress, action);
            leave_list(app, exit)
        }
        Screen::Cohort => {
            let (state, ctx) = app.cohort_parts();
            let (mut effects, exit) = cohort::update(state, ctx, action);
            if exit == cohort::Exit::Back {
                // Opened from `bilan cohort … --tui`: Esc ends, like the other views.
                if !app.cohort.paths.is_empty() && app.place.session().is_none() {
                    effects.extend(app.quit());
                } else {
                    app.place.go(Screen::Home);
                }
            }
            effects
        }
    }
}

/// Feeds the result of an effect back into the state.
pub fn apply(app: &mut App, outcome: Outcome) {
    match outcome {
        Outcome::Summaries { list, unreadable } => {
            app.home.saved = Some(list.len());
            resume::show(&mut app.resume, list, unreadable);
        }
        Outcome::Opened {
            assessment,
            path,
            disk,
        } => app.open_session_with(assessment, path, *disk),
        Outcome::Saved(fingerprint) => {
            if let Some(session) = app.place.session_mut() {
                let read_only = session.disk.read_only.take();
                session.disk = DiskState {
                    read_only,
                    ..DiskState::synced(&session.assessment, fingerprint)
                };
            }
        }
        Outcome::SaveFailed(message) => {
            let copied = app.place.session_mut().is_some_and(|session| {
                session.disk.unsaved = Some(message.clone());
                session.disk.copied.as_ref() == Some(&session.assessment)
            });
            // Quitting stops to ask, unless a copy holds these very answers.
            if app.quitting && !copied {
                app.quitting = false;
                app.overlay = Some(Overlay::QuitUnsaved);
            }
            fail(app, message);
        }
        Outcome::Conflict(conflict) => {
            if let Some(session) = app.place.session_mut() {
                session.disk.conflict = Some(conflict);
                app.quitting = false;
                app.overlay = Some(Overlay::Conflict);
            }
        }
        Outcome::CopyWritten(path) => {
            if let Some(session) = app.place.session_mut() {
                session.disk.copied = Some(session.assessment.clone());
            }
            app.overlay = None;
            tell(
                app,
                format!(
                    "{}{}{}",
                    saving_words(app.lang).copy_written,
                    super::widgets::colon(app.lang),
                    path.display()
                ),
            );
        }
        Outcome::Exported(path) => {
            // After what-if: the report holds the saved scores, said so.
            let what_if = match app.place.screen() {
                Screen::Results => app.place.session().map_or(0, |s| s.results.what_if.len()),
                _ => 0,
            };
            let lead = if what_if > 0 {
                bilan_report::l10n::coach::exported_real_scores(app.lang, what_if)
            } else {
                strings(app.lang).exported.to_string()
            };
            // Where it is in words, then the whole path on its own line
            // (the status wraps).
            let text = format!(
                "{lead} {}{}\n{}",
                bilan_report::l10n::finding::find_words(app.lang).exported_where,
                super::widgets::colon(app.lang).trim_end(),
                path.display()
            );
            tell(app, text);
        }
        Outcome::EarlierRound(round) => coach::show_progress_since(app, round),
        Outcome::RoundKept(path) => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            app.status = Some(Status {
                text: format!(
                    "{}{}{}",
                    bilan_report::l10n::coaching(app.lang).round_kept,
                    super::widgets::colon(app.lang),
                    name.unwrap_or_default(),
                ),
                error: false,
            })
        }
        Outcome::Pair {
            kind,
            first,
            second,
        } => coach::show_pair(app, kind, &first, &second),
        Outcome::Cohort(result) => {
            let (state, ctx) = app.cohort_parts();
            cohort::show(state, ctx, result);
        }
        Outcome::CohortProgress { done, total } => {
            cohort::show_progress(&mut app.cohort, done, total)
        }
        Outcome::Counterpart(found) => {
            if let Some(session) = app.place.session_mut() {
                session.counterpart = found;
            }
            if matches!(app.compare, Comparing::Requested) {
                app.compare = Comparing::Idle;
                coach::compare_session(app);
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

/// The quick orientation's question (the walk in quick mode) and result.
fn quick_update(app: &mut App, action: Action) -> Vec<Effect> {
    let on_question = app.place.screen() == Screen::Walk;
    let Place::Session { session, .. } = &mut app.place else {
        return Vec::new();
    };
    let (effects, exit) = if on_question {
        quick::update_question(session, &app.library, action)
    } else {
        quick::update_standing(session, &app.library, action)
    };
    match exit {
        quick::Exit::Stay => {}
        quick::Exit::Question => app.place.go(Screen::Walk),
        quick::Exit::Standing => app.place.go(Screen::Quick),
        quick::Exit::Results => app.place.go(Screen::Results),
        quick::Exit::Note => app.overlay = Some(Overlay::Note),
        quick::Exit::FullWalk => {
            app.place.go(Screen::Walk);
            let words = bilan_report::l10n::quick::quick(app.lang);
            tell(app, words.continued.to_string());
        }
    }
    effects
}

/// Goes where the start screen's entry leads.
fn open_entry(app: &mut App, entry: HomeEntry) -> Vec<Effect> {
    match entry {
        HomeEntry::New => {
            app.form = FormState::default();
            app.quick_next = None;
            app.place.go(Screen::NewForm);
            Vec::new()
        }
        HomeEntry::Quick => {
            app.form = FormState::default();
            app.quick_next = Some(bilan_core::quick::Settings::default());
            app.place.go(Screen::NewForm);
            Vec::new()
        }
        HomeEntry::Resume => {
            app.place.go(Screen::ResumeList);
            app.resume.summaries = None;
            vec![Effect::LoadSummaries]
        }
        HomeEntry::Profiles => {
            app.profiles_back = Screen::Home;
            app.place.go(Screen::Profiles);
            Vec::new()
        }
        HomeEntry::Cohort => open_cohort(app, Vec::new()),
        HomeEntry::Quit => app.quit(),
    }
}

/// Where a key on the comparison or progress list leads.
fn leave_list(app: &mut App, exit: compare::Exit) -> Vec<Effect> {
    match exit {
        compare::Exit::Stay => Vec::new(),
        compare::Exit::Back(screen) => {
            app.place.go(screen);
            Vec::new()
        }
        compare::Exit::WalkTo(item) => walk_to(app, &item),
    }
}

/// A window that only reads refuses what would change the answers, and
/// says why.
fn refused_read_only(app: &mut App, action: Action) -> bool {
    let editing = match app.place.screen() {
        Screen::Walk => matches!(
            action,
            Action::Rate(_)
                | Action::NotApplicable
                | Action::Confirm
                | Action::ClearScore
                | Action::EditNote
                | Action::Pick(_)
                | Action::Undo
        ),
        Screen::Review => matches!(
            action,
            Action::Rate(_) | Action::NotApplicable | Action::Undo
        ),
        _ => false,
    };
    if editing && app.place.session().is_some_and(|s| s.read_only()) {
        fail(app, saving_words(app.lang).read_only_refused.to_string());
        return true;
    }
    false
}

/// The questions about saving: the file changed or was deleted on disk,
/// quitting with changes not on disk, and where to write a copy.
fn saving_update(app: &mut App, action: Action) -> Vec<Effect> {
    let lang = app.lang;
    let library = std::sync::Arc::clone(&app.library);
    match (app.overlay, action) {
        (Some(Overlay::Conflict), Action::Reload) => {
            let Some(session) = app.place.session_mut() else {
                app.overlay = None;
                return Vec::new();
            };
            let Some(merged) = saving::reload(&mut session.disk, &session.assessment) else {
                return Vec::new();
            };
            session.assessment = merged;
            session.level = current_score(session, &library).unwrap_or(0);
            refresh_ranking(session, &library);
            app.overlay = None;
            tell(app, saving_words(lang).reloaded.to_string());
            vec![Effect::Save]
        }
        (Some(Overlay::Conflict), Action::KeepMine | Action::WriteAgain) => {
            let missing = app
                .place
                .session()
                .is_some_and(|s| matches!(s.disk.conflict, Some(Conflict::Missing)));
            // `k` answers a changed file, `w` a deleted one.
            if missing != (action == Action::WriteAgain) {
                return Vec::new();
            }
            app.overlay = None;
            match app.place.session_mut() {
                Some(session) => {
                    saving::overwrite(&mut session.disk);
                    vec![Effect::Save]
                }
                None => Vec::new(),
            }
        }
        (Some(Overlay::Conflict), Action::Back) => {
            app.overlay = None;
            if let Some(session) = app.place.session_mut()
                && let Some(conflict) = &session.disk.conflict
            {
                let reason = conflict.not_saved(lang).to_string();
                session.disk.unsaved = Some(reason.clone());
                fail(app, reason);
            }
            Vec::new()
        }
        (Some(Overlay::QuitUnsaved), Action::WriteCopy) => {
            if let Some(session) = app.place.session() {
                app.copy_path = saving::default_copy_path(&session.path);
                app.overlay = Some(Overlay::CopyPath);
            }
            Vec::new()
        }
        (Some(Overlay::QuitUnsaved), Action::Back) => {
            app.overlay = None;
            Vec::new()
        }
        (Some(Overlay::CopyPath), Action::Edit(edit)) => {
            app.copy_path.apply(edit);
            Vec::new()
        }
        (Some(Overlay::CopyPath), Action::Confirm) => {
            vec![Effect::WriteCopy(saving::typed_path(app.copy_path.text()))]
        }
        (Some(Overlay::CopyPath), Action::Back) => {
            app.overlay = Some(Overlay::QuitUnsaved);
            Vec::new()
        }
        _ => Vec::new(),
    }
}
