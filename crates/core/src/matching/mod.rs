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
//!
//! Because an unanswered item counts as 0, the fit is a **floor**. Each
//! profile also gets its **ceiling** (every unanswered item counted as met)
//! and an **estimate** (every unanswered item guessed from the person's own
//! answers in the same block: see [`estimated_levels`]); the three are equal
//! when every requirement is answered. Each fit is split into its e-CF part
//! and its traits part ([`Blocks`]).
//!
//! The ranking orders the profiles by fit. It is **decided** when no answer
//! to the unanswered items can change the first place: the leader's fit is
//! above every other profile's ceiling (or equal to it, both complete);
//! otherwise it is provisional, and names the challenger and the unanswered
//! items that can move the gap between the two most. A decided first
//! place can still be a **narrow lead**: ahead of the second by less than
//! one level of the leader's lightest requirement (see
//! [`Ranking::narrow_lead`]). When every fit is 0,
//! **nothing is reached**: there is no ranking, no tie to break, and the
//! profiles stay in the library's order.

mod compiled;
mod decide;
mod explain;
mod result;

pub use compiled::{Block, CompiledProfile};
pub use decide::DECIDING_ITEMS;
pub use explain::{estimated_levels, explain};
pub use result::{
    BlockFit, Blocks, Completeness, Gap, MatchResult, Ranking, RequirementResult, Tie, TieReason,
    round1,
};

use crate::assessment::Assessment;
use crate::catalogue::Catalogue;
use crate::profile::Profile;
use explain::{Answers, explain_compiled};

/// Ranks every profile for the given scores, best fit first. Equal fits are
/// ordered by closeness to the whole profile, then by id, and the reason is
/// recorded in [`Ranking::ties`].
pub fn rank(
    profiles: &[Profile],
    catalogue: &Catalogue,
    levels: &[u8],
    answered: &[bool],
) -> Ranking {
    let answers = Answers::new(catalogue, levels, answered);
    let mut matches: Vec<(MatchResult, CompiledProfile)> = profiles
        .iter()
        .map(|p| {
            let compiled = CompiledProfile::new(p, catalogue);
            (
                explain_compiled(p, &compiled, catalogue, &answers),
                compiled,
            )
        })
        .collect();
    let nothing_reached = matches.iter().all(|(m, _)| m.fit == 0.0);
    if !nothing_reached {
        matches.sort_by(|(a, _), (b, _)| {
            b.fit
                .total_cmp(&a.fit)
                .then_with(|| a.distance.total_cmp(&b.distance))
                .then_with(|| a.profile.cmp(&b.profile))
        });
    }
    let (matches, compiled): (Vec<MatchResult>, Vec<CompiledProfile>) = matches.into_iter().unzip();
    let ties = if nothing_reached {
        Vec::new()
    } else {
        matches
            .windows(2)
            .filter(|pair| pair[0].fit == pair[1].fit)
            .map(|pair| tie(&pair[0], &pair[1]))
            .collect()
    };
    let compiled: Vec<&CompiledProfile> = compiled.iter().collect();
    let decision = decide::decide(catalogue, &matches, &compiled, answered, nothing_reached);
    let floor: Vec<u8> = (0..catalogue.len()).map(|i| answers.floor(i)).collect();
    let narrow_lead = decision.decided && decide::narrow_lead(&compiled, &floor);
    let answered_total = (0..catalogue.len())
        .filter(|&i| answers.is_answered(i))
        .count();
    Ranking {
        completeness: Completeness {
            answered: answered_total,
            total: catalogue.len(),
            percent: result::percent(answered_total, catalogue.len()),
        },
        matches,
        nothing_reached,
        decided: decision.decided,
        narrow_lead,
        challenger: decision.challenger,
        deciding_items: decision.deciding_items,
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
