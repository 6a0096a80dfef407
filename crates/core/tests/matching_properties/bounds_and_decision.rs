//! Properties 5 and 8–10: the floor, the estimate and the ceiling; a
//! decided ranking that no answer can overturn; "nothing reached"; the
//! e-CF and traits parts; core requirements at 0.

use bilan_core::matching::{Block, DECIDING_ITEMS, Ranking, estimated_levels};
use bilan_core::testing::requirement as req;

use super::*;

const EPSILON: f64 = 1e-9;

pub(super) fn ranked(scores: &[Option<u8>], library_profiles: &[Profile]) -> Ranking {
    let (levels, answered) = split(scores);
    rank(library_profiles, catalogue(), &levels, &answered)
}

// 5. Floor ≤ estimate ≤ ceiling, all equal when complete.

proptest! {
    #[test]
    fn property_5_floor_estimate_ceiling_are_ordered(scores in scores_strategy()) {
        for m in ranked(&scores, profiles()).matches {
            prop_assert!(m.fit <= m.fit_estimate + EPSILON, "{}: {} > {}", m.profile, m.fit, m.fit_estimate);
            prop_assert!(m.fit_estimate <= m.fit_ceiling + EPSILON, "{}: {} > {}", m.profile, m.fit_estimate, m.fit_ceiling);
            prop_assert!((0.0..=100.0).contains(&m.fit_ceiling));
            if m.is_complete() {
                prop_assert_eq!(m.fit, m.fit_estimate);
                prop_assert_eq!(m.fit, m.fit_ceiling);
            } else {
                // Something unanswered can still be met: the ceiling is above the floor.
                prop_assert!(m.fit_ceiling > m.fit, "{}", m.profile);
            }
        }
    }

    #[test]
    fn property_5_all_three_are_equal_on_a_complete_assessment(levels in levels_strategy()) {
        let ranking = rank(profiles(), catalogue(), &levels, &all_answered());
        prop_assert_eq!(ranking.completeness.answered, n_items());
        for m in &ranking.matches {
            prop_assert_eq!(m.fit, m.fit_estimate);
            prop_assert_eq!(m.fit, m.fit_ceiling);
            prop_assert_eq!(m.fit, fit(profiles().iter().find(|p| p.id == m.profile).unwrap(), &levels));
        }
    }

    #[test]
    fn property_5_the_ceiling_counts_unanswered_items_as_met(scores in scores_strategy()) {
        // Answering every unanswered item at 5 gives the ceiling; at the
        // estimated level, the estimate; at 0, the floor.
        let (levels, answered) = split(&scores);
        let guessed = estimated_levels(catalogue(), &levels, &answered);
        let at = |fill: &dyn Fn(usize) -> u8| -> Vec<u8> {
            (0..n_items()).map(|i| if answered[i] { levels[i] } else { fill(i) }).collect()
        };
        let ranking = rank(profiles(), catalogue(), &levels, &answered);
        for m in &ranking.matches {
            let profile = profiles().iter().find(|p| p.id == m.profile).unwrap();
            prop_assert_eq!(m.fit, fit(profile, &at(&|_| 0)));
            prop_assert_eq!(m.fit_ceiling, fit(profile, &at(&|_| 5)));
            prop_assert_eq!(m.fit_estimate, fit(profile, &at(&|i| guessed[i])));
            for r in &m.requirements {
                prop_assert_eq!(r.estimate.is_some(), r.actual.is_none(), "{}", r.item);
            }
        }
    }
}

/// The stated rule: the mean of the answered items of the same section,
/// rounded down; else of the same block; else 0.
#[test]
fn property_5_the_estimate_follows_its_stated_rule() {
    let mut scores = vec![None; n_items()];
    scores[index("A.3")] = Some(4);
    scores[index("A.7")] = Some(1);
    scores[index("E.7")] = Some(5);
    scores[index("se.tenacity")] = Some(3);
    let (levels, answered) = split(&scores);
    let guessed = estimated_levels(catalogue(), &levels, &answered);
    // Area A: (4 + 1) / 2 = 2.5 → 2.
    assert_eq!(guessed[index("A.4")], 2);
    // Area B has no answer: the e-CF block, (4 + 1 + 5) / 3 = 3.33 → 3.
    assert_eq!(guessed[index("B.1")], 3);
    // Area E: 5.
    assert_eq!(guessed[index("E.1")], 5);
    // Savoir-être: 3; savoir has no answer: the traits block, 3.
    assert_eq!(guessed[index("se.empathy")], 3);
    assert_eq!(guessed[index("s.english")], 3);
    // Answered items keep their score.
    assert_eq!(guessed[index("A.7")], 1);
    // Nothing answered at all: 0 everywhere.
    let none = estimated_levels(catalogue(), &vec![0; n_items()], &vec![false; n_items()]);
    assert!(none.iter().all(|l| *l == 0));
}

// 8. Decided only when no answer can change the first place.

/// Three small profiles over six items (two e-CF, four traits), with
/// random levels and importances, so every completion can be tried.
const SMALL_ITEMS: [&str; 6] = [
    "A.3",
    "E.7",
    "sf.change",
    "se.tenacity",
    "se.empathy",
    "s.english",
];

pub(super) fn small_profiles_strategy() -> impl Strategy<Value = Vec<Profile>> {
    let one = prop::collection::vec((any::<bool>(), 0u8..=4, any::<bool>()), SMALL_ITEMS.len());
    prop::collection::vec(one, 2..=3).prop_map(|profiles| {
        profiles
            .into_iter()
            .enumerate()
            .map(|(p, reqs)| {
                let mut requirements: Vec<Requirement> = reqs
                    .iter()
                    .zip(SMALL_ITEMS)
                    .filter(|((required, _, _), _)| *required)
                    .map(|((_, min, core), item)| {
                        let importance = if *core {
                            Importance::Core
                        } else {
                            Importance::Secondary
                        };
                        req(item, min + 1, importance)
                    })
                    .collect();
                if requirements.is_empty() {
                    requirements.push(req(SMALL_ITEMS[p], 2, Importance::Core));
                }
                synthetic(&format!("p{p}"), requirements)
            })
            .collect()
    })
}

/// Scores for the small items (`None` = unanswered); every other item is
/// answered 0, so only the small items can change anything.
pub(super) fn small_scores_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::weighted(0.6, 0u8..=5), SMALL_ITEMS.len())
}

pub(super) fn full_scores(small: &[Option<u8>]) -> Vec<Option<u8>> {
    let mut scores = vec![Some(0); n_items()];
    for (item, score) in SMALL_ITEMS.iter().zip(small) {
        scores[index(item)] = *score;
    }
    scores
}

/// Every way of answering the unanswered small items (0–5 each).
fn completions(small: &[Option<u8>]) -> Vec<Vec<Option<u8>>> {
    let mut all = vec![small.to_vec()];
    for (at, score) in small.iter().enumerate() {
        if score.is_some() {
            continue;
        }
        all = all
            .into_iter()
            .flat_map(|partial| {
                (0..=5u8).map(move |level| {
                    let mut next = partial.clone();
                    next[at] = Some(level);
                    next
                })
            })
            .collect();
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn property_8_a_decided_first_place_survives_every_completion(
        small_profiles in small_profiles_strategy(),
        small in small_scores_strategy(),
    ) {
        let ranking = ranked(&full_scores(&small), &small_profiles);
        if ranking.decided {
            let leader = &ranking.matches[0].profile;
            for completed in completions(&small) {
                let after = ranked(&full_scores(&completed), &small_profiles);
                prop_assert_eq!(
                    &after.matches[0].profile, leader,
                    "decided for {} with {:?}, but {:?} puts {} first",
                    leader, small, completed, after.matches[0].profile
                );
            }
        }
    }

    #[test]
    fn property_8_decided_is_the_leaders_floor_against_every_ceiling(
        small_profiles in small_profiles_strategy(),
        small in small_scores_strategy(),
    ) {
        let ranking = ranked(&full_scores(&small), &small_profiles);
        let leader = &ranking.matches[0];
        let clear = ranking.matches[1..].iter().all(|m| {
            leader.fit > m.fit_ceiling
                || (leader.fit == m.fit_ceiling && leader.is_complete() && m.is_complete())
        });
        prop_assert_eq!(ranking.decided, !ranking.nothing_reached && clear);
        if ranking.decided || ranking.nothing_reached {
            prop_assert!(ranking.deciding_items.is_empty());
            prop_assert!(ranking.challenger.is_none());
        } else {
            // Provisional: a challenger whose ceiling reaches the leader,
            // and deciding items among the unanswered ones it or the
            // leader requires.
            let challenger = ranking.challenger.as_ref().expect("a challenger");
            let c = ranking.matches.iter().find(|m| &m.profile == challenger).unwrap();
            prop_assert!(c.fit_ceiling >= leader.fit);
            prop_assert!(ranking.deciding_items.len() <= DECIDING_ITEMS);
            for item in &ranking.deciding_items {
                let at = SMALL_ITEMS.iter().position(|i| *i == item.as_str());
                prop_assert!(at.is_some_and(|at| small[at].is_none()), "{} is unanswered", item);
                let required = |m: &MatchResult| m.requirements.iter().any(|r| &r.item == item);
                prop_assert!(required(leader) || required(c), "{} matters to them", item);
            }
        }
    }

    #[test]
    fn property_8_a_complete_assessment_is_always_decided_unless_nothing_is_reached(
        levels in levels_strategy(),
    ) {
        let ranking = rank(profiles(), catalogue(), &levels, &all_answered());
        prop_assert_eq!(ranking.decided, !ranking.nothing_reached);
    }
}

/// The brief's example: leaving E.7 and sf.change unanswered between a
/// profile that needs them and one that does not names them.
#[test]
fn property_8_the_deciding_items_are_those_that_move_the_gap_most() {
    let change = synthetic(
        "change",
        vec![
            req("A.3", 3, Importance::Core),
            req("E.7", 4, Importance::Core),
            req("sf.change", 4, Importance::Core),
            req("s.english", 2, Importance::Secondary),
        ],
    );
    let steady = synthetic(
        "steady",
        vec![
            req("A.3", 3, Importance::Core),
            req("s.english", 2, Importance::Secondary),
            req("se.tenacity", 2, Importance::Secondary),
        ],
    );
    let mut scores = vec![Some(3); n_items()];
    scores[index("E.7")] = None;
    scores[index("sf.change")] = None;
    scores[index("s.english")] = None;
    let ranking = ranked(&scores, &[change, steady]);
    assert!(!ranking.decided, "{ranking:?}");
    assert_eq!(ranking.matches[0].profile, "steady");
    assert_eq!(ranking.challenger.as_deref(), Some("change"));
    let ids: Vec<&str> = ranking.deciding_items.iter().map(|i| i.as_str()).collect();
    assert_eq!(ids[..2], ["E.7", "sf.change"], "{ids:?}");
}

// 9. Nothing reached.

proptest! {
    #[test]
    fn property_9_nothing_reached_iff_every_floor_is_zero(scores in scores_strategy()) {
        let ranking = ranked(&scores, profiles());
        let all_zero = ranking.matches.iter().all(|m| m.fit == 0.0);
        prop_assert_eq!(ranking.nothing_reached, all_zero);
        if ranking.nothing_reached {
            prop_assert!(ranking.ties.is_empty(), "no tie-break when nothing is ranked");
            prop_assert!(!ranking.decided);
            // The library's order, not a ranking.
            let order: Vec<&str> = ranking.matches.iter().map(|m| m.profile.as_str()).collect();
            let library: Vec<&str> = profiles().iter().map(|p| p.id.as_str()).collect();
            prop_assert_eq!(order, library);
        }
    }
}

#[test]
fn property_9_all_zeros_and_nothing_answered_reach_nothing() {
    let zeros = rank(
        profiles(),
        catalogue(),
        &vec![0; n_items()],
        &all_answered(),
    );
    assert!(zeros.nothing_reached && !zeros.decided && zeros.ties.is_empty());
    let empty = rank(
        profiles(),
        catalogue(),
        &vec![0; n_items()],
        &vec![false; n_items()],
    );
    assert!(empty.nothing_reached && !empty.decided && empty.deciding_items.is_empty());
    for m in &empty.matches {
        assert_eq!(m.fit_ceiling, 100.0, "{}", m.profile);
        assert_eq!(m.fit_estimate, 0.0, "{}", m.profile);
    }
}

// 10. The e-CF part and the traits part; core requirements at 0.

proptest! {
    #[test]
    fn property_10_the_blocks_add_up_to_the_fit(
        profile in synthetic_profile_strategy(),
        scores in scores_strategy(),
    ) {
        let (levels, answered) = split(&scores);
        let m = explain(&profile, catalogue(), &levels, &answered);
        let (ecf, traits) = (m.blocks.ecf, m.blocks.traits);
        prop_assert!((ecf.points + traits.points - m.fit).abs() < EPSILON);
        prop_assert!((ecf.max_points + traits.max_points - 100.0).abs() < EPSILON);
        prop_assert_eq!(ecf.required + traits.required, m.required);
        prop_assert_eq!(ecf.answered + traits.answered, m.answered);
        for (block, part) in [(Block::Ecf, ecf), (Block::Traits, traits)] {
            let in_block = profile
                .requirements
                .iter()
                .filter(|r| Block::of(catalogue().get(&r.item).unwrap().kind) == block)
                .count();
            prop_assert_eq!(part.required, in_block);
            // The block's own share, scaled by its weight, is its points.
            prop_assert!((part.fit * part.max_points / 100.0 - part.points).abs() < EPSILON);
            prop_assert!(part.points <= part.max_points + EPSILON);
        }
    }

    #[test]
    fn property_10_core_requirements_at_zero_are_flagged(
        profile in synthetic_profile_strategy(),
        scores in scores_strategy(),
    ) {
        let (levels, answered) = split(&scores);
        let m = explain(&profile, catalogue(), &levels, &answered);
        let expected: Vec<&str> = profile
            .requirements
            .iter()
            .filter(|r| r.importance == Importance::Core && scores[index(&r.item)] == Some(0))
            .map(|r| r.item.as_str())
            .collect();
        let flagged: Vec<&str> = m.core_not_started.iter().map(|i| i.as_str()).collect();
        prop_assert_eq!(flagged, expected);
    }
}

/// The case: every trait at 4, every e-CF competence at 0. The
/// fit comes from the traits alone, and it shows.
#[test]
fn property_10_a_fit_from_traits_alone_shows_an_empty_ecf_part() {
    let levels: Vec<u8> = catalogue()
        .items()
        .iter()
        .map(|i| {
            if Block::of(i.kind) == Block::Ecf {
                0
            } else {
                4
            }
        })
        .collect();
    let ranking = rank(profiles(), catalogue(), &levels, &all_answered());
    assert!(ranking.decided);
    for m in &ranking.matches {
        assert_eq!(m.blocks.ecf.points, 0.0, "{}", m.profile);
        assert!((m.blocks.traits.points - m.fit).abs() < EPSILON);
        assert!(
            m.core_not_started
                .iter()
                .any(|i| catalogue().get(i).unwrap().kind == bilan_core::ItemKind::Ecf),
            "{}: core e-CF requirements at 0 are flagged",
            m.profile
        );
    }
}
