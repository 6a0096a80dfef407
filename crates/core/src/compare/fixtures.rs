//! A small library and quick assessments for the comparison tests.

use crate::assessment::{Assessment, Rater};
use crate::text::Lang;

pub(super) use crate::testing::small_library;

pub(super) fn rated(
    person: &str,
    rater: Rater,
    updated: &str,
    scores: &[(&str, u8)],
) -> Assessment {
    let mut a = Assessment::new(person, rater, Lang::En);
    for (id, s) in scores {
        a.scores.insert((*id).to_string(), (*s).into());
    }
    a.updated = Some(updated.into());
    a
}
