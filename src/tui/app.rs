//! The TUI's state and its `update`: every change of state happens here, with
//! no I/O. Work that touches the outside world is returned as an [`Effect`]
//! for the loop to perform.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::i18n::strings;
use crate::model::cohort::Cohort;
use crate::model::compare::{Comparison, Progress};
use crate::model::matching::{self, Ranking};
use crate::model::storage::Summary;
use crate::model::{Assessment, Lang, Library, Rater};

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

    fn next(self) -> DetailTab {
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
    pub library: Library,
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
            library,
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

    /// The text field keys go to, if any.
    pub fn editing_text(&self) -> bool {
        self.overlay == Some(Overlay::Note)
            || (self.overlay.is_none() && self.screen == Screen::NewForm)
    }

    fn items_len(&self) -> usize {
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

fn current_score(session: &Session, library: &Library) -> Option<u8> {
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

pub(super) fn step(value: usize, len: usize, forward: bool) -> usize {
    if len == 0 {
        0
    } else if forward {
        (value + 1).min(len - 1)
    } else {
        value.saturating_sub(1)
    }
}

/// The body area of the current viewport.
fn body(app: &App) -> ratatui::layout::Rect {
    super::view::frame_areas(app, app.viewport).body
}

/// How far the help can scroll at the current size.
pub fn help_max_scroll(app: &App) -> u16 {
    super::help::max_scroll(app, body(app))
}

/// How far the job sheet can scroll at the current size.
pub fn profile_max_scroll(app: &App) -> u16 {
    super::profiles::max_scroll(app, body(app))
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
        app.quitting = true;
        return if app.session.is_some() {
            vec![Effect::Save, Effect::Quit]
        } else {
            vec![Effect::Quit]
        };
    }
    if action == Action::ToggleLang && !app.editing_text() {
        app.lang = app.lang.toggled();
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Help) => {
            let max = help_max_scroll(app);
            match action {
                Action::Help | Action::Back | Action::Confirm => app.overlay = None,
                Action::Up => app.help_scroll = app.help_scroll.saturating_sub(1),
                Action::Down => app.help_scroll = (app.help_scroll + 1).min(max),
                Action::PageUp => app.help_scroll = app.help_scroll.saturating_sub(10),
                Action::PageDown => app.help_scroll = (app.help_scroll + 10).min(max),
                _ => {}
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
                    crate::i18n::coaching(app.lang).round_kept,
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
        Outcome::Counterpart(found) => {
            if let Some(session) = app.session.as_mut() {
                session.counterpart = found;
            }
            if std::mem::take(&mut app.compare_requested) {
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
    let entry = match action {
        Action::Up => {
            app.home.selected = step(app.home.selected, HOME_ENTRIES, false);
            return Vec::new();
        }
        Action::Down => {
            app.home.selected = step(app.home.selected, HOME_ENTRIES, true);
            return Vec::new();
        }
        Action::Pick(row) if row < HOME_ENTRIES => {
            app.home.selected = row;
            row
        }
        Action::Confirm | Action::Right => app.home.selected,
        Action::Back => return update(app, Action::Quit),
        _ => return Vec::new(),
    };
    match entry {
        0 => {
            app.form = FormState::default();
            app.screen = Screen::NewForm;
            Vec::new()
        }
        1 => {
            app.screen = Screen::ResumeList;
            app.resume.summaries = None;
            vec![Effect::LoadSummaries]
        }
        2 => {
            app.screen = Screen::Profiles;
            Vec::new()
        }
        3 => super::coach_update::open_cohort(app, Vec::new()),
        _ => update(app, Action::Quit),
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
    match action {
        Action::Up => app.resume.selected = step(app.resume.selected, len, false),
        Action::Down => app.resume.selected = step(app.resume.selected, len, true),
        Action::PageUp => app.resume.selected = app.resume.selected.saturating_sub(10),
        Action::PageDown => {
            app.resume.selected = (app.resume.selected + 10).min(len.saturating_sub(1))
        }
        Action::Back | Action::Left => app.screen = Screen::Home,
        Action::Pick(row) if row < len => {
            app.resume.selected = row;
            return update_resume(app, Action::Confirm);
        }
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
    match action {
        Action::Up => app.browse.scroll = app.browse.scroll.saturating_sub(1),
        Action::Down => {
            app.browse.scroll = app
                .browse
                .scroll
                .saturating_add(1)
                .min(profile_max_scroll(app))
        }
        Action::PageUp => app.browse.scroll = app.browse.scroll.saturating_sub(10),
        Action::PageDown => {
            app.browse.scroll = app
                .browse
                .scroll
                .saturating_add(10)
                .min(profile_max_scroll(app))
        }
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

/// Moves the walk to `index`, remembering the position (saved for resume).
pub(super) fn go_to(app: &mut App, index: usize) -> Vec<Effect> {
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

fn rate_current(app: &mut App, level: u8) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        return Vec::new();
    };
    let id = app.library.catalogue.items()[session.cursor].id.clone();
    session.assessment.set_score(&id, Some(level.min(5)));
    session.results.what_if.remove(&session.cursor);
    refresh_ranking(session, &app.library);
    let next = session.cursor + 1;
    if next < len {
        go_to(app, next)
    } else {
        // Last item rated: show the review, where gaps and unanswered items
        // are, on the first unanswered one (else on the item just rated).
        app.screen = Screen::Review;
        if let Some(session) = app.session.as_mut() {
            session.level = level;
            session.review_row = app
                .library
                .catalogue
                .items()
                .iter()
                .position(|i| !session.assessment.scores.contains_key(&i.id))
                .unwrap_or(session.cursor);
        }
        vec![Effect::Save]
    }
}

fn section_jump(app: &App, forward: bool) -> Option<usize> {
    let session = app.session.as_ref()?;
    let starts = app.library.catalogue.section_starts();
    let current = starts
        .iter()
        .rposition(|(start, _)| *start <= session.cursor)
        .unwrap_or(0);
    let target = if forward {
        (current + 1).min(starts.len().saturating_sub(1))
    } else if session.cursor > starts.get(current)?.0 {
        current
    } else {
        current.saturating_sub(1)
    };
    starts.get(target).map(|(start, _)| *start)
}

fn update_walk(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    match action {
        Action::Rate(level) => return rate_current(app, level),
        Action::Up => session.level = session.level.saturating_sub(1),
        Action::Down => session.level = (session.level + 1).min(5),
        Action::Pick(level) if level <= 5 => return rate_current(app, level as u8),
        Action::Confirm => {
            let level = session.level;
            return rate_current(app, level);
        }
        Action::ClearScore => {
            let id = app.library.catalogue.items()[session.cursor].id.clone();
            session.assessment.set_score(&id, None);
            refresh_ranking(session, &app.library);
            return vec![Effect::Save];
        }
        Action::Left | Action::PageUp => {
            let target = session.cursor.saturating_sub(1);
            return go_to(app, target);
        }
        Action::Right | Action::PageDown => {
            let target = session.cursor + 1;
            return go_to(app, target);
        }
        Action::NextSection | Action::PrevSection => {
            if let Some(target) = section_jump(app, action == Action::NextSection) {
                return go_to(app, target);
            }
        }
        Action::Overview | Action::Back => {
            session.review_row = session.cursor;
            app.screen = Screen::Review;
            // A coach's review shows the self-rating as it is now.
            if session.assessment.rater == Rater::Coach {
                return vec![Effect::FindCounterpart];
            }
        }
        Action::EditNote => {
            let id = &app.library.catalogue.items()[session.cursor].id;
            session.note = TextInput::with_text(session.assessment.note(id).unwrap_or(""));
            app.overlay = Some(Overlay::Note);
        }
        Action::Results => open_results(app),
        Action::Compare => return super::coach_update::request_comparison(app),
        _ => {}
    }
    Vec::new()
}

fn open_results(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        refresh_ranking(session, &app.library);
        session.results.row = 0;
        app.screen = Screen::Results;
    }
}

fn update_note(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.overlay = None;
        return Vec::new();
    };
    match action {
        Action::Edit(edit) => session.note.apply(edit),
        Action::Back => app.overlay = None,
        Action::Confirm => {
            let id = app.library.catalogue.items()[session.cursor].id.clone();
            let text = session.note.text().to_string();
            session.assessment.set_note(&id, &text);
            app.overlay = None;
            return vec![Effect::Save];
        }
        _ => {}
    }
    Vec::new()
}

fn update_review(app: &mut App, action: Action) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    match action {
        Action::Up => session.review_row = step(session.review_row, len, false),
        Action::Down => session.review_row = step(session.review_row, len, true),
        Action::PageUp => session.review_row = session.review_row.saturating_sub(10),
        Action::PageDown => session.review_row = (session.review_row + 10).min(len - 1),
        Action::NextSection | Action::PrevSection => {
            let starts = app.library.catalogue.section_starts();
            let row = session.review_row;
            let current = starts.iter().rposition(|(s, _)| *s <= row).unwrap_or(0);
            let target = if action == Action::NextSection {
                (current + 1).min(starts.len() - 1)
            } else {
                current.saturating_sub(1)
            };
            session.review_row = starts[target].0;
        }
        Action::Rate(level) => {
            let id = app.library.catalogue.items()[session.review_row].id.clone();
            session.assessment.set_score(&id, Some(level));
            refresh_ranking(session, &app.library);
            session.review_row = step(session.review_row, len, true);
            return vec![Effect::Save];
        }
        Action::Pick(row) if row < len => {
            session.review_row = row;
            app.screen = Screen::Walk;
            return go_to(app, row);
        }
        Action::Confirm | Action::Right => {
            let row = session.review_row;
            app.screen = Screen::Walk;
            return go_to(app, row);
        }
        Action::Results => open_results(app),
        Action::Compare => return super::coach_update::request_comparison(app),
        Action::Progress => return vec![Effect::LoadEarlierRound],
        Action::Back | Action::Overview | Action::Left => app.screen = Screen::Walk,
        _ => {}
    }
    Vec::new()
}

/// Rows of the selected detail tab, for cursor bounds.
fn detail_rows(session: &Session) -> usize {
    let Some(result) = session.ranking.matches.get(session.results.selected) else {
        return 0;
    };
    match session.results.tab {
        DetailTab::Requirements => result.requirements.len(),
        DetailTab::Gaps => result.gaps.len(),
        DetailTab::Strengths => result.strengths.len(),
        DetailTab::Radar => 0,
    }
}

/// The item behind the selected row of the detail panel.
pub fn selected_detail_item(session: &Session) -> Option<&str> {
    let result = session.ranking.matches.get(session.results.selected)?;
    let row = session.results.row;
    match session.results.tab {
        DetailTab::Requirements => result.requirements.get(row).map(|r| r.item.as_str()),
        DetailTab::Gaps => result.gaps.get(row).map(|g| g.item.as_str()),
        DetailTab::Strengths => result.strengths.get(row).map(String::as_str),
        DetailTab::Radar => None,
    }
}

fn update_results(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    let rows = detail_rows(session);
    match action {
        Action::Up => session.results.row = step(session.results.row, rows, false),
        Action::Down => session.results.row = step(session.results.row, rows, true),
        Action::PageUp => session.results.row = session.results.row.saturating_sub(10),
        Action::PageDown => {
            session.results.row = (session.results.row + 10).min(rows.saturating_sub(1))
        }
        Action::NextProfile | Action::NextSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + 1) % count;
            session.results.row = 0;
        }
        Action::PrevSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + count - 1) % count;
            session.results.row = 0;
        }
        Action::Pick(row) if row < session.ranking.matches.len() => {
            session.results.selected = row;
            session.results.row = 0;
        }
        Action::NextTab => {
            session.results.tab = session.results.tab.next();
            session.results.row = 0;
        }
        Action::Left | Action::Right | Action::Rate(_) => {
            // What if: try another level for the selected requirement.
            let Some(item) = selected_detail_item(session).map(str::to_string) else {
                return Vec::new();
            };
            let Some(index) = app.library.catalogue.index_of(&item) else {
                return Vec::new();
            };
            let real = session.assessment.score(&item).unwrap_or(0);
            let current = session.results.what_if.get(&index).copied().unwrap_or(real);
            let wanted = match action {
                Action::Left => current.saturating_sub(1),
                Action::Right => (current + 1).min(5),
                Action::Rate(level) => level,
                _ => current,
            };
            // Keep the selected profile in view while the ranking reorders.
            let profile = session
                .ranking
                .matches
                .get(session.results.selected)
                .map(|m| m.profile.clone());
            if wanted == real && session.assessment.score(&item).is_some() {
                session.results.what_if.remove(&index);
            } else {
                session.results.what_if.insert(index, wanted);
            }
            refresh_ranking(session, &app.library);
            if let Some(profile) = profile {
                if let Some(i) = session
                    .ranking
                    .matches
                    .iter()
                    .position(|m| m.profile == profile)
                {
                    session.results.selected = i;
                }
            }
            if session.results.tab != DetailTab::Requirements {
                session.results.row = session
                    .results
                    .row
                    .min(detail_rows(session).saturating_sub(1));
            }
        }
        Action::ResetWhatIf => {
            session.results.what_if.clear();
            refresh_ranking(session, &app.library);
        }
        Action::Confirm => {
            if let Some(index) =
                selected_detail_item(session).and_then(|item| app.library.catalogue.index_of(item))
            {
                app.screen = Screen::Walk;
                return go_to(app, index);
            }
        }
        Action::Overview => {
            app.screen = Screen::Review;
        }
        Action::Export => return vec![Effect::Export],
        Action::Compare => return super::coach_update::request_comparison(app),
        Action::Progress => return vec![Effect::LoadEarlierRound],
        Action::KeepRound => return vec![Effect::KeepRound],
        Action::JobSheet => {
            app.browse.profile = app
                .library
                .profiles
                .iter()
                .position(|p| {
                    Some(p.id.as_str())
                        == session
                            .ranking
                            .matches
                            .get(session.results.selected)
                            .map(|m| m.profile.as_str())
                })
                .unwrap_or(0);
            app.browse.scroll = 0;
            app.screen = Screen::Profiles;
        }
        Action::Back | Action::Results => app.screen = Screen::Walk,
        _ => {}
    }
    Vec::new()
}
