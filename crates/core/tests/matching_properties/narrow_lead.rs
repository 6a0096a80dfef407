//! A decided first place that rests on less than one level: the leader is
//! ahead of the second by less than one level of its own lightest
//! requirement (`Ranking::narrow_lead`).

use bilan_core::matching::Ranking;
use bilan_core::testing::requirement as req;

use super::bounds_and_decision::{
    full_scores, ranked, small_profiles_strategy, small_scores_strategy,
};
use super::*;

fn weight(importance: Importance) -> i64 {
    match importance {
        Importance::Core => 2,
        Importance::Secondary => 1,
    }
}

/// A profile's weighted levels reached (unanswered at 0) and its total,
/// from the documented rule, as integers.
fn units(profile: &Profile, scores: &[Option<u8>]) -> (i64, i64) {
    profile
        .requirements
        .iter()
        .fold((0, 0), |(earned, total), r| {
            let w = weight(r.importance);
            let level = scores[index(&r.item)].unwrap_or(0).min(r.min);
            (earned + w * i64::from(level), total + w * i64::from(r.min))
        })
}

/// The lead, and one level of the leader's lightest requirement, both as
/// exact fractions of weighted levels: (lead numerator, level numerator)
/// over the same denominator.
fn lead_and_level(ranking: &Ranking, profiles: &[Profile], scores: &[Option<u8>]) -> (i64, i64) {
    let find = |id: &str| profiles.iter().find(|p| p.id == id).unwrap();
    let leader = find(&ranking.matches[0].profile);
    let second = find(&ranking.matches[1].profile);
    let (a, ta) = units(leader, scores);
    let (b, tb) = units(second, scores);
    let lightest = leader
        .requirements
        .iter()
        .map(|r| weight(r.importance))
        .min()
        .unwrap();
    // a/ta − b/tb against lightest/ta, over ta·tb.
    (a * tb - b * ta, lightest * tb)
}

fn scores_with(base: u8, changes: &[(&str, u8)]) -> Vec<Option<u8>> {
    let mut scores = vec![Some(base); n_items()];
    for (item, level) in changes {
        scores[index(item)] = Some(*level);
    }
    scores
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_narrow_lead_is_a_decided_lead_of_less_than_one_level(
        small_profiles in small_profiles_strategy(),
        small in small_scores_strategy(),
    ) {
        let scores = full_scores(&small);
        let ranking = ranked(&scores, &small_profiles);
        if !ranking.decided {
            prop_assert!(!ranking.narrow_lead, "only a decided ranking has a lead to qualify");
        } else {
            let (lead, level) = lead_and_level(&ranking, &small_profiles, &scores);
            prop_assert!(lead >= 0, "the leader is first");
            prop_assert_eq!(ranking.narrow_lead, lead < level, "lead {}, one level {}", lead, level);
        }
    }

    #[test]
    fn on_the_built_in_profiles_too(scores in prop::collection::vec(prop::option::weighted(0.9, 0u8..=5), n_items())) {
        let ranking = ranked(&scores, profiles());
        if ranking.decided {
            let (lead, level) = lead_and_level(&ranking, profiles(), &scores);
            prop_assert_eq!(ranking.narrow_lead, lead < level);
        } else {
            prop_assert!(!ranking.narrow_lead);
        }
    }
}

/// Flat 3s with A.7 and C.4 at 4: every item answered, CM first at 90.4 %,
/// ITE second at 90.2 %, closer than one level of CM's lightest
/// requirement (a secondary one: 100/208 ≈ 0.48 points).
#[test]
fn flat_threes_with_two_fours_are_decided_by_a_narrow_lead() {
    let scores = scores_with(3, &[("A.7", 4), ("C.4", 4)]);
    let ranking = ranked(&scores, profiles());
    assert!(ranking.decided);
    let order: Vec<&str> = ranking.matches.iter().map(|m| m.profile.as_str()).collect();
    assert_eq!(order[..2], ["cm", "ite"], "{order:?}");
    let lead = ranking.matches[0].fit - ranking.matches[1].fit;
    assert!(lead > 0.0 && lead < 100.0 / 208.0, "{lead}");
    assert!(ranking.narrow_lead);
}

/// Flat 3s: CM leads by three points, more than one level: not narrow.
#[test]
fn flat_threes_are_a_clear_lead() {
    let ranking = ranked(&scores_with(3, &[]), profiles());
    assert!(ranking.decided);
    assert!(!ranking.narrow_lead, "{:?}", ranking.matches[1].fit);
}

/// Flat 4s: every profile met, a three-way tie at 100 %: decided (the tie
/// is broken for good), and a lead of 0 is narrow.
#[test]
fn a_decided_tie_is_a_narrow_lead() {
    let ranking = ranked(&scores_with(4, &[]), profiles());
    assert!(ranking.decided);
    assert_eq!(ranking.matches[0].fit, ranking.matches[1].fit);
    assert!(ranking.narrow_lead);
}

/// Two profiles of 3 weighted levels each: a lead of exactly one level
/// (100 % against 66.7 %) is not narrow, though in floating point
/// 100 − 66.666… falls a hair below 100/3.
#[test]
fn a_lead_of_exactly_one_level_is_not_narrow() {
    let lead = synthetic(
        "lead",
        vec![
            req("A.3", 1, Importance::Core),
            req("E.7", 1, Importance::Secondary),
        ],
    );
    let second = synthetic(
        "second",
        vec![
            req("B.1", 1, Importance::Core),
            req("C.1", 1, Importance::Secondary),
        ],
    );
    let profiles = [lead, second];
    let mut scores = vec![Some(0); n_items()];
    scores[index("A.3")] = Some(1);
    scores[index("E.7")] = Some(1);
    scores[index("B.1")] = Some(1);
    let ranking = ranked(&scores, &profiles);
    assert!(ranking.decided);
    assert_eq!(ranking.matches[0].profile, "lead");
    assert!(
        100.0 - ranking.matches[1].fit < 100.0 / 3.0,
        "the floating-point trap this test is about"
    );
    assert!(
        !ranking.narrow_lead,
        "one level exactly is not less than one level"
    );

    // A second profile with a finer scale: 6 of 7 weighted levels (85.7 %)
    // against 100 %: 14.3 points, less than one level of the leader (33.3).
    let finer = synthetic(
        "finer",
        vec![
            req("B.1", 3, Importance::Core),
            req("C.1", 1, Importance::Secondary),
        ],
    );
    scores[index("B.1")] = Some(3);
    let ranking = ranked(&scores, &[profiles[0].clone(), finer]);
    assert!(ranking.decided);
    assert_eq!(ranking.matches[0].profile, "lead");
    assert!(ranking.narrow_lead);
}

/// The lightest requirement sets the level: a leader with only core
/// requirements (2 weighted units a level) is narrow below two units.
#[test]
fn the_leaders_lightest_requirement_sets_the_level() {
    let all_core = synthetic(
        "core",
        vec![
            req("A.3", 2, Importance::Core),
            req("E.7", 3, Importance::Core),
        ],
    );
    let other = synthetic("other", vec![req("B.1", 5, Importance::Core)]);
    // "core" at 10 of 10 = 100 %; "other" with B.1 at 4 at 8 of 10 = 80 %:
    // 20 points behind, exactly one level of the leader's lightest
    // requirement (2 of 10): not narrow. With B.1 at 5, a tie: narrow.
    let mut scores = vec![Some(0); n_items()];
    scores[index("A.3")] = Some(2);
    scores[index("E.7")] = Some(3);
    scores[index("B.1")] = Some(4);
    let profiles = [all_core, other];
    let ranking = ranked(&scores, &profiles);
    assert_eq!(ranking.matches[0].profile, "core");
    assert!(ranking.decided && !ranking.narrow_lead);
    scores[index("B.1")] = Some(5);
    let ranking = ranked(&scores, &profiles);
    assert!(ranking.decided && ranking.narrow_lead);
}

/// Not decided: never narrow, however close the fits.
#[test]
fn a_provisional_ranking_has_no_narrow_lead() {
    let mut scores = scores_with(3, &[("A.7", 4), ("C.4", 4)]);
    scores[index("E.7")] = None;
    let ranking = ranked(&scores, profiles());
    assert!(!ranking.decided);
    assert!(!ranking.narrow_lead);
}
