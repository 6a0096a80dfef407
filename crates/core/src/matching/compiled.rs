//! A profile turned into catalogue indexes and integer weights, so that a
//! fit is a short loop over integers (equal fits are exactly equal).

use serde::Serialize;

use crate::catalogue::{Catalogue, ItemKind};
use crate::profile::{Importance, Profile};

/// Weight of one level of a requirement.
pub(super) fn level_weight(importance: Importance) -> u32 {
    match importance {
        Importance::Core => 2,
        Importance::Secondary => 1,
    }
}

/// `earned` weighted levels out of `total`, as a percentage.
pub(super) fn fit_percent(earned: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        // Integer numerator and denominator: correctly rounded division makes
        // equal ratios give bit-identical fits, so ties are exact.
        f64::from(earned * 100) / f64::from(total)
    }
}

/// The two parts a fit is shown in: the e-CF competences and the traits
/// (savoir, savoir-faire and savoir-être together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Ecf,
    Traits,
}

impl Block {
    pub const ALL: [Block; 2] = [Block::Ecf, Block::Traits];

    pub fn of(kind: ItemKind) -> Block {
        match kind {
            ItemKind::Ecf => Block::Ecf,
            ItemKind::Savoir | ItemKind::SavoirFaire | ItemKind::SavoirEtre => Block::Traits,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Block::Ecf => "ecf",
            Block::Traits => "traits",
        }
    }
}

/// A profile turned into catalogue indexes, so a match is a short loop.
#[derive(Debug, Clone)]
pub struct CompiledProfile {
    pub(super) requirements: Vec<CompiledRequirement>,
    pub(super) total: u32,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct CompiledRequirement {
    pub(super) index: usize,
    pub(super) min: u8,
    pub(super) weight: u32,
}

impl CompiledRequirement {
    /// Weighted levels earned at `level`.
    pub(super) fn units(&self, level: u8) -> u32 {
        self.weight * u32::from(level.min(self.min))
    }

    /// Weighted levels of the whole requirement.
    pub(super) fn full(&self) -> u32 {
        self.weight * u32::from(self.min)
    }
}

impl CompiledProfile {
    /// Requirements whose item the catalogue does not know are skipped;
    /// profiles are validated on load, so that only happens in tests.
    pub fn new(profile: &Profile, catalogue: &Catalogue) -> CompiledProfile {
        let mut requirements = Vec::with_capacity(profile.requirements.len());
        for req in &profile.requirements {
            if let Some(index) = catalogue.index_of(&req.item) {
                requirements.push(CompiledRequirement {
                    index,
                    min: req.min.max(1),
                    weight: level_weight(req.importance),
                });
            }
        }
        let total = requirements.iter().map(CompiledRequirement::full).sum();
        CompiledProfile {
            requirements,
            total,
        }
    }

    /// Weighted levels reached, for scores laid out by catalogue index.
    pub(super) fn earned(&self, levels: &[u8]) -> u32 {
        self.requirements
            .iter()
            .map(|r| r.units(levels.get(r.index).copied().unwrap_or(0)))
            .sum()
    }

    /// The fit (0–100) for scores laid out by catalogue index.
    pub fn fit(&self, levels: &[u8]) -> f64 {
        fit_percent(self.earned(levels), self.total)
    }

    /// Fit points that `level` on the catalogue item `index` earns in this
    /// profile (0 when the profile does not require the item).
    pub(super) fn points_at(&self, index: usize, level: u8) -> f64 {
        self.requirements
            .iter()
            .filter(|r| r.index == index)
            .map(|r| fit_percent(r.units(level), self.total))
            .sum()
    }

    /// Mean distance in levels to the profile's targets, over-qualification
    /// included: the tie-breaker ("which profile is the person closest to").
    pub fn distance(&self, levels: &[u8]) -> f64 {
        if self.requirements.is_empty() {
            return 0.0;
        }
        let total: u32 = self
            .requirements
            .iter()
            .map(|r| u32::from(levels.get(r.index).copied().unwrap_or(0).abs_diff(r.min)))
            .sum();
        f64::from(total) / self.requirements.len() as f64
    }
}
