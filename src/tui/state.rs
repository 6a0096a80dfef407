//! The TUI's state: the `App` holding each screen's state (defined with its
//! screen), the place and session, and the few moves several screens share
//! (go to an item, open the results, ask for a comparison, quit). Only
//! `update` (in `app`) changes it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use bilan_core::matching::Ranking;
use bilan_core::{Assessment, Lang, Library};

pub use super::action::{Action, Counterpart, Effect, Outcome, PairKind, Status};
use super::context::Ctx;
pub use super::place::{OtherScreen, Place, Screen, SessionView};
pub use super::saving::{Conflict, DiskState, ReadOnly, Unreadable};
use super::screens::cohort;
pub use super::screens::cohort::{CohortState, CohortTab};
pub use super::screens::compare::{CompareState, Comparing};
pub use super::screens::home::{HOME_ENTRIES, HomeEntry, HomeState};
pub use super::screens::new_form::FormState;
pub use super::screens::profiles::BrowseState;
pub use super::screens::progress::ProgressState;
pub use super::screens::resume::ResumeState;
pub use super::screens::search::SearchState;
use super::session;
pub use super::session::{
    DetailTab, ResultsState, Session, current_score, effective_levels, refresh_ranking,
};
use super::text_input::TextInput;

/// Panels drawn over the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Note,
    /// The file changed or was deleted on disk: reload, keep mine, or not now.
    Conflict,
    /// Quitting while the latest changes are not on disk: a copy, quit
    /// anyway, or stay.
    QuitUnsaved,
    /// The path to write the copy to.
    CopyPath,
    /// Finding an item by id or title (`/` on the walk or the overview).
    Search,
}

pub struct App {
    /// Shared with the worker that analyses a group.
    pub library: Arc<Library>,
    pub lang: Lang,
    pub theme: super::theme::Theme,
    /// The screen, and the session the walk, review and results need.
    pub place: Place,
    pub overlay: Option<Overlay>,
    pub home: HomeState,
    pub form: FormState,
    pub resume: ResumeState,
    pub browse: BrowseState,
    pub compare: Comparing,
    pub progress: Option<ProgressState>,
    pub cohort: CohortState,
    /// What `/` is looking for.
    pub search: SearchState,
    pub status: Option<Status>,
    /// Set by quitting; the loop ends once the effects are performed and it
    /// still holds (a failed save turns it into a question instead).
    pub quitting: bool,
    /// The path typed for a copy, after a failed save.
    pub copy_path: TextInput,
    /// First line of the help shown (the help scrolls when it does not fit).
    pub help_scroll: u16,
    /// The terminal's size, told by the loop; used to bound scrolling.
    pub viewport: ratatui::layout::Rect,
    /// The next assessment opened runs the quick orientation (its start
    /// screen entry, or `bilan quick`), with these settings.
    pub quick_next: Option<bilan_core::quick::Settings>,
    /// Blind rating: in a coach's walk, the self-rating of an item is
    /// hidden until the coach has rated it (`--blind`, `b`).
    pub blind: bool,
    /// Where `Esc` on the job sheets goes back to.
    pub profiles_back: Screen,
}

impl App {
    pub fn new(library: Library, lang: Lang) -> App {
        App {
            library: Arc::new(library),
            lang,
            theme: super::theme::Theme::from_env(),
            place: Place::default(),
            overlay: None,
            home: HomeState::default(),
            form: FormState::default(),
            resume: ResumeState::default(),
            browse: BrowseState::default(),
            compare: Comparing::Idle,
            progress: None,
            cohort: CohortState::default(),
            search: SearchState::default(),
            status: None,
            quitting: false,
            copy_path: TextInput::default(),
            help_scroll: 0,
            viewport: ratatui::layout::Rect::new(0, 0, 80, 24),
            quick_next: None,
            blind: false,
            profiles_back: Screen::Home,
        }
    }

    /// Ends the program; the work is already saved after each change, one
    /// more save covers the position and the note being typed. While the
    /// latest changes are not on disk, quitting asks once (the second time
    /// it is meant).
    pub fn quit(&mut self) -> Vec<Effect> {
        if self.overlay == Some(Overlay::QuitUnsaved) {
            self.quitting = true;
            return vec![Effect::Quit];
        }
        self.keep_draft_note();
        let lang = self.lang;
        if let Some(session) = self.place.session_mut()
            && let Some(conflict) = &session.disk.conflict
        {
            // A question about the file on disk is open or was left: saving
            // again would only ask it again.
            let reason = conflict.not_saved(lang).to_string();
            session.disk.unsaved.get_or_insert(reason);
            self.overlay = Some(Overlay::QuitUnsaved);
            return Vec::new();
        }
        self.quitting = true;
        let mut effects = self.save_before_exit();
        effects.push(Effect::Quit);
        effects
    }

    /// Stops until `fg`, saved first like quitting (a stopped job is often
    /// killed later, or its terminal closed).
    pub fn suspend(&mut self) -> Vec<Effect> {
        let mut effects = self.save_before_exit();
        effects.push(Effect::Suspend);
        effects
    }

    /// What is written before the program ends or stops, however it does:
    /// `q`, Ctrl-C, Ctrl-Z and every terminating signal come through here.
    pub fn save_before_exit(&mut self) -> Vec<Effect> {
        if self.place.session().is_some() {
            vec![Effect::Save]
        } else {
            Vec::new()
        }
    }

    /// The note being typed is kept as the item's note, on any way out
    /// (a key, a signal, the loop ending). Returns whether that changed
    /// the assessment (it then needs saving).
    pub fn keep_draft_note(&mut self) -> bool {
        if self.overlay != Some(Overlay::Note) {
            return false;
        }
        self.overlay = None;
        let library = std::sync::Arc::clone(&self.library);
        self.place
            .session_mut()
            .is_some_and(|session| session.keep_draft_note(&library))
    }

    /// The text field keys go to, if any.
    pub fn editing_text(&self) -> bool {
        matches!(
            self.overlay,
            Some(Overlay::Note | Overlay::CopyPath | Overlay::Search)
        ) || (self.overlay.is_none() && self.place.screen() == Screen::NewForm)
            || (self.overlay.is_none()
                && self.place.screen() == Screen::ResumeList
                && self.resume.filter.is_some())
    }

    /// Builds a session for an opened assessment, on the item where it
    /// stopped, with nothing known of its file.
    pub fn open_session(&mut self, assessment: Assessment, path: PathBuf) {
        self.open_session_with(assessment, path, DiskState::default());
    }

    /// Builds a session for an assessment read from (or written to) its
    /// file, on the item where it stopped.
    pub fn open_session_with(&mut self, assessment: Assessment, path: PathBuf, disk: DiskState) {
        let catalogue = &self.library.catalogue;
        let cursor = assessment
            .position
            .as_deref()
            .and_then(|id| catalogue.index_of(id))
            .or_else(|| {
                // No position saved: the first unanswered item.
                catalogue
                    .items()
                    .iter()
                    .position(|i| !assessment.scores.contains_key(i.id.as_str()))
            })
            .unwrap_or(0);
        let mut session = Session {
            assessment,
            path,
            counterpart: None,
            cursor,
            level: 0,
            note: TextInput::default(),
            review_row: cursor,
            results: ResultsState {
                selected: 0,
                tab: DetailTab::Requirements,
                row: 0,
                what_if: BTreeMap::new(),
            },
            ranking: Ranking::default(),
            disk,
            undo: Vec::new(),
            quick: None,
            skip_answered: false,
            blind: self.blind,
        };
        session.level = current_score(&session, &self.library).unwrap_or(0);
        refresh_ranking(&mut session, &self.library);
        let quick = self
            .quick_next
            .take()
            .map(|settings| super::screens::quick::open(&mut session, &self.library, settings));
        self.place.open(session);
        self.overlay = None;
        if quick == Some(super::screens::quick::Exit::Standing) {
            self.place.go(Screen::Quick);
        }
    }
}

/// Moves the walk to `index`, remembering the position (saved for resume).
pub fn go_to(app: &mut App, index: usize) -> Vec<Effect> {
    match app.place.session_mut() {
        Some(session) => session::go_to(session, &app.library, index),
        None => Vec::new(),
    }
}

/// `c` in a session: the other rater's file is read again first (it may have
/// been changed or saved since the session opened), then compared.
pub fn request_comparison(app: &mut App) -> Vec<Effect> {
    if app.place.session().is_none() {
        return Vec::new();
    }
    app.compare = Comparing::Requested;
    vec![Effect::FindCounterpart]
}

pub fn open_results(app: &mut App) {
    if let Some(session) = app.place.session_mut() {
        session::prepare_results(session, &app.library);
        app.place.go(Screen::Results);
    }
}

/// Shows an error on the status line.
pub fn fail(app: &mut App, text: String) {
    app.status = Some(Status { text, error: true });
}

/// Shows a message on the status line.
pub fn tell(app: &mut App, text: String) {
    app.status = Some(Status { text, error: false });
}

/// Goes to an item of the open session (from a comparison or progress row).
pub fn walk_to(app: &mut App, item: &str) -> Vec<Effect> {
    match app.library.catalogue.index_of(item) {
        Some(index) if app.place.session().is_some() => {
            app.place.go(Screen::Walk);
            go_to(app, index)
        }
        _ => Vec::new(),
    }
}

impl App {
    /// The group screen's state and what it reads, borrowed apart.
    pub fn cohort_parts(&mut self) -> (&mut CohortState, Ctx<'_>) {
        let ctx = Ctx {
            library: &self.library,
            lang: self.lang,
            theme: self.theme,
        };
        (&mut self.cohort, ctx)
    }
}

/// The data, language and colours, for the screens that own their state.
pub fn ctx(app: &App) -> Ctx<'_> {
    Ctx {
        library: &app.library,
        lang: app.lang,
        theme: app.theme,
    }
}

/// Opens the group screen on `paths` (none: the saved assessments).
pub fn open_cohort(app: &mut App, paths: Vec<PathBuf>) -> Vec<Effect> {
    let (state, ctx) = app.cohort_parts();
    let effects = cohort::open(state, ctx, paths);
    app.place.go(Screen::Cohort);
    effects
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::Rater;

    #[test]
    fn a_session_screen_needs_its_session() {
        let mut place = Place::default();
        place.go(Screen::Walk);
        assert_eq!(place.screen(), Screen::Home, "refused: no session");
        let library = Library::empty();
        let mut app = App::new(library, Lang::En);
        app.open_session(
            Assessment::new("Ana", Rater::SelfRated, Lang::En),
            PathBuf::from("/nonexistent/ana.json"),
        );
        assert_eq!(app.place.screen(), Screen::Walk);
        // Kept aside elsewhere, and back with it.
        app.place.go(Screen::Profiles);
        assert!(app.place.session().is_some());
        app.place.go(Screen::Results);
        assert_eq!(app.place.screen(), Screen::Results);
    }
}
