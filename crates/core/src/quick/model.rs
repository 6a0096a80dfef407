//! The quick mode's model of one person: every unanswered item's level is
//! predicted from the person's own answers by a small Bayesian linear
//! regression, and each profile's full fit is predicted with its spread.
//!
//! The regression explains a level by a general level per block (e-CF,
//! traits) and by how closely the person follows each profile's targets:
//! `level(i) ≈ a_block(i) + Σ_p b_p · target_p(i) / 5`, with `target_p(i)`
//! the level profile `p` requires of item `i` (0 when it does not require
//! it). A weak prior (levels around 2, no profile preferred) keeps the first
//! questions' guesses sensible. Each unanswered answer is modelled as its
//! prediction plus an error: the person's own spread around the model
//! (at least [`MIN_NOISE`] levels), independent from item to item, plus the
//! model's own uncertainty, shared by every item.

// Small dense matrices read best with row and column indexes.
#![allow(clippy::needless_range_loop)]

use crate::assessment::MAX_LEVEL;

/// Levels a person's answers are assumed to stray from the model at least.
pub const MIN_NOISE: f64 = 0.8;
/// Prior spread of the answers around the model, in levels, and how many
/// answers it weighs.
const PRIOR_NOISE: f64 = 1.1;
const PRIOR_NOISE_WEIGHT: f64 = 4.0;
/// Prior mean of the block levels, and the prior's weight (in answers) on
/// the block levels and on the profile coefficients.
const PRIOR_LEVEL: f64 = 2.0;
const PRIOR_LEVEL_WEIGHT: f64 = 0.5;
const PRIOR_REQUIRED_WEIGHT: f64 = 0.3;
const PRIOR_PROFILE_WEIGHT: f64 = 0.2;

/// What is known of one catalogue item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Known {
    /// Answered with a level.
    Level(u8),
    /// Answered "not applicable": the fit counts it as 0, for good.
    NotApplicable,
    /// Not answered yet: predicted.
    Unknown,
}

/// One profile, laid out by catalogue index: weight × required level per
/// item (0 when not required), the required level, and the total.
#[derive(Debug, Clone)]
pub(super) struct Targets {
    pub(super) weight: Vec<f64>,
    pub(super) min: Vec<u8>,
    pub(super) total: f64,
}

impl Targets {
    /// Fit points earned on item `i` at `level`.
    pub(super) fn points(&self, i: usize, level: f64) -> f64 {
        if self.total <= 0.0 || self.min[i] == 0 {
            return 0.0;
        }
        100.0 * self.weight[i] * level.min(f64::from(self.min[i])) / self.total
    }
}

/// The fitted model for one set of answers.
pub(super) struct Model {
    /// Per item: predicted mean level and its standard deviation (noise
    /// and model uncertainty together), for unknown items.
    pub(super) mean: Vec<f64>,
    pub(super) spread: Vec<f64>,
    /// The person's own spread around the model (independent per item).
    pub(super) noise: f64,
    /// Degrees of freedom behind `noise` (the prior's and the answers').
    pub(super) freedom: f64,
    /// Features per item, and the posterior covariance of the coefficients
    /// (in units of noise²).
    features: Vec<Vec<f64>>,
    cov: Vec<Vec<f64>>,
}

/// Features of item `i`: block indicators, then whether each profile
/// requires it, then each profile's target / 5.
fn features(is_ecf: bool, i: usize, targets: &[Targets]) -> Vec<f64> {
    let mut f = vec![f64::from(u8::from(is_ecf)), f64::from(u8::from(!is_ecf))];
    f.extend(targets.iter().map(|t| f64::from(u8::from(t.min[i] > 0))));
    f.extend(targets.iter().map(|t| f64::from(t.min[i]) / 5.0));
    f
}

impl Model {
    pub(super) fn fit(known: &[Known], is_ecf: &[bool], targets: &[Targets]) -> Model {
        let n = known.len();
        let features: Vec<Vec<f64>> = (0..n).map(|i| features(is_ecf[i], i, targets)).collect();
        let k = 2 + 2 * targets.len();
        // Prior precision and prior mean × precision.
        let mut a = vec![vec![0.0; k]; k];
        let mut b = vec![0.0; k];
        for j in 0..k {
            let weight = if j < 2 {
                PRIOR_LEVEL_WEIGHT
            } else if j < 2 + targets.len() {
                PRIOR_REQUIRED_WEIGHT
            } else {
                PRIOR_PROFILE_WEIGHT
            };
            a[j][j] = weight;
            b[j] = if j < 2 { weight * PRIOR_LEVEL } else { 0.0 };
        }
        let mut observed = 0usize;
        for (i, f) in features.iter().enumerate() {
            if let Known::Level(level) = known[i] {
                observed += 1;
                for r in 0..k {
                    b[r] += f[r] * f64::from(level);
                    for c in 0..k {
                        a[r][c] += f[r] * f[c];
                    }
                }
            }
        }
        let cov = invert(&a);
        let beta: Vec<f64> = (0..k)
            .map(|r| (0..k).map(|c| cov[r][c] * b[c]).sum())
            .collect();
        let predict = |f: &[f64]| f.iter().zip(&beta).map(|(x, w)| x * w).sum::<f64>();
        let squares: f64 = features
            .iter()
            .enumerate()
            .filter_map(|(i, f)| match known[i] {
                Known::Level(level) => Some((f64::from(level) - predict(f)).powi(2)),
                _ => None,
            })
            .sum();
        // Residuals at the fitted coefficients understate the spread by the
        // parameters the answers paid for: count only the remaining degrees
        // of freedom (observed − trace of the hat matrix).
        let used: f64 = features
            .iter()
            .enumerate()
            .filter(|(i, _)| matches!(known[*i], Known::Level(_)))
            .map(|(_, f)| quad(&cov, f, f))
            .sum();
        let freedom = (observed as f64 - used).max(0.0);
        let noise = ((PRIOR_NOISE_WEIGHT * PRIOR_NOISE * PRIOR_NOISE + squares)
            / (PRIOR_NOISE_WEIGHT + freedom))
            .sqrt()
            .max(MIN_NOISE);
        let mut mean = vec![0.0; n];
        let mut spread = vec![0.0; n];
        for (i, f) in features.iter().enumerate() {
            mean[i] = predict(f).clamp(0.0, f64::from(MAX_LEVEL));
            spread[i] = noise * (1.0 + quad(&cov, f, f)).sqrt();
        }
        Model {
            mean,
            spread,
            noise,
            freedom: PRIOR_NOISE_WEIGHT + freedom,
            features,
            cov,
        }
    }

    /// Σ g_i · features_i: how a sum Σ g_i · level_i loads on the
    /// coefficients.
    pub(super) fn loading(&self, gradient: &[f64]) -> Vec<f64> {
        let k = self.cov.len();
        let mut v = vec![0.0; k];
        for (f, g) in self.features.iter().zip(gradient) {
            if *g != 0.0 {
                for (vr, fr) in v.iter_mut().zip(f) {
                    *vr += g * fr;
                }
            }
        }
        v
    }

    /// Shared (model) variance of a sum with this loading, in levels².
    pub(super) fn shared_variance(&self, loading: &[f64]) -> f64 {
        self.noise * self.noise * quad(&self.cov, loading, loading)
    }

    /// The shared variance of a sum with `loading` once item `i` is
    /// answered and taken out of the sum (its slope in the sum `slope`): the
    /// coefficients' covariance shrinks by what the answer teaches.
    pub(super) fn shared_variance_after(&self, loading: &[f64], i: usize, slope: f64) -> f64 {
        let f = &self.features[i];
        let rest: Vec<f64> = loading.iter().zip(f).map(|(v, x)| v - slope * x).collect();
        let cf = quad(&self.cov, &rest, f);
        let ff = quad(&self.cov, f, f);
        let before = quad(&self.cov, &rest, &rest);
        self.noise * self.noise * (before - cf * cf / (1.0 + ff))
    }
}

fn quad(m: &[Vec<f64>], x: &[f64], y: &[f64]) -> f64 {
    m.iter()
        .zip(x)
        .map(|(row, xr)| xr * row.iter().zip(y).map(|(a, b)| a * b).sum::<f64>())
        .sum()
}

/// Inverse of a symmetric positive-definite matrix (Gauss–Jordan; the
/// prior keeps it well conditioned).
fn invert(a: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let k = a.len();
    let mut m: Vec<Vec<f64>> = a.to_vec();
    let mut inv: Vec<Vec<f64>> = (0..k)
        .map(|r| (0..k).map(|c| f64::from(u8::from(r == c))).collect())
        .collect();
    for col in 0..k {
        let pivot_row = (col..k)
            .max_by(|&x, &y| m[x][col].abs().total_cmp(&m[y][col].abs()))
            .unwrap_or(col);
        m.swap(col, pivot_row);
        inv.swap(col, pivot_row);
        let pivot = m[col][col];
        if pivot.abs() < 1e-12 {
            continue;
        }
        for c in 0..k {
            m[col][c] /= pivot;
            inv[col][c] /= pivot;
        }
        for r in 0..k {
            if r != col {
                let factor = m[r][col];
                if factor != 0.0 {
                    for c in 0..k {
                        m[r][c] -= factor * m[col][c];
                        inv[r][c] -= factor * inv[col][c];
                    }
                }
            }
        }
    }
    inv
}

/// Standard normal distribution function (Abramowitz–Stegun 7.1.26,
/// error below 1.5e-7).
fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-z * z).exp();
    if x >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

fn normal_density(x: f64) -> f64 {
    (-0.5 * x * x).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// The chance of each level 0–5 for an answer modelled as normal(mean,
/// spread) rounded to the nearest level, and each chance's derivative with
/// respect to the mean.
pub(super) fn level_chances(mean: f64, spread: f64) -> ([f64; 6], [f64; 6]) {
    let mut chances = [0.0; 6];
    let mut slopes = [0.0; 6];
    let s = spread.max(1e-6);
    for (k, (chance, slope)) in chances.iter_mut().zip(slopes.iter_mut()).enumerate() {
        let level = k as f64;
        let (lo, hi) = ((level - 0.5 - mean) / s, (level + 0.5 - mean) / s);
        let (cdf_lo, dens_lo) = if k == 0 {
            (0.0, 0.0)
        } else {
            (normal_cdf(lo), normal_density(lo))
        };
        let (cdf_hi, dens_hi) = if k == 5 {
            (1.0, 0.0)
        } else {
            (normal_cdf(hi), normal_density(hi))
        };
        *chance = cdf_hi - cdf_lo;
        *slope = (dens_lo - dens_hi) / s;
    }
    (chances, slopes)
}

/// Mean, variance and slope (with respect to the predicted level) of a
/// per-level value `value(level)` under the level chances.
pub(super) fn moments(
    chances: &[f64; 6],
    slopes: &[f64; 6],
    value: impl Fn(f64) -> f64,
) -> (f64, f64, f64) {
    let mut mean = 0.0;
    let mut square = 0.0;
    let mut slope = 0.0;
    for k in 0..6 {
        let v = value(k as f64);
        mean += chances[k] * v;
        square += chances[k] * v * v;
        slope += slopes[k] * v;
    }
    (mean, (square - mean * mean).max(0.0), slope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chances_add_up_to_one() {
        for (mean, spread) in [(0.0, 1.0), (2.4, 0.8), (5.0, 2.0), (3.3, 0.01)] {
            let (chances, slopes) = level_chances(mean, spread);
            assert!((chances.iter().sum::<f64>() - 1.0).abs() < 1e-6);
            assert!(slopes.iter().sum::<f64>().abs() < 1e-6);
        }
    }

    #[test]
    fn inverse_is_an_inverse() {
        let a = vec![
            vec![4.0, 1.0, 0.5],
            vec![1.0, 3.0, 0.2],
            vec![0.5, 0.2, 2.0],
        ];
        let inv = invert(&a);
        for r in 0..3 {
            for c in 0..3 {
                let product: f64 = (0..3).map(|j| a[r][j] * inv[j][c]).sum();
                assert!((product - f64::from(u8::from(r == c))).abs() < 1e-9);
            }
        }
    }
}
