//! An assessment being taken: its answers, where the walk is, the review
//! and results cursors, and the ranking kept up to date.

use std::collections::BTreeMap;
use std::path::PathBuf;

use bilan_core::matching::{self, Ranking};
use bilan_core::quick::{self, Settings, Step};
use bilan_core::{Assessment, Item, Library};

use super::action::{Counterpart, Effect};
use super::saving::DiskState;
use super::text_input::TextInput;

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
    /// What this window knows of its file: last read or written, whether it
    /// may write, whether the latest changes are on disk.
    pub disk: DiskState,
    /// Rating changes, oldest first, each with the answers it replaced
    /// (`u` takes back the last one).
    pub undo: Vec<RatingChange>,
    /// Taking the quick orientation: the walk asks the items it chooses.
    pub quick: Option<QuickRun>,
    /// After a quick orientation, rating an item moves on to the next
    /// unanswered one (the quick answers are not asked again).
    pub skip_answered: bool,
    /// Blind rating: the self-rating of an item stays hidden from the
    /// coach until the coach has rated it.
    pub blind: bool,
}

/// A session taking the quick orientation: where it stands after the
/// answers so far.
#[derive(Debug, Clone)]
pub struct QuickRun {
    pub settings: Settings,
    pub step: Step,
}

impl QuickRun {
    /// The orientation as it stands for this session's answers.
    pub fn start(session: &Session, library: &Library, settings: Settings) -> QuickRun {
        QuickRun {
            settings,
            step: quick::step(
                &library.catalogue,
                &library.profiles,
                &session.assessment,
                settings,
            ),
        }
    }

    pub fn stopped(&self) -> bool {
        self.step.next.is_none()
    }
}

/// One rating change: each item it changed, with its answer before.
pub type RatingChange = Vec<(String, Option<bilan_core::Answer>)>;

impl Session {
    /// The item under the walk's cursor; `None` only for an empty catalogue
    /// (the cursor is kept inside the catalogue by `go_to`).
    pub fn item<'a>(&self, library: &'a Library) -> Option<&'a Item> {
        library.catalogue.items().get(self.cursor)
    }

    /// Its id, owned, for changing the assessment.
    pub fn item_id(&self, library: &Library) -> Option<String> {
        self.item(library).map(|item| item.id.to_string())
    }
}

impl Session {
    /// Whether another window writes this assessment (this one only reads).
    pub fn read_only(&self) -> bool {
        self.disk.read_only.is_some()
    }

    /// The note being typed becomes the item's note (an exit, or Enter).
    /// Returns whether that changed the assessment.
    pub fn keep_draft_note(&mut self, library: &Library) -> bool {
        let Some(id) = self.item_id(library) else {
            return false;
        };
        let draft = self.note.text();
        let now = self.assessment.note(&id).unwrap_or("");
        if self.read_only() || draft.trim() == now.trim() {
            return false;
        }
        let draft = draft.to_string();
        self.assessment.set_note(&id, &draft);
        true
    }
}

/// In a coach's session, the candidate's self-rating of `item` when it may
/// be shown: always, unless blind rating hides it until the coach rates.
pub fn self_rating_of<'a>(session: &'a Session, item: &str) -> Option<&'a Assessment> {
    let other = session.counterpart.as_ref().map(|c| &c.assessment);
    (session.assessment.rater == bilan_core::Rater::Coach && !hidden_by_blind(session, item))
        .then_some(other)
        .flatten()
}

/// Whether blind rating hides the self-rating of `item` right now.
pub fn hidden_by_blind(session: &Session, item: &str) -> bool {
    session.blind
        && session.assessment.rater == bilan_core::Rater::Coach
        && session.counterpart.is_some()
        && session.assessment.answer(item).is_none()
}

pub fn current_score(session: &Session, library: &Library) -> Option<u8> {
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
pub fn go_to(session: &mut Session, library: &Library, index: usize) -> Vec<Effect> {
    session.cursor = index.min(library.catalogue.len().saturating_sub(1));
    session.assessment.position = session.item_id(library);
    session.level = current_score(session, library).unwrap_or(0);
    vec![Effect::Save]
}

/// The results as they stand, from their first row.
pub fn prepare_results(session: &mut Session, library: &Library) {
    refresh_ranking(session, library);
    session.results.row = 0;
}
