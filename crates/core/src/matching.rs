//! Matching an assessment against role profiles.
//!
//! The rule, in one sentence: the fit is the share of the required levels
//! reached, each level of a core requirement counting double; levels above a
//! requirement earn nothing more and cost nothing, and an unanswered item
//! counts as 0.
//!
//! Counting levels (rather than averaging each requirement's share) makes a
//! one-level shortfall cost the same whatever the required level: 2 units on
//! a core requirement, 1 on a secondary one. So property 4 of DESIGN.md holds
//! between any two requirements, not only between two at the same level. The
//! sums are integers, so equal fits are exactly equal.

use serde::{Serialize, Serializer};

use crate::assessment::Assessment;
use crate::catalogue::Catalogue;
use crate::ids::{ItemId, ProfileId};
use crate::profile::{Importance, Profile};
use crate::text::Localized;

/// Rounds to two decimals so JSON readers and snapshots see stable numbers.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// Weight of one level of a requirement.
fn level_weight(importance: Importance) -> u32 {
    match importance {
        Importance::Core => 2,
        Importance::Secondary => 1,
    }
}

fn fit_percent(earned: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        // Integer numerator and denominator: correctly rounded division makes
        // equal ratios give bit-identical fits, so ties are exact.
        f64::from(earned * 100) / f64::from(total)
    }
}

/// A profile turned into catalogue indexes, so a match is a short loop.
#[derive(Debug, Clone)]
pub struct CompiledProfile {
    requirements: Vec<CompiledRequirement>,
    total: u32,
}

#[derive(Debug, Clone, Copy)]
struct CompiledRequirement {
    index: usize,
    min: u8,
    weight: u32,
}

impl CompiledProfile {
    /// Requirements whose item the catalogue does not know are skipped;
    /// profiles are validated on load, so that only happens in tests.
    pub fn new(profile: &Profile, catalogue: &Catalogue) -> CompiledProfile {
        let mut requirements = Vec::with_capacity(profile.requirements.len());
        for req in &profile.requirements {
            if let Some(index) = catalogue.index_of(&req.item) {
                requirements.push(CompiledRequirement {
                    index,
                    min: req.min.max(1),
                    weight: level_weight(req.importance),
                });
            }
        }
        let total = requirements
            .iter()
            .map(|r| r.weight * u32::from(r.min))
            .sum();
        CompiledProfile {
            requirements,
            total,
        }
    }

    /// Weighted levels reached, for scores laid out by catalogue index.
    fn earned(&self, levels: &[u8]) -> u32 {
        self.requirements
            .iter()
            .map(|r| r.weight * u32::from(levels.get(r.index).copied().unwrap_or(0).min(r.min)))
            .sum()
    }

    /// The fit (0–100) for scores laid out by catalogue index.
    pub fn fit(&self, levels: &[u8]) -> f64 {
        fit_percent(self.earned(levels), self.total)
    }

    /// Mean distance in levels to the profile's targets, over-qualification
    /// included: the tie-breaker ("which profile is the person closest to").
    pub fn distance(&self, levels: &[u8]) -> f64 {
        if self.requirements.is_empty() {
            return 0.0;
        }
        let total: u32 = self
            .requirements
            .iter()
            .map(|r| u32::from(levels.get(r.index).copied().unwrap_or(0).abs_diff(r.min)))
            .sum();
        f64::from(total) / self.requirements.len() as f64
    }
}

/// Rounds to two decimals in JSON so scripts see stable numbers.
fn two_decimals<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(round2(*value))
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
    pub importance: Importance,
    /// Share of the requirement reached, 0–1.
    #[serde(serialize_with = "two_decimals")]
    pub credit: f64,
    /// Fit points this requirement costs (0 when met).
    #[serde(serialize_with = "two_decimals")]
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
}

/// A shortfall, with what to aim for next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub item: ItemId,
    pub title: Localized,
    pub actual: u8,
    pub required: u8,
    pub importance: Importance,
    #[serde(serialize_with = "two_decimals")]
    pub points_lost: f64,
    /// The level just above the current one: the next learning step.
    pub next_level: u8,
    /// What that next level looks like: the learning goal.
    pub goal: Option<Localized>,
    /// Linked knowledge/skill codes.
    pub codes: Vec<String>,
}

/// The fit of one profile, fully explained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchResult {
    pub profile: ProfileId,
    pub name: Localized,
    /// 0–100.
    #[serde(serialize_with = "two_decimals")]
    pub fit: f64,
    /// Mean distance in levels to the targets (tie-breaker; lower is closer).
    #[serde(serialize_with = "two_decimals")]
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
}

/// How much of the whole catalogue was answered.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Completeness {
    pub answered: usize,
    pub total: usize,
    #[serde(serialize_with = "two_decimals")]
    pub percent: f64,
}

/// Every profile's match, best first, with the reasons for any tie.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    pub completeness: Completeness,
    pub matches: Vec<MatchResult>,
    /// One per tie that had to be broken, in ranking order.
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

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// Explains the fit of one profile for `levels` (by catalogue index) with
/// `answered` telling which items were answered.
pub fn explain(
    profile: &Profile,
    catalogue: &Catalogue,
    levels: &[u8],
    answered: &[bool],
) -> MatchResult {
    let compiled = CompiledProfile::new(profile, catalogue);
    let total = compiled.total;
    let mut requirements = Vec::with_capacity(profile.requirements.len());
    let mut items = Vec::with_capacity(profile.requirements.len());
    for req in &profile.requirements {
        let Some(index) = catalogue.index_of(&req.item) else {
            continue;
        };
        let item = &catalogue.items()[index];
        items.push(item);
        let level = levels.get(index).copied().unwrap_or(0);
        let min = req.min.max(1);
        let credit = f64::from(level.min(min)) / f64::from(min);
        let missing = u32::from(min - level.min(min)) * level_weight(req.importance);
        let points_lost = fit_percent(missing, total);
        requirements.push(RequirementResult {
            item: req.item.clone(),
            title: item.title.clone(),
            required: req.min,
            required_max: req.max,
            actual: answered
                .get(index)
                .copied()
                .unwrap_or(false)
                .then_some(level),
            importance: req.importance,
            credit,
            points_lost,
            source: req.source.clone(),
        });
    }

    let mut gaps: Vec<Gap> = requirements
        .iter()
        .zip(&items)
        .filter(|(r, _)| r.is_gap())
        .map(|(r, item)| {
            let next_level = r.level() + 1;
            Gap {
                item: r.item.clone(),
                title: r.title.clone(),
                actual: r.level(),
                required: r.required,
                importance: r.importance,
                points_lost: r.points_lost,
                next_level,
                goal: item.level(next_level).cloned(),
                codes: item.codes.clone(),
            }
        })
        .collect();
    // Largest loss first; on equal loss, keep the catalogue order (stable sort).
    gaps.sort_by(|a, b| b.points_lost.total_cmp(&a.points_lost));

    let mut met: Vec<&RequirementResult> = requirements.iter().filter(|r| !r.is_gap()).collect();
    met.sort_by_key(|r| std::cmp::Reverse(r.level().saturating_sub(r.required)));
    let strengths = met.iter().map(|r| r.item.clone()).collect();

    let answered_count = requirements.iter().filter(|r| r.actual.is_some()).count();
    MatchResult {
        profile: profile.id.clone(),
        name: profile.name.clone(),
        fit: compiled.fit(levels),
        distance: compiled.distance(levels),
        answered: answered_count,
        required: requirements.len(),
        requirements,
        gaps,
        strengths,
    }
}

/// Ranks every profile for the given scores, best fit first. Equal fits are
/// ordered by closeness to the whole profile, then by id, and the reason is
/// recorded in [`Ranking::ties`].
pub fn rank(
    profiles: &[Profile],
    catalogue: &Catalogue,
    levels: &[u8],
    answered: &[bool],
) -> Ranking {
    let mut matches: Vec<MatchResult> = profiles
        .iter()
        .map(|p| explain(p, catalogue, levels, answered))
        .collect();
    matches.sort_by(|a, b| {
        b.fit
            .total_cmp(&a.fit)
            .then_with(|| a.distance.total_cmp(&b.distance))
            .then_with(|| a.profile.cmp(&b.profile))
    });
    let ties = matches
        .windows(2)
        .filter(|pair| pair[0].fit == pair[1].fit)
        .map(|pair| tie(&pair[0], &pair[1]))
        .collect();
    let answered_total = answered.iter().filter(|a| **a).count();
    Ranking {
        completeness: Completeness {
            answered: answered_total,
            total: catalogue.len(),
            percent: percent(answered_total, catalogue.len()),
        },
        matches,
        ties,
    }
}

fn tie(first: &MatchResult, second: &MatchResult) -> Tie {
    let reason = if first.distance != second.distance {
        TieReason::Closer {
            first: first.distance,
            second: second.distance,
        }
    } else {
        TieReason::ById
    };
    Tie {
        first: first.profile.clone(),
        second: second.profile.clone(),
        fit: first.fit,
        reason,
    }
}

/// Convenience: rank an assessment directly.
pub fn rank_assessment(
    profiles: &[Profile],
    catalogue: &Catalogue,
    assessment: &Assessment,
) -> Ranking {
    rank(
        profiles,
        catalogue,
        &assessment.score_vector(catalogue),
        &assessment.answered_vector(catalogue),
    )
}
