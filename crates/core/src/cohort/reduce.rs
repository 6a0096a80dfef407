//! One file reduced to the person's result row and gap cells, and the
//! newest file kept for each person and rater.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::lean::read_scores;
use super::model::{
    Duplicate, DuplicateReason, LARGEST_GAPS, MIN_ANSWERED_PERCENT, PersonFit, PersonGap,
};
use super::plan::{
    GAP_MASK, NOT_ANSWERED, NOT_APPLICABLE, NOT_APPLICABLE_FLAG, Plan, UNANSWERED_FLAG,
};
use crate::error::Error;
use crate::ids::PersonKey;
use crate::time::Timestamp;

/// What is kept of one file: its result row, ready to be shown, and what
/// the aggregates and the duplicate check need.
pub(super) struct Reduced {
    /// Who the file is about, whatever the case, accents or spaces.
    pub(super) key: PersonKey,
    /// Position in the file list (whose order is the paths' order).
    pub(super) file: usize,
    pub(super) updated_at: Option<SystemTime>,
    /// The exact fit (as the row holds it).
    pub(super) fit: f64,
    /// Per planned requirement: the gap in levels, flagged when unanswered;
    /// only the flag when answered "not applicable".
    pub(super) cells: Vec<u8>,
    pub(super) row: PersonFit,
}

/// A worker's read buffer: enough for any assessment, and the most it keeps.
pub(super) const INITIAL_BUFFER: usize = 16 * 1024;
const MAX_KEPT_BUFFER: usize = 1024 * 1024;

/// What each worker reuses from one file to the next.
pub(super) struct Scratch {
    /// Scores by catalogue index, for the matching rule; all 0 between files.
    pub(super) levels: Vec<u8>,
    /// The bytes of the file being read.
    pub(super) buf: Vec<u8>,
}

pub(super) fn reduce(
    path: &Path,
    file: usize,
    plan: &Plan,
    scratch: &mut Scratch,
) -> Result<Reduced, Error> {
    let read = read_scores(path, plan, &mut scratch.buf);
    // One huge stray file must not keep its buffer for the rest of the run.
    if scratch.buf.capacity() > MAX_KEPT_BUFFER {
        scratch.buf = Vec::with_capacity(INITIAL_BUFFER);
    }
    let super::lean::Read {
        person,
        rater,
        updated,
        scores: mut cells,
        unknown,
    } = read?;
    let levels = &mut scratch.levels;
    let (mut answered, mut not_applicable) = (0, 0);
    for (cell, req) in cells.iter_mut().zip(&plan.requirements) {
        // "Not applicable" counts as 0 in the fit (the matching rule counts
        // it as unanswered), but it is no known shortfall: no gap is kept.
        let (level, flag) = match *cell {
            NOT_ANSWERED => (0, UNANSWERED_FLAG),
            NOT_APPLICABLE => {
                answered += 1;
                not_applicable += 1;
                levels[req.index] = 0;
                *cell = NOT_APPLICABLE_FLAG;
                continue;
            }
            level => {
                answered += 1;
                (level, 0)
            }
        };
        levels[req.index] = level;
        *cell = (req.min - level.min(req.min)) | flag;
    }
    let fit = plan.compiled.fit(levels);
    // The ceiling: every unanswered requirement met, the answered ones as
    // they are (their gaps are the only units lost).
    let lost: u64 = cells
        .iter()
        .zip(&plan.requirements)
        .filter(|(cell, _)| *cell & UNANSWERED_FLAG == 0)
        .map(|(cell, req)| req.weight * u64::from(cell & GAP_MASK))
        .sum();
    let fit_ceiling = plan.points(plan.total - lost);
    for req in &plan.requirements {
        levels[req.index] = 0;
    }

    // The largest gaps: most points lost, then most levels, then profile
    // order; kept in a tiny sorted array rather than sorting every gap.
    let mut largest: Vec<(u64, u8, usize)> = Vec::with_capacity(LARGEST_GAPS + 1);
    for (at, cell) in cells.iter().enumerate() {
        let gap = cell & GAP_MASK;
        if gap == 0 {
            continue;
        }
        let units = plan.requirements[at].weight * u64::from(gap);
        let place = largest
            .iter()
            .position(|&(u, g, _)| (units, gap) > (u, g))
            .unwrap_or(largest.len());
        if place < LARGEST_GAPS {
            largest.insert(place, (units, gap, at));
            largest.truncate(LARGEST_GAPS);
        }
    }
    let largest_gaps = largest
        .into_iter()
        .map(|(units, gap, at)| PersonGap {
            item: plan.requirements[at].item.into(),
            gap,
            points_lost: plan.points(units),
        })
        .collect();

    Ok(Reduced {
        key: PersonKey::of(&person),
        file,
        updated_at: updated.as_ref().and_then(Timestamp::instant),
        fit,
        cells,
        row: PersonFit {
            person,
            rater,
            path: path.to_string_lossy().into_owned(),
            updated,
            fit,
            fit_ceiling,
            answered,
            not_applicable,
            counted: 100.0 * answered as f64
                >= MIN_ANSWERED_PERCENT * plan.requirements.len() as f64,
            largest_gaps,
            unknown_items: unknown,
        },
    })
}

/// Orders two files of one person, newest first: by `updated` (as an instant,
/// else as text; a missing stamp is the oldest), then the path that sorts
/// first.
fn newest_first(a: &Reduced, b: &Reduced, files: &[PathBuf]) -> Ordering {
    b.updated_at
        .cmp(&a.updated_at)
        // The instants are already compared: the text breaks their tie.
        .then_with(|| b.row.updated.as_deref().cmp(&a.row.updated.as_deref()))
        .then_with(|| files[a.file].cmp(&files[b.file]))
}

fn coach_first(r: &Reduced) -> u8 {
    match r.row.rater {
        crate::assessment::Rater::Coach => 0,
        crate::assessment::Rater::SelfRated => 1,
    }
}

/// Keeps one file per person: the coach's rating where there is one, else
/// the self-rating; of those, the newest by `updated`, then the path that
/// sorts first. Returns the kept ones, and the others.
pub(super) fn keep_newest(
    reduced: Vec<Reduced>,
    files: &[PathBuf],
) -> (Vec<Reduced>, Vec<Duplicate>) {
    let mut order: Vec<usize> = (0..reduced.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (&reduced[a], &reduced[b]);
        x.key
            .cmp(&y.key)
            // The coach's rating first: it is the one that counts.
            .then_with(|| coach_first(x).cmp(&coach_first(y)))
            .then_with(|| newest_first(x, y, files))
    });
    // The first of each run of equal (key, rater) is kept.
    let mut kept_by: Vec<Option<usize>> = vec![None; reduced.len()];
    let mut head: Option<usize> = None;
    for &at in &order {
        match head {
            Some(h) if reduced[h].key == reduced[at].key => {
                kept_by[at] = Some(h);
            }
            _ => head = Some(at),
        }
    }
    let mut duplicates = Vec::new();
    for (at, kept) in kept_by.iter().enumerate() {
        let Some(h) = *kept else {
            continue;
        };
        let (lost, winner) = (&reduced[at], &reduced[h]);
        let same_time =
            lost.updated_at == winner.updated_at && lost.row.updated == winner.row.updated;
        duplicates.push(Duplicate {
            path: lost.row.path.clone(),
            person: lost.row.person.clone(),
            rater: lost.row.rater,
            updated: lost.row.updated.clone(),
            kept: winner.row.path.clone(),
            reason: if lost.row.rater != winner.row.rater {
                DuplicateReason::CoachRated
            } else if same_time {
                DuplicateReason::SameTime
            } else {
                DuplicateReason::Older
            },
        });
    }
    let mut at = 0;
    let mut kept = reduced;
    kept.retain(|_| {
        at += 1;
        kept_by[at - 1].is_none()
    });
    (kept, duplicates)
}
