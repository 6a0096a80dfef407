//! `bilan compare`, `diff` and `cohort` from the command line: every format,
//! the wrong-way-round and wrong-person cases, bad files in a cohort.

mod common;
use common::*;

const SELF: &str = "tests/fixtures/cohort/team-a/ana.json";
const COACH: &str = "tests/fixtures/cohort/team-b/coached/ana-coach.json";
const OLD: &str = "tests/fixtures/cohort/team-a/ana-2025-01.json";
const COHORT: &str = "tests/fixtures/cohort";

#[test]
fn compare_sorts_by_disagreement_and_gives_three_fits() {
    let out = bilan(&["compare", SELF, COACH, "--format", "json"]).succeeds();
    let c = json(&out.stdout);
    let rows = c["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    let sizes: Vec<i64> = rows
        .iter()
        .filter_map(|r| r["difference"].as_i64())
        .map(i64::abs)
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    for profile in c["profiles"].as_array().unwrap() {
        for fit in ["self_fit", "coach_fit", "agreed_fit"] {
            let value = profile[fit].as_f64().unwrap();
            assert!((0.0..=100.0).contains(&value), "{fit} = {value}");
        }
    }
    for format in ["text", "md"] {
        for lang in ["fr", "en"] {
            let out =
                bilan(&["--lang", lang, "compare", SELF, COACH, "--format", format]).succeeds();
            assert!(
                out.stdout.to_lowercase().contains("ana martin"),
                "{}",
                out.stdout
            );
        }
    }
}

#[test]
fn compare_warns_when_given_the_wrong_way_round_and_refuses_two_people() {
    let out = bilan(&["compare", COACH, SELF]).succeeds();
    assert!(out.stderr.contains("self-rating first"), "{}", out.stderr);
    let bob = "tests/fixtures/cohort/team-b/bob.json";
    let msg = bilan(&["compare", SELF, bob]).fails_naming("person", &[]);
    assert!(msg.to_lowercase().contains("bob"), "{msg}");
}

#[test]
fn diff_orders_the_files_by_date() {
    let forward = json(
        &bilan(&["diff", OLD, SELF, "--format", "json"])
            .succeeds()
            .stdout,
    );
    let backward = json(
        &bilan(&["diff", SELF, OLD, "--format", "json"])
            .succeeds()
            .stdout,
    );
    assert_eq!(forward["swapped"], false);
    assert_eq!(backward["swapped"], true);
    assert_eq!(forward["rows"], backward["rows"], "same result either way");
    for format in ["text", "md"] {
        bilan(&["diff", OLD, SELF, "--format", format]).succeeds();
    }
}

#[test]
fn cohort_lists_bad_files_keeps_the_newest_duplicate_and_analyses_the_rest() {
    let out = bilan(&["cohort", COHORT, "--profile", "cm", "--format", "json"]).succeeds();
    let c = json(&out.stdout);
    let invalid: Vec<&str> = c["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(invalid.len(), 2, "{invalid:?}");
    assert!(invalid.iter().any(|p| p.ends_with("broken.json")));
    assert!(invalid.iter().any(|p| p.ends_with("score-seven.json")));
    // Ana's two self-ratings give way to her coach's rating: one row each.
    let duplicates = c["duplicates"].as_array().unwrap();
    assert_eq!(duplicates.len(), 2);
    assert!(duplicates.iter().all(|d| d["reason"] == "coach_rated"));
    assert!(
        duplicates
            .iter()
            .any(|d| d["path"].as_str().unwrap().ends_with("ana-2025-01.json"))
    );
    // Ana (by her coach), Bob, Chloé: people, not files.
    assert_eq!(c["people"].as_array().unwrap().len(), 3);

    for format in ["table", "csv", "md", "html"] {
        for lang in ["fr", "en"] {
            let out = bilan(&[
                "--lang",
                lang,
                "cohort",
                COHORT,
                "--profile",
                "cm",
                "--format",
                format,
            ])
            .succeeds();
            assert!(!out.stdout.is_empty(), "{format} {lang}");
        }
    }
    let csv = bilan(&[
        "cohort",
        COHORT,
        "--profile",
        "ite",
        "--format",
        "csv",
        "--delimiter",
        ";",
    ])
    .succeeds()
    .stdout;
    assert!(csv.lines().next().unwrap().contains(';'));
}

#[test]
fn cohort_takes_files_and_folders_and_refuses_what_is_not_there() {
    let files = bilan(&[
        "cohort",
        "tests/fixtures/cohort/team-b",
        SELF,
        "--profile",
        "cno",
        "--format",
        "json",
    ])
    .succeeds();
    // Ana's self-rating and her coach's: one person.
    assert_eq!(json(&files.stdout)["people"].as_array().unwrap().len(), 3);
    let missing = "tests/fixtures/no-such-folder";
    bilan(&["cohort", missing, "--profile", "cm"]).fails_naming(missing, &["no such"]);
    bilan(&["cohort", COHORT, "--profile", "xyz"]).fails_naming("xyz", &["unknown profile"]);
}

#[test]
fn cohort_warns_of_items_the_catalogue_does_not_know_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("team");
    std::fs::create_dir(&folder).unwrap();
    write(
        &folder,
        "ana.json",
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "Z.9": 2}}"#,
    );
    write(
        &folder,
        "bob.json",
        r#"{"person": "Bob", "rater": "self", "scores": {"A.3": 1}}"#,
    );
    let folder = folder.to_str().unwrap();
    for format in ["table", "csv", "json", "md"] {
        for (lang, words) in [("en", "unknown item"), ("fr", "élément inconnu")] {
            let out = bilan(&[
                "--lang",
                lang,
                "cohort",
                folder,
                "--profile",
                "cm",
                "--format",
                format,
            ])
            .succeeds();
            let warned: Vec<&str> = out.stderr.lines().filter(|l| l.contains(words)).collect();
            assert_eq!(warned.len(), 1, "{format} {lang}: {}", out.stderr);
            assert!(warned[0].contains("Z.9") && warned[0].contains("ana.json"));
        }
    }
    let out = bilan(&["cohort", folder, "--profile", "cm", "--format", "json"]).succeeds();
    let c = json(&out.stdout);
    let ana = c["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["person"] == "Ana")
        .unwrap();
    assert_eq!(ana["unknown_items"], serde_json::json!(["Z.9"]));
}
