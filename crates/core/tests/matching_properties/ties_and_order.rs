//! Properties 6–7: ties are broken deterministically, whatever the input
//! order, with the reason as a value; and every fit is explained.

use super::*;

// 6. Ties are broken deterministically and the reason is shown.

fn order(matches: &[MatchResult]) -> Vec<&str> {
    matches.iter().map(|m| m.profile.as_str()).collect()
}

#[test]
fn property_6_equal_fit_is_broken_by_distance_with_a_reason_in_both_languages() {
    // "aa-far": A.4 met (4 of 4 weighted levels), B.1 over-qualified (1 of 1,
    // 4 levels above), B.2 missing (0 of 5): fit 5/10 = 50 %, mean distance
    // (0 + 4 + 5) / 3 = 3.
    // "zz-close": A.3 at 1 of 2 (2 of 4): fit 50 %, mean distance 1.
    let far = synthetic(
        "aa-far",
        vec![
            requirement("A.4", 2, Importance::Core),
            requirement("B.1", 1, Importance::Secondary),
            requirement("B.2", 5, Importance::Secondary),
        ],
    );
    let close = synthetic("zz-close", vec![requirement("A.3", 2, Importance::Core)]);
    let mut levels = vec![0; n_items()];
    levels[index("A.3")] = 1;
    levels[index("A.4")] = 2;
    levels[index("B.1")] = 5;
    assert_eq!(fit(&far, &levels), 50.0);
    assert_eq!(fit(&close, &levels), 50.0);
    let far_distance = CompiledProfile::new(&far, catalogue()).distance(&levels);
    let close_distance = CompiledProfile::new(&close, catalogue()).distance(&levels);
    assert_eq!(far_distance, 3.0, "(0 + 4 + 5) / 3");
    assert_eq!(close_distance, 1.0);

    let ranking = rank(
        &[far.clone(), close.clone()],
        catalogue(),
        &levels,
        &all_answered(),
    );
    assert_eq!(
        order(&ranking.matches),
        ["zz-close", "aa-far"],
        "closer first, although its id sorts last"
    );
    assert_eq!(ranking.ties.len(), 1, "{:?}", ranking.ties);
    // The reason is a value (the sentences are the report crate's l10n).
    let tie = &ranking.ties[0];
    assert_eq!(
        (tie.first.as_str(), tie.second.as_str()),
        ("zz-close", "aa-far")
    );
    assert_eq!(tie.fit, 50.0);
    assert_eq!(
        tie.reason,
        TieReason::Closer {
            first: 1.0,
            second: 3.0
        }
    );

    // Whatever the order the profiles come in.
    let reversed = rank(&[close, far], catalogue(), &levels, &all_answered());
    assert_eq!(reversed, ranking);
}

#[test]
fn property_6_identical_profiles_are_ordered_by_id_with_a_reason() {
    let reqs = vec![
        requirement("A.3", 3, Importance::Core),
        requirement("se.tenacity", 4, Importance::Secondary),
    ];
    let b = synthetic("b-second", reqs.clone());
    let a = synthetic("a-first", reqs);
    let mut levels = vec![0; n_items()];
    levels[index("A.3")] = 2;
    for input in [[a.clone(), b.clone()], [b.clone(), a.clone()]] {
        let ranking = rank(&input, catalogue(), &levels, &all_answered());
        assert_eq!(order(&ranking.matches), ["a-first", "b-second"]);
        assert_eq!(ranking.matches[0].fit, ranking.matches[1].fit);
        assert_eq!(ranking.ties.len(), 1);
        let tie = &ranking.ties[0];
        assert_eq!(
            (tie.first.as_str(), tie.second.as_str()),
            ("a-first", "b-second")
        );
        assert_eq!(tie.reason, TieReason::ById);
    }
}

#[test]
fn property_6_no_tie_no_reason() {
    let mut levels = vec![0; n_items()];
    levels[index("A.3")] = 3;
    let strong = synthetic("strong", vec![requirement("A.3", 3, Importance::Core)]);
    let weak = synthetic("weak", vec![requirement("A.4", 3, Importance::Core)]);
    let ranking = rank(&[weak, strong], catalogue(), &levels, &all_answered());
    assert_eq!(order(&ranking.matches), ["strong", "weak"]);
    assert!(ranking.ties.is_empty(), "{:?}", ranking.ties);
}

/// Every permutation of `items`.
fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first.clone());
            all.push(tail);
        }
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn property_6_ranking_does_not_depend_on_the_input_order(scores in scores_strategy()) {
        let (levels, answered) = split(&scores);
        // The built-ins plus two copies of cm under other ids: guaranteed ties.
        let mut set = profiles().to_vec();
        for id in ["cm-copy", "a-cm-copy"] {
            let mut copy = library().profile("cm").unwrap().clone();
            copy.id = id.into();
            set.push(copy);
        }
        let reference = rank(&set, catalogue(), &levels, &answered);
        prop_assert!(reference.ties.len() >= 2, "the copies of cm tie with it");
        for window in reference.matches.windows(2) {
            let (a, b) = (&window[0], &window[1]);
            prop_assert!(
                a.fit > b.fit
                    || (a.fit == b.fit && a.distance < b.distance)
                    || (a.fit == b.fit && a.distance == b.distance && a.profile < b.profile),
                "{} before {}", &a.profile, &b.profile
            );
        }
        for permutation in permutations(&set) {
            let ranking = rank(&permutation, catalogue(), &levels, &answered);
            prop_assert_eq!(&ranking, &reference);
        }
    }
}

// ---------------------------------------------------------------------------
// 7. Every fit is explained.

fn check_explained(
    profile: &Profile,
    levels: &[u8],
    answered: &[bool],
) -> Result<(), TestCaseError> {
    let m = explain(profile, catalogue(), levels, answered);
    prop_assert_eq!(&m.profile, &profile.id);
    prop_assert_eq!(m.requirements.len(), profile.requirements.len());

    let total: f64 = profile
        .requirements
        .iter()
        .map(|r| r.importance.weight() * f64::from(r.min))
        .sum();
    for (req, r) in profile.requirements.iter().zip(&m.requirements) {
        let i = index(&req.item);
        prop_assert_eq!(&r.item, &req.item);
        prop_assert_eq!(r.required, req.min);
        prop_assert_eq!(r.required_max, req.max);
        prop_assert_eq!(r.importance, req.importance);
        prop_assert_eq!(&r.source, &req.source);
        prop_assert_eq!(r.actual, answered[i].then_some(levels[i]));
        let missing = f64::from(req.min - levels[i].min(req.min));
        let expected = 100.0 * req.importance.weight() * missing / total;
        prop_assert!(
            (r.points_lost - expected).abs() < 1e-9,
            "{}: points lost {} expected {}",
            &req.item,
            r.points_lost,
            expected
        );
        prop_assert_eq!(r.points_lost == 0.0, levels[i] >= req.min);
    }

    let lost: f64 = m.requirements.iter().map(|r| r.points_lost).sum();
    prop_assert!(
        (lost - (100.0 - m.fit)).abs() < 1e-9,
        "{}: Σ points lost {} ≠ 100 − fit {}",
        &profile.id,
        lost,
        100.0 - m.fit
    );

    // Gaps: exactly the shortfalls, costliest first, with the next level's
    // descriptor as the goal.
    let shortfalls = m.requirements.iter().filter(|r| r.is_gap()).count();
    prop_assert_eq!(m.gaps.len(), shortfalls);
    for pair in m.gaps.windows(2) {
        prop_assert!(
            pair[0].points_lost >= pair[1].points_lost,
            "gaps not sorted"
        );
    }
    for gap in &m.gaps {
        let r = m.requirements.iter().find(|r| r.item == gap.item).unwrap();
        prop_assert_eq!(gap.actual, r.level());
        prop_assert!(gap.actual < gap.required);
        prop_assert_eq!(gap.points_lost, r.points_lost);
        prop_assert!(gap.points_lost > 0.0);
        prop_assert_eq!(gap.next_level, gap.actual + 1);
        let item = catalogue().get(&gap.item).unwrap();
        let descriptor = item.level(gap.actual + 1);
        prop_assert!(
            descriptor.is_some(),
            "{} has a level {} descriptor",
            &gap.item,
            gap.actual + 1
        );
        prop_assert_eq!(gap.goal.as_ref(), descriptor);
        prop_assert_eq!(&gap.codes, &item.codes);
    }
    // Met requirements are the strengths.
    prop_assert_eq!(m.strengths.len(), m.requirements.len() - shortfalls);
    Ok(())
}

proptest! {
    #[test]
    fn property_7_every_fit_is_explained_for_builtin_profiles(scores in scores_strategy()) {
        let (levels, answered) = split(&scores);
        for profile in profiles() {
            check_explained(profile, &levels, &answered)?;
        }
    }

    #[test]
    fn property_7_every_fit_is_explained_for_synthetic_profiles(
        profile in synthetic_profile_strategy(),
        scores in scores_strategy(),
    ) {
        let (levels, answered) = split(&scores);
        check_explained(&profile, &levels, &answered)?;
    }
}

#[test]
fn property_7_gap_goals_for_a_known_case() {
    let cno = library().profile("cno").unwrap();
    let mut levels = exact_levels(cno);
    levels[index("A.3")] = 2; // core, min 4: two levels short
    levels[index("A.4")] = 1; // secondary, min 2: one level short
    let m = explain(cno, catalogue(), &levels, &all_answered());
    assert_eq!(m.gaps.len(), 2);
    assert_eq!(m.gaps[0].item, "A.3", "the costlier gap comes first");
    assert_eq!(m.gaps[1].item, "A.4");
    assert!((m.gaps[0].points_lost - 4.0 * m.gaps[1].points_lost).abs() < 1e-9);
    assert_eq!(
        m.gaps[0].goal.as_ref(),
        catalogue().get("A.3").unwrap().level(3)
    );
    assert_eq!(
        m.gaps[1].goal.as_ref(),
        catalogue().get("A.4").unwrap().level(2)
    );
}
