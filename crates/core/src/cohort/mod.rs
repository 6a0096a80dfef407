//! Cohort gap planning: many assessments against one target profile.
//!
//! Files are streamed: each is read, parsed and reduced to a small
//! per-person summary (name, rater, date, path, and the scores of the
//! profile's requirements only) before the next one is looked at, on every
//! core (rayon). Only those summaries are aggregated, so memory grows with
//! the number of people by a few dozen bytes each, never by whole files.
//!
//! The numbers are the matching rule's: a person's fit is
//! [`CompiledProfile::fit`](crate::matching::CompiledProfile::fit), and the points a requirement costs a person are
//! those [`matching::explain`](crate::matching::explain) reports as
//! `points_lost` (weight × levels missing, as a share of the profile's
//! weighted levels).

mod aggregate;
mod lean;
mod model;
mod plan;
mod reduce;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering as AtomicOrdering};

use rayon::prelude::*;

use crate::library::Library;
use crate::profile::Profile;
use crate::store;
use aggregate::aggregate;
use plan::Plan;
use reduce::{INITIAL_BUFFER, Reduced, Scratch, keep_newest, reduce};

pub use model::{
    Cohort, Duplicate, DuplicateReason, Heatmap, InvalidFile, LARGEST_GAPS, MIN_ANSWERED_PERCENT,
    PersonFit, PersonGap, RequirementGaps,
};

/// Analyses the assessments found at `paths` (files, or folders walked
/// recursively for `*.json`, hidden entries skipped) against `profile`.
pub fn analyse(
    library: &Library,
    profile: &Profile,
    paths: impl IntoIterator<Item = PathBuf>,
) -> Cohort {
    analyse_inner(library, profile, paths, &|_, _| {}, &AtomicBool::new(false))
}

/// [`analyse`], telling `progress(done, total)` after each file read (and
/// once with 0 when the files are counted), and stopping early when `cancel`
/// is set: then `None`. For a caller that shows progress on another thread.
pub fn analyse_with(
    library: &Library,
    profile: &Profile,
    paths: impl IntoIterator<Item = PathBuf>,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Option<Cohort> {
    let cohort = analyse_inner(library, profile, paths, progress, cancel);
    // A cancelled run skipped files: its partial result is not the group's.
    (!cancel.load(AtomicOrdering::Relaxed)).then_some(cohort)
}

fn analyse_inner(
    library: &Library,
    profile: &Profile,
    paths: impl IntoIterator<Item = PathBuf>,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Cohort {
    let plan = Plan::new(library, profile);
    let (files, unreadable) = store::collect_files(paths);
    let total = files.len();
    progress(0, total);
    let done = AtomicUsize::new(0);
    let mut invalid: Vec<InvalidFile> = unreadable
        .into_iter()
        .map(|(path, error)| InvalidFile {
            path: path.display().to_string(),
            error: error.to_string(),
            cause: Some(std::sync::Arc::new(error)),
        })
        .collect();

    // Read, parse and reduce each file on any core: only the person's
    // result row and gaps survive, never the file. Bad files are set aside
    // with their position, to be listed in file order.
    let bad = std::sync::Mutex::new(Vec::new());
    let outcomes: Vec<Option<Reduced>> = files
        .par_iter()
        .enumerate()
        .map_init(
            || Scratch {
                levels: vec![0; library.catalogue.len()],
                buf: Vec::with_capacity(INITIAL_BUFFER),
            },
            |scratch, (file, path)| {
                if cancel.load(AtomicOrdering::Relaxed) {
                    return None;
                }
                let outcome = reduce(path, file, &plan, scratch);
                progress(done.fetch_add(1, AtomicOrdering::Relaxed) + 1, total);
                match outcome {
                    Ok(person) => Some(person),
                    Err(e) => {
                        let entry = InvalidFile {
                            path: path.display().to_string(),
                            error: e.to_string(),
                            cause: Some(std::sync::Arc::new(e)),
                        };
                        // A poisoned lock only means another worker panicked.
                        bad.lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner())
                            .push((file, entry));
                        None
                    }
                }
            },
        )
        .collect();
    // Collected in place: no second copy of the rows.
    let reduced: Vec<Reduced> = outcomes.into_iter().flatten().collect();
    let mut bad = bad
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    bad.sort_by_key(|(file, _)| *file);
    invalid.extend(bad.into_iter().map(|(_, entry)| entry));
    let (people, duplicates) = keep_newest(reduced, &files);
    aggregate(
        library,
        profile,
        &plan,
        files.len(),
        people,
        invalid,
        duplicates,
    )
}
