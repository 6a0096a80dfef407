//! What both comparisons share: score differences, and a profile's place and
//! fit in a ranking.

use crate::assessment::Assessment;
use crate::library::Library;
use crate::matching::{self, Ranking};

pub(super) fn signed_difference(to: u8, from: u8) -> i8 {
    // Scores are validated to 0–5, but saturate rather than wrap regardless.
    let d = i16::from(to) - i16::from(from);
    i8::try_from(d).unwrap_or(if d < 0 { i8::MIN } else { i8::MAX })
}

pub(super) fn rank(library: &Library, assessment: &Assessment) -> Ranking {
    matching::rank_assessment(&library.profiles, &library.catalogue, assessment)
}

/// Place (1 = best) and fit of a profile in a ranking.
pub(super) fn place_of(ranking: &Ranking, profile: &str) -> (usize, f64) {
    ranking
        .matches
        .iter()
        .enumerate()
        .find(|(_, m)| m.profile == profile)
        .map_or((0, 0.0), |(place, m)| (place + 1, m.fit))
}
