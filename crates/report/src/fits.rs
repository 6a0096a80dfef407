//! A fit as every document shows it: the floor, the estimate and the
//! ceiling, the e-CF and traits parts, the core requirements at 0, and how
//! complete the assessment is.

use schemars::JsonSchema;
use serde::Serialize;

use bilan_core::matching::{BlockFit, MatchResult};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct Completeness {
    /// Items answered, "not applicable" included (the person responded).
    pub answered: usize,
    pub total: usize,
    /// 0–100 (exact).
    pub percent: f64,
    /// Of the answered items, those answered "not applicable / can't
    /// judge": not scored (the fit counts them as unanswered).
    pub not_applicable: usize,
}

impl Completeness {
    pub fn is_complete(&self) -> bool {
        self.answered >= self.total
    }
}

/// One part of a fit: the e-CF competences, or the traits.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct BlockRow {
    /// Share of this block's own weighted required levels reached, 0–100
    /// (unanswered = 0) (exact).
    pub fit: f64,
    /// Fit points the block brings: the blocks' points add up to the fit.
    pub points: f64,
    /// The most points the block can bring (its weight in the profile).
    pub max_points: f64,
    /// Requirements of the block answered, and how many it has.
    pub answered: usize,
    pub required: usize,
}

impl From<&BlockFit> for BlockRow {
    fn from(b: &BlockFit) -> BlockRow {
        BlockRow {
            fit: b.fit,
            points: b.points,
            max_points: b.max_points,
            answered: b.answered,
            required: b.required,
        }
    }
}

/// The e-CF part and the traits part of a fit (as `bilan match --json`
/// gives them).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct BlockRows {
    pub ecf: BlockRow,
    pub traits: BlockRow,
}

/// A fit with its bounds and parts, as every document shows it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Fit {
    /// 0–100, unanswered items counted as 0 (the floor) (exact).
    pub fit: f64,
    /// 0–100, each unanswered item guessed from the person's other answers
    /// in the same area (their mean, rounded down; else in the same block;
    /// else 0): an estimate. Equal to `fit` when complete.
    pub fit_estimate: f64,
    /// 0–100, unanswered items counted as met: the most the fit can
    /// become. Equal to `fit` when complete.
    pub fit_ceiling: f64,
    /// The e-CF part and the traits part of the fit.
    pub blocks: BlockRows,
    /// Core requirements answered 0 ("not started"), in profile order.
    pub core_not_started: Vec<String>,
    /// Requirements answered, and how many there are.
    pub answered: usize,
    pub required: usize,
}

impl From<&MatchResult> for Fit {
    fn from(m: &MatchResult) -> Fit {
        Fit {
            fit: m.fit,
            fit_estimate: m.fit_estimate,
            fit_ceiling: m.fit_ceiling,
            blocks: BlockRows {
                ecf: BlockRow::from(&m.blocks.ecf),
                traits: BlockRow::from(&m.blocks.traits),
            },
            core_not_started: m.core_not_started.iter().map(|i| i.to_string()).collect(),
            answered: m.answered,
            required: m.required,
        }
    }
}

impl Fit {
    /// Every requirement answered: the estimate and the ceiling are the fit.
    pub fn is_complete(&self) -> bool {
        self.answered >= self.required
    }
}
