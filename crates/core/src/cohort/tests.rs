//! The group analysis against hand arithmetic and the matching rule.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::*;
use crate::Assessment;
use crate::assessment::Rater;
use crate::ids::ItemId;
use crate::matching;
use crate::testing::small_profile;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(&path, text).expect("write");
    path
}

fn file(person: &str, rater: &str, updated: &str, scores: &str) -> String {
    format!(
        r#"{{"person": "{person}", "rater": "{rater}", "updated": "{updated}", "scores": {{{scores}}}, "notes": {{"A.3": "x\"y"}}}}"#
    )
}

#[test]
fn aggregates_match_hand_arithmetic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // Ana: gaps A.3 0, B.1 1, tenacity 2 → units 0 + 1 + 4 = 5 → fit 11/16 = 68.75
    write(
        d,
        "a/ana.json",
        &file(
            "Ana",
            "self",
            "2025-03-01T00:00:00Z",
            r#""A.3": 3, "B.1": 1, "se.tenacity": 2"#,
        ),
    );
    // Older Ana: dropped.
    write(
        d,
        "a/ana-old.json",
        &file(" ana ", "self", "2025-01-01T00:00:00Z", r#""A.3": 0"#),
    );
    // Bob: gaps 2, 2 (unanswered), 0 → units 4 + 2 + 0 = 6 → fit 10/16 = 62.5
    write(
        d,
        "b/deeper/bob.json",
        &file(
            "Bob",
            "self",
            "2025-02-01T00:00:00Z",
            r#""A.3": 1, "se.tenacity": 5"#,
        ),
    );
    write(d, "b/broken.json", "{ not json");
    write(
        d,
        "b/seven.json",
        &file("Zed", "self", "2025-02-01T00:00:00Z", r#""A.3": 7"#),
    );
    write(d, "b/readme.txt", "not an assessment");
    write(d, "b/.hidden.json", "{ ignored");
    let library = Library::builtin().expect("built-in");
    let profile = small_profile();
    let cohort = analyse(&library, &profile, [d.to_path_buf()]);
    assert_eq!(cohort.files, 5);
    assert_eq!(cohort.invalid.len(), 2);
    assert!(cohort.invalid[0].path.ends_with("broken.json"));
    assert!(
        cohort.invalid[1].error.contains("scores.A.3"),
        "{:?}",
        cohort.invalid
    );
    assert_eq!(cohort.duplicates.len(), 1);
    assert!(cohort.duplicates[0].path.ends_with("ana-old.json"));
    assert!(cohort.duplicates[0].kept.ends_with("ana.json"));
    assert_eq!(cohort.duplicates[0].reason, DuplicateReason::Older);

    let fits: Vec<(&str, f64)> = cohort
        .people
        .iter()
        .map(|p| (p.person.as_str(), p.fit))
        .collect();
    assert_eq!(fits, [("Ana", 68.75), ("Bob", 62.5)]);
    // Priorities: tenacity 2·2 = 4 units → 25; A.3 2·2 = 4 → 25; B.1 1 + 2 = 3 → 18.75.
    // Equal priorities keep the profile order (A.3 first).
    let ranked: Vec<(&str, f64)> = cohort
        .requirements
        .iter()
        .map(|r| (r.item.as_str(), r.priority))
        .collect();
    assert_eq!(
        ranked,
        [("A.3", 25.0), ("se.tenacity", 25.0), ("B.1", 18.75)]
    );
    let b1 = &cohort.requirements[2];
    assert_eq!((b1.below, b1.unanswered, b1.mean_gap), (2, 1, 1.5));
    assert_eq!(b1.distribution, [0, 1, 1, 0, 0, 0]);
    assert_eq!(cohort.heatmap.items, ["A.3", "se.tenacity", "B.1"]);
    assert_eq!(cohort.heatmap.rows[0], [Some(0), Some(2), Some(1)]);
    assert_eq!(cohort.heatmap.rows[1], [Some(2), Some(0), Some(2)]);
    assert_eq!(cohort.mean_fit, 65.625); // (68.75 + 62.5) / 2, kept exact
    // Bob left B.1 (secondary, 2) out: his ceiling counts it as met.
    // 10 + 2 of 16 = 75.
    assert_eq!(cohort.people[1].fit_ceiling, 75.0);
    assert_eq!(cohort.people[0].fit_ceiling, cohort.people[0].fit);
}

#[test]
fn not_applicable_is_counted_apart_and_is_no_gap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // Ana: B.1 not applicable: no gap there, though the fit (a floor)
    // counts it as 0: A.3 3·2 + 0 + tenacity 2·2 = 10 / 16 = 62.5.
    write(
        d,
        "ana.json",
        &file(
            "Ana",
            "self",
            "2025-03-01T00:00:00Z",
            r#""A.3": 3, "B.1": "na", "se.tenacity": 2"#,
        ),
    );
    // Bob: B.1 at 0 is a gap of 2 (null is read as "na", on tenacity).
    write(
        d,
        "bob.json",
        &file(
            "Bob",
            "self",
            "2025-03-01T00:00:00Z",
            r#""A.3": 3, "B.1": 0, "se.tenacity": null"#,
        ),
    );
    let library = Library::builtin().expect("built-in");
    let cohort = analyse(&library, &small_profile(), [d.to_path_buf()]);
    assert!(cohort.invalid.is_empty(), "{:?}", cohort.invalid);
    let by_item = |id: &str| {
        cohort
            .requirements
            .iter()
            .find(|r| r.item == id)
            .expect("required")
    };
    let b1 = by_item("B.1");
    // Only Bob's 0 is a shortfall; Ana's answer is counted apart.
    assert_eq!((b1.below, b1.not_applicable, b1.unanswered), (1, 1, 0));
    assert_eq!(b1.mean_gap, 2.0, "the mean is over Bob alone");
    assert_eq!(b1.distribution, [0, 0, 1, 0, 0, 0]);
    assert_eq!(b1.priority, 12.5, "Bob's 2 secondary levels of 16");
    let tenacity = by_item("se.tenacity");
    assert_eq!((tenacity.below, tenacity.not_applicable), (1, 1));
    assert_eq!(tenacity.mean_gap, 2.0);
    let ana = cohort
        .people
        .iter()
        .find(|p| p.person == "Ana")
        .expect("Ana");
    assert_eq!(ana.fit, 62.5);
    assert_eq!((ana.answered, ana.not_applicable), (3, 1));
    assert!(ana.largest_gaps.iter().all(|g| g.item != "B.1"));
    let row = cohort
        .people
        .iter()
        .position(|p| p.person == "Ana")
        .expect("Ana");
    let column = cohort
        .heatmap
        .items
        .iter()
        .position(|i| i == "B.1")
        .expect("B.1");
    assert_eq!(cohort.heatmap.rows[row][column], None, "no gap, not 0");
}

#[test]
fn points_and_fits_are_those_of_the_matching_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = Library::builtin().expect("built-in");
    let mut paths = Vec::new();
    for n in 0..12u8 {
        let scores: Vec<String> = library
            .catalogue
            .items()
            .iter()
            .enumerate()
            .filter(|(i, _)| (i + usize::from(n)) % 5 != 0)
            .map(|(i, item)| format!("\"{}\": {}", item.id, (i * 7 + usize::from(n)) % 6))
            .collect();
        let text = file(
            &format!("P{n}"),
            "self",
            "2025-01-01T00:00:00Z",
            &scores.join(", "),
        );
        paths.push(write(dir.path(), &format!("p{n}.json"), &text));
    }
    for profile in &library.profiles {
        let cohort = analyse(&library, profile, paths.clone());
        assert_eq!(cohort.people.len(), 12);
        let mut priority: HashMap<ItemId, f64> = HashMap::new();
        for person in &cohort.people {
            let text = fs::read_to_string(&person.path).expect("read");
            let a = Assessment::from_json(&text, "t").expect("valid");
            let explained = matching::explain(
                profile,
                &library.catalogue,
                &a.score_vector(&library.catalogue),
                &a.answered_vector(&library.catalogue),
            );
            assert_eq!(person.fit, explained.fit);
            assert_eq!(person.fit_ceiling, explained.fit_ceiling);
            for r in &explained.requirements {
                *priority.entry(r.item.clone()).or_default() += r.points_lost;
            }
            let top: Vec<&str> = explained
                .gaps
                .iter()
                .take(3)
                .map(|g| g.item.as_str())
                .collect();
            let mine: Vec<&str> = person
                .largest_gaps
                .iter()
                .map(|g| g.item.as_str())
                .collect();
            // Same points lost in the same order (ties may order differently).
            for (g, m) in explained.gaps.iter().zip(&person.largest_gaps) {
                assert!(
                    (g.points_lost - m.points_lost).abs() < 1e-9,
                    "{top:?} vs {mine:?}"
                );
            }
        }
        for r in &cohort.requirements {
            assert!((r.priority - priority[&r.item]).abs() < 1e-9, "{}", r.item);
        }
    }
}

#[test]
fn missing_paths_and_explicit_files_are_handled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let explicit = write(
        dir.path(),
        "ana.txt",
        &file("Ana", "coach", "", r#""A.3": 2"#),
    );
    let library = Library::builtin().expect("built-in");
    let profile = small_profile();
    let cohort = analyse(
        &library,
        &profile,
        [explicit.clone(), explicit, dir.path().join("nope")],
    );
    assert_eq!(cohort.files, 1);
    assert_eq!(cohort.people.len(), 1);
    assert_eq!(cohort.people[0].rater, Rater::Coach);
    assert_eq!(cohort.invalid.len(), 1);
    assert!(cohort.invalid[0].error.contains("nope"));
}

#[test]
fn same_time_duplicates_keep_the_first_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let t = "2025-01-01T00:00:00Z";
    write(dir.path(), "z.json", &file("Ana", "self", t, r#""A.3": 1"#));
    write(dir.path(), "a.json", &file("ANA", "self", t, r#""A.3": 2"#));
    write(
        dir.path(),
        "m.json",
        &file("ana", "self", "2024-01-01T00:00:00Z", ""),
    );
    let library = Library::builtin().expect("built-in");
    let cohort = analyse(&library, &small_profile(), [dir.path().to_path_buf()]);
    assert_eq!(cohort.people.len(), 1);
    assert!(cohort.people[0].path.ends_with("a.json"));
    assert_eq!(cohort.duplicates.len(), 2);
    for dup in &cohort.duplicates {
        assert!(dup.kept.ends_with("a.json"), "{dup:?}");
    }
    let reasons: Vec<DuplicateReason> = cohort.duplicates.iter().map(|d| d.reason).collect();
    assert_eq!(reasons, [DuplicateReason::Older, DuplicateReason::SameTime]);
}

#[test]
fn an_empty_cohort_is_all_zeros() {
    let library = Library::builtin().expect("built-in");
    let cohort = analyse(&library, &small_profile(), Vec::new());
    assert_eq!(cohort.people.len(), 0);
    assert_eq!(cohort.mean_fit, 0.0);
    assert!(
        cohort
            .requirements
            .iter()
            .all(|r| r.mean_gap == 0.0 && r.priority == 0.0)
    );
}
