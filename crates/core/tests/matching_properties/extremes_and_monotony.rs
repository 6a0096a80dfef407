//! Properties 1–3: the extremes (100 % and 0 %), exceeding a level costs
//! nothing, raising a score below a requirement raises the fit.

use super::*;

// 1. Meeting every requirement exactly gives 100 %; all zeros give 0 %.

#[test]
fn property_1_exact_requirements_give_100_and_zeros_give_0() {
    assert_eq!(profiles().len(), 3, "cm, cno and ite are built in");
    for profile in profiles() {
        let exact = exact_levels(profile);
        assert_eq!(fit(profile, &exact), 100.0, "{} at its mins", profile.id);
        let explained = explain(profile, catalogue(), &exact, &all_answered());
        assert_eq!(explained.fit, 100.0, "{} explained", profile.id);
        assert!(explained.gaps.is_empty(), "{}: no gap at 100 %", profile.id);

        // The top of a range counts as meeting it too.
        let mut top = exact.clone();
        for req in &profile.requirements {
            top[index(&req.item)] = req.max.unwrap_or(req.min);
        }
        assert_eq!(fit(profile, &top), 100.0, "{} at its maxes", profile.id);

        let zeros = vec![0; n_items()];
        assert_eq!(fit(profile, &zeros), 0.0, "{} all zeros", profile.id);
        let explained = explain(profile, catalogue(), &zeros, &all_answered());
        assert_eq!(explained.fit, 0.0);
        assert_eq!(explained.gaps.len(), profile.requirements.len());
    }
}

#[test]
fn property_1_empty_assessment_gives_0_everywhere() {
    let empty = Assessment::from_json(
        r#"{"person": "Ana", "rater": "self", "scores": {}}"#,
        "empty.json",
    )
    .expect("an empty assessment is valid");
    let ranking = rank_assessment(profiles(), catalogue(), &empty);
    assert_eq!(ranking.matches.len(), 3);
    for m in &ranking.matches {
        assert_eq!(m.fit, 0.0, "{}", m.profile);
        assert_eq!(m.answered, 0, "{}", m.profile);
    }
    assert_eq!(ranking.completeness.answered, 0);
    assert_eq!(ranking.completeness.percent, 0.0);
}

#[test]
fn property_1_holds_for_the_synthetic_extremes() {
    // A single secondary requirement at level 1, and a profile asking 5 everywhere.
    let one = synthetic("one", vec![requirement("A.3", 1, Importance::Secondary)]);
    let mut levels = vec![0; n_items()];
    assert_eq!(fit(&one, &levels), 0.0);
    levels[index("A.3")] = 1;
    assert_eq!(fit(&one, &levels), 100.0);

    let all_five = synthetic(
        "five",
        catalogue()
            .items()
            .iter()
            .map(|i| requirement(&i.id, 5, Importance::Core))
            .collect(),
    );
    assert_eq!(fit(&all_five, &vec![5; n_items()]), 100.0);
    assert_eq!(fit(&all_five, &vec![0; n_items()]), 0.0);
}

// ---------------------------------------------------------------------------
// 2. Exceeding a requirement never lowers the fit.

proptest! {
    #[test]
    fn property_2_raising_any_score_never_lowers_any_fit(
        levels in levels_strategy(),
        item in 0..n_items(),
        raise in 1u8..=5,
    ) {
        let mut raised = levels.clone();
        raised[item] = (levels[item] + raise).min(5);
        for profile in profiles() {
            let before = fit(profile, &levels);
            let after = fit(profile, &raised);
            prop_assert!(
                after >= before,
                "{}: raising {} from {} to {} lowered the fit {} → {}",
                profile.id, catalogue().items()[item].id, levels[item], raised[item], before, after
            );
        }
        // The same through the ranking the UI shows.
        let before = rank(profiles(), catalogue(), &levels, &all_answered());
        let after = rank(profiles(), catalogue(), &raised, &all_answered());
        for m in &after.matches {
            let old = before.matches.iter().find(|b| b.profile == m.profile).unwrap();
            prop_assert!(m.fit >= old.fit, "{}: {} → {}", m.profile, old.fit, m.fit);
        }
    }

    #[test]
    fn property_2_over_qualification_costs_nothing(levels in levels_strategy()) {
        for profile in profiles() {
            // Everything at least at the requirement: always 100.
            let mut over = levels.clone();
            for req in &profile.requirements {
                let i = index(&req.item);
                over[i] = over[i].max(req.min);
            }
            prop_assert_eq!(fit(profile, &over), 100.0, "{}", &profile.id);
        }
    }

    #[test]
    fn property_2_fit_follows_the_documented_rule(levels in levels_strategy()) {
        for profile in profiles() {
            let got = fit(profile, &levels);
            let explained = explain(profile, catalogue(), &levels, &all_answered()).fit;
            prop_assert!((0.0..=100.0).contains(&got));
            prop_assert!((got - reference_fit(profile, &levels)).abs() < 1e-9);
            prop_assert_eq!(got, explained, "{}: compiled and explained fits differ", &profile.id);
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Raising a score below a requirement strictly raises the fit; items a
//    profile does not require do not change it.

proptest! {
    #[test]
    fn property_3_raising_a_score_below_a_requirement_strictly_raises_the_fit(
        levels in levels_strategy(),
        pick in any::<prop::sample::Index>(),
        step in any::<prop::sample::Index>(),
    ) {
        for profile in profiles() {
            let below: Vec<&Requirement> = profile
                .requirements
                .iter()
                .filter(|r| levels[index(&r.item)] < r.min)
                .collect();
            if below.is_empty() {
                continue;
            }
            let req = below[pick.index(below.len())];
            let i = index(&req.item);
            // Any new score above the current one (possibly above the min).
            let room = 5 - levels[i];
            let mut raised = levels.clone();
            raised[i] = levels[i] + 1 + step.index(usize::from(room)) as u8;
            let (before, after) = (fit(profile, &levels), fit(profile, &raised));
            prop_assert!(
                after > before,
                "{}: raising {} from {} to {} (min {}) did not raise the fit ({} → {})",
                &profile.id, &req.item, levels[i], raised[i], req.min, before, after
            );
        }
    }

    #[test]
    fn property_3_items_not_required_leave_the_fit_unchanged(
        levels in levels_strategy(),
        new_scores in levels_strategy(),
    ) {
        for profile in profiles() {
            let mut changed = levels.clone();
            for (i, item) in catalogue().items().iter().enumerate() {
                if profile.requirement(&item.id).is_none() {
                    changed[i] = new_scores[i];
                }
            }
            prop_assert_eq!(fit(profile, &levels), fit(profile, &changed), "{}", &profile.id);
            // Answered or not makes no difference either, for a score of 0.
            let mut unanswered = all_answered();
            let mut zeroed = changed.clone();
            for (i, item) in catalogue().items().iter().enumerate() {
                if profile.requirement(&item.id).is_none() {
                    unanswered[i] = false;
                    zeroed[i] = 0;
                }
            }
            let a = explain(profile, catalogue(), &levels, &all_answered()).fit;
            let b = explain(profile, catalogue(), &zeroed, &unanswered).fit;
            prop_assert_eq!(a, b, "{}", &profile.id);
        }
    }

    #[test]
    fn property_3_holds_for_synthetic_profiles(
        profile in synthetic_profile_strategy(),
        levels in levels_strategy(),
        pick in any::<prop::sample::Index>(),
        other in 0u8..=5,
    ) {
        let req = &profile.requirements[pick.index(profile.requirements.len())];
        let i = index(&req.item);
        let mut low = levels.clone();
        low[i] = levels[i].min(req.min - 1);
        let mut raised = low.clone();
        raised[i] += 1;
        prop_assert!(fit(&profile, &raised) > fit(&profile, &low));

        let unrequired = catalogue()
            .items()
            .iter()
            .position(|item| profile.requirement(&item.id).is_none());
        if let Some(j) = unrequired {
            let mut changed = levels.clone();
            changed[j] = other;
            prop_assert_eq!(fit(&profile, &levels), fit(&profile, &changed));
        }
    }
}
