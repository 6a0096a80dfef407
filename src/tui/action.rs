//! What flows through the loop: actions (from keys, mouse and resizes) into
//! `update`, effects out of it for the loop to perform, and the outcomes of
//! those effects back into the state.

use std::path::PathBuf;

use bilan_core::cohort::Cohort;
use bilan_core::store::{Fingerprint, Summary};
use bilan_core::{Assessment, Rater};

use super::saving::{Conflict, DiskState, Unreadable};
use super::text_input::Edit;

/// What the user asked for; produced by the keymap from key presses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Hand the terminal back and stop until `fg` (Ctrl-Z, SIGTSTP).
    Suspend,
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
    /// Answer "not applicable / I can't judge" (no level).
    NotApplicable,
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
    /// The file changed on disk: read it again, this window's changes on top.
    Reload,
    /// The file changed on disk: overwrite it with this window's version.
    KeepMine,
    /// The file was deleted on disk: write it again.
    WriteAgain,
    /// The last save failed: write a copy somewhere else.
    WriteCopy,
    /// `/`: find an item by id or title.
    Search,
    /// Go to the next item with no answer.
    NextUnanswered,
    /// Undo the last rating change.
    Undo,
    /// The start and the end of a scrolling page (Home, End).
    First,
    Last,
    /// A key bound to nothing where it was pressed (a hint says so).
    UnknownKey,
    /// The resume list: sort by name or by date.
    ToggleSort,
    /// The resume list: type a name to keep only the matching files.
    Filter,
    /// Blind rating on or off: hide the self-rating until the coach rates.
    ToggleBlind,
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
        /// The coach's own name, when a coach rates and gave it.
        coach: Option<String>,
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
    /// Write a copy of the session's assessment there (its own file is
    /// left as it is).
    WriteCopy(PathBuf),
    Quit,
    /// Give the terminal back and stop the process until it is continued.
    Suspend,
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
        /// The files that cannot be read, each with why.
        unreadable: Vec<Unreadable>,
    },
    Opened {
        assessment: Assessment,
        path: PathBuf,
        /// What was read (or written) and whether this window may write.
        disk: Box<DiskState>,
    },
    /// Written; the fingerprint of what the file now holds.
    Saved(Fingerprint),
    /// Not written: why, in the screen's language.
    SaveFailed(String),
    /// Not written: the file changed or was deleted on disk meanwhile.
    Conflict(Conflict),
    /// A copy of the session's assessment was written there.
    CopyWritten(PathBuf),
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

/// The other rater's assessment of the same person, found next to the
/// session's file: a coach sees the self-rating beside each item.
#[derive(Debug, Clone)]
pub struct Counterpart {
    pub path: PathBuf,
    pub assessment: Assessment,
}

/// A line of news or error under the screen, until the next action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}
