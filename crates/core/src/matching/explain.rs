//! One profile's fit, explained: its floor, estimate and ceiling, its e-CF
//! and traits parts, each requirement, the gaps and the strengths.

use std::collections::HashMap;

use super::compiled::{Block, CompiledProfile, fit_percent, level_weight};
use super::result::{BlockFit, Blocks, Gap, MatchResult, RequirementResult};
use crate::catalogue::Catalogue;
use crate::profile::Profile;

/// Scores and which of them were answered, by catalogue index, with the
/// level the estimate gives each item.
pub(super) struct Answers<'a> {
    pub(super) levels: &'a [u8],
    pub(super) answered: &'a [bool],
    pub(super) estimated: Vec<u8>,
}

impl<'a> Answers<'a> {
    pub(super) fn new(catalogue: &Catalogue, levels: &'a [u8], answered: &'a [bool]) -> Self {
        Answers {
            levels,
            answered,
            estimated: estimated_levels(catalogue, levels, answered),
        }
    }

    pub(super) fn is_answered(&self, index: usize) -> bool {
        self.answered.get(index).copied().unwrap_or(false)
    }

    /// The level counted in the fit: the score, or 0 when unanswered.
    pub(super) fn floor(&self, index: usize) -> u8 {
        if self.is_answered(index) {
            self.levels.get(index).copied().unwrap_or(0)
        } else {
            0
        }
    }
}

/// Every item's level for the estimate, by catalogue index. An answered item
/// keeps its score. An unanswered one is guessed from the person's own
/// answers: the mean of the answered items of its section (its e-CF area,
/// or its trait kind: savoir, savoir-faire, savoir-être), rounded down;
/// when nothing in the section is answered, the mean of the answered items
/// of its block (every e-CF competence, or every trait), rounded down; when
/// nothing in the block is answered either, 0. Rounding down keeps the
/// guess on the cautious side, and makes it a level of the scale.
pub fn estimated_levels(catalogue: &Catalogue, levels: &[u8], answered: &[bool]) -> Vec<u8> {
    let items = catalogue.items();
    let is_answered = |i: usize| answered.get(i).copied().unwrap_or(false);
    let level = |i: usize| u32::from(levels.get(i).copied().unwrap_or(0));
    let mut sections: HashMap<&str, (u32, u32)> = HashMap::new();
    let mut blocks: HashMap<Block, (u32, u32)> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if is_answered(i) {
            let section = sections.entry(item.section_id()).or_default();
            *section = (section.0 + level(i), section.1 + 1);
            let block = blocks.entry(Block::of(item.kind)).or_default();
            *block = (block.0 + level(i), block.1 + 1);
        }
    }
    let mean = |(sum, count): (u32, u32)| (count > 0).then(|| (sum / count) as u8);
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            if is_answered(i) {
                return level(i) as u8;
            }
            sections
                .get(item.section_id())
                .copied()
                .and_then(mean)
                .or_else(|| blocks.get(&Block::of(item.kind)).copied().and_then(mean))
                .unwrap_or(0)
        })
        .collect()
}

/// Weighted levels of one block: floor earned, and the block's total.
#[derive(Default, Clone, Copy)]
struct BlockSums {
    earned: u32,
    total: u32,
    answered: usize,
    required: usize,
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
    explain_compiled(
        profile,
        &compiled,
        catalogue,
        &Answers::new(catalogue, levels, answered),
    )
}

pub(super) fn explain_compiled(
    profile: &Profile,
    compiled: &CompiledProfile,
    catalogue: &Catalogue,
    answers: &Answers,
) -> MatchResult {
    let total = compiled.total;
    let mut requirements = Vec::with_capacity(profile.requirements.len());
    let mut items = Vec::with_capacity(profile.requirements.len());
    let (mut floor, mut estimate, mut ceiling) = (0u32, 0u32, 0u32);
    let mut blocks: HashMap<Block, BlockSums> = HashMap::new();
    for req in &profile.requirements {
        let Some(index) = catalogue.index_of(&req.item) else {
            continue;
        };
        let item = &catalogue.items()[index];
        items.push(item);
        let is_answered = answers.is_answered(index);
        let level = answers.floor(index);
        let guess = answers.estimated.get(index).copied().unwrap_or(0);
        let min = req.min.max(1);
        let weight = level_weight(req.importance);
        let earned = weight * u32::from(level.min(min));
        floor += earned;
        estimate += weight * u32::from(guess.min(min));
        ceiling += if is_answered {
            earned
        } else {
            weight * u32::from(min)
        };
        let sums = blocks.entry(Block::of(item.kind)).or_default();
        sums.earned += earned;
        sums.total += weight * u32::from(min);
        sums.required += 1;
        sums.answered += usize::from(is_answered);

        let missing = u32::from(min - level.min(min)) * weight;
        requirements.push(RequirementResult {
            item: req.item.clone(),
            title: item.title.clone(),
            required: req.min,
            required_max: req.max,
            actual: is_answered.then_some(level),
            estimate: (!is_answered).then_some(guess),
            importance: req.importance,
            credit: f64::from(level.min(min)) / f64::from(min),
            points_lost: fit_percent(missing, total),
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
                answered: r.actual.is_some(),
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

    let block = |which: Block| {
        let sums = blocks.get(&which).copied().unwrap_or_default();
        BlockFit {
            fit: fit_percent(sums.earned, sums.total),
            points: fit_percent(sums.earned, total),
            max_points: fit_percent(sums.total, total),
            answered: sums.answered,
            required: sums.required,
        }
    };
    let core_not_started = requirements
        .iter()
        .filter(|r| r.core_not_started())
        .map(|r| r.item.clone())
        .collect();
    let floor_levels: Vec<u8> = (0..answers.levels.len().max(catalogue.len()))
        .map(|i| answers.floor(i))
        .collect();
    let answered_count = requirements.iter().filter(|r| r.actual.is_some()).count();
    MatchResult {
        profile: profile.id.clone(),
        name: profile.name.clone(),
        fit: fit_percent(floor, total),
        fit_ceiling: fit_percent(ceiling, total),
        fit_estimate: fit_percent(estimate, total),
        blocks: Blocks {
            ecf: block(Block::Ecf),
            traits: block(Block::Traits),
        },
        core_not_started,
        distance: compiled.distance(&floor_levels),
        answered: answered_count,
        required: requirements.len(),
        requirements,
        gaps,
        strengths,
    }
}
