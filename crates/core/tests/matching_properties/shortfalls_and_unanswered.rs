//! Properties 4–5: a core shortfall costs more than a secondary one, and an
//! unanswered item counts as 0 but is reported.

use super::*;

// 4. A one-level shortfall on a core requirement costs more than on a
//    secondary one.

/// Fit points lost when `req` drops from `from` to `from - 1`, everything
/// else as in `levels`.
fn cost_of_one_level(profile: &Profile, levels: &[u8], req: &Requirement, from: u8) -> f64 {
    let i = index(&req.item);
    let mut at = levels.to_vec();
    at[i] = from;
    let mut below = at.clone();
    below[i] = from - 1;
    fit(profile, &at) - fit(profile, &below)
}

fn by_importance(profile: &Profile, importance: Importance) -> Vec<&Requirement> {
    profile
        .requirements
        .iter()
        .filter(|r| r.importance == importance)
        .collect()
}

#[test]
fn property_4_core_shortfall_costs_more_than_secondary_in_builtin_profiles() {
    for profile in profiles() {
        let exact = exact_levels(profile);
        let core = by_importance(profile, Importance::Core);
        let secondary = by_importance(profile, Importance::Secondary);
        assert!(!core.is_empty() && !secondary.is_empty(), "{}", profile.id);
        for c in &core {
            for s in &secondary {
                let cost_core = cost_of_one_level(profile, &exact, c, c.min);
                let cost_secondary = cost_of_one_level(profile, &exact, s, s.min);
                assert!(
                    cost_core > cost_secondary,
                    "{}: one level short on core {} costs {cost_core}, on secondary {} {cost_secondary}",
                    profile.id,
                    c.item,
                    s.item
                );
            }
        }
    }
}

proptest! {
    #[test]
    fn property_4_core_shortfall_costs_more_than_secondary_for_any_profile(
        profile in synthetic_profile_strategy(),
        levels in levels_strategy(),
        depth_core in any::<prop::sample::Index>(),
        depth_secondary in any::<prop::sample::Index>(),
    ) {
        // Every one-level shortfall, at any depth below the requirement and
        // whatever the other scores are.
        for c in by_importance(&profile, Importance::Core) {
            for s in by_importance(&profile, Importance::Secondary) {
                let mut base = levels.clone();
                base[index(&c.item)] = c.min;
                base[index(&s.item)] = s.min;
                let from_core = 1 + depth_core.index(usize::from(c.min)) as u8;
                let from_secondary = 1 + depth_secondary.index(usize::from(s.min)) as u8;
                let cost_core = cost_of_one_level(&profile, &base, c, from_core);
                let cost_secondary = cost_of_one_level(&profile, &base, s, from_secondary);
                prop_assert!(
                    cost_core > cost_secondary,
                    "core {} ({} → {}) costs {}, secondary {} ({} → {}) costs {}",
                    &c.item, from_core, from_core - 1, cost_core,
                    &s.item, from_secondary, from_secondary - 1, cost_secondary
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 5. Unanswered items count as 0 but are reported.

#[test]
fn property_5_unanswered_counts_as_zero_and_completeness_is_reported() {
    let text =
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "se.tenacity": 4, "A.4": 0}}"#;
    let partial = Assessment::from_json(text, "partial.json").unwrap();
    let ranking = rank_assessment(profiles(), catalogue(), &partial);

    assert_eq!(ranking.completeness.answered, 3);
    assert_eq!(ranking.completeness.total, n_items());
    let expected = 100.0 * 3.0 / n_items() as f64;
    assert!((ranking.completeness.percent - expected).abs() < 1e-9);

    // The same scores with every other item answered 0: same fits, but complete.
    let mut zeros = partial.clone();
    for item in catalogue().items() {
        zeros.scores.entry(item.id.to_string()).or_insert(0.into());
    }
    let complete = rank_assessment(profiles(), catalogue(), &zeros);
    assert_eq!(complete.completeness.answered, n_items());
    assert_eq!(complete.completeness.percent, 100.0);

    for m in &ranking.matches {
        let same = complete
            .matches
            .iter()
            .find(|c| c.profile == m.profile)
            .unwrap();
        assert_eq!(m.fit, same.fit, "{}: unanswered must count as 0", m.profile);

        let profile = library().profile(&m.profile).unwrap();
        assert_eq!(m.required, profile.requirements.len());
        let answered = profile
            .requirements
            .iter()
            .filter(|r| partial.scores.contains_key(r.item.as_str()))
            .count();
        assert_eq!(m.answered, answered, "{}", m.profile);
        assert!((m.completeness() - 100.0 * answered as f64 / m.required as f64).abs() < 1e-9);
        assert_eq!(same.answered, same.required);
        assert_eq!(same.completeness(), 100.0);

        // Each requirement says whether it was answered.
        for r in &m.requirements {
            assert_eq!(r.actual, partial.score(&r.item), "{} {}", m.profile, r.item);
        }
    }
}

proptest! {
    #[test]
    fn property_5_unanswered_equals_zero_for_random_assessments(scores in scores_strategy()) {
        let (levels, answered) = split(&scores);
        let partial = rank(profiles(), catalogue(), &levels, &answered);
        let complete = rank(profiles(), catalogue(), &levels, &all_answered());
        prop_assert_eq!(partial.completeness.answered, answered.iter().filter(|a| **a).count());
        prop_assert_eq!(partial.completeness.total, n_items());
        for (p, c) in partial.matches.iter().zip(&complete.matches) {
            prop_assert_eq!(&p.profile, &c.profile);
            prop_assert_eq!(p.fit, c.fit);
            prop_assert!(p.answered <= p.required);
            prop_assert_eq!(c.answered, c.required);
        }
    }
}
