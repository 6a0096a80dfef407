//! The TUI's state: screens, actions, effects, outcomes and what each
//! screen remembers. Only `update` (in `app`) changes it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use bilan_core::cohort::Cohort;
use bilan_core::compare::{Comparison, Progress};
use bilan_core::matching::{self, Ranking};
use bilan_core::storage::Summary;
use bilan_core::{Assessment, Item, Lang, Library, Rater};

pub use super::action::{Action, Counterpart, Effect, Outcome, PairKind};
use super::text_input::TextInput;

/// The screens, one file each under `src/tui/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    NewForm,
    ResumeList,
    Profiles,
    Walk,
    Review,
    Results,
    /// Self-rating beside the coach's, widest disagreement first.
    Compare,
    /// What rose and fell since an earlier round.
    Progress,
    /// A group against one profile: priorities, people, heatmap.
    Cohort,
}

/// Panels drawn over the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Note,
}

/// Tabs of the results screen's detail panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailTab {
    Requirements,
    Gaps,
    Strengths,
    Radar,
}

impl DetailTab {
    pub const ALL: [DetailTab; 4] = [
        DetailTab::Requirements,
        DetailTab::Gaps,
        DetailTab::Strengths,
        DetailTab::Radar,
    ];

    pub(super) fn next(self) -> DetailTab {
        let i = DetailTab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        DetailTab::ALL[(i + 1) % DetailTab::ALL.len()]
    }
}

#[derive(Debug, Clone, Default)]
pub struct HomeState {
    pub selected: usize,
    /// How many assessments are saved; counted just after the first frame so
    /// start-up does not wait for the folder.
    pub saved: Option<usize>,
}

/// The start screen's menu, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeEntry {
    New,
    Resume,
    Profiles,
    Cohort,
    Quit,
}

impl HomeEntry {
    pub const ALL: [HomeEntry; 5] = [
        HomeEntry::New,
        HomeEntry::Resume,
        HomeEntry::Profiles,
        HomeEntry::Cohort,
        HomeEntry::Quit,
    ];
}

pub const HOME_ENTRIES: usize = HomeEntry::ALL.len();

#[derive(Debug, Clone, Default)]
pub struct FormState {
    pub name: TextInput,
    pub rater: Rater,
    pub error: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ResumeState {
    /// `None` until the loop has read the folder.
    pub summaries: Option<Vec<Summary>>,
    pub unreadable: usize,
    pub selected: usize,
    /// A file marked to be compared with the selected one.
    pub marked: Option<PathBuf>,
}

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
    Shown(CompareState),
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

/// A progress view on screen, and where to go back to.
#[derive(Debug, Clone)]
pub struct ProgressState {
    pub progress: Progress,
    pub row: usize,
    pub back: Screen,
    pub from_session: bool,
}

/// Tabs of the cohort screen.
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

#[derive(Debug, Clone, Default)]
pub struct BrowseState {
    pub profile: usize,
    pub scroll: u16,
}

#[derive(Debug, Clone)]
pub struct ResultsState {
    /// Index into the ranking (0 = best match).
    pub selected: usize,
    pub tab: DetailTab,
    pub row: usize,
    /// Hypothetical scores by catalogue index ("what if"), never saved.
    pub what_if: BTreeMap<usize, u8>,
}

/// An assessment being taken.
#[derive(Debug, Clone)]
pub struct Session {
    pub assessment: Assessment,
    pub path: PathBuf,
    /// The other rater's assessment, when one is saved.
    pub counterpart: Option<Counterpart>,
    /// The current item (catalogue index).
    pub cursor: usize,
    /// The highlighted level (0–5) on the current item.
    pub level: u8,
    pub note: TextInput,
    /// Selected row of the review table.
    pub review_row: usize,
    pub results: ResultsState,
    /// The ranking for the current scores plus what-if changes.
    pub ranking: Ranking,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    /// Shared with the worker that analyses a group.
    pub library: Arc<Library>,
    pub lang: Lang,
    pub theme: super::theme::Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub home: HomeState,
    pub form: FormState,
    pub resume: ResumeState,
    pub browse: BrowseState,
    pub session: Option<Session>,
    pub compare: Comparing,
    pub progress: Option<ProgressState>,
    pub cohort: CohortState,
    pub status: Option<Status>,
    pub quitting: bool,
    /// First line of the help shown (the help scrolls when it does not fit).
    pub help_scroll: u16,
    /// The terminal's size, told by the loop; used to bound scrolling.
    pub viewport: ratatui::layout::Rect,
}

impl App {
    pub fn new(library: Library, lang: Lang) -> App {
        App {
            library: Arc::new(library),
            lang,
            theme: super::theme::Theme::from_env(),
            screen: Screen::Home,
            overlay: None,
            home: HomeState::default(),
            form: FormState::default(),
            resume: ResumeState::default(),
            browse: BrowseState::default(),
            session: None,
            compare: Comparing::Idle,
            progress: None,
            cohort: CohortState::default(),
            status: None,
            quitting: false,
            help_scroll: 0,
            viewport: ratatui::layout::Rect::new(0, 0, 80, 24),
        }
    }

    /// Ends the program; the work is already saved after each change, one
    /// more save covers the position.
    pub fn quit(&mut self) -> Vec<Effect> {
        self.quitting = true;
        if self.session.is_some() {
            vec![Effect::Save, Effect::Quit]
        } else {
            vec![Effect::Quit]
        }
    }

    /// The text field keys go to, if any.
    pub fn editing_text(&self) -> bool {
        self.overlay == Some(Overlay::Note)
            || (self.overlay.is_none() && self.screen == Screen::NewForm)
    }

    pub(super) fn items_len(&self) -> usize {
        self.library.catalogue.len()
    }

    /// Builds a session for an opened assessment, on the item where it stopped.
    pub fn open_session(&mut self, assessment: Assessment, path: PathBuf) {
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
                    .position(|i| !assessment.scores.contains_key(&i.id))
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
            ranking: Ranking {
                completeness: matching::Completeness {
                    answered: 0,
                    total: 0,
                    percent: 0.0,
                },
                matches: Vec::new(),
                ties: Vec::new(),
            },
        };
        session.level = current_score(&session, &self.library).unwrap_or(0);
        refresh_ranking(&mut session, &self.library);
        self.session = Some(session);
        self.screen = Screen::Walk;
        self.overlay = None;
    }
}

impl Session {
    /// The item under the walk's cursor; `None` only for an empty catalogue
    /// (the cursor is kept inside the catalogue by `go_to`).
    pub fn item<'a>(&self, library: &'a Library) -> Option<&'a Item> {
        library.catalogue.items().get(self.cursor)
    }

    /// Its id, owned, for changing the assessment.
    pub fn item_id(&self, library: &Library) -> Option<String> {
        self.item(library).map(|item| item.id.clone())
    }
}

pub(super) fn current_score(session: &Session, library: &Library) -> Option<u8> {
    let item = library.catalogue.items().get(session.cursor)?;
    session.assessment.score(&item.id)
}

/// Recomputes the ranking (real scores plus what-if); a few microseconds.
pub fn refresh_ranking(session: &mut Session, library: &Library) {
    let catalogue = &library.catalogue;
    let mut levels = session.assessment.score_vector(catalogue);
    let mut answered = session.assessment.answered_vector(catalogue);
    for (index, level) in &session.results.what_if {
        if let Some(slot) = levels.get_mut(*index) {
            *slot = *level;
            answered[*index] = true;
        }
    }
    session.ranking = matching::rank(&library.profiles, catalogue, &levels, &answered);
}

/// The scores the results screen shows (real plus what-if), by catalogue index.
pub fn effective_levels(session: &Session, library: &Library) -> Vec<u8> {
    let mut levels = session.assessment.score_vector(&library.catalogue);
    for (index, level) in &session.results.what_if {
        if let Some(slot) = levels.get_mut(*index) {
            *slot = *level;
        }
    }
    levels
}

/// Moves the walk to `index`, remembering the position (saved for resume).
pub fn go_to(app: &mut App, index: usize) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        return Vec::new();
    };
    session.cursor = index.min(len.saturating_sub(1));
    session.assessment.position = session.item_id(&app.library);
    session.level = current_score(session, &app.library).unwrap_or(0);
    vec![Effect::Save]
}

/// `c` in a session: the other rater's file is read again first (it may have
/// been changed or saved since the session opened), then compared.
pub fn request_comparison(app: &mut App) -> Vec<Effect> {
    if app.session.is_none() {
        return Vec::new();
    }
    app.compare = Comparing::Requested;
    vec![Effect::FindCounterpart]
}

pub fn open_results(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        refresh_ranking(session, &app.library);
        session.results.row = 0;
        app.screen = Screen::Results;
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
        Some(index) if app.session.is_some() => {
            app.screen = Screen::Walk;
            go_to(app, index)
        }
        _ => Vec::new(),
    }
}
