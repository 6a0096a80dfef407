//! What the group analysis gives: plain data, ready to lay out.

use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::Rater;
use crate::ids::{ItemId, ProfileId};
use crate::profile::Importance;
use crate::text::Localized;
use crate::time::Timestamp;

/// How many of a person's largest gaps are listed.
pub const LARGEST_GAPS: usize = 3;

/// The share of the profile's requirements (in %) a person must have
/// answered ("not applicable" included) to count in the group's means and
/// priorities: below it, the fit is mostly unanswered items, and would drag
/// every mean down. Such a person is still listed, flagged.
pub const MIN_ANSWERED_PERCENT: f64 = 50.0;

/// The whole analysis of a cohort against one profile.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Cohort {
    /// The target profile.
    pub profile: ProfileId,
    pub name: Localized,
    /// Files looked at, valid or not (folders walked, duplicates included).
    pub files: usize,
    /// Mean fit of the people counted (see `counted`), 0–100 (exact, in
    /// JSON too).
    pub mean_fit: f64,
    /// People in the means and the requirements' figures: those who
    /// answered at least `min_answered_percent` of the profile's
    /// requirements.
    pub counted: usize,
    /// The threshold, in % of the profile's requirements answered
    /// ([`MIN_ANSWERED_PERCENT`]).
    pub min_answered_percent: f64,
    /// The profile's requirements, highest training priority first.
    pub requirements: Vec<RequirementGaps>,
    /// The people analysed, one row per person (the coach's rating where
    /// there is one, else the self-rating), best fit first.
    pub people: Vec<PersonFit>,
    /// Gap levels per person (rows, as in `people`) and requirement
    /// (columns, as in `requirements`); 0 = met, `null` = not applicable.
    pub heatmap: Heatmap,
    /// Files that are not valid assessments, with why; they were skipped.
    pub invalid: Vec<InvalidFile>,
    /// Older files of a person already analysed, which were left out.
    pub duplicates: Vec<Duplicate>,
}

/// One requirement of the profile across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RequirementGaps {
    pub item: ItemId,
    pub title: Localized,
    /// The level the profile requires.
    pub required: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_max: Option<u8>,
    pub importance: Importance,
    /// People counted (see [`Cohort::counted`]) below the required level
    /// (unanswered counts as 0; "not applicable" is left out). Every figure
    /// of a requirement is over the people counted.
    pub below: usize,
    /// People who did not answer this item.
    pub unanswered: usize,
    /// People who answered "not applicable / can't judge": left out of
    /// `below`, `mean_gap`, `distribution` and `priority`.
    pub not_applicable: usize,
    /// Mean shortfall in levels (met = 0) over everyone but those who
    /// answered "not applicable" (exact).
    pub mean_gap: f64,
    /// How many people fall short by 0, 1, 2, 3, 4 and 5 levels ("not
    /// applicable" left out).
    pub distribution: [usize; 6],
    /// Training priority: the fit points this requirement costs, summed over
    /// people (exact); "not
    /// applicable" costs none here.
    pub priority: f64,
}

/// One person's result.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PersonFit {
    /// The name as written in the file (trimmed).
    pub person: String,
    pub rater: Rater,
    pub path: String,
    pub updated: Option<Timestamp>,
    /// Fit for the target profile, 0–100, unanswered items counted as 0: a
    /// floor (exact, in JSON too). People are ranked by it.
    pub fit: f64,
    /// The fit with every unanswered (or "not applicable") requirement
    /// counted as met: the most it can become (exact, in JSON too).
    /// Equal to `fit` when the person answered every requirement.
    pub fit_ceiling: f64,
    /// Requirements of the profile this person answered, "not applicable"
    /// included (out of [`Cohort::requirements`]).
    pub answered: usize,
    /// Of those, the ones answered "not applicable / can't judge" (not
    /// scored: the fit counts them as 0).
    pub not_applicable: usize,
    /// Whether the person answered enough of the profile's requirements
    /// ([`MIN_ANSWERED_PERCENT`]) to count in the means and priorities.
    pub counted: bool,
    /// The (up to three) largest gaps: most points lost first, then most
    /// levels, then profile order.
    pub largest_gaps: Vec<PersonGap>,
    /// Scored item ids the catalogue does not know: ignored by the
    /// analysis, and told (a typo, or a file made for another catalogue).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown_items: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PersonGap {
    pub item: ItemId,
    /// Levels short of the requirement.
    pub gap: u8,
    /// Fit points this gap costs (exact).
    pub points_lost: f64,
}

/// People × requirements, shortfall in levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Heatmap {
    /// Column headers: item ids, in the order of [`Cohort::requirements`].
    pub items: Vec<ItemId>,
    /// One row per person, in the order of [`Cohort::people`]; one gap in
    /// levels per column, 0 = met, `None` (`null`) = answered "not
    /// applicable" (no known gap).
    pub rows: Vec<Vec<Option<u8>>>,
}

/// A file that could not be analysed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct InvalidFile {
    pub path: String,
    /// The full error message (it names the file, the place and the fix).
    pub error: String,
    /// The error itself, so that people read it in their language (the
    /// JSON keeps `error`, in English).
    #[serde(skip)]
    pub cause: Option<std::sync::Arc<crate::Error>>,
}

// Two entries are the same when they say the same thing (the cause is what
// `error` words).
impl PartialEq for InvalidFile {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.error == other.error
    }
}

impl Eq for InvalidFile {}

/// Why a duplicate was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// The kept file was updated later.
    Older,
    /// Both were updated at the same time; the kept file's path sorts first.
    SameTime,
    /// A self-rating of a person the coach rated too: the group counts each
    /// person once, by the coach's rating.
    CoachRated,
}

/// A file left out because a newer one of the same person and rater exists,
/// or because the coach's rating of that person counts instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Duplicate {
    pub path: String,
    pub person: String,
    pub rater: Rater,
    pub updated: Option<Timestamp>,
    /// The file analysed instead.
    pub kept: String,
    pub reason: DuplicateReason,
}
