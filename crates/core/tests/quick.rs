//! The quick orientation (issue 14) on a small generated population: loose
//! targets that stay stable yet fail if the algorithm breaks, and
//! determinism. The full figures come from `cargo bench --bench quick`.

use bilan_core::quick::population::{evaluate, figures, generate};
use bilan_core::quick::{MAX_QUESTIONS, Quick, Reason, Settings, StopReason};
use bilan_core::{Assessment, Lang, Library, Rater};

fn library() -> Library {
    Library::builtin().expect("built-in library")
}

fn cases() -> usize {
    std::env::var("QUICK_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

#[test]
fn small_population_meets_loose_targets() {
    let lib = library();
    let seed = std::env::var("QUICK_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2026);
    let population = generate(&lib.catalogue, &lib.profiles, seed, cases());
    let outcomes = evaluate(
        &lib.catalogue,
        &lib.profiles,
        &population,
        Settings::default(),
    );
    let f = figures(&outcomes);
    // The figures by kind of person: `cargo bench --bench quick`.
    eprintln!("{f:?}\nshare10 {:.1} share5 {:.1}", f.share10(), f.share5());
    assert!(f.lead10 >= 40, "too few clear cases to judge: {f:?}");
    assert!(f.share10() >= 95.0, "agreement at lead >= 10: {f:?}");
    assert!(f.share5() >= 85.0, "agreement at lead >= 5: {f:?}");
    assert!(f.max_questions <= MAX_QUESTIONS, "{f:?}");
    assert!(f.median_questions <= 13, "{f:?}");
    // Confident answers are mostly right, and rarely wrong where the full
    // first place is clear.
    assert!(f.confident_disagreed * 6 <= f.confident_agreed, "{f:?}");
    let clear_but_wrong = outcomes
        .iter()
        .filter(|o| o.confident && !o.agrees() && o.full_lead >= 5.0)
        .count();
    assert!(
        clear_but_wrong * 20 <= f.lead5,
        "{clear_but_wrong} of {}",
        f.lead5
    );
}

#[test]
fn same_answers_same_questions() {
    let lib = library();
    let population = generate(&lib.catalogue, &lib.profiles, 7, 12);
    let quick = Quick::new(&lib.catalogue, &lib.profiles);
    for case in &population {
        let start = Assessment::new("x", Rater::SelfRated, Lang::En);
        let a = quick.replay(&start, &case.assessment, Settings::default());
        let b = quick.replay(&start, &case.assessment, Settings::default());
        assert_eq!(a.questions, b.questions);
        assert_eq!(a.last, b.last);
        assert!(a.questions.len() <= MAX_QUESTIONS);
        // No item is asked twice.
        let mut items: Vec<_> = a.questions.iter().map(|q| q.item.clone()).collect();
        items.sort();
        items.dedup();
        assert_eq!(items.len(), a.questions.len());
    }
}

#[test]
fn the_limit_is_kept_and_named() {
    let lib = library();
    let quick = Quick::new(&lib.catalogue, &lib.profiles);
    let start = Assessment::new("x", Rater::SelfRated, Lang::En);
    // Every answer "not applicable": nothing separates the roles.
    let empty = Assessment::new("y", Rater::SelfRated, Lang::En);
    let replay = quick.replay(&start, &empty, Settings { max_questions: 4 });
    assert_eq!(replay.questions.len(), 4);
    assert_eq!(
        replay.assessment.started_in,
        Some(bilan_core::StartedIn::Quick)
    );
    assert_eq!(replay.assessment.scores.len(), 4);
    assert!(!replay.last.confident);
    assert!(
        matches!(replay.last.stop, Some(StopReason::Limit { .. })),
        "{:?}",
        replay.last.stop
    );
    let Reason::Separates { first, second } = &replay.questions[0].reason;
    assert_ne!(first, second);
}

#[test]
fn first_question_separates_two_roles_and_matches_come_best_first() {
    let lib = library();
    let quick = Quick::new(&lib.catalogue, &lib.profiles);
    let step = quick.step(
        &Assessment::new("x", Rater::SelfRated, Lang::En),
        Settings::default(),
    );
    assert_eq!(step.asked, 0);
    assert!(step.next.is_some() && step.stop.is_none());
    assert_eq!(step.matches.len(), lib.profiles.len());
    for pair in step.matches.windows(2) {
        assert!(pair[0].fit_estimate >= pair[1].fit_estimate);
    }
    for m in &step.matches {
        assert_eq!(m.fit, 0.0);
        assert_eq!(m.fit_ceiling, 100.0);
    }
}
