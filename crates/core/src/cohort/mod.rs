//! Cohort gap planning: many assessments against one target profile.
//!
//! Files are streamed: each is read, parsed and reduced to a small
//! per-person summary (name, rater, date, path, and the scores of the
//! profile's requirements only) before the next one is looked at, on every
//! core (rayon). Only those summaries are aggregated, so memory grows with
//! the number of people by a few dozen bytes each, never by whole files.
//!
//! The numbers are the matching rule's: a person's fit is
//! [`CompiledProfile::fit`], and the points a requirement costs a person are
//! those [`matching::explain`](crate::matching::explain) reports as
//! `points_lost` (weight × levels missing, as a share of the profile's
//! weighted levels).

mod lean;

use lean::{Positions, read_scores};

use std::cmp::{Ordering, Reverse};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering as AtomicOrdering};
use std::time::SystemTime;

use rayon::prelude::*;
use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::Rater;
use crate::compare::{parse_instant, person_key, round2};
use crate::error::Error;
use crate::library::Library;
use crate::matching::CompiledProfile;
use crate::profile::{Importance, Profile};
use crate::text::Localized;

/// How many of a person's largest gaps are listed.
pub const LARGEST_GAPS: usize = 3;

/// The whole analysis of a cohort against one profile.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Cohort {
    /// The target profile.
    pub profile: String,
    pub name: Localized,
    /// Files looked at, valid or not (folders walked, duplicates included).
    pub files: usize,
    /// Mean fit of the people analysed, 0–100, two decimals.
    pub mean_fit: f64,
    /// The profile's requirements, highest training priority first.
    pub requirements: Vec<RequirementGaps>,
    /// The people analysed (one per person and rater), best fit first.
    pub people: Vec<PersonFit>,
    /// Gap levels per person (rows, as in `people`) and requirement
    /// (columns, as in `requirements`); 0 = met.
    pub heatmap: Heatmap,
    /// Files that are not valid assessments, with why; they were skipped.
    pub invalid: Vec<InvalidFile>,
    /// Older files of a person already analysed, which were left out.
    pub duplicates: Vec<Duplicate>,
}

/// One requirement of the profile across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RequirementGaps {
    pub item: String,
    pub title: Localized,
    /// The level the profile requires.
    pub required: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_max: Option<u8>,
    pub importance: Importance,
    /// People below the required level (unanswered counts as 0).
    pub below: usize,
    /// People who did not answer this item.
    pub unanswered: usize,
    /// Mean shortfall in levels over everyone (met = 0), two decimals.
    pub mean_gap: f64,
    /// How many people fall short by 0, 1, 2, 3, 4 and 5 levels.
    pub distribution: [usize; 6],
    /// Training priority: the fit points this requirement costs, summed over
    /// people (computed exactly, then rounded to two decimals).
    pub priority: f64,
}

/// One person's result.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PersonFit {
    /// The name as written in the file (trimmed).
    pub person: String,
    pub rater: Rater,
    pub path: String,
    pub updated: Option<String>,
    /// Fit for the target profile, 0–100, two decimals.
    pub fit: f64,
    /// Requirements of the profile this person answered.
    pub answered: usize,
    /// The (up to three) largest gaps: most points lost first, then most
    /// levels, then profile order.
    pub largest_gaps: Vec<PersonGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PersonGap {
    pub item: String,
    /// Levels short of the requirement.
    pub gap: u8,
    /// Fit points this gap costs, two decimals.
    pub points_lost: f64,
}

/// People × requirements, shortfall in levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Heatmap {
    /// Column headers: item ids, in the order of [`Cohort::requirements`].
    pub items: Vec<String>,
    /// One row per person, in the order of [`Cohort::people`]; one gap in
    /// levels per column, 0 = met.
    pub rows: Vec<Vec<u8>>,
}

/// A file that could not be analysed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct InvalidFile {
    pub path: String,
    /// The full error message (it names the file, the place and the fix).
    pub error: String,
}

/// Why a duplicate was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// The kept file was updated later.
    Older,
    /// Both were updated at the same time; the kept file's path sorts first.
    SameTime,
}

/// A file left out because a newer one of the same person and rater exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Duplicate {
    pub path: String,
    pub person: String,
    pub rater: Rater,
    pub updated: Option<String>,
    /// The file analysed instead.
    pub kept: String,
    pub reason: DuplicateReason,
}

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
    let (files, mut invalid) = collect_files(paths);
    let total = files.len();
    progress(0, total);
    let done = AtomicUsize::new(0);

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

/// A profile's requirements, as the cohort needs them.
pub(super) struct Plan<'a> {
    requirements: Vec<PlannedRequirement<'a>>,
    /// Item id → position in `requirements`.
    positions: Positions<'a>,
    /// Σ weight × required level: the fit's denominator.
    total: u64,
    compiled: CompiledProfile,
}

struct PlannedRequirement<'a> {
    item: &'a str,
    /// Position in the catalogue.
    index: usize,
    min: u8,
    weight: u64,
}

impl<'a> Plan<'a> {
    fn new(library: &Library, profile: &'a Profile) -> Plan<'a> {
        let mut requirements = Vec::with_capacity(profile.requirements.len());
        let mut positions = HashMap::default();
        for req in &profile.requirements {
            // Like the matching rule: items the catalogue does not know are
            // skipped (profiles are validated on load).
            let Some(index) = library.catalogue.index_of(&req.item) else {
                continue;
            };
            // A repeated item (refused on load) counts once here.
            if positions.contains_key(req.item.as_str()) {
                continue;
            }
            positions.insert(req.item.as_str(), requirements.len());
            requirements.push(PlannedRequirement {
                item: &req.item,
                index,
                min: req.min.max(1),
                weight: match req.importance {
                    Importance::Core => 2,
                    Importance::Secondary => 1,
                },
            });
        }
        let total = requirements
            .iter()
            .map(|r| r.weight * u64::from(r.min))
            .sum();
        Plan {
            requirements,
            positions,
            total,
            compiled: CompiledProfile::new(profile, &library.catalogue),
        }
    }

    /// Fit points for `units` weighted levels, as the matching rule counts them.
    fn points(&self, units: u64) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            (units * 100) as f64 / self.total as f64
        }
    }
}

/// A score slot not answered in the file.
pub(super) const NOT_ANSWERED: u8 = u8::MAX;
/// In a reduced row, the flag for "not answered"; the low bits are the gap.
const UNANSWERED_FLAG: u8 = 0x80;
const GAP_MASK: u8 = 0x7f;

/// What is kept of one file: its result row, ready to be shown, and what
/// the aggregates and the duplicate check need.
struct Reduced {
    /// The person's name trimmed and in lower case.
    key: String,
    /// Position in the file list (whose order is the paths' order).
    file: usize,
    updated_at: Option<SystemTime>,
    /// The exact fit (the row holds it rounded).
    fit: f64,
    /// Per planned requirement: the gap in levels, flagged when unanswered.
    cells: Vec<u8>,
    row: PersonFit,
}

/// A worker's read buffer: enough for any assessment, and the most it keeps.
const INITIAL_BUFFER: usize = 16 * 1024;
const MAX_KEPT_BUFFER: usize = 1024 * 1024;

/// What each worker reuses from one file to the next.
struct Scratch {
    /// Scores by catalogue index, for the matching rule; all 0 between files.
    levels: Vec<u8>,
    /// The bytes of the file being read.
    buf: Vec<u8>,
}

fn reduce(path: &Path, file: usize, plan: &Plan, scratch: &mut Scratch) -> Result<Reduced, Error> {
    let read = read_scores(path, plan, &mut scratch.buf);
    // One huge stray file must not keep its buffer for the rest of the run.
    if scratch.buf.capacity() > MAX_KEPT_BUFFER {
        scratch.buf = Vec::with_capacity(INITIAL_BUFFER);
    }
    let (person, rater, updated, mut cells) = read?;
    let levels = &mut scratch.levels;
    let mut answered = 0;
    for (cell, req) in cells.iter_mut().zip(&plan.requirements) {
        let (level, flag) = if *cell == NOT_ANSWERED {
            (0, UNANSWERED_FLAG)
        } else {
            answered += 1;
            (*cell, 0)
        };
        levels[req.index] = level;
        *cell = (req.min - level.min(req.min)) | flag;
    }
    let fit = plan.compiled.fit(levels);
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
            item: plan.requirements[at].item.to_string(),
            gap,
            points_lost: round2(plan.points(units)),
        })
        .collect();

    Ok(Reduced {
        key: person_key(&person),
        file,
        updated_at: updated.as_deref().and_then(parse_instant),
        fit,
        cells,
        row: PersonFit {
            person,
            rater,
            path: path.to_string_lossy().into_owned(),
            updated,
            fit: round2(fit),
            answered,
            largest_gaps,
        },
    })
}

/// The files to read: given files as they are, folders walked recursively
/// for `*.json` in name order; a path given twice is read once. Paths that
/// cannot be read are returned as invalid.
fn collect_files(paths: impl IntoIterator<Item = PathBuf>) -> (Vec<PathBuf>, Vec<InvalidFile>) {
    let mut files = Vec::new();
    let mut invalid = Vec::new();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, &mut files, &mut invalid),
            Ok(_) => files.push(path),
            Err(e) => invalid.push(InvalidFile {
                path: path.display().to_string(),
                error: Error::io(&path, "read", e).to_string(),
            }),
        }
    }
    // A path given twice (say, a file and its folder) is read once.
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| files[a].cmp(&files[b]).then(a.cmp(&b)));
    let mut repeated = vec![false; files.len()];
    for pair in order.windows(2) {
        if files[pair[0]] == files[pair[1]] {
            repeated[pair[1]] = true;
        }
    }
    let mut at = 0;
    files.retain(|_| {
        at += 1;
        !repeated[at - 1]
    });
    (files, invalid)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, invalid: &mut Vec<InvalidFile>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            invalid.push(InvalidFile {
                path: dir.display().to_string(),
                error: Error::io(dir, "read the folder", e).to_string(),
            });
            return;
        }
    };
    let mut entries: Vec<(std::ffi::OsString, fs::DirEntry)> = entries
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name(), e))
        .filter(|(name, _)| !name.as_encoded_bytes().starts_with(b"."))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, entry) in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        // Folders reached through a link are not followed (no loops).
        let is_dir = kind.is_dir();
        let is_file = kind.is_file() || (kind.is_symlink() && path.is_file());
        if is_dir {
            walk(&path, files, invalid);
        } else if is_file && path.extension().is_some_and(|x| x == "json") {
            files.push(path);
        }
    }
}

/// Orders two files of one person, newest first: by `updated` (as an instant,
/// else as text; a missing stamp is the oldest), then the path that sorts
/// first.
fn newest_first(a: &Reduced, b: &Reduced, files: &[PathBuf]) -> Ordering {
    b.updated_at
        .cmp(&a.updated_at)
        .then_with(|| b.row.updated.cmp(&a.row.updated))
        .then_with(|| files[a.file].cmp(&files[b.file]))
}

/// Keeps one file per person and rater: the newest by `updated`, then the
/// path that sorts first. Returns the kept ones, and the others.
fn keep_newest(reduced: Vec<Reduced>, files: &[PathBuf]) -> (Vec<Reduced>, Vec<Duplicate>) {
    let mut order: Vec<usize> = (0..reduced.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (&reduced[a], &reduced[b]);
        x.key
            .cmp(&y.key)
            .then_with(|| x.row.rater.code().cmp(y.row.rater.code()))
            .then_with(|| newest_first(x, y, files))
    });
    // The first of each run of equal (key, rater) is kept.
    let mut kept_by: Vec<Option<usize>> = vec![None; reduced.len()];
    let mut head: Option<usize> = None;
    for &at in &order {
        match head {
            Some(h)
                if reduced[h].key == reduced[at].key
                    && reduced[h].row.rater == reduced[at].row.rater =>
            {
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
            reason: if same_time {
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

fn aggregate(
    library: &Library,
    profile: &Profile,
    plan: &Plan,
    files: usize,
    people: Vec<Reduced>,
    invalid: Vec<InvalidFile>,
    duplicates: Vec<Duplicate>,
) -> Cohort {
    let count = plan.requirements.len();
    let mut below = vec![0usize; count];
    let mut unanswered = vec![0usize; count];
    let mut gap_sum = vec![0u64; count];
    let mut units_sum = vec![0u64; count];
    let mut distribution = vec![[0usize; 6]; count];
    let mut fit_sum = 0.0;
    for person in &people {
        fit_sum += person.fit;
        for (at, cell) in person.cells.iter().enumerate() {
            let gap = cell & GAP_MASK;
            if cell & UNANSWERED_FLAG != 0 {
                unanswered[at] += 1;
            }
            if gap > 0 {
                below[at] += 1;
            }
            gap_sum[at] += u64::from(gap);
            units_sum[at] += plan.requirements[at].weight * u64::from(gap);
            distribution[at][usize::from(gap.min(5))] += 1;
        }
    }

    // Requirements by priority: most weighted levels lost first, then profile order.
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&at| Reverse(units_sum[at]));

    let people_count = people.len();
    let requirements = order
        .iter()
        .map(|&at| {
            let planned = &plan.requirements[at];
            let source = profile.requirements.iter().find(|r| r.item == planned.item);
            let title = library
                .catalogue
                .get(planned.item)
                .map(|item| item.title.clone())
                .unwrap_or_default();
            RequirementGaps {
                item: planned.item.to_string(),
                title,
                required: source.map_or(planned.min, |r| r.min),
                required_max: source.and_then(|r| r.max),
                importance: source.map_or(Importance::Secondary, |r| r.importance),
                below: below[at],
                unanswered: unanswered[at],
                mean_gap: if people_count == 0 {
                    0.0
                } else {
                    round2(gap_sum[at] as f64 / people_count as f64)
                },
                distribution: distribution[at],
                priority: round2(plan.points(units_sum[at])),
            }
        })
        .collect();

    // Best fit first; then by name, rater and path so the order is stable.
    // (An index is sorted, not the rows, which are large to move.)
    let mut ranked: Vec<usize> = (0..people_count).collect();
    ranked.sort_by(|&a, &b| {
        let (a, b) = (&people[a], &people[b]);
        b.fit
            .total_cmp(&a.fit)
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.row.rater.code().cmp(b.row.rater.code()))
            .then_with(|| a.file.cmp(&b.file))
    });
    let mut slots: Vec<Option<Reduced>> = people.into_iter().map(Some).collect();
    let mut rows = Vec::with_capacity(people_count);
    let mut heat = Vec::with_capacity(people_count);
    let mut scratch = vec![0u8; count];
    for at in ranked {
        let Some(mut person) = slots[at].take() else {
            continue;
        };
        // The cells become the heatmap row: gaps only, in priority order.
        scratch.copy_from_slice(&person.cells);
        for (cell, &at) in person.cells.iter_mut().zip(&order) {
            *cell = scratch[at] & GAP_MASK;
        }
        heat.push(person.cells);
        rows.push(person.row);
    }

    Cohort {
        profile: profile.id.clone(),
        name: profile.name.clone(),
        files,
        mean_fit: if people_count == 0 {
            0.0
        } else {
            round2(fit_sum / people_count as f64)
        },
        requirements,
        people: rows,
        heatmap: Heatmap {
            items: order
                .iter()
                .map(|&at| plan.requirements[at].item.to_string())
                .collect(),
            rows: heat,
        },
        invalid,
        duplicates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Assessment;
    use crate::matching;
    use crate::profile::Requirement;

    fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
        Requirement {
            item: item.to_string(),
            min,
            max: None,
            importance,
            source: "test".to_string(),
        }
    }

    /// A.3 core 3, B.1 secondary 2, se.tenacity core 4: 6 + 2 + 8 = 16 units.
    fn small_profile() -> Profile {
        Profile {
            schema: 1,
            id: "small".to_string(),
            name: Localized::new("Petit", "Small"),
            aliases: Vec::new(),
            summary: Localized::default(),
            requirements: vec![
                requirement("A.3", 3, Importance::Core),
                requirement("B.1", 2, Importance::Secondary),
                requirement("se.tenacity", 4, Importance::Core),
            ],
            duties: Vec::new(),
        }
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(&path, text).expect("write");
        path
    }

    fn file(person: &str, rater: &str, updated: &str, scores: &str) -> String {
        format!(
            r#"{{"person": "{person}", "rater": "{rater}", "updated": "{updated}", "scores": {{{scores}}}, "notes": {{"A.3": "x\"y"}}}}"#
        )
    }

    #[test]
    fn aggregates_match_hand_arithmetic() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        // Ana: gaps A.3 0, B.1 1, tenacity 2 → units 0 + 1 + 4 = 5 → fit 11/16 = 68.75
        write(
            d,
            "a/ana.json",
            &file(
                "Ana",
                "self",
                "2025-03-01T00:00:00Z",
                r#""A.3": 3, "B.1": 1, "se.tenacity": 2"#,
            ),
        );
        // Older Ana: dropped.
        write(
            d,
            "a/ana-old.json",
            &file(" ana ", "self", "2025-01-01T00:00:00Z", r#""A.3": 0"#),
        );
        // Bob: gaps 2, 2 (unanswered), 0 → units 4 + 2 + 0 = 6 → fit 10/16 = 62.5
        write(
            d,
            "b/deeper/bob.json",
            &file(
                "Bob",
                "self",
                "2025-02-01T00:00:00Z",
                r#""A.3": 1, "se.tenacity": 5"#,
            ),
        );
        write(d, "b/broken.json", "{ not json");
        write(
            d,
            "b/seven.json",
            &file("Zed", "self", "2025-02-01T00:00:00Z", r#""A.3": 7"#),
        );
        write(d, "b/readme.txt", "not an assessment");
        write(d, "b/.hidden.json", "{ ignored");
        let library = Library::builtin().expect("built-in");
        let profile = small_profile();
        let cohort = analyse(&library, &profile, [d.to_path_buf()]);
        assert_eq!(cohort.files, 5);
        assert_eq!(cohort.invalid.len(), 2);
        assert!(cohort.invalid[0].path.ends_with("broken.json"));
        assert!(
            cohort.invalid[1].error.contains("scores.A.3"),
            "{:?}",
            cohort.invalid
        );
        assert_eq!(cohort.duplicates.len(), 1);
        assert!(cohort.duplicates[0].path.ends_with("ana-old.json"));
        assert!(cohort.duplicates[0].kept.ends_with("ana.json"));
        assert_eq!(cohort.duplicates[0].reason, DuplicateReason::Older);

        let fits: Vec<(&str, f64)> = cohort
            .people
            .iter()
            .map(|p| (p.person.as_str(), p.fit))
            .collect();
        assert_eq!(fits, [("Ana", 68.75), ("Bob", 62.5)]);
        // Priorities: tenacity 2·2 = 4 units → 25; A.3 2·2 = 4 → 25; B.1 1 + 2 = 3 → 18.75.
        // Equal priorities keep the profile order (A.3 first).
        let ranked: Vec<(&str, f64)> = cohort
            .requirements
            .iter()
            .map(|r| (r.item.as_str(), r.priority))
            .collect();
        assert_eq!(
            ranked,
            [("A.3", 25.0), ("se.tenacity", 25.0), ("B.1", 18.75)]
        );
        let b1 = &cohort.requirements[2];
        assert_eq!((b1.below, b1.unanswered, b1.mean_gap), (2, 1, 1.5));
        assert_eq!(b1.distribution, [0, 1, 1, 0, 0, 0]);
        assert_eq!(cohort.heatmap.items, ["A.3", "se.tenacity", "B.1"]);
        assert_eq!(cohort.heatmap.rows[0], [0, 2, 1]);
        assert_eq!(cohort.heatmap.rows[1], [2, 0, 2]);
        assert_eq!(cohort.mean_fit, 65.63); // (68.75 + 62.5) / 2 = 65.625
    }

    #[test]
    fn points_and_fits_are_those_of_the_matching_rule() {
        let dir = tempfile::tempdir().expect("tempdir");
        let library = Library::builtin().expect("built-in");
        let mut paths = Vec::new();
        for n in 0..12u8 {
            let scores: Vec<String> = library
                .catalogue
                .items()
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + usize::from(n)) % 5 != 0)
                .map(|(i, item)| format!("\"{}\": {}", item.id, (i * 7 + usize::from(n)) % 6))
                .collect();
            let text = file(
                &format!("P{n}"),
                "self",
                "2025-01-01T00:00:00Z",
                &scores.join(", "),
            );
            paths.push(write(dir.path(), &format!("p{n}.json"), &text));
        }
        for profile in &library.profiles {
            let cohort = analyse(&library, profile, paths.clone());
            assert_eq!(cohort.people.len(), 12);
            let mut priority: HashMap<String, f64> = HashMap::new();
            for person in &cohort.people {
                let text = fs::read_to_string(&person.path).expect("read");
                let a = Assessment::from_json(&text, "t").expect("valid");
                let explained = matching::explain(
                    profile,
                    &library.catalogue,
                    &a.score_vector(&library.catalogue),
                    &a.answered_vector(&library.catalogue),
                );
                assert_eq!(person.fit, round2(explained.fit));
                for r in &explained.requirements {
                    *priority.entry(r.item.clone()).or_default() += r.points_lost;
                }
                let top: Vec<&str> = explained
                    .gaps
                    .iter()
                    .take(3)
                    .map(|g| g.item.as_str())
                    .collect();
                let mine: Vec<&str> = person
                    .largest_gaps
                    .iter()
                    .map(|g| g.item.as_str())
                    .collect();
                // Same points lost in the same order (ties may order differently).
                for (g, m) in explained.gaps.iter().zip(&person.largest_gaps) {
                    assert!(
                        (round2(g.points_lost) - m.points_lost).abs() < 1e-9,
                        "{top:?} vs {mine:?}"
                    );
                }
            }
            for r in &cohort.requirements {
                assert!(
                    (r.priority - round2(priority[&r.item])).abs() < 0.011,
                    "{}",
                    r.item
                );
            }
        }
    }

    #[test]
    fn missing_paths_and_explicit_files_are_handled() {
        let dir = tempfile::tempdir().expect("tempdir");
        let explicit = write(
            dir.path(),
            "ana.txt",
            &file("Ana", "coach", "", r#""A.3": 2"#),
        );
        let library = Library::builtin().expect("built-in");
        let profile = small_profile();
        let cohort = analyse(
            &library,
            &profile,
            [explicit.clone(), explicit, dir.path().join("nope")],
        );
        assert_eq!(cohort.files, 1);
        assert_eq!(cohort.people.len(), 1);
        assert_eq!(cohort.people[0].rater, Rater::Coach);
        assert_eq!(cohort.invalid.len(), 1);
        assert!(cohort.invalid[0].error.contains("nope"));
    }

    #[test]
    fn same_time_duplicates_keep_the_first_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let t = "2025-01-01T00:00:00Z";
        write(dir.path(), "z.json", &file("Ana", "self", t, r#""A.3": 1"#));
        write(dir.path(), "a.json", &file("ANA", "self", t, r#""A.3": 2"#));
        write(
            dir.path(),
            "m.json",
            &file("ana", "self", "2024-01-01T00:00:00Z", ""),
        );
        let library = Library::builtin().expect("built-in");
        let cohort = analyse(&library, &small_profile(), [dir.path().to_path_buf()]);
        assert_eq!(cohort.people.len(), 1);
        assert!(cohort.people[0].path.ends_with("a.json"));
        assert_eq!(cohort.duplicates.len(), 2);
        for dup in &cohort.duplicates {
            assert!(dup.kept.ends_with("a.json"), "{dup:?}");
        }
        let reasons: Vec<DuplicateReason> = cohort.duplicates.iter().map(|d| d.reason).collect();
        assert_eq!(reasons, [DuplicateReason::Older, DuplicateReason::SameTime]);
    }

    #[test]
    fn an_empty_cohort_is_all_zeros() {
        let library = Library::builtin().expect("built-in");
        let cohort = analyse(&library, &small_profile(), Vec::new());
        assert_eq!(cohort.people.len(), 0);
        assert_eq!(cohort.mean_fit, 0.0);
        assert!(
            cohort
                .requirements
                .iter()
                .all(|r| r.mean_gap == 0.0 && r.priority == 0.0)
        );
    }
}
