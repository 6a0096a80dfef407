//! Quick orientation: which role suits a person, in about a dozen questions.
//!
//! The quick mode asks, one at a time, the unanswered item whose answer can
//! move the lead of the first place over its closest contender most, and
//! stops as soon as that lead is larger than what the unanswered items
//! could plausibly change, or at [`MAX_QUESTIONS`] questions.
//!
//! **The model** (see `model.rs`): every unanswered item is predicted from
//! the person's own answers by a small regression — a general level per
//! block (e-CF, traits) plus how closely the person follows each profile's
//! targets — and its answer is modelled as that prediction plus an error of
//! the person's own spread around the model (at least 0.8 levels),
//! independent from item to item, plus the model's own uncertainty, shared
//! by every item. Each profile's **estimated fit** is its expected full fit
//! under that model (an answered item counts its level, "not applicable"
//! counts 0 as in the fit).
//!
//! **Choosing** (deterministic): the leader is the profile with the highest
//! estimate; the contender is the one whose lead is least sure (lowest lead
//! ÷ standard deviation of the lead); the question is the unanswered item
//! whose answer is expected to shrink the uncertainty of the gap between
//! those two most (its own effect on the gap, and what it teaches the model
//! about the other unanswered items), ties by catalogue order. Its
//! reason is [`Reason::Separates`] (leader, contender).
//!
//! **Stopping**: when the leader's estimated lead over every other profile
//! is at least [`settled_sigmas`] standard deviations of that lead (1.6,
//! raised while the person's spread rests on few answers) and at least
//! [`SETTLED_LEAD`] fit points ([`StopReason::Settled`], confident), or when [`Settings::max_questions`]
//! items are answered ([`StopReason::Limit`], not confident, naming the two
//! roles still in question), or when nothing is left to ask.
//!
//! The state is the assessment itself: every catalogue item that has an
//! answer (a level or "not applicable") counts as a question asked, so a
//! quick session resumes from its file. Values, never sentences: the words
//! are in the report crate's l10n.

mod model;
pub mod population;

use serde::Serialize;

use crate::assessment::{Answer, Assessment, MAX_LEVEL};
use crate::catalogue::{Catalogue, ItemKind};
use crate::ids::{ItemId, ProfileId};
use crate::matching::CompiledProfile;
use crate::profile::Profile;
use model::{Known, Model, Targets};

/// The most questions a quick orientation asks by default.
pub const MAX_QUESTIONS: usize = 15;

/// How many standard deviations of the lead the leader must be ahead of
/// every other profile for the first place to be settled.
pub const SETTLED_SIGMAS: f64 = 1.6;

/// The smallest estimated lead, in fit points, that can settle the first
/// place while items are unanswered: below it the two are too close for a
/// quick answer, however sure the model is.
pub const SETTLED_LEAD: f64 = 3.0;

/// The lead, in standard deviations, that settles the first place when the
/// person's spread is known from `freedom` degrees of freedom: the
/// Student-t quantile matching [`SETTLED_SIGMAS`] (Cornish–Fisher), so
/// that few answers ask for a larger lead.
pub fn settled_sigmas(freedom: f64) -> f64 {
    let z = SETTLED_SIGMAS;
    z + (z * z * z + z) / (4.0 * freedom.max(1.0))
}

/// How a quick orientation runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Stop after this many answered items (`--max N`); default
    /// [`MAX_QUESTIONS`].
    pub max_questions: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            max_questions: MAX_QUESTIONS,
        }
    }
}

/// Why an item is asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reason {
    /// Its answer is expected to move the gap between these two profiles
    /// most: the leader (by estimate) first, then the contender.
    Separates { first: ProfileId, second: ProfileId },
}

/// The next question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub item: ItemId,
    pub reason: Reason,
}

/// Why the quick orientation stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum StopReason {
    /// The leader is ahead of every other profile by more than the
    /// unanswered items could plausibly change: confident.
    Settled { leader: ProfileId },
    /// The question limit was reached with the first place still open
    /// between these two (leader first): not confident.
    Limit { first: ProfileId, second: ProfileId },
    /// No unanswered item can move the gap between these two (leader
    /// first), and they are still too close: not confident.
    Exhausted { first: ProfileId, second: ProfileId },
    /// There are no profiles (or no items) to rank.
    NothingToRank,
}

impl StopReason {
    /// A stable code for scripts: `settled`, `limit`, `exhausted`,
    /// `nothing_to_rank`.
    pub fn code(&self) -> &'static str {
        match self {
            StopReason::Settled { .. } => "settled",
            StopReason::Limit { .. } => "limit",
            StopReason::Exhausted { .. } => "exhausted",
            StopReason::NothingToRank => "nothing_to_rank",
        }
    }

    /// Whether the first place is given with confidence.
    pub fn is_confident(&self) -> bool {
        matches!(self, StopReason::Settled { .. })
    }
}

/// One profile in the quick ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuickMatch {
    pub profile: ProfileId,
    /// 0–100: the expected full fit under the quick model (see the module).
    pub fit_estimate: f64,
    /// 0–100: the fit so far, unanswered items counted as 0 (the floor,
    /// exactly as [`crate::matching::rank`] gives it).
    pub fit: f64,
    /// 0–100: unanswered and "not applicable" items counted as met (the
    /// ceiling, as in [`crate::matching::rank`]).
    pub fit_ceiling: f64,
    /// For all but the leader: the leader's estimated lead over this
    /// profile divided by that lead's standard deviation under the model
    /// (how sure the order is); infinite (`null` in JSON) when no
    /// unanswered item can change it; `None` for the leader.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certainty: Option<f64>,
}

/// Where a quick orientation stands after the answers so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Catalogue items answered (a level or "not applicable"): the
    /// questions asked so far.
    pub asked: usize,
    /// Items answered with a level: "estimated from N answers".
    pub answered: usize,
    /// The next question, or `None` when stopped.
    pub next: Option<Question>,
    /// Why it stopped, or `None` while there is a next question.
    pub stop: Option<StopReason>,
    /// Whether the first place is settled (the leader's lead is beyond
    /// what the unanswered items could plausibly change). May be true
    /// before stopping only in the step that stops.
    pub confident: bool,
    /// Every profile, highest estimate first (ties: floor, then id).
    pub matches: Vec<QuickMatch>,
}

impl Step {
    /// The leading profile by estimate.
    pub fn leader(&self) -> Option<&ProfileId> {
        self.matches.first().map(|m| &m.profile)
    }
}

/// A replayed quick orientation: the questions in the order asked, and the
/// final step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replay {
    pub questions: Vec<Question>,
    pub last: Step,
    /// The assessment the quick mode built (only the items asked), marked
    /// as started in quick mode.
    #[serde(skip)]
    pub assessment: Assessment,
}

/// The quick orientation's tables for one catalogue and set of profiles:
/// build it once, call [`Quick::step`] after every answer.
pub struct Quick<'a> {
    catalogue: &'a Catalogue,
    profiles: &'a [Profile],
    compiled: Vec<CompiledProfile>,
    targets: Vec<Targets>,
    is_ecf: Vec<bool>,
}

impl<'a> Quick<'a> {
    pub fn new(catalogue: &'a Catalogue, profiles: &'a [Profile]) -> Quick<'a> {
        let n = catalogue.len();
        let targets = profiles
            .iter()
            .map(|p| {
                let mut weight = vec![0.0; n];
                let mut min = vec![0u8; n];
                for req in &p.requirements {
                    if let Some(i) = catalogue.index_of(&req.item) {
                        weight[i] = req.importance.weight();
                        min[i] = req.min.clamp(1, MAX_LEVEL);
                    }
                }
                let total = (0..n).map(|i| weight[i] * f64::from(min[i])).sum();
                Targets { weight, min, total }
            })
            .collect();
        Quick {
            catalogue,
            profiles,
            compiled: profiles
                .iter()
                .map(|p| CompiledProfile::new(p, catalogue))
                .collect(),
            targets,
            is_ecf: catalogue
                .items()
                .iter()
                .map(|item| item.kind == ItemKind::Ecf)
                .collect(),
        }
    }

    /// Where the orientation stands for `assessment`: the ranking by
    /// estimate with floor and ceiling, and either the next question or why
    /// it stops. Deterministic: the same answers give the same step.
    pub fn step(&self, assessment: &Assessment, settings: Settings) -> Step {
        let known: Vec<Known> = self
            .catalogue
            .items()
            .iter()
            .map(|item| match assessment.answer(&item.id) {
                Some(Answer::Level(level)) => Known::Level(level.min(MAX_LEVEL)),
                Some(Answer::NotApplicable) => Known::NotApplicable,
                None => Known::Unknown,
            })
            .collect();
        self.step_known(&known, settings)
    }

    fn step_known(&self, known: &[Known], settings: Settings) -> Step {
        let asked = known.iter().filter(|k| **k != Known::Unknown).count();
        let answered = known
            .iter()
            .filter(|k| matches!(k, Known::Level(_)))
            .count();
        let model = Model::fit(known, &self.is_ecf, &self.targets);
        let analysis = analyse::Analysis::new(known, &model, &self.targets);
        let floor: Vec<u8> = known
            .iter()
            .map(|k| match k {
                Known::Level(level) => *level,
                _ => 0,
            })
            .collect();
        let top: Vec<u8> = known
            .iter()
            .map(|k| match k {
                Known::Level(level) => *level,
                _ => MAX_LEVEL,
            })
            .collect();
        let mut order: Vec<usize> = (0..self.profiles.len()).collect();
        let fits: Vec<f64> = self.compiled.iter().map(|c| c.fit(&floor)).collect();
        order.sort_by(|&a, &b| {
            analysis.estimate[b]
                .total_cmp(&analysis.estimate[a])
                .then_with(|| fits[b].total_cmp(&fits[a]))
                .then_with(|| self.profiles[a].id.cmp(&self.profiles[b].id))
        });
        let leader = order.first().copied();
        let certainty: Vec<Option<f64>> = (0..self.profiles.len())
            .map(|q| match leader {
                Some(l) if l != q => Some(analysis.certainty(l, q)),
                _ => None,
            })
            .collect();
        let matches = order
            .iter()
            .map(|&p| QuickMatch {
                profile: self.profiles[p].id.clone(),
                fit_estimate: analysis.estimate[p],
                fit: fits[p],
                fit_ceiling: self.compiled[p].fit(&top),
                certainty: certainty[p],
            })
            .collect();
        let mut step = Step {
            asked,
            answered,
            next: None,
            stop: None,
            confident: false,
            matches,
        };
        let (Some(leader), Some(&second)) = (leader, order.get(1)) else {
            step.stop = Some(match leader {
                Some(l) if !known.is_empty() => {
                    step.confident = true;
                    StopReason::Settled {
                        leader: self.profiles[l].id.clone(),
                    }
                }
                _ => StopReason::NothingToRank,
            });
            return step;
        };
        // The contender: the least sure lead (then ranking order).
        let contender = order
            .iter()
            .skip(1)
            .copied()
            .min_by(|&a, &b| {
                let (ca, cb) = (
                    certainty[a].unwrap_or(f64::INFINITY),
                    certainty[b].unwrap_or(f64::INFINITY),
                );
                ca.total_cmp(&cb)
            })
            .unwrap_or(second);
        let sure = certainty[contender].unwrap_or(f64::INFINITY);
        let pair = |l: usize, q: usize| (self.profiles[l].id.clone(), self.profiles[q].id.clone());
        let lead = analysis.estimate[leader] - analysis.estimate[contender];
        let all_known = !known.contains(&Known::Unknown);
        if sure >= settled_sigmas(model.freedom) && (lead >= SETTLED_LEAD || all_known) {
            step.confident = true;
            step.stop = Some(StopReason::Settled {
                leader: self.profiles[leader].id.clone(),
            });
        } else if asked >= settings.max_questions {
            let (first, second) = pair(leader, contender);
            step.stop = Some(StopReason::Limit { first, second });
        } else if let Some(item) = analysis.best_question(known, leader, contender) {
            let (first, second) = pair(leader, contender);
            step.next = Some(Question {
                item: self.catalogue.items()[item].id.clone(),
                reason: Reason::Separates { first, second },
            });
        } else {
            let (first, second) = pair(leader, contender);
            step.stop = Some(StopReason::Exhausted { first, second });
        }
        step
    }

    /// Runs a whole quick orientation, taking each answer from `answers`
    /// (an item it has no answer for counts as "not applicable"), starting
    /// from `start` (usually an empty assessment; its answers count as
    /// asked already).
    pub fn replay(&self, start: &Assessment, answers: &Assessment, settings: Settings) -> Replay {
        let mut assessment = start.clone();
        assessment.started_in = Some(crate::assessment::StartedIn::Quick);
        let mut questions = Vec::new();
        loop {
            let step = self.step(&assessment, settings);
            match step.next {
                Some(question) => {
                    let answer = answers
                        .answer(&question.item)
                        .unwrap_or(Answer::NotApplicable);
                    assessment.set_answer(&question.item, Some(answer));
                    questions.push(question);
                }
                None => {
                    return Replay {
                        questions,
                        last: step,
                        assessment,
                    };
                }
            }
        }
    }
}

/// One step for `assessment`: [`Quick::new`] then [`Quick::step`].
pub fn step(
    catalogue: &Catalogue,
    profiles: &[Profile],
    assessment: &Assessment,
    settings: Settings,
) -> Step {
    Quick::new(catalogue, profiles).step(assessment, settings)
}

mod analyse {
    //! The estimated fits and the spread of each lead, for one model.

    use super::model::{Known, Model, Targets, level_chances, moments};

    pub(super) struct Analysis<'a> {
        known: &'a [Known],
        model: &'a Model,
        targets: &'a [Targets],
        /// Expected full fit per profile.
        pub(super) estimate: Vec<f64>,
    }

    impl<'a> Analysis<'a> {
        pub(super) fn new(known: &'a [Known], model: &'a Model, targets: &'a [Targets]) -> Self {
            let estimate = targets
                .iter()
                .map(|t| {
                    known
                        .iter()
                        .enumerate()
                        .map(|(i, k)| match k {
                            Known::Level(level) => t.points(i, f64::from(*level)),
                            Known::NotApplicable => 0.0,
                            Known::Unknown => {
                                let (chances, slopes) =
                                    level_chances(model.mean[i], model.spread[i]);
                                moments(&chances, &slopes, |x| t.points(i, x)).0
                            }
                        })
                        .sum()
                })
                .collect();
            Analysis {
                known,
                model,
                targets,
                estimate,
            }
        }

        /// Per unknown item that either profile requires: its variance
        /// from the person's own noise and its slope, in the gap between
        /// `l` and `q`.
        fn gap_parts(&self, l: usize, q: usize) -> (Vec<f64>, Vec<f64>) {
            let (tl, tq) = (&self.targets[l], &self.targets[q]);
            let n = self.known.len();
            let (mut variance, mut slope) = (vec![0.0; n], vec![0.0; n]);
            for (i, k) in self.known.iter().enumerate() {
                if *k != Known::Unknown || (tl.min[i] == 0 && tq.min[i] == 0) {
                    continue;
                }
                let (chances, slopes) = level_chances(self.model.mean[i], self.model.noise);
                let (_, var, g) = moments(&chances, &slopes, |x| tl.points(i, x) - tq.points(i, x));
                variance[i] = var;
                slope[i] = g;
            }
            (variance, slope)
        }

        /// The leader `l`'s estimated lead over `q`, in standard deviations
        /// of that lead (item noise independent, model uncertainty shared).
        pub(super) fn certainty(&self, l: usize, q: usize) -> f64 {
            let lead = self.estimate[l] - self.estimate[q];
            let (variance, slope) = self.gap_parts(l, q);
            let total = variance.iter().sum::<f64>()
                + self.model.shared_variance(&self.model.loading(&slope));
            if total <= 1e-12 {
                return if lead > 0.0 { f64::INFINITY } else { 0.0 };
            }
            lead / total.sqrt()
        }

        /// The unanswered item whose answer is expected to reduce the
        /// variance of the gap between `l` and `q` most: its own part, and
        /// what it teaches the model about the others; ties by catalogue
        /// order. `None` when no unanswered item moves the gap.
        pub(super) fn best_question(&self, known: &[Known], l: usize, q: usize) -> Option<usize> {
            let (variance, slope) = self.gap_parts(l, q);
            let loading = self.model.loading(&slope);
            let shared = self.model.shared_variance(&loading);
            let mut best: Option<(f64, usize)> = None;
            for (i, k) in known.iter().enumerate() {
                if *k != Known::Unknown {
                    continue;
                }
                let gain =
                    variance[i] + shared - self.model.shared_variance_after(&loading, i, slope[i]);
                if gain > 1e-9 && best.is_none_or(|(b, _)| gain > b) {
                    best = Some((gain, i));
                }
            }
            best.map(|(_, i)| i)
        }
    }
}
