//! The same person at two dates: what rose and fell.

use std::cmp::{Ordering, Reverse};

use schemars::JsonSchema;
use serde::Serialize;

use super::fits::{place_of, rank, signed_difference};
use super::pair::check_same_person;
use crate::assessment::{Answer, Assessment, Rater};
use crate::error::Result;
use crate::ids::{ItemId, ProfileId};
use crate::library::Library;
use crate::text::Localized;
use crate::time::Timestamp;

/// How an item's score moved between two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    Rose,
    Fell,
    Unchanged,
    /// Answered now, not before.
    New,
    /// Answered before, not now.
    Removed,
    /// A level at one date and "not applicable / can't judge" at the
    /// other: no change in levels to measure.
    NotComparable,
}

/// One catalogue item answered at least once of the two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProgressRow {
    pub item: ItemId,
    pub title: Localized,
    /// The answer at each date (a level or `"na"`); `None` when not
    /// answered then.
    pub old: Option<Answer>,
    pub new: Option<Answer>,
    /// New minus old, when both gave a level.
    pub change: Option<i8>,
    pub movement: Movement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
pub struct MovementCounts {
    pub rose: usize,
    pub fell: usize,
    pub unchanged: usize,
    pub new: usize,
    pub removed: usize,
    pub not_comparable: usize,
}

/// The fit of one profile then and now.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FitChange {
    pub profile: ProfileId,
    pub name: Localized,
    /// 0–100 (exact).
    pub old_fit: f64,
    pub new_fit: f64,
    /// New minus old, in fit points.
    pub change: f64,
}

/// The same person at two dates.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Progress {
    /// The person, as the newer file names them (trimmed).
    pub person: String,
    pub old_rater: Rater,
    pub new_rater: Rater,
    pub old_updated: Option<Timestamp>,
    pub new_updated: Option<Timestamp>,
    /// True when the files were given newest first and were swapped.
    pub swapped: bool,
    /// Rises (largest first), then falls (largest first), then new, removed,
    /// not comparable and unchanged items; catalogue order within each.
    pub rows: Vec<ProgressRow>,
    pub counts: MovementCounts,
    /// Every profile, in the order of the newer ranking.
    pub profiles: Vec<FitChange>,
}

/// What rose and fell between two assessments of the same person. If `old`
/// was updated after `new`, they are swapped (and [`Progress::swapped`] says
/// so). Fails like [`RatingPair::new`](super::RatingPair::new) when they
/// are not about the same person.
pub fn diff(library: &Library, old: &Assessment, new: &Assessment) -> Result<Progress> {
    check_same_person(
        old,
        new,
        "older assessment",
        "newer assessment",
        "comparison",
    )?;
    // By instant, a missing stamp oldest (the order of `Timestamp`).
    let swapped = old.updated > new.updated;
    let (old, new) = if swapped { (new, old) } else { (old, new) };
    let catalogue = &library.catalogue;

    let mut rows = Vec::new();
    for (index, item) in catalogue.items().iter().enumerate() {
        let (before, after) = (old.answer(&item.id), new.answer(&item.id));
        let (change, movement) = match (before, after) {
            (None, None) => continue,
            (Some(_), None) => (None, Movement::Removed),
            (None, Some(_)) => (None, Movement::New),
            (Some(Answer::NotApplicable), Some(Answer::NotApplicable)) => {
                (None, Movement::Unchanged)
            }
            (Some(Answer::NotApplicable), Some(_)) | (Some(_), Some(Answer::NotApplicable)) => {
                (None, Movement::NotComparable)
            }
            (Some(Answer::Level(b)), Some(Answer::Level(a))) => {
                let change = signed_difference(a, b);
                let movement = match change.cmp(&0) {
                    Ordering::Greater => Movement::Rose,
                    Ordering::Less => Movement::Fell,
                    Ordering::Equal => Movement::Unchanged,
                };
                (Some(change), movement)
            }
        };
        rows.push((
            index,
            ProgressRow {
                item: item.id.clone(),
                title: item.title.clone(),
                old: before,
                new: after,
                change,
                movement,
            },
        ));
    }
    rows.sort_by_key(|(index, row)| {
        let group = match row.movement {
            Movement::Rose => 0,
            Movement::Fell => 1,
            Movement::New => 2,
            Movement::Removed => 3,
            Movement::NotComparable => 4,
            Movement::Unchanged => 5,
        };
        let size = Reverse(row.change.map_or(0, i8::unsigned_abs));
        (group, size, *index)
    });
    let rows: Vec<ProgressRow> = rows.into_iter().map(|(_, row)| row).collect();

    let mut counts = MovementCounts::default();
    for row in &rows {
        match row.movement {
            Movement::Rose => counts.rose += 1,
            Movement::Fell => counts.fell += 1,
            Movement::Unchanged => counts.unchanged += 1,
            Movement::New => counts.new += 1,
            Movement::Removed => counts.removed += 1,
            Movement::NotComparable => counts.not_comparable += 1,
        }
    }

    let old_ranking = rank(library, old);
    let new_ranking = rank(library, new);
    let profiles = new_ranking
        .matches
        .iter()
        .map(|now| {
            let (_, before) = place_of(&old_ranking, &now.profile);
            FitChange {
                profile: now.profile.clone(),
                name: now.name.clone(),
                old_fit: before,
                new_fit: now.fit,
                change: now.fit - before,
            }
        })
        .collect();

    Ok(Progress {
        person: new.person.trim().to_string(),
        old_rater: old.rater,
        new_rater: new.rater,
        old_updated: old.updated.clone(),
        new_updated: new.updated.clone(),
        swapped,
        rows,
        counts,
        profiles,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{rated, small_library};
    use super::*;

    #[test]
    fn diff_swaps_newest_first_and_sorts_rises_then_falls() {
        let library = small_library();
        let old = rated(
            "Ana",
            Rater::SelfRated,
            "2025-01-01T00:00:00Z",
            &[
                ("A.3", 1),
                ("B.1", 1),
                ("B.2", 1),
                ("E.2", 3),
                ("se.tenacity", 3),
            ],
        );
        let new = rated(
            "Ana",
            Rater::SelfRated,
            "2025-03-01T00:00:00Z",
            &[
                ("A.3", 3),
                ("B.1", 1),
                ("B.2", 2),
                ("D.6", 4),
                ("se.tenacity", 2),
            ],
        );
        let p = diff(&library, &new, &old).expect("same person");
        assert!(p.swapped);
        let order: Vec<(&str, Movement)> = p
            .rows
            .iter()
            .map(|r| (r.item.as_str(), r.movement))
            .collect();
        assert_eq!(
            order,
            [
                ("A.3", Movement::Rose),
                ("B.2", Movement::Rose),
                ("se.tenacity", Movement::Fell),
                ("D.6", Movement::New),
                ("E.2", Movement::Removed),
                ("B.1", Movement::Unchanged),
            ]
        );
        // old: 1·2 + 1·1 + 3·2 = 9 / 16 = 56.25; new: 3·2 + 1 + 2·2 = 11 / 16 = 68.75
        let fit = &p.profiles[0];
        assert_eq!((fit.old_fit, fit.new_fit, fit.change), (56.25, 68.75, 12.5));
        assert_eq!(p.counts.rose, 2);
        let unswapped = diff(&library, &old, &new).expect("same person");
        assert!(!unswapped.swapped);
        assert_eq!(unswapped.rows, p.rows);
    }

    #[test]
    fn a_level_against_not_applicable_is_no_change() {
        let library = small_library();
        let mut old = rated(
            "Ana",
            Rater::SelfRated,
            "2025-01-01T00:00:00Z",
            &[("A.3", 1)],
        );
        old.scores.insert("B.1".into(), Answer::NotApplicable);
        old.scores.insert("E.2".into(), Answer::NotApplicable);
        let mut new = rated(
            "Ana",
            Rater::SelfRated,
            "2025-03-01T00:00:00Z",
            &[("B.1", 3)],
        );
        new.scores.insert("A.3".into(), Answer::NotApplicable);
        new.scores.insert("E.2".into(), Answer::NotApplicable);
        let p = diff(&library, &old, &new).expect("same person");
        let row = |id: &str| p.rows.iter().find(|r| r.item == id).expect("a row");
        for id in ["A.3", "B.1"] {
            assert_eq!(row(id).movement, Movement::NotComparable, "{id}");
            assert_eq!(row(id).change, None, "{id}: no change of N levels");
        }
        assert_eq!(row("A.3").new, Some(Answer::NotApplicable));
        assert_eq!(row("E.2").movement, Movement::Unchanged);
        assert_eq!((p.counts.not_comparable, p.counts.unchanged), (2, 1));
        assert_eq!(p.counts.rose + p.counts.fell, 0);
    }
}
