//! Comparison, progress and cohort aggregates on the hand-made fixtures of
//! `tests/fixtures/cohort/`, checked against arithmetic done by hand.
//!
//! The fixtures (folder walk order, hidden and non-JSON files skipped):
//!
//! | file                           | person         | rater | updated    | A.3 | B.1 | se.tenacity |
//! |--------------------------------|----------------|-------|------------|-----|-----|-------------|
//! | broken.json                    | (missing comma: invalid)                                    |
//! | team-a/ana-2025-01.json        | "  ana martin " | self | 2025-01-15 | 1   | 1   | 3           |
//! | team-a/ana.json                | Ana Martin     | self  | 2025-03-01 | 3   | 1   | 2           |
//! | team-a/score-seven.json        | Zoé Petit      | self  | (A.3 = 7: invalid)                  |
//! | team-b/bob.json                | Bob Leroy      | self  | 2025-02-10 | 1   | —   | 5           |
//! | team-b/coached/ana-coach.json  | ANA MARTIN     | coach | 2025-03-02 | 2   | 3   | 1           |
//! | team-b/coached/chloe.json      | Chloé Dubois   | coach | 2025-02-20 | 5   | 2   | 4           |
//!
//! The small profile used: A.3 core 3, B.1 secondary 2, se.tenacity core 4.
//! Weighted levels: 2·3 + 1·2 + 2·4 = 16, so one unit lost = 100/16 = 6.25
//! fit points.

use bilan_core::testing::small_profile;

use std::path::{Path, PathBuf};

use bilan_core::cohort::{self, DuplicateReason};
use bilan_core::compare::{self, Movement, RatingPair, Severity, SeverityCounts};
use bilan_core::library::Origin;
use bilan_core::matching;
use bilan_core::profile::Importance;
use bilan_core::store;
use bilan_core::{Answer, Assessment, Library, Rater};

/// item, below, unanswered, mean gap, distribution, priority
type GapRow<'a> = (&'a str, usize, usize, f64, [usize; 6], f64);
/// item, self, coach, difference, severity, agreed
type CompareRow<'a> = (&'a str, Option<u8>, Option<u8>, Option<i8>, Severity, u8);
/// item, old, new, change, movement
type DiffRow<'a> = (&'a str, Option<u8>, Option<u8>, Option<i8>, Movement);

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cohort")
}

fn load(relative: &str) -> Assessment {
    store::load_assessment(&fixtures().join(relative)).expect("valid fixture")
}

/// The built-in catalogue with the small profile only.
fn small_library() -> Library {
    let mut library = Library::builtin().expect("built-in data");
    library.profiles = vec![small_profile()];
    library.origins = vec![Origin::Builtin];
    library
}

fn ends_with(path: &str, tail: &str) -> bool {
    Path::new(path).ends_with(tail)
}

#[test]
fn cohort_aggregates_on_the_small_profile() {
    let library = Library::builtin().expect("built-in data");
    let profile = small_profile();
    let cohort = cohort::analyse(&library, &profile, [fixtures()]);

    // 7 *.json files (notes.txt is skipped); 2 invalid, 1 duplicate, 4 people.
    assert_eq!(cohort.files, 7);
    let invalid: Vec<&str> = cohort.invalid.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(invalid.len(), 2, "{invalid:?}");
    assert!(ends_with(invalid[0], "broken.json"));
    assert!(ends_with(invalid[1], "team-a/score-seven.json"));
    // The errors are the library's own, naming the place and the fix.
    assert!(
        cohort.invalid[0].error.contains("line 4"),
        "{}",
        cohort.invalid[0].error
    );
    assert!(
        cohort.invalid[1].error.contains("scores.A.3"),
        "{}",
        cohort.invalid[1].error
    );
    assert!(
        cohort.invalid[1].error.contains("0–5"),
        "{}",
        cohort.invalid[1].error
    );

    // One row per person: "ANA MARTIN" is rated by a coach, so the coach's
    // rating counts and both of Ana's self-ratings ("Ana Martin", March, and
    // "  ana martin ", January) are left out, saying so.
    assert_eq!(cohort.duplicates.len(), 2);
    for dup in &cohort.duplicates {
        assert!(ends_with(&dup.kept, "team-b/coached/ana-coach.json"));
        assert_eq!(dup.reason, DuplicateReason::CoachRated);
        assert_eq!(dup.rater, Rater::SelfRated);
    }
    let mut left_out: Vec<&str> = cohort.duplicates.iter().map(|d| d.path.as_str()).collect();
    left_out.sort();
    assert!(ends_with(left_out[0], "team-a/ana-2025-01.json"));
    assert!(ends_with(left_out[1], "team-a/ana.json"));

    // Gaps (required − min(score, required); unanswered = 0):
    //                  A.3 (3)   B.1 (2)   tenacity (4)   units lost        fit
    // Bob              1 → 2     — → 2     5 → 0          2·2 + 2 + 0 = 6   10/16 = 62.5
    // Chloé            5 → 0     2 → 0     4 → 0          0                 16/16 = 100
    // Ana (coach)      2 → 1     3 → 0     1 → 3          2 + 0 + 2·3 = 8    8/16 = 50
    let people: Vec<(&str, Rater, f64)> = cohort
        .people
        .iter()
        .map(|p| (p.person.as_str(), p.rater, p.fit))
        .collect();
    assert_eq!(
        people,
        [
            ("Chloé Dubois", Rater::Coach, 100.0),
            ("Bob Leroy", Rater::SelfRated, 62.5),
            ("ANA MARTIN", Rater::Coach, 50.0),
        ]
    );
    // Everyone answered at least half the requirements: all counted.
    assert_eq!(cohort.counted, 3);
    assert!(cohort.people.iter().all(|p| p.counted));
    // Mean fit: (100 + 62.5 + 50) / 3.
    assert_eq!(cohort.mean_fit, 212.5 / 3.0);
    // Bob left B.1 out: his ceiling counts it as met, (10 + 2) / 16.
    assert_eq!(cohort.people[1].fit_ceiling, 75.0);
    assert_eq!(cohort.people[1].answered, 2);

    // Per requirement (people: Chloé, Bob, Ana by the coach):
    // A.3:      gaps 0, 2, 1 → below 2, mean 1, dist [1,1,1,0,0,0],
    //           priority 2·3 = 6 units = 37.5
    // tenacity: gaps 0, 0, 3 → below 1, mean 1, dist [2,0,0,1,0,0],
    //           priority 2·3 = 6 units = 37.5 (a tie: profile order)
    // B.1:      gaps 0, 2, 0 → below 1, mean 2/3, dist [2,0,1,0,0,0],
    //           priority 1·2 = 2 units = 12.5; Bob did not answer it.
    let rows: Vec<GapRow> = cohort
        .requirements
        .iter()
        .map(|r| {
            (
                r.item.as_str(),
                r.below,
                r.unanswered,
                r.mean_gap,
                r.distribution,
                r.priority,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("A.3", 2, 0, 1.0, [1, 1, 1, 0, 0, 0], 37.5),
            ("se.tenacity", 1, 0, 1.0, [2, 0, 0, 1, 0, 0], 37.5),
            ("B.1", 1, 1, 2.0 / 3.0, [2, 0, 1, 0, 0, 0], 12.5),
        ]
    );

    // Largest gaps, most points lost first.
    let gaps = |i: usize| -> Vec<(String, u8, f64)> {
        cohort.people[i]
            .largest_gaps
            .iter()
            .map(|g| (g.item.to_string(), g.gap, g.points_lost))
            .collect()
    };
    assert!(gaps(0).is_empty());
    assert_eq!(gaps(1), [("A.3".into(), 2, 25.0), ("B.1".into(), 2, 12.5)]);
    assert_eq!(
        gaps(2),
        [("se.tenacity".into(), 3, 37.5), ("A.3".into(), 1, 12.5)]
    );

    // Heatmap: columns in priority order, rows as `people`.
    assert_eq!(cohort.heatmap.items, ["A.3", "se.tenacity", "B.1"]);
    assert_eq!(
        cohort.heatmap.rows,
        [[0, 0, 0], [2, 0, 2], [1, 3, 0]].map(|row| row.map(Some))
    );
}

#[test]
fn a_person_who_answered_little_is_listed_but_left_out_of_the_means() {
    let library = Library::builtin().expect("built-in data");
    let cm = library.profile("cm").expect("cm is built in");
    // Chloé answered 3 of cm's 46 requirements: 6.25 % would drag the mean
    // down. She is listed, flagged, and left out of the means.
    let cohort = cohort::analyse(&library, cm, [fixtures().join("team-b/coached/chloe.json")]);
    assert_eq!(cohort.people.len(), 1);
    assert!(!cohort.people[0].counted);
    assert_eq!(cohort.counted, 0);
    assert_eq!(cohort.mean_fit, 0.0);
    assert!(
        cohort
            .requirements
            .iter()
            .all(|r| r.below == 0 && r.priority == 0.0)
    );
    assert_eq!(cohort.min_answered_percent, cohort::MIN_ANSWERED_PERCENT);
}

#[test]
fn cohort_on_the_builtin_cm_profile() {
    let library = Library::builtin().expect("built-in data");
    let cm = library.profile("cm").expect("cm is built in");
    // The files listed one by one rather than as a folder: same people.
    let files = [
        "team-b/coached/chloe.json",
        "team-a/ana.json",
        "team-b/bob.json",
        "team-a/ana-2025-01.json",
        "team-b/coached/ana-coach.json",
        "broken.json",
    ]
    .map(|f| fixtures().join(f));
    let cohort = cohort::analyse(&library, cm, files);
    assert_eq!(cohort.files, 6);
    // One row per person: Ana's two self-ratings give way to the coach's.
    assert_eq!(cohort.people.len(), 3);
    assert_eq!(cohort.invalid.len(), 1);
    assert_eq!(cohort.duplicates.len(), 2);
    assert_eq!(cohort.requirements.len(), cm.requirements.len());
    // Each of them answered 5 of cm's 46 requirements at most: listed, not
    // counted in the means.
    assert!(cohort.people.iter().all(|p| !p.counted && p.answered <= 5));
    assert_eq!((cohort.counted, cohort.mean_fit), (0, 0.0));

    // cm's weighted levels: core mins 29 (e-CF) + 10 × 4 (traits) = 69 → 138;
    // secondary mins 3 + 2 + 2 + 2 + 2 + 2 + 3 (A.3, A.4, A.7, B.1, B.3, B.5,
    // C.4) + 18 × 3 = 70; total 208.
    let a3 = cohort
        .requirements
        .iter()
        .find(|r| r.item == "A.3")
        .expect("cm requires A.3");
    assert_eq!((a3.required, a3.importance), (3, Importance::Secondary));
    // Nobody counted: no figure for the requirement.
    assert_eq!((a3.below, a3.priority), (0, 0.0));

    // Chloé answered A.3 5, B.1 2, tenacity 4 only, so every core level-4
    // trait but tenacity is 4 levels short: 8 units = 800/208 = 3.846… points;
    // the three largest, on equal loss, in cm's order.
    let chloe = cohort
        .people
        .iter()
        .find(|p| p.person == "Chloé Dubois")
        .expect("Chloé");
    let largest: Vec<(&str, u8, f64)> = chloe
        .largest_gaps
        .iter()
        .map(|g| (g.item.as_str(), g.gap, g.points_lost))
        .collect();
    assert_eq!(
        largest,
        [
            ("s.usages-20", 4, 800.0 / 208.0),
            ("sf.writing", 4, 800.0 / 208.0),
            ("sf.correspondence", 4, 800.0 / 208.0)
        ]
    );
    // Chloé earns A.3 3·1 + B.1 2·1 + tenacity 4·2 = 13 of 208 → 6.25 %.
    assert_eq!(chloe.fit, 1300.0 / 208.0);

    // Every fit is the matching rule's.
    for person in &cohort.people {
        let a = store::load_assessment(Path::new(&person.path)).expect("valid");
        let explained = matching::explain(
            cm,
            &library.catalogue,
            &a.score_vector(&library.catalogue),
            &a.answered_vector(&library.catalogue),
        );
        assert_eq!(person.fit, explained.fit, "{}", person.person);
        assert_eq!(
            person.fit_ceiling, explained.fit_ceiling,
            "{}",
            person.person
        );
    }
    // Sorted best fit first.
    assert!(cohort.people.windows(2).all(|w| w[0].fit >= w[1].fit));
}

#[test]
fn compare_self_with_coach() {
    let library = small_library();
    let me = load("team-a/ana.json");
    let coach = load("team-b/coached/ana-coach.json");
    let c = compare::compare(
        &library,
        RatingPair::new(&me, &coach).expect("the same person"),
    );

    //            self   coach   coach − self   severity
    // B.1        1      3       +2             major
    // A.3        3      2       −1             minor
    // se.ten.    2      1       −1             minor
    // C.1        2      2        0             agree
    // D.6        4      —                      one-sided (agreed 4)
    // E.1        —      2                      one-sided (agreed 2)
    let rows: Vec<CompareRow> = c
        .rows
        .iter()
        .map(|r| {
            (
                r.item.as_str(),
                r.self_score.and_then(Answer::level),
                r.coach_score.and_then(Answer::level),
                r.difference,
                r.severity,
                r.agreed.level().unwrap_or(u8::MAX),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("B.1", Some(1), Some(3), Some(2), Severity::Major, 3),
            ("A.3", Some(3), Some(2), Some(-1), Severity::Minor, 2),
            (
                "se.tenacity",
                Some(2),
                Some(1),
                Some(-1),
                Severity::Minor,
                1
            ),
            ("C.1", Some(2), Some(2), Some(0), Severity::Agree, 2),
            ("D.6", Some(4), None, None, Severity::OneSided, 4),
            ("E.1", None, Some(2), None, Severity::OneSided, 2),
        ]
    );
    assert_eq!(
        c.counts,
        SeverityCounts {
            agree: 1,
            minor: 2,
            major: 1,
            one_sided: 2,
            not_comparable: 0,
        }
    );
    // self:   A.3 3·2 + B.1 1·1 + tenacity 2·2 = 11/16 = 68.75
    // coach:  A.3 2·2 + B.1 2·1 (3 capped at 2) + tenacity 1·2 = 8/16 = 50
    // agreed: the coach rated all three → 50
    assert_eq!(c.profiles.len(), 1);
    let fits = &c.profiles[0];
    assert_eq!(
        (fits.self_fit, fits.coach_fit, fits.agreed_fit),
        (68.75, 50.0, 50.0)
    );
    assert_eq!(c.person, "Ana Martin");
    assert_eq!(c.coach.as_deref(), Some("Marc Aubert"));
    assert_eq!(
        (c.self_rater, c.coach_rater),
        (Rater::SelfRated, Rater::Coach)
    );

    // Another person is refused.
    let bob = load("team-b/bob.json");
    let err = RatingPair::new(&bob, &coach).unwrap_err().to_string();
    assert!(
        err.contains("Bob Leroy") && err.contains("ANA MARTIN"),
        "{err}"
    );
}

#[test]
fn diff_over_time() {
    let library = small_library();
    let january = load("team-a/ana-2025-01.json");
    let march = load("team-a/ana.json");
    // Given newest first: swapped, and said so.
    let p = compare::diff(&library, &march, &january).expect("the same person");
    assert!(p.swapped);
    assert_eq!(p.old_updated.as_deref(), Some("2025-01-15T09:00:00Z"));

    //            January   March   change
    // A.3        1         3       +2  rose
    // se.ten.    3         2       −1  fell
    // D.6        —         4           new
    // E.2        3         —           removed
    // B.1        1         1        0  unchanged
    // C.1        2         2        0  unchanged
    let rows: Vec<DiffRow> = p
        .rows
        .iter()
        .map(|r| {
            let level = |a: Option<Answer>| a.and_then(Answer::level);
            (
                r.item.as_str(),
                level(r.old),
                level(r.new),
                r.change,
                r.movement,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("A.3", Some(1), Some(3), Some(2), Movement::Rose),
            ("se.tenacity", Some(3), Some(2), Some(-1), Movement::Fell),
            ("D.6", None, Some(4), None, Movement::New),
            ("E.2", Some(3), None, None, Movement::Removed),
            ("B.1", Some(1), Some(1), Some(0), Movement::Unchanged),
            ("C.1", Some(2), Some(2), Some(0), Movement::Unchanged),
        ]
    );
    // January: A.3 1·2 + B.1 1·1 + tenacity 3·2 = 9/16 = 56.25
    // March:   A.3 3·2 + B.1 1·1 + tenacity 2·2 = 11/16 = 68.75; change +12.5
    let fit = &p.profiles[0];
    assert_eq!((fit.old_fit, fit.new_fit, fit.change), (56.25, 68.75, 12.5));
    assert_eq!(
        (
            p.counts.rose,
            p.counts.fell,
            p.counts.new,
            p.counts.removed,
            p.counts.unchanged
        ),
        (1, 1, 1, 1, 2)
    );

    // In the right order: the same result, not swapped.
    let q = compare::diff(&library, &january, &march).expect("the same person");
    assert!(!q.swapped);
    assert_eq!(q.rows, p.rows);
}
