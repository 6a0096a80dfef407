//! A profile's requirements laid out for the group analysis: positions,
//! weights and the fit's denominator, computed once for all files.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::library::Library;
use crate::matching::CompiledProfile;
use crate::profile::{Importance, Profile};

/// A small, fast hash for the short item ids looked up for every score
/// (FxHash's mixing step); the keys are our own ids, not an attack surface.
#[derive(Default)]
pub(super) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Item id → position among the planned requirements.
pub(super) type Positions<'p> = HashMap<&'p str, usize, BuildHasherDefault<IdHasher>>;

/// A profile's requirements, as the cohort needs them.
pub(super) struct Plan<'a> {
    pub(super) requirements: Vec<PlannedRequirement<'a>>,
    /// Item id → position in `requirements`.
    pub(super) positions: Positions<'a>,
    /// Σ weight × required level: the fit's denominator.
    pub(super) total: u64,
    pub(super) compiled: CompiledProfile,
    /// Every item id the catalogue knows, to tell a file's unknown ids.
    pub(super) known: std::collections::HashSet<String>,
}

pub(super) struct PlannedRequirement<'a> {
    pub(super) item: &'a str,
    /// Position in the catalogue.
    pub(super) index: usize,
    pub(super) min: u8,
    pub(super) weight: u64,
}

impl<'a> Plan<'a> {
    pub(super) fn new(library: &Library, profile: &'a Profile) -> Plan<'a> {
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
            known: library
                .catalogue
                .items()
                .iter()
                .map(|i| i.id.to_string())
                .collect(),
        }
    }

    /// Fit points for `units` weighted levels, as the matching rule counts them.
    pub(super) fn points(&self, units: u64) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            (units * 100) as f64 / self.total as f64
        }
    }
}

/// A score slot not answered in the file.
pub(super) const NOT_ANSWERED: u8 = u8::MAX;
/// A score slot answered "not applicable" in the file.
pub(super) const NOT_APPLICABLE: u8 = u8::MAX - 1;
/// In a reduced row, the flag for "not answered"; the low bits are the gap.
pub(super) const UNANSWERED_FLAG: u8 = 0x80;
/// In a reduced row, the flag for "not applicable" (its gap is left at 0:
/// it is no shortfall, only unknown).
pub(super) const NOT_APPLICABLE_FLAG: u8 = 0x40;
pub(super) const GAP_MASK: u8 = 0x3f;
