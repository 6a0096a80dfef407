//! Whether the first place is settled, and if not, which unanswered items
//! would settle it.

use super::compiled::CompiledProfile;
use super::result::MatchResult;
use crate::catalogue::Catalogue;
use crate::ids::{ItemId, ProfileId};

/// At most this many deciding items are named.
pub const DECIDING_ITEMS: usize = 3;

/// Whether the ranking is decided, and what would decide it when not.
pub(super) struct Decision {
    pub(super) decided: bool,
    pub(super) challenger: Option<ProfileId>,
    pub(super) deciding_items: Vec<ItemId>,
}

/// Whether `other` can still take first place from `leader`: its ceiling
/// reaches the leader's fit. At exact equality the tie-break (closeness)
/// could go either way once the items are answered, unless both are
/// complete (then the tie is already broken, for good).
fn can_overtake(leader: &MatchResult, other: &MatchResult) -> bool {
    leader.fit < other.fit_ceiling
        || (leader.fit == other.fit_ceiling && !(leader.is_complete() && other.is_complete()))
}

/// `matches` are ranked (best first) and `compiled` is in the same order;
/// `answered` tells which catalogue items were answered.
pub(super) fn decide(
    catalogue: &Catalogue,
    matches: &[MatchResult],
    compiled: &[&CompiledProfile],
    answered: &[bool],
    nothing_reached: bool,
) -> Decision {
    let undecided = Decision {
        decided: false,
        challenger: None,
        deciding_items: Vec::new(),
    };
    let Some(leader) = matches.first() else {
        return undecided;
    };
    if nothing_reached {
        return undecided;
    }
    // The contender most likely to take first place: the highest estimate
    // among those that can, then the highest ceiling, then ranking order.
    let challenger = matches
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, m)| can_overtake(leader, m))
        .min_by(|(ia, a), (ib, b)| {
            b.fit_estimate
                .total_cmp(&a.fit_estimate)
                .then_with(|| b.fit_ceiling.total_cmp(&a.fit_ceiling))
                .then_with(|| ia.cmp(ib))
        });
    let Some((at, challenger)) = challenger else {
        return Decision {
            decided: true,
            challenger: None,
            deciding_items: Vec::new(),
        };
    };
    Decision {
        decided: false,
        challenger: Some(challenger.profile.clone()),
        deciding_items: deciding_items(catalogue, compiled[0], compiled[at], answered),
    }
}

/// Whether the leader (`compiled[0]`) is ahead of the second
/// (`compiled[1]`) by less than one level of the leader's lightest
/// requirement, for the `floor` levels (unanswered items at 0, by catalogue
/// index): see [`Ranking::narrow_lead`](super::Ranking::narrow_lead).
///
/// Counted in integers, so that a lead of exactly one level is never taken
/// for less by a rounding error: with `a` of `ta` weighted levels for the
/// leader, `b` of `tb` for the second and `w` the lightest weight,
/// `a/ta − b/tb < w/ta` is `a·tb − b·ta < w·tb` (both totals positive).
pub(super) fn narrow_lead(compiled: &[&CompiledProfile], floor: &[u8]) -> bool {
    let [leader, second, ..] = compiled else {
        return false;
    };
    let Some(lightest) = leader.requirements.iter().map(|r| r.weight).min() else {
        return false;
    };
    let (a, ta) = (u64::from(leader.earned(floor)), u64::from(leader.total));
    let (b, tb) = (u64::from(second.earned(floor)), u64::from(second.total));
    let w = u64::from(lightest);
    if ta == 0 {
        return false;
    }
    if tb == 0 {
        // The second requires nothing: its fit is 0.
        return a < w;
    }
    a * tb < w * tb + b * ta
}

/// The unanswered items that can move the gap between `leader` and
/// `challenger` most: for each, the largest change in (leader's fit −
/// challenger's fit) that any answer 1–5 makes, in fit points; largest
/// first, then catalogue order; items that move nothing are left out.
fn deciding_items(
    catalogue: &Catalogue,
    leader: &CompiledProfile,
    challenger: &CompiledProfile,
    answered: &[bool],
) -> Vec<ItemId> {
    let mut indexes: Vec<usize> = leader
        .requirements
        .iter()
        .chain(&challenger.requirements)
        .map(|r| r.index)
        .filter(|&i| !answered.get(i).copied().unwrap_or(false))
        .collect();
    indexes.sort_unstable();
    indexes.dedup();
    let mut swings: Vec<(f64, usize)> = indexes
        .into_iter()
        .map(|index| {
            let swing = (1..=crate::assessment::MAX_LEVEL)
                .map(|level| {
                    (leader.points_at(index, level) - challenger.points_at(index, level)).abs()
                })
                .fold(0.0, f64::max);
            (swing, index)
        })
        .filter(|(swing, _)| *swing > 0.0)
        .collect();
    swings.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    swings
        .into_iter()
        .take(DECIDING_ITEMS)
        .filter_map(|(_, index)| Some(catalogue.items().get(index)?.id.clone()))
        .collect()
}
