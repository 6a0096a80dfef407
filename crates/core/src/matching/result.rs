//! What matching gives: values, never sentences (the words are in the
//! report crate's l10n). Figures are kept exact, in JSON too; every output
//! people read rounds the exact value once, with [`round1`].

use serde::Serialize;

use crate::ids::{ItemId, ProfileId};
use crate::profile::Importance;
use crate::text::Localized;

/// The one rounding of a figure people read: one decimal, halves away from
/// zero, from the exact value (139/207 = 67.149…% is 67.1, never 67.15 then
/// 67.2). Every output (screens, CLI, documents, CSV) rounds through it,
/// once; core keeps exact values, and JSON carries them unrounded, so a
/// script that rounds a JSON figure with this rule gets the figure shown.
pub fn round1(value: f64) -> f64 {
    if !value.is_finite() {
        return value;
    }
    (value * 10.0).round() / 10.0
}

/// How one requirement was met.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementResult {
    pub item: ItemId,
    pub title: Localized,
    pub required: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_max: Option<u8>,
    /// The score given; `None` when the item was not answered (counts as 0).
    pub actual: Option<u8>,
    /// For an unanswered item, the level the estimate guesses for it (see
    /// the module's rule); absent when answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<u8>,
    pub importance: Importance,
    /// Share of the requirement reached, 0–1.
    pub credit: f64,
    /// Fit points this requirement costs (0 when met).
    pub points_lost: f64,
    pub source: String,
}

impl RequirementResult {
    pub fn level(&self) -> u8 {
        self.actual.unwrap_or(0)
    }

    pub fn is_gap(&self) -> bool {
        self.level() < self.required
    }

    /// A core requirement answered 0: "not started".
    pub fn core_not_started(&self) -> bool {
        self.importance == Importance::Core && self.actual == Some(0)
    }
}

/// A shortfall, with what to aim for next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub item: ItemId,
    pub title: Localized,
    pub actual: u8,
    /// Whether the item was answered (`actual` is 0 when it was not).
    pub answered: bool,
    pub required: u8,
    pub importance: Importance,
    pub points_lost: f64,
    /// The level just above the current one: the next step.
    pub next_level: u8,
    /// What that next level looks like: the next step's goal.
    pub goal: Option<Localized>,
    /// Linked knowledge/skill codes.
    pub codes: Vec<String>,
}

/// One part of a fit: the e-CF competences, or the traits.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct BlockFit {
    /// Share of this block's own weighted required levels reached, 0–100
    /// (unanswered = 0, like the fit); 0 when the profile requires nothing
    /// in the block.
    pub fit: f64,
    /// Fit points the block contributes: the blocks' points add up to the
    /// profile's fit.
    pub points: f64,
    /// The most points the block can contribute (its weight in the profile):
    /// the blocks' maxima add up to 100.
    pub max_points: f64,
    /// Requirements of the block answered, and how many it has.
    pub answered: usize,
    pub required: usize,
}

/// The e-CF part and the traits part of a fit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Blocks {
    pub ecf: BlockFit,
    pub traits: BlockFit,
}

/// The fit of one profile, fully explained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchResult {
    pub profile: ProfileId,
    pub name: Localized,
    /// 0–100, unanswered items counted as 0: the floor.
    pub fit: f64,
    /// 0–100, unanswered items counted as met: the most the fit can become.
    pub fit_ceiling: f64,
    /// 0–100, each unanswered item guessed from the person's own answers in
    /// the same block (see the module's rule): an estimate, between the fit
    /// and the ceiling. All three are equal when every requirement is
    /// answered.
    pub fit_estimate: f64,
    /// The e-CF part and the traits part of the fit.
    pub blocks: Blocks,
    /// Core requirements answered 0, in profile order: "not started".
    pub core_not_started: Vec<ItemId>,
    /// Mean distance in levels to the targets (tie-breaker; lower is closer).
    pub distance: f64,
    /// Requirements of this profile that were answered, and how many it has.
    pub answered: usize,
    pub required: usize,
    pub requirements: Vec<RequirementResult>,
    /// Shortfalls, largest points lost first.
    pub gaps: Vec<Gap>,
    /// Requirements met, those exceeded most first.
    pub strengths: Vec<ItemId>,
}

impl MatchResult {
    /// Share of this profile's requirements that were answered, 0–100.
    pub fn completeness(&self) -> f64 {
        percent(self.answered, self.required)
    }

    /// Whether every requirement of the profile is answered (then the fit,
    /// the estimate and the ceiling are the same).
    pub fn is_complete(&self) -> bool {
        self.answered == self.required
    }
}

/// How much of the whole catalogue was answered.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Completeness {
    pub answered: usize,
    pub total: usize,
    pub percent: f64,
}

impl Completeness {
    pub fn is_complete(&self) -> bool {
        self.answered >= self.total
    }
}

/// Every profile's match, best fit first, with whether the first place is
/// settled and the reasons for any tie.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Ranking {
    pub completeness: Completeness,
    /// Best fit (floor) first; when nothing is reached, in the library's
    /// order (there is no ranking then).
    pub matches: Vec<MatchResult>,
    /// Every fit is 0: no profile is reached, and nothing is ranked.
    pub nothing_reached: bool,
    /// No answer to the unanswered items can change the first place: the
    /// leader's fit is above every other profile's ceiling (or equal to it
    /// with both complete). Never when nothing is reached.
    pub decided: bool,
    /// The first place is decided, but by less than one level: the
    /// leader's fit is ahead of the second's by less than what one level
    /// of the leader's lightest requirement is worth (100 × that
    /// requirement's weight / the leader's total weighted levels; 100/208,
    /// about 0.48 points, for the built-in CM). No unanswered item can
    /// change the order, yet the lead rests on less than one level of one
    /// answer: a rating one level apart on a single item could swap the
    /// two, and the ratings are not that precise. A coach should read the
    /// first two as equally close. A decided tie (a lead of 0) is narrow
    /// too. Never when the ranking is not decided, when nothing is
    /// reached, or with fewer than two profiles.
    pub narrow_lead: bool,
    /// When not decided: the profile whose ceiling reaches the leader's fit
    /// and whose estimate is highest, the one that may take first place.
    pub challenger: Option<ProfileId>,
    /// When not decided: the (up to three) unanswered items that can move
    /// the gap between the leader and the challenger most, largest first.
    pub deciding_items: Vec<ItemId>,
    /// One per tie that had to be broken, in ranking order (none when
    /// nothing is reached).
    pub ties: Vec<Tie>,
}

/// Two neighbours in the ranking with exactly the same fit, and why the
/// first comes first. A value, not a sentence: the words are in the
/// report crate's l10n.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tie {
    pub first: ProfileId,
    pub second: ProfileId,
    /// The fit both have, 0–100.
    pub fit: f64,
    pub reason: TieReason,
}

/// How a tie was broken.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TieReason {
    /// The first is closer to the whole profile: the mean distance in levels
    /// of each, first and second.
    Closer { first: f64, second: f64 },
    /// Equally close: ordered by profile id.
    ById,
}

pub(super) fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
