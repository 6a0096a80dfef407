//! The seven matching properties of DESIGN.md ("Matching: the properties it
//! must have"), one named test (or proptest) each, over the built-in
//! catalogue and profiles and over synthetic profiles.

use std::sync::OnceLock;

use proptest::prelude::*;

use bilan_core::matching::{CompiledProfile, MatchResult, explain, rank, rank_assessment};
use bilan_core::profile::{Importance, Profile, Requirement};
use bilan_core::{Assessment, Catalogue, Library, Localized, SCHEMA_VERSION};

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("the built-in data is valid"))
}

fn catalogue() -> &'static Catalogue {
    &library().catalogue
}

fn profiles() -> &'static [Profile] {
    &library().profiles
}

fn n_items() -> usize {
    catalogue().len()
}

fn index(item: &str) -> usize {
    catalogue()
        .index_of(item)
        .unwrap_or_else(|| panic!("`{item}` is in the catalogue"))
}

fn all_answered() -> Vec<bool> {
    vec![true; n_items()]
}

/// Scores equal to every requirement's `min`, the rest 0.
fn exact_levels(profile: &Profile) -> Vec<u8> {
    let mut levels = vec![0; n_items()];
    for req in &profile.requirements {
        levels[index(&req.item)] = req.min;
    }
    levels
}

fn fit(profile: &Profile, levels: &[u8]) -> f64 {
    CompiledProfile::new(profile, catalogue()).fit(levels)
}

/// The documented rule, computed independently of the library:
/// fit = 100 × Σ w·min(score, min) / Σ w·min, w = 2 core / 1 secondary.
fn reference_fit(profile: &Profile, levels: &[u8]) -> f64 {
    let (mut earned, mut total) = (0.0, 0.0);
    for req in &profile.requirements {
        let w = match req.importance {
            Importance::Core => 2.0,
            Importance::Secondary => 1.0,
        };
        let score = f64::from(levels[index(&req.item)]);
        let min = f64::from(req.min);
        earned += w * score.min(min);
        total += w * min;
    }
    if total == 0.0 {
        0.0
    } else {
        100.0 * earned / total
    }
}

fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
    Requirement {
        item: item.to_string(),
        min,
        max: None,
        importance,
        source: "synthetic".to_string(),
    }
}

fn synthetic(id: &str, requirements: Vec<Requirement>) -> Profile {
    Profile {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        name: Localized::new(format!("Profil {id}"), format!("Profile {id}")),
        aliases: Vec::new(),
        summary: Localized::default(),
        requirements,
        duties: Vec::new(),
    }
}

/// Scores (None = unanswered) as the two vectors matching takes.
fn split(scores: &[Option<u8>]) -> (Vec<u8>, Vec<bool>) {
    (
        scores.iter().map(|s| s.unwrap_or(0)).collect(),
        scores.iter().map(Option::is_some).collect(),
    )
}

fn levels_strategy() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=5, n_items())
}

fn scores_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::weighted(0.8, 0u8..=5), n_items())
}

/// A random profile over the built-in catalogue: 2–15 distinct items, random
/// levels; the first requirement is core and the second secondary so both
/// importances are always present.
fn synthetic_profile_strategy() -> impl Strategy<Value = Profile> {
    let ids: Vec<String> = catalogue().items().iter().map(|i| i.id.clone()).collect();
    prop::sample::subsequence(ids, 2..=15)
        .prop_shuffle()
        .prop_flat_map(|items| {
            let n = items.len();
            (
                Just(items),
                prop::collection::vec(1u8..=5, n),
                prop::collection::vec(any::<bool>(), n),
            )
        })
        .prop_map(|(items, mins, cores)| {
            let requirements = items
                .iter()
                .zip(mins)
                .zip(cores)
                .enumerate()
                .map(|(i, ((item, min), core))| {
                    let importance = match (i, core) {
                        (0, _) | (2.., true) => Importance::Core,
                        _ => Importance::Secondary,
                    };
                    requirement(item, min, importance)
                })
                .collect();
            synthetic("synthetic", requirements)
        })
}

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
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
        zeros.scores.entry(item.id.clone()).or_insert(0);
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
            .filter(|r| partial.scores.contains_key(&r.item))
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

// ---------------------------------------------------------------------------
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
    let reason = &ranking.ties[0];
    for (text, one, three) in [(&reason.fr, "1,00", "3,00"), (&reason.en, "1.00", "3.00")] {
        assert!(!text.trim().is_empty());
        assert!(
            text.contains("zz-close") && text.contains("aa-far"),
            "{text}"
        );
        // Each language writes its own decimal separator.
        assert!(text.contains(one) && text.contains(three), "{text}");
    }
    assert_ne!(reason.fr, reason.en, "a French and an English reason");

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
        let reason = &ranking.ties[0];
        for text in [&reason.fr, &reason.en] {
            assert!(
                text.contains("a-first") && text.contains("b-second"),
                "{text}"
            );
        }
        assert_ne!(reason.fr, reason.en);
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
            copy.id = id.to_string();
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
    levels[index("A.4")] = 2; // secondary, min 3: one level short
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
        catalogue().get("A.4").unwrap().level(3)
    );
}
