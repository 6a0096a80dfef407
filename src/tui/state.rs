//! The TUI's state: screens, actions, effects, outcomes and what each
//! screen remembers. Only `update` (in `app`) changes it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use bilan_core::cohort::Cohort;
use bilan_core::compare::{Comparison, Progress};
use bilan_core::matching::{self, Ranking};
use bilan_core::storage::Summary;
use bilan_core::{Assessment, Lang, Library, Rater};

use super::text_input::{Edit, TextInput};

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

/// What the user asked for; produced by the keymap from key presses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    ToggleLang,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Left,
    Right,
    Confirm,
    NextSection,
    PrevSection,
    Rate(u8),
    ClearScore,
    Overview,
    EditNote,
    Results,
    NextProfile,
    NextTab,
    ResetWhatIf,
    JobSheet,
    /// Write the report (HTML) next to the saved assessments.
    Export,
    /// The terminal was resized (also sent once at start).
    Resize(u16, u16),
    /// Jump to a row of the current list (mouse click).
    Pick(usize),
    Edit(Edit),
    ToggleRater,
    /// Self-rating against the coach's rating.
    Compare,
    /// What changed since the last kept round (or between two marked files).
    Progress,
    /// Keep a dated copy of this round, to compare later rounds with.
    KeepRound,
    /// Mark a file of the resume list, to compare it with another.
    Mark,
    /// Back to the start screen (the session is saved).
    Home,
}

/// Work for the loop: the only way `update` reaches the outside world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the current assessment to its file.
    Save,
    /// Read the saved assessments for the resume list.
    LoadSummaries,
    /// Open a saved assessment.
    Open(PathBuf),
    /// Start (or reopen) the assessment of this person by this rater.
    Create {
        name: String,
        rater: Rater,
    },
    /// Write the current assessment's report (HTML) to the reports folder.
    Export,
    /// Read the other rater's file again (it may have changed meanwhile).
    FindCounterpart,
    /// Find the newest earlier round of the session's person and rater.
    LoadEarlierRound,
    /// Keep a dated copy of the session's assessment.
    KeepRound,
    /// Open two saved files to compare them (`kind`).
    OpenPair {
        first: PathBuf,
        second: PathBuf,
        kind: PairKind,
    },
    /// Analyse a group against a profile; no paths means the saved ones.
    Cohort {
        paths: Vec<PathBuf>,
        profile: String,
    },
    /// Stop the group analysis in flight; its result is dropped.
    CancelCohort,
    /// Write the group analysis (HTML) to the reports folder.
    ExportCohort,
    Quit,
}

/// What two files picked in the resume list are opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairKind {
    /// A self-rating and a coach's rating of one person.
    Compare,
    /// Two dates of one person.
    Progress,
}

/// What an effect produced, fed back into the state.
#[derive(Debug)]
pub enum Outcome {
    Summaries {
        list: Vec<Summary>,
        unreadable: usize,
    },
    Opened {
        assessment: Assessment,
        path: PathBuf,
    },
    Saved,
    /// A report was written there.
    Exported(PathBuf),
    /// The newest earlier round of the session's person, if any.
    EarlierRound(Option<(PathBuf, Assessment)>),
    /// This round was kept there.
    RoundKept(PathBuf),
    Pair {
        kind: PairKind,
        first: Assessment,
        second: Assessment,
    },
    Cohort(Cohort),
    /// How far the group analysis in flight has got.
    CohortProgress {
        done: usize,
        total: usize,
    },
    /// The other rater's file of the opened session's person, if saved.
    Counterpart(Option<Counterpart>),
    Failed(String),
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

pub const HOME_ENTRIES: usize = 5;

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

/// The other rater's assessment of the same person, found next to the
/// session's file: a coach sees the self-rating beside each item.
#[derive(Debug, Clone)]
pub struct Counterpart {
    pub path: PathBuf,
    pub assessment: Assessment,
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
    pub compare: Option<CompareState>,
    /// The comparison opens once the other rater's file has been read again.
    pub compare_requested: bool,
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
            compare: None,
            compare_requested: false,
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

pub fn step(value: usize, len: usize, forward: bool) -> usize {
    if len == 0 {
        0
    } else if forward {
        (value + 1).min(len - 1)
    } else {
        value.saturating_sub(1)
    }
}

/// Moves the walk to `index`, remembering the position (saved for resume).
pub fn go_to(app: &mut App, index: usize) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        return Vec::new();
    };
    session.cursor = index.min(len.saturating_sub(1));
    let id = app.library.catalogue.items()[session.cursor].id.clone();
    session.assessment.position = Some(id);
    session.level = current_score(session, &app.library).unwrap_or(0);
    vec![Effect::Save]
}

/// `c` in a session: the other rater's file is read again first (it may have
/// been changed or saved since the session opened), then compared.
pub fn request_comparison(app: &mut App) -> Vec<Effect> {
    if app.session.is_none() {
        return Vec::new();
    }
    app.compare_requested = true;
    vec![Effect::FindCounterpart]
}
