//! The matching properties of DESIGN.md ("Matching: the properties it must
//! have"), one named test (or proptest) each, over the built-in catalogue
//! and profiles and over synthetic profiles.

use std::sync::OnceLock;

use proptest::prelude::*;

use bilan_core::matching::{
    CompiledProfile, MatchResult, TieReason, explain, rank, rank_assessment,
};
use bilan_core::profile::{Importance, Profile, Requirement};
use bilan_core::{Assessment, Catalogue, Library, Localized, SCHEMA_VERSION};

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("the built-in data is valid"))
}

fn catalogue() -> &'static Catalogue {
    &library().catalogue
}

fn profiles() -> &'static [Profile] {
    &library().profiles
}

fn n_items() -> usize {
    catalogue().len()
}

fn index(item: &str) -> usize {
    catalogue()
        .index_of(item)
        .unwrap_or_else(|| panic!("`{item}` is in the catalogue"))
}

fn all_answered() -> Vec<bool> {
    vec![true; n_items()]
}

/// Scores equal to every requirement's `min`, the rest 0.
fn exact_levels(profile: &Profile) -> Vec<u8> {
    let mut levels = vec![0; n_items()];
    for req in &profile.requirements {
        levels[index(&req.item)] = req.min;
    }
    levels
}

fn fit(profile: &Profile, levels: &[u8]) -> f64 {
    CompiledProfile::new(profile, catalogue()).fit(levels)
}

/// The documented rule, computed independently of the library:
/// fit = 100 × Σ w·min(score, min) / Σ w·min, w = 2 core / 1 secondary.
fn reference_fit(profile: &Profile, levels: &[u8]) -> f64 {
    let (mut earned, mut total) = (0.0, 0.0);
    for req in &profile.requirements {
        let w = match req.importance {
            Importance::Core => 2.0,
            Importance::Secondary => 1.0,
        };
        let score = f64::from(levels[index(&req.item)]);
        let min = f64::from(req.min);
        earned += w * score.min(min);
        total += w * min;
    }
    if total == 0.0 {
        0.0
    } else {
        100.0 * earned / total
    }
}

fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
    Requirement {
        item: item.into(),
        min,
        max: None,
        importance,
        source: "synthetic".to_string(),
    }
}

fn synthetic(id: &str, requirements: Vec<Requirement>) -> Profile {
    Profile {
        schema: SCHEMA_VERSION,
        id: id.into(),
        name: Localized::new(format!("Profil {id}"), format!("Profile {id}")),
        aliases: Vec::new(),
        summary: Localized::default(),
        requirements,
        duties: Vec::new(),
        ecf_levels_from: Default::default(),
    }
}

/// Scores (None = unanswered) as the two vectors matching takes.
fn split(scores: &[Option<u8>]) -> (Vec<u8>, Vec<bool>) {
    (
        scores.iter().map(|s| s.unwrap_or(0)).collect(),
        scores.iter().map(Option::is_some).collect(),
    )
}

fn levels_strategy() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=5, n_items())
}

fn scores_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::weighted(0.8, 0u8..=5), n_items())
}

/// A random profile over the built-in catalogue: 2–15 distinct items, random
/// levels; the first requirement is core and the second secondary so both
/// importances are always present.
fn synthetic_profile_strategy() -> impl Strategy<Value = Profile> {
    let ids: Vec<String> = catalogue()
        .items()
        .iter()
        .map(|i| i.id.to_string())
        .collect();
    prop::sample::subsequence(ids, 2..=15)
        .prop_shuffle()
        .prop_flat_map(|items| {
            let n = items.len();
            (
                Just(items),
                prop::collection::vec(1u8..=5, n),
                prop::collection::vec(any::<bool>(), n),
            )
        })
        .prop_map(|(items, mins, cores)| {
            let requirements = items
                .iter()
                .zip(mins)
                .zip(cores)
                .enumerate()
                .map(|(i, ((item, min), core))| {
                    let importance = match (i, core) {
                        (0, _) | (2.., true) => Importance::Core,
                        _ => Importance::Secondary,
                    };
                    requirement(item, min, importance)
                })
                .collect();
            synthetic("synthetic", requirements)
        })
}

mod bounds_and_decision;
mod extremes_and_monotony;
mod narrow_lead;
mod shortfalls_and_unanswered;
mod ties_and_order;
