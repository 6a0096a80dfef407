//! A generated, seeded population of complete assessments, and how well the
//! quick orientation finds each one's full first place: what the benchmark
//! (`cargo bench --bench quick`) and the tests measure.
//!
//! The population mixes, in turn (5 : 2 : 1 : 1 : 1): people close to one role (its targets
//! shifted by a personal offset, a different offset for the traits, a
//! personal baseline on the items the role does not require, and per-item
//! noise of 0.5–1.4 levels), people between two roles (a personal blend of
//! the two), people close to a role with a fifth of their answers
//! scattered at random, flat profiles (one level plus noise) and answers
//! drawn at random; about 2 % of the answers are "not applicable".

use serde::Serialize;

use super::{Quick, Settings};
use crate::assessment::{Answer, Assessment, MAX_LEVEL};
use crate::catalogue::Catalogue;
use crate::ids::ProfileId;
use crate::matching::rank_assessment;
use crate::profile::Profile;
use crate::text::Lang;

/// A small deterministic generator (SplitMix64): the same seed gives the
/// same population on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// The kind of person a generated assessment stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    NearRole,
    BetweenTwo,
    Scattered,
    Flat,
    Random,
}

/// One generated person.
pub struct Case {
    pub kind: Kind,
    pub assessment: Assessment,
}

fn level(x: f64) -> u8 {
    x.round().clamp(0.0, f64::from(MAX_LEVEL)) as u8
}

/// `count` complete assessments drawn from `seed`.
pub fn generate(catalogue: &Catalogue, profiles: &[Profile], seed: u64, count: usize) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let n = catalogue.len();
    let targets: Vec<Vec<Option<u8>>> = profiles
        .iter()
        .map(|p| {
            let mut t = vec![None; n];
            for req in &p.requirements {
                if let Some(i) = catalogue.index_of(&req.item) {
                    t[i] = Some(req.min);
                }
            }
            t
        })
        .collect();
    let is_ecf: Vec<bool> = catalogue
        .items()
        .iter()
        .map(|item| item.kind == crate::catalogue::ItemKind::Ecf)
        .collect();
    let roles = profiles.len().max(1);
    (0..count)
        .map(|c| {
            let kind = match c % 10 {
                0..=4 => Kind::NearRole,
                5 | 6 => Kind::BetweenTwo,
                7 => Kind::Scattered,
                8 => Kind::Flat,
                _ => Kind::Random,
            };
            let noise = rng.range(0.5, 1.4);
            let offset = rng.range(-1.2, 0.8);
            let trait_shift = rng.range(-0.7, 0.7);
            let baseline = rng.range(0.3, 3.0);
            let first = rng.below(roles);
            let second = (first + 1 + rng.below(roles.saturating_sub(1).max(1))) % roles;
            let blend = rng.range(0.25, 0.75);
            let flat = rng.range(0.5, 4.5);
            let mut assessment = Assessment::new(format!("case {c}"), Default::default(), Lang::En);
            assessment.created = None;
            assessment.updated = None;
            for (i, item) in catalogue.items().iter().enumerate() {
                let shift = offset + if is_ecf[i] { 0.0 } else { trait_shift };
                let near = |p: usize| -> f64 {
                    targets
                        .get(p)
                        .and_then(|t| t[i])
                        .map_or(baseline, |m| f64::from(m) + shift)
                };
                let value = match kind {
                    Kind::NearRole => level(near(first) + noise * rng.normal()),
                    Kind::BetweenTwo => level(
                        blend * near(first) + (1.0 - blend) * near(second) + noise * rng.normal(),
                    ),
                    Kind::Scattered => {
                        if rng.unit() < 0.2 {
                            rng.below(6) as u8
                        } else {
                            level(near(first) + noise * rng.normal())
                        }
                    }
                    Kind::Flat => level(flat + noise * rng.normal()),
                    Kind::Random => rng.below(6) as u8,
                };
                let answer = if rng.unit() < 0.02 {
                    Answer::NotApplicable
                } else {
                    Answer::Level(value)
                };
                assessment.scores.insert(item.id.to_string(), answer);
            }
            Case { kind, assessment }
        })
        .collect()
}

/// One case: the full first place and its lead, and what the quick mode said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub kind: Kind,
    /// First place of the full assessment, `None` when nothing is reached.
    pub full_first: Option<ProfileId>,
    /// Its lead over the second, in fit points.
    pub full_lead: f64,
    pub quick_first: Option<ProfileId>,
    pub confident: bool,
    pub questions: usize,
}

impl Outcome {
    pub fn agrees(&self) -> bool {
        self.full_first.is_some() && self.full_first == self.quick_first
    }
}

/// The figures the benchmark reports.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Figures {
    pub cases: usize,
    /// Cases with a full lead ≥ 10 points, and those where the quick first
    /// place agrees.
    pub lead10: usize,
    pub agree10: usize,
    pub lead5: usize,
    pub agree5: usize,
    /// Agreement over every case with a first place.
    pub ranked: usize,
    pub agree_all: usize,
    pub median_questions: usize,
    pub max_questions: usize,
    /// Confident and agreeing with the full first place / not agreeing;
    /// not confident and agreeing / not agreeing (a warranted warning).
    pub confident_agreed: usize,
    pub confident_disagreed: usize,
    pub unsure_agreed: usize,
    pub unsure_disagreed: usize,
    /// Confident and not agreeing although the full lead is ≥ 5 points:
    /// the errors that should have been "not confident".
    pub confident_disagreed_lead5: usize,
}

impl Figures {
    pub fn share10(&self) -> f64 {
        share(self.agree10, self.lead10)
    }

    pub fn share5(&self) -> f64 {
        share(self.agree5, self.lead5)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// Runs the quick orientation on every case and compares with the full one.
pub fn evaluate(
    catalogue: &Catalogue,
    profiles: &[Profile],
    cases: &[Case],
    settings: Settings,
) -> Vec<Outcome> {
    let quick = Quick::new(catalogue, profiles);
    cases
        .iter()
        .map(|case| {
            let full = rank_assessment(profiles, catalogue, &case.assessment);
            let (full_first, full_lead) = if full.nothing_reached {
                (None, 0.0)
            } else {
                let first = full.matches.first().map(|m| m.profile.clone());
                let lead = match full.matches.as_slice() {
                    [a, b, ..] => a.fit - b.fit,
                    _ => 100.0,
                };
                (first, lead)
            };
            let mut start = case.assessment.clone();
            start.scores.clear();
            let replay = quick.replay(&start, &case.assessment, settings);
            Outcome {
                kind: case.kind,
                full_first,
                full_lead,
                quick_first: replay.last.leader().cloned(),
                confident: replay.last.confident,
                questions: replay.questions.len(),
            }
        })
        .collect()
}

/// The figures over `outcomes`.
pub fn figures(outcomes: &[Outcome]) -> Figures {
    let mut f = Figures {
        cases: outcomes.len(),
        ..Figures::default()
    };
    let mut questions: Vec<usize> = outcomes.iter().map(|o| o.questions).collect();
    questions.sort_unstable();
    f.median_questions = questions.get(questions.len() / 2).copied().unwrap_or(0);
    f.max_questions = questions.last().copied().unwrap_or(0);
    for o in outcomes.iter().filter(|o| o.full_first.is_some()) {
        let agrees = o.agrees();
        f.ranked += 1;
        f.agree_all += usize::from(agrees);
        if o.full_lead >= 10.0 {
            f.lead10 += 1;
            f.agree10 += usize::from(agrees);
        }
        if o.full_lead >= 5.0 {
            f.lead5 += 1;
            f.agree5 += usize::from(agrees);
        }
        match (o.confident, agrees) {
            (true, true) => f.confident_agreed += 1,
            (true, false) => {
                f.confident_disagreed += 1;
                if o.full_lead >= 5.0 {
                    f.confident_disagreed_lead5 += 1;
                }
            }
            (false, true) => f.unsure_agreed += 1,
            (false, false) => f.unsure_disagreed += 1,
        }
    }
    f
}
