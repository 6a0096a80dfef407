//! The built-in data against DESIGN.md and the seeds: the catalogue, CM's
//! e-CF levels (seed 004), the CNO / ITE derivation rule, the T/P and ++/+
//! marks of seed 000, the invariants of the targets, and the sources of
//! every requirement.
//!
//! The facts of the seeds are copied here as tables, so the tests run without
//! the seeds; when `../shared/seeds` is beside the repository (as in CI), the
//! cited line numbers are also checked against the seed files themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use bilan_core::catalogue::ItemKind;
use bilan_core::profile::{
    BUILTIN_PROFILES, Duty, EcfLink, Importance, Involvement, LevelsFrom, Mark, Profile,
    Requirement,
};
use bilan_core::{Catalogue, Library, Localized};

const SEED_000: &str = "000_776fcb4b9e95a8db.txt";
const SEED_002: &str = "002_ee3142e089224ddf.txt";
const SEED_003: &str = "003_413390f145d1af5b.txt";
const SEED_004: &str = "004_ef7d9f38b9b40a81.txt";
const SEEDS: [&str; 5] = [
    SEED_000,
    "001_b544583779be96b7.txt",
    SEED_002,
    SEED_003,
    SEED_004,
];

/// Columns of seed 000's tables: CNO, CM, ITE (in that order).
const ROLES: [&str; 3] = ["cno", "cm", "ite"];

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("the built-in data is valid"))
}

fn catalogue() -> &'static Catalogue {
    &library().catalogue
}

fn profile(id: &str) -> &'static Profile {
    library().profile(id).expect("built-in profile")
}

fn is_ecf(item: &str) -> bool {
    catalogue()
        .get(item)
        .is_some_and(|i| i.kind == ItemKind::Ecf)
}

fn role_column(role: &str) -> usize {
    ROLES.iter().position(|r| *r == role).unwrap()
}

/// Seed 004's 18 e-CF competences.
const ECF_IDS: [&str; 18] = [
    "A.3", "A.4", "A.7", "B.1", "B.2", "B.3", "B.5", "C.1", "C.3", "C.4", "D.6", "E.1", "E.2",
    "E.3", "E.4", "E.5", "E.6", "E.7",
];

mod catalogue;
mod descriptors;
mod duties;
mod guidance;
mod sources;
mod traits;
